"""Calendar days written in text, resolved against the day a message was sent.

Finds "Tuesday 24 November", "November 24th, 2026", "24/11/2026", "12.11.", "2026-11-24",
"Thursday the 19th", "the 30th", "this Thursday", "volgende week dinsdag", "tomorrow",
"mañana" ... and turns each into a ``date``. Missing parts are filled from the sending
day: a day and month without a year is the nearest such date around it (a mail of
28 December speaking of "Tuesday 5 January" means next year), a bare weekday is the
next one after it.

The ways a day is written and their readers are :mod:`.daywords`; what a mention is and the
calendar arithmetic, :mod:`.days`. Here: the scan, a date joined with its weekday in
brackets, and weekday ranges ("Monday to Friday") dropped.
"""

from __future__ import annotations

import re
import threading
from datetime import date

from .days import DateMention, day_of_month_on_or_after, keep_longest
from .daywords import read_days

__all__ = ["DateMention", "scan_dates"]


class _LastScans(threading.local):
    """The last few scans, one store per thread: the interview finder, the decision date and
    the taken-slot check read the same text of one message, each scan costing as much as all
    the rest of reading its days."""

    scans: list[tuple[tuple[str, date, bool], tuple[DateMention, ...]]]

    def __init__(self) -> None:
        self.scans = []


_LAST_SCANS = _LastScans()
_SCANS_KEPT = 4


def scan_dates(text: str, sent_day: date, *, month_first: bool | None = False) -> list[DateMention]:
    """Every day mentioned in ``text`` (already normalised), in text order, non-overlapping.

    ``month_first`` reads an ambiguous numeric date such as 04/11/2026 as April 11 (US
    style); unambiguous ones (24/11/2026, 12.11.2026) are read as written either way. None
    (the order unknown) reads them day first unless only month first names the coming weeks.
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


def _scan_dates(text: str, sent_day: date, month_first: bool | None) -> list[DateMention]:
    kept = [m for m in keep_longest(read_days(text, sent_day, month_first)) if m.kind != "invalid"]
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
