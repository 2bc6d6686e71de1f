"""Where a paired time of day stands in the world: its zone and its end.

A mixin of :class:`.finder.Finder`: the zone written beside a time, on its line, shortly
before or just after it, the one zone of the whole mail, else a guess from the reader's
zone, the sender's offset or the mail's language; the end from a range, an "until" or a
length written near it.
"""

from __future__ import annotations

import bisect
import re
from datetime import datetime, time, timedelta, timezone, tzinfo
from functools import cached_property

from ..reading import detect_language
from .clock import ClockMention
from .days import DateMention
from .durations import DurationMention
from .markers import LENGTH_CUE, UNTIL_BEFORE, YOUR_TIME
from .text import line_end, line_start, sentence_bounds
from .writerplace import writer_place_zone
from .zones import ZoneMention, sender_zone, writer_zone, zone_right_after

LOOK_BACK = 300
_ZONE_AHEAD = 200  # a zone written in its own field under the time
_ONE_ZONE_LANGUAGES = frozenset({"de", "nl"})


class Placing:
    """The zone and end of a time paired with its day (the finder's indexes are its input)."""

    text: str
    signature: str
    sent: datetime
    default_tz: tzinfo | None
    _fallback: tzinfo | None
    zones: list[ZoneMention]
    zone_starts: list[int]
    clocks: list[ClockMention]
    clock_starts: list[int]
    durations: list[DurationMention]
    duration_starts: list[int]

    def time_and_zone(
        self, clock: ClockMention, first: int, last: int
    ) -> tuple[int, tzinfo, ZoneMention | None]:
        """The time of day and its zone. "4:30pm your time (7:30am here in SF)" is in the
        reader's zone: the same moment given with a named zone wins, else the default."""
        attached = zone_right_after(self.text, clock.end, self.sent)
        if attached is not None:
            return clock.minutes, attached.zone, attached
        yours = YOUR_TIME.match(self.text, clock.end)
        if yours is None:
            return clock.minutes, self.zone_near(first, last), None
        index = bisect.bisect_right(self.clock_starts, clock.start)
        if index < len(self.clocks) and self.clocks[index].start - yours.end() <= 30:
            other = self.clocks[index]
            named = zone_right_after(self.text, other.end, self.sent)
            if named is not None:
                return other.minutes, named.zone, None
        return clock.minutes, self.fallback_zone, None

    def zone_near(self, first: int, last: int) -> tzinfo:
        """A zone named on the same line, else the last one named shortly before, else one
        named just after in the same block with no other time between ("Wanneer: ... 10.00
        uur" over "Tijdzone: (GMT+01:00) Amsterdam"), else the one zone the whole text
        names; only then a guess."""
        begin, finish = line_start(self.text, first), line_end(self.text, last)
        index = bisect.bisect_left(self.zone_starts, begin)
        on_line = [z for z in self.zones[index : index + 3] if z.start < finish]
        if on_line:
            return _closest(on_line, first).zone
        index = bisect.bisect_left(self.zone_starts, first) - 1
        if index >= 0 and first - self.zones[index].end <= LOOK_BACK:
            return self.zones[index].zone
        index = bisect.bisect_left(self.zone_starts, last)
        if index < len(self.zones):
            after = self.zones[index]
            between = self.text[last : after.start]
            next_clock = bisect.bisect_left(self.clock_starts, last)
            if (
                after.start - last <= _ZONE_AHEAD
                and "\n\n" not in between
                and (next_clock >= len(self.clocks) or self.clocks[next_clock].start > after.start)
            ):
                return after.zone
        return self.only_zone or self.fallback_zone

    @cached_property
    def only_zone(self) -> tzinfo | None:
        """The zone of a whole mail ("All times are Pacific Time"): the one zone it names,
        not counting a zone written right after another time, which is that time's."""
        if not self.zones:
            return None
        naive = self.sent.replace(tzinfo=None)
        offsets = {zone.zone.utcoffset(naive) for zone in self.zones}
        if len(offsets) != 1 or any(self.follows_clock(zone) for zone in self.zones):
            return None
        return self.zones[0].zone

    def follows_clock(self, zone: ZoneMention) -> bool:
        index = bisect.bisect_left(self.clock_starts, zone.start) - 1
        if index < 0:
            return False
        return not self.text[self.clocks[index].end : zone.start].strip(" \t\n(")

    @property
    def fallback_zone(self) -> tzinfo:
        """The zone of a time the text gives no zone for: the reader's configured zone, or
        the zone of the sender's offset (kept across a change of the clocks); where that is
        only a server's UTC stamp, the zone of the writer's phone code or city, else of the
        mail's language (before the configured zone only for German and Dutch)."""
        if self._fallback is None:
            self._fallback = (
                self._zone_of_utc_stamp()
                if self.sent.utcoffset() == timedelta(0)
                else self._configured_zone() or sender_zone(self.sent, detect_language(self.text))
            )
        return self._fallback

    def _configured_zone(self) -> tzinfo | None:
        """The reader's own zone; not the fixed offset of the Date header, which the reading
        passes on when none is configured (the sender's zone then knows its clock changes)."""
        zone = self.default_tz
        if isinstance(zone, timezone) and zone.utcoffset(None) == self.sent.utcoffset():
            return None
        return zone

    def _zone_of_utc_stamp(self) -> tzinfo:
        # The writer's own phone code or city says more than a server's UTC stamp,
        # the reader's zone or the language: the interview is where the office is.
        place = writer_place_zone(f"{self.text}\n{self.signature}", self.sent)
        if place is not None:
            return place
        language = _written_language(self.text)
        local = writer_zone(language, self.sent)
        # German and Dutch are written in one zone (CET) nearly everywhere, so the
        # language beats the reader's own zone; French and Spanish span continents.
        first, second = (
            (local, self.default_tz)
            if language in _ONE_ZONE_LANGUAGES
            else (self.default_tz, local)
        )
        return first or second or sender_zone(self.sent)

    def end_for(
        self, clock: ClockMention, start: datetime, day: DateMention, zone: tzinfo
    ) -> datetime | None:
        if clock.end_minutes is not None:
            return _after(at(day, clock.end_minutes, zone), start)
        until = self.until_time(clock)
        if until is not None:
            end = _after(at(day, until, zone), start)
            if end is not None and end - start <= timedelta(hours=8):
                return end
        duration = self.duration_near(clock)
        return start + duration.length if duration else None

    def until_time(self, clock: ClockMention) -> int | None:
        """ "... at 2:30pm. The conversation will run until 3:30." """
        index = bisect.bisect_right(self.clock_starts, clock.start)
        if index >= len(self.clocks):
            return None
        later = self.clocks[index]
        if later.start - clock.end > 120 or "\n\n" in self.text[clock.end : later.start]:
            return None
        if not UNTIL_BEFORE.search(self.text, max(0, later.start - 12), later.start):
            return None
        return later.minutes

    def duration_near(self, clock: ClockMention) -> DurationMention | None:
        index = bisect.bisect_left(self.duration_starts, clock.end)
        options: list[tuple[int, DurationMention]] = []
        if index < len(self.durations):
            after = self.durations[index]
            if after.start - clock.end <= 200 and "\n\n" not in self.text[clock.end : after.start]:
                options.append((after.start - clock.end, after))
        if index > 0:
            before = self.durations[index - 1]
            gap = clock.start - before.end
            if 0 <= gap <= 150 and "\n\n" not in self.text[before.end : clock.start]:
                options.append((gap, before))
        if options:
            return min(options, key=lambda option: option[0])[1]
        return self.length_stated_later(clock)

    def length_stated_later(self, clock: ClockMention) -> DurationMention | None:
        """A length in a later paragraph, in a sentence that says it is the meeting's
        ("Planen Sie bitte etwa 90 Minuten ein"), with no other time of day between."""
        index = bisect.bisect_left(self.duration_starts, clock.end)
        next_clock = bisect.bisect_right(self.clock_starts, clock.start)
        limit = clock.end + 800
        if next_clock < len(self.clocks):
            limit = min(limit, self.clocks[next_clock].start)
        for duration in self.durations[index:]:
            if duration.start > limit:
                break
            begin, finish = sentence_bounds(self.text, duration.start, duration.end, reach=120)
            if LENGTH_CUE.search(self.text, begin, finish):
                return duration
        return None


_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_PARAGRAPH_WORDS = 12  # enough words for a paragraph's language to be read


def _written_language(text: str) -> str:
    """The mail's language; for a mail mostly in English, the one-zone language of a
    paragraph written beside it (a German or Dutch original over its "English version"):
    the writer sits where that language is spoken."""
    language = detect_language(text)
    if language != "en":
        return language
    for paragraph in _PARAGRAPH.split(text):
        if len(paragraph.split()) >= _PARAGRAPH_WORDS:
            own = detect_language(paragraph)
            if own in _ONE_ZONE_LANGUAGES:
                return own
    return language


def at(day: DateMention, minutes: int, zone: tzinfo) -> datetime:
    hour, minute = divmod(minutes, 60)
    return datetime.combine(day.day, time(hour % 24, minute), tzinfo=zone)


def _after(end: datetime, start: datetime) -> datetime | None:
    """An end on the start's day, or the next day for a span over midnight."""
    if end <= start:
        end += timedelta(days=1)
    return end if end - start <= timedelta(hours=12) else None


def _closest(zones: list[ZoneMention], position: int) -> ZoneMention:
    return min(zones, key=lambda zone: abs(zone.start - position))
