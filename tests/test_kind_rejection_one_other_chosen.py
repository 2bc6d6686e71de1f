"""classify(): one other person chosen is a rejection; a choice still pending, or the candidate
chosen, is none.

Each test pins one reason a careful reader uses, with wordings, registers and languages of
its own (written for the rule, not taken from any dev set), and counter-cases where the
same words mean something else.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Tue, 17 Nov 2026 10:00:00 +0000",
    message_id="<ks2@acme.example>",
)


# --- rejections: the one other person chosen ---------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Plant Manager - Ayrshire",
            "Hi Sam,\n\nThanks for coming up to the site last week. After a lot of back and "
            "forth the directors chose to give the job to her - she has run a plant of this size "
            "before.\n\nAll the best,\nJane",
        ),
        (
            "Your application: Head of Nursing",
            "Dear Sam,\n\nThank you for your time with the panel. The Trust has decided to "
            "appoint internally on this occasion.\n\nKind regards,\nJane Doe",
        ),
        (
            "Ihre Bewerbung als Werkstattleiter",
            "Hallo Sam,\n\nvielen Dank für das Gespräch. Nach reiflicher Überlegung haben wir uns "
            "für einen Bewerber entschieden, der bereits eine Werkstatt dieser Größe geführt "
            "hat.\n\nViele Grüße\nJane Doe",
        ),
        (
            "Ihre Bewerbung - Teamleitung Einkauf",
            "Guten Tag,\n\nwir haben beschlossen, das Auswahlverfahren mit einem Kandidaten "
            "fortzusetzen, dessen Erfahrung im Einkauf etwas breiter ist.\n\nFreundliche Grüße\n"
            "Jane Doe",
        ),
        (
            "Je sollicitatie als verpleegkundige",
            "Beste Sam,\n\nDank voor het fijne gesprek. We hebben uiteindelijk gekozen voor een "
            "kandidaat met meer ervaring in de ouderenzorg.\n\nMet vriendelijke groet,\nJane",
        ),
    ],
)
def test_one_other_person_chosen_is_a_rejection(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "rejection"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a decision still to come is no rejection
        (
            "Ihre Bewerbung als Werkstattleiter",
            "Hallo Sam,\n\nsobald wir uns für einen Bewerber entschieden haben, melden wir uns "
            "bei allen Kandidaten.\n\nViele Grüße\nJane Doe",
        ),
        # the role given to the candidate is an offer
        (
            "Plant Manager - Ayrshire",
            "Hi Sam,\n\nGreat news: the directors have decided to offer the role to you. The "
            "formal offer letter will follow tomorrow.\n\nJane",
        ),
    ],
)
def test_a_pending_choice_or_the_candidate_chosen_is_no_rejection(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) != "rejection"
