"""Interview start: a go-between forwards the employer's confirmation ("Te reenvío la
confirmación", "see below, you're confirmed") whose time is a range, with a second person
joining inside it ("Pau se incorporará hacia las 12:20", "Tom joins at 2:30", "Herr Lenz
kommt um 10:30 dazu"): the hour inside the range is part of the same meeting, not another
slot, so the meeting's start is the range's. Two separate slots still point nowhere.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.understand.dates.thread import find_thread_time

SENT = datetime.fromisoformat("2026-11-19T09:41:00+01:00")


@pytest.mark.parametrize(
    ("new", "history", "expected"),
    [
        (
            "Te reenvío la confirmación de Lúmina. ¡Mucha suerte!",
            "De: Elena Prats <elena@lumina.example>\nEnviado: miércoles, 18 de noviembre de "
            "2026 18:02\nPara: Raquel <r@talentia.example>\nAsunto: Confirmación entrevista\n\n"
            "Os confirmo la entrevista con Martina:\n\nFecha: 24.11.2026\nHora: 12:00-12:45 h\n"
            "Lugar: nuestras oficinas\n\nPau se incorporará hacia las 12:20.\n",
            "2026-11-24T12:00",
        ),
        (
            "See below, you're confirmed! Good luck.",
            "From: Ana Ruiz <ana@client.example>\nSent: Wednesday, November 18, 2026 6:02 PM\n"
            "To: Rob <rob@agency.example>\nSubject: Interview\n\nConfirming Tuesday 24 "
            "November, 2:00-3:00pm at our office. Tom joins at 2:30 for the technical part.\n",
            "2026-11-24T14:00",
        ),
        (
            "Anbei die Bestätigung des Kunden, viel Erfolg!",
            "Von: Maren Ott <ott@kunde.example>\nGesendet: Mittwoch, 18. November 2026 18:02\n"
            "An: Jan <jan@agentur.example>\nBetreff: Gespräch\n\nDas Gespräch findet am "
            "Dienstag, 24.11.2026, 10:00-11:00 Uhr statt. Herr Lenz kommt um 10:30 Uhr "
            "dazu.\n",
            "2026-11-24T10:00",
        ),
    ],
)
def test_an_hour_inside_the_confirmed_range_is_the_same_meeting(new, history, expected) -> None:
    found = find_thread_time(new, history, SENT)
    assert found is not None
    assert found.start.isoformat()[:16] == expected


def test_two_separate_slots_still_point_nowhere() -> None:
    history = (
        "From: Ana Ruiz <ana@client.example>\nSent: Wednesday, November 18, 2026 6:02 PM\n"
        "To: Rob <rob@agency.example>\nSubject: Interview\n\nWe can do Tuesday 24 November, "
        "2:00-3:00pm, or Wednesday 25 November at 10am.\n"
    )
    assert find_thread_time("See below, you're confirmed!", history, SENT) is None
