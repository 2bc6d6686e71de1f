"""Interview start: "tomorrow" under a server's UTC Date stamp counts from the sending day
where the time is: "tomorrow at 10am ET" stamped 02:30 UTC on 4 November was written at
21:30 on 3 November in New York, so it is 4 November.

Counter-cases: a real offset is the writer's own day ("tomorrow at 10am CET" from New York
at 21:30 is New York's tomorrow); a stamp on the same day everywhere changes nothing.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.understand.dates import find_interview_time


@pytest.mark.parametrize(
    ("sent", "text", "expected"),
    [
        ("2026-11-04T02:30:00+00:00", "Confirming your interview tomorrow at 10am ET.",
         "2026-11-04T10:00:00-05:00"),
        ("2026-11-04T05:30:00+00:00", "All set: tomorrow at 9am Pacific, video call.",
         "2026-11-04T09:00:00-08:00"),
        ("2026-11-03T21:30:00-05:00", "Confirming your interview tomorrow at 10am CET.",
         "2026-11-04T10:00:00+01:00"),
        ("2026-11-03T10:00:00+00:00", "Confirming your interview tomorrow at 10am ET.",
         "2026-11-04T10:00:00-05:00"),
    ],
)  # fmt: skip
def test_the_start(sent: str, text: str, expected: str) -> None:
    found = find_interview_time(text, datetime.fromisoformat(sent))
    assert found is not None
    assert found.start.isoformat() == expected
