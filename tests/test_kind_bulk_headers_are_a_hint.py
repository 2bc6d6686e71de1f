"""Kind rules: bulk headers (List-Unsubscribe, Precedence) are a hint, not proof: an ATS or
scheduler that books, invites or asks for a time for the candidate's own application (two
sorts of evidence, one of them the role or the application itself) is personal; a
newsletter's advice and a lender's "your application" stay unrelated.
"""

from __future__ import annotations

import pytest

from classifymail import noor_kind as kind_of
from classifymail import noor_mail as mail

_BULK = "List-Unsubscribe: <https://mailer.example/unsub/7f3a>\r\nPrecedence: bulk\r\n"

PERSONAL_BUT_BULK = [
    (
        "interview_request",
        "Next step: Warehouse Team Lead at Brightmoor Logistics",
        "Hi Noor,\n\nYou applied for the Warehouse Team Lead role last week, and the "
        "operations manager would like to invite you to a 30-minute video interview.\n\nPick "
        "whichever slot suits you here: https://hire.example/slots/brightmoor-4471\n\n"
        "Brightmoor Logistics Recruiting (sent via HireLoop)",
    ),
    (
        "interview_scheduled",
        "Terminbestätigung: Vorstellungsgespräch Sachbearbeiterin Buchhaltung",
        "Hallo Noor Haddad,\n\nIhr Vorstellungsgespräch für die Stelle als Sachbearbeiterin "
        "Buchhaltung ist gebucht.\n\nWas: Sachbearbeiterin Buchhaltung - "
        "Gespräch mit der Fachabteilung (45 Min.)\nWann: Donnerstag, 26. November 2026, "
        "10:00 - 10:45 Uhr (MEZ)\nWo: Microsoft Teams, der Link folgt in der Einladung\n\n"
        "Termin ändern: https://termine.example/r/8812\n\nGesendet mit Terminfix",
    ),
    (
        "interview_request",
        "Votre candidature - Chargé de clientèle",
        "Bonjour Noor,\n\nSuite à votre candidature au poste de Chargé de clientèle chez "
        "Maison Verlaine. Nous souhaitons vous inviter à un premier entretien "
        "téléphonique.\n\nChoisissez le créneau qui vous convient : "
        "https://rdv.example/verlaine/5520\n\nL'équipe recrutement Maison Verlaine",
    ),
]


@pytest.mark.parametrize(("want", "subject", "body"), PERSONAL_BUT_BULK, ids=["en", "de", "fr"])
def test_an_ats_acting_on_the_candidates_application_is_not_bulk(
    want: str, subject: str, body: str
) -> None:
    raw = mail(
        body,
        subject=subject,
        sender="Recruiting Team <recruiting@hireloop-mail.example>",
        headers=_BULK,
    )
    assert kind_of(raw) == want


NEWSLETTERS = [
    (
        "Your panel interview is booked. Now what?",
        "Hi reader,\n\nThis week in Career Notes: your panel interview is confirmed and the "
        "calendar invite is in. Here is how to prepare, and how to pick which slot to ask "
        "for when a recruiter sends a booking link.\n\nRead online: "
        "https://careernotes.example/issue/112",
    ),
    (
        "Good news - your offer is ready",
        "Hi Noor,\n\nBased on your application, you could borrow up to EUR 240,000 with one "
        "of our lenders. Book a free call with an adviser to lock in a fixed rate before "
        "the end of the month: https://homeloans.example/book\n\nHomeloans Direct",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NEWSLETTERS, ids=["advice", "lender"])
def test_bulk_mail_about_applications_in_general_stays_unrelated(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, sender="Dana Price <dana@letters.example>", headers=_BULK)
    assert kind_of(raw) == "unrelated"
