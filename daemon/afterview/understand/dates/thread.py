"""The time a short confirmation takes from its thread.

"Tue at 3 works", "you're all booked in for the Thursday one", "see below, you're
confirmed!": a reply that books a meeting often names no full time itself; the time is in
the quoted mail it answers (the slots offered, the candidate's proposal, the employer's
confirmation a recruiter forwards). A careful reader takes the one time of the thread the
reply points at: the one on the day it names, at the hour it names; or, when the reply
names neither, the thread's only time. Several times left over point nowhere: none is
taken (a wrong time is worse than none).
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

from ..text import HEADER_FIELDS
from .clock import scan_clock
from .interview import TimeSpan, stated_times
from .mentions import scan_dates
from .order import month_first
from .text import normalise

_QUOTE_MARKS = re.compile(r"^[ \t>]+", re.MULTILINE)
# Header lines of a quoted or forwarded mail: their dates are when it was written.
_HEADER = re.compile(rf"^\s*\*?{HEADER_FIELDS}\s*\*?\s*:.*$", re.IGNORECASE | re.MULTILINE)
# A bare hour a quick reply writes without am/pm ("Tue at 3 works", "um 10 passt",
# "à 14 c'est parfait", "a las 4", "om 11"): only matched against the thread's times.
_BARE_HOUR = re.compile(
    r"\b(?:at|um|à|a\s+las|a\s+la|om)\s+(?P<hour>[0-2]?\d)(?:[:.h](?P<minute>[0-5]\d))?"
    r"(?![\d:]|\.\d|\s*(?:%|€|\$|people|personnes|personas|mensen|leute|minutes?|min))",
    re.IGNORECASE,
)
# A window, not a slot: "any time after 2pm", "ab 14 Uhr", "à partir de 14h", "antes de
# las 11", "vanaf 10 uur", "before 11".
_WINDOW = re.compile(
    r"\b(?:after|from|before|until|ab|nach|vor|bis|après|à\s+partir\s+de|avant|"
    r"a\s+partir\s+de|después\s+de|despues\s+de|desde|antes\s+de|hasta|vanaf|na|voor|tot)"
    r"(?:\s+(?:las?|la|el))?\s+\d",
    re.IGNORECASE,
)
_HISTORY_CHARS = 8000


def find_thread_time(
    new: str, history: str, sent: datetime, *, default_tz: tzinfo | None = None
) -> TimeSpan | None:
    """The one time of the quoted ``history`` that the reply ``new`` books, or None."""
    if not history.strip():
        return None
    plain = _HEADER.sub("", _QUOTE_MARKS.sub("", history[:_HISTORY_CHARS]))
    stated = stated_times(plain, sent, default_tz=default_tz)
    offered = _distinct([t for t in stated if not _WINDOW.search(t.evidence)])
    if not offered:
        return None
    kept = _pointed_at(new, offered, sent)
    if len(kept) > 1:  # days named for other things too: the first sentence that points
        for sentence in _SENTENCE.split(new):
            if any(_days_named(sentence, sent)) and not _DECLINES.search(sentence):
                kept = _pointed_at(sentence, offered, sent)
                break
    return kept[0] if len(kept) == 1 else None


# Sentences of a reply: "you're all booked in for the Thursday one" comes first, "I'll call
# you Weds to prep" or "he'll send the link today or Monday" names other days for other things.
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# A sentence that turns a day down: "Wednesday doesn't work", "Mittwoch geht leider nicht".
_DECLINES = re.compile(
    r"\b(?:not|won't|can't|cannot|unfortunately|nicht|leider|pas|malheureusement|no|"
    r"lamentablemente|niet|helaas)\b|n't\b",
    re.IGNORECASE,
)


def _pointed_at(new: str, offered: list[TimeSpan], sent: datetime) -> list[TimeSpan]:
    """The offered times on the days and at the hours ``new`` names (all, if it names none)."""
    days, weekdays = _days_named(new, sent)
    hours = _hours_named(new)
    return [
        t
        for t in offered
        if (not (days or weekdays) or t.start.date() in days or t.start.weekday() in weekdays)
        and (not hours or (t.start.hour % 12, t.start.minute) in hours)
    ]


def _distinct(times: list[TimeSpan]) -> list[TimeSpan]:
    """One of each instant, the first stated (a slot quoted twice is one slot)."""
    seen: dict[datetime, TimeSpan] = {}
    for t in times:
        seen.setdefault(t.start, t)
    return list(seen.values())


def _days_named(new: str, sent: datetime) -> tuple[set[date], set[int]]:
    """The dated days and the bare weekdays the reply names (none in the past)."""
    norm = normalise(new)
    days: set[date] = set()
    weekdays: set[int] = set()
    for m in scan_dates(norm, sent.date(), month_first=month_first(norm, sent)):
        if m.past:
            continue
        if m.kind == "weekday":
            weekdays.add(m.day.weekday())
        elif m.kind in ("absolute", "dayonly"):
            days.add(m.day)
    return days, weekdays


def _hours_named(new: str) -> set[tuple[int, int]]:
    """The times of day the reply names, on a twelve-hour dial (a bare "at 3" is 3:00 or
    15:00 alike)."""
    norm = normalise(new)
    hours = {(c.minutes // 60 % 12, c.minutes % 60) for c in scan_clock(norm)}
    for m in _BARE_HOUR.finditer(norm):
        hour = int(m.group("hour"))
        if hour <= 23:
            hours.add((hour % 12, int(m.group("minute") or 0)))
    return hours


__all__ = ["find_thread_time"]
