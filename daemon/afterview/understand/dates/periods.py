"""Spans of time relative to a day: "next week", "end of the month", "within two weeks",
"within 5 business days", "early December", "bis Ende nächster Woche", "dans les deux
semaines", "en las próximas dos semanas", "binnen twee weken", "eind deze maand".

Each resolves to the *last* day it covers, counted from the sending day:

- "this week", "end of the week" -> this week's Friday (next week's if sent on a weekend);
- "next week", "end of next week" -> next week's Friday; "early next week" and "mid next
  week" -> next week's Wednesday (people read "early next week" anywhere from its Monday,
  as said, to its Friday, as "next week": the middle day is within two days of either);
- "end of the month", "this month" -> its last day; "next month" -> the last day of next
  month; "early/mid/end of December" -> the 10th, 15th, last day; "in December",
  "courant décembre", "im Dezember", "en diciembre" -> its last day;
- "within/in N days/weeks/months" -> sent + N; "N business days" skips weekends;
- "in the next few days", "dans quelques jours", "in a few weeks" name no last day: a reader
  asked by when the employer said it would be back says it did not say (no day); "in a couple
  of days" is two;
- "end of the day", "later today" -> sent ("today"/"tomorrow" are day mentions);
- "Friday week", "the first week of December", "within 48 hours": see weekspans.py;
- "by Christmas" -> 25 December, "before Christmas", "vor Weihnachten", "avant Noël",
  "antes de Navidad", "voor de kerst" -> 24 December; "by Thanksgiving" -> the fourth
  Thursday of November (only after a word such as "by": see feasts.py).
"""

from __future__ import annotations

import calendar as _calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .days import monday_of, nearest_year
from .feasts import scan_feasts
from .lexicon import (
    BUSINESS_DAY_UNITS,
    DAY_UNITS,
    MONTH_UNITS,
    MONTHS,
    NUMBER_PATTERN,
    WEEK_UNITS,
    alternation,
    number_value,
)
from .weekspans import MONTHS_WRITTEN_OUT, scan_week_spans


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    day: date


def last_of_month(year: int, month: int) -> date:
    return date(year, month, _calendar.monthrange(year, month)[1])


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


def this_friday(day: date) -> date:
    friday = monday_of(day) + timedelta(days=4)
    return friday if day.weekday() <= 4 else friday + timedelta(days=7)


def _next_week(day: date, weekday: int) -> date:
    return monday_of(day) + timedelta(days=7 + weekday)


_NEXT = r"n(?:ä|ae)chste[nr]?|kommende[nr]?"
_NEXT_WEEK = (
    rf"next\s+week|(?:{_NEXT})\s+woche|(?:la\s+)?semaine\s+prochaine|"
    r"(?:la\s+)?semana\s+que\s+viene|(?:la\s+)?pr[oó]xima\s+semana|volgende\s+week"
)
_SIMPLE: list[tuple[str, Callable[[date], date]]] = [
    (
        rf"(?:the\s+)?end\s+of\s+next\s+week|ende\s+(?:der\s+)?(?:{_NEXT}|n(?:ä|ae)chste)\s+woche|"
        r"fin\s+de\s+la\s+semaine\s+prochaine|final(?:es)?\s+de\s+la\s+(?:semana\s+que\s+viene"
        r"|pr[oó]xima\s+semana)|eind(?:e)?\s+(?:van\s+)?volgende\s+week",
        lambda d: _next_week(d, 4),
    ),
    (
        rf"early\s+next\s+week|(?:the\s+)?(?:beginning|start)\s+of\s+next\s+week|"
        rf"anfang\s+(?:der\s+)?(?:{_NEXT}|n(?:ä|ae)chste)\s+woche|d[ée]but\s+de\s+(?:la\s+)?semaine\s+prochaine|"
        r"principios\s+de\s+la\s+(?:semana\s+que\s+viene|pr[oó]xima\s+semana)|"
        r"begin\s+(?:van\s+)?volgende\s+week",
        lambda d: _next_week(d, 2),
    ),
    (
        rf"mid(?:dle\s+of|-)?\s*next\s+week|mitte\s+(?:der\s+)?(?:{_NEXT})\s+woche|"
        r"milieu\s+de\s+la\s+semaine\s+prochaine|mediados\s+de\s+la\s+semana\s+que\s+viene|"
        r"midden\s+(?:van\s+)?volgende\s+week",
        lambda d: _next_week(d, 2),
    ),
    (
        rf"{_NEXT_WEEK}|the\s+following\s+week|the\s+coming\s+week|komende\s+week",
        lambda d: _next_week(d, 4),
    ),
    (
        r"(?:the\s+)?end\s+of\s+(?:the|this)\s+week|end\s+of\s+week|\bEOW\b|later\s+(?:this|in\s+the)\s+week|"
        # "before the week is out", "antes de que acabe la semana", "avant que la semaine ne
        # se termine", "bevor die Woche vorbei ist", "voordat de week om is"
        r"(?:before|by\s+the\s+time)\s+the\s+week\s+is\s+(?:out|over|up)|"
        r"antes\s+de\s+que\s+(?:acabe|termine|finalice)\s+(?:la|esta)\s+semana|"
        r"avant\s+que\s+la\s+semaine\s+(?:ne\s+)?(?:se\s+)?termine|"
        r"bevor\s+die\s+woche\s+(?:vorbei|um|zu\s+ende)\s+ist|voordat\s+de\s+week\s+(?:om|voorbij)\s+is|"
        r"this\s+week|within\s+the\s+week|ende\s+(?:(?:der|dieser)\s+)?woche|diese\s+woche|"
        r"fin\s+de\s+(?:la\s+|cette\s+)?semaine|cette\s+semaine|final(?:es)?\s+de\s+(?:esta\s+"
        r"|la\s+)?semana|fin\s+de\s+semana|esta\s+semana|eind(?:e)?\s+(?:van\s+)?(?:deze|de)\s+"
        r"week|deze\s+week",
        this_friday,
    ),
    (
        r"(?:the\s+)?end\s+of\s+next\s+month|ende\s+(?:des\s+)?n(?:ä|ae)chsten\s+monats|"
        r"fin\s+du\s+mois\s+prochain|final(?:es)?\s+del\s+mes\s+que\s+viene|"
        r"eind(?:e)?\s+(?:van\s+)?volgende\s+maand|next\s+month|n(?:ä|ae)chsten\s+monat|"
        r"(?:le\s+)?mois\s+prochain|el\s+mes\s+que\s+viene|el\s+pr[oó]ximo\s+mes|volgende\s+maand",
        lambda d: last_of_month(*_month_after(d)),
    ),
    (
        r"(?:the\s+)?end\s+of\s+(?:the|this)\s+month|month[-\s]end|end\s+of\s+month|"
        r"ende\s+(?:(?:des|dieses)\s+)?monats?|monatsende|fin\s+(?:du|de\s+ce)\s+mois|"
        r"final(?:es)?\s+de(?:l)?\s+(?:este\s+)?mes|fin\s+de\s+mes|"
        r"eind(?:e)?\s+(?:van\s+)?(?:deze|de)\s+maand|this\s+month|diesen\s+monat|"
        r"(?:before|by\s+the\s+time)\s+the\s+month\s+is\s+(?:out|over)|"
        r"antes\s+de\s+que\s+(?:acabe|termine|finalice)\s+(?:el|este)\s+mes|"
        r"avant\s+que\s+le\s+mois\s+(?:ne\s+)?(?:se\s+)?termine|"
        r"ce\s+mois(?:-ci)?|este\s+mes|deze\s+maand",
        lambda d: last_of_month(d.year, d.month),
    ),
    (
        r"(?:in|within|over)\s+(?:a|the\s+next)\s+couple\s+of\s+days",
        lambda d: d + timedelta(days=2),
    ),
    (
        r"(?:within|in|over)\s+(?:a|one|the(?:\s+(?:next|coming))?)\s+fortnight|"
        r"in\s+a\s+fortnight'?s?\s+time",
        lambda d: d + timedelta(days=14),
    ),
    (
        # "before the weekend" is this week's Friday; "after the weekend" the Monday after it
        r"(?:by|before|ahead\s+of)\s+the\s+weekend|(?:vor\s+dem|bis\s+zum)\s+wochenende|"
        r"avant\s+le\s+week-?end|(?:voor|vóór)\s+het\s+weekend",
        this_friday,
    ),
    (
        r"after\s+the\s+weekend|nach\s+dem\s+wochenende|apr[èe]s\s+le\s+week-?end|"
        r"despu[ée]s\s+del\s+fin\s+de\s+semana|na\s+het\s+weekend",
        lambda d: monday_of(d) + timedelta(days=7),
    ),
    (
        r"(?:dans|sous|d'ici)\s+(?:(?:la|une)\s+)?quinzaine(?:\s+de\s+jours)?",
        lambda d: d + timedelta(days=14),
    ),
    (
        # "sous huitaine": within a week; "by this time next week", "a week from today"
        r"(?:dans|sous|d'ici)\s+(?:(?:la|une)\s+)?huitaine(?:\s+de\s+jours)?|"
        r"(?:by\s+)?(?:this|the\s+same)\s+time\s+next\s+week|(?:a|one)\s+week\s+(?:from\s+)?"
        r"(?:today|now)|within\s+the\s+(?:next|coming)\s+week",
        lambda d: d + timedelta(days=7),
    ),
    (
        # "the week after next", "übernächste Woche": that week's Friday
        r"(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?week\s+after\s+next|"
        r"(?:(?:bis\s+)?ende\s+der\s+|in\s+der\s+)?(?:ü|ue)bern(?:ä|ae)chste[nr]?\s+woche",
        lambda d: _next_week(d, 11),
    ),
    (
        # "in a week or two", "in a day or two": the longer
        r"(?:in|within|over)\s+(?:the\s+next\s+)?(?:a|one)\s+week\s+or\s+two",
        lambda d: d + timedelta(days=14),
    ),
    (
        # "in a week and a half", "in anderthalb Wochen", "dans une semaine et demie", "en
        # semana y media", "binnen anderhalve week": ten days
        r"(?:in|within|over)\s+(?:about\s+|around\s+)?(?:a|one)\s+week\s+and\s+a\s+half|"
        r"(?:in|innerhalb\s+von)\s+(?:etwa\s+)?(?:anderthalb|eineinhalb)\s+wochen|"
        r"(?:dans|sous)\s+(?:environ\s+)?une\s+semaine\s+et\s+demie|"
        r"en\s+(?:una\s+)?semana\s+y\s+media|(?:binnen|over)\s+(?:ongeveer\s+)?anderhalve\s+week",
        lambda d: d + timedelta(days=10),
    ),
    (
        r"(?:in|within|over)\s+(?:the\s+next\s+)?(?:a|one)\s+day\s+or\s+two",
        lambda d: d + timedelta(days=2),
    ),
    (
        # "by the end of the year", "bis Jahresende", "d'ici la fin de l'année", "antes de
        # fin de año", "voor het einde van het jaar"
        r"(?:the\s+)?end\s+of\s+(?:the|this)\s+year|year[-\s]end|jahresende|ende\s+(?:des|dieses)\s+"
        r"jahres|fin\s+(?:d'|de\s+l')ann[ée]e|fin(?:al)?(?:es)?\s+de(?:l)?\s+(?:este\s+)?año|"
        r"eind(?:e)?\s+van\s+(?:het|dit)\s+jaar|jaareinde",
        lambda d: date(d.year, 12, 31),
    ),
    (
        r"end\s+of\s+(?:the\s+)?day|\bEOD\b|later\s+today|im\s+laufe\s+des\s+tages|"
        r"dans\s+la\s+journ[ée]e|a\s+lo\s+largo\s+del\s+d[ií]a|in\s+de\s+loop\s+van\s+de\s+dag",
        lambda d: d,
    ),
]
_SIMPLE_PATTERNS = [
    (re.compile(rf"(?<![\w'])(?:{pattern})(?![\w'])", re.IGNORECASE), resolve)
    for pattern, resolve in _SIMPLE
]
# A word every match of the simple pattern at the same place holds, one of them at least:
# most texts name no week, month or day span, and a substring test spares the scan.
_WEEK_WORDS = ("week", "woche", "semaine", "semana")
_WEEKEND_WORDS = ("weekend", "week-end", "wochenende")
_MONTH_WORDS = ("month", "monat", "mois", "mes", "maand")
_SIMPLE_WORDS = [
    _WEEK_WORDS,
    _WEEK_WORDS,
    _WEEK_WORDS,
    _WEEK_WORDS,
    (*_WEEK_WORDS, "eow"),
    _MONTH_WORDS,
    _MONTH_WORDS,
    ("days",),
    ("fortnight",),
    _WEEKEND_WORDS,
    (*_WEEKEND_WORDS, "fin de semana"),
    ("quinzaine",),
    ("huitaine", "next", "from"),
    ("after", "bernächst", "bernaechst"),
    ("two",),
    ("half", "anderthalb", "eineinhalb", "demie", "media", "anderhalve"),
    ("two",),
    ("year", "jahr", "année", "annee", "año", "jaar"),
    ("day", "eod", "today", "tages", "journ", "dia", "día", "dag"),
]
# Letters the patterns' ignore-case takes for ASCII ones but ``str.lower`` does not make
# them ("ſ" for "s", "ı" and "İ" for "i"): a text with one is scanned without the test.
_OTHER_CASE = ("ſ", "ı", "İ")

_WITHIN = re.compile(
    r"(?<![\w'])(?:within|in|over|during|innerhalb|binnen|dans|sous|d'ici|dentro\s+de|en|"
    # "in the course of the next three weeks", "im Laufe der nächsten zwei Wochen", "au cours
    # des deux prochaines semaines", "en el transcurso de las próximas tres semanas"
    r"in\s+the\s+course\s+of|im\s+Laufe|au\s+cours|en\s+el\s+transcurso\s+de|"
    r"in\s+de\s+loop\s+van|over)(?:\s+(?:the|von|der|den|les|des|las|los|de|a))?"
    # a span given as a period: "dans un délai (maximum) de", "en un plazo de", "innerhalb
    # einer Frist von", "binnen een termijn van", "within a period of"
    r"(?:\s+(?:un|a|een|einer)\s+(?:d[ée]lai|plazo|frist|termijn|periode|period|maximum|m[áa]ximo)"
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
    r"(?:'s?\s+time)?(?![\w])",
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
_MONTH_PART = re.compile(
    r"(?<![\w])(?P<part>(?:the\s+)?(?:end|beginning|start|middle)\s+of|early|late|mid-?|"
    r"ende|anfang|mitte|fin(?:\s+de)?|d[ée]but|mi-|(?:a\s+)?(?:finales|principios|primeros|mediados)"
    r"\s+de|eind|begin|half|medio)\s*(?P<mon>" + alternation(MONTHS) + r")(?![\w])",
    re.IGNORECASE,
)
# A whole month named as when: "we'll decide in December", "courant décembre", "im Dezember",
# "en diciembre", "in de loop van december": its last day, as "end of December" (month names
# written out: "in Mar" is no month).
_WHOLE_MONTH = re.compile(
    r"(?<![\w])(?:in(?:\s+the\s+course\s+of)?|during|im(?:\s+Laufe\s+des)?|(?:dans\s+le\s+)?"
    r"courant(?:\s+d[eu](?:\s+mois\s+de)?)?|en|durante|a\s+lo\s+largo\s+de|"
    r"in\s+de\s+loop\s+van)\s+(?P<mon>" + MONTHS_WRITTEN_OUT + r")(?![\w])(?!\s*\d{1,2}\b)",
    re.IGNORECASE,
)
_CALENDAR_WEEK = re.compile(
    r"\b(?:KW|Kalenderwoche|calendar\s+week|week|wk|semaine|semana)\s*(?P<week>\d{1,2})(?![\w,:/]|\.\d)",
    re.IGNORECASE,
)
_EARLY = (
    "beginning", "start", "early", "anfang", "début", "debut", "principios", "primeros", "begin",
)  # fmt: skip
_MIDDLE = ("middle", "mid", "mitte", "mi-", "mediados", "half", "medio")


def scan_periods(text: str, sent_day: date) -> list[PeriodMention]:
    """Every relative span in ``text``, each with the last day it covers."""
    found: list[PeriodMention] = []
    lower = text.lower()
    every = any(char in text for char in _OTHER_CASE)
    for (pattern, resolve), words in zip(_SIMPLE_PATTERNS, _SIMPLE_WORDS, strict=True):
        if not every and not any(word in lower for word in words):
            continue
        for match in pattern.finditer(text):
            found.append(PeriodMention(match.start(), match.end(), resolve(sent_day)))
    for match in _WITHIN.finditer(text):
        day = _within(match, sent_day)
        if day is not None:
            found.append(PeriodMention(match.start(), match.end(), day))
    if every or any(word in lower for word in _FROM_NOW_WORDS):
        for tail in _FROM_NOW_TAIL.finditer(text):
            match = _FROM_NOW_HEAD.search(text, max(0, tail.start() - 80), tail.start())
            day = None if match is None else _within(match, sent_day)
            if match is not None and day is not None:
                end = tail.end() if tail.group("now") else match.end()
                found.append(PeriodMention(match.start(), end, day))
    for match in _CALENDAR_WEEK.finditer(text):
        day = _calendar_week(int(match.group("week")), sent_day)
        if day is not None:
            found.append(PeriodMention(match.start(), match.end(), day))
    for match in _MONTH_PART.finditer(text):
        found.append(PeriodMention(match.start(), match.end(), _month_part(match, sent_day)))
    for match in _WHOLE_MONTH.finditer(text):
        found.append(PeriodMention(match.start(), match.end(), _month_part(match, sent_day)))
    found += [
        PeriodMention(start, end, day)
        for start, end, day in scan_week_spans(text, lower, sent_day, every=every)
    ]
    found += [
        PeriodMention(start, end, day) for start, end, day in scan_feasts(text, lower, sent_day)
    ]
    return found


def _month_after(day: date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


# Counts that are no number: "within a few days", "dans quelques jours", "en unos días", "in
# een paar dagen", "binnen enkele weken".
VAGUE_COUNTS = frozenset(("few", "a few", "quelques", "unos", "unas", "algunos", "paar", "enkele"))


def _within(match: re.Match[str], sent_day: date) -> date | None:
    if " ".join(match.group("n").lower().split()) in VAGUE_COUNTS:
        return None
    count = number_value(match.group("n"))
    if count is None or not 0 < count <= 366:
        return None
    return after_count(sent_day, count, match.group("unit"))


def after_count(day: date, count: int, unit: str) -> date:
    """``day`` plus ``count`` of ``unit``: business days, days, weeks, else months."""
    if re.match(BUSINESS_DAY_UNITS, unit, re.IGNORECASE):
        return add_business_days(day, count)
    if re.fullmatch(DAY_UNITS, unit, re.IGNORECASE):
        return day + timedelta(days=count)
    if re.fullmatch(WEEK_UNITS, unit, re.IGNORECASE):
        return day + timedelta(weeks=count)
    return add_months(day, min(count, 24))


def _calendar_week(week: int, sent_day: date) -> date | None:
    """The Friday of ISO week ``week`` ("KW 48", "week 48"): this year's, or next year's
    when this year's is long past."""
    options = []
    for year in (sent_day.year, sent_day.year + 1):
        try:
            options.append(date.fromisocalendar(year, week, 5))
        except ValueError:
            continue
    future = [day for day in options if day >= sent_day - timedelta(days=7)]
    return min(future) if future else None


def _month_part(match: re.Match[str], sent_day: date) -> date:
    month = MONTHS[match.group("mon").lower()]
    part = " ".join((match.groupdict().get("part") or "").lower().split())
    first = nearest_year(month, 1, None, sent_day.replace(day=1)) or sent_day
    if any(word in part for word in _EARLY):
        return first.replace(day=10)  # "early December": its first third
    if any(word in part for word in _MIDDLE):
        return first.replace(day=15)
    return last_of_month(first.year, first.month)
