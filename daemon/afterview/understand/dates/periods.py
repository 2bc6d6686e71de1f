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
- "within/in N days/weeks/months" -> sent + N; "N business days" skips weekends; "une
  dizaine de jours", "een week of twee" -> the round count (counts.py reads all counts);
- "dans la semaine", "within the month" -> what is left of this week or month;
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

from .counts import add_business_days, scan_counts
from .days import monday_of, nearest_year
from .feasts import scan_feasts
from .lexicon import (
    FR_SPAN_LEAD,
    MONTHS,
    alternation,
)
from .weekspans import MONTHS_WRITTEN_OUT, scan_week_spans


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    day: date


def last_of_month(year: int, month: int) -> date:
    return date(year, month, _calendar.monthrange(year, month)[1])


def this_friday(day: date) -> date:
    friday = monday_of(day) + timedelta(days=4)
    return friday if day.weekday() <= 4 else friday + timedelta(days=7)


def _next_week(day: date, weekday: int) -> date:
    return monday_of(day) + timedelta(days=7 + weekday)


_NEXT = r"n(?:ä|ae)chste[nr]?|kommende[nr]?"
_NEXT_WEEK = (
    rf"next\s+week|ne?xt\s+wk|(?:{_NEXT})\s+woche|(?:la\s+)?semaine\s+prochaine|"
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
        r"(?:midden|halverwege)\s+(?:van\s+)?volgende\s+week",
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
        # "dans la semaine", "im Laufe der Woche", "binnen de week": what is left of this one
        # (not "dans la semaine du 7", "a lo largo de la semana que viene")
        r"(?:dans|sous)\s+la\s+semaine(?!\s+(?:du|de|d'|prochaine|suivante|qui|apr))|"
        r"in\s+the\s+course\s+of\s+the\s+week(?!\s+(?:of|after|commencing|beginning))|"
        r"(?:im\s+laufe|innerhalb)\s+der\s+woche(?!\s+(?:vom|ab|nach))|"
        r"(?:a\s+lo\s+largo|en\s+el\s+transcurso)\s+de\s+la\s+semana(?!\s+(?:que|pr|siguiente|del))|"
        r"(?:in\s+de\s+loop\s+van|binnen)\s+de\s+week(?!\s+(?:van\s+(?!ons|mij|me\b)|na\b))|"
        r"fin\s+de\s+(?:la\s+|cette\s+)?semaine|cette\s+semaine|final(?:es)?\s+de\s+(?:esta\s+"
        r"|la\s+)?semana|fin\s+de\s+semana|esta\s+semana|eind(?:e)?\s+(?:van\s+)?(?:deze|de)\s+"
        r"week|deze\s+week",
        this_friday,
    ),
    (
        # "early next month", "Anfang nächsten Monats", "début du mois prochain": its 10th;
        # "the middle of next month", "Mitte nächsten Monats", "mediados del mes que viene":
        # its 15th (as "early December", "mid-December")
        r"early\s+next\s+month|(?:the\s+)?(?:beginning|start)\s+of\s+next\s+month|"
        r"anfang\s+(?:des\s+)?n(?:ä|ae)chsten\s+monats|d[ée]but\s+du\s+mois\s+prochain|"
        r"principios\s+del\s+(?:mes\s+que\s+viene|pr[oó]ximo\s+mes)|begin\s+volgende\s+maand",
        lambda d: _month_after_on(d, 10),
    ),
    (
        r"(?:the\s+)?middle\s+of\s+next\s+month|mid-?\s*next\s+month|"
        r"mitte\s+(?:des\s+)?n(?:ä|ae)chsten\s+monats|(?:[àa]\s+la\s+)?mi-mois\s+prochain|"
        r"mediados\s+del\s+(?:mes\s+que\s+viene|pr[oó]ximo\s+mes)|"
        r"(?:half|midden|halverwege)\s+volgende\s+maand",
        lambda d: _month_after_on(d, 15),
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
        r"ce\s+mois(?:-ci)?|este\s+mes|deze\s+maand|"
        # "within the month", "dans le mois", "im Laufe des Monats", "binnen de maand"
        r"(?:within|in\s+the\s+course\s+of)\s+the\s+month(?!\s+(?:of|after))|"
        r"dans\s+le\s+(?:courant\s+du\s+)?mois(?!\s+(?:de|d'|prochain|qui|suivant))|"
        r"im\s+laufe\s+des\s+monats|innerhalb\s+des\s+monats|binnen\s+de\s+maand|"
        r"(?:a\s+lo\s+largo|en\s+el\s+transcurso)\s+del\s+mes(?!\s+(?:que|de|pr|siguiente))",
        lambda d: last_of_month(d.year, d.month),
    ),
    (
        r"(?:in|within|over|give\s+(?:me|us))\s+(?:a|the\s+next)\s+couple\s+of\s+days",
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
        # ("comptez une quinzaine de jours avant d'avoir un retour": the time to allow)
        rf"{FR_SPAN_LEAD}\s+(?:(?:la|une)\s+)?quinzaine"
        r"(?:\s+de\s+jours)?",
        lambda d: d + timedelta(days=14),
    ),
    (
        # "sous huitaine": within a week; "by this time next week", "a week from today"
        rf"{FR_SPAN_LEAD}\s+(?:(?:la|une)\s+)?huitaine"
        r"(?:\s+de\s+jours)?|"
        r"(?:by\s+)?(?:this|the\s+same)\s+time\s+next\s+week|(?:a|one)\s+week\s+(?:from\s+)?"
        r"(?:today|now)|(?:within|in|over|during)\s+the\s+(?:next|coming)\s+week(?:\s+or\s+so)?|"
        # "within a working week" is five working days: a week from today, as near as makes
        # no odds
        r"(?:within|in)\s+(?:a|one)\s+(?:working|business)\s+week",
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
        r"(?:the\s+)?end\s+of\s+(?:the|this)\s+year|year[-\s]end|jahresende|jahreswechsel|(?:the\s+)?turn\s+of\s+the\s+year|jaarwisseling|ende\s+(?:des|dieses)\s+"
        r"jahres|fin\s+(?:d'|de\s+l')ann[ée]e|fin(?:al)?(?:es)?\s+de(?:l)?\s+(?:este\s+)?año|"
        r"eind(?:e)?\s+van\s+(?:het|dit)\s+jaar|jaareinde",
        lambda d: date(d.year, 12, 31),
    ),
    (
        # "by the end of the next business day", "am nächsten Werktag", "le prochain jour
        # ouvré", "el siguiente día hábil", "de volgende werkdag": a Friday's is Monday
        r"(?:the\s+)?next\s+(?:business|working)\s+day|n(?:ä|ae)chsten\s+(?:Werk|Arbeits)tag|"
        r"prochain\s+jour\s+ouvr[ée]|jour\s+ouvr[ée]\s+suivant|"
        r"(?:pr[oó]ximo|siguiente)\s+d[ií]a\s+h[áa]bil|volgende\s+werkdag",
        lambda d: add_business_days(d, 1),
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
_WEEK_WORDS = ("week", "woche", "semaine", "semana", "wk")
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
    _MONTH_WORDS,
    _MONTH_WORDS,
    ("days",),
    ("fortnight",),
    _WEEKEND_WORDS,
    (*_WEEKEND_WORDS, "fin de semana"),
    ("quinzaine",),
    ("huitaine", "next", "coming", "today", "now", "working", "business"),
    ("after", "bernächst", "bernaechst"),
    ("two",),
    ("half", "anderthalb", "eineinhalb", "demie", "media", "anderhalve"),
    ("two",),
    ("year", "jahr", "année", "annee", "año", "jaar"),
    ("business", "working", "tag", "ouvr", "hábil", "habil", "werkdag"),
    ("day", "eod", "today", "tages", "journ", "dia", "día", "dag"),
]
# Letters the patterns' ignore-case takes for ASCII ones but ``str.lower`` does not make
# them ("ſ" for "s", "ı" and "İ" for "i"): a text with one is scanned without the test.
_OTHER_CASE = ("ſ", "ı", "İ")

_MONTH_PART = re.compile(
    r"(?<![\w])(?P<part>(?:the\s+)?(?:end|beginning|start|middle)\s+of|early|late|mid-?|"
    r"ende|anfang|mitte|fin(?:\s+de)?|d[ée]but|mi-|(?:a\s+)?(?:finales|principios|primeros|mediados)"
    r"\s+de|eind|begin|halverwege|half|midden|medio|"
    # a month's halves: "the first half of December", "in der ersten Hälfte des Dezembers",
    # "la première quinzaine de décembre", "la primera quincena de diciembre", "de eerste helft
    # van december"; the German compound "in der ersten Dezemberhälfte" below
    r"(?:the\s+)?(?:first|second|latter)\s+half\s+of|(?:erste|zweite)[nr]?\s+H(?:ä|ae)lfte\s+"
    r"(?:des|von)|(?:premi[èe]re|seconde|deuxi[èe]me)\s+quinzaine\s+(?:de|d')|"
    r"(?:primera|segunda)\s+quincena\s+de|(?:eerste|tweede)\s+helft\s+van|"
    r"(?P<half>erste|zweite)[nr]?)\s*(?P<mon>"
    + alternation(MONTHS)
    + r")(?(half)s?h(?:ä|ae)lfte|s?)"
    r"(?![\w])",
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
_LIMIT_BEFORE = re.compile(r"\b(?:by|before)\s+$", re.IGNORECASE)
_MIDDLE = ("middle", "mid", "mitte", "mi-", "mediados", "half", "medio", "midden", "halverwege")
# Which half: the first ends on the 15th, the second with the month.
_FIRST_HALF = ("first", "erste", "première", "premiere", "primera", "eerste")
_SECOND_HALF = (
    "second",
    "latter",
    "zweite",
    "seconde",
    "deuxième",
    "deuxieme",
    "segunda",
    "tweede",
)


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
    found += [
        PeriodMention(start, end, day)
        for start, end, day in scan_counts(text, lower, sent_day, every=every)
    ]
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


def _month_after_on(day: date, day_of_month: int) -> date:
    """That day of the month after ``day``'s."""
    year, month = _month_after(day)
    return date(year, month, day_of_month)


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
    if part.endswith(("start of", "beginning of")) and _LIMIT_BEFORE.search(
        match.string, max(0, match.start() - 8), match.start()
    ):
        return first  # "by the start of December" is a limit: its first day
    if any(word in part for word in _SECOND_HALF):
        return last_of_month(first.year, first.month)
    if any(word in part for word in _FIRST_HALF):
        return first.replace(day=15)
    if any(word in part for word in _EARLY):
        return first.replace(day=10)  # "early December": its first third
    if any(word in part for word in _MIDDLE):
        return first.replace(day=15)
    return last_of_month(first.year, first.month)
