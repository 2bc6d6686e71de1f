"""The ways a day is written, each with its reader: "Tuesday 24 November", "November
24th, 2026", "24/11/2026", "12.11.", "17.11 (Tuesday)", "2026-11-24", "Thursday the 19th",
"the 30th", "this Thursday", "volgende week dinsdag", "tomorrow", "mañana".

``read_days`` runs every pattern over a text and returns what each found, overlapping and
in pattern order; :mod:`.mentions` keeps the longest and joins a date with its weekday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .days import (
    DateMention,
    day_of_month_on_or_after,
    make_date,
    monday_of,
    nearest_year,
    next_weekday,
)
from .lexicon import (
    EN_WEEKDAY_ABBR,
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
)

_MON = alternation(MONTHS)
_WD = alternation(WEEKDAYS)
_WD_ANY = alternation({**WEEKDAYS, **WEEKDAY_ABBREVIATIONS})
_EN_ABBR = EN_WEEKDAY_ABBR
_PREFIX = rf"(?:(?P<wd>{_WD_ANY})\.?,?\s+(?:(?:the|den|der|le|el|de)\s+)?)?"
# A year after the day ("12 November 2026"), never a 24-hour clock ("12 November 1400 hrs")
_YEAR = r"(?:(?:,\s*|\s*-\s*|\s+de\s+|\s+)(?P<year>\d{4})(?!\d|\s*(?:hrs?|h)\b))?"
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
# slash, only after a word or a weekday that makes it a date, or before its hour ("Confirmed:
# 11/10 at 2pm") (a bare "1/2" is more often a fraction).
_DAY_SLASH = re.compile(
    r"(?:(?:\b(?:by|on|for|until|till|before|from|to|back|returning|am|bis|zum|le|au|el|del|al|"
    rf"op|tot|vanaf|ab|vor|avant|antes|hasta|uiterlijk|voor|through)|(?<![\w])(?P<wd>{_WD_ANY})"
    r"\.?,?)\s+|(?<![\w/.,:-])(?=\d{1,2}/\d{1,2}\s+(?:at|@|um|om|à|a\s+las)\s+\d))"
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)
# "uiterlijk 27-11", "by 27-11": with a dash only after a word that sets a limit ("from 9-11"
# and "op 9-11 uur" are hours), never before an hour's unit.
_DAY_DASH = re.compile(
    r"\b(?:by|before|until|till|uiterlijk|voor|vóór|tot|bis|vor|avant|antes\s+del?|hasta)"
    r"\s+(?P<a>\d{1,2})-(?P<b>\d{1,2})(?![\w/-]|[.,]\d|\s*(?:uur|u\b|h\b|am\b|pm\b|uhr\b))",
    re.IGNORECASE,
)
_DIGIT_DASH = re.compile(r"\d-\d")
_DIGIT_SLASH = re.compile(r"\d/\d")
_DIGIT_DOT = re.compile(r"\d\.\d")
# A phone's lower-case "sat 28th", "fri 4th": the English abbreviations that are words ("sat",
# "sun") count before a day with its ordinal.
_EN_ABBR_LOWER = r"(?-i:mon|wed|thu|fri|sat|sun)(?=\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)\b)"
_WEEKDAY_DAY = re.compile(
    rf"(?<![\w])(?P<wd>{_WD}|{_EN_ABBR}|{_EN_ABBR_LOWER}),?\s+(?P<art>(?:the|den|le|el)\s+)?(?P<day>[0-3]?\d)"
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
# A bare day of the month after a limit in French, Spanish and Dutch: "d'ici le 25", "avant le
# 25", "au plus tard le 25", "antes del 25", "para el 25", "a más tardar el 25", "voor de 25e",
# "uiterlijk de 25ste" (alone "le 25" is as often a number as a day).
_DAY_ONLY_LIMIT = re.compile(
    r"(?<![\w])(?:d'ici\s+le|avant\s+le|au\s+plus\s+tard\s+le|jusqu'au|antes\s+del|"
    r"para\s+el|hasta\s+el|a\s+m[áa]s\s+tardar\s+el|como\s+muy\s+tarde\s+el|"
    r"(?:voor|vóór|uiterlijk|tegen)\s+de)\s+(?P<day>[0-3]?\d)(?:er|e|ème|º|°|ste|de)?"
    r"(?![\w]|[.,:/-]\d|\s*(?:h\b|uur|u\b|heures?|horas?|[ap]\.?m\b|%|€|euros?|"
    r"(?:de\s+)?(?:jours?|d[ií]as|dagen|semaines?|semanas|weken|mois|mes(?:es)?|maanden)\b))",
    re.IGNORECASE,
)
# One of these, as written lower-case or opening a sentence, every match of _DAY_ONLY_LIMIT
# holds (most texts hold none; a test of each spares lower-casing the text).
_LIMIT_WORDS = tuple(
    form
    for word in (
        "d'ici le", "avant le", "tard le", "jusqu'au", "antes del", "para el", "hasta el",
        "tardar el", "tarde el", "voor de", "vóór de", "uiterlijk de", "tegen de",
    )
    for form in (word, word.capitalize(), word.upper())
)  # fmt: skip
_NEXT_WEEK = (
    r"next\s+week|nächste\s+woche|naechste\s+woche|volgende\s+week|"
    r"la\s+semaine\s+prochaine|la\s+semana\s+que\s+viene|la\s+pr[oó]xima\s+semana"
)
_WEEKDAY = re.compile(
    rf"(?<![\w])(?:(?P<nw>{_NEXT_WEEK})\s+(?:on\s+)?|(?P<wk>a\s+week\s+(?:on|from)\s+)|(?P<pre>this|next|coming|last|on|"
    r"diese[nm]?|nächste[nm]?|naechste[nm]?|kommende[nm]?|letzte[nm]?|vergangene[nm]?|am|"
    r"ce|el|este|pr[oó]ximo|deze|volgende|aanstaande|komende|afgelopen|vorige|op)\s+)?"
    rf"(?P<wd>{_WD}|{_EN_ABBR})(?P<poss>'s)?(?![\w])"
    r"(?:\s+(?P<post>next\s+week|of\s+next\s+week|the\s+following\s+week|prochain|dernier|"
    r"qui\s+vient|de\s+la\s+semaine\s+prochaine|de\s+la\s+semana\s+que\s+viene|"
    r"de\s+la\s+pr[oó]xima\s+semana|que\s+viene|pr[oó]ximo|pasado|"
    r"n(?:ä|ae)chster\s+woche|der\s+n(?:ä|ae)chsten\s+woche|kommender\s+woche|"
    r"van\s+volgende\s+week|volgende\s+week|week(?!\s*\d))(?![\w]))?",
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


def _weekday_of(match: re.Match[str]) -> int | None:
    word = match.groupdict().get("wd")
    if not word:
        return None
    key = word.lower().rstrip(".")
    return WEEKDAYS.get(key, WEEKDAY_ABBREVIATIONS.get(key))


def _full_year(raw: str) -> int:
    year = int(raw)
    return 2000 + year if year < 100 else year


def _day_month(match: re.Match[str], sent_day: date, _: bool) -> DateMention | None:
    month = MONTHS[match.group("mon").lower().rstrip(".")]
    day = int(match.group("day"))
    if match.group("year"):
        found = make_date(int(match.group("year")), month, day)
    else:
        found = nearest_year(month, day, _weekday_of(match), sent_day)
    return None if found is None else DateMention(match.start(), match.end(), found, "absolute")


# A numeric date with a year that reads as long past one way and as the coming weeks the
# other way is meant the second way, whatever the writer's usual order.
_LONG_PAST = timedelta(days=60)
_AHEAD = timedelta(days=120)


def _in_sight(found: date, sent: date) -> bool:
    """Whether ``found`` is a day a mail sent on ``sent`` plausibly names: the coming weeks."""
    return sent <= found <= sent + _AHEAD


def _swapped_is_better(found: date, other: date, sent: date, month_first: bool | None) -> bool:
    """Whether the other order of an ambiguous numeric date is the one meant: when the
    writer's order is read as long past while the other is the coming weeks; and, when the
    writer's order is unknown (``month_first`` None: English mail stamped in UTC with no sign
    of its country), when the day-first reading is out of sight ("by 12/4" in November: not
    next April but December 4, as an American writes it)."""
    if not _in_sight(other, sent):
        return False
    if found < sent - _LONG_PAST:
        return True
    return month_first is None and not found <= sent + _AHEAD


def _numeric(match: re.Match[str], sent: date, month_first: bool | None) -> DateMention | None:
    a, b = int(match.group("a")), int(match.group("b"))
    year = _full_year(match.group("c"))
    if match.group("sep") == "." or a > 12 or (b <= 12 and not month_first):
        day, month = a, b  # dots are always day.month (German, Dutch)
    else:
        day, month = b, a
    found = make_date(year, month, day)
    swappable = match.group("sep") != "." and a <= 12 and b <= 12
    other = make_date(year, day, month) if swappable else None
    if found and other and _swapped_is_better(found, other, sent, month_first):
        found = other  # "03/12/2026" sent in November 2026: not last March, but 3 December
    return None if found is None else DateMention(match.start(), match.end(), found, "absolute")


def _iso(match: re.Match[str], _sent: date, _: bool) -> DateMention | None:
    found = make_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
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


def _day_slash(
    match: re.Match[str], sent_day: date, month_first: bool | None
) -> DateMention | None:
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
    if found is not None and weekday is None and a != b and b <= 12:
        other = nearest_year(day, month, None, sent_day)
        if other is not None and _swapped_is_better(found, other, sent_day, month_first):
            found = other
    return None if found is None else DateMention(start, match.end(), found, "absolute")


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


def _day_only_limit(match: re.Match[str], sent_day: date, _: bool) -> DateMention | None:
    """ "d'ici le 25": the coming 25th, read from the day on (the limit word stays before it,
    for the reader of "before")."""
    found = day_of_month_on_or_after(int(match.group("day")), None, sent_day)
    if found is None:
        return None
    return DateMention(match.start("day"), match.end(), found, "dayonly")


def _weekday(match: re.Match[str], sent_day: date, _: bool) -> DateMention | None:
    weekday = _weekday_of(match)
    if weekday is None:
        return None
    pre = (match.group("pre") or "").lower()
    post = " ".join((match.group("post") or "").lower().split())
    if pre in _PAST_WORDS or post in _PAST_WORDS:
        back = (sent_day.weekday() - weekday) % 7 or 7
        return DateMention(match.start(), match.end(), sent_day - timedelta(back), "weekday", True)
    if match.group("wk") or post == "week":
        # "Tuesday week", "a week on Monday": a week after the coming one (British)
        found = next_weekday(sent_day, weekday) + timedelta(days=7)
    elif match.group("nw") or pre in _NEXT_WEEK_PREFIXES or (post and post not in _UPCOMING_POST):
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


_READERS = (
    (_DAY_MONTH, _day_month),
    (_MONTH_DAY, _day_month),
    (_NUMERIC, _numeric),
    (_ISO, _iso),
    (_DAY_DOT, _day_dot),
    (_DAY_SLASH, _day_slash),
    (_DAY_DASH, _day_slash),
    (_DAY_DOT_SHORT, _day_dot_short),
    (_DAY_DOT_SHORT_BRACKETED, _day_dot_short),
    (_WEEKDAY_DAY, _weekday_day),
    (_DAY_ONLY, _day_only),
    (_DAY_ONLY_LIMIT, _day_only_limit),
    (_WEEKDAY, _weekday),
    (_RELATIVE, _relative),
)


# The digits a pattern's every match holds ("12/03", "17.11", "24.11.", "24/11/26"): a text
# without them is not scanned with it.
_DIGIT_SHAPES = (
    (_DAY_SLASH, _DIGIT_SLASH),
    (_DAY_DASH, _DIGIT_DASH),
    (_DAY_DOT_SHORT, _DIGIT_DOT),
    (_DAY_DOT_SHORT_BRACKETED, _DIGIT_DOT),
    (_DAY_DOT, re.compile(r"\d\.\d{1,2}\.")),
    (_NUMERIC, re.compile(r"\d[./-]\d{1,2}[./-]\d\d")),
)


def read_days(text: str, sent_day: date, month_first: bool | None) -> list[DateMention]:
    """Every day each pattern finds in ``text``, overlapping, in pattern order; an impossible
    date ("31 February") is kept with the kind "invalid", as it still hides the weekday
    inside it."""
    found: list[DateMention] = []
    # Patterns led by many words (weekday names, lead words) cost a scan of every text at
    # every position; most texts hold none of the digits they need, which one cheap search
    # for that digit shape tells.
    # (by identity: a compiled pattern's hash reads its whole program, 10-30 µs here)
    skipped = {id(pattern) for pattern, shape in _DIGIT_SHAPES if shape.search(text) is None}
    if not any(word in text for word in _LIMIT_WORDS):
        skipped.add(id(_DAY_ONLY_LIMIT))
    for pattern, reader in _READERS:
        if id(pattern) in skipped:
            continue
        for match in pattern.finditer(text):
            mention = reader(match, sent_day, month_first)
            if mention is None and reader is _day_dot_short:
                continue  # no date after all: the weekday stays a weekday
            found.append(mention or DateMention(match.start(), match.end(), sent_day, "invalid"))
    return found
