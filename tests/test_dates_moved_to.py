"""A meeting moved "to" a time: that time is the start, not a range's end; a real range
keeps its end.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime(2026, 11, 4, 16, 0, tzinfo=UTC)
_find = partial(find_interview_time, sent=SENT)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("I've moved you to half nine on Wednesday the 11th instead.", (11, 9, 30)),
        ("We pushed it back to 3pm on Friday 13 November.", (13, 15, 0)),
        ("Could we switch to 2pm on Thursday 12 November?", (12, 14, 0)),
        # counter-case: a range's end stays an end
        ("Thursday 12 November from 10 to 11am, at our office.", (12, 10, 0)),
    ],
)
def test_a_time_moved_to_is_a_start(text: str, start: tuple[int, int, int]) -> None:
    found = _find(text)
    assert found is not None
    assert (found.start.day, found.start.hour, found.start.minute) == start


def test_the_range_keeps_its_end() -> None:
    found = _find("Thursday 12 November from 10 to 11am, at our office.")
    assert found is not None and found.end is not None
    assert found.end.hour == 11 and found.start.date() == date(2026, 11, 12)
