"""Feast days named as a limit, for periods.py: "by Christmas" is 25 December, "before
Christmas", "vor Weihnachten", "avant Noël", "antes de Navidad", "voor de kerst" 24 December;
"by Thanksgiving" the fourth Thursday of November; "by Easter", "vor Ostern", "avant Pâques",
"antes de Pascua", "voor Pasen" Easter Sunday (its eve), and Pentecost ("vor Pfingsten",
"avant la Pentecôte") seven weeks after it. Only after a word such as "by": "Noël" may be
someone's name ("Noël Dupont will call you").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# A feast day named as a limit: the preposition is required ("Noël Dupont will call you").
_FEAST = re.compile(
    r"(?<![\w])(?P<by>by|before|until|till|ahead\s+of|around|this\s+side\s+of|vor|bis|avant|"
    r"d'ici|pour|antes\s+de|para|hasta|voor|vóór|tot|rond)\s+"
    r"(?:the\s+|de\s+|la\s+|las\s+|les\s+f[êe]tes\s+de\s+|les\s+|den\s+|der\s+|dem\s+|le\s+)?"
    # the Christmas break by its name: "vor der Weihnachtspause", "avant les vacances de Noël",
    # "antes de las vacaciones de Navidad", "voor de kerstvakantie" (its day is Christmas's)
    r"(?P<feast>weihnachts(?:pause|ferien|feiertage[n]?|urlaub)|vacances\s+de\s+no[ëe]l|"
    r"vacaciones\s+de\s+navidad|kerst(?:vakantie|reces|periode|dagen)|"
    r"christmas|xmas|weihnachten|no[ëe]l|navidad(?:es)?|kerst(?:mis)?|thanksgiving|"
    r"easter|ostern|p[âa]ques|pascua|pasen|pentecost|whitsun|pfingsten|pentec[ôo]te|"
    r"pentecost[ée]s|pinksteren|"
    # the year's turn: "by New Year" is 1 January, "before New Year's Eve" 30 December
    r"new\s+year(?:'s(?:\s+(?:day|eve))?)?|neujahr|silvester|nouvel\s+an|"
    r"(?:la\s+)?saint-sylvestre|a[ñn]o\s+nuevo|nochevieja|nieuwjaar|oudjaar|"
    # the season's holidays, said in November or December: "before the holidays", "vor den
    # Feiertagen", "avant les fêtes", "antes de las fiestas", "voor de feestdagen"
    r"holidays|festive\s+(?:season|period|break)|feiertagen|f[êe]tes|fiestas|feestdagen)"
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
    "easter",
    "ostern",
    "pâques",
    "paques",
    "pascua",
    "pasen",
    "pentec",
    "whitsun",
    "pfingsten",
    "pinkster",
    "holiday",
    "festive",
    "feiertag",
    "fête",
    "fete",
    "fiestas",
    "feestdag",
    "new year",
    "neujahr",
    "silvester",
    "nouvel an",
    "sylvestre",
    "año nuevo",
    "ano nuevo",
    "nochevieja",
    "nieuwjaar",
    "oudjaar",
)
_NEW_YEARS_EVE = ("eve", "silvester", "sylvestre", "nochevieja", "oudjaar")
_SEASON = ("holidays", "festive", "feiertagen", "fêtes", "fetes", "fiestas", "feestdagen")
_PENTECOST = ("pentec", "whitsun", "pfingsten", "pinkster")
_NEW_YEAR = ("new", "neujahr", "nouvel", "año", "ano", "nieuwjaar")
_EASTER = ("easter", "ostern", "pâques", "paques", "pascua", "pasen")
_FEAST_EVE = re.compile(r"before|ahead|this|vor$|avant|antes|voor|vóór", re.IGNORECASE)


def scan_feasts(text: str, lower: str, sent_day: date) -> list[tuple[int, int, date]]:
    """Every feast day named as a limit in ``text`` (``lower`` is ``text.lower()``): start,
    end, the day."""
    if not any(word in lower for word in _FEAST_WORDS):
        return []
    found = []
    for match in _FEAST.finditer(text):
        name = match.group("feast").lower()
        if name.startswith(_SEASON) and sent_day.month not in (11, 12):
            continue  # "before the holidays" in June is the summer's
        day = _feast(name, sent_day)
        if _FEAST_EVE.match(match.group("by")):
            day -= timedelta(days=1)  # "before Christmas" ends on Christmas Eve
        found.append((match.start(), match.end(), day))
    return found


def _feast(name: str, sent_day: date) -> date:
    """The next such feast on or after ``sent_day``: 25 December, US Thanksgiving (fourth
    Thursday of November), Easter Sunday or Pentecost."""

    def on(year: int) -> date:
        if name == "thanksgiving":
            first = date(year, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if name.startswith(_PENTECOST):
            return easter(year) + timedelta(days=49)
        if name in _EASTER:
            return easter(year)
        if name.endswith(_NEW_YEARS_EVE):
            return date(year, 12, 31)
        if name.startswith(_NEW_YEAR):
            return date(year + 1, 1, 1)  # the year's turn after this one's end
        return date(year, 12, 25)

    day = on(sent_day.year)
    return day if day >= sent_day else on(sent_day.year + 1)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)
