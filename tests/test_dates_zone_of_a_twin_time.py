"""Interview start time zones: a time written again takes the zone written beside
its twin; a zone abbreviation inside a reference code is no zone; a bracketed note naming a
Windows zone after other words ("(all times Pacific Standard Time)") is read.

Counter-cases: a time on another day or at another hour keeps its own reading; a real
abbreviation after a time still counts.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from afterview.understand.dates import find_interview_time

SENT_UTC = datetime(2026, 11, 16, 22, 3, tzinfo=UTC)


def _offset(text: str) -> tuple[int, int, timedelta | None]:
    found = find_interview_time(text, SENT_UTC)
    assert found is not None
    return found.start.day, found.start.hour, found.start.utcoffset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject's time without a zone, over the body's same time with one
        (
            "New event: Sam Reyes - 9:30am Tue, Nov 24, 2026 - 30 minute intro call\nHi Sam,"
            "\n\nA new event has been scheduled.\n\nEvent type:\n30 minute intro call\n\n"
            "Host:\nDana Ortiz\n\nWhen:\n9:30am - 10:00am (Mountain Time - US & Canada), "
            "Tuesday, November 24, 2026\n\nWhere:\nDana will call you.",
            (24, 9, timedelta(hours=-7)),
        ),
        # a schedule's lines under a headline time with its zone and a conversion
        (
            "Your onsite interview is confirmed.\n\nThursday, December 3\n"
            "9:00 AM - 11:00 AM PT (10:30 PM - 12:30 AM IST)\n\nAgenda\n"
            "9:00 - 9:45  Coding interview - Ana Diaz\n"
            "9:45 - 10:30  System design interview - Raj Patel\n"
            "10:30 - 11:00  Hiring manager conversation\n",
            (3, 9, timedelta(hours=-8)),
        ),
        (
            "Ihr Vorstellungsgespräch ist bestätigt.\n\nDienstag, 1. Dezember 2026\n"
            "10:00 - 12:00 Uhr MEZ (17:00 - 19:00 SGT)\n\nAblauf:\n"
            "10:00 - 10:30 Kennenlernen mit Frau Berg\n10:30 - 11:30 Fachgespräch mit dem Team\n",
            (1, 10, timedelta(hours=1)),
        ),
        # an abbreviation inside a reference code is no zone
        (
            "Job reference ....... 301-MSK-2219-B\nInterview date ...... 24/11/2026\n"
            "Start time .......... 10:15",
            (24, 10, timedelta(0)),
        ),
        (
            "Vacancy EST-4412-A\nYour interview: Wednesday 25 November 2026 at 14:00",
            (25, 14, timedelta(0)),
        ),
        # a real abbreviation after a time still counts
        ("Your interview: Wednesday 25 November 2026 at 14:00 EST", (25, 14, timedelta(hours=-5))),
        # a Windows zone named in a bracketed note after other words
        (
            "Here's your schedule for Monday, November 30, 2026 (all times Pacific Standard "
            "Time):\n11:00 - 11:30 AM | Portfolio review",
            (30, 11, timedelta(hours=-8)),
        ),
        (
            "Your panel on Tuesday, December 1, 2026 (times shown in Eastern Standard Time):\n"
            "2:00 - 3:00 PM  Panel interview",
            (1, 14, timedelta(hours=-5)),
        ),
    ],
)
def test_zone_of_the_interview(text: str, expected: tuple[int, int, timedelta]) -> None:
    assert _offset(text) == expected


def test_a_time_on_another_day_does_not_borrow_the_zone() -> None:
    """Only the same day at the same hour is the same time."""
    text = (
        "Screening call: Monday 23 November 2026 at 9:00 AM ET.\n"
        "Onsite: Thursday 26 November 2026 at 9:00, see you then."
    )
    found = find_interview_time(text, SENT_UTC)
    assert found is not None
    assert found.start.day == 23 and found.start.utcoffset() == timedelta(hours=-5)
    later = find_interview_time("Onsite: Thursday 26 November 2026 at 9:00.", SENT_UTC)
    assert later is not None and later.start.utcoffset() == timedelta(0)
