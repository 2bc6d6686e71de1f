"""A cancellation however long the meeting's description between the meeting and its
"has been cancelled": an ATS names the date, the time and the requisition in between."""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail as _mail
from classifymail import rules_kind

mail = partial(_mail, subject="Interview update", frm="Careers <careers@ridgeway.example>")


@pytest.mark.parametrize(
    "body",
    [
        "Hello Sam,\n\nThe interview scheduled for Wednesday, November 18, 2026 at 9:00 AM CST "
        "for the position Payroll Specialist (REQ-20931) has been cancelled.\n\nTalent "
        "Acquisition",
        "Dear Sam,\n\nYour phone screen with Jordan Lee on Friday 20 November 2026 at 2:30 PM "
        "Eastern for the Logistics Coordinator opening was cancelled by the hiring team.\n\n"
        "Careers",
        "Hi Sam, the onsite panel planned on Tuesday 24 November from 10:00 to 13:00 at our "
        "Leeds office for Senior Planner (job 7781) has now been cancelled. Your recruiter will "
        "be in touch.",
    ],
)
def test_a_long_described_meeting_called_off_is_cancelled(body: str) -> None:
    assert rules_kind(mail(body)) == "interview_cancelled"
