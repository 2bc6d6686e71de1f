"""Interview start: "we moved the interview to 4pm on Thursday" names the new time: "to" after
the meeting moved is its target, not the end of a range ("from 10 to 11"), which stays one.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime.fromisoformat("2026-11-16T09:00:00+00:00")


@pytest.mark.parametrize(
    "text",
    [
        "We moved the interview to 4pm on Thursday 19 November instead of 2pm.",
        "Sorry for the shuffle: I've pushed our call to 4pm on Thursday 19 November.",
        "We had to move the meeting to 4pm on Thursday 19 November.",
    ],
)
def test_the_time_a_meeting_is_moved_to_is_its_start(text: str) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start.isoformat() == "2026-11-19T16:00:00+00:00"


def test_a_range_still_ends_at_its_to() -> None:
    found = find_interview_time("Interview on Thursday 19 November from 3 to 4pm.", SENT)
    assert found is not None
    assert found.start.isoformat() == "2026-11-19T15:00:00+00:00"
    assert found.end is not None and found.end.isoformat() == "2026-11-19T16:00:00+00:00"
