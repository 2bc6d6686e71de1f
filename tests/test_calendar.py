"""Calendar invitations as the common producers write them, read into plain events.

Every fixture is written by hand in the style of its producer (field order, TZID style,
folding, CN quoting); none is a copy of real mail.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.understand.calendar import CalendarEvent, parse_calendar, span_of
from afterview.understand.model import Person

LONDON = ZoneInfo("Europe/London")


def ics(*lines: str, method: str | None = "REQUEST", prodid: str = "-//Test//EN") -> str:
    """A VCALENDAR around the given lines, CRLF-terminated as RFC 5545 wants."""
    head = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        head.append(f"METHOD:{method}")
    return "\r\n".join([*head, *lines, "END:VCALENDAR", ""])


def offset_hours(moment: datetime | None) -> float:
    assert moment is not None
    offset = moment.utcoffset()
    assert offset is not None
    return offset.total_seconds() / 3600


VTZ_NEW_YORK = [
    "BEGIN:VTIMEZONE",
    "TZID:America/New_York",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "DTSTART:19700308T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "DTSTART:19701101T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]

GOOGLE = ics(
    "CALSCALE:GREGORIAN",
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "X-LIC-LOCATION:Europe/London",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "DTSTART;TZID=Europe/London:20261124T150000",
    "DTEND;TZID=Europe/London:20261124T160000",
    "DTSTAMP:20261117T101500Z",
    "ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@heronfield.example",
    "UID:4v1b0kq9s3m2c7l5p8o6@google.com",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE",
    " ;CN=Priya Natarajan;X-NUM-GUESTS=0:mailto:priya.natarajan@heronfield.example",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=",
    " TRUE;CN=sam.okafor@heronfield.example;X-NUM-GUESTS=0:mailto:sam.okafor@heron",
    " field.example",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=",
    " TRUE;CN=Jo Candidate;X-NUM-GUESTS=0:mailto:jo@example.org",
    "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
    "CREATED:20261117T101500Z",
    "DESCRIPTION:Second-round interview for the Platform Engineer role.\\n\\nJoin",
    "  with Google Meet: https://meet.google.com/abc-defg-hij",
    "LAST-MODIFIED:20261117T101500Z",
    "LOCATION:",
    "SEQUENCE:0",
    "STATUS:CONFIRMED",
    "SUMMARY:Heronfield – Platform Engineer interview (Jo Candidate)",
    "TRANSP:OPAQUE",
    "END:VEVENT",
    prodid="-//Google Inc//Google Calendar 70.9054//EN",
)

OUTLOOK_TEAMS = ics(
    "BEGIN:VTIMEZONE",
    "TZID:Pacific Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0700",
    "TZOFFSETTO:-0800",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0800",
    "TZOFFSETTO:-0700",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    'ORGANIZER;CN="Whitlock, Dana":MAILTO:Dana.Whitlock@Cobaltreach.example',
    'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Iyer, Ro',
    ' han":MAILTO:Rohan.Iyer@Cobaltreach.example',
    "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jo@exampl",
    " e.org:MAILTO:jo@example.org",
    "DESCRIPTION;LANGUAGE=en-US:________________________________________________",
    " ________________\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile",
    "  app or room device\\nMeeting ID: 284 551 903 117\\n",
    "UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000",
    " 010000000DEADBEEF",
    "SUMMARY;LANGUAGE=en-US:Cobaltreach | Technical interview",
    "DTSTART;TZID=Pacific Standard Time:20261105T093000",
    "DTEND;TZID=Pacific Standard Time:20261105T103000",
    "CLASS:PUBLIC",
    "PRIORITY:5",
    "DTSTAMP:20261028T171200Z",
    "TRANSP:OPAQUE",
    "STATUS:CONFIRMED",
    "SEQUENCE:2",
    "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    "X-MICROSOFT-CDO-IMPORTANCE:1",
    "END:VEVENT",
    prodid="Microsoft Exchange Server 2010",
)

ZOOM_CANCEL = ics(
    *VTZ_NEW_YORK,
    "BEGIN:VEVENT",
    "ORGANIZER;CN=Marta Lindqvist:mailto:marta.lindqvist@brightwater.example",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Jo Candidate:mailto:",
    " jo@example.org",
    "UID:ZOOM7731900452@zoom.us",
    "DTSTART;TZID=America/New_York:20261103T110000",
    "DTEND;TZID=America/New_York:20261103T114500",
    "DTSTAMP:20261030T120000Z",
    "SEQUENCE:3",
    "STATUS:CANCELLED",
    "SUMMARY:Brightwater – Interview",
    "END:VEVENT",
    method="CANCEL",
    prodid="-//zoom.us//iCalendar Event//EN",
)

APPLE_FLOATING_AND_ALLDAY = ics(
    "BEGIN:VEVENT",
    "UID:9F3C2A1B-7E4D-4C5B-8A69-0D1E2F3A4B5C",
    "DTSTART:20261210T140000",
    "DTEND:20261210T150000",
    "SUMMARY:Coffee chat",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:1A2B3C4D-0000-4000-8000-ABCDEFABCDEF",
    "DTSTART;VALUE=DATE:20261211",
    "DTEND;VALUE=DATE:20261213",
    "SUMMARY:Onsite (two days)",
    "END:VEVENT",
    prodid="-//Apple Inc.//macOS 15.1//EN",
)

GREENHOUSE_UTC = ics(
    "BEGIN:VEVENT",
    "UID:interview-8837261-greenhouse",
    "DTSTAMP:20261101T090000Z",
    "DTSTART:20261109T170000Z",
    "DTEND:20261109T174500Z",
    "SUMMARY:Interview: Data Engineer at Lumen Quarry",
    "ORGANIZER;CN=Lumen Quarry Recruiting:mailto:no-reply@us.greenhouse-mail.example",
    "ATTENDEE;CN=Ines Carvalho;PARTSTAT=ACCEPTED:mailto:ines.carvalho@lumenquarry.example",
    "ATTENDEE;CN=Jo Candidate;PARTSTAT=NEEDS-ACTION:mailto:jo@example.org",
    "LOCATION:https://lumenquarry.zoom.example/j/4455",
    "END:VEVENT",
    method=None,
    prodid="-//Greenhouse//Interview Scheduler//EN",
)

LEVER_DURATION = ics(
    "BEGIN:VEVENT",
    "UID:lever-3f1e2d",
    "DTSTART;TZID=America/Chicago:20261117T133000",
    "DURATION:PT45M",
    "SUMMARY:Phone screen with Tobias Renner",
    "ORGANIZER;CN=Tobias Renner:mailto:tobias@quartzline.example",
    "END:VEVENT",
    prodid="-//Lever//Lever Scheduling//EN",
)

ICIMS_PANEL = ics(
    "BEGIN:VEVENT",
    "UID:icims-panel-1",
    "DTSTART;TZID=America/Denver:20261208T090000",
    "DTEND;TZID=America/Denver:20261208T094500",
    "SUMMARY:Panel 1 of 3",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:icims-panel-3",
    "DTSTART;TZID=America/Denver:20261208T110000",
    "DTEND;TZID=America/Denver:20261208T113000",
    "SUMMARY:Panel 3 of 3",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:icims-panel-2",
    "DTSTART;TZID=America/Denver:20261208T100000",
    "DTEND;TZID=America/Denver:20261208T104500",
    "SUMMARY:Panel 2 of 3",
    "END:VEVENT",
    prodid="-//iCIMS//Scheduling//EN",
)

WORKDAY_FLOATING = ics(
    "BEGIN:VEVENT",
    "UID:WD-55120-ABC",
    "DTSTART:20261119T103000",
    "DTEND:20261119T113000",
    "SUMMARY:Interview - Senior Accountant",
    "DESCRIPTION:Interview with Hannelore Brandt",
    "END:VEVENT",
    method="PUBLISH",
    prodid="-//Workday//Recruiting//EN",
)

CALENDLY_NO_METHOD = ics(
    "BEGIN:VEVENT",
    "UID:calendly-77aa@calendly.example",
    "DTSTART:20261012T140000Z",
    "DTEND:20261012T143000Z",
    "SUMMARY:30 Minute Meeting between Ola Berg and Jo Candidate",
    "ORGANIZER;CN=Ola Berg:mailto:ola@fjordlight.example",
    "END:VEVENT",
    method=None,
    prodid="-//Calendly//EN",
)


CALCOM_BYTES = (
    b"BEGIN:VCALENDAR\r\nPRODID:-//Cal.com Inc.//Cal.com Event//EN\r\nVERSION:2.0\r\n"
    b"METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    # folded inside the two bytes of "\xc5\xa1" (s with caron)
    b"ORGANIZER;CN=Tom\xc3\xa1\xc5\r\n \xa1 Novotn\xc3\xbd:mailto:tomas@brnolabs.example\r\n"
    b"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jo Candidate:mailto:jo@exa\r\n"
    b" mple.org\r\n"
    b"UID:6c1e9d0a-3f4b-4b8e-9a55-0c2d7e1f8a90\r\n"
    b"DTSTART:20261014T130000Z\r\nDTEND:20261014T134500Z\r\n"
    b"SUMMARY:Platform Engineer \xe2\x80\x93 first interview\r\n"
    b"LOCATION:https://app.cal.example/video/Xy12\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_calcom_bytes_folded_inside_a_character() -> None:
    events, problems = parse_calendar(CALCOM_BYTES, default_tz=LONDON)
    assert problems == []
    (event,) = events
    assert event.organizer == Person("Tomáš Novotný", "tomas@brnolabs.example")
    assert event.attendees == (Person("Jo Candidate", "jo@example.org"),)
    assert event.partstat_of == {"jo@example.org": "ACCEPTED"}
    assert event.summary == "Platform Engineer – first interview"
    assert event.start == datetime(2026, 10, 14, 13, 0, tzinfo=UTC)
    assert event.end == datetime(2026, 10, 14, 13, 45, tzinfo=UTC)


def only(text: str, mime_method: str | None = None) -> CalendarEvent:
    events, problems = parse_calendar(text, default_tz=LONDON, mime_method=mime_method)
    assert problems == []
    assert len(events) == 1
    return events[0]


def test_google_invitation() -> None:
    event = only(GOOGLE)
    assert event.method == "REQUEST"
    assert event.uid == "4v1b0kq9s3m2c7l5p8o6@google.com"
    assert event.start == datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    assert event.end == datetime(2026, 11, 24, 16, 0, tzinfo=UTC)
    assert event.status == "CONFIRMED"
    assert event.summary.startswith("Heronfield")
    assert "Join with Google Meet" in event.description
    assert event.organizer == Person("Priya Natarajan", "priya.natarajan@heronfield.example")
    emails = [person.email for person in event.attendees]
    assert emails == [
        "priya.natarajan@heronfield.example",
        "sam.okafor@heronfield.example",
        "jo@example.org",
    ]
    # a CN that only repeats the address is no name
    assert event.attendees[1].name is None
    assert event.partstat_of["priya.natarajan@heronfield.example"] == "ACCEPTED"
    assert event.partstat_of["jo@example.org"] == "NEEDS-ACTION"


def test_outlook_windows_zone_names_and_quoted_cn() -> None:
    event = only(OUTLOOK_TEAMS)
    # 5 Nov 2026 is after the US switch on 1 Nov: Pacific standard time, -08:00
    assert event.start == datetime(2026, 11, 5, 17, 30, tzinfo=UTC)
    assert offset_hours(event.start) == -8
    assert event.sequence == 2
    assert event.summary == "Cobaltreach | Technical interview"
    assert event.organizer == Person("Whitlock, Dana", "dana.whitlock@cobaltreach.example")
    assert event.attendees[0] == Person("Iyer, Rohan", "rohan.iyer@cobaltreach.example")
    assert event.attendees[1] == Person(None, "jo@example.org")
    assert "Microsoft Teams meeting" in event.description


@pytest.mark.parametrize(
    ("tzid", "wall", "expected_utc"),
    [
        ("W. Europe Standard Time", "20260701T100000", datetime(2026, 7, 1, 8, 0, tzinfo=UTC)),
        ("W. Europe Standard Time", "20261201T100000", datetime(2026, 12, 1, 9, 0, tzinfo=UTC)),
        ("GMT Standard Time", "20260701T100000", datetime(2026, 7, 1, 9, 0, tzinfo=UTC)),
        ("GMT Standard Time", "20261201T100000", datetime(2026, 12, 1, 10, 0, tzinfo=UTC)),
        ("Pacific Standard Time", "20261030T090000", datetime(2026, 10, 30, 16, 0, tzinfo=UTC)),
        ("Eastern Standard Time", "20261102T090000", datetime(2026, 11, 2, 14, 0, tzinfo=UTC)),
        ("Romance Standard Time", "20261027T090000", datetime(2026, 10, 27, 8, 0, tzinfo=UTC)),
        ('"India Standard Time"', "20261027T090000", datetime(2026, 10, 27, 3, 30, tzinfo=UTC)),
        (
            "/mozilla.org/20050126_1/Europe/Berlin",
            "20261027T090000",
            datetime(2026, 10, 27, 8, 0, tzinfo=UTC),
        ),
        (
            '"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"',
            "20260615T090000",
            datetime(2026, 6, 15, 7, 0, tzinfo=UTC),
        ),
        (
            '"(UTC-05:00) Eastern Time (US & Canada)"',
            "20260615T090000",
            datetime(2026, 6, 15, 13, 0, tzinfo=UTC),
        ),
    ],
)
def test_tzid_styles_resolve_with_daylight_saving(
    tzid: str, wall: str, expected_utc: datetime
) -> None:
    text = ics(
        "BEGIN:VEVENT",
        "UID:tz-case",
        f"DTSTART;TZID={tzid}:{wall}",
        "END:VEVENT",
    )
    event = only(text)
    assert event.start == expected_utc
    assert event.end is None


def test_unknown_tzid_uses_the_calendars_own_vtimezone() -> None:
    text = ics(
        "BEGIN:VTIMEZONE",
        "TZID:Kantoortijd",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:custom-zone",
        "DTSTART;TZID=Kantoortijd:20260610T140000",
        "DTEND;TZID=Kantoortijd:20261110T150000",
        "END:VEVENT",
    )
    event = only(text)
    assert event.start == datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
    assert event.end == datetime(2026, 11, 10, 14, 0, tzinfo=UTC)


def test_unknown_tzid_without_definition_falls_back_and_says_so() -> None:
    text = ics("BEGIN:VEVENT", "UID:x", "DTSTART;TZID=Mars/Olympus:20261110T140000", "END:VEVENT")
    events, problems = parse_calendar(text, default_tz=ZoneInfo("Europe/Madrid"))
    assert events[0].start == datetime(2026, 11, 10, 13, 0, tzinfo=UTC)
    assert len(problems) == 1
    assert "Mars/Olympus" in problems[0]


def test_zoom_cancellation() -> None:
    event = only(ZOOM_CANCEL)
    assert (event.method, event.status, event.sequence) == ("CANCEL", "CANCELLED", 3)
    # 3 Nov 2026: New York already back on -05:00
    assert event.start == datetime(2026, 11, 3, 16, 0, tzinfo=UTC)
    assert event.end == datetime(2026, 11, 3, 16, 45, tzinfo=UTC)


def test_apple_floating_time_and_all_day_event() -> None:
    events, problems = parse_calendar(APPLE_FLOATING_AND_ALLDAY, default_tz=ZoneInfo("Asia/Tokyo"))
    assert problems == []
    timed, all_day = events
    assert timed.start == datetime(2026, 12, 10, 5, 0, tzinfo=UTC)
    assert not timed.all_day
    assert all_day.all_day
    assert all_day.start == datetime(2026, 12, 11, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert all_day.end == datetime(2026, 12, 13, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_all_day_without_end_lasts_one_day() -> None:
    event = only(ics("BEGIN:VEVENT", "UID:d", "DTSTART;VALUE=DATE:20261231", "END:VEVENT"))
    assert event.all_day
    assert event.end is not None and event.start is not None
    assert event.end - event.start == timedelta(days=1)


def test_greenhouse_utc_times_and_mime_method() -> None:
    event = only(GREENHOUSE_UTC, mime_method="request")
    assert event.method == "REQUEST"
    assert event.start == datetime(2026, 11, 9, 17, 0, tzinfo=UTC)
    assert event.organizer is not None
    assert event.organizer.email == "no-reply@us.greenhouse-mail.example"
    assert [p.name for p in event.attendees] == ["Ines Carvalho", "Jo Candidate"]


def test_method_absent_everywhere_is_none() -> None:
    assert only(CALENDLY_NO_METHOD).method is None


def test_calendar_method_wins_over_a_conflicting_mime_method() -> None:
    events, problems = parse_calendar(ZOOM_CANCEL, default_tz=LONDON, mime_method="REQUEST")
    assert events[0].method == "CANCEL"
    assert any("differs" in problem for problem in problems)


def test_lever_duration_gives_the_end() -> None:
    event = only(LEVER_DURATION)
    assert event.start == datetime(2026, 11, 17, 19, 30, tzinfo=UTC)
    assert event.end == datetime(2026, 11, 17, 20, 15, tzinfo=UTC)


def test_workday_floating_publish_uses_default_zone() -> None:
    events, _ = parse_calendar(WORKDAY_FLOATING, default_tz=ZoneInfo("Europe/Berlin"))
    assert events[0].method == "PUBLISH"
    assert events[0].start == datetime(2026, 11, 19, 9, 30, tzinfo=UTC)


def test_icims_panel_span() -> None:
    events, problems = parse_calendar(ICIMS_PANEL, default_tz=LONDON)
    assert problems == []
    assert [event.uid for event in events] == ["icims-panel-1", "icims-panel-3", "icims-panel-2"]
    span = span_of(events)
    assert span is not None
    start, end = span
    assert start == datetime(2026, 12, 8, 16, 0, tzinfo=UTC)
    assert end == datetime(2026, 12, 8, 18, 30, tzinfo=UTC)
    assert offset_hours(start) == -7


def test_span_of_edge_cases() -> None:
    assert span_of([]) is None
    lone = only(ics("BEGIN:VEVENT", "UID:a", "DTSTART:20261110T100000Z", "END:VEVENT"))
    assert lone.end is None
    moment = datetime(2026, 11, 10, 10, tzinfo=UTC)
    assert span_of([lone]) == (moment, moment)
    events, problems = parse_calendar(
        ics("BEGIN:VEVENT", "UID:b", "SUMMARY:x", "END:VEVENT"), default_tz=LONDON
    )
    assert problems == ["event 1 (b): no DTSTART"]
    assert span_of(events) is None


def test_endless_rrule_is_not_expanded() -> None:
    text = ics(
        "BEGIN:VEVENT",
        "UID:weekly",
        "DTSTART;TZID=Europe/London:20261102T090000",
        "DTEND;TZID=Europe/London:20261102T093000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO",
        "END:VEVENT",
    )
    event = only(text)
    assert event.recurring
    assert event.start == datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_reply_partstat() -> None:
    text = ics(
        "BEGIN:VEVENT",
        "UID:reply-1",
        "DTSTART:20261110T100000Z",
        "ATTENDEE;PARTSTAT=DECLINED;CN=Nadia Feld:mailto:Nadia.Feld@Ravenmoor.example",
        "ORGANIZER:mailto:jo@example.org",
        "END:VEVENT",
        method="REPLY",
    )
    event = only(text)
    assert event.method == "REPLY"
    assert dict(event.partstat_of) == {"nadia.feld@ravenmoor.example": "DECLINED"}
    assert event.organizer == Person(None, "jo@example.org")


def test_duplicate_attendees_and_non_mail_addresses() -> None:
    text = ics(
        "BEGIN:VEVENT",
        "UID:dups",
        "DTSTART:20261110T100000Z",
        "ATTENDEE;CN=A:mailto:a@x.example",
        "ATTENDEE;CN=A again:MAILTO:A@X.EXAMPLE",
        "ATTENDEE;CN=Room:urn:uuid:0f3d",
        "END:VEVENT",
    )
    events, problems = parse_calendar(text, default_tz=LONDON)
    assert events[0].attendees == (Person("A", "a@x.example"),)
    assert len(problems) == 1 and "urn:uuid" in problems[0]


def test_limits_are_counted_as_problems() -> None:
    attendees = [f"ATTENDEE;CN=P{i}:mailto:p{i}@x.example" for i in range(5)]
    body = ["BEGIN:VEVENT", "UID:big", "DTSTART:20261110T100000Z", *attendees, "END:VEVENT"]
    events, problems = parse_calendar(ics(*body), default_tz=LONDON, max_attendees=2)
    assert [p.email for p in events[0].attendees] == ["p0@x.example", "p1@x.example"]
    assert problems == ["event 1 (big): 3 attendees beyond the limit of 2 ignored"]

    many = [
        line
        for i in range(6)
        for line in ("BEGIN:VEVENT", f"UID:e{i}", "DTSTART:20261110T100000Z", "END:VEVENT")
    ]
    events, problems = parse_calendar(ics(*many), default_tz=LONDON, max_events=4)
    assert [event.uid for event in events] == ["e0", "e1", "e2", "e3"]
    assert problems == ["2 events beyond the limit of 4 ignored"]


def test_end_before_start_and_bad_sequence_are_reported() -> None:
    text = ics(
        "BEGIN:VEVENT",
        "UID:odd",
        "SEQUENCE:two",
        "DTSTART:20261110T100000Z",
        "DTEND:20261110T090000Z",
        "END:VEVENT",
    )
    events, problems = parse_calendar(text, default_tz=LONDON)
    assert events[0].end is None
    assert events[0].sequence == 0
    assert len(problems) == 2


def test_bytes_with_bom_and_a_stray_latin1_byte() -> None:
    text = ics("BEGIN:VEVENT", "UID:b", "DTSTART:20261110T100000Z", "SUMMARY:Caf\xe9", "END:VEVENT")
    raw = b"\xef\xbb\xbf" + text.replace("Caf\xe9", "CafX").encode().replace(b"CafX", b"Caf\xe9")
    events, _ = parse_calendar(raw, default_tz=LONDON)
    assert events[0].summary.startswith("Caf")
    assert events[0].start == datetime(2026, 11, 10, 10, tzinfo=UTC)


def test_bare_vevent_without_vcalendar_is_read() -> None:
    text = "BEGIN:VEVENT\nUID:bare\nDTSTART:20261110T100000Z\nEND:VEVENT\n"
    events, _ = parse_calendar(text, default_tz=LONDON, mime_method="REQUEST")
    assert events[0].uid == "bare"
    assert events[0].method == "REQUEST"


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "hello",
        b"\x00\x01\x02",
        "BEGIN:VCALENDAR",
        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261340T250000\nEND:VEVENT\nEND:VCALENDAR",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:nonsense\nDURATION:forever\nEND:VEVENT\n"
        "END:VCALENDAR",
    ],
)
def test_garbage_gives_problems_not_exceptions(garbage: str | bytes) -> None:
    events, problems = parse_calendar(garbage, default_tz=LONDON)
    assert problems
    assert all(event.start is None for event in events)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.binary()))
def test_any_input_never_raises(blob: str | bytes) -> None:
    events, problems = parse_calendar(blob, default_tz=LONDON)
    assert isinstance(problems, list)
    for event in events:
        assert event.start is None or event.start.utcoffset() is not None


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mangled_invitations_never_raise_and_stay_aware(data: st.DataObject) -> None:
    lines = OUTLOOK_TEAMS.split("\r\n")
    kept = data.draw(st.lists(st.sampled_from(range(len(lines))), unique=True))
    noise = data.draw(st.text(max_size=30))
    mangled = "\r\n".join(lines[i] for i in sorted(kept)) + noise
    events, _ = parse_calendar(mangled, default_tz=LONDON)
    for event in events:
        for moment in (event.start, event.end):
            assert moment is None or moment.utcoffset() is not None


@pytest.mark.parametrize(
    "role", ["NON-PARTICIPANT", "OPT-PARTICIPANT", "non-participant", '"OPT-PARTICIPANT"']
)
def test_attendees_copied_for_information_or_optional_meet_nobody(role: str) -> None:
    """An executive assistant on the invitation "for logistics", an optional colleague: the
    candidate is sure to meet only the required participants (ROLE absent means required)."""
    text = ics(
        "BEGIN:VEVENT",
        "UID:roles",
        "DTSTART:20261201T170000Z",
        'ORGANIZER;CN=Rafe Oduya;SENT-BY="mailto:pa@firm.example":mailto:rafe@firm.example',
        "ATTENDEE;CN=Chair;ROLE=REQ-PARTICIPANT:mailto:chair@firm.example",
        "ATTENDEE;CN=Ceo:mailto:ceo@firm.example",
        f"ATTENDEE;CN=Assistant;ROLE={role}:mailto:pa@firm.example",
        "END:VEVENT",
    )
    event = only(text)
    assert [p.email for p in event.attendees][:2] == ["chair@firm.example", "ceo@firm.example"]
    assert event.optional == {"pa@firm.example"}
    assert event.organizer == Person("Rafe Oduya", "rafe@firm.example")
