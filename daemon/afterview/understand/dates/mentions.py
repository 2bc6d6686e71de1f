"""Calendar days written in text, resolved against the day a message was sent.

Finds "Tuesday 24 November", "November 24th, 2026", "24/11/2026", "12.11.", "2026-11-24",
"Thursday the 19th", "the 30th", "this Thursday", "volgende week dinsdag", "tomorrow",
"mañana" ... and turns each into a ``date``. Missing parts are filled from the sending
day: a day and month without a year is the nearest such date around it (a mail of
28 December speaking of "Tuesday 5 January" means next year), a bare weekday is the
next one after it.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol, TypeVar

from .lexicon import (
    EN_WEEKDAY_ABBR,
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
)


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=_Span)


@dataclass(frozen=True)
class DateMention:
    """One day mentioned in the text, at text[start:end].

    ``kind`` is "absolute" (day and month, maybe year), "dayonly" ("the 19th"),
    "weekday" ("on Monday") or "relative" ("tomorrow"). ``past`` marks "last Monday"
    and the like, which point before the sending day.
    """

    start: int
    end: int
    day: date
    kind: str
    past: bool = False


_MON = alternation(MONTHS)
_WD = alternation(WEEKDAYS)
_WD_ANY = alternation({**WEEKDAYS, **WEEKDAY_ABBREVIATIONS})
_EN_ABBR = EN_WEEKDAY_ABBR
_PREFIX = rf"(?:(?P<wd>{_WD_ANY})\.?,?\s+(?:(?:the|den|der|le|el|de)\s+)?)?"
_YEAR = r"(?:(?:,\s*|\s*-\s*|\s+de\s+|\s+)(?P<year>\d{4})(?!\d))?"
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|ème|e|º|°|\.)?"

_DAY_MONTH = re.compile(
    rf"(?<![\w./-]){_PREFIX}(?:the\s+)?(?P<day>[0-3]?\d){_DAY_SUFFIX}\s*(?:of\s+|de\s+|-\s*)?"
    rf"(?P<mon>{_MON})\.?(?![\w]){_YEAR}",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"(?<![\w]){_PREFIX}(?P<mon>{_MON})\.?\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"(?![\w]|[:.]\d){_YEAR}",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    rf"(?<![\w./-]){_PREFIX}(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)"
    r"(?P<c>\d{4}|\d{2})(?![\w]|[./-]\d)",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?<![\w./-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_DAY_DOT = re.compile(
    rf"(?<![\w./-]){_PREFIX}(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})\.(?![\d])", re.IGNORECASE
)
# A short "17.11" without its closing dot is a date only with its weekday, before it ("Di
# 17.11", "Tuesday, 17.11") or after it in brackets ("17.11 (Tuesday)"), and only when the
# weekday is right: alone it is as often a price, a version or a time.
_DAY_DOT_SHORT = re.compile(
    rf"(?<![\w./-])(?P<wd>{_WD_ANY})\.?,?\s+(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})(?![\d.]|[,:]\d)",
    re.IGNORECASE,
)
_DAY_DOT_SHORT_BRACKETED = re.compile(
    r"(?<![\w./-])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\s*[(\[]\s*"
    rf"(?P<wd>{_WD_ANY})\.?\s*[)\]]",
    re.IGNORECASE,
)
# "by 25/11", "on 23/11", "booked for 12/03", "Thursday, 12/03": a day and month with a
# slash, only after a word or a weekday that makes it a date (a bare "1/2" is more often a
# fraction).
_DAY_SLASH = re.compile(
    r"(?:\b(?:by|on|for|until|till|before|from|to|back|returning|am|bis|zum|le|au|el|del|al|op|"
    rf"tot|vanaf|ab|vor|avant|antes|hasta|uiterlijk|voor|through)|(?<![\w])(?P<wd>{_WD_ANY})\.?,?)"
    r"\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)
_DIGIT_SLASH = re.compile(r"\d/\d")
_WEEKDAY_DAY = re.compile(
    rf"(?<![\w])(?P<wd>{_WD}|{_EN_ABBR}),?\s+(?P<art>(?:the|den|le|el)\s+)?(?P<day>[0-3]?\d)"
    r"(?P<suf>st|nd|rd|th|\.)?(?![\w:]|\.\d|\s*(?:h\b|uhr|uur|[ap]\.?m\b))",
    re.IGNORECASE,
)
# "the 19th"; not "the 5th floor", "the 2nd round", "the 3rd time" (an ordinal of a thing).
_DAY_ONLY = re.compile(
    r"(?<![\w])(?:the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)|(?:am|zum|vom)\s+(?P<dday>[0-3]?\d)\.)"
    r"(?![\w]|\s*\d|\s+(?:floor|storey|story|level|round|stage|step|time|place|attempt|year|"
    r"edition|anniversary|century|candidate|interview|person|row|gate|door|Stock|Etage|Runde)s?\b)",
    re.IGNORECASE,
)
_NEXT_WEEK = (
    r"next\s+week|nächste\s+woche|naechste\s+woche|volgende\s+week|"
    r"la\s+semaine\s+prochaine|la\s+semana\s+que\s+viene|la\s+pr[oó]xima\s+semana"
)
_WEEKDAY = re.compile(
    rf"(?<![\w])(?:(?P<nw>{_NEXT_WEEK})\s+(?:on\s+)?|(?P<pre>this|next|coming|last|on|"
    r"diese[nm]?|nächste[nm]?|naechste[nm]?|kommende[nm]?|letzte[nm]?|vergangene[nm]?|am|"
    r"ce|el|este|pr[oó]ximo|deze|volgende|aanstaande|komende|afgelopen|vorige|op)\s+)?"
    rf"(?P<wd>{_WD}|{_EN_ABBR})(?P<poss>'s)?(?![\w])"
    r"(?:\s+(?P<post>next\s+week|of\s+next\s+week|the\s+following\s+week|prochain|dernier|"
    r"qui\s+vient|de\s+la\s+semaine\s+prochaine|de\s+la\s+semana\s+que\s+viene|"
    r"de\s+la\s+pr[oó]xima\s+semana|que\s+viene|pr[oó]ximo|pasado|"
    r"n(?:ä|ae)chster\s+woche|der\s+n(?:ä|ae)chsten\s+woche|kommender\s+woche|"
    r"van\s+volgende\s+week|volgende\s+week)(?![\w]))?",
    re.IGNORECASE,
)
_RELATIVE = re.compile(rf"(?<![\w'])(?P<rel>{alternation(RELATIVE_DAYS)})(?![\w'])", re.IGNORECASE)
# "Guten Morgen", "am Morgen", "por la mañana": the morning, not tomorrow.
_MORNING_BEFORE = re.compile(
    r"(?:guten|am|jeden|heute|gestern|den|einen|schönen|diesen|la|las|esta|por|de|del|cada)\s+$",
    re.IGNORECASE,
)

_NEXT_WEEK_PREFIXES = {"next"}
_THIS_PREFIXES = {"this", "diesen", "diesem", "ce", "este", "deze"}
_PAST_WORDS = {"last", "letzten", "letzte", "letztem", "vergangenen", "vergangene",
               "vergangenem", "afgelopen", "vorige", "dernier", "pasado"}  # fmt: skip


class _LastScans(threading.local):
    """The last few scans, one store per thread: the interview finder, the decision date and
    the taken-slot check read the same text of one message, each scan costing as much as all
    the rest of reading its days."""

    scans: list[tuple[tuple[str, date, bool], tuple[DateMention, ...]]]

    def __init__(self) -> None:
        self.scans = []


_LAST_SCANS = _LastScans()
_SCANS_KEPT = 4


def scan_dates(text: str, sent_day: date, *, month_first: bool = False) -> list[DateMention]:
    """Every day mentioned in ``text`` (already normalised), in text order, non-overlapping.

    ``month_first`` reads an ambiguous numeric date such as 04/11/2026 as April 11 (US
    style); unambiguous ones (24/11/2026, 12.11.2026) are read as written either way.
    """
    key = (text, sent_day, month_first)
    scans = _LAST_SCANS.scans
    for seen, mentions in scans:
        if seen == key:
            return list(mentions)
    found = _scan_dates(text, sent_day, month_first)
    scans.insert(0, (key, tuple(found)))
    del scans[_SCANS_KEPT:]
    return found


def _scan_dates(text: str, sent_day: date, month_first: bool) -> list[DateMention]:
    found: list[DateMention] = []
    readers = (
        (_DAY_MONTH, _day_month),
        (_MONTH_DAY, _day_month),
        (_NUMERIC, _numeric),
        (_ISO, _iso),
        (_DAY_DOT, _day_dot),
        (_DAY_SLASH, _day_slash),
        (_DAY_DOT_SHORT, _day_dot_short),
        (_DAY_DOT_SHORT_BRACKETED, _day_dot_short),
        (_WEEKDAY_DAY, _weekday_day),
        (_DAY_ONLY, _day_only),
        (_WEEKDAY, _weekday),
        (_RELATIVE, _relative),
    )
    slashed = _DIGIT_SLASH.search(text) is not None
    for pattern, reader in readers:
        if pattern is _DAY_SLASH and not slashed:
            continue  # its many lead words cost a scan of every text; most have no "12/03"
        for match in pattern.finditer(text):
            mention = reader(match, sent_day, month_first)
            if mention is None and reader is _day_dot_short:
                continue  # no date after all: the weekday stays a weekday
            # An impossible date ("31 February") still hides the weekday inside it.
            found.append(mention or DateMention(match.start(), match.end(), sent_day, "invalid"))
    kept = [m for m in keep_longest(found) if m.kind != "invalid"]
    return _with_weekday_in_brackets(text, _without_weekday_ranges(text, kept), sent_day)


_OPEN = re.compile(r"\s*[(\[]\s*")
_CLOSE = re.compile(r"\s*[)\]]")
_BRACKETED_DAY = re.compile(
    r"\s*[(\[]\s*(?:the\s+|le\s+|el\s+|den\s+|d[ií]a\s+|day\s+|jour\s+|dag\s+)?"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|º|\.)?\s*[)\]]",
    re.IGNORECASE,
)


def _with_weekday_in_brackets(
    text: str, mentions: list[DateMention], sent_day: date
) -> list[DateMention]:
    """A date and its weekday in brackets are one day: "3.12. (Thursday)", "02/12/2026
    (Wednesday)", "Thursday (3 December)", "next Thursday (3rd)". Left apart, the weekday
    alone would be read as the next such weekday and pair with the time written after it."""
    result: list[DateMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            second is not None
            and "weekday" in (first.kind, second.kind)
            and first.kind != second.kind
        ):
            gap, close = (
                _OPEN.fullmatch(text, first.end, second.start),
                _CLOSE.match(text, second.end),
            )
            if gap is not None and close is not None and not first.past and not second.past:
                dated = second if first.kind == "weekday" else first
                result.append(DateMention(first.start, close.end(), dated.day, dated.kind))
                index += 2
                continue
        if first.kind == "weekday" and not first.past:
            bracket = _BRACKETED_DAY.match(text, first.end)
            if bracket is not None:
                found = day_of_month_on_or_after(
                    int(bracket.group("day")), first.day.weekday(), sent_day
                )
                if found is not None:
                    result.append(DateMention(first.start, bracket.end(), found, "dayonly"))
                    index += 1
                    continue
        result.append(first)
        index += 1
    return result


_WEEKDAY_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|to|through|till|until|bis|au|a|à|al|t/m|tot(?:\s+en\s+met)?)\s*",
    re.IGNORECASE,
)


def _without_weekday_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Drop "Monday to Friday", "lundi au vendredi": opening hours, not days."""
    dropped: set[int] = set()
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        if (
            first.kind == second.kind == "weekday"
            and second.start - first.end <= 12
            and _WEEKDAY_RANGE_JOIN.fullmatch(text, first.end, second.start)
        ):
            dropped.update((index, index + 1))
    return [m for index, m in enumerate(mentions) if index not in dropped]


def keep_longest(found: list[SpanT]) -> list[SpanT]:
    """Non-overlapping spans, longest first, returned in text order: "el martes 24 de
    noviembre" beats "el martes"; among equals the earlier in ``found`` wins."""
    ordered = sorted(enumerate(found), key=lambda item: (item[1].start - item[1].end, item[0]))
    starts: list[int] = []
    kept: list[SpanT] = []
    for _, span in ordered:
        index = bisect.bisect_left(starts, span.start)
        if index > 0 and kept[index - 1].end > span.start:
            continue
        if index < len(kept) and kept[index].start < span.end:
            continue
        starts.insert(index, span.start)
        kept.insert(index, span)
    return kept


def _weekday_of(match: re.Match[str]) -> int | None:
    word = match.group("wd")
    if word is None:
        return None
    key = word.lower().rstrip(".")
    return WEEKDAYS.get(key, WEEKDAY_ABBREVIATIONS.get(key))


def _make(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2200:  # "until 31 December 9999": no plan, and +1 day overflows
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, weekday: int | None, sent_day: date) -> date | None:
    """The date with this month and day nearest the sending day, favouring the future.

    A date up to 60 days before the sending day stays in the past (a mail may recall an
    event); anything earlier rolls to the next year. A given weekday picks the year in
    which it is right, when one is.
    """
    options = [d for y in (-1, 0, 1) if (d := _make(sent_day.year + y, month, day))]
    if weekday is not None:
        options = [d for d in options if d.weekday() == weekday] or options
    if not options:
        return None
    window = sent_day - timedelta(days=60)
    return min(options, key=lambda d: (d < window, abs((d - sent_day).days)))


def _full_year(raw: str) -> int:
    year = int(raw)
    return 2000 + year if year < 100 else year


def _day_month(match: re.Match[str], sent_day: date, _: bool) -> DateMention | None:
    month = MONTHS[match.group("mon").lower().rstrip(".")]
    day = int(match.group("day"))
    if match.group("year"):
        found = _make(int(match.group("year")), month, day)
    else:
        found = nearest_year(month, day, _weekday_of(match), sent_day)
    return None if found is None else DateMention(match.start(), match.end(), found, "absolute")


# A numeric date with a year that reads as long past one way and as the coming weeks the
# other way is meant the second way, whatever the writer's usual order.
_LONG_PAST = timedelta(days=60)
_AHEAD = timedelta(days=120)


def _numeric(match: re.Match[str], sent: date, month_first: bool) -> DateMention | None:
    a, b = int(match.group("a")), int(match.group("b"))
    year = _full_year(match.group("c"))
    if match.group("sep") == "." or a > 12 or (b <= 12 and not month_first):
        day, month = a, b  # dots are always day.month (German, Dutch)
    else:
        day, month = b, a
    found = _make(year, month, day)
    other = _make(year, day, month) if match.group("sep") != "." and a <= 12 and b <= 12 else None
    if found and other and found < sent - _LONG_PAST and sent <= other <= sent + _AHEAD:
        found = other  # "03/12/2026" sent in November 2026: not last March, but 3 December
    return None if found is None else DateMention(match.start(), match.end(), found, "absolute")


def _iso(match: re.Match[str], _sent: date, _: bool) -> DateMention | None:
    found = _make(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    return None if found is None else DateMention(match.start(), match.end(), found, "absolute")


def _day_dot(match: re.Match[str], sent_day: date, _: bool) -> DateMention | None:
    day, month = int(match.group("a")), int(match.group("b"))
    if not 1 <= month <= 12:
        return None
    found = nearest_year(month, day, _weekday_of(match), sent_day)
    return None if found is None else DateMention(match.start(), match.end(), found, "absolute")


def _day_dot_short(match: re.Match[str], sent_day: date, _: bool) -> DateMention | None:
    """ "Di 17.11", "17.11 (Tuesday)": the date, when the weekday written with it is its own."""
    day, month, weekday = int(match.group("a")), int(match.group("b")), _weekday_of(match)
    if not 1 <= month <= 12 or weekday is None:
        return None
    found = nearest_year(month, day, None, sent_day)
    if found is None or found.weekday() != weekday:
        return None
    return DateMention(match.start(), match.end(), found, "absolute")


def _day_slash(match: re.Match[str], sent_day: date, month_first: bool) -> DateMention | None:
    """ "12/03" is 12 March in most of the world and December 3 in the US: a weekday written
    with it ("Thursday, 12/03") decides when only one reading falls on it within a year."""
    a, b = int(match.group("a")), int(match.group("b"))
    day, month = (b, a) if b > 12 or (month_first and a <= 12) else (a, b)
    weekday = _weekday_of(match)
    start = match.start("a") if weekday is None else match.start()
    if weekday is not None and a <= 12 and b <= 12 and a != b:
        readings = [nearest_year(m, d, None, sent_day) for d, m in ((day, month), (month, day))]
        fitting = [found for found in readings if found and found.weekday() == weekday]
        if len(fitting) == 1:
            return DateMention(start, match.end(), fitting[0], "absolute")
    if not 1 <= month <= 12:
        return None
    found = nearest_year(month, day, weekday, sent_day)
    return None if found is None else DateMention(start, match.end(), found, "absolute")


def day_of_month_on_or_after(day: int, weekday: int | None, sent_day: date) -> date | None:
    """The first date on/after the sending day that is the ``day``-th of its month (and,
    when given, that weekday; within a year, else the weekday is ignored)."""
    fallback = None
    year, month = sent_day.year, sent_day.month
    for _ in range(13):
        found = _make(year, month, day)
        if found is not None and found >= sent_day:
            if weekday is None or found.weekday() == weekday:
                return found
            fallback = fallback or found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return fallback


# Before a weekday: "el lunes 14", "le mardi 8", "am Montag 14", "op maandag 14", "on Monday
# 14", or a deadline's word ("antes del viernes 27", "by Friday 27", "vóór vrijdag 27"): with
# it, weekday and number are one date.
_ARTICLE_BEFORE = re.compile(
    r"\b(?:el|le|am|op|on|this|next|ce|este|deze|antes\s+del|by|before|until|till|bis|vor|"
    r"avant|voor|vóór|tot|uiterlijk|spätestens)\s+$",
    re.IGNORECASE,
)


# After a bare "Weekday N": a range of hours ("Tuesday 10-12"), not a day.
_HOURS_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")


def _weekday_day(match: re.Match[str], sent_day: date, _: bool) -> DateMention | None:
    before = match.string[max(0, match.start() - 12) : match.start()]
    day, weekday = int(match.group("day")), _weekday_of(match)
    found = day_of_month_on_or_after(day, weekday, sent_day)
    if found is None:
        return None
    if not (match.group("art") or match.group("suf") or _ARTICLE_BEFORE.search(before)):
        # "Friday 5" is too loose, unless the coming 5th is a Friday: "on part sur lundi 30
        # à 14h" sent on Friday 20 November is Monday 30 November
        if found != day_of_month_on_or_after(day, None, sent_day):
            return None
        if _HOURS_RANGE_AFTER.match(match.string, match.end()):
            return None
    return DateMention(match.start(), match.end(), found, "dayonly")


def _day_only(match: re.Match[str], sent_day: date, _: bool) -> DateMention | None:
    day = int(match.group("day") or match.group("dday"))
    found = day_of_month_on_or_after(day, None, sent_day)
    return None if found is None else DateMention(match.start(), match.end(), found, "dayonly")


def _weekday(match: re.Match[str], sent_day: date, _: bool) -> DateMention | None:
    weekday = _weekday_of(match)
    if weekday is None:
        return None
    pre = (match.group("pre") or "").lower()
    post = " ".join((match.group("post") or "").lower().split())
    if pre in _PAST_WORDS or post in _PAST_WORDS:
        back = (sent_day.weekday() - weekday) % 7 or 7
        return DateMention(match.start(), match.end(), sent_day - timedelta(back), "weekday", True)
    if match.group("nw") or pre in _NEXT_WEEK_PREFIXES or (post and post not in _UPCOMING_POST):
        found = monday_of(sent_day) + timedelta(days=7 + weekday)
    else:
        found = next_weekday(sent_day, weekday, same_day=pre in _THIS_PREFIXES)
    return DateMention(match.start(), match.end(), found, "weekday")


# In French and Spanish "jeudi prochain", "el jueves próximo" mean the coming Thursday.
_UPCOMING_POST = {"prochain", "qui vient", "que viene", "próximo", "proximo"}


def _relative(match: re.Match[str], sent_day: date, _: bool) -> DateMention | None:
    word = match.group("rel")
    lowered = " ".join(word.lower().split())
    if lowered in {"morgen", "mañana", "manana"}:
        before = match.string[max(0, match.start() - 12) : match.start()]
        if _MORNING_BEFORE.search(before):
            return None
        if word[0] == "M" and before.strip() and before.strip()[-1] not in ".!?:\n":
            return None  # "Morgen" mid-sentence is the German noun (morning)
    offset = RELATIVE_DAYS[lowered]
    return DateMention(match.start(), match.end(), sent_day + timedelta(offset), "relative")


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def next_weekday(day: date, weekday: int, *, same_day: bool = False) -> date:
    """The first such weekday after ``day`` (or on it, when ``same_day``)."""
    ahead = (weekday - day.weekday()) % 7
    if ahead == 0 and not same_day:
        ahead = 7
    return day + timedelta(days=ahead)
