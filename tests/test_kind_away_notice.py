"""An away notice without auto-reply headers, said in a recruiter's own words.

"I'm at a graduate recruitment fair on Thursday and Friday with very patchy access to email.
I'll be back at my desk on Monday 23rd": two signs of being away (or one and a return date)
and nothing a recruiter would write about the application make an automatic reply. A
recruiter who is away one day but writes about the candidate's interview is not one.
"""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail as _mail
from classifymail import rules_kind

mail = partial(_mail, frm="Dana Kerr <dana.kerr@brightwell.example>")


@pytest.mark.parametrize(
    "body",
    [
        "Hi, thanks for your message!\n\nI'm at an engineering careers fair this week with "
        "intermittent access to email. I'll be back at my desk on Monday and will reply "
        "then.\n\nDana",
        "Thanks for getting in touch. I'm at the Logistics Expo in Birmingham until Thursday "
        "and will have patchy access to emails; for anything urgent about interviews please "
        "write to talent@brightwell.example.\n\nDana Kerr | Talent Acquisition",
        "Hello,\n\nI am at our annual leadership retreat until 20 November. I will be back at "
        "my desk on 23 November and will answer your email then.\n\nDana",
    ],
)
def test_a_worded_away_notice_is_an_automatic_reply(body: str) -> None:
    assert rules_kind(mail(body, subject="Re: Your interview on the 27th")) == "auto_reply"


def test_a_recruiter_away_one_day_who_books_the_interview_writes_no_away_notice() -> None:
    body = (
        "Hi Sam,\n\nI'm at a careers fair on Thursday, so the hiring manager will meet you "
        "on her own: your interview is confirmed for Friday 6 November at 10:00 at our "
        "Bristol office.\n\nDana Kerr\nTalent Acquisition, Brightwell"
    )
    kind = rules_kind(mail(body, subject="Your interview - Planner"))
    assert kind == "interview_scheduled"
