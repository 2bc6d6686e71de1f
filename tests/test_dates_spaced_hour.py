"""Times written the French way with the "h" set apart ("14 h 30", "de 9 h 30 à 10 h 15"),
as French Canada's style guides and much French typography write them."""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.dates.clock import scan_clock
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<sh@x.example>")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Heure : 14 h 30 (heure de l'Est)", 14 * 60 + 30, None),
        ("le mardi à 9 h 15, au 3e étage", 9 * 60 + 15, None),
        ("de 9 h 30 à 10 h 15", 9 * 60 + 30, 10 * 60 + 15),
        ("entre 13 h 45 et 14 h 30", 13 * 60 + 45, None),
    ],
)
def test_a_spaced_h_joins_hour_and_minutes(text: str, start: int, end: int | None) -> None:
    first = scan_clock(text)[0]
    assert (first.minutes, first.end_minutes) == (start, end)


def test_a_spaced_h_without_minutes_is_no_time_of_day() -> None:
    assert scan_clock("service ouvert 24 h 7 jours sur 7") == []


@pytest.mark.parametrize(
    ("body", "date_", "start"),
    [
        (
            "Bonjour,\n\nJe vous confirme votre entretien pour le poste d'analyste :\n\n"
            "Date : le mardi 8 décembre\nHeure : 10 h 45 (heure de l'Est)\n\nAu plaisir,\n"
            "Josée Tremblay\n",
            "Tue, 01 Dec 2026 09:00:00 -0500",
            "2026-12-08T10:45:00-05:00",
        ),
        (
            "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 10 décembre de 15 h 30 à "
            "16 h 30, dans nos locaux de Lyon.\n\nBien cordialement,\nClaire Morel\n",
            "Thu, 03 Dec 2026 09:00:00 +0100",
            "2026-12-10T15:30:00+01:00",
        ),
    ],
)
def test_an_interview_at_a_spaced_time_starts_at_its_minutes(
    body: str, date_: str, start: str
) -> None:
    result = classify(parse_message(mail(body, subject="Entrevue", date_=date_)), me=(ME,))
    assert result.kind == "interview_scheduled"
    assert result.interview is not None
    assert result.interview.start.isoformat() == start
