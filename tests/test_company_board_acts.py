"""classify(): a job board writing as itself names the employer by what the employer did
with the application or wants of the candidate ("X has reviewed your application", "La
empresa X revisó tu CV", "X a consulté votre candidature", "X hat Ihre Bewerbung
angesehen", "X heeft je sollicitatie bekeken"): X is the employer, never the board.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.boards import boards_employer
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<ba@x.example>")


def company(**kw: str) -> str | None:
    return classify(parse_message(mail(**kw)), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Jobnest <no-reply@jobnest.example>",
            "An update on your application",
            "Hi Sam,\n\nMarram Coast Dental has reviewed your application for Dental Nurse "
            "and has decided not to progress it at this stage.\n\nThere are 80 other Dental "
            "Nurse jobs on Jobnest right now.\n\nJobnest Pty Ltd\n",
            "Marram Coast Dental",
        ),
        (
            "Emploi Rapide <notifications@emploirapide.example>",
            "Nouvelle étape pour votre candidature",
            "Bonjour Sam,\n\nBonne nouvelle ! Fromagerie Vauclair a consulté votre "
            "candidature au poste de Responsable qualité et souhaite vous rencontrer en "
            "entretien. Choisissez un créneau depuis votre espace.\n\nL'équipe Emploi Rapide\n",
            "Fromagerie Vauclair",
        ),
        (
            "Stellenwerk <benachrichtigung@stellenwerk.example>",
            "Neuigkeiten zu Ihrer Bewerbung",
            "Hallo Sam,\n\ngute Nachrichten! Das Unternehmen Kornmühle Steinach hat Ihre "
            "Bewerbung als Schichtleiter angesehen und möchte Sie zu einem Vorstellungsgespräch "
            "einladen.\n\nIhr Stellenwerk-Team\n",
            "Kornmühle Steinach",
        ),
        (
            "Werkplek <meldingen@werkplek.example>",
            "Update over je sollicitatie",
            "Hoi Sam,\n\nBakkerij de Korenbloem heeft je sollicitatie als bakker bekeken en "
            "wil je graag uitnodigen voor een gesprek. Kies een moment in je account.\n\n"
            "Team Werkplek\n",
            "Bakkerij de Korenbloem",
        ),
    ],
)
def test_the_firm_that_acted_on_the_application_is_the_employer(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(body=body, frm=frm, subject=subject) == want


def test_a_pronoun_opening_the_sentence_names_nobody() -> None:
    texts = ["Update", "Hi Sam,\n\nWe would like to invite you. Sie möchte Sie sehen.\n"]
    assert list(boards_employer(texts)) == []
