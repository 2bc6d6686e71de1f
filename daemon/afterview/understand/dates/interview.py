"""When is the interview? The date and time a message states, as an aware span.

Every time of day in the text is paired with the day written nearest to it, placed in
the zone written next to it (or the default zone, or the sender's offset), and scored:
times near interview words ("interview", "Gespräch", "entretien", "When:") win; a time
marked as the new one ("new time", "moved to", "neuer Termin") beats one marked old
("Was:", "instead of", "statt", "au lieu de"), which is dropped; deadlines for the
candidate ("reply by Friday 5pm"), quoted lines, reply headers and times already past
when the mail was sent are dropped. A day without a time of day is not an interview time.

Pairing a time with its day and scoring it is :mod:`.finder`; its zone and end, :mod:`.placing`.

Sessions of a panel listed one after another on the same day ("9:00-9:45 ...,
10:00-10:45 ...") become one span from the first start to the last end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from .finder import Finder
from .mentions import scan_dates
from .order import month_first
from .sessions import Candidate, days_or_with, with_panel
from .text import evidence, normalise, usable_sent


@dataclass(frozen=True)
class TimeSpan:
    """A stated interview time: ``start`` aware, ``end`` None when no length was given;
    ``evidence`` is the matched text, for `reasons`. ``meeting``: interview or meeting
    words stand near it; ``alternatives``: how many other days the text offers with a time
    (a choice, not one fixed time, when above zero)."""

    start: datetime
    end: datetime | None
    evidence: str
    meeting: bool = False
    alternatives: int = 0


def find_interview_time(
    text: str,
    sent: datetime,
    *,
    default_tz: tzinfo | None = None,
    history: str = "",
    signature: str = "",
) -> TimeSpan | None:
    """The interview's time stated in ``text``, resolved against ``sent`` (the Date header).

    ``history``: the quoted or forwarded thread. A bare weekday in a reply ("Thursday at 2
    works") is the date the thread gives that weekday ("Thursday Nov 26, 14:00"), when it
    gives one. ``signature``: the sender's signature, whose phone code or city tells the
    zone of a bare time when the Date header is a server's UTC stamp. Returns None when no
    day with a time of day is stated for it.
    """
    reference = usable_sent(sent)
    if reference is None:
        return None
    norm = normalise(text)
    finder = Finder(
        norm, reference, default_tz, _thread_days(history, reference), signature=signature
    )
    candidates = finder.candidates()
    if not candidates:
        return None
    best = _in_first_zone(
        with_panel(max(candidates, key=lambda c: (c.score, -c.first)), candidates), candidates
    )
    other_days = {c.start.date() for c in candidates if c.day_mention.day != best.day_mention.day}
    other_days |= days_or_with(finder.text, finder.dates, best) - {best.day_mention.day}
    return TimeSpan(
        best.start,
        best.end,
        evidence(text, best.first, best.last),
        meeting=best.meeting,
        alternatives=len(other_days),
    )


def _in_first_zone(best: Candidate, candidates: list[Candidate]) -> Candidate:
    """The best time shown in the zone written first for the same instant: "2pm Amsterdam
    time (1pm UK)" is 14:00+01:00, though the UK twin won (an end or a length beside it)."""
    twins = [c for c in candidates if c.start == best.start and c.last < best.last]
    if not twins:
        return best
    zone = min(twins, key=lambda c: c.last).start.tzinfo
    end = best.end.astimezone(zone) if best.end else None
    return replace(best, start=best.start.astimezone(zone), end=end)


def stated_times(text: str, sent: datetime, *, default_tz: tzinfo | None = None) -> list[TimeSpan]:
    """Every time of day with its day that ``text`` states as a possible meeting, in text
    order (the same pairing and exclusions as :func:`find_interview_time`, none chosen)."""
    reference = usable_sent(sent)
    if reference is None:
        return []
    norm = normalise(text)
    finder = Finder(norm, reference, default_tz)
    return [
        TimeSpan(c.start, c.end, evidence(text, c.first, c.last), meeting=c.meeting)
        for c in finder.candidates()
    ]


_QUOTE_MARKS = re.compile(r"^[ \t>]+", re.MULTILINE)
_THREAD_REACH = timedelta(days=28)


def _thread_days(history: str, sent: datetime) -> frozenset[date]:
    """The dated days (not bare weekdays) the quoted thread names in the four weeks ahead."""
    if not history.strip():
        return frozenset()
    plain = normalise(_QUOTE_MARKS.sub("", history[:8000]))
    today = sent.date()
    return frozenset(
        m.day
        for m in scan_dates(plain, today, month_first=month_first(plain, sent))
        if m.kind in ("absolute", "dayonly") and today <= m.day <= today + _THREAD_REACH
    )
