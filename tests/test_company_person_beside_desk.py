"""classify(): "your interview with <person>" on a service's notice that a firm's desk signs.

A scheduling service writes "Your interview with Priya Nair is confirmed" and signs "The
Cobaltine Software Recruiting Team": the phrase names the interviewer, the desk the
employer. A phrase's name akin to the desk ("Oldfield Pharmacy" beside "Oldfield
Recruitment Team") stays the fuller form. Mail written for these tests.
"""

from __future__ import annotations

import pytest

from classifymail import company, mail

CASES = [
    (
        "Greenhouse <no-reply@greenhouse.io>",
        "Interview confirmation",
        "Hi Sam,\n\nYour interview with Priya Nair is confirmed for Tuesday, November 10 "
        "at 2:00 PM.\n\nThe Cobaltine Software Recruiting Team\n",
        "Cobaltine Software",
    ),
    (
        "Lever <no-reply@hire.lever.co>",
        "Your upcoming interview",
        "Hi Sam,\n\nThis confirms your interview with Tomás Ortega on Thursday, November 12 "
        "at 11:00 AM.\n\nBest,\nHalyard Metrics Talent Team\n",
        "Halyard Metrics",
    ),
    # must not change: the phrase's name is the desk's firm in full
    (
        "Ashby <no-reply@ashbyhq.example>",
        "Interview scheduled",
        "Hi Sam,\n\nYour interview with Oldfield Pharmacy is scheduled for Monday, "
        "November 9 at 10:00 AM.\n\nOldfield Recruitment Team\n",
        "Oldfield Pharmacy",
    ),
    (
        "Greenhouse <no-reply@greenhouse.io>",
        "Interview confirmation",
        "Hi Sam,\n\nYour interview with Orrery Technologies is confirmed for Tuesday at "
        "2:00 PM.\n\nBest,\nOrrery Technologies\n",
        "Orrery Technologies",
    ),
]


@pytest.mark.parametrize(("frm", "subject", "body", "want"), CASES)
def test_the_desk_that_signs_names_the_employer_not_the_interviewer(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, subject=subject, frm=frm)) == want
