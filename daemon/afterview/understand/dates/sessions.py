"""What the times paired with their days come to (see :mod:`.finder`): in a mail saying a
meeting moved, the second of two times listed together is the new one; a time written
again without its zone takes its twin's; days offered in the same breath are alternatives
("Monday or Tuesday at 3pm"); back-to-back sessions on one day make one span.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from .days import DateMention
from .markers import AFTER_OLD, MOVED


@dataclass(frozen=True)
class Candidate:
    """A time of day paired with its day: scored, placed in its zone, at text[first:last]."""

    score: float
    day_mention: DateMention
    start: datetime
    end: datetime | None
    first: int
    last: int
    meeting: bool = False
    zoned: bool = False  # a zone is written right after the time ("3pm ET")


# Between two days offered as alternatives ("Monday or Tuesday", "9.11. oder 10.11."), and
# between a weekday and its date ("Montag, der 9.11.").
# Lower case: "3pm. Or Wednesday?" starts another sentence.
_OR_GAP = re.compile(
    r"[\s,;]*(?:or|oder|bzw\.?|beziehungsweise|ou|o|of)"
    r"(?:\s+(?:on|am|le|el|op|the|den|der|die))?\s*"
)
_SAME_DAY_GAP = re.compile(r"[\s,]*(?:(?:the|den|der|le|el|de)\s*)?", re.IGNORECASE)


def old_then_new(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """In a mail saying a meeting moved, of two times on different days listed right
    after one another ("Thursday, November 19 · 10-11 AM" over "Monday, November 23 ·
    1-2 PM", or "Thu 10:00 → Mon 13:00"), the second is the new one."""
    if len(candidates) < 2:
        return candidates
    moved = MOVED.search(text, 0, candidates[0].first)
    if moved is None:
        return candidates
    result = [candidates[0]]
    for before, after in itertools.pairwise(candidates):
        adjacent = (
            before.day_mention.day != after.day_mention.day
            and text.count("\n", before.last, after.first) <= 1
            and AFTER_OLD.fullmatch(text, before.last, after.first) is not None
        )
        result.append(replace(after, score=after.score + 1) if adjacent else after)
    return result


def zoned_like_twins(candidates: list[Candidate]) -> list[Candidate]:
    """A time written again on the same day at the same hour is the same time: one without
    its own zone takes the zone written beside its twin (a subject's "12:00pm Fri, Nov 20"
    under a body's "12:00pm (Central Time)"; a schedule's "10:00 - 10:45" under "10:00 AM
    ET (8:30 PM IST)"), not a zone guessed from nearby text or the sender's offset."""
    zones = {
        (c.day_mention.day, c.start.replace(tzinfo=None)): c.start.tzinfo
        for c in reversed(candidates)
        if c.zoned
    }
    if not zones:
        return candidates
    result = []
    for c in candidates:
        zone = None if c.zoned else zones.get((c.day_mention.day, c.start.replace(tzinfo=None)))
        if zone is not None and zone != c.start.tzinfo:
            end = c.end.replace(tzinfo=zone) if c.end else None
            c = replace(c, start=c.start.replace(tzinfo=zone), end=end)
        result.append(c)
    return result


def days_or_with(text: str, dates: list[DateMention], best: Candidate) -> set[date]:
    """Days offered as alternatives to the best one's in the same breath, sharing its
    time: "Montag, der 9.11., oder Dienstag, der 10.11., jeweils um 14 Uhr", "at 3pm on
    Tuesday or Wednesday"."""
    index = dates.index(best.day_mention)
    found: set[date] = set()
    for earlier, later in zip(reversed(dates[:index]), reversed(dates[: index + 1]), strict=False):
        gap = text[earlier.end : later.start]
        if _OR_GAP.fullmatch(gap):
            found.add(earlier.day)
        elif not (earlier.day == later.day and _SAME_DAY_GAP.fullmatch(gap)):
            break
    previous = best.day_mention
    for later in dates[index + 1 :]:
        gap = text[max(previous.end, best.last) : later.start]
        if later.start < best.last:
            continue
        if _OR_GAP.fullmatch(gap):
            found.add(later.day)
        elif not (later.day == previous.day and _SAME_DAY_GAP.fullmatch(gap)):
            break
        previous = later
    return found


def with_panel(best: Candidate, candidates: list[Candidate]) -> Candidate:
    """Extend the best over back-to-back sessions listed for the same day."""
    if best.end is None:
        return best
    same_day = sorted(
        (c for c in candidates if c.day_mention is best.day_mention and c.end is not None),
        key=lambda c: c.start,
    )
    start, end, first, last = best.start, best.end, best.first, best.last
    gap = timedelta(minutes=30)
    for other in same_day:  # forward from the best: the next session starts after it
        if other.end is not None and end <= other.start <= end + gap:
            end, last = other.end, max(last, other.last)
    for other in reversed(same_day):  # and backward
        if other.end is not None and start - gap <= other.end <= start:
            start, first = other.start, min(first, other.first)
    return Candidate(best.score, best.day_mention, start, end, first, last, best.meeting)
