"""classify(): the role given to a described third person, or others preferred in
gender-inclusive German, is a rejection; a decision not yet taken is none.

Worded for the rule, not taken from any dev set, with counter-cases.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Mon, 16 Nov 2026 10:00:00 +0000",
    message_id="<ks3@acme.example>",
)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for your patience. We've decided to offer the Senior Buyer role to "
        "a candidate with more category-management experience.\n\nBest wishes,\nJane",
        "Dear Sam,\n\nAfter the final panel, the board chose to appoint an applicant who has "
        "led a merger of this size before.\n\nKind regards,\nJane Doe\nHR Business Partner",
        "Sam - quick one: we decided to hire a candidate from inside the team for the QA "
        "lead post. Sorry, I know you were keen.\n\nJane",
        "Sehr geehrte Frau Sam,\n\nwir haben uns entschieden, die Stelle einer Bewerberin "
        "anzubieten, die bereits Erfahrung im Medizincontrolling mitbringt.\n\nMit "
        "freundlichen Grüßen\nJane Doe",
    ],
)
def test_the_role_given_to_a_described_third_person_is_a_rejection(body: str) -> None:
    assert kind(mail(body)) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Sehr geehrte Frau Sam,\n\nnach Prüfung aller Unterlagen haben wir uns für "
        "Bewerber*innen entschieden, deren Qualifikation gezielter zum Profil der Stelle "
        "passt.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        "Hallo Sam,\n\nwir haben uns für Kandidat_innen entschieden, deren Erfahrung noch "
        "genauer zu unseren Anforderungen passt.\n\nViele Grüße\nJane",
        "Liebe Sam,\n\nleider haben wir uns für KandidatInnen entschieden, die einschlägigere "
        "Erfahrung mitbringen.\n\nHerzliche Grüße\nJane",
    ],
)
def test_others_preferred_in_gender_inclusive_german_is_a_rejection(body: str) -> None:
    assert kind(mail(body)) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # a plan, not a decision: the role is not yet given to anyone
        "Hi Sam,\n\nWe hope to offer the role to a candidate by the end of the month and "
        "will be in touch either way.\n\nJane",
        # still talking with others: no decision yet ("mit weiteren Kandidatinnen")
        "Guten Tag Sam,\n\nwir führen derzeit noch Gespräche mit weiteren Bewerberinnen und "
        "Bewerbern und melden uns bis Ende des Monats bei Ihnen.\n\nMit freundlichen Grüßen\n"
        "Jane Doe",
        "Hallo Sam,\n\nwir sprechen diese Woche noch mit anderen Kandidat:innen und geben "
        "Ihnen danach Bescheid.\n\nViele Grüße\nJane",
    ],
)
def test_a_decision_not_yet_taken_is_no_rejection(body: str) -> None:
    assert kind(mail(body)) == "employer_reply"
