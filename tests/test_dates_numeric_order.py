"""Numeric dates read as their writer writes them (month first where the sender or the date
shows it, day first otherwise), for interview times and decision dates alike (own wording,
five languages, with counter-cases).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_decision_by, find_interview_time
from afterview.understand.dates.order import month_first

CET = timezone(timedelta(hours=1))
CHICAGO = timezone(timedelta(hours=-6))
SENT_EU = datetime(2026, 11, 18, 9, 30, tzinfo=CET)
SENT_US = datetime(2026, 11, 18, 9, 30, tzinfo=CHICAGO)


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        ("Locked in for 12/03 at 3pm ET w/ Gwen and me.", SENT_US, True),  # short US note
        ("We have you down for 12/01/2026 at 1300 CST.", SENT_US, True),
        ("Te esperamos el 03/12 a las 10:00 en la oficina.", SENT_US, False),  # Spanish
        ("Locked in for 12/03 at 3pm with Gwen and me.", SENT_EU, False),  # European sender
        ("See you on 11/27, and again on 12/03 for the panel.", SENT_EU, True),  # 11/27
        ("Bis 27/11, dann am 03/12 beim Team.", SENT_US, False),  # 27/11 shows day first
    ],
)
def test_numeric_dates_are_read_as_the_writer_writes_them(text, sent, expected):
    assert month_first(text, sent) is expected


def test_a_short_us_note_gives_a_december_interview():
    found = find_interview_time(
        "Perfect, you're locked in for 12/03 at 3 p.m. ET w/ Gwen.", SENT_US
    )
    assert found is not None
    assert found.start.astimezone(UTC).date().isoformat() == "2026-12-03"


def test_decision_dates_follow_the_writer_too():
    day = find_decision_by("We will get back to you by 12/02 with a decision.", SENT_US)
    assert day is not None and day.isoformat() == "2026-12-02"
