"""Interview start: a dotted time right after a day is that day's time ("Thurs 10.30",
"Donnerstag 10.30", "donderdag 10.30", "12 Nov, 10.30"), as shops, trades and Dutch and
German writers set it; "Thursday evening at 7" is 19:00.

Counter-cases: a dotted number with no day right before it ("Version 10.30 released on
Thursday") or with a currency ("Thursday 10.50 EUR") is no time; "morning at 11" stays 11:00.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime.fromisoformat("2026-11-03T10:00:00+01:00")  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interview confirmed: Thurs 10.30 at the shop.", "2026-11-05T10:30"),
        ("Gespräch bestätigt: Donnerstag 10.30 bei uns.", "2026-11-05T10:30"),
        ("Gesprek bevestigd: donderdag 10.30 op kantoor.", "2026-11-05T10:30"),
        ("Interview confirmed: 12 Nov, 10.30.", "2026-11-12T10:30"),
        ("Entretien confirmé : vendredi, 20.11 à 11h00.", "2026-11-20T11:00"),
        ("Interview confirmed for Thursday evening at 7.", "2026-11-05T19:00"),
        ("Interview confirmed for Thursday morning at 11.", "2026-11-05T11:00"),
    ],
)
def test_the_start(text: str, expected: str) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start.isoformat()[:16] == expected


@pytest.mark.parametrize(
    "text",
    ["Version 10.30 released on Thursday.", "Thursday 10.50 EUR lunch for the interview day."],
)
def test_dotted_numbers_without_a_day_before_are_no_time(text: str) -> None:
    assert find_interview_time(text, SENT) is None
