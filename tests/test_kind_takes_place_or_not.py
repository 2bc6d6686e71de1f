"""Kind rules: an interview said to take place is booked; one said not to take place is
cancelled (several registers and languages).
"""

from __future__ import annotations

import pytest

from classifymail import application_mail as mail
from classifymail import rules_kind as kind


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nI am pleased to invite you to an interview for the Policy Officer post. "
        "The interview will take place on Thursday 12 November 2026 at 10:00 at our offices, "
        "2 Quay Street.\n\nYours sincerely,\nRecruitment Unit",
        "Hi Sam,\n\nQuick update on your interview for the Site Engineer role: despite the "
        "strike, the panel is going ahead as planned on Thursday 12 November at 2pm.\n\n"
        "Thanks,\nMo",
    ],
)
def test_an_interview_said_to_take_place_is_booked(body: str) -> None:
    assert kind(mail(body, subject="Interview - Thursday 12 November")) == "interview_scheduled"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nI'm sorry to tell you that the interview for the Policy Officer post will "
        "not take place on Thursday as the panel chair is unwell. We will be in touch with a "
        "new date.\n\nRecruitment Unit",
        "Hi Sam,\n\nApologies, but the call for the Site Engineer role can't go ahead tomorrow. "
        "I'll come back to you with new times.\n\nMo",
    ],
)
def test_an_interview_that_will_not_take_place_is_cancelled(body: str) -> None:
    assert kind(mail(body, subject="Your interview")) == "interview_cancelled"
