"""Interview start: the ISO offset a program writes after a time with seconds is the time's
zone ("Date/Time: 2026-11-12T10:00:00+01:00", "Start: 2026-11-12 10:00:00 -0500").

Counter-cases: "10:00-11:00", "10:00 -11:00" and "10:00:00-11:00:00" are ranges, not offsets.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime.fromisoformat("2026-11-03T10:00:00+00:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interview booked. Date/Time: 2026-11-12T10:00:00+01:00", "2026-11-12T10:00:00+01:00"),
        ("Interview booked. Start: 2026-11-12 10:00:00 -0500", "2026-11-12T10:00:00-05:00"),
        ("Interview Thursday 12 November 10:00-11:00", "2026-11-12T10:00:00+00:00"),
        ("Interview Thursday 12 November 10:00 -11:00", "2026-11-12T10:00:00+00:00"),
        ("Interview Thursday 12 November 10:00:00-11:00:00", "2026-11-12T10:00:00+00:00"),
    ],
)
def test_the_start_and_its_offset(text: str, expected: str) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start.isoformat() == expected
