"""French inclusive writing ("candidat·e", "retenu·e·s", "un·e") is read as the plain word.

The middle dot splits a word the phrase lists know whole, so "nous avons retenu un·e autre
candidat·e" hid a rejection. Worded afresh in other sectors, with counter-cases that keep
their kind.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from classifymail import ME, mail

FRM = "Claire Martin <claire.martin@atelier-nord.example>"


def rules_kind(body: str, subject: str) -> str:
    return rules_only(parse_message(mail(body, subject=subject, frm=FRM)), me=(ME,)).kind


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Sam,\n\nMerci pour ton entretien de mardi. Après réflexion, nous avons"
        " décidé de poursuivre avec un·e autre candidat·e pour le poste de cheffe de projet."
        "\n\nBelle continuation,\nClaire\n",
        "Bonjour,\n\nNous vous remercions pour votre candidature au poste de technicien·ne."
        " Malheureusement, nous avons retenu un·e candidat·e dont le profil correspond"
        " davantage à nos besoins.\n\nCordialement,\nClaire Martin\n",
        "Salut Sam,\n\nOn a fait le point avec l'équipe : on a choisi un·e autre candidat·e"
        " pour le poste de développeur·se.\n\nBonne suite à toi,\nClaire\n",
    ],
)
def test_a_rejection_in_inclusive_writing(body: str) -> None:
    assert rules_kind(body, "Ta candidature") == "rejection"


def test_an_invitation_in_inclusive_writing_stays_an_invitation() -> None:
    body = (
        "Bonjour Sam,\n\nTa candidature au poste de développeur·se a retenu notre attention."
        " Serais-tu disponible pour un entretien la semaine prochaine ? Indique-nous tes"
        " disponibilités.\n\nClaire\n"
    )
    assert rules_kind(body, "Ta candidature") == "interview_request"


def test_a_newsletter_for_candidates_is_no_rejection() -> None:
    body = (
        "Bonjour à toutes et à tous,\n\nCe mois-ci, nos conseils aux candidat·e·s : comment"
        " préparer un entretien.\n\nL'équipe\n"
    )
    raw = mail(
        body,
        subject="La lettre du mois",
        frm=FRM,
        headers="List-Unsubscribe: <mailto:unsub@atelier-nord.example>\r\n",
    )
    assert rules_only(parse_message(raw), me=(ME,)).kind not in {"rejection", "offer"}
