"""Interviewers: the people copied on a confirmation are met when a sentence about the
meeting speaks of them together without a name ("with the two people copied here", "les
personnes en copie", "den Kollegen in Kopie", "de collega's in de cc").

Counter-cases: a copied person named as the one to ask stays out, a copy "here" of a
document names nobody, and a sentence naming one of the copied keeps only that one.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met, mail

PANEL = "Priya Shah <priya.shah@acme.example>, Tom Lee <tom.lee@acme.example>"
BOTH = {"priya.shah@acme.example", "tom.lee@acme.example"}
mail = functools.partial(
    mail,
    subject="Interview confirmed",
    frm="Rita Lang <rita.lang@acme.example>",
    headers=f"Cc: {PANEL}\r\n",
)


@pytest.mark.parametrize(
    ("body", "date_"),
    [
        (
            "Hi Sam,\n\nConfirming your interview on Thursday 12 November at 10:00 with the two "
            "people copied here.\n\nRita",
            "Tue, 03 Nov 2026 10:00:00 +0000",
        ),
        (
            "Hi Sam,\n\nYour interview is booked for Thursday 12 November at 10:00. You'll meet "
            "the interviewers (cc'd) in the lobby.\n\nRita",
            "Tue, 03 Nov 2026 10:00:00 +0000",
        ),
        (
            "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 12 novembre à 10h avec "
            "les personnes en copie.\n\nCordialement,\nRita",
            "Tue, 03 Nov 2026 10:00:00 +0100",
        ),
        (
            "Hallo Sam,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Donnerstag, "
            "12.11., um 10 Uhr mit den Kollegen in Kopie.\n\nGrüße\nRita",
            "Tue, 03 Nov 2026 10:00:00 +0100",
        ),
        (
            "Hoi Sam,\n\nBij deze bevestig ik je gesprek op donderdag 12 november om 10.00 uur "
            "met de collega's in de cc.\n\nGroet,\nRita",
            "Tue, 03 Nov 2026 10:00:00 +0100",
        ),
    ],
)
def test_the_copied_people_spoken_of_together_are_met(body: str, date_: str) -> None:
    assert interviewers_met(mail(body, date_=date_)) >= BOTH


def test_a_sentence_naming_one_of_the_copied_keeps_only_that_one() -> None:
    body = (
        "Hi Sam,\n\nConfirming your interview on Thursday 12 November at 10:00 with Priya, "
        "copied here. Tom Lee is copied for the travel booking only.\n\nRita"
    )
    found = interviewers_met(mail(body))
    assert "priya.shah@acme.example" in found
    assert "tom.lee@acme.example" not in found


def test_copied_people_named_by_no_sentence_about_the_meeting_stay_out() -> None:
    body = (
        "Hi Sam,\n\nConfirming your interview on Thursday 12 November at 10:00 with Ana Ruiz "
        "(ana.ruiz@acme.example). The colleagues copied here will send you the expense form."
        "\n\nRita"
    )
    found = interviewers_met(mail(body))
    assert found == {"ana.ruiz@acme.example"}
