"""Which of several times in a mail is the interview's start.

An arrival or check-in time comes before the meeting; a day heading that names the
meeting ("ONSITE - MONDAY, NOVEMBER 30") makes the agenda under it the meeting, across a
blank line; a form's "Time:" field makes a dotted "09.00 - 10.15" a time. Expectations
worked out by hand (2026: 30 November is a Monday).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_decision_by, find_interview_time

SENT = datetime(2026, 11, 19, 11, 15, tzinfo=timezone(timedelta(hours=1)))


def local(text: str) -> tuple[str, str | None]:
    span = find_interview_time(text, SENT)
    assert span is not None, text
    end = span.end.strftime("%H:%M") if span.end else None
    return span.start.strftime("%Y-%m-%d %H:%M"), end


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Your interview is on Monday 30 November. Please arrive at 9:45 so reception can "
            "sign you in; the interview itself starts at 10:00 with Priya.",
            "2026-11-30 10:00",
        ),
        (
            "Ihr Vorstellungsgespräch findet am Montag, 30. November statt. Bitte melden Sie "
            "sich um 13:45 Uhr am Empfang, das Gespräch beginnt um 14:00 Uhr.",
            "2026-11-30 14:00",
        ),
        (
            "Entretien le lundi 30 novembre : présentez-vous à l'accueil à 8h45, l'entretien "
            "commence à 9h00 avec la directrice.",
            "2026-11-30 09:00",
        ),
        (
            "Entrevista el lunes 30 de noviembre. Te pedimos llegar a las 11:45 a recepción; "
            "la entrevista empieza a las 12:00.",
            "2026-11-30 12:00",
        ),
    ],
)
def test_an_arrival_time_is_not_the_start(text: str, start: str) -> None:
    assert local(text)[0] == start


def test_an_arrival_time_alone_is_still_the_time() -> None:
    text = "Your interview is on Monday 30 November - please arrive at 9:45 at reception."
    assert local(text)[0] == "2026-11-30 09:45"


def test_an_agenda_under_a_heading_naming_the_meeting_and_its_day() -> None:
    text = (
        "Travel\n  Sun Nov 29  train 4:10 PM -> 6:55 PM\n\n"
        "FINAL ROUND - MONDAY, NOVEMBER 30\n"
        "  Please be at our front desk around 9:40.\n\n"
        "  10:00 - 10:45  Architecture with Dana (dana@firm.example)\n"
        "  11:00 - 11:45  Pairing with Oli (oli@firm.example)\n\n"
        "If you get in early on Sunday, a few of us are having dinner around 7:00 - "
        "optional, not part of the interview."
    )
    assert local(text) == ("2026-11-30 10:00", "11:45")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Date:  Wednesday, 25.11.2026\nTime:  09.00 - 10.15\nPlace: Zurich", "09:00", "10:15"),
        ("Datum: Mittwoch, 25.11.2026\nUhrzeit: 14.30\nOrt: Wien", "14:30", None),
        ("Datum: woensdag 25 november\nTijdstip: 10.00\nLocatie: Utrecht", "10:00", None),
        ("Fecha: miércoles 25 de noviembre\nHora: 16.00 - 17.00\nLugar: Sevilla", "16:00", "17:00"),
    ],
)
def test_a_time_field_makes_a_dotted_number_a_time(text: str, start: str, end: str | None) -> None:
    day, hour = local(f"Interview details:\n{text}")
    assert day == f"2026-11-25 {start}"
    assert hour == end


@pytest.mark.parametrize("text", ["Price: 09.00 EUR", "Version: 10.15 released", "Score: 14.30"])
def test_a_dotted_number_outside_a_time_field_is_no_time(text: str) -> None:
    assert find_interview_time(f"Interview on Wednesday 25 November.\n{text}", SENT) is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Your panel interview has been rescheduled.\n\n"
            "Tuesday, December 1 · 2:00 – 3:00 PM\n"
            "Thursday, December 3 · 11:00 AM – 12:00 PM\n"
            "Interviewers: Sam Ortiz, Lee Park",
            "2026-12-03 11:00",
        ),
        (
            "Ihr Termin wurde verschoben:\nDienstag, 1. Dezember, 10:00 Uhr → "
            "Mittwoch, 2. Dezember, 15:00 Uhr\nOrt: Teams",
            "2026-12-02 15:00",
        ),
        (
            "Votre entretien a été déplacé.\nmardi 1 décembre à 10h00\n"
            "vendredi 4 décembre à 14h30\nÀ bientôt !",
            "2026-12-04 14:30",
        ),
        (
            "Je gesprek is verplaatst.\ndinsdag 1 december om 09.30 uur\n"
            "donderdag 3 december om 13.00 uur",
            "2026-12-03 13:00",
        ),
    ],
)
def test_a_moved_meeting_lists_old_then_new(text: str, start: str) -> None:
    assert local(text)[0] == start


def test_two_times_without_a_move_keep_the_first() -> None:
    text = (
        "Your interviews are booked:\n"
        "Tuesday, December 1 · 2:00 – 3:00 PM\n"
        "Thursday, December 3 · 11:00 AM – 12:00 PM"
    )
    assert local(text)[0] == "2026-12-01 14:00"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # 3 December 2026 is a Thursday, 12 March 2027 a Friday: the weekday decides
        ("Final round confirmed for Thursday, 12/03 - sessions from 10:00 AM CST.", "2026-12-03"),
        ("Final round confirmed for Friday, 12/03 at 10:00.", "2027-03-12"),
        ("Ihr Gespräch ist am Donnerstag, 3/12 um 10:00 Uhr.", "2026-12-03"),
        ("Entrevista el jueves 3/12 a las 10:00.", "2026-12-03"),
        ("Interview on Wed 11/25 at 10:00am ET.", "2026-11-25"),
    ],
)
def test_a_weekday_decides_a_slash_dates_order(text: str, day: str) -> None:
    assert local(text)[0].startswith(day)


@pytest.mark.parametrize(
    ("text", "alternatives"),
    [
        (
            "Hätten Sie am Montag, der 30.11., oder Dienstag, der 1.12., jeweils um 14 Uhr Zeit "
            "für ein Gespräch?",
            1,
        ),
        ("Could we do the interview at 3pm on Monday 30 November or Tuesday 1 December?", 1),
        ("Would Monday or Tuesday at 3pm suit you for a call?", 1),
        ("¿Te vendría bien el lunes 30 de noviembre o el martes 1 de diciembre a las 10:00?", 1),
        ("Zou maandag 30 november of dinsdag 1 december om 10.00 uur schikken?", 1),
        ("Est-ce que lundi 30 novembre ou mardi 1er décembre à 10h vous irait ?", 1),
        # one day, then another sentence that starts with "Or"
        ("Your interview is on Monday 30 November at 3pm. Or Tuesday? No, Monday it is.", 0),
        ("Your interview is on Monday 30 November at 3pm with Dana.", 0),
    ],
)
def test_days_joined_by_or_share_the_time_as_alternatives(text: str, alternatives: int) -> None:
    span = find_interview_time(text, SENT)
    assert span is not None
    assert span.alternatives == alternatives


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We will revert to all candidates by month-end.", "2026-11-30"),
        (
            "Thank you for attending. We shall revert to you by Friday with the outcome.",
            "2026-11-20",
        ),
        ("The panel will revert back to the applicants within two weeks.", "2026-12-03"),
    ],
)
def test_reverting_to_the_candidate_is_the_employers_timeline(text: str, day: str) -> None:
    assert str(find_decision_by(text, SENT)) == day


def test_asking_the_candidate_to_revert_is_their_deadline() -> None:
    assert (
        find_decision_by("Kindly revert back to us by Friday with your availability.", SENT) is None
    )
