"""Times of day said in words: "half nine", "quarter to ten", "ten o'clock", "halb zehn",
"Viertel nach neun", "dix heures et demie", "a las nueve y media", "om half tien",
"kwart over negen".

"Half" differs by language: British "half nine" is 9:30, while German "halb zehn" and
Dutch "half tien" are 9:30 too, counted towards the next hour. The number word tells the
language; with digits ("half 10") the Dutch reading needs a Dutch word around it ("om half
10", "half 10 uur"). A spoken hour alone ("ten", "zehn") is no time: it needs "o'clock",
"Uhr", "uur", "heures", "a las" or a half or quarter beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import alternation

_EN = str.split("one two three four five six seven eight nine ten eleven twelve")
_DE = str.split("eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf")
_FR = str.split("une deux trois quatre cinq six sept huit neuf dix onze douze")
_ES = str.split("una dos tres cuatro cinco seis siete ocho nueve diez once doce")
_NL = str.split("een twee drie vier vijf zes zeven acht negen tien elf twaalf")


def _numbers(words: list[str]) -> dict[str, int]:
    return {word: hour for hour, word in enumerate(words, start=1)}


_VALUES = {
    "en": _numbers(_EN),
    "de": {**_numbers(_DE), "ein": 1, "zwoelf": 12, "fuenf": 5},
    "fr": {**_numbers(_FR), "midi": 12},
    "es": _numbers(_ES),
    "nl": {**_numbers(_NL), "één": 1},
}


def _hour(language: str) -> str:
    return rf"(?P<n>{alternation(_VALUES[language])}|1[0-2]|0?[1-9])"


_DIGIT = r"1[0-2]|0?[1-9]"
_END = r"(?![\w:.,]\d|\w)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # English: "half nine", "half past nine", "quarter past/to ten", "ten o'clock"
    ("en_half", re.compile(rf"\bhalf\s+(?:past\s+)?{_hour('en')}{_END}", re.I)),
    (
        "en_quarter",
        re.compile(rf"\b(?:a\s+)?quarter\s+(?P<dir>past|to)\s+{_hour('en')}{_END}", re.I),
    ),
    ("en_oclock", re.compile(rf"\b{_hour('en')}\s+o['’]?\s?clock\b", re.I)),
    # "at ten thirty", "at eleven fifteen" ("ten thirty-minute slots" counts slots)
    (
        "en_at_minutes",
        re.compile(
            rf"\bat\s+{_hour('en')}\s+(?P<frac>fifteen|thirty|forty[\s-]five)(?![\w-])", re.I
        ),
    ),
    # German: "halb zehn", "Viertel nach/vor neun", "dreiviertel zehn", "zehn Uhr"
    ("de_half", re.compile(rf"\bhalb\s+{_hour('de')}{_END}", re.I)),
    ("de_quarter", re.compile(rf"\bviertel\s+(?P<dir>nach|vor)\s+{_hour('de')}{_END}", re.I)),
    ("de_three_quarters", re.compile(rf"\bdreiviertel\s+{_hour('de')}{_END}", re.I)),
    ("de_uhr", re.compile(rf"\b{_hour('de')}\s+uhr\b(?!\s*\d)", re.I)),
    # French: "dix heures (et demie | et quart | moins le quart)"
    (
        "fr_heures",
        re.compile(
            rf"\b{_hour('fr')}\s+heures?(?:\s+(?P<frac>et\s+demie|et\s+quart|moins\s+le\s+quart|"
            rf"moins\s+quart|trente|quinze))?\b",
            re.I,
        ),
    ),
    ("fr_midi", re.compile(r"\bmidi\s+(?P<frac>et\s+demie?|et\s+quart)\b", re.I)),
    # Spanish: "a las nueve (y media | y cuarto | menos cuarto)", "a la una"
    (
        "es_las",
        re.compile(
            rf"\ba\s+las?\s+{_hour('es')}(?:\s+(?P<frac>y\s+media|y\s+cuarto|menos\s+cuarto))?"
            rf"{_END}",
            re.I,
        ),
    ),
    # Dutch: "half tien", "kwart over/voor negen", "tien uur"
    ("nl_half", re.compile(rf"\bhalf\s+{_hour('nl')}{_END}", re.I)),
    ("nl_quarter", re.compile(rf"\bkwart\s+(?P<dir>over|voor)\s+{_hour('nl')}{_END}", re.I)),
    ("nl_uur", re.compile(rf"\b{_hour('nl')}\s+uur\b", re.I)),
]
_DUTCH_BEFORE = re.compile(r"\b(?:om|rond|tegen|vanaf|tot|tussen|en)\s*$", re.I)
_DUTCH_AFTER = re.compile(r"\s*(?:uur|'s\s+(?:ochtends|middags|avonds))\b", re.I)
_FRENCH_BEFORE = re.compile(r"\b(?:à|a|vers|dès|des|de|entre|et|jusqu'à)\s*$", re.I)
_FRENCH_OF = re.compile(r"\b(?:des|de)\s*$", re.I)
_FRENCH_UNTIL = re.compile(r"\s*(?:à|a|jusqu'à)\s", re.I)
# "half an hour", "half the team": "half" before a number word that is not an hour.
_NOT_AFTER = re.compile(r"\s*(?:hours?|minutes?|days?|weeks?|people|of|%)\b", re.I)


# Every pattern above holds one of these words.
_ANY_CUE = re.compile(
    r"\b(?:half|halb|quarter|viertel|dreiviertel|kwart|o['’]?\s?clock|uhr|uur|heures?|midi|"
    r"fifteen|thirty|forty[\s-]five|"
    r"a\s+las?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SpokenTime:
    start: int
    end: int
    hour: int  # 1-12 (no meridiem known)
    minute: int


def scan_spoken(text: str) -> Iterator[SpokenTime]:
    """Times of day said in words, in the order of the patterns above."""
    if not _ANY_CUE.search(text):
        return  # most mail says none: one pass instead of twelve
    for name, pattern in _PATTERNS:
        language = name[:2]
        for match in pattern.finditer(text):
            found = _read(name, language, match, text)
            if found is not None:
                yield found


def _read(name: str, language: str, match: re.Match[str], text: str) -> SpokenTime | None:
    word = match.group("n").lower()
    digits = word.isdigit()
    hour = int(word) if digits else _VALUES[language].get(word)
    if hour is None or _NOT_AFTER.match(text, match.end()):
        return None
    before = text[max(0, match.start() - 12) : match.start()]
    minute = 0
    if name == "en_half":
        dutch = digits and (_DUTCH_BEFORE.search(before) or _DUTCH_AFTER.match(text, match.end()))
        if dutch:
            hour, minute = hour - 1, 30
        else:
            minute = 30
    elif name in ("en_quarter", "de_quarter", "nl_quarter"):
        if match.group("dir").lower() in ("past", "nach", "over"):
            minute = 15
        else:
            hour, minute = hour - 1, 45
    elif name == "de_three_quarters":
        hour, minute = hour - 1, 45
    elif name in ("de_half", "nl_half"):
        if name == "nl_half" and digits:
            return None  # read with the English pattern, which knows the Dutch digits
        hour, minute = hour - 1, 30
    elif name in ("de_uhr", "nl_uur") and digits:
        return None  # "10 Uhr" is the digit scanner's
    elif name == "nl_uur" and not _DUTCH_BEFORE.search(before):
        return None  # "een uur" is an hour long; "om tien uur" is a time
    elif name == "fr_heures":
        if digits or not _FRENCH_BEFORE.search(before):
            return None  # "deux heures" alone is a length; "à dix heures" is a time
        if _FRENCH_OF.search(before) and not _FRENCH_UNTIL.match(text, match.end()):
            return None  # "un entretien de deux heures" is a length; "de dix heures à ..." a time
        hour, minute = _fraction(hour, match.group("frac"))
    elif name == "fr_midi":
        hour, minute = _fraction(12, match.group("frac"))
    elif name == "en_at_minutes":
        if digits:
            return None  # "at 10 thirty" is no way to write it; "at 10:30" is the scanner's
        minute = {"fifteen": 15, "thirty": 30}.get(match.group("frac").lower(), 45)
    elif name == "es_las":
        if digits and not match.group("frac"):
            return None  # "a las 10" is the digit scanner's
        hour, minute = _fraction(hour, match.group("frac"))
    if hour == 0:
        hour = 12
    return SpokenTime(match.start(), match.end(), hour, minute)


def _fraction(hour: int, fraction: str | None) -> tuple[int, int]:
    words = " ".join((fraction or "").lower().split())
    if words in ("et demie", "et demi", "y media", "trente"):
        return hour, 30
    if words in ("et quart", "y cuarto", "quinze"):
        return hour, 15
    if words.startswith("moins") or words == "menos cuarto":
        return hour - 1, 45
    return hour, 0
