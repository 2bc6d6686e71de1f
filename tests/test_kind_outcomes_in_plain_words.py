"""Outcomes said in plain words, in five languages. A rejection: the employer proceeds with
another person described ("decided to proceed with another finalist, whose ...", "poursuivre
avec un(e) candidat(e) dont ..."), or the search goes on without the candidate ("the panel's
decision was to keep looking", "entschieden, weiter zu suchen", "décidé de poursuivre nos
recherches", "hemos decidido seguir buscando", "besloten verder te zoeken"). An offer: "we'd
like you to join Wren & Hollis as a Data Analyst", "nous te proposons le poste de ...". A
time still being looked for, a guest speaker's invitation and a meeting proposed stay what
they are."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Head of Accounting search",
            "Dear Sam,\n\nThe client has completed the final round for the Head of Accounting "
            "role and has decided to proceed with another finalist, whose background was a very "
            "close match.\n\nWith best regards,\nOliver, Partner, Kingsley Search",
            "rejection",
        ),
        (
            "RE: Thank you - Data Analyst onsite",
            "Sam,\n\nThank you for coming in on Tuesday. I'll be straight with you: the panel's "
            "decision was to keep looking for this role. Happy to give feedback on a call.\n\nDale",
            "rejection",
        ),
        (
            "Ihre Bewerbung als Controllerin",
            "Hallo Sam,\n\nnach den Gesprächen haben wir uns entschieden, weiter zu suchen. Wir "
            "danken Ihnen für Ihre Zeit.\n\nViele Grüße\nPersonal",
            "rejection",
        ),
        (
            "Votre candidature - Chargée de communication",
            "Bonjour Sam,\n\nAprès réflexion, nous avons décidé de poursuivre nos recherches pour "
            "ce poste. Merci pour votre temps.\n\nCordialement,\nRH",
            "rejection",
        ),
        (
            "Suite de votre candidature - Ingénieur fiabilité",
            "Bonjour Sam,\n\nVotre entretien a été très apprécié. Néanmoins, nous avons fait le "
            "choix de poursuivre avec un(e) candidat(e) dont l'expérience correspond plus "
            "précisément à nos besoins.\n\nL'équipe Recrutement",
            "rejection",
        ),
        (
            "Tu candidatura - Analista",
            "Hola Sam:\n\nGracias por las entrevistas. Al final hemos decidido seguir buscando "
            "para el puesto.\n\nUn saludo,\nRRHH",
            "rejection",
        ),
        (
            "Je sollicitatie - Data-analist",
            "Beste Sam,\n\nNa de gesprekken hebben we besloten om verder te zoeken voor deze "
            "functie.\n\nMet vriendelijke groet,\nHR",
            "rejection",
        ),
        (
            "Good news from Wren & Hollis",
            "Hi Sam,\n\nI'm delighted to confirm that we'd like you to join Wren & Hollis as a "
            "Data Analyst in our Customer Insight team. Salary £52,000.\n\nSaoirse, People "
            "Partner",
            "offer",
        ),
        (
            "Offre d'emploi - Ingénieure de projet",
            "Bonjour Sam,\n\nC'est avec grand plaisir que nous te proposons le poste d'ingénieure "
            "de projet au sein de notre équipe ! Salaire annuel : 84 500 $.\n\nIsabelle, RH",
            "offer",
        ),
    ],
)
def test_an_outcome_in_plain_words(subject: str, body: str, want: str) -> None:
    frm = "Jo Reyes <jo.reyes@firm.example>"
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Interview - Data Analyst",
            "Hi Sam,\n\nThe panel decided to keep looking for a slot that suits everyone next "
            "week; I'll send options tomorrow.\n\nDale",
        ),
        (
            "Careers evening - Data Analyst alumni",
            "Hi Sam,\n\nWe'd love for you to join Wren & Hollis as a Guest Speaker at our careers "
            "evening for graduates on 3 December.\n\nSaoirse",
        ),
        (
            "Votre candidature",
            "Bonjour Sam,\n\nNous vous proposons un entretien pour le poste de comptable jeudi ou "
            "vendredi, quel jour vous convient ?\n\nRH",
        ),
    ],
)
def test_no_outcome_said(subject: str, body: str) -> None:
    frm = "Jo Reyes <jo.reyes@firm.example>"
    assert rules_kind(mail(body, subject=subject, frm=frm)) not in ("rejection", "offer")
