"""Interviewers: an invitation whose text gives a field for the one who arranges it
("Coordinator: Sneha Iyer (HR)", "Koordination: Katrin Weiß", "Coordinatrice : Sophie
Martin", "Coordinadora: Lucía Gil", "Coördinator: Anouk Bakker") leaves that person out even
when they organise and attend the event; a booking's "Organisatrice : Léa Fontanel" is its
host and stays.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from classifymail import chosen_interviewers

_CASES = [
    (
        "Interviewer: Karthik Raman (Backend Lead)\nCoordinator: Sneha Iyer (HR)",
        Person("Sneha Iyer", "sneha.iyer@kaveri.example"),
        Person("Karthik Raman", "karthik.raman@kaveri.example"),
    ),
    (
        "Gesprächspartner: Jonas Brandt (Fertigung)\nKoordination: Katrin Weiß (Personal)",
        Person("Katrin Weiß", "katrin.weiss@kessel.example"),
        Person("Jonas Brandt", "jonas.brandt@kessel.example"),
    ),
    (
        "Avec : Claire Roux, directrice technique\nCoordinatrice : Sophie Martin (RH)",
        Person("Sophie Martin", "sophie.martin@ardoise.example"),
        Person("Claire Roux", "claire.roux@ardoise.example"),
    ),
    (
        "Entrevistadora: Paola Ortiz (Producto)\nCoordinadora: Lucía Gil (RRHH)",
        Person("Lucía Gil", "lucia.gil@brisa.example"),
        Person("Paola Ortiz", "paola.ortiz@brisa.example"),
    ),
    (
        "Gesprekspartner: Joost de Vries\nCoördinator: Anouk Bakker (HR)",
        Person("Anouk Bakker", "anouk.bakker@gracht.example"),
        Person("Joost de Vries", "joost.devries@gracht.example"),
    ),
]


@pytest.mark.parametrize(("text", "coordinator", "met"), _CASES)
def test_the_one_a_field_calls_coordinator_is_not_met(text, coordinator, met):
    found = chosen_interviewers(
        f"Hi, I have moved your round 2 to Thursday 3pm.\n\n{text}",
        coordinator,
        organizer=coordinator,
        attendees=[coordinator, met, Person(None, "cand@example.org")],
    )
    assert found == {met.email}


def test_a_bookings_organiser_field_names_its_host():
    host = Person("Léa Fontanel", "lea.fontanel@marlowe.example")
    text = (
        "Votre rendez-vous est confirmé.\njeudi 3 décembre 2026 · 9 h 00 – 9 h 45\n"
        "Organisatrice : Léa Fontanel <lea.fontanel@marlowe.example>\n"
    )
    found = chosen_interviewers(text, None, organizer=host, attendees=[host])
    assert found == {host.email}
