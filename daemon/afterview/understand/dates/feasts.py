"""Feast days named as a limit, for periods.py: "by Christmas" is 25 December, "before
Christmas", "vor Weihnachten", "avant Noël", "antes de Navidad", "voor de kerst" 24 December;
"by Thanksgiving" the fourth Thursday of November. Only after a word such as "by": "Noël" may be
someone's name ("Noël Dupont will call you").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# A feast day named as a limit: the preposition is required ("Noël Dupont will call you").
_FEAST = re.compile(
    r"(?<![\w])(?P<by>by|before|until|till|ahead\s+of|around|vor|bis|avant|d'ici|pour|"
    r"antes\s+de|para|hasta|voor|vóór|tot|rond)\s+(?:the\s+|de\s+|la\s+|las\s+|les\s+f[êe]tes\s+de\s+)?"
    r"(?P<feast>christmas|xmas|weihnachten|no[ëe]l|navidad(?:es)?|kerst(?:mis)?|thanksgiving)"
    r"(?![\w])",
    re.IGNORECASE,
)
_FEAST_WORDS = (
    "christmas",
    "xmas",
    "weihnacht",
    "noël",
    "noel",
    "navidad",
    "kerst",
    "thanksgiving",
)
_FEAST_EVE = re.compile(r"before|ahead|vor$|avant|antes|voor|vóór", re.IGNORECASE)


def scan_feasts(text: str, lower: str, sent_day: date) -> list[tuple[int, int, date]]:
    """Every feast day named as a limit in ``text`` (``lower`` is ``text.lower()``): start,
    end, the day."""
    if not any(word in lower for word in _FEAST_WORDS):
        return []
    found = []
    for match in _FEAST.finditer(text):
        day = _feast(match.group("feast").lower(), sent_day)
        if _FEAST_EVE.match(match.group("by")):
            day -= timedelta(days=1)  # "before Christmas" ends on Christmas Eve
        found.append((match.start(), match.end(), day))
    return found


def _feast(name: str, sent_day: date) -> date:
    """The next 25 December, or the next US Thanksgiving (fourth Thursday of November)."""

    def on(year: int) -> date:
        if name != "thanksgiving":
            return date(year, 12, 25)
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)

    day = on(sent_day.year)
    return day if day >= sent_day else on(sent_day.year + 1)
