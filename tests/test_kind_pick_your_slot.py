"""A French request to pick the slot ("choisissez le créneau qui vous convient", "envoie-moi
tes dispos") is an interview request, not the receipt its opening thanks look like.

Worded afresh (other firms, registers, a Quebec and a Belgian voice), with counter-cases.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from classifymail import ME, mail

FRM = "Julie Renard <julie.renard@maison-verte.example>"


def rules_kind(body: str, subject: str) -> str:
    return rules_only(parse_message(mail(body, subject=subject, frm=FRM)), me=(ME,)).kind


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Sam,\n\nMerci pour votre candidature au poste d'acheteur. Nous aimerions"
        " vous rencontrer : sélectionnez simplement le créneau qui vous arrange dans notre"
        " agenda en ligne.\n\nJulie Renard\nRecrutement\n",
        "Salut Sam,\n\nMerci pour ta candidature, ton parcours nous plaît beaucoup. On se"
        " fait un appel cette semaine ? Envoie-moi tes dispos et je bloque un moment.\n\n"
        "Julie\n",
        "Bonjour,\n\nMerci pour votre candidature au poste de comptable. Pour un premier"
        " échange téléphonique, pouvez-vous nous transmettre vos dispos pour la semaine"
        " prochaine ?\n\nJulie Renard\n",
        "Bonjour Sam,\n\nMerci pour ta candidature ! Pour l'entretien, réserve ton créneau"
        " directement dans l'agenda ci-dessous.\n\nJulie\n",
    ],
)
def test_a_request_to_pick_the_slot_after_thanks_is_a_request(body: str) -> None:
    assert rules_kind(body, "Votre candidature") == "interview_request"


def test_a_slot_already_booked_is_no_request() -> None:
    body = (
        "Bonjour Sam,\n\nVous avez réservé le créneau du mardi 24 novembre 2026 à 10 h pour"
        " votre entretien au poste d'acheteur. À bientôt !\n\nJulie Renard\nRecrutement\n"
    )
    assert rules_kind(body, "Votre entretien") != "interview_request"


def test_a_plain_receipt_stays_a_receipt() -> None:
    body = (
        "Bonjour,\n\nMerci pour votre candidature au poste d'acheteur. Notre équipe l'étudie"
        " et reviendra vers vous.\n\nL'équipe recrutement\n"
    )
    raw = mail(body, subject="Votre candidature", frm="Recrutement <noreply@maison-verte.example>")
    assert rules_only(parse_message(raw), me=(ME,)).kind == "application_received"
