"""classify(): a dotted legal form after the name ("S.A.S.", "Sp. z o.o.", "S.A. de C.V.")
is dropped whole, never cut to a stray letter ("Transportes Magdalena S"), wherever the name
is found: a job board's "sent to X", an agency's "the client is X", a signature line; and a
name that ends a sentence wrapped onto a line of its own loses the sentence's full stop.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.names import normalise_company
from afterview.understand.company.spelling import leading_name
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<dl@x.example>")


def company(**kw: str) -> str | None:
    return classify(parse_message(mail(**kw)), me=(ME,)).company


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Molinos Ribera S.A.S., con sede en Cali", "Molinos Ribera"),
        ("Kwadrat Meble Sp. z o.o. w Poznaniu", "Kwadrat Meble"),
        ("Aceros del Bajío S.A. de C.V. y", "Aceros del Bajío"),
    ],
)
def test_a_dotted_legal_form_ends_the_name(text: str, want: str) -> None:
    assert leading_name(text) == want


def test_normalise_drops_mexican_and_dotted_forms() -> None:
    assert normalise_company("Grupo Tlaloc S.A. de C.V.") == "Grupo Tlaloc"
    assert normalise_company("Molinos Ribera S.A.S.") == "Molinos Ribera"


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Trabajos Ya <avisos@trabajosya-board.example>",
            "Tu hoja de vida fue enviada",
            "Hola Sam, tu hoja de vida fue enviada a Molinos Ribera S.A.S. para la vacante "
            "de Analista de Costos. Te avisaremos si la empresa revisa tu perfil.\n",
            "Molinos Ribera",
        ),
        (
            "Marta Quiroga <marta@quiroga-seleccion.example>",
            "Entrevista",
            "Hola Sam:\n\nYa te puedo contar: el cliente es Aceros del Bajío S.A. de C.V., "
            "y les gustó mucho tu perfil. Quieren hacerte una entrevista el martes 10 de "
            "noviembre a las 10:00.\n\nSaludos,\nMarta Quiroga\nQuiroga Selección\n",
            "Aceros del Bajío",
        ),
        (
            "Talent Team <talent@tidepool-media.example>",
            "Your application",
            "Hi Sam,\n\nThank you for your interest in the Data Analyst position at\n"
            "Tidepool Media.\n\nWe'd like to invite you to a short video interview.\n",
            "Tidepool Media",
        ),
    ],
)
def test_the_employer_without_a_stray_letter_or_stop(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(body=body, frm=frm, subject=subject) == want
