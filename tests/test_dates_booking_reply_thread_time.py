"""The interview time a booking reply takes from its thread: the slot its words point at, none
where they point at none, and a day after "or" beginning the next alternative (own wording,
several languages, with counter-cases).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_interview_time
from afterview.understand.dates.thread import find_thread_time

CET = timezone(timedelta(hours=1))


SENT_EU = datetime(2026, 11, 18, 9, 30, tzinfo=CET)


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
