"""Interview start: "Tuesday week" and "a week on Monday" (British: a week after the coming
one), "a las 10." at a sentence's end, and a nurse's or a soldier's "1400 hrs" right after
a date ("12 November 1400 hrs" has no year 1400).

Counter-cases: "Tuesday week 46" is week 46's Tuesday, not a week later; "a las 10.50
euros" is a price; "next Tuesday" and a plain year keep their reading.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime.fromisoformat("2026-11-03T10:00:00+00:00")  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your interview is Monday week at 10am.", "2026-11-16T10:00"),
        ("Interview confirmed: a week on Monday at 10am.", "2026-11-16T10:00"),
        ("Interview Tuesday week at 2pm.", "2026-11-17T14:00"),
        ("Interview a week from Thursday, 2pm.", "2026-11-12T14:00"),
        ("Interview next Tuesday at 2pm.", "2026-11-10T14:00"),
        ("Interview Monday weekly at 10am.", "2026-11-09T10:00"),
        ("Te esperamos mañana a las 10.", "2026-11-04T10:00"),
        ("La entrevista es pasado mañana a las 10.", "2026-11-05T10:00"),
        ("Interview Thursday 12 November, 1400hrs.", "2026-11-12T14:00"),
        ("Interview 12 November 0930 hrs at the depot.", "2026-11-12T09:30"),
        ("Interview November 12, 2026 at 10am.", "2026-11-12T10:00"),
    ],
)
def test_the_start(text: str, expected: str) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start.isoformat()[:16] == expected


def test_a_week_number_after_a_weekday_is_no_week_later() -> None:
    found = find_interview_time("Interview Tuesday week 46 at 2pm.", SENT)
    assert found is None or found.start.day != 17


def test_a_price_after_a_las_is_no_time() -> None:
    assert find_interview_time("Entrevista: el menú cuesta a las 10.50 euros.", SENT) is None
