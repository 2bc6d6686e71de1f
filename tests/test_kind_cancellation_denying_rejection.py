"""classify(): a cancellation that says it is no rejection is a cancellation: the words of
refusal are not said.

Worded for the rule, not taken from any dev set, in several registers and languages.
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
            "Thursday's interview",
            "Hi Sam,\n\nI'm sorry, we have to cancel Thursday's interview as our director is "
            "off sick. Please don't read this as a rejection of your application: we'll send "
            "new times next week.\n\nJane",
        ),
        (
            "Votre entretien de mardi",
            "Bonjour Sam,\n\nNous devons malheureusement annuler l'entretien de mardi. Ce n'est "
            "pas un refus de votre candidature : nous revenons vers vous avec une nouvelle "
            "date.\n\nCordialement,\nJane",
        ),
        (
            "Tu entrevista del jueves",
            "Hola Sam:\n\nTenemos que cancelar la entrevista del jueves por un imprevisto. Esto "
            "no es un rechazo de tu candidatura; te propondremos otra fecha.\n\nUn saludo,\nJane",
        ),
        (
            "Ons gesprek van vrijdag",
            "Beste Sam,\n\nWe moeten het gesprek van vrijdag helaas afzeggen. Dit is geen "
            "afwijzing van je sollicitatie, we plannen snel een nieuw moment.\n\nGroet,\nJane",
        ),
    ],
)
def test_a_cancellation_that_denies_rejecting_is_cancelled(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_cancelled"
