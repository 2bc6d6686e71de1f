"""classify(): cancelling "it" right after naming the meeting is a cancellation; cancelling
something else, or moving the meeting, is not, and an interview confirmed after a cancelled
hotel is booked.

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
    ("subject", "body"),
    [
        (
            "Votre candidature",
            "Bonjour Sam,\n\nJe reviens vers vous au sujet de l'entretien prévu jeudi 19 "
            "novembre à 14h00. Nous devons malheureusement l'annuler, le manager étant absent. "
            "Nous reviendrons vers vous pour une autre date.\n\nCordialement,\nJane",
        ),
        (
            "Your application",
            "Hi Sam,\n\nAbout your interview on Thursday 19 November at 2pm: I'm sorry, but we "
            "have had to cancel it as the hiring manager is off sick. I'll be in touch about a "
            "new date.\n\nJane",
        ),
        (
            "Ihre Bewerbung",
            "Hallo Sam,\n\nes geht um das Gespräch am Donnerstag, 19. November um 14 Uhr. Wir "
            "müssen es leider absagen, da die Abteilungsleitung erkrankt ist.\n\nViele Grüße\n"
            "Jane",
        ),
        (
            "Tu candidatura",
            "Hola Sam:\n\nTe escribo por la entrevista del jueves 19 de noviembre a las 14:00. "
            "Lamentablemente tenemos que cancelarla porque la responsable está de baja.\n\n"
            "Saludos,\nJane",
        ),
    ],
)
def test_cancelling_it_after_naming_the_meeting_is_a_cancellation(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_cancelled"


@pytest.mark.parametrize(
    "body",
    [
        # "it" is no meeting: a travel booking cancelled, the interview still on
        "Hi Sam,\n\nThe hotel we booked for you was overbooked, so we have cancelled it and "
        "moved you to the Grand. Your interview is confirmed for Thursday 19 November at 2pm."
        "\n\nJane",
        # a new time offered in the same breath: a move, not a cancellation
        "Hi Sam,\n\nAbout your interview on Thursday: we had to cancel it, so we can move you "
        "to Friday 20 November at 10am instead. Your interview is confirmed for then.\n\nJane",
    ],
)
def test_cancelling_something_else_or_moving_is_no_cancellation(body: str) -> None:
    assert kind(mail(body)) not in {"interview_cancelled", "rejection"}


def test_the_interview_confirmed_after_a_cancelled_hotel_is_booked() -> None:
    body = (
        "Hi Sam,\n\nThe hotel we booked for you was overbooked, so we have cancelled it and "
        "moved you to the Grand. Your interview is confirmed for Thursday 19 November at 2pm."
        "\n\nJane"
    )
    assert kind(mail(body)) == "interview_scheduled"
