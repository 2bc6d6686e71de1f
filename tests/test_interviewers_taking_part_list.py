"""Interviewers: a list headed by those taking part ("Am Gespräch nehmen teil:") names the
panel, even one whose address the mail gives only as the contact.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail

mail = partial(classifymail.mail, message_id="<w5@acme.example>")


@pytest.mark.parametrize(
    "body",
    [
        "Wir laden Sie zum Vorstellungsgespräch am Donnerstag, 3. Dezember 2026, um 10:00 Uhr "
        "ein.\n\nAm Gespräch nehmen teil:\n- Lukas Meier, Teamleiter\n- Nina Roth, HR\n\n"
        "Bei Fragen erreichen Sie mich unter nina.roth@amt.example.\n\nFreundliche Grüsse\n"
        "Nina Roth",
        "Nous vous invitons à un entretien le jeudi 3 décembre 2026 à 10h00.\n\nParticiperont "
        "à l'entretien :\n- Lukas Meier, chef d'équipe\n- Nina Roth, RH\n\nPour toute question, "
        "contactez-moi : nina.roth@amt.example.\n\nCordialement,\nNina Roth",
        "Graag nodigen we je uit voor een gesprek op donderdag 3 december 2026 om 10:00 uur.\n\n"
        "Aan het gesprek nemen deel:\n- Lukas Meier, teamleider\n- Nina Roth, HR\n\nVragen? "
        "Mail me via nina.roth@amt.example.\n\nMet vriendelijke groet,\nNina Roth",
    ],
)
def test_a_list_of_those_taking_part_names_the_panel_even_the_contact(body):
    raw = mail(body, subject="Interview", frm="Stellenportal <noreply@portal.amt.example>")
    assert "nina.roth@amt.example" in classifymail.interviewers_met(raw)
