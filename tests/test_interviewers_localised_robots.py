"""Interviewers: a notification address in another language is a robot, never an interviewer;
people whose address only resembles one are no robots.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from afterview.understand.people.robots import is_robot_address
from classifymail import booked_details as _booked

mail = partial(classifymail.mail, message_id="<w4@acme.example>")


@pytest.mark.parametrize(
    "address",
    [
        "notificaciones@hosterra.example",
        "keine-antwort@bewerbung.example",
        "ne-pas-repondre@recrutement.example",
        "no-responder@empleo.example",
        "niet-beantwoorden@vacatures.example",
        "notificaties@werkenbij.example",
        "benachrichtigungen@karriere.example",
    ],
)
def test_a_localised_notification_address_is_a_robot(address):
    assert is_robot_address(address)


@pytest.mark.parametrize(
    "address", ["marta.avisosa@hotel.example", "ines.alert@x.example", "notario@x.example"]
)
def test_people_whose_address_only_resembles_a_notification_are_no_robots(address):
    assert not is_robot_address(address)


def test_a_platforms_spanish_notification_sender_is_no_interviewer():
    body = (
        "Hola Sam,\n\nEl equipo de Hotel Sol ha cambiado la hora de tu entrevista.\n\n"
        "NUEVA FECHA\nmiércoles, 2 dic. · 14h30 – 15h00 (hora de Madrid)\n\n"
        "Puesto: Recepcionista\nEntrevista con: Marta Ruiz, Jefa de Recepción\n"
    )
    raw = mail(
        body,
        subject="Cambio en tu entrevista",
        frm="Hotel Sol vía Hosterra <notificaciones@hosterra.example>",
    )
    assert all(
        p.email != "notificaciones@hosterra.example" for p in _booked(raw).interview.interviewers
    )
