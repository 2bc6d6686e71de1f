"""What a day mentioned in mail text is, and the calendar arithmetic its readers share.

A ``DateMention`` is one day found at text[start:end]; ``keep_longest`` keeps the longest of
overlapping finds. The rest fill in what the writer left out: the year nearest the sending
day ("Tuesday 5 January" written on 28 December is next year), the next date that is a
given day of the month ("the 19th"), the Monday of a week, the next such weekday.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol, TypeVar


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


def make_date(year: int, month: int, day: int) -> date | None:
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
    options = [d for y in (-1, 0, 1) if (d := make_date(sent_day.year + y, month, day))]
    if weekday is not None:
        options = [d for d in options if d.weekday() == weekday] or options
    if not options:
        return None
    window = sent_day - timedelta(days=60)
    return min(options, key=lambda d: (d < window, abs((d - sent_day).days)))


def day_of_month_on_or_after(day: int, weekday: int | None, sent_day: date) -> date | None:
    """The first date on/after the sending day that is the ``day``-th of its month (and,
    when given, that weekday; within a year, else the weekday is ignored)."""
    fallback = None
    year, month = sent_day.year, sent_day.month
    for _ in range(13):
        found = make_date(year, month, day)
        if found is not None and found >= sent_day:
            if weekday is None or found.weekday() == weekday:
                return found
            fallback = fallback or found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return fallback


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def next_weekday(day: date, weekday: int, *, same_day: bool = False) -> date:
    """The first such weekday after ``day`` (or on it, when ``same_day``)."""
    ahead = (weekday - day.weekday()) % 7
    if ahead == 0 and not same_day:
        ahead = 7
    return day + timedelta(days=ahead)
