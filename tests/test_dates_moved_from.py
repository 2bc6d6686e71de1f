"""The time a meeting is moved or called off from is not its time, and a forwarded mail's
"Date:" header line is when that mail was written.

German and Dutch put the verb last ("unser Gespräch am Montag um 10 Uhr verschieben"), so
the old time stands before its verb; English, French and Spanish name it after the verb
("move our interview on Monday at 10"). The verb's target ("auf", "to", "à") is the new
time. Mail written for these tests; Europe keeps +01:00 in late November 2026.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_interview_time

CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 11, 18, 8, 47, tzinfo=CET)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "leider muss ich unser Gespräch am Montag, 30.11., um 10:00 Uhr verschieben, da ich "
            "zu einem Kunden muss. Neuer Vorschlag: Dienstag, 1.12., 14:00 Uhr.",
            datetime(2026, 12, 1, 14, 0, tzinfo=CET),
        ),
        (
            "Helaas moeten we ons gesprek van maandag 30 november om 10.00 uur verzetten. "
            "Past woensdag 2 december om 15.00 uur?",
            datetime(2026, 12, 2, 15, 0, tzinfo=CET),
        ),
        (
            "I'm sorry, I have to move our interview on Monday 30 November at 10:00. Could we "
            "do Thursday 3 December at 11:30 instead?",
            datetime(2026, 12, 3, 11, 30, tzinfo=CET),
        ),
        (
            "Je dois malheureusement reporter notre entretien du lundi 30 novembre à 10h. "
            "Seriez-vous disponible le vendredi 4 décembre à 9h30 ?",
            datetime(2026, 12, 4, 9, 30, tzinfo=CET),
        ),
        (
            "Tenemos que aplazar la entrevista del lunes 30 de noviembre a las 10:00. ¿Te "
            "vendría bien el martes 1 de diciembre a las 16:00?",
            datetime(2026, 12, 1, 16, 0, tzinfo=CET),
        ),
    ],
)
def test_the_time_moved_from_is_not_the_meeting(text: str, start: datetime) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the verb's target is the new time, whichever order
        (
            "Ich habe unser Gespräch auf Dienstag, 1.12., 14:00 Uhr verschoben.",
            datetime(2026, 12, 1, 14, 0, tzinfo=CET),
        ),
        (
            "We had to move the interview to Tuesday 1 December at 14:00, same room.",
            datetime(2026, 12, 1, 14, 0, tzinfo=CET),
        ),
        (
            "We hebben het gesprek naar dinsdag 1 december om 14.00 uur verzet.",
            datetime(2026, 12, 1, 14, 0, tzinfo=CET),
        ),
    ],
)
def test_the_time_moved_to_stays(text: str, start: datetime) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start == start


def test_a_forwarded_header_date_is_no_meeting_time() -> None:
    text = (
        "Hi Sam, good news, forwarding the client's confirmation below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Ana Ruiz <ana.ruiz@client.example>\n"
        "Date: Wed, 18 Nov 2026 at 08:20\n"
        "Subject: RE: candidate\n"
        "To: Becky <becky@agency.example>\n\n"
        "We are pleased to meet him on Monday 23/11 at 14h30 in our office."
    )
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start == datetime(2026, 11, 23, 14, 30, tzinfo=CET)


def test_a_lone_date_field_over_a_time_is_the_meetings() -> None:
    # no "From:" line in the block: the "Date:" field is the meeting's own
    text = "Interview details\nDate: Thursday 26 November\nTime: 10:00\nPlace: Reception"
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start == datetime(2026, 11, 26, 10, 0, tzinfo=CET)
