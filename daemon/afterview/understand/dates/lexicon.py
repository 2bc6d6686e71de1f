"""Calendar words in English, German, French, Spanish and Dutch.

Only vocabulary lives here (no logic), so adding a language or a spelling is one edit.
Keys are lowercase; matching is case-insensitive unless a comment says otherwise.
Unaccented spellings are listed too, because plain-text mail often loses accents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {}
for _number, _words in enumerate(
    [
        "january jan januar jänner jaenner janvier janv enero ene januari",
        "february feb februar février fevrier févr fevr febrero februari",
        "march mar märz maerz marz mrz mars marzo maart mrt",
        "april apr avril avr abril abr",
        "may mai mayo mei",
        "june jun juni juin junio",
        "july jul juli juillet juil julio",
        "august aug août aout agosto ago augustus",
        "september sep sept septembre septiembre setiembre",
        "october oct oktober okt octobre octubre",
        "november nov novembre noviembre",
        "december dec dezember dez décembre decembre déc diciembre dic",
    ],
    start=1,
):
    for _word in _words.split():
        MONTHS[_word] = _number

# Full weekday names (safe to match on their own) ...
WEEKDAYS: dict[str, int] = {}
for _number, _words in enumerate(
    [
        "monday montag lundi lunes maandag",
        "tuesday dienstag mardi martes dinsdag",
        "wednesday mittwoch mercredi miércoles miercoles woensdag",
        "thursday donnerstag jeudi jueves donderdag",
        "friday freitag vendredi viernes vrijdag",
        "saturday samstag sonnabend samedi sábado sabado zaterdag",
        "sunday sonntag dimanche domingo zondag",
    ]
):
    for _word in _words.split():
        WEEKDAYS[_word] = _number

# ... and abbreviations, accepted only directly in front of a date ("Tue, 24 Nov") or,
# for the English ones, capitalised ("Thu at 3pm"): "sat", "sun", "do", "so" are words.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
    "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6,
    "lun": 0, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
    "mié": 2, "mie": 2, "jue": 3, "vie": 4, "sáb": 5, "dom": 6,
    "ma": 0, "wo": 2, "vr": 4, "za": 5, "zo": 6,
}  # fmt: skip

# English weekday abbreviations as a pattern: capitalised ("Thu at 3pm"), and the few that
# are no English word also in lower case, as quick notes write them ("tues noon", "thurs 2pm").
EN_WEEKDAY_ABBR = r"(?-i:Mon|Tues?|Wed|Weds|Thur?s?|Fri|Sat|Sun|tues|weds|thurs?)"

RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tomorrow": 1, "day after tomorrow": 2, "the day after tomorrow": 2,
    "tmrw": 1, "tmr": 1, "tmw": 1, "2moro": 1,  # quick notes from a phone
    "heute": 0, "morgen": 1, "übermorgen": 2, "uebermorgen": 2,
    "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "après-demain": 2, "apres-demain": 2,
    "hoy": 0, "mañana": 1, "manana": 1, "pasado mañana": 2, "pasado manana": 2,
    "vandaag": 0, "overmorgen": 2,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "a couple of": 2,
    "few": 3, "a few": 3,
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "zehn": 10,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10,
    "quelques": 3,
    "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "diez": 10,
    "unos": 3, "unas": 3, "algunos": 3,
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vijf": 5, "tien": 10, "paar": 3,
    "enkele": 3,
    # a fortnight as French and Spanish say it ("sous quinze jours", "en quince días"), and
    # the other counts a timeline names
    "quinze": 15, "quince": 15, "fifteen": 15, "fourteen": 14, "vierzehn": 14,
    "veertien": 14, "twelve": 12, "zwölf": 12, "douze": 12, "doce": 12, "twaalf": 12,
    "twenty": 20, "zwanzig": 20, "vingt": 20, "veinte": 20, "twintig": 20, "thirty": 30,
    "dreißig": 30, "trente": 30, "treinta": 30, "dertig": 30,
    "sept": 7, "huit": 8, "seis": 6, "siete": 7, "ocho": 8, "zes": 6, "zeven": 7,
}  # fmt: skip

# Words saying a span of time is meant: "within", "in the next" ...
# "within 10 calendar days", "10 Kalendertage", "10 días naturales", "10 kalenderdagen"
DAY_UNITS = r"(?:calendar\s+)?days?|(?:kalender)?tage?n?|jours?|d[ií]as|(?:kalender)?dagen|dag"
# ("wk", "wks" as text messages write them)
WEEK_UNITS = r"weeks?|wks?|wochen?|semaines?|semanas?|weken|week"
MONTH_UNITS = r"months?|monate?n?|mois|mes(?:es)?|maanden?"
BUSINESS_DAY_UNITS = (
    r"(?:business|working|work)\s+days?|werktagen?|arbeitstagen?|"
    r"jours?\s+ouvr(?:é|e|able)s?|d[ií]as\s+(?:h[aá]biles|laborables)|werkdagen"
)


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of the words, longest first (so "sept" beats "sep"), a space
    matching any run of white space.

    Written as a prefix tree ("se(?:pt(?:iembre|embre|ember)?|tiembre|p)"), not as a flat
    "september|septiembre|...|sep": searched ignoring case, a flat list is tried word by word
    at every position of a text, a tree fails on the first letter no word starts with (one
    look at a set of first letters, before the branches). Words found at one position are
    prefixes of one another, so trying the longer branch first at each fork tries them in the
    same order as the flat list, and every match is the same.
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    firsts = sorted({r"\s" if word[0] == " " else re.escape(word[0]) for word in ordered})
    return f"(?=[{''.join(firsts)}])" + _prefix_tree(ordered)


def _prefix_tree(words: list[str]) -> str:
    """The tree of ``words`` (longest first; "" is a word ending here) as a regex."""
    followers: dict[str, list[str]] = {}
    for word in words:
        if word:
            followers.setdefault(word[0], []).append(word[1:])
    branches = [
        (r"\s+" if head == " " else re.escape(head)) + _prefix_tree(rest)
        for head, rest in followers.items()
    ]
    ends_here = "" in words
    if len(branches) == 1 and not ends_here:
        return branches[0]
    if not branches:
        return ""
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")


def number_value(token: str) -> int | None:
    """The value of "2", "two", "zwei", "deux", "dos", "twee" ..., or None."""
    token = " ".join(token.lower().split())
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


NUMBER_PATTERN = r"\d{1,3}|" + alternation(NUMBER_WORDS)

# What opens a French span of days: "dans une quinzaine", "sous huitaine", "d'ici la
# quinzaine", "comptez une dizaine de jours", "prévoyez une quinzaine de jours"
FR_SPAN_LEAD = r"(?:dans|sous|d'ici|comptez|compter|pr[ée]voyez|pr[ée]voir)"
