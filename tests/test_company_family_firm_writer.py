"""classify(): a family firm's domain holds the writer's surname; their name is not the firm's.

"Marloes van Eck" writing from vaneck-tuinbouw.example answers between the lines of the
candidate's questions and signs "Van Eck Tuinbouw B.V." at the end: the employer is the firm
as its signature writes it, never a spelling made up from the domain because the writer's
surname opens it ("Vaneck Tuinbouw").
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<ff@x.example>")


def _inline(greeting: str, question: str, answer: str, sign: str) -> str:
    """Answers written into the quoted original, under an Outlook header block."""
    return (
        f"{greeting}\n\n-----Original Message-----\nFrom: Sam <sam@example.org>\n"
        f"Sent: Monday, 9 November 2026 20:44\nSubject: Questions\n\n> {question}\n\n"
        f"{answer}\n\n> Thanks, Sam\n\n{sign}\n"
    )


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Joost de Wit <joost@dewit-installatie.example>",
            _inline(
                "Hoi Sam,\n\nDank voor je vragen over de vacature Monteur.",
                "Wanneer hoor ik of ik word uitgenodigd?",
                "Uiterlijk vrijdag hoor je van mij, hoe dan ook.",
                "Groet,\nJoost de Wit\nHR | De Wit Installatie B.V. | Zwolle",
            ),
            "De Wit Installatie",
        ),
        (
            "Anke ter Horst <anke@terhorst-bouw.example>",
            _inline(
                "Beste Sam,\n\nDank voor je vragen over de vacature Werkvoorbereider.",
                "Is de functie fulltime?",
                "Ja, 38 uur, met een vrije vrijdag om de week.",
                "Met vriendelijke groet,\nAnke ter Horst\nP&O · Ter Horst Bouw B.V. · Almelo",
            ),
            "Ter Horst Bouw",
        ),
        (
            "Julie Le Goff <julie@legoff-paysages.example>",
            _inline(
                "Bonjour Sam,\n\nMerci pour vos questions sur le poste de chef d'équipe.",
                "Le poste est-il à temps plein ?",
                "Oui, 35 heures, du lundi au vendredi.",
                "Cordialement,\nJulie Le Goff\nGérante, Le Goff Paysages SARL, Quimper",
            ),
            "Le Goff Paysages",
        ),
        (
            "Sean O'Neill <sean@oneill-plumbing.example>",
            _inline(
                "Hi Sam,\n\nThanks for your questions about the apprentice plumber job.",
                "Is the job full time?",
                "Yes, Monday to Friday, 7:30 to 4.",
                "Cheers,\nSean O'Neill\nDirector, O'Neill Plumbing Ltd, Galway",
            ),
            "O'Neill Plumbing",
        ),
    ],
)
def test_the_firm_as_signed_not_the_writers_surname_glued_to_the_domain(
    frm: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject="RE: Vacature / Poste / Job")) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Pieter van Dijk <pieter@vandijk-vastgoed.example>",
            "Hoi Sam,\n\nDank voor je sollicitatie als Assistent Beheerder. Kun je "
            "donderdag om 10 uur langskomen voor een gesprek?\n\nGroet,\nPieter\n",
            "Van Dijk Vastgoed",
        ),
        (
            "Claire de Villiers <claire@devilliers-immobilier.example>",
            "Bonjour Sam,\n\nMerci pour votre candidature au poste de négociateur. "
            "Seriez-vous disponible jeudi à 10h pour un entretien ?\n\nClaire\n",
            "De Villiers Immobilier",
        ),
        (
            "Ian McBride <ian@mcbridelogistics.example>",
            "Hi Sam,\n\nThanks for applying for the transport planner job. Could you come "
            "in for an interview on Thursday at 10am?\n\nIan\n",
            "McBride Logistics",
        ),
    ],
)
def test_a_surname_that_opens_the_domain_keeps_its_own_spelling(
    frm: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject="Interview")) == want
