"""Spans counted from a day the mail names for something else, for decision.py:

- the next day: "the panel meets on Wednesday 25 November; I'll ring you the day after"
  ("the next/following day", "am Tag danach", "am nächsten Tag", "le lendemain", "al día
  siguiente", "de dag erna"); "the next working day" skips the weekend;
- a count later: "two days later", "a week after that", "eine Woche danach", "une semaine plus
  tard", "una semana después", "een week later";
- a count, a day or a week after a meeting: "one week after the interview", "by the end of the
  week after your onsite", "the day after the panel", "eine Woche nach dem Gespräch", "deux
  jours après l'entretien", "una semana después de la entrevista", "een week na het gesprek".

The first two count from the day named last before them (as backref.py's "the week after");
the third from the latest day the mail names in a sentence about a meeting (as anchoring.py's
"within five days of your interview"). Without such a day none gives a day: a promise counted
from an interview not yet fixed names no last day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from .anchoring import MEETING_WORDS, event_day, last_named_before, same_meeting
from .counts import VAGUE_COUNTS, add_business_days, after_count
from .days import DateMention, monday_of, next_weekday
from .lexicon import (
    BUSINESS_DAY_UNITS,
    DAY_UNITS,
    NUMBER_PATTERN,
    WEEK_UNITS,
    WEEKDAYS,
    alternation,
    number_value,
)

# "the next working day", "le jour ouvré suivant": a day of business after the one named
# "the next working day", "le jour ouvré suivant": the next day of business
_BUSINESS = re.compile(r"working|business|werk|arbeits|ouvr|h[áa]bil", re.IGNORECASE)
_COUNT = rf"(?P<n>{NUMBER_PATTERN})\s+(?P<unit>{BUSINESS_DAY_UNITS}|{DAY_UNITS}|{WEEK_UNITS})"
_NEXT_DAY = re.compile(
    r"(?<![\w'])(?:the\s+(?:next|following)\s+(?:(?:working|business)\s+)?day|"
    r"the\s+day\s+after(?!\s+(?:tomorrow|next)\b)|"
    r"am\s+(?:n(?:ä|ae)chsten|folgenden)\s+(?:Werk|Arbeits)?tag|am\s+Tag\s+(?:danach|darauf)|"
    r"am\s+Folgetag|tags\s+darauf|le\s+lendemain|le\s+jour\s+(?:ouvr[ée]\s+)?(?:suivant|"
    r"d'apr[èe]s)|(?:al|el)\s+d[ií]a\s+(?:h[áa]bil\s+)?(?:siguiente|posterior)(?:\s+h[áa]bil)?|"
    r"de\s+dag\s+(?:erna|daarna|daarop|nadien)|de\s+volgende\s+(?:werk)?dag)(?![\w'])",
    re.IGNORECASE,
)
# Each read from its tail (a word after the count, rarer than a count), with the count or the
# day just before it.
_LATER = re.compile(
    r"\s+(?:later|afterwards|after\s+(?:that|this|it)|thereafter|danach|darauf|sp(?:ä|ae)ter|"
    r"plus\s+tard|apr[èe]s(?=\s*[,.;]|\s+(?:nous|je|on)\b)|m[áa]s\s+tarde|despu[ée]s(?!\s+de)|"
    r"daarna|erna|nadien)(?![\w'])",
    re.IGNORECASE,
)
_COUNT_BEFORE = re.compile(rf"(?<![\w']){_COUNT}$", re.IGNORECASE)
_AFTER_A_MEETING = re.compile(
    r"\s+(?:after|following|nach|apr[èe]s|suivant|tras|despu[ée]s\s+de|(?:siguiente|posterior)\s+al?|"
    r"na)\s+"
    r"(?:(?:the|your|their|our|each|dem|der|Ihrem|Ihrer|deinem|deiner|l'|la|le|les|votre|"
    r"ton|el|tu|su|het|de|je|jouw|uw)\s*)?(?:[\w-]+\s+){0,2}?(?:" + MEETING_WORDS + r")\b",
    re.IGNORECASE,
)
_MEETING = re.compile(MEETING_WORDS, re.IGNORECASE)
_LEAD_BEFORE = re.compile(
    rf"(?<![\w'])(?:{_COUNT}|(?P<week>(?:(?:the\s+)?end\s+of\s+)?the\s+week|der\s+Woche|"
    r"la\s+semaine|la\s+semana|de\s+week)|(?P<day>the\s+day|(?:am|dem)\s+Tag|le\s+jour|"
    # "on the Monday after your onsite", "am Freitag nach dem Gespräch"
    rf"el\s+d[ií]a|de\s+dag)|(?:the|am|le|el|de)\s+(?P<wd>{alternation(WEEKDAYS)}))$",
    re.IGNORECASE,
)
# Words one of which every match of a pattern holds: most texts hold none, and are spared
# its scan; letters ``str.lower`` does not fold as the patterns do turn the gate off.
_NEXT_DAY_WORDS = (
    "next day",
    "following day",
    "day after",
    "working day",
    "business day",
    "am nächsten",
    "am naechsten",
    "am folgenden",
    "am tag",
    "folgetag",
    "tags darauf",
    "lendemain",
    "jour suivant",
    "jour d'apr",
    "jour ouvré suivant",
    "jour ouvre suivant",
    "día siguiente",
    "dia siguiente",
    "día posterior",
    "dia posterior",
    "día hábil",
    "dia habil",
    "dag erna",
    "dag daarna",
    "dag daarop",
    "dag nadien",
    "volgende dag",
    "volgende werkdag",
)
_LINK_WORDS = (
    "after", "following", "nach", "apr", "suivant", "tras", "despu", "siguiente a", "posterior a",
    " na ",
)  # fmt: skip
_LATER_WORDS = (
    "later", "after", "danach", "darauf", "später", "spaeter", "tard", "après", "apres",
    "después", "despues", "daarna", "erna", "nadien",
)  # fmt: skip
_OTHER_CASE = ("ſ", "ı", "İ", "\u212a")


def _count(token: str) -> int | None:
    """A count of days or weeks, not a vague one ("a few days later")."""
    if " ".join(token.lower().split()) in VAGUE_COUNTS:
        return None
    count = number_value(token)
    return count if count is not None and 0 < count <= 60 else None


def scan_event_spans(norm: str, named: Sequence[DateMention]) -> list[tuple[int, int, date]]:
    """Every such span in ``norm``: start, end and the last day it covers."""
    if not named:
        return []
    lower = norm.lower()
    every = any(char in norm for char in _OTHER_CASE)
    found: list[tuple[int, int, date]] = []
    linked = every or any(word in lower for word in _LINK_WORDS)
    for link in _AFTER_A_MEETING.finditer(norm) if linked else ():
        match = _LEAD_BEFORE.search(norm, max(0, link.start() - 40), link.start())
        if match is None:
            continue
        meeting = _MEETING.search(norm, link.start(), link.end())
        words = same_meeting(meeting.group()) if meeting else _MEETING
        anchor = event_day(norm, named, (match.start(), link.end()), words)
        if anchor is None:
            continue
        if match.group("wd"):
            day = next_weekday(anchor, WEEKDAYS[match.group("wd").lower()])
        elif match.group("week"):
            day = monday_of(anchor) + timedelta(days=11)  # the Friday of the week after
        elif match.group("day"):
            day = anchor + timedelta(days=1)
        else:
            count = _count(match.group("n"))
            if count is None:
                continue
            day = after_count(anchor, count, match.group("unit"))
        found.append((match.start(), link.end(), day))
    next_day = every or any(word in lower for word in _NEXT_DAY_WORDS)
    for match in _NEXT_DAY.finditer(norm) if next_day else ():
        anchor = last_named_before(named, match.start())
        if anchor is not None:
            business = _BUSINESS.search(match.group())
            day = add_business_days(anchor, 1) if business else anchor + timedelta(days=1)
            found.append((match.start(), match.end(), day))
    later = every or any(word in lower for word in _LATER_WORDS)
    for tail in _LATER.finditer(norm) if later else ():
        match = _COUNT_BEFORE.search(norm, max(0, tail.start() - 40), tail.start())
        if match is None:
            continue
        anchor = last_named_before(named, match.start())
        count = _count(match.group("n"))
        if anchor is not None and count is not None:
            day = after_count(anchor, count, match.group("unit"))
            found.append((match.start(), tail.end(), day))
    return found
