"""Kind rules: meeting the candidate said as the plan, with one time ("Tom Reed and I will
meet you on Thursday 19 November at 2pm"), books an interview in a job's mail though it never
says "interview"; the same words from a careers fair, a mentoring service, a letting agent or
about a first day at work book none."""

from __future__ import annotations

import pytest

from classifymail import kind, mail

_DATE = "Mon, 16 Nov 2026 09:12:00 +0000"
_JULIA = "Julia Marsh <julia.marsh@northwind.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Thursday",
            "Hi Sam,\n\nTom Reed and I will meet you on Thursday 19 November at 2pm in the cafe "
            "on the ground floor to talk about the analyst role.\n\nBest,\nJulia",
        ),
        (
            "Next steps",
            "Hi Sam,\n\nThanks for applying. Tom Reed and I will meet you on Thursday 19 November "
            "at 2pm at our office.\n\nBest,\nJulia",
        ),
    ],
)
def test_meeting_the_candidate_at_one_time_books_the_interview(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject, frm=_JULIA, date_=_DATE)) == "interview_scheduled"


@pytest.mark.parametrize(
    ("subject", "frm", "body"),
    [
        (
            "Careers fair",
            "Campus Careers <careers@uni.example>",
            "Hi Sam,\n\nThanks for registering for the careers fair. Our recruiters will meet you "
            "on Thursday 19 November at 2pm at stand 14.\n\nCareers Service",
        ),
        (
            "Your mentoring session",
            "Mentor Match <hello@mentormatch.example>",
            "Hi Sam,\n\nYour mentor Priya will meet you on Thursday 19 November at 2pm to talk "
            "about your job search.\n\nMentor Match",
        ),
        (
            "Welcome",
            _JULIA,
            "Hi Sam,\n\nWelcome aboard! On your first day, Tom Reed and I will meet you on Monday "
            "30 November at 9am in reception.\n\nJulia",
        ),
    ],
    ids=["careers-fair", "mentoring", "first-day"],
)
def test_meeting_for_something_else_books_nothing(subject: str, frm: str, body: str) -> None:
    assert kind(mail(body, subject=subject, frm=frm, date_=_DATE)) != "interview_scheduled"
