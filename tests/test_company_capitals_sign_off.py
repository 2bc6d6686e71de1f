"""classify(): a writer whose mail program shows their name in capitals ("ROGELIO
QUINTERO") still signs for their business under their name ("Rogelio Quintero" then
"Ferretería Quintero"), from a free mailbox, in any language.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.naming import from_sign_off
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<cs@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "ROGELIO MARTINEZ <rmartinez1961@hotmail.example>",
            "Hola Sam\n\nGracias por su candidatura para el puesto de auxiliar contable. Nos "
            "gustaría invitarle a una entrevista el jueves 12 de noviembre a las 10:00.\n\n"
            "Saludos\n\nRogelio Martinez\nFerretería Martinez\nTel. 461 612 0087\n",
            "Ferretería Martinez",
        ),
        (
            "GERDA HOLLSTEIN <gerda.h@gmx.example>",
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Verkäuferin. Können Sie am "
            "Donnerstag, 12. November um 9 Uhr zum Gespräch kommen?\n\n"
            "Gerda Hollstein\nBlumenhaus Hollstein · Rosenheim\n",
            "Blumenhaus Hollstein",
        ),
        (
            "DEREK MOLLOY <dmolloy@yahoo.example>",
            "Hi Sam\n\nThanks for your application for the apprentice joiner position. We "
            "would like to invite you to an interview at the workshop on Thursday 12 November "
            "at 8am.\n\nDerek Molloy\nMolloy Joinery\n",
            "Molloy Joinery",
        ),
    ],
)
def test_a_name_in_capitals_signs_for_the_business(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Entrevista")) == want


def test_the_capitals_match_the_sign_off_only() -> None:
    text = "Saludos\n\nAna Lopez\nPanadería Sol\n"
    assert from_sign_off(text, "ANA LOPEZ") == ["Panadería Sol"]
    assert from_sign_off(text, "MARIA GIL") == []
