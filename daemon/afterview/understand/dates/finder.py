"""Pairing each time of day in a text with its day: the candidates for the interview's time.

:class:`Finder` indexes a text's days, times, zones and lengths by position, pairs every
time with the day it belongs to and scores the pair (interview words near it, marked new or
old, a deadline or a declined time); :mod:`.placing` gives a paired time its zone and end,
:mod:`.headerlines` tells the lines of older mails whose times are never the interview's,
and :mod:`.sessions` what the paired times come to (a moved meeting's new time, alternatives,
back-to-back sessions).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

from .clock import ClockMention, scan_clock
from .dayled import MOVED_FROM
from .days import DateMention
from .durations import scan_durations
from .headerlines import quoted_or_header
from .markers import (
    ARRIVAL_BEFORE,
    CANCELLED_AFTER,
    CONDITION,
    DEADLINE_BEFORE,
    DECLINED_AFTER,
    FALLBACK,
    INTERVIEW_WORDS,
    MOVE_TARGET_BEFORE,
    NEW_MARKERS,
    OLD_HEADING,
    OLD_MARKERS,
    OLD_OBJECT_AFTER,
    OLD_OBJECT_BEFORE,
    UNTIL_BEFORE,
)
from .mentions import scan_dates
from .order import month_first
from .placing import LOOK_BACK, Placing, at
from .sessions import Candidate, old_then_new, zoned_like_twins
from .text import line_end, line_start, sentence_bounds
from .zones import scan_zones

# A day after a time that begins the next alternative: "Thursday after 2pm, or Friday 27th".
_OR_BEFORE = re.compile(r"(?:^|[\s,;])(?:or|oder|ou|o|of)\s", re.IGNORECASE)


# A time's closing point that also ends its sentence: "at 9:00 a.m. Please ...".
_ENDS_SENTENCE = re.compile(r"\.\s+[\"'(]?[A-Z]")
# A schedule lists a dozen times of day; a text with more than this is no schedule, and only
# this many of its times are paired with days and zones: those near interview words first.
MAX_CLOCKS = 100
_NEAR = 300  # characters around a time where interview words make it likelier


def _likeliest(text: str, clocks: list[ClockMention]) -> list[ClockMention]:
    """At most :data:`MAX_CLOCKS` of ``clocks``, in text order: first those with interview
    words within :data:`_NEAR` characters, then the earliest."""
    words = [m.start() for m in INTERVIEW_WORDS.finditer(text)]

    def near(clock: ClockMention) -> bool:
        index = bisect.bisect_left(words, clock.start - _NEAR)
        return index < len(words) and words[index] <= clock.end + _NEAR

    ranked = sorted(clocks, key=lambda clock: (not near(clock), clock.start))
    return sorted(ranked[:MAX_CLOCKS], key=lambda clock: clock.start)


class Finder(Placing):
    """Everything found in one text (days, times, zones, lengths), indexed by position so
    that pairing a time with its day and zone is a binary search, not a scan."""

    def __init__(
        self,
        text: str,
        sent: datetime,
        default_tz: tzinfo | None,
        thread_days: frozenset[date] = frozenset(),
        *,
        signature: str = "",
    ) -> None:
        self.text = text
        self.signature = signature
        self.thread_days = thread_days
        self.sent = sent
        self.default_tz = default_tz
        self._fallback: tzinfo | None = None
        clocks = scan_clock(text)
        if not clocks:  # no time of day, no interview time: spare the scan for days
            text = ""
        elif len(clocks) > MAX_CLOCKS:  # no schedule: pairing thousands would take seconds
            clocks = _likeliest(text, clocks)
        dates = scan_dates(text, sent.date(), month_first=month_first(text, sent))
        self.dates = [self.dated_by_thread(mention) for mention in dates]
        self.date_starts = [mention.start for mention in self.dates]
        self.zones = scan_zones(text, sent)
        self.zone_starts = [mention.start for mention in self.zones]
        self.clocks = [c for c in clocks if not self._inside_date(c)]
        self.clock_starts = [clock.start for clock in self.clocks]
        self.durations = scan_durations(text)
        self.duration_starts = [duration.start for duration in self.durations]

    def candidates(self) -> list[Candidate]:
        """Every time of day paired with its day that may be the interview's."""
        candidates = []
        previous: tuple[ClockMention, DateMention] | None = None
        for clock in self.clocks:
            day = self.day_for(clock)
            if day is None and previous is not None and self.listed_after(previous[0], clock):
                day = previous[1]  # the next line of a schedule under one date
            if day is None:
                continue
            previous = (clock, day)
            candidate = self.candidate(clock, day)
            if candidate is not None:
                candidates.append(candidate)
        return old_then_new(self.text, zoned_like_twins(candidates))

    def dated_by_thread(self, day: DateMention) -> DateMention:
        """A bare weekday dated by the one day of that weekday the thread names."""
        if day.kind != "weekday" or day.past or not self.thread_days:
            return day
        same = {d for d in self.thread_days if d.weekday() == day.day.weekday()}
        return replace(day, day=same.pop(), kind="absolute") if len(same) == 1 else day

    def _inside_date(self, clock: ClockMention) -> bool:
        index = bisect.bisect_right(self.date_starts, clock.start) - 1
        return index >= 0 and self.dates[index].end > clock.start

    def listed_after(self, earlier: ClockMention, clock: ClockMention) -> bool:
        near = clock.start - earlier.end <= 250
        return near and "\n\n" not in self.text[earlier.end : clock.start]

    def candidate(self, clock: ClockMention, day: DateMention) -> Candidate | None:
        if day.past:
            return None
        until = UNTIL_BEFORE.search(self.text, max(0, clock.start - 12), clock.start)
        if until and not self.after_old_hour(clock, day):
            return None  # "until 3:30" ends another time; "moved from 10 to 2" does not
        first, last = min(day.start, clock.start), max(day.end, clock.end)
        text = self.text
        line_from = line_start(text, first)
        if quoted_or_header(text, line_from, line_end(text, last)):
            return None
        before_from = max(line_from, first - 80)
        if self.marked(OLD_MARKERS, max(line_from - 1, first - 80, 0), first):
            return None
        if self.under_old_heading(line_from) or CANCELLED_AFTER.match(text, last):
            return None
        if self.moved_from(first, last) or self.old_hour(clock, day):
            return None
        if DEADLINE_BEFORE.search(text, max(0, first - 30), first):
            return None  # "reply by Friday 5pm", "by 5pm on Friday"
        if self.second_choice(first, last):
            return None  # "Wednesday 9 at 3pm won't work", "Thursday at 3 is my fallback"
        minutes, zone, attached = self.time_and_zone(clock, first, last)
        if attached is not None:
            last = max(last, attached.end)
        start = at(self.counted_in(day, zone), minutes, zone)
        if start < self.sent - timedelta(hours=1) or start > self.sent + timedelta(days=400):
            return None
        end = self.end_for(clock, start, day, zone)
        score = 0.0
        if self.marked(NEW_MARKERS, before_from, first):
            score += 3
        meeting = self.near_interview_words(clock, day, last)
        if meeting:
            score += 2
        if "\n" in text[min(day.end, clock.end) : max(day.start, clock.start)]:
            score -= 0.5  # a day on another line may belong to something else
        score += 1 if day.kind == "absolute" else 0
        if ARRIVAL_BEFORE.search(text, max(line_from, clock.start - 80), clock.start):
            score -= 2.5  # when to arrive: the meeting itself starts later
        score += 0.5 if attached else 0
        score += 0.5 if end is not None else 0
        return Candidate(score, day, start, end, first, last, meeting, attached is not None)

    def moved_from(self, first: int, last: int) -> bool:
        """The time is the one a meeting is moved or called off from: the object of a move
        verb before it, or (German, Dutch) of one that ends its clause after it."""
        text = self.text
        if OLD_OBJECT_BEFORE.search(text, max(0, first - 60), first):
            return True
        after = OLD_OBJECT_AFTER.match(text, last)
        return after is not None and not MOVE_TARGET_BEFORE.search(text, max(0, first - 8), first)

    def counted_in(self, day: DateMention, zone: tzinfo) -> DateMention:
        """ "tomorrow at 10am ET" stamped 02:30 UTC (21:30 the evening before in New York)
        counts from the sending day where the time is: a server's UTC stamp says nothing of
        the writer's day (a real offset does: "tomorrow at 10am CET" from New York at 21:30
        is the New York tomorrow)."""
        if day.kind != "relative" or self.sent.utcoffset():
            return day
        shift = self.sent.astimezone(zone).date() - self.sent.date()
        return replace(day, day=day.day + shift) if shift else day

    def old_hour(self, clock: ClockMention, day: DateMention) -> bool:
        """The hour after its day is the one a move leaves: "on Tuesday has moved from 10am
        to 2pm", "mardi, décalé de 10h à 14h" (the day itself stays)."""
        if clock.start < day.end:
            return False
        if MOVED_FROM.search(self.text, max(day.end, clock.start - 60), clock.start):
            return True
        markers = OLD_MARKERS.finditer(self.text, max(day.end, clock.start - 60), clock.start)
        return any(not self.text[m.end() : clock.start].strip() for m in markers)

    def after_old_hour(self, clock: ClockMention, day: DateMention) -> bool:
        """The time right after the hour a move leaves is the new one ("from 10am to 2pm")."""
        index = bisect.bisect_left(self.clock_starts, clock.start) - 1
        if index < 0 or clock.start - self.clocks[index].end > 12:
            return False
        return self.old_hour(self.clocks[index], day)

    def under_old_heading(self, line_from: int) -> bool:
        """The line above is a heading for the old time ("PREVIOUS SCHEDULE")."""
        if line_from == 0:
            return False
        above = line_start(self.text, line_from - 1)
        return OLD_HEADING.fullmatch(self.text, above, line_from - 1) is not None

    def second_choice(self, first: int, last: int) -> bool:
        """A time turned down after it, or named as the fallback, in its sentence."""
        begin, finish = sentence_bounds(self.text, first, last, reach=160)
        if _ENDS_SENTENCE.match(self.text, last - 1):
            finish = last  # "at 9:00 am. Please tell us if it does not suit": "am." ended it
        if FALLBACK.search(self.text, begin, finish):
            return True
        declined = DECLINED_AFTER.match(self.text, last, finish)
        return bool(declined) and not CONDITION.search(self.text, begin, first)

    def day_for(self, clock: ClockMention) -> DateMention | None:
        """The day a time belongs to: the nearest one written before it on its line, or
        right after it ("at 3pm on Tuesday"), or before it within a few lines."""
        text = self.text
        index = bisect.bisect_left(self.date_starts, clock.end)
        after = self.dates[index] if index < len(self.dates) else None
        before = self.dates[index - 1] if index > 0 else None
        if before is not None and before.end > clock.start:
            before = self.dates[index - 2] if index > 1 else None
        before_gap = clock.start - before.end if before else None
        after_gap = after.start - clock.end if after else None
        before_same_line = (
            before is not None
            and clock.start - before.end <= 60
            and "\n" not in text[before.end : clock.start]
        )
        after_ok = (
            after is not None
            and after_gap is not None
            and after_gap <= 30
            and not re.search(r"[\n.;!?]", text[clock.end : after.start])
            and not _OR_BEFORE.search(text, clock.end, after.start)
        )
        if before_same_line and before_gap is not None and before_gap <= 60:
            if after_ok and after_gap is not None and after_gap < before_gap:
                return after
            return before
        if after_ok:
            return after
        if before is not None and before_gap is not None and before_gap <= LOOK_BACK:
            return before
        if after is not None and after_gap is not None and after_gap <= 80:
            between = text[clock.end : after.start]
            if between.count("\n") <= 1 and not re.search(r"[.;!?]", between):
                return after  # "10:00am - 10:30am (GMT)\nMonday, November 16, 2026"
        return None

    def marked(self, markers: re.Pattern[str], start: int, end: int) -> bool:
        """Whether a marker stands before ``end`` with no other day between them."""
        found = max(markers.finditer(self.text, start, end), key=lambda m: m.start(), default=None)
        if found is None:
            return False
        index = bisect.bisect_left(self.date_starts, found.end())
        return not (index < len(self.dates) and self.dates[index].start < end)

    def near_interview_words(self, clock: ClockMention, day: DateMention, last: int) -> bool:
        """Interview words shortly before the time (or before its day, when that is in the
        same paragraph, or on the day's own line, a heading over the time) or shortly
        after, never across a blank line."""
        text = self.text
        if INTERVIEW_WORDS.search(text, _paragraph_back(text, clock.start), clock.start):
            return True
        gap = text[min(day.end, clock.end) : max(day.start, clock.start)]
        day_context = _paragraph_back(text, day.start)
        if (
            day.start < clock.start
            and "\n\n" not in gap
            and INTERVIEW_WORDS.search(text, day_context, day.start)
        ):
            return True
        if day.start < clock.start and INTERVIEW_WORDS.search(
            text, line_start(text, day.start), line_end(text, day.end)
        ):
            return True  # a heading naming the meeting and its day: "ONSITE - MONDAY, NOV 30"
        paragraph_end = text.find("\n\n", last, last + 200)
        finish = paragraph_end if paragraph_end >= 0 else min(len(text), last + 200)
        return bool(INTERVIEW_WORDS.search(text, last, finish))


def _paragraph_back(text: str, pos: int, reach: int = 200) -> int:
    """Where to start looking back from ``pos``: ``reach`` before it, or the blank line."""
    lower = max(0, pos - reach)
    blank = text.rfind("\n\n", lower, pos)
    return blank + 2 if blank >= 0 else lower
