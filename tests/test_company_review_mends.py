"""Three readings of the employer that this session's company rules got wrong at first.

- A branch's mailbox word is dropped only when a whole piece of a mailbox is the word
  ("deansgate.gm@" for "Bramble & Birch Deansgate"): "jason@" is no box of "Hale & Son".
- A job board's "X ontvangt je / erhält Ihre" names the employer only with the application as
  its object: "Marloes ontvangt je dinsdag om 10 uur" is a person greeting the candidate.
- A signature line named like a place ("Royal Botanic Gardens", "Plaza Hotel") is a name
  alone; streets are known by their address lines, not by a lone line's last word.
"""

from __future__ import annotations

import pytest

from classifymail import company, mail


@pytest.mark.parametrize(
    ("frm", "signed", "want"),
    [
        ("Jason Hale <jason@hale.example>", "Jason\nHale & Son", "Hale & Son"),
        ("Nicole Crumb <nicole@crumb.example>", "Nicole\nCrumb & Co", "Crumb & Co"),
    ],
)
def test_a_name_ending_in_its_partner_word_keeps_it(frm: str, signed: str, want: str) -> None:
    raw = mail(
        "Hi Sam,\n\nThanks for your CV. Could you come in for an interview on Thursday at "
        f"3pm at the workshop?\n\n{signed}",
        frm=frm,
        subject="Your application",
    )
    assert company(raw) == want


@pytest.mark.parametrize(
    "greeting",
    [
        "Marloes ontvangt je dinsdag om 10 uur in de winkel.",
        "Frau Krüger erhält Ihre Zusage gern telefonisch.",
    ],
)
def test_a_person_receiving_the_candidate_is_no_employer(greeting: str) -> None:
    raw = mail(
        "Hallo Sam,\n\nFietsdepot heeft gereageerd op je sollicitatie voor Verkoper.\n\n"
        f"{greeting}\n\nSucces!\nWerkzoeken",
        frm="Werkzoeken <noreply@werkzoeken.example>",
        subject="Uitnodiging sollicitatiegesprek",
    )
    assert company(raw) == "Fietsdepot"


@pytest.mark.parametrize("firm", ["Royal Botanic Gardens", "Plaza Hotel Group"])
def test_a_signature_named_like_a_place_is_the_firm(firm: str) -> None:
    raw = mail(
        "Dear Sam,\n\nThank you for applying. We would like to invite you to an interview on "
        f"Tuesday 1 December at 10am.\n\nKind regards,\nAlice Brown\n{firm}",
        frm="Alice Brown <alice.brown@homemail.example>",
        subject="Interview invitation",
    )
    assert company(raw) == firm
