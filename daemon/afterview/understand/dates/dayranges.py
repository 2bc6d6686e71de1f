"""A range of days of one month, for decision.py: "in the week of 7-11 December", "7th-11th
December", "December 7-11", "between December 7 and 11". The last day of the range is the
last day the employer named; the day scan reads no such range whole (its dash form not at
all, "December 7-11" as the 7th). Ranges whose both ends carry a month ("between 30 November
and 2 December", "entre le 10 et le 14 décembre" with its month once at the end) are read
there already, the later day last.
"""

from __future__ import annotations

import re
from datetime import date

from .days import nearest_year
from .lexicon import MONTHS, alternation

_MON = alternation(MONTHS)
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|\.)?"
# "7-11 December", "7th – 11th of December", "7.-11. Dezember", "del 7 al 11"-free forms
_DAY_FIRST = re.compile(
    rf"(?<![\w./-])(?P<a>[0-3]?\d){_ORDINAL}\s*[-–—]\s*(?P<b>[0-3]?\d){_ORDINAL}\s*"
    rf"(?:of\s+|de\s+)?(?P<mon>{_MON})\.?(?![\w])",
    re.IGNORECASE,
)
# "December 7-11", "Dec 7th to 11th", "between December 7 and 11"
_MONTH_FIRST = re.compile(
    rf"(?<![\w])(?P<mon>{_MON})\.?\s+(?P<a>[0-3]?\d)(?:st|nd|rd|th)?\s*"
    r"(?:[-–—]|(?:to|and|through|thru|till|until)(?=\s))\s*(?P<b>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?![\w:/]|[.:]\d|\s*(?:am|pm|a\.m|p\.m|h\b|hrs?\b|uhr|uur))",
    re.IGNORECASE,
)
# Two day numbers joined as a range: a text without one has no range to read.
_JOINED = re.compile(
    rf"\d{_ORDINAL}\s*(?:[-–—]|(?:to|and|through|thru|till|until)\s)", re.IGNORECASE
)


def scan_day_ranges(text: str, sent_day: date) -> list[tuple[int, int, date]]:
    """Every range of days of one month in ``text``: start, end and its last day."""
    if _JOINED.search(text) is None:
        return []
    found = []
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        for match in pattern.finditer(text):
            first, last = int(match.group("a")), int(match.group("b"))
            if not 1 <= first < last <= 31:
                continue
            month = MONTHS[match.group("mon").lower()]
            day = nearest_year(month, last, None, sent_day)
            if day is not None:
                found.append((match.start(), match.end(), day))
    return found
