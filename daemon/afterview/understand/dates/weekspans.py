"""Spans named by a week's place or by hours, for decision.py (through periods.py):

- a weekday a week on: "Friday week", "a week on Friday", "vendredi en huit", "Freitag in
  einer Woche", "vrijdag over een week" is the Friday after the coming one; "Friday
  fortnight", "vendredi en quinze" a week later still;
- the nth week of a month: "the first week of December", "in der ersten Dezemberwoche", "la
  première semaine de décembre", "la primera semana de diciembre", "de eerste week van
  december" is that week's Friday (the first week holds the month's first weekday from
  Monday to Thursday; the last ends on the month's last Friday);
- hours: "within 48 hours", "innerhalb von 24 Stunden", "sous 48h", "en 72 horas", "binnen 48
  uur" is the sending day plus the hours in whole days, rounded up.
"""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta

from .days import monday_of, nearest_year, next_weekday
from .lexicon import MONTHS, WEEKDAYS, alternation

# A weekday a week on: "Friday week", "a week on Friday", "vendredi en huit", "Freitag in
# einer Woche", "vrijdag over een week" is the Friday after the coming one; "Friday
# fortnight", "vendredi en quinze" a week later still.
_WD = alternation(WEEKDAYS)
_WEEKDAY_ON = re.compile(
    rf"(?<![\w'])(?:(?P<a>{_WD})\s+(?:(?P<w>week)|(?P<f>fortnight))|a\s+(?:(?P<w2>week)|"
    rf"(?P<f2>fortnight))\s+(?:on|from|this|come)\s+(?P<b>{_WD})|(?P<c>{_WD})\s+en\s+"
    rf"(?:(?P<w3>huit)|(?P<f3>quinze))|(?P<d>{_WD})\s+(?:in\s+(?:einer|1)\s+Woche|in\s+acht\s+"
    rf"Tagen|over\s+(?:een|1)\s+week)(?P<w4>))(?![\w'])",
    re.IGNORECASE,
)
# "the first week of December", "in der ersten Dezemberwoche", "la première semaine de
# décembre", "la primera semana de diciembre", "de eerste week van december": its Friday.
_ORDINALS = {
    **dict.fromkeys(("first", "1st", "ersten", "première", "premiere", "primera", "eerste"), 1),
    **dict.fromkeys(("second", "2nd", "zweiten", "deuxième", "seconde", "segunda", "tweede"), 2),
    **dict.fromkeys(("third", "3rd", "dritten", "troisième", "tercera", "derde"), 3),
    **dict.fromkeys(("fourth", "4th", "vierten", "quatrième", "cuarta", "vierde"), 4),
    **dict.fromkeys(("last", "final", "letzten", "dernière", "derniere", "última", "laatste"), 0),
}
# month names written out ("in Mar" is no month), as a pattern's alternation
MONTHS_WRITTEN_OUT = alternation(
    {w: n for w, n in MONTHS.items() if len(w) >= 4 or w in ("may", "mai", "mei")}
)
_MON = MONTHS_WRITTEN_OUT
_WEEK_OF_MONTH = re.compile(
    rf"(?<![\w'])(?P<ord>{alternation(_ORDINALS)})\s+(?:(?P<mon>{_MON})woche|"
    r"(?:week|woche|semaine|semana)\s+(?:of|in|im|des|de|van)\s+"
    rf"(?P<mon2>{_MON}))(?![\w'])",
    re.IGNORECASE,
)
# "within 48 hours", "innerhalb von 24 Stunden", "sous 48h", "en 72 horas", "binnen 48 uur":
# the count is looked for first (a digit is rarer than the words before it), then its word.
# (no look-behind before the digits: a pattern that opens with a digit is scanned for quickly)
_HOURS = re.compile(r"(?P<n>\d{2,3})\s*(?:hours|hrs|h|Stunden|heures|horas|uur)(?![\w'])", re.I)
_HOURS_BEFORE = re.compile(
    r"(?<![\w'])(?:within|in|innerhalb(?:\s+von)?|binnen|sous|dans\s+les|dans(?=\s+un\s+d)|d'ici|en|"
    r"dentro\s+de)(?:\s+(?:the\s+next|den\s+n(?:ä|ae)chsten|las\s+pr[oó]ximas|de\s+komende))?"
    # a span given as a period: "en un plazo (máximo) de 72 horas", "dans un délai de 48h",
    # "innerhalb einer Frist von 48 Stunden", "binnen een termijn van 48 uur", "within a
    # maximum of 48 hours"
    r"(?:\s+(?:un|a|een|einer|el|le|the)\s+(?:d[ée]lai|plazo|frist|termijn|period|maximum|"
    r"m[áa]ximo)(?:\s+(?:maximum|maximal|max\.?|m[áa]ximo))?\s*(?:de|d'|von|van|of))?"
    r"\s*$",
    re.IGNORECASE,
)
# Words one of which every "Friday week", "vendredi en huit", "first week of December" holds:
# those patterns start with a weekday or an ordinal, words found all over a text, so they are
# tried only around these.
_WEEK_ON_WORDS = (
    "week",
    "woche",
    "semaine",
    "semana",
    "fortnight",
    " en huit",
    " en quinze",
    "acht tagen",
)
_WEEK_ANCHORS = ("week", "woche", "semaine", "semana", "fortnight", "huit", "quinze", "tagen")
_WEEK_ANCHOR = re.compile("|".join(_WEEK_ANCHORS), re.IGNORECASE)
# Reach around an anchor word: "a fortnight from Wednesday", "la deuxième semaine de septiembre"
_BEFORE_ANCHOR, _AFTER_ANCHOR = 45, 25


def _anchors(text: str, lower: str, every: bool) -> list[tuple[int, int]]:
    """Where the anchor words stand: found in the lower-cased text (as fast as a search gets),
    or by the ignore-case pattern when lower-casing could move them (``_OTHER_CASE``)."""
    if every:
        return [match.span() for match in _WEEK_ANCHOR.finditer(text)]
    spans = []
    for word in _WEEK_ANCHORS:
        at = lower.find(word)
        while at != -1:
            spans.append((at, at + len(word)))
            at = lower.find(word, at + 1)
    return spans


def _around(
    pattern: re.Pattern[str], anchors: list[tuple[int, int]], text: str
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that reach an anchor word, each once, in text order."""
    found: dict[int, re.Match[str]] = {}
    for start, end in anchors:
        for match in pattern.finditer(text, max(0, start - _BEFORE_ANCHOR), end + _AFTER_ANCHOR):
            if match.start() <= start and end <= match.end():
                found.setdefault(match.start(), match)
    return [found[start] for start in sorted(found)]


def scan_week_spans(
    text: str, lower: str, sent_day: date, *, every: bool
) -> list[tuple[int, int, date]]:
    """Every such span in ``text``: start, end, last day. ``lower`` is ``text.lower()``;
    ``every``: the text has a letter ``str.lower`` does not fold as the patterns do, so
    no word gate may skip a pattern."""
    found: list[tuple[int, int, date]] = []
    weekly = every or any(word in lower for word in _WEEK_ON_WORDS)
    anchors = _anchors(text, lower, every) if weekly else []
    for match in _around(_WEEKDAY_ON, anchors, text):
        weekday = WEEKDAYS[next(match.group(g) for g in "abcd" if match.group(g)).lower()]
        weeks = 2 if match.group("f") or match.group("f2") or match.group("f3") else 1
        day = next_weekday(sent_day, weekday) + timedelta(weeks=weeks)
        found.append((match.start(), match.end(), day))
    for match in _around(_WEEK_OF_MONTH, anchors, text):
        day = _week_of_month(match, sent_day)
        found.append((match.start(), match.end(), day))
    for match in _HOURS.finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "'"):
            continue  # "1248 h", "A48h"
        start = _HOURS_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if start is None:
            continue
        hours = int(match.group("n"))
        found.append((start.start(), match.end(), sent_day + timedelta(days=-(-hours // 24))))
    return found


def _week_of_month(match: re.Match[str], sent_day: date) -> date:
    """The Friday of the nth week of the month: the first week is the one holding the
    month's first weekday from Monday to Thursday; the last ends on its last Friday."""
    month = MONTHS[(match.group("mon") or match.group("mon2")).lower()]
    first = nearest_year(month, 1, None, sent_day.replace(day=1)) or sent_day
    nth = _ORDINALS[match.group("ord").lower()]
    if nth == 0:
        last = date(first.year, first.month, _calendar.monthrange(first.year, first.month)[1])
        return last - timedelta(days=(last.weekday() - 4) % 7)
    friday = monday_of(first) + timedelta(days=4)
    if first.weekday() > 3:
        friday += timedelta(days=7)
    return friday + timedelta(weeks=nth - 1)
