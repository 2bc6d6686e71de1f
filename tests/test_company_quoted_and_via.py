"""classify(): the employer where only the thread or the sender's display name says it.

- Someone writing from a free mailbox answers a thread whose quoted mail named the firm in
  a phrase wrapped over two quoted lines ("the data engineer role at" / "> Gristmill."): the
  quote marks do not break the phrase.
- A firm writing through a tool ("Nuvem Labs via Recrutei") is the employer when its words
  name an organisation; a person writing through one ("Ana Ruiz via Slotwise") is not.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<qv@x.example>")


def company(**kw: str) -> str | None:
    return classify(parse_message(mail(**kw)), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Chris Obi <chris.obi.dev@gmail.example>",
            "Sam, so sorry, I have to cancel your interview for the engineer job tomorrow at 4, "
            "a board meeting "
            "moved onto that slot. I'll send new times next week.\n\nChris\n\n"
            "On Sun, Nov 15, 2026 at 6:03 PM Chris Obi <chris.obi.dev@gmail.example> wrote:\n"
            "> Hey Sam - loved your note about the platform engineer role at\n"
            "> Quillmarsh. Want to grab 45 minutes on Thursday at 4pm?\n",
            "Quillmarsh",
        ),
        (
            "Jonas Brehm <jonas.brehm@gmx.example>",
            "Hallo Sam,\n\nleider muss ich unser Vorstellungsgespräch am Donnerstag "
            "absagen, ich melde mich nächste Woche mit neuen Terminen.\n\nJonas\n\n"
            "Am 12.11.2026 schrieb Sam <sam@example.org>:\n"
            ">> vielen Dank für die Einladung zum Gespräch über meine Bewerbung bei\n"
            ">> Tischlerei Kornfeld. Donnerstag um 10 Uhr passt mir gut.\n",
            "Tischlerei Kornfeld",
        ),
        (
            "Ines Marin <ines.marin@fastmail.example>",
            "Hi Sam, quick note: I need to move your interview for the designer "
            "job to Friday 3pm, same link.\n\nInes\n\n"
            "> On Tue, Nov 10, 2026, Sam <sam@example.org> wrote:\n"
            "> Thanks for reaching out about the designer job at\n"
            "> Copperleaf Studio. Happy to chat this week.\n",
            "Copperleaf Studio",
        ),
    ],
)
def test_a_phrase_wrapped_over_quoted_lines_names_the_employer(
    frm: str, body: str, want: str
) -> None:
    assert company(body=body, frm=frm, subject="Re: Interview on Thursday") == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Nuvem Labs via Recrutei <avisos@recrutei.example>",
            "¡Hola, Sam!\n\nHemos recibido tu candidatura para la vacante de Ejecutivo de "
            "Cuentas. Si tu perfil encaja, te contactaremos por correo para una entrevista.\n\n"
            "Un abrazo\n",
            "Nuvem Labs",
        ),
        (
            "Harbour Dental Clinic via Hireloop <team@hireloop.example>",
            "Hi Sam,\n\nThanks for applying for the Dental Nurse vacancy. We have received "
            "your application and will be in touch.\n",
            "Harbour Dental Clinic",
        ),
    ],
)
def test_a_firm_writing_through_a_tool_is_the_employer(frm: str, body: str, want: str) -> None:
    assert company(body=body, frm=frm, subject="Application received") == want


def test_a_person_writing_through_a_tool_is_not() -> None:
    got = company(
        body="Hi Sam,\n\nThanks for applying, we received your application and will be in touch.\n",
        frm="Ana Ruiz via Hireloop <team@hireloop.example>",
        subject="Application received",
    )
    assert got is None
