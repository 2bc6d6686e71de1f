"""Kind rules: a part-timer's day-off reply is an auto-reply; a recruiter saying she works part
time in a personal answer is not.
"""

from __future__ import annotations

import pytest

from classifymail import application_mail as mail
from classifymail import rules_kind as kind

PART_TIME_REPLIES = [
    "Thank you for your email.\n\nMy working days are Monday to Wednesday. I will respond to "
    "your email when I am next in the office.\n\nKind regards\nLorraine",
    "Vielen Dank für Ihre Nachricht.\n\nMeine Arbeitstage sind Dienstag bis Donnerstag. Ich "
    "melde mich an meinem nächsten Arbeitstag bei Ihnen.\n\nFreundliche Grüße\nPetra",
    "Merci pour votre message.\n\nMes jours de travail sont le lundi et le mardi. Je vous "
    "répondrai dès mon prochain jour travaillé.\n\nBien à vous,\nAnne",
    "Bedankt voor je bericht.\n\nMijn werkdagen zijn maandag tot en met woensdag. Ik reageer "
    "op mijn eerstvolgende werkdag.\n\nMet vriendelijke groet,\nEls",
]


@pytest.mark.parametrize("body", PART_TIME_REPLIES)
def test_a_part_timers_day_off_reply_is_an_auto_reply(body: str) -> None:
    raw = mail(
        body,
        subject="RE: Interview 26/11 (Data Analyst)",
        headers="X-Auto-Response-Suppress: All\r\n",
    )
    assert kind(raw) == "auto_reply"


def test_a_recruiter_saying_she_works_part_time_is_no_auto_reply() -> None:
    body = (
        "Hi Sam,\n\nThanks for your message. I work part-time, so sorry for the slow answer. "
        "Could you send me two or three slots next week for the interview with Tom?\n\nBest,\n"
        "Lorraine, Talent Partner"
    )
    assert kind(mail(body, subject="RE: Interview (Data Analyst)")) == "interview_request"
