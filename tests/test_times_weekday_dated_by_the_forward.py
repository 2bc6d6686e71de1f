"""Interview start: a bare weekday in a short note ("half nine Sat") is the day of that weekday
the forwarded or quoted mail dates, also when written the quick way in lower case ("sat
28th", "fri 4th"); with no such day below it is the coming one.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.dates import find_interview_time
from classifymail import mail

SENT = datetime.fromisoformat("2026-11-20T07:55:00+00:00")  # a Friday


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("i can do the interviews sat 28th in Dundrum before the lunch rush", "2026-11-28T09:30"),
        ("free fri 4th or the week after", "2026-12-04T09:30"),
        ("Nothing dated here, just say when.", "2026-11-21T09:30"),
    ],
)
def test_a_bare_weekday_takes_the_day_the_thread_dates(history: str, expected: str) -> None:
    weekday = "Fri" if "fri" in history else "Sat"
    found = find_interview_time(
        f"He'll do your interview, half nine {weekday} in Dundrum.", SENT, history=history
    )
    assert found is not None
    assert found.start.isoformat()[:16] == expected


def test_a_forwarded_note_dates_the_owners_sat() -> None:
    body = (
        "Kayleigh - see below from Sean. He'll do your interview, half nine Sat in Dundrum. "
        "Ask for him at the counter.\nGerry\n\n\n-------- Original message --------\n"
        "From: Sean Mulcahy <sean.mulcahy@fahyfoods.example>\nDate: 19/11/2026 22:14\n"
        "To: Gerry Fahy <gerry@fahyfoods.example>\nSubject: Interviews Saturday\n\n"
        "Gerry i can do the 3 crew interviews sat 28th in Dundrum before the lunch rush. 9.30 "
        "for the girl from the CV email, 10.15 Jamal, 11 Oksana. Can u let them know\n\nSean\n"
    )
    raw = mail(
        body,
        frm="Gerry Fahy <gerry@fahyfoods.example>",
        subject="Fwd: Interviews Saturday",
        date_="Fri, 20 Nov 2026 07:55:40 +0000",
    )
    result = classify(parse_message(raw), me=("sam@example.org",))
    assert result.interview is not None
    assert result.interview.start.isoformat()[:16] == "2026-11-28T09:30"
