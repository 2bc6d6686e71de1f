"""Interviewers: a recruiter who sends a calendar invitation with others invited arranges it,
even when the text names none of them ("Please find attached the invite for your panel
interview"); the invited are met. A recruiter who says they attend stays, and one who invites
no one else (a screening call) holds it.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from classifymail import chosen_interviewers

RITA = Person("Rita Moss", "rita.moss@firm.example")
ANN = Person("Ann Kim", "ann.kim@firm.example")
BO = Person("Bo Chen", "bo.chen@firm.example")
CAND = Person(None, "cand@example.org")


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nPlease find attached the invite for your panel interview on Tuesday.\n\n"
        "Best,\nRita Moss\nTalent Acquisition Partner",
        "Hallo Sam,\n\nanbei die Einladung zu Ihrem Gespräch am Dienstag.\n\nViele Grüße\n"
        "Rita Moss\nRecruiting",
        "Bonjour Sam,\n\nVous trouverez ci-joint l'invitation pour votre entretien de mardi.\n\n"
        "Cordialement,\nRita Moss\nChargée de recrutement",
        "Hola Sam:\n\nTe adjunto la invitación para la entrevista del martes.\n\nSaludos,\n"
        "Rita Moss\nSelección",
    ],
)
def test_a_recruiter_sending_an_invite_for_others_is_not_met(text):
    found = chosen_interviewers(
        text, RITA, organizer=RITA, attendees=[CAND, ANN, BO], sender_recruits=True
    )
    assert found == {ANN.email, BO.email}


def test_a_recruiter_who_says_she_sits_in_stays():
    text = "Hi Sam,\n\nHere's the invite for Tuesday. I'll sit in on the call as well.\n\nRita"
    found = chosen_interviewers(
        text, RITA, organizer=RITA, attendees=[CAND, ANN], sender_recruits=True
    )
    assert found == {RITA.email, ANN.email}


def test_a_recruiter_who_invites_no_one_else_holds_the_call():
    text = "Hi Sam,\n\nHere's the invite for our 20-minute screening call on Tuesday.\n\nRita"
    found = chosen_interviewers(text, RITA, organizer=RITA, attendees=[CAND], sender_recruits=True)
    assert found == {RITA.email}
