"""Calendar invitations (iCalendar, RFC 5545 / iTIP RFC 5546) turned into plain events.

Invitations are the most reliable statement of an interview's time, but they come from
many producers (Google Calendar, Outlook/Teams, Zoom, Apple, ATS tools) with their own
quirks: Windows zone names, vendor-prefixed TZIDs, floating times, all-day dates,
DURATION instead of DTEND, endless RRULEs. This module reads what it can, says what it
could not in a list of problems, and never raises: a broken attachment must not stop the
rest of a message from being understood.

Time zones are resolved here rather than by icalendar's global cache, so the result of
one call never depends on what an earlier call happened to parse.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from types import MappingProxyType
from typing import Any

import icalendar

from .model import Person
from .zonenames import offset_in_label, zone_from_tzid

__all__ = ["CalendarEvent", "parse_calendar", "span_of"]


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT, with aware times and plain strings.

    ``end`` is None when the invitation gives neither DTEND nor DURATION for a timed event
    (the caller decides what length to assume). ``all_day`` marks DATE values, whose start
    is midnight in the default zone. ``recurring`` marks an RRULE/RDATE: only the first
    instance (DTSTART) is described, the series is never expanded.
    """

    method: str | None
    uid: str | None
    sequence: int
    status: str | None
    summary: str
    description: str
    location: str
    start: datetime | None
    end: datetime | None
    organizer: Person | None
    attendees: tuple[Person, ...]
    partstat_of: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    # attendees copied for information or optional (ROLE=NON-/OPT-PARTICIPANT): an assistant
    # who keeps the diary, not someone the candidate is sure to meet
    optional: frozenset[str] = frozenset()
    all_day: bool = False
    recurring: bool = False


def parse_calendar(
    ics: bytes | str,
    *,
    default_tz: tzinfo,
    mime_method: str | None = None,
    max_events: int = 500,
    max_attendees: int = 200,
) -> tuple[list[CalendarEvent], list[str]]:
    """Read every VEVENT of an iCalendar text; return (events, problems).

    ``mime_method`` is the ``method=`` parameter of the text/calendar MIME part, used when
    the calendar itself has no METHOD. ``default_tz`` applies to floating times, all-day
    dates and zones that cannot be identified (each such guess is reported as a problem).
    """
    problems: list[str] = []
    try:
        text = _decode(ics)
        with warnings.catch_warnings():
            # icalendar warns when it guesses a vendor-prefixed TZID; we resolve zones
            # ourselves, and a daemon must not spray warnings on stderr.
            warnings.simplefilter("ignore")
            components = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # icalendar raises many types on garbage; none may escape
        return [], [f"cannot parse iCalendar: {_short(exc)}"]
    if not components:
        return [], ["no calendar component found"]

    events: list[CalendarEvent] = []
    skipped = 0
    mime = _upper(mime_method)
    for component in components:
        method = _calendar_method(component, mime, problems)
        zones = _vtimezones(component)
        for index, vevent in enumerate(_vevents(component), start=1):
            if len(events) >= max_events:
                skipped += 1
                continue
            reader = _EventReader(vevent, index, default_tz, zones, problems)
            try:
                events.append(reader.event(method, max_attendees))
            except Exception as exc:  # a malformed VEVENT costs only itself
                problems.append(f"event {index}: unreadable: {_short(exc)}")
    if skipped:
        problems.append(f"{skipped} events beyond the limit of {max_events} ignored")
    if not events and not problems:
        problems.append("no VEVENT in the calendar")
    return events, problems


def live_and_cancelled(
    events: Sequence[CalendarEvent],
) -> tuple[list[CalendarEvent], list[CalendarEvent]]:
    """The timed events still on, and those called off (METHOD:CANCEL or STATUS:CANCELLED)."""
    cancelled = [e for e in events if e.method == "CANCEL" or e.status == "CANCELLED"]
    live = [e for e in events if e not in cancelled and e.start is not None]
    return live, cancelled


def span_of(events: Iterable[CalendarEvent]) -> tuple[datetime, datetime] | None:
    """Earliest start to latest end of the timed events (a panel of several sessions).

    An event without an end counts as ending when it starts. None when no event has a start.
    """
    starts: list[datetime] = []
    ends: list[datetime] = []
    for event in events:
        if event.start is None:
            continue
        starts.append(event.start)
        ends.append(event.end or event.start)
    if not starts:
        return None
    return min(starts), max(ends)


_SPLIT_TZID = re.compile(r"(?P<rest>[^:\s]+):(?P<when>\d{8}T\d{6})")


class _EventReader:
    """Reads one VEVENT; every doubt becomes a line in ``problems``."""

    def __init__(
        self,
        vevent: Any,
        index: int,
        default_tz: tzinfo,
        zones: Mapping[str, Any],
        problems: list[str],
    ) -> None:
        self.vevent = vevent
        self.default_tz = default_tz
        self.zones = zones
        self.problems = problems
        uid = self.text("UID")
        self.uid = uid or None
        self.label = f"event {index}" + (f" ({uid[:60]})" if uid else "")

    def event(self, method: str | None, max_attendees: int) -> CalendarEvent:
        start, all_day = self.moment("DTSTART")
        if self.prop("DTSTART") is None:
            self.problem("no DTSTART")
        end = self.end_of(start, all_day)
        attendees, partstats, optional = self.attendees(max_attendees)
        return CalendarEvent(
            method=method,
            uid=self.uid,
            sequence=self.sequence(),
            status=_upper(self.text("STATUS")) or None,
            summary=self.text("SUMMARY"),
            description=self.text("DESCRIPTION"),
            location=self.text("LOCATION"),
            start=start,
            end=end,
            organizer=self.person(self.prop("ORGANIZER")),
            attendees=attendees,
            partstat_of=MappingProxyType(partstats),
            optional=optional,
            all_day=all_day,
            recurring=self.prop("RRULE") is not None or self.prop("RDATE") is not None,
        )

    def problem(self, message: str) -> None:
        self.problems.append(f"{self.label}: {message}")

    def prop(self, name: str) -> Any:
        """The first value of a property (a property may repeat)."""
        value = self.vevent.get(name)
        if isinstance(value, list):
            return value[0] if value else None
        return value

    def all_props(self, name: str) -> list[Any]:
        value = self.vevent.get(name)
        if value is None:
            return []
        return list(value) if isinstance(value, list) else [value]

    def text(self, name: str) -> str:
        value = self.prop(name)
        return "" if value is None else str(value).strip()

    def sequence(self) -> int:
        raw = self.text("SEQUENCE")
        if not raw:
            return 0
        try:
            return int(raw)
        except ValueError:
            self.problem(f"SEQUENCE {raw[:20]!r} is not a number; 0 assumed")
            return 0

    def moment(self, name: str) -> tuple[datetime | None, bool]:
        """An aware datetime for DTSTART/DTEND and whether it was an all-day DATE."""
        prop = self.prop(name)
        if prop is None:
            return None, False
        try:
            value = prop.dt
        except Exception as exc:
            mended = self.unquoted_tzid(prop, name)
            if mended is not None:
                return mended, False
            self.problem(f"{name} unreadable: {_short(exc)}")
            return None, False
        if isinstance(value, date) and not _PLAUSIBLE_YEARS[0] <= value.year <= _PLAUSIBLE_YEARS[1]:
            # year 1 or 9999: arithmetic on it overflows, and no interview is held then
            self.problem(f"{name} in the year {value.year} ignored")
            return None, False
        if isinstance(value, datetime):
            return self.aware(value, prop, name), False
        if isinstance(value, date):
            return datetime.combine(value, time(0), tzinfo=self.default_tz), True
        self.problem(f"{name} has an unexpected value type {type(value).__name__}")
        return None, False

    def unquoted_tzid(self, prop: Any, name: str) -> datetime | None:
        """ "DTSTART;TZID=tzone://Microsoft/Utc:20261110T100000": a TZID with a colon left
        unquoted splits at its colon, and the rest of the zone's name lands in the value."""
        params = getattr(prop, "params", {}) or {}
        match = _SPLIT_TZID.fullmatch(str(prop).strip())
        if match is None or not params.get("TZID"):
            return None
        try:
            value = datetime.strptime(match.group("when"), "%Y%m%dT%H%M%S")
        except ValueError:
            return None
        zone = self.zone(f"{params['TZID']}:{match.group('rest')}", name)
        return value.replace(tzinfo=zone)

    def aware(self, value: datetime, prop: Any, name: str) -> datetime:
        params = getattr(prop, "params", {}) or {}
        tzid = params.get("TZID")
        if tzid:
            zone = self.zone(str(tzid), name)
            return value.replace(tzinfo=zone)
        if value.tzinfo is not None and value.utcoffset() is not None:
            return value
        return value.replace(tzinfo=self.default_tz)  # floating time: the user's zone

    def zone(self, tzid: str, name: str) -> tzinfo:
        zone = zone_from_tzid(tzid)
        if zone is not None:
            return zone
        component = self.zones.get(tzid.strip().strip('"'))
        if component is not None:
            try:
                return component.to_tz(lookup_tzid=False)
            except Exception as exc:
                self.problem(f"VTIMEZONE {tzid[:60]!r} unusable: {_short(exc)}")
        fixed = offset_in_label(tzid)
        if fixed is not None:
            return fixed
        self.problem(f"{name}: unknown TZID {tzid[:60]!r}; the default time zone is used")
        return self.default_tz

    def end_of(self, start: datetime | None, all_day: bool) -> datetime | None:
        if start is None:
            return None
        end, _ = self.moment("DTEND")
        if end is None:
            end = self.after_duration(start)
        if end is None and all_day:
            end = start + timedelta(days=1)
        if end is not None and end < start:
            self.problem("ends before it starts; end ignored")
            return None
        return end

    def after_duration(self, start: datetime) -> datetime | None:
        prop = self.prop("DURATION")
        if prop is None:
            return None
        try:
            length = prop.dt
        except Exception as exc:
            self.problem(f"DURATION unreadable: {_short(exc)}")
            return None
        if not isinstance(length, timedelta):
            self.problem("DURATION is not a duration")
            return None
        if length < timedelta(0):
            self.problem("DURATION is negative; end ignored")
            return None
        return start + length

    def person(self, prop: Any) -> Person | None:
        if prop is None:
            return None
        email = _address(str(prop))
        if email is None:
            self.problem(f"address {str(prop)[:60]!r} is not an e-mail address")
            return None
        name = _clean_name(getattr(prop, "params", {}).get("CN"), email)
        return Person(name=name, email=email)

    def attendees(self, limit: int) -> tuple[tuple[Person, ...], dict[str, str], frozenset[str]]:
        people: dict[str, Person] = {}
        partstats: dict[str, str] = {}
        optional: set[str] = set()
        beyond = 0
        for prop in self.all_props("ATTENDEE"):
            cutype = _upper(getattr(prop, "params", {}).get("CUTYPE"))
            if cutype in ("ROOM", "RESOURCE", "GROUP"):
                continue  # a meeting room, a projector or a mailing list is nobody to thank
            person = self.person(prop)
            if person is None or person.email in people:
                continue
            if len(people) >= limit:
                beyond += 1
                continue
            people[person.email] = person
            partstat = _upper(getattr(prop, "params", {}).get("PARTSTAT"))
            if partstat:
                partstats[person.email] = partstat
            role = _upper(getattr(prop, "params", {}).get("ROLE"))
            if role and role.strip('"') in ("NON-PARTICIPANT", "OPT-PARTICIPANT"):
                optional.add(person.email)
            elif partstat and partstat.strip('"') == "DECLINED":
                optional.add(person.email)  # one who declined will not be there
        if beyond:
            self.problem(f"{beyond} attendees beyond the limit of {limit} ignored")
        return tuple(people.values()), partstats, frozenset(optional)


_FOLD = re.compile(rb"\r?\n[ \t]")
_PLAUSIBLE_YEARS = (1900, 2200)
_UNSAFE_ADDRESS = re.compile(r"[\x00-\x1f\x7f<>,;\"\\]|=\?")


def _decode(ics: bytes | str) -> str:
    if isinstance(ics, bytes):
        # Unfold before decoding: producers fold at 75 octets, sometimes inside a UTF-8
        # character ("Hru\xc5" CRLF SPACE "\xa1ka"). Invitations are UTF-8 (RFC 5545); a
        # stray legacy byte must not lose the event.
        ics = _FOLD.sub(b"", ics).decode("utf-8", errors="replace")
    return ics.lstrip("\ufeff")


def _calendar_method(component: Any, mime: str | None, problems: list[str]) -> str | None:
    own = _upper(str(component.get("METHOD", ""))) if component.name == "VCALENDAR" else None
    if own and mime and own != mime:
        problems.append(f"METHOD {own} in the calendar differs from the MIME method {mime}")
    return own or mime


def _vevents(component: Any) -> Iterator[Any]:
    if component.name == "VEVENT":
        yield component
        return
    yield from component.walk("VEVENT")


def _vtimezones(component: Any) -> dict[str, Any]:
    zones: dict[str, Any] = {}
    for vtimezone in component.walk("VTIMEZONE"):
        tzid = str(vtimezone.get("TZID", "")).strip().strip('"')
        if tzid:
            zones.setdefault(tzid, vtimezone)
    return zones


def _address(value: str) -> str | None:
    value = value.strip().strip('"<>').strip()
    if value[:7].lower() == "mailto:":
        value = value[7:].strip().strip("<>")
    if value.count("@") != 1 or " " in value or value.startswith("@") or value.endswith("@"):
        return None
    if _UNSAFE_ADDRESS.search(value):  # it is copied into draft headers and keys as it is
        return None
    return value.lower()


def _clean_name(raw: object, email: str) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, list | tuple):  # an unquoted "CN=Whitfield, Lorna" is read as a list
        raw = ", ".join(str(part).strip() for part in raw)
    name = " ".join(str(raw).strip().strip('"').split())
    if not name or name.lower() == email or name.lower() == f"mailto:{email}":
        return None
    return name


def _upper(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip().upper()
    return text or None


def _short(exc: Exception) -> str:
    line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return line[:160]
