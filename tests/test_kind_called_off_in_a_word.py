"""classify(): a meeting said to be "off" is cancelled; "off" in other senses cancels nothing.

Worded for the rule, not taken from any dev set, in several registers and languages.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Tue, 17 Nov 2026 10:00:00 +0000",
    message_id="<ks2@acme.example>",
)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Interview - Bar Manager",
            "Sam, sorry - tomorrow's interview is off, the owner has been called away. I'll send "
            "new times next week.\n\nJane",
        ),
        (
            "Re: Call with Priya - Data Lead role",
            "Hi Sam,\n\nBad news on timing: the call with Priya is off for now, she's on a flight "
            "all day. More soon.\n\nJane",
        ),
    ],
)
def test_a_meeting_said_to_be_off_is_cancelled(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_cancelled"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThe interview is off-site this time, at our Leeds depot on Thursday 19 "
        "November at 10am. See you then.\n\nJane",
        "Hi Sam,\n\nYour interview is off to a good start - the panel liked your task. We'll be "
        "in touch.\n\nJane",
    ],
)
def test_off_in_other_senses_cancels_nothing(body: str) -> None:
    assert kind(mail(body, subject="Re: Interview - Bar Manager")) != "interview_cancelled"
