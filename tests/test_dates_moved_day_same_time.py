"""Interview start: a reply that moves the meeting to another day "same time" keeps the
thread's time of day; a quoted mail's own "Date:" field (not in a header block) is the
meeting's day. Mail written for the rule, with counter-cases.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest

import classifymail
from afterview.understand.dates.thread import find_thread_time
from afterview.understand.details import complete
from afterview.understand.reading import read

mail = partial(classifymail.mail, message_id="<w4@acme.example>")
SENT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday

# --- a move to another day at the same time ------------------------------------------------

_QUOTED_BOOKING = (
    "From: Careers <careers@acme.example>\nSent: Tuesday, November 17, 2026 2:14 PM\n"
    "To: Sam <sam@example.org>\nSubject: Interview\n\nDear Sam,\n\n"
    "Date: Thursday, November 26, 2026\nTime: 10:00 - 10:45\nLocation: main office\n"
)


@pytest.mark.parametrize(
    ("new", "day"),
    [
        ("Sorry for the change: we have to move you to Monday the 30th, same time.", 30),
        ("Kleine Änderung: wir verschieben auf Montag, den 30.11., zur gleichen Uhrzeit.", 30),
        ("Petit changement : nous décalons au lundi 30 novembre, à la même heure.", 30),
        ("Un cambio: lo pasamos al martes 1 de diciembre a la misma hora.", 31),
        ("Kleine wijziging: we schuiven door naar maandag 30 november, zelfde tijd.", 30),
    ],
)
def test_a_move_to_another_day_at_the_same_time_keeps_the_threads_time(new, day):
    found = find_thread_time(new, _QUOTED_BOOKING, SENT)
    assert found is not None
    want = datetime(2026, 11, 26, 10, 0, tzinfo=UTC) + timedelta(days=day - 26)
    assert found.start == want
    assert found.end == want + timedelta(minutes=45)


def test_a_move_keeps_the_wall_time_in_the_threads_zone_across_a_clock_change():
    thread = "Date: Thursday, October 22, 2026\nTime: 1:00 PM - 1:45 PM Mountain Time\n"
    sent = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
    found = find_thread_time("We moved you to Monday November 2nd, same time.", thread, sent)
    assert found is not None
    assert found.start == datetime(2026, 11, 2, 13, 0, tzinfo=ZoneInfo("America/Denver"))


@pytest.mark.parametrize(
    "new",
    [
        "At the same time, we are still reviewing other profiles.",  # no day before it
        "Same time works for me, see you then.",
    ],
)
def test_same_time_without_a_new_day_moves_nothing(new):
    found = find_thread_time(new, _QUOTED_BOOKING, SENT)
    assert found is None or found.start.day == 26


def test_a_lone_date_field_in_a_quoted_mail_is_the_meetings_day_but_header_dates_are_not():
    thread = (
        "From: Ana <ana@acme.example>\nDate: Tuesday, November 17, 2026 2:14 PM\n"
        "To: Sam <sam@example.org>\n\nDate: Thursday, November 26, 2026\nTime: 3:00 PM\n"
    )
    found = find_thread_time("See below - you're confirmed!", thread, SENT)
    assert found is not None
    assert found.start == datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def test_a_reschedule_reply_with_same_time_is_booked_at_the_moved_time():
    body = (
        "Hi Sam,\n\nOur director is travelling on Thursday, so we've had to move your interview to "
        "Tuesday the 1st, same time. Everything else stays as it was.\n\nThanks,\nRuth\n\n"
        "From: Acme Careers <careers-noreply@acme.example>\nSent: Monday, November 16, 2026 "
        "9:14 AM\nTo: Sam <sam@example.org>\nSubject: Interview Confirmation\n\n"
        "This email confirms your interview.\n\nDate: Thursday, November 26, 2026\n"
        "Time: 2:00 PM - 3:00 PM\nLocation: 4 Quay St\n"
    )
    raw = mail(body, subject="RE: Interview Confirmation", frm="Ruth Kerr <ruth@acme.example>")
    # the kind is the rules' and the model's business: read the details as for a booking
    reading = read(classifymail.parse_message(raw), (classifymail.ME,), None)
    result = complete(reading, "interview_scheduled", [])
    assert result.interview is not None
    assert result.interview.start == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
