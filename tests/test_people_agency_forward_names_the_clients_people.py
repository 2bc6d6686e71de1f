"""classify(): a go-between forwards the employer's confirmation and says whom the candidate
will see, by first name ("primero verás a Elena y luego se une Pau", "vous verrez Hugo",
"tu verras d'abord Hugo"): the people of the forwarded mail's headers with those names are
met. A name the note gives for something else ("Elena te manda el enlace") adds no one.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail,
    subject="RV: Confirmación entrevista",
    message_id="<ag1@x.example>",
    date_="Thu, 19 Nov 2026 09:41:18 +0100",
    frm="Raquel Domènech <raquel@talentia.example>",
)
FORWARD = (
    "\n\nRaquel Domènech\nSenior Consultant\nTalentia · Executive Search\n\n"
    "________________________________\nDe: Elena Prats <elena.prats@lumina.example>\n"
    "Enviado: miércoles, 18 de noviembre de 2026 18:02\nPara: Raquel Domènech "
    "<raquel@talentia.example>\nCC: Pau Vilaró <pau.vilaro@lumina.example>\nAsunto: "
    "Confirmación entrevista\n\nHola Raquel,\n\nOs confirmo la entrevista con Sam:\n\n"
    "Fecha: 24.11.2026\nHora: 12:00-12:45 h\nLugar: nuestras oficinas\n\n¡Gracias!\nElena\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Hola Sam,\n\nTe reenvío la confirmación. Primero verás a Elena (responsable de marca) "
        "y luego se une Pau, de e-commerce. ¡Mucha suerte!",
        "Bonjour Sam,\n\nJe vous transfère la confirmation. Vous verrez d'abord Elena, puis "
        "Pau se joindra à vous. Bonne chance !",
    ],
)
def test_the_clients_people_the_note_names_are_met(note: str) -> None:
    assert interviewers(mail(note + FORWARD)) == {
        "elena.prats@lumina.example",
        "pau.vilaro@lumina.example",
    }


def test_a_name_given_for_something_else_adds_no_one() -> None:
    note = (
        "Hola Sam,\n\nTe reenvío la confirmación. Verás a Elena en la entrevista; Pau te manda "
        "el enlace del parking. ¡Mucha suerte!"
    )
    assert interviewers(mail(note + FORWARD)) == {"elena.prats@lumina.example"}


@pytest.mark.parametrize(
    ("frm", "body"),
    [
        (
            "Martín Ibarra <martin@nubecita.example>",
            "Dale Sam, quedamos el 26/11 a las 17 hs. Se suma Fede, del equipo de plataforma."
            "\n\nAbrazo\nMartín",
        ),
        (
            "Anne Berger <anne.berger@nordvent.example>",
            "Bonjour Sam,\n\nJe vous confirme l'entretien du jeudi 26 novembre à 15h. Mon "
            "collègue Thomas Rey se joindra à nous.\n\nBien à vous,\nAnne Berger",
        ),
    ],
)
def test_one_who_joins_the_writer_leaves_the_writer_met(frm: str, body: str) -> None:
    sender = frm.split("<")[1].rstrip(">")
    assert sender in interviewers(mail(body, frm=frm, subject="Entrevista"))
