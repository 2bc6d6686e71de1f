"""classify(): wanting the candidate in a job ("we'd love to have you as our ...") is an offer;
having them as a guest is none.

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
    date_="Mon, 16 Nov 2026 10:00:00 +0000",
    message_id="<ks3@acme.example>",
)


@pytest.mark.parametrize(
    "body",
    [
        "Sam!\n\nThe partners signed off this morning: we'd love to have you as our new "
        "Finance Manager. Salary as discussed, paperwork to follow.\n\nJane",
        "Hi Sam,\n\nWe would be thrilled to have you on the team as our Lead Designer.\n\nJane",
        "Hola Sam:\n\nNos encantaría contar contigo como nuestra nueva analista de datos. Te "
        "enviamos los detalles mañana.\n\nUn abrazo,\nJane",
        "Hallo Sam,\n\nwir würden Sie sehr gerne als unseren neuen Entwickler gewinnen.\n\n"
        "Viele Grüße\nJane",
        "Bonjour Sam,\n\nNous serions ravis de vous compter parmi nous en tant que "
        "responsable des achats.\n\nCordialement,\nJane",
    ],
)
def test_wanting_the_candidate_in_a_job_is_an_offer(body: str) -> None:
    assert kind(mail(body)) == "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nWe'd love to have you as our guest on the careers podcast next month.\n\nJane",
        "Hi Sam,\n\nWe'd love to have you as a speaker at our hiring summit.\n\nJane",
        "Hola Sam:\n\nNos encantaría contar contigo como ponente en nuestro evento.\n\nJane",
    ],
)
def test_having_the_candidate_as_a_guest_is_no_offer(body: str) -> None:
    assert kind(mail(body)) != "offer"
