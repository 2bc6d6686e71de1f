"""The interview time a booking reply takes from its thread, and numeric dates read as
their writer writes them (own wording, five languages, with counter-cases)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_decision_by, find_interview_time
from afterview.understand.dates.order import month_first
from afterview.understand.dates.thread import find_thread_time

CET = timezone(timedelta(hours=1))
CHICAGO = timezone(timedelta(hours=-6))
SENT_EU = datetime(2026, 11, 18, 9, 30, tzinfo=CET)
SENT_US = datetime(2026, 11, 18, 9, 30, tzinfo=CHICAGO)


def _at(sent: datetime, new: str, history: str) -> tuple[int, int, int] | None:
    found = find_thread_time(new, history, sent)
    if found is None:
        return None
    local = found.start.astimezone(sent.tzinfo)
    return local.day, local.hour, local.minute


@pytest.mark.parametrize(
    ("new", "history", "expected"),
    [
        # the reply names a weekday and a bare hour of the slots offered
        (
            "Wed at 10 it is, see you then.",
            "> Could you do Tuesday 24 November at 15:00 or Wednesday 25 November at 10:00?",
            (25, 10, 0),
        ),
        (
            "Passt, dann sehen wir uns am Dienstag um 15.",
            "> Wir könnten Dienstag, 24.11. um 15:00 Uhr oder Donnerstag, 26.11. um 9:00 Uhr"
            " anbieten.",
            (24, 15, 0),
        ),
        (
            "Parfait, on retient jeudi, à tout bientôt.",
            "> Je vous propose mardi 24 novembre à 15h ou jeudi 26 novembre à 9h30.",
            (26, 9, 30),
        ),
        (
            "Genial, nos vemos el martes entonces.",
            "> Te propongo el martes 24 de noviembre a las 16:00 o el jueves 26 a las 11:00.",
            (24, 16, 0),
        ),
        (
            "Top, dan wordt het donderdag.",
            "> Zou dinsdag 24 november om 14.00 uur of donderdag 26 november om 10.30 uur passen?",
            (26, 10, 30),
        ),
        # a note on a forwarded confirmation that names nothing: the one time below
        (
            "Good news, you're confirmed, details below. Call me afterwards!",
            "From: Office <office@acme.example>\nSent: Tuesday, November 17, 2026 4:10 PM\n\n"
            "This confirms the panel interview on Monday 30 November at 11:00.",
            (30, 11, 0),
        ),
    ],
)
def test_a_reply_books_the_thread_time_it_points_at(new, history, expected):
    assert _at(SENT_EU, new, history) == expected


@pytest.mark.parametrize(
    ("new", "history"),
    [
        # two slots offered, the reply names neither: no time is guessed
        ("Sounds good, thanks!", "> Tuesday 24 November at 15:00 or Thursday 26 November at 9:00"),
        # the reply names a day the thread has no time on
        ("Let's do Friday instead.", "> Would Tuesday 24 November at 15:00 suit you?"),
        # the reply names an hour the thread does not offer
        ("Dienstag um 11 wäre besser.", "> Passt Dienstag, 24.11. um 15:00 Uhr?"),
        # a window the candidate gave is no slot ("any time after 2pm", "ab 14 Uhr")
        ("Great, confirmed.", "> I could do Thursday 26 November any time after 2pm."),
        ("Prima, bis dann.", "> Ich kann am Donnerstag, 26.11. ab 14 Uhr."),
        # the sending date of a quoted mail is no meeting
        ("Noted, thanks.", "From: Ann <ann@acme.example>\nSent: Monday, 23 November 2026 10:15"),
    ],
)
def test_no_time_when_the_reply_points_at_none(new, history):
    assert find_thread_time(new, history, SENT_EU) is None


def test_a_day_after_or_begins_the_next_alternative():
    found = find_interview_time(
        "I could do Thursday 26th any time after 2pm, or Friday 27th in the morning.",
        SENT_EU,
    )
    assert found is not None and found.start.day == 26


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        ("Locked in for 12/03 at 3pm ET w/ Gwen and me.", SENT_US, True),  # short US note
        ("We have you down for 12/01/2026 at 1300 CST.", SENT_US, True),
        ("Te esperamos el 03/12 a las 10:00 en la oficina.", SENT_US, False),  # Spanish
        ("Locked in for 12/03 at 3pm with Gwen and me.", SENT_EU, False),  # European sender
        ("See you on 11/27, and again on 12/03 for the panel.", SENT_EU, True),  # 11/27
        ("Bis 27/11, dann am 03/12 beim Team.", SENT_US, False),  # 27/11 shows day first
    ],
)
def test_numeric_dates_are_read_as_the_writer_writes_them(text, sent, expected):
    assert month_first(text, sent) is expected


def test_a_short_us_note_gives_a_december_interview():
    found = find_interview_time(
        "Perfect, you're locked in for 12/03 at 3 p.m. ET w/ Gwen.", SENT_US
    )
    assert found is not None
    assert found.start.astimezone(UTC).date().isoformat() == "2026-12-03"


def test_decision_dates_follow_the_writer_too():
    day = find_decision_by("We will get back to you by 12/02 with a decision.", SENT_US)
    assert day is not None and day.isoformat() == "2026-12-02"
