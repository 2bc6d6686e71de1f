"""Spans counted from the sending day, for periods.py: "within 10 days", "in two weeks' time",
"within 5 business days", "innerhalb von zwei Wochen", "sous quinze jours", "en las próximas
dos semanas", "binnen tien werkdagen", "give us two weeks", "ten working days from today";
and rough counts: "une dizaine de jours" (about ten days), "una decena de días", and the
Dutch "een dag of tien", "een week of twee" (the number after its unit: read as "een dag"
alone it was one day). Each ends ``sent + N`` (business days skip weekends); "a few days"
names no number and no day.
"""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta

from .lexicon import (
    BUSINESS_DAY_UNITS,
    DAY_UNITS,
    FR_SPAN_LEAD,
    MONTH_UNITS,
    NUMBER_PATTERN,
    WEEK_UNITS,
    number_value,
)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def add_business_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


_WITHIN = re.compile(
    r"(?<![\w'])(?:within|in|over|during|innerhalb|binnen|dans|sous|d'ici|dentro\s+de|en|"
    # "in the course of the next three weeks", "im Laufe der nächsten zwei Wochen", "au cours
    # des deux prochaines semaines", "en el transcurso de las próximas tres semanas"
    r"in\s+the\s+course\s+of|im\s+Laufe|au\s+cours|en\s+el\s+transcurso\s+de|"
    r"in\s+de\s+loop\s+van|"
    # the time the employer asks for: "give us two weeks", "geben Sie uns zwei Wochen Zeit",
    # "laissez-nous quinze jours", "danos diez días", "geef ons twee weken"
    r"(?:give|allow)\s+(?:me|us)|gib\s+(?:mir|uns)|geben\s+Sie\s+(?:mir|uns)|laissez-(?:moi|nous)|"
    r"d(?:a|é|e)(?:me|nos|jame|janos|jenos)|geef\s+(?:me|ons))"
    r"(?:\s+(?:the|von|der|den|les|des|las|los|de|a))?"
    # a span given as a period: "dans un délai (maximum) de", "en un plazo de", "innerhalb
    # einer Frist von", "binnen een termijn van", "within a period of"
    r"(?:\s+(?:un|a|een|einer|el|le|het|the)\s+(?:d[ée]lai|plazo|lapso|frist|termijn|periode|period|maximum|"
    r"m[áa]ximo)"
    r"(?:\s+(?:maximum|maximal|max\.?|m[áa]ximo|minimal))?\s*(?:de|d'|von|van|of))?"
    # "in about two weeks", "innerhalb von etwa", "dans environ", "en unas", "binnen ongeveer"
    r"(?:\s+(?:about|around|roughly|approximately|approx\.|some|at\s+most|no\s+more\s+than|"
    r"less\s+than|up\s+to|etwa|ca\.|circa|ungef(?:ä|ae)hr|h(?:ö|oe)chstens|sp(?:ä|ae)testens|"
    r"environ|au\s+plus\s+tard|au\s+plus|a\s+m[áa]s\s+tardar|uiterlijk|"
    r"unos|unas|aproximadamente|como\s+m(?:á|a)ximo|ongeveer|zo'n|hooguit|maximaal))?"
    r"(?:\s+(?:next|coming|following|n(?:ä|ae)chsten|kommenden|prochaine?s|pr[oó]xim[oa]s|"
    r"komende|volgende))?"
    rf"\s+(?:(?:{NUMBER_PATTERN})\s*(?:-|–|to|or|bis|oder|à|ou|a|o|tot|of)\s*)?"
    rf"(?P<n>{NUMBER_PATTERN})(?:\s+(?:prochaine?s|pr[oó]xim[oa]s|n(?:ä|ae)chsten))?\s+"
    rf"(?P<unit>{BUSINESS_DAY_UNITS}|{DAY_UNITS}|{WEEK_UNITS}|{MONTH_UNITS})"
    r"(?:'s?\s+time)?(?![\w])(?!'s?\s+notice)",
    re.IGNORECASE,
)
# A count from now without "within": "no later than 10 working days from today", "zwei Wochen
# ab heute", "dix jours à compter d'aujourd'hui", "quince días a partir de hoy", "tien
# werkdagen vanaf vandaag"; and the time the employer asks for: "it may take up to three weeks
# for us to get back to you", "please allow up to ten working days for a response".
# (read from its tail, rarer than a count: the count is looked for just before it)
_FROM_NOW_TAIL = re.compile(
    r"\s+(?:(?P<now>from\s+(?:today|now|the\s+date\s+of\s+this\s+(?:e-?mail|letter|message))|"
    r"ab\s+heute|à\s+compter\s+d'aujourd'hui|a\s+partir\s+de\s+hoy|vanaf\s+vandaag)|"
    r"for\s+(?:us|the\s+(?:\w+\s+)?team|our\s+(?:\w+\s+)?team)\s+to|"
    r"for\s+(?:a|an|our|the)\s+(?:response|reply|answer|decision))(?![\w'])",
    re.IGNORECASE,
)
_FROM_NOW_HEAD = re.compile(
    r"(?<![\w'])(?:(?:take|takes|taking|allow(?:\s+us)?|give\s+us)\s+(?:up\s+to\s+|about\s+|"
    r"around\s+|roughly\s+|approximately\s+|as\s+(?:long|much)\s+as\s+)?)?"
    rf"(?:(?:{NUMBER_PATTERN})\s*(?:-|–|to|or)\s*)?(?P<n>{NUMBER_PATTERN})\s+"
    rf"(?P<unit>{BUSINESS_DAY_UNITS}|{DAY_UNITS}|{WEEK_UNITS})$",
    re.IGNORECASE,
)
# One of these is in every text _FROM_NOW matches: most hold none, and are spared its scan.
_FROM_NOW_WORDS = (
    "from today", "from now", "date of this", "ab heute", "compter d'aujourd", "partir de hoy",
    "vanaf vandaag", "for us to", "team to", "for a re", "for an answer", "for a decision",
    "for our re", "for our decision", "for the re", "for the answer", "for the decision",
)  # fmt: skip
# Counts that are no number: "within a few days", "dans quelques jours", "en unos días", "in
# een paar dagen", "binnen enkele weken".
VAGUE_COUNTS = frozenset(("few", "a few", "quelques", "unos", "unas", "algunos", "paar", "enkele"))


def _within(match: re.Match[str], sent_day: date) -> date | None:
    if " ".join(match.group("n").lower().split()) in VAGUE_COUNTS:
        return None
    count = number_value(match.group("n"))
    if count is None or not 0 < count <= 366:
        return None
    unit = match.group("unit")
    return after_count(sent_day, count, unit)


def after_count(day: date, count: int, unit: str) -> date:
    """``day`` plus ``count`` of ``unit``: business days, days, weeks, else months."""
    if re.match(BUSINESS_DAY_UNITS, unit, re.IGNORECASE):
        return add_business_days(day, count)
    if re.fullmatch(DAY_UNITS, unit, re.IGNORECASE):
        return day + timedelta(days=count)
    if re.fullmatch(WEEK_UNITS, unit, re.IGNORECASE):
        return day + timedelta(weeks=count)
    return add_months(day, min(count, 24))


_ROUND = {"dizaine": 10, "vingtaine": 20, "decena": 10, "veintena": 20}
_ROUGH = re.compile(
    rf"(?<![\w'])(?:(?:{FR_SPAN_LEAD}|en)\s+(?:environ\s+)?"
    r"une\s+(?P<fr>dizaine|vingtaine)\s+de\s+"
    r"jours|(?:en|dentro\s+de)\s+(?:unos\s+|una\s+)?(?P<es>decena|veintena)\s+de\s+d[ií]as|"
    rf"(?:over|binnen|in)\s+(?:een|'n)\s+(?P<unit>dag|week|maand)\s+of\s+(?P<n>{NUMBER_PATTERN}))"
    r"(?![\w'])",
    re.IGNORECASE,
)
# One of these is in every text _ROUGH matches; most hold none.
_WORDS = ("dizaine", "vingtaine", "decena", "veintena", "dag of", "week of", "maand of")


def _rough_counts(text: str, lower: str, sent_day: date) -> list[tuple[int, int, date]]:
    """Every rough count in ``text`` (``lower`` is ``text.lower()``): start, end, last day."""
    if not any(word in lower for word in _WORDS):
        return []
    found = []
    for match in _ROUGH.finditer(text):
        noun = match.group("fr") or match.group("es")
        if noun:
            count, unit = _ROUND[noun.lower()], "days"
        else:
            # (after_count knows the Dutch units: dag, week, maand)
            count, unit = number_value(match.group("n")) or 0, match.group("unit")
        if 0 < count <= 366:
            found.append((match.start(), match.end(), after_count(sent_day, count, unit)))
    return found


def scan_counts(
    text: str, lower: str, sent_day: date, *, every: bool
) -> list[tuple[int, int, date]]:
    """Every count from the sending day in ``text``: start, end, last day. ``lower`` is
    ``text.lower()``; ``every`` skips the word tests (see periods.py's ``_OTHER_CASE``)."""
    found = []
    for match in _WITHIN.finditer(text):
        day = _within(match, sent_day)
        if day is not None:
            found.append((match.start(), match.end(), day))
    if every or any(word in lower for word in _FROM_NOW_WORDS):
        for tail in _FROM_NOW_TAIL.finditer(text):
            match = _FROM_NOW_HEAD.search(text, max(0, tail.start() - 80), tail.start())
            day = None if match is None else _within(match, sent_day)
            if match is not None and day is not None:
                end = tail.end() if tail.group("now") else match.end()
                found.append((match.start(), end, day))
    return found + _rough_counts(text, lower, sent_day)
