"""Interview start: "a.m." closes its sentence, so a request to say if it does not suit is
the next one; a time turned down right after its meridiem stays declined.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday


@pytest.mark.parametrize(
    "text",
    [
        "Your interview is on Thursday 3 December at 3 p.m. Let us know if the time doesn't "
        "work for you.",
        "We have booked you for Thursday, 3 December at 10 am. Please tell me if it does not "
        "suit and I'll find another slot.",
        "Interview confirmed: Thursday 3 December, 9:30 a.m. If that can't work, just reply.",
    ],
)
def test_a_time_ending_in_a_dotted_meridiem_ends_its_sentence(text):
    span = find_interview_time(text, SENT)
    assert span is not None
    assert span.start.date() == datetime(2026, 12, 3).date()


def test_a_time_turned_down_right_after_its_meridiem_stays_declined():
    span = find_interview_time("Thursday 3 December at 9 a.m. won't work for me.", SENT)
    assert span is None
