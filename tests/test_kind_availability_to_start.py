"""classify(): asking when the candidate could start the job is no request to meet; asking when
they are free for a call still is.

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
            "Re: Warehouse Supervisor",
            "Hi Sam,\n\nThe team liked your task. Before the final step, could you send me two "
            "referees and your availability to start?\n\nThanks,\nJane",
        ),
        (
            "Re: Ihre Bewerbung als Buchhalter",
            "Hallo Sam,\n\nbitte schicken Sie mir noch Ihre Verfügbarkeit für einen Eintritt und "
            "Ihre Gehaltsvorstellung.\n\nViele Grüße\nJane",
        ),
        (
            "Re: Votre candidature - comptable",
            "Bonjour Sam,\n\nPourriez-vous m'indiquer vos disponibilités pour une prise de poste "
            "et deux références ?\n\nCordialement,\nJane",
        ),
    ],
)
def test_availability_to_start_is_no_request(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "employer_reply"


def test_availability_for_a_call_is_still_a_request() -> None:
    body = "Hi Sam,\n\nCould you send me your availability for a short call next week?\n\nJane"
    assert kind(mail(body, subject="Re: Warehouse Supervisor")) == "interview_request"
