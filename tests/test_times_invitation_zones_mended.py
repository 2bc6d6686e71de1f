"""Interview start from an invitation: a TZID written with an unquoted colon
("TZID=tzone://Microsoft/Utc:2026...", which splits at the colon) is still read, and a floating
DTSTART (no zone) sent before a change of the clocks is placed in the sender's zone on the
meeting's day, not in the Date header's summer offset.

Counter-cases: a floating time in the same season keeps the sender's offset; a time with a
real TZID or in UTC is untouched.
"""

from __future__ import annotations

from datetime import UTC, datetime

from afterview.mail.message import parse_message
from afterview.understand.calendar import parse_calendar
from afterview.understand.classify import classify
from classifymail import ME, mail


def _ics(start: str, end: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:m@acme.example\r\n"
        f"{start}\r\n{end}\r\nORGANIZER;CN=Rita Lang:mailto:rita.lang@acme.example\r\n"
        f"ATTENDEE;CN=Sam:mailto:{ME}\r\nSUMMARY:Interview Sam\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _start(ics: str, date_: str, body: str = "Interview invitation attached.") -> str:
    part = f"--zz\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n{ics}"
    raw = mail(body, subject="Interview", frm="Rita Lang <rita.lang@acme.example>", date_=date_,
               extra_parts=part)  # fmt: skip
    result = classify(parse_message(raw), me=(ME,))
    assert result.kind == "interview_scheduled", result.reasons
    assert result.interview is not None
    return result.interview.start.isoformat()


def test_a_tzid_with_an_unquoted_colon_is_read() -> None:
    ics = _ics(
        "DTSTART;TZID=tzone://Microsoft/Utc:20261110T100000",
        "DTEND;TZID=tzone://Microsoft/Utc:20261110T110000",
    )
    events, _ = parse_calendar(ics, default_tz=UTC, mime_method="REQUEST")
    assert events[0].start == datetime(2026, 11, 10, 10, tzinfo=UTC)
    shown = datetime.fromisoformat(_start(ics, "Tue, 03 Nov 2026 10:00:00 +0100"))
    assert shown == datetime(2026, 11, 10, 10, tzinfo=UTC)


def test_a_broken_start_still_reads_as_none() -> None:
    ics = _ics("DTSTART;TZID=tzone://x:notatime", "DTEND:20261110T110000Z")
    events, problems = parse_calendar(ics, default_tz=UTC, mime_method="REQUEST")
    assert events[0].start is None and problems


def test_a_floating_time_sent_before_the_clocks_change_is_in_winter_time() -> None:
    ics = _ics("DTSTART:20261027T100000", "DTEND:20261027T110000")
    body = "Hallo Sam, anbei die Einladung zu Ihrem Vorstellungsgespräch. Viele Grüße"
    assert _start(ics, "Tue, 20 Oct 2026 09:00:00 +0200", body) == "2026-10-27T10:00:00+01:00"


def test_a_floating_time_in_the_same_season_keeps_the_offset() -> None:
    ics = _ics("DTSTART:20261110T100000", "DTEND:20261110T110000")
    assert _start(ics, "Tue, 03 Nov 2026 09:00:00 +0100") == "2026-11-10T10:00:00+01:00"


def test_a_time_with_a_real_zone_is_untouched() -> None:
    ics = _ics(
        "DTSTART;TZID=Europe/Berlin:20261027T100000", "DTEND;TZID=Europe/Berlin:20261027T110000"
    )
    assert _start(ics, "Tue, 20 Oct 2026 09:00:00 -0400") == "2026-10-27T10:00:00+01:00"
