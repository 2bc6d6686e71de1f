"""classify(): a help desk's automatic ticket for the candidate's email is an auto-reply; a
person forwarding the email is not.

Worded for the rule, not taken from any dev set, with counter-cases.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Tue, 17 Nov 2026 10:00:00 +0000",
    message_id="<ks2@acme.example>",
)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "[#88231] RE: Interview - Store Manager",
            "This is an automated response. Your message has been logged and assigned to a "
            "member of our recruitment team. Please keep the ticket number in the subject.",
        ),
        (
            "[Ticket 4471] AW: Ihre Bewerbung",
            "Dies ist eine automatische Nachricht. Ihre Anfrage wurde erfasst und an das "
            "zuständige Team weitergeleitet.",
        ),
        (
            "[Dossier 3310] RE: Entretien",
            "Ceci est un message automatique. Votre demande a été enregistrée sous la référence "
            "3310 et sera traitée par notre équipe recrutement.",
        ),
        (
            "[Caso 5120] RE: Entrevista",
            "Este es un mensaje automático. Tu consulta ha sido registrada con el número 5120 y "
            "asignada al equipo de selección.",
        ),
    ],
)
def test_a_help_desk_ticket_for_the_candidates_email_is_an_auto_reply(
    subject: str, body: str
) -> None:
    raw = mail(body, subject=subject, frm="Recruiting Desk <helpdesk@acme.example>")
    assert kind(raw) == "auto_reply"


def test_a_person_forwarding_the_email_is_no_auto_reply() -> None:
    body = (
        "Hi Sam,\n\nYour email has been forwarded to the hiring manager for the Store Manager "
        "role; she'll be in touch about the interview.\n\nJane"
    )
    assert kind(mail(body, subject="Re: Interview - Store Manager")) != "auto_reply"
