"""Which zone a time of day is read in, and where its end comes from.

A time is read in the zone the text states for it, wherever the text states it (on its
line, before it, in a field of its own under it); a server's UTC stamp in the Date header
is no statement of the writer's zone. Expectations worked out by hand: Europe keeps
winter time (+01:00) from 25 October 2026, summer time (+02:00) from 29 March 2026.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from afterview.understand.dates import find_interview_time

UTC_STAMP = datetime(2026, 11, 16, 10, 20, tzinfo=UTC)
JUNE_UTC_STAMP = datetime(2026, 6, 1, 7, 5, tzinfo=UTC)


def offset(hours: float) -> timedelta:
    return timedelta(hours=hours)


@pytest.mark.parametrize(
    ("text", "sent", "hours"),
    [
        # German from a server that stamps UTC: the writer's "14 Uhr" is German time
        (
            "Gerne bestätigen wir Ihr Vorstellungsgespräch am Mittwoch, 25.11., um 14 Uhr "
            "bei uns in der Zentrale. Wir freuen uns auf Sie.",
            UTC_STAMP,
            1,
        ),
        (
            "Hoi Sam, we zien je graag op vrijdag 27 november om 9.30 uur voor een "
            "kennismakingsgesprek op ons kantoor. Groet, het team",
            UTC_STAMP,
            1,
        ),
        (
            "Bonjour, nous vous confirmons votre entretien le jeudi 26 novembre à 10h30 dans "
            "nos locaux. Merci et à bientôt.",
            UTC_STAMP,
            1,
        ),
        # summer: the language's zone follows the date (+02:00), not a fixed +01:00
        (
            "Hola, te confirmamos la entrevista el martes 9 de junio a las 11:00 en nuestras "
            "oficinas. Un saludo y gracias por tu interés.",
            JUNE_UTC_STAMP,
            2,
        ),
        # English is written in too many zones: the header's offset stays
        (
            "Thanks for your time today - your interview is confirmed for Wednesday 25 "
            "November at 2pm at our office.",
            UTC_STAMP,
            0,
        ),
        # a real offset in the header is the writer's own clock, whatever the language
        (
            "Le confirmamos su entrevista el miércoles 25 de noviembre a las 10:00 por "
            "videollamada.",
            datetime(2026, 11, 16, 9, 0, tzinfo=timezone(offset(-5))),
            -5,
        ),
    ],
)
def test_a_bare_time_is_read_where_the_writer_is(text: str, sent: datetime, hours: int) -> None:
    span = find_interview_time(text, sent)
    assert span is not None
    assert span.start.utcoffset() == offset(hours)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # a booking page's table: the zone is a field of its own under the time
        (
            "What | Intro call - Backend Engineer\n"
            "When | Thursday 3 December 2026, 10:00 - 10:30\n"
            "Time zone | (UTC-05:00) Eastern Time (US & Canada)\n"
            "Where | Google Meet",
            -5,
        ),
        (
            "Termin: Donnerstag, 3. Dezember 2026, 10:00 Uhr\n"
            "Zeitzone: Europe/Helsinki\n"
            "Ort: Microsoft Teams",
            2,
        ),
        # the only zone a mail names is the zone of its times
        (
            "Your panel interview is booked for Thursday 3 December at 4pm.\n\n"
            "All times in this email are Pacific Time.",
            -8,
        ),
    ],
)
def test_a_zone_stated_elsewhere_in_the_text_is_used(text: str, hours: int) -> None:
    span = find_interview_time(text, UTC_STAMP)
    assert span is not None
    assert span.start.utcoffset() == offset(hours)


def test_a_zone_after_another_time_is_that_times_not_this_ones() -> None:
    text = (
        "Interview: Thursday 3 December 2026 at 10:00 in our Leeds office\n"
        "Questions before then? Our US desk answers from 09:00 EST.\n"
    )
    span = find_interview_time(text, UTC_STAMP)
    assert span is not None
    assert span.start.isoformat() == "2026-12-03T10:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Your interview is on Tuesday 24 November at 3pm and will last 45 minutes.", 45),
        ("Interview: Tuesday 24 November at 15:00 (an hour, in person).", 60),
        ("Das Gespräch am Dienstag, 24.11., um 15 Uhr dauert etwa eine Stunde.", 60),
        ("L'entretien du mardi 24 novembre à 15h durera environ 90 minutes.", 90),
        ("La entrevista del martes 24 de noviembre a las 15:00 dura media hora.", 30),
        ("Het gesprek op dinsdag 24 november om 15.00 uur duurt ongeveer een uur.", 60),
    ],
)
def test_the_end_comes_from_a_stated_length(text: str, minutes: int) -> None:
    span = find_interview_time(text, UTC_STAMP)
    assert span is not None and span.end is not None
    assert span.end - span.start == timedelta(minutes=minutes)
    assert span.start.hour == 15


@pytest.mark.parametrize(
    ("text", "hour", "hours"),
    [
        ("Yep Tues the 24th at 10 Atlantic works great, talk then.", 10, -4),
        ("Wednesday 25 November at 3 ET then? I'll send the invite.", 15, -5),
        ("Dann am Mittwoch, 25. November um 9 MEZ per Teams.", 9, 1),
        ("Thursday 26 November at 11 GMT is fine for our chat.", 11, 0),
    ],
)
def test_a_bare_hour_given_with_its_zone_is_a_time(text: str, hour: int, hours: int) -> None:
    sent = datetime(2026, 11, 19, 21, 38, tzinfo=timezone(offset(-4)))
    span = find_interview_time(text, sent)
    assert span is not None
    assert (span.start.hour, span.start.utcoffset()) == (hour, offset(hours))


@pytest.mark.parametrize(
    "text", ["On Tuesday 24 November we expect 10 people at 10 Central Avenue.", "Aim: 10 ET"]
)
def test_a_bare_number_before_a_place_or_alone_is_no_time(text: str) -> None:
    sent = datetime(2026, 11, 19, 21, 38, tzinfo=timezone(offset(-4)))
    span = find_interview_time(text, sent)
    assert span is None or span.start.hour != 10


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # Spanish and French are written on several continents: the reader's zone wins
        ("Te confirmamos la entrevista el martes 24 de noviembre a las 10:00 por video.", -6),
        ("Nous confirmons votre entretien le mardi 24 novembre à 10h00 en visio.", -6),
        # German is written in one zone: the language wins over the reader's own
        ("Wir bestätigen Ihr Gespräch am Dienstag, 24. November, um 10:00 Uhr per Video.", 1),
    ],
)
def test_a_configured_zone_comes_before_a_language_spoken_on_several_continents(
    text: str, hours: int
) -> None:
    mexico = ZoneInfo("America/Mexico_City")
    span = find_interview_time(text, UTC_STAMP, default_tz=mexico)
    assert span is not None
    assert span.start.utcoffset() == offset(hours)
