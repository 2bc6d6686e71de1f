"""Times of day written in text.

"3pm", "3:00 PM", "15:00", "15h00", "15h", "14 Uhr", "15.00 uur", "14u00", "om 13u",
"a las 10", "noon", "@ 10a", "Tues 10th 0730";
ranges "2–3pm", "14:00-15:00", "from 10:00 to 10:45", "10-12 Uhr", "de 15h à 16h".
Lengths ("45 minutes", "une heure") are read in :mod:`.durations`.

A number alone is not a time: "15.00 EUR", "10-12 people", a phone number or a price
must not become an interview. Dotted times ("15.00") count only with "uur"/"Uhr"/"h",
after a word such as "at", "um", "om", "à", or in a "Time:" field; bare hours only with
am/pm, Uhr, uur, h, "a las" or a zone ("at 10 Atlantic"). Times without am/pm from 1:00 to
6:59 are read as afternoon: nobody is invited to an interview at 2:30 in the night.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..gates.patternparts import needs_digit
from .dayled import (
    DAY_BEFORE,
    DAY_LED,
    DAY_WORD,
    LATER_PART,
    MONTH_WORD,
    MOVED_FROM,
    WEEKDAY_BEFORE,
    led_by,
)
from .days import keep_longest
from .spoken import scan_spoken


@dataclass(frozen=True)
class ClockMention:
    """A time of day (maybe a range) at text[start:end]; minutes since midnight."""

    start: int
    end: int
    minutes: int
    end_minutes: int | None = None


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    hour: int
    minute: int
    meridiem: str | None  # "am" | "pm"
    clock24: bool  # "09:30", "15h", "14 Uhr": written on a 24-hour clock


_MERIDIEM = (
    r"(?P<mer>[ap]\.?\s?m\b\.?|de\s+la\s+(?:mañana|manana|tarde|noche)|du\s+(?:matin|soir)|"
    r"de\s+l'apr[eè]s-midi|'s\s+(?:ochtends|middags|avonds)|nachmittags|abends|vormittags|morgens)"
)
_MERIDIEM_AFTER = re.compile(
    rf"\s*(?:{_MERIDIEM}|in\s+the\s+(?P<part>morning|afternoon|evening))", re.IGNORECASE
)
_PM_WORDS = ("p", "tarde", "noche", "soir", "après", "apres", "middags", "avonds", "nachm", "abend")
_SUFFIX = r"(?P<suf>uhr|uur|heures?|h|u)(?![\w])"
_NO_DIGIT_BEFORE = r"(?<![\w.:/,+$€£])"
_COLON = re.compile(
    # "14 h 30": French Canada and French typography set the "h" apart; Flemish "14u30"
    rf"(?:(?<=\dT)|{_NO_DIGIT_BEFORE})(?P<h>[01]?\d|2[0-3])(?P<sep>[:.]|[ ]?[hH][ ]?|u)"
    r"(?P<m>[0-5]\d)"
    rf"(?::[0-5]\d)?(?![\d]|[.,]\d)(?:\s*{_MERIDIEM})?(?:\s*{_SUFFIX})?",
    re.IGNORECASE,
)
_HOUR_ONLY = re.compile(
    rf"{_NO_DIGIT_BEFORE}(?P<h>[01]?\d|2[0-3])(?:\s*{_MERIDIEM}|\s*{_SUFFIX})",
    re.IGNORECASE,
)
_A_LAS = re.compile(
    r"\b(?:a|desde|hasta|de)\s+la(?:s)?\s+(?P<h>[01]?\d|2[0-3])(?![\d:\w]|\.\d)", re.IGNORECASE
)
# Matched from the hour, then the day looked for right before it: a pattern led by the long
# day alternation would be tried at every position of the text.
_AT_HOUR = re.compile(
    r"(?:\b(?:at|um|om)|@)\s+(?P<h>1[0-2]|[1-9])"
    r"(?![\w:.,]\d|\s*(?:%|people|persons|candidates|years?|mins?|minutes?|hours?|days?|"
    r"weeks?|Uhr|uur|h\b|[ap]\.?m))",
    re.IGNORECASE,
)
# "Come in for 10", "come at 3 when lunch finishes", "pop in at 11", "see you at 2", "get
# here for 9", "komm einfach um 3 vorbei", "kom om 10 langs", "passe vers 10", "pásate sobre
# las 5": a bare hour after the words that tell the candidate when to come is a time, as
# owners of cafés, shops and small firms book a chat or a trial shift; its day is the one the
# text fixed before ("Saturday's perfect."). Counts and lengths after them are not ("come in
# for 10 minutes", "be here for 2 days", "come at 3 sites"), nor a street number ("at 10
# Market Street").
_COME_AT_HOUR = re.compile(
    r"(?:\b(?:(?:come|coming|pop|popping|drop|swing|stop|arrive|turn\s+up|show\s+up)"
    r"(?:\s+(?:in|by|over|round|around|down|along|up|here|there))?|(?:get|be)\s+(?:here|there|in)|"
    r"see\s+you|meet\s+(?:you|us)(?:\s+there|\s+here)?)\s+(?:at|for|around|about|from)\s+"
    r"(?P<h>1[0-2]|[1-9])|"
    r"\b(?:komm|kommen?|kommt|kom|komt|passe[zs]?|viens|venez|ven|vente|pásate|pasa|venga)"
    r"(?:\s+(?:einfach|gerne?|doch|mal|maar|gewoon|even|dan|donc|alors|tranquillement|"
    r"directement|por\s+aquí))?\s+(?:um|gegen|om|rond|vers|à|sobre\s+las|hacia\s+las)\s+"
    r"(?P<h2>1[0-2]|[1-9]))"
    r"(?!\d|[\w:.,]\d|\s*(?:%|people|persons|personen|personnes|candidates|years?|mins?|minutes?|"
    r"Minuten|minuten|hours?|Stunden?|heures?|horas?|days?|Tage|dagen|jours|días|weeks?|Uhr|uur|"
    r"h\b|[ap]\.?m)|\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?-i:[A-Z][a-z]+))",
    re.IGNORECASE,
)
# "Monday at 3 sites", "Friday at 2 branches": a plural noun after the number counts
# things (verbs such as "works", "suits", "sounds" do not).
_COUNTED = re.compile(
    r"\s+(?!(?:works|suits|sounds|fits|is|was|gives|makes|means|seems|does|thanks|langs)\b)"
    r"(?-i:[a-z]{3,}s)\b"
)
# "Saturday 10-2", "Sat from 10 till 2", "Thursday after 3": bare hours right after a day, as
# shops, cafés and trades write a shift or a drop-in time. Only a range or "after"/"from"
# makes them hours: "Thursday 12" alone is as often the 12th.
_DAY_HOURS = re.compile(
    r"(?:\b(?:from|after|ab|vanaf|na)\s+)?(?P<h>1[0-2]|[1-9])"
    r"(?P<range>\s*(?:-|–|to|till|until|tot|bis)\s*(?P<h2>1[0-2]|[1-9]))?"
    r"(?![\w:]|[./,]\d|\s*(?:[-–]\s*\d|%|people|persons|candidates|years?|mins?|minutes?|hours?|"
    rf"days?|weeks?|jobs?|Uhr|uur|h\b|[ap]\.?m|{MONTH_WORD}))",
    re.IGNORECASE,
)
# "Mon to Fri, 9-5", "Monday-Friday from 8 till 4": a span of days before the hours is
# opening hours, never a meeting.
_DAY_SPAN_BEFORE = re.compile(
    rf"{DAY_WORD}\.?\s*(?:-|–|to|through|till|until|bis|tot|t/m)\s*{DAY_WORD}\.?,?\s+$",
    re.IGNORECASE,
)
# "Let's say 11 on the Friday", "say 2 then?", "sagen wir 10, am Montag", "zeg maar 10 op
# vrijdag": a bare hour proposed with "say" is a time when a day, "then" or the sentence's end
# follows ("I'd say 3 or 4 of them", "say 10 people" are counts).
_SAY_HOUR = re.compile(
    r"\b(?:let'?s\s+say|lets\s+say|shall\s+we\s+say|say|sagen\s+wir|zeggen\s+we|laten\s+we\s+"
    r"zeggen|zeg\s+maar)\s+(?:at\s+|um\s+|om\s+)?(?P<h>1[0-2]|[1-9])(?=\s*(?:[.,!?;]|$)|\s+(?:on|"
    r"then|so|o'?clock|tomorrow|am|op|dann|morgen|(?:the\s+|next\s+|this\s+)?(?:mon|tues|wednes|"
    r"thurs|fri)day|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag)\b)",
    re.IGNORECASE,
)
# "at 10 Atlantic", "um 9 MEZ", "at 3 ET": a bare hour given with its zone is a time.
_ZONE_AHEAD = (
    r"(?=(?-i:(?:[ECMPA]|AK|H)[SD]?T|GMT|UTC|"
    r"CES?T|MES?Z|BST|WES?T|EES?T|AE[SD]T|NZ[SD]T|IST|JST|SGT)\b|(?:eastern|central|mountain|"
    # "at 10 Central Avenue" is an address: a region word before a capitalised word counts
    # only as "Central Time"
    r"pacific|atlantic)\b(?!\s+europ)"
    r"(?:(?=\s+(?:time|standard|daylight)\b)|(?!\s+(?-i:[A-Z]))))"
)
_HOUR_WITH_ZONE = re.compile(
    rf"\b(?:at|um|om|à|@)\s+(?P<h>[01]?\d|2[0-3])\s+{_ZONE_AHEAD}", re.IGNORECASE
)
# The four digits of a 24-hour clock without a colon ("0800 Mountain", "1430 hrs", "0930h"):
# a time only with "hrs"/"h" or a zone after it; "1430" alone may be a year or a number.
# From 1900 to 2059 the four digits read as a year too ("since 2015 EST"): those need "hrs".
_FOUR_DIGITS = re.compile(
    rf"{_NO_DIGIT_BEFORE}(?<![-#])(?:(?P<y>19|20)|(?P<h>0\d|1[0-8]|2[1-3]))(?P<m>[0-5]\d)"
    rf"(?:\s*(?:hrs?|h)\b\.?|(?(y)(?!)|\s+{_ZONE_AHEAD}))",
    re.IGNORECASE,
)
# Four digits after a day, "at" or a "Time:" field ("Tues 10th 0730", "Thurs 26th, 0800 at
# the yard", "Time: 0800-0900 (Eastern)"): a 24-hour clock as nurses, trades and the forces
# write it. Not 1900-2059 (a year after "November 26,"), not a street number ("at 1030 Main
# Street": a capitalised word follows, unless it is a zone).
_FOUR_DIGITS_AFTER = re.compile(
    rf"(?:\b(?:at|from)\s+|@\s*|\b(?:time|uhrzeit|zeit|hora|heure|tijd|start|begin)\s*:\s*|"
    rf"{DAY_LED})$",
    re.IGNORECASE,
)
_FOUR_DIGITS_PLACED = re.compile(
    r"(?<![\w.:/,+$€£-])(?P<h>0\d|1[0-8]|2[1-3])(?P<m>[0-5]\d)(?![\d.,:/]\d|\d)"
    r"(?:\s*(?:[-–—]|to|until|till)\s*(?P<h2>0\d|1\d|2[0-3])(?P<m2>[0-5]\d)(?!\d))?"
    rf"(?!\s+(?:(?!{_ZONE_AHEAD})(?-i:[A-Z][a-z])))",
    re.IGNORECASE,
)
# A text message's "@ 10a", "at 2:30p": am/pm cut to one letter, only after "@" or "at"
# ("room 10a", "step 3p" are no times).
_ONE_LETTER_MERIDIEM = re.compile(
    r"(?:@\s*|\bat\s+)(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?(?P<mer>[ap])(?!\w|\.\w)",
    re.IGNORECASE,
)
_NOON = re.compile(r"(?<![\w-])(?:12\s*)?(?:noon|midday|midi|mediod[ií]a)\b", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:(?:eur|euros?|usd|gbp|chf|sek|nok|dkk|kr|k|km|kg|dollars?|pounds?)\b|[$€£%])",
    re.IGNORECASE,
)
_TIME_WORD_BEFORE = re.compile(
    r"(?:\b(?:at|um|om|à|a|vers|gegen|ab|from|von|de|van|vanaf|until|till|to|bis|tot|"
    r"hasta|jusqu'à|desde|entre|and|und|et|y|en"
    # Spanish sets the article before the hour: "a las 17h", "desde las 9h", "a la 1h"
    r"|(?:a|de|desde|hasta|entre)\s+las?"
    # the Nordic clock word, also in English from there: "Thursday 26/11 kl. 13.30"
    r"|kl\.?|klokken|klockan|klo)|[-–—]"
    # a form's time field: "Time: 09.00 - 10.15", "Uhrzeit: 9.30", "Horaire : 14.00"
    r"|\b(?:time|uhrzeit|zeit|heure|horaire|hora|horario|tijd|tijdstip|aanvang|beginn|start)"
    r"\s*:)\s*$",
    re.IGNORECASE,
)
# A dotted time opening a range of dotted times, as a schedule's lines start: "8.45 - 9.15
# Welcome", "13.30-14.15 Gespräch" ("2.50 - 3.75" has no valid second time, "1.15 - 1.20" on
# a price list is no later hour, and prices take a currency).
_DOTTED_RANGE_AFTER = re.compile(r"\s*[-–—]\s*(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,])")
_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|to|till|until|through|bis|à|a|au|tot|hasta|al)\s*$",
    re.IGNORECASE,
)
_BARE_RANGE = re.compile(
    rf"{_NO_DIGIT_BEFORE}(?P<h1>[01]?\d|2[0-3])(?:[:.](?P<m1>[0-5]\d)|h(?P<hm1>[0-5]\d)?)?"
    r"\s*(?:-|–|—|to|bis|tot)\s*"
    rf"(?P<h2>[01]?\d|2[0-3])(?:[:.h](?P<m2>[0-5]\d))?\s*(?:{_MERIDIEM}|{_SUFFIX})",
    re.IGNORECASE,
)

_DIGIT = re.compile(r"\d")


def scan_clock(text: str) -> list[ClockMention]:
    """Times of day and ranges in ``text`` (already normalised), in text order."""
    digits = _DIGIT.search(text) is not None  # most patterns need one: spare their scans
    tokens = keep_longest(list(_tokens(text, digits)))
    matches = _found(_BARE_RANGE, text, digits)
    ranges = [m for m in (_bare_range(match) for match in matches) if m]
    mentions: list[ClockMention] = list(ranges)
    index = 0
    while index < len(tokens):
        first = tokens[index]
        second = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            second is not None
            and _RANGE_JOIN.fullmatch(text, first.end, second.start)
            and not led_by(MOVED_FROM, text, first.start)
        ):
            start, end = _pair(first, second)
            mentions.append(ClockMention(first.start, second.end, start, end))
            index += 2
            continue
        mentions.append(ClockMention(first.start, first.end, _minutes(first)))
        index += 1
    return keep_longest(mentions)


def _tokens(text: str, digits: bool) -> Iterator[_Token]:
    for match in _found(_COLON, text, digits):
        token = _colon_token(match, text)
        if token is not None:
            yield token
    for match in _found(_HOUR_ONLY, text, digits):
        suffix = (match.group("suf") or "").lower()
        needs_word = suffix in ("h", "u") or suffix.startswith("heure")
        window = text[max(0, match.start() - 12) : match.start()]
        if needs_word and not (
            _TIME_WORD_BEFORE.search(window) or led_by(WEEKDAY_BEFORE, text, match.start())
        ):
            continue  # "24h support", "15 heures de travail"; "à 15 heures" is a time
        yield _Token(match.start(), match.end(), int(match.group("h")), 0,
                     _meridiem(match.group("mer")), clock24=bool(suffix))  # fmt: skip
    for match in _found(_A_LAS, text, digits):
        yield _Token(match.start("h"), match.end(), int(match.group("h")), 0, None, False)
    for match in _found(_AT_HOUR, text, digits):
        if _COUNTED.match(text, match.end()) or not led_by(DAY_BEFORE, text, match.start()):
            continue
        later = LATER_PART.search(text, max(0, match.start() - 12), match.start())
        yield _Token(match.start("h"), match.end(), int(match.group("h")), 0,
                     "pm" if later else None, False)  # fmt: skip
    for match in _found(_COME_AT_HOUR, text, digits):
        if _COUNTED.match(text, match.end()):
            continue
        group = "h" if match.group("h") else "h2"
        yield _Token(match.start(group), match.end(), int(match.group(group)), 0, None, False)
    for match in _found(_DAY_HOURS, text, digits):
        opened = match.group(0)[:1].isalpha()  # "from 10", "after 3"
        if not (match.group("range") or opened) or not led_by(DAY_BEFORE, text, match.start()):
            continue
        if _COUNTED.match(text, match.end()) or led_by(_DAY_SPAN_BEFORE, text, match.start()):
            continue
        yield _Token(match.start("h"), match.end("h"), int(match.group("h")), 0, None, False)
        if match.group("h2"):
            yield _Token(match.start("h2"), match.end("h2"), int(match.group("h2")), 0, None, False)
    for match in _found(_SAY_HOUR, text, digits):
        yield _Token(match.start("h"), match.end("h"), int(match.group("h")), 0, None, False)
    for match in _found(_HOUR_WITH_ZONE, text, digits):
        yield _Token(match.start("h"), match.end("h"), int(match.group("h")), 0, None, False)
    for match in _found(_FOUR_DIGITS, text, digits):
        hour, minute = int(match.group("h") or match.group("y")), int(match.group("m"))
        yield _Token(match.start(), match.end("m"), hour, minute, None, clock24=True)
    for match in _found(_FOUR_DIGITS_PLACED, text, digits):
        if not led_by(_FOUR_DIGITS_AFTER, text, match.start()):
            continue
        yield _Token(match.start("h"), match.end("m"), int(match.group("h")),
                     int(match.group("m")), None, clock24=True)  # fmt: skip
        if match.group("h2"):
            yield _Token(match.start("h2"), match.end("m2"), int(match.group("h2")),
                         int(match.group("m2")), None, clock24=True)  # fmt: skip
    for match in _found(_ONE_LETTER_MERIDIEM, text, digits):
        yield _Token(match.start("h"), match.end(), int(match.group("h")),
                     int(match.group("m") or 0), _meridiem(match.group("mer")), False)  # fmt: skip
    for match in _found(_NOON, text, digits):
        yield _Token(match.start(), match.end(), 12, 0, None, True)
    for spoken in scan_spoken(text):
        meridiem = _MERIDIEM_AFTER.match(text, spoken.end)
        end = meridiem.end() if meridiem else spoken.end
        mer = None
        if meridiem:
            part = meridiem.group("part")
            mer = (
                _meridiem(meridiem.group("mer"))
                if not part
                else "am"
                if part == "morning"
                else "pm"
            )
        yield _Token(spoken.start, end, spoken.hour, spoken.minute, mer, clock24=False)


def _found(pattern: re.Pattern[str], text: str, digits: bool) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing when the text has no digit and the pattern needs
    one (``digits``: whether the text has one)."""
    if digits or not needs_digit(pattern):
        yield from pattern.finditer(text)


def _colon_token(match: re.Match[str], text: str) -> _Token | None:
    if _CURRENCY_AFTER.match(text, match.end()) and not match.group("suf"):
        return None
    before = text[max(0, match.start() - 2) : match.start()]
    if any(symbol in before for symbol in "$€£"):
        return None
    separator = match.group("sep")
    if separator == "." and not (match.group("suf") or match.group("mer")):
        window = text[max(0, match.start() - 12) : match.start()]
        if not (
            _TIME_WORD_BEFORE.search(window)
            or _DOTTED_RANGE_AFTER.match(text, match.end())
            # right after a day: "Thurs 10.30", "donderdag 10.30", "12 Nov, 10.30"; not
            # where it reads as a day and month ("vendredi, 20.11")
            or (
                not 1 <= int(match.group("m")) <= 12
                and (
                    led_by(DAY_BEFORE, text, match.start())
                    or led_by(WEEKDAY_BEFORE, text, match.start())
                )
            )
        ):
            return None  # "15.00" alone may be a price or a version
    hour_text = match.group("h")
    clock24 = (
        hour_text.startswith("0")
        or int(hour_text) > 12
        or separator.strip() in (".", "h", "H", "u")
        or bool(match.group("suf"))
    )
    return _Token(
        match.start(),
        match.end(),
        int(hour_text),
        int(match.group("m")),
        _meridiem(match.group("mer")),
        clock24,
    )


def _meridiem(raw: str | None) -> str | None:
    if not raw:
        return None
    lowered = raw.lower()
    return "pm" if any(word in lowered for word in _PM_WORDS) else "am"


def _apply(hour: int, meridiem: str | None) -> int:
    if meridiem == "pm" and hour < 12:
        return hour + 12
    if meridiem == "am" and hour == 12:
        return 0
    return hour


def _minutes(token: _Token, meridiem: str | None = None) -> int:
    chosen = token.meridiem or meridiem
    hour = _apply(token.hour, chosen)
    if chosen is None and not token.clock24 and 1 <= token.hour <= 6:
        hour += 12  # "at 2:30" in a mail about a meeting is the afternoon
    return hour * 60 + token.minute


def _pair(first: _Token, second: _Token) -> tuple[int, int]:
    """Start and end of "2-3pm", "11:30 - 12:15", "10am to 1pm"."""
    end = _minutes(second)
    start = _minutes(first, second.meridiem)
    if start > end and first.meridiem is None:
        start = _minutes(first)  # "11-12pm": 11 stays in the morning
    return start, end


def _bare_range(match: re.Match[str]) -> ClockMention | None:
    meridiem = _meridiem(match.group("mer"))
    h1, h2 = int(match.group("h1")), int(match.group("h2"))
    m1 = int(match.group("m1") or match.group("hm1") or 0)
    m2 = int(match.group("m2") or 0)
    end = _apply(h2, meridiem) * 60 + m2
    start = _apply(h1, meridiem) * 60 + m1
    if start > end:
        start = h1 * 60 + m1  # "11-12pm": 11 stays in the morning
    return ClockMention(match.start(), match.end(), start, end)
