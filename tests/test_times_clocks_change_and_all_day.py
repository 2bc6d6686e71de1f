"""Interview start: a time without a zone keeps its local meaning across a change of the
clocks, and an all-day invitation takes the hour its text gives.

The sender's Date offset is only the zone's offset on the sending day: "Tuesday 27 October
at 10:00" written at +02:00 on 20 October in Germany is 10:00 winter time (Europe's clocks
went back on 25 October, the US's on 1 November). Counter-cases: Spanish from -05:00 is
Bogotá or Lima (no clock change), a time in the same season keeps the sender's offset, a
configured zone and a server's UTC stamp are read as before.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.dates import find_interview_time
from classifymail import ME, mail

_ICS = (
    "--zz\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:9@acme.example\r\n"
    "DTSTART;VALUE=DATE:{day}\r\nDTEND;VALUE=DATE:{next}\r\n"
    "ORGANIZER;CN=Rita Lang:mailto:rita.lang@acme.example\r\n"
    f"ATTENDEE;CN=Sam:mailto:{ME}\r\nSUMMARY:Interview Sam\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _start(body: str, date_: str, **kw) -> str | None:
    raw = mail(
        body, subject="Interview", frm="Rita Lang <rita.lang@acme.example>", date_=date_, **kw
    )
    result = classify(parse_message(raw), me=(ME,))
    assert result.kind == "interview_scheduled", result.reasons
    assert result.interview is not None
    return result.interview.start.isoformat()


@pytest.mark.parametrize(
    ("body", "date_", "expected"),
    [
        (
            "Hallo Sam,\n\nwir bestätigen Ihr Vorstellungsgespräch am Dienstag, 27. Oktober um "
            "10:00 Uhr bei uns im Haus.\n\nViele Grüße\nRita",
            "Tue, 20 Oct 2026 09:00:00 +0200",
            "2026-10-27T10:00:00+01:00",
        ),
        (
            "Bonjour Sam,\n\nJe vous confirme votre entretien le mardi 27 octobre à 10h dans nos "
            "locaux.\n\nCordialement,\nRita",
            "Tue, 20 Oct 2026 09:00:00 +0200",
            "2026-10-27T10:00:00+01:00",
        ),
        (
            "Hi Sam,\n\nConfirming your onsite interview on Thursday, November 5 at 10am at our "
            "Boston office.\n\nRita",
            "Wed, 28 Oct 2026 09:00:00 -0400",
            "2026-11-05T10:00:00-05:00",
        ),
        (
            "Hi Sam,\n\nConfirming your interview on Tuesday 27 October at 10am at our "
            "Manchester office.\n\nRita",
            "Tue, 20 Oct 2026 09:00:00 +0100",
            "2026-10-27T10:00:00+00:00",
        ),
        (
            "Hi Sam,\n\nConfirming your interview on Tuesday 10 November at 9am, Pacific "
            "office.\n\nRita",
            "Thu, 29 Oct 2026 09:00:00 -0700",
            "2026-11-10T09:00:00-08:00",
        ),
        # spring in the south: Sydney's clocks go forward on 4 October
        (
            "Hi Sam,\n\nConfirming your interview on Tuesday 6 October at 10am at our office."
            "\n\nRita",
            "Tue, 29 Sep 2026 09:00:00 +1000",
            "2026-10-06T10:00:00+11:00",
        ),
        # counter-cases: Bogotá keeps -05:00; the same season keeps the sender's offset
        (
            "Hola Sam,\n\nTe confirmamos la entrevista el martes 3 de noviembre a las 10:00 en "
            "nuestras oficinas.\n\nSaludos,\nRita",
            "Tue, 27 Oct 2026 09:00:00 -0500",
            "2026-11-03T10:00:00-05:00",
        ),
        (
            "Hallo Sam,\n\nwir bestätigen Ihr Vorstellungsgespräch am Dienstag, 10. November um "
            "10:00 Uhr.\n\nViele Grüße\nRita",
            "Tue, 03 Nov 2026 09:00:00 +0100",
            "2026-11-10T10:00:00+01:00",
        ),
        (
            "Hi Sam,\n\nConfirming your interview on Tuesday 20 October at 10am.\n\nRita",
            "Tue, 13 Oct 2026 09:00:00 +0200",
            "2026-10-20T10:00:00+02:00",
        ),
    ],
)
def test_a_time_keeps_its_local_meaning_across_a_change_of_the_clocks(
    body: str, date_: str, expected: str
) -> None:
    assert _start(body, date_) == expected


def test_a_configured_zone_and_a_utc_stamp_are_read_as_before() -> None:
    text = "Your interview is confirmed for Tuesday 27 October at 10am."
    sent = datetime.fromisoformat("2026-10-20T09:00:00+02:00")
    found = find_interview_time(text, sent, default_tz=ZoneInfo("America/New_York"))
    assert found is not None and found.start.isoformat() == "2026-10-27T10:00:00-04:00"
    found = find_interview_time(text, datetime.fromisoformat("2026-10-20T09:00:00+00:00"))
    assert found is not None and found.start.isoformat() == "2026-10-27T10:00:00+00:00"


def test_an_all_day_invitation_takes_the_hour_its_text_gives() -> None:
    body = "Hi Sam,\n\nConfirming your interview on Tuesday 10 November at 14:00.\n\nRita"
    parts = _ICS.format(day="20261110", next="20261111")
    assert _start(body, "Tue, 03 Nov 2026 10:00:00 +0100", extra_parts=parts) == (
        "2026-11-10T14:00:00+01:00"
    )


def test_an_all_day_invitation_keeps_its_day_when_the_text_names_another() -> None:
    body = "Hi Sam,\n\nConfirming your interview, as discussed on Monday 2 November at 14:00.\n"
    parts = _ICS.format(day="20261110", next="20261111")
    assert _start(body, "Tue, 03 Nov 2026 10:00:00 +0100", extra_parts=parts).startswith(
        "2026-11-10"
    )
