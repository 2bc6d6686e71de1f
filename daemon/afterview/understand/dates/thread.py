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
from datetime import date, datetime, timedelta, tzinfo

from ..body.text import HEADER_FIELDS
from .clock import scan_clock
from .interview import TimeSpan, stated_times
from .mentions import scan_dates
from .order import month_first
from .text import normalise

_QUOTE_MARKS = re.compile(r"^[ \t>]+", re.MULTILINE)
# Header lines of a quoted or forwarded mail: their dates are when it was written. They come
# in a block ("From: / Sent: / To: / Subject:"); a lone "Date: Thursday, November 26" over
# "Time: 1:00 PM" is the quoted mail's own field, the meeting's day.
_HEADER = re.compile(rf"^\s*\*?{HEADER_FIELDS}\s*(?:\*\s*)?:.*$", re.IGNORECASE)
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


def thread_times(
    history: str, sent: datetime, *, default_tz: tzinfo | None = None
) -> list[TimeSpan]:
    """The times the quoted ``history`` states, its quote marks and the header blocks of its
    mails ("Sent: Monday, 9 November 2026 10:12") left out."""
    plain = _without_header_blocks(_QUOTE_MARKS.sub("", history[:_HISTORY_CHARS]))
    return stated_times(plain, sent, default_tz=default_tz)


def find_thread_time(
    new: str, history: str, sent: datetime, *, default_tz: tzinfo | None = None
) -> TimeSpan | None:
    """The one time of the quoted ``history`` that the reply ``new`` books, or None."""
    if not history.strip():
        return None
    stated = thread_times(history, sent, default_tz=default_tz)
    offered = _outside_ranges(_distinct([t for t in stated if not _WINDOW.search(t.evidence)]))
    if not offered:
        return None
    moved = _moved_same_time(new, offered, sent)
    if moved is not None:
        return moved
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


def _without_header_blocks(text: str) -> str:
    """``text`` without the header lines that stand in a block of two or more."""
    lines = text.split("\n")
    header = [bool(_HEADER.match(line)) for line in lines]
    kept = [
        line
        for i, line in enumerate(lines)
        if not (header[i] and ((i and header[i - 1]) or (i + 1 < len(lines) and header[i + 1])))
    ]
    return "\n".join(kept)


# A move to another day at the time already agreed: "move you to Monday the 30th, same time",
# "auf Montag verschoben, gleiche Uhrzeit", "lundi à la même heure", "el lunes a la misma
# hora", "maandag, zelfde tijd". The day must be named just before it.
_SAME_TIME = re.compile(
    r"\b(?:(?:at\s+)?the\s+same\s+time|same\s+(?:time|hour|slot)|(?:zur\s+)?(?:gleichen|"
    r"selben)\s+(?:Uhrzeit|Zeit)|gleiche\s+Uhrzeit|selbe\s+Uhrzeit|(?:à\s+la\s+)?même\s+"
    r"(?:heure|horaire)|(?:a\s+la\s+)?misma\s+hora|(?:op\s+)?(?:hetzelfde|zelfde|dezelfde)\s+"
    r"(?:tijd|tijdstip|uur))\b",
    re.IGNORECASE,
)
_SAME_TIME_REACH = 50  # characters between the new day and "same time"
_SENTENCE_END = re.compile(r"[.!?]\s")


def _moved_same_time(new: str, offered: list[TimeSpan], sent: datetime) -> TimeSpan | None:
    """The thread's one time of day moved to the day the reply names right before "same
    time"; None when the reply says no such thing or the thread has several times of day."""
    norm = normalise(new)
    clocks = {(t.start.hour, t.start.minute, t.start.utcoffset()) for t in offered}
    for match in _SAME_TIME.finditer(norm):
        before = norm[max(0, match.start() - _SAME_TIME_REACH) : match.start()]
        before = _SENTENCE_END.split(before)[-1]  # the day must be in the same sentence
        found = scan_dates(before, sent.date(), month_first=month_first(before, sent))
        days = [m for m in found if not m.past]
        if not days:
            continue
        if len(clocks) != 1:
            return None
        old = offered[0]
        day = days[-1].day
        if day == old.start.date():
            return None
        start = old.start + timedelta(days=(day - old.start.date()).days)  # same wall time
        end = old.end + (start - old.start) if old.end else None
        return TimeSpan(start, end, f"{old.evidence} moved to {day.isoformat()}", meeting=True)
    return None


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


def _outside_ranges(times: list[TimeSpan]) -> list[TimeSpan]:
    """Without the hours that fall inside another time's range: "12:00-12:45 ... Pau se
    incorporará hacia las 12:20" is one meeting that someone joins late, not two slots."""
    spans = [(t.start, t.end) for t in times if t.end is not None]
    return [t for t in times if not any(start < t.start < end for start, end in spans)]


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
