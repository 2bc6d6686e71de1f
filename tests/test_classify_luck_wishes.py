"""Luck wished for the reader's interview comes from family and friends, not the hirer.

A parent's "Good luck with your interview tomorrow at 10, love!" names the interview and its
time in the second person, the way a hirer on free mail settles a meeting ("see you tomorrow
at 10 for your interview"). A hirer never wishes the reader luck for its own interview
unless it also confirms it; a friend never confirms it. So luck wished for the interview
ahead, in a message that neither confirms nor invites, is a friend's talk, in five languages.
"""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import kind, mail

MON = "Mon, 23 Nov 2026 19:00:00 +0000"
family = partial(mail, frm="Linda Rivera <linda.rivera61@yahoo.example>", date_=MON)

WELL_WISHERS = {
    "en-mum": family(
        "Good luck with your interview tomorrow at 10, love! Call me afterwards and tell me "
        "everything.\n\nMum x",
        subject="Tomorrow",
    ),
    "en-best-of-luck": family(
        "Best of luck for tomorrow's interview at 2pm!! You'll be brilliant.\nDad",
        subject="tomorrow",
    ),
    "en-break-a-leg": family(
        "Break a leg at the interview on Thursday at 3pm! Ring me after x", subject="Thursday"
    ),
    "de": family(
        "Viel Glück morgen bei deinem Vorstellungsgespräch um 10 Uhr! Ruf mich danach an.\n\nMama",
        subject="Morgen",
    ),
    "fr": family(
        "Bonne chance pour ton entretien demain à 14h ! Appelle-moi après.\n\nBisous, Papa",
        subject="Demain",
    ),
    "es": family(
        "¡Mucha suerte en tu entrevista mañana a las 10! Llámame luego.\n\nMamá",
        subject="Mañana",
    ),
    "nl": family(
        "Veel succes met je sollicitatiegesprek morgen om 10 uur! Bel me daarna even.\n\n"
        "Liefs, mama",
        subject="Morgen",
    ),
}


@pytest.mark.parametrize("name", WELL_WISHERS)
def test_luck_wished_by_family_is_no_booking(name: str) -> None:
    assert kind(WELL_WISHERS[name]) == "unrelated"


hirer = partial(
    mail, frm="Dee Walsh <dee.crumbsbakery@gmail.example>", date_=MON,
    subject="Re: Assistant baker job",
)  # fmt: skip

# A hirer on free mail who confirms the time keeps it booked, luck or not; one who wishes luck
# for the reader's next interview is turning them down.
HIRERS = {
    "confirms-and-wishes-luck": (
        hirer(
            "Hi Sam, confirmed for tomorrow at 10 at the shop for your interview. Good luck "
            "with the interview!\nDee"
        ),
        "interview_scheduled",
    ),
    "see-you-with-luck": (
        hirer("Great, see you tomorrow at 10 for the interview then. Best of luck!\nDee"),
        "interview_scheduled",
    ),
}


@pytest.mark.parametrize("name", HIRERS)
def test_hirer_settling_a_time_keeps_it(name: str) -> None:
    raw, want = HIRERS[name]
    assert kind(raw) == want
