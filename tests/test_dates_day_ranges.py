"""Ranges of days of one month (dates/dayranges.py): the last day named is the range's end.

The quick check that a text joins two day numbers at all must let through every form the
range patterns read: an ordinal "º" and a joining word in capitals were turned away before.
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview.understand.dates.dayranges import scan_day_ranges

SENT = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("We decide in the week of 7-11 December.", date(2026, 12, 11)),
        ("Decisions: 7th – 11th of December", date(2026, 12, 11)),
        ("Entscheidung zwischen 7.-11. Dezember", date(2026, 12, 11)),
        ("between December 7 and 11", date(2026, 12, 11)),
        ("Decisions: December 7 To 11", date(2026, 12, 11)),
        ("DECISIONS DECEMBER 7 THROUGH 11", date(2026, 12, 11)),
        ("Resolveremos entre el 7º-11º de diciembre.", date(2026, 12, 11)),
    ],
)
def test_the_last_day_of_the_range(text: str, last: date) -> None:
    assert [day for _start, _end, day in scan_day_ranges(text, SENT)] == [last]


@pytest.mark.parametrize(
    "text",
    ["Call me on December 7 at 11", "We met 7 people in December", "Room 7-11, December"],
)
def test_no_range(text: str) -> None:
    assert scan_day_ranges(text, SENT) == []
