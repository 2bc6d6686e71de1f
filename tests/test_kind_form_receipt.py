"""The rules read a form tool's receipt for an employer's job form as an application receipt.

"Thanks for filling out X" from a form tool, in mail where the form's owner says it is hiring
("recrute", "sucht eine", "buscamos un", "zoekt een"), is the receipt of an application; a
survey's or an event's receipt, a newsletter of firms that hire elsewhere and a job alert are
not. Worded afresh, in other sectors and languages than the failing case.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from classifymail import ME, mail

FORMS = "Formulaires <forms-receipts-noreply@forms.example>"


def rules_kind(raw: bytes) -> str:
    return rules_only(parse_message(raw), me=(ME,)).kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Thanks for completing Kitchen crew sign-in",
            "Thank you for completing Kitchen crew - weekends\n\nThe Copper Kettle is now"
            " hiring line cooks and porters. Someone from the kitchen will be in touch.\n\n"
            "Your answers\nFull name: Sam\n",
        ),
        (
            "Merci d'avoir rempli le formulaire",
            "Merci d'avoir rempli « Saisonniers vendanges 2027 ».\n\nLe Domaine des Trois"
            " Chênes recrute pour les vendanges de septembre. Nous lisons chaque réponse.\n",
        ),
        (
            "Ihre Antwort wurde gespeichert",
            "Vielen Dank für das Ausfüllen von Aushilfe Hofladen.\n\nDer Biohof Lindenau sucht"
            " eine Aushilfe für den Hofladen am Wochenende. Wir melden uns.\n",
        ),
        (
            "Gracias por completar el formulario",
            "Gracias por completar «Monitores verano 2027».\n\nEl Campamento Los Pinos busca"
            " monitores para julio y agosto. Leemos todas las respuestas.\n",
        ),
        (
            "Bedankt voor het invullen",
            "Bedankt voor het invullen van Bezorgers gezocht.\n\nFietskoeriers Utrecht zoekt"
            " nieuwe bezorgers voor de avonduren. We nemen snel contact op.\n",
        ),
    ],
)
def test_a_form_receipt_from_an_employer_that_is_hiring_is_an_application_receipt(
    subject: str, body: str
) -> None:
    assert rules_kind(mail(body, frm=FORMS, subject=subject)) == "application_received"


@pytest.mark.parametrize(
    ("subject", "body", "headers"),
    [
        # a survey's receipt from a firm with a careers footer
        (
            "Thanks for filling out our customer survey",
            "Thanks for filling out the Customer satisfaction survey 2026.\n\nP.S. We're"
            " hiring! See our careers page.\n",
            "",
        ),
        # an event's RSVP receipt
        (
            "Thanks for filling out the RSVP",
            "Thanks for filling out Open day RSVP.\n\nGreenfield Farm is hiring pickers this"
            " summer, ask us on the day.\n",
            "",
        ),
        # a newsletter naming firms that hire elsewhere
        (
            "This week in hospitality",
            "Thanks for filling out last week's reader poll!\n\nHarbour Grill is hiring."
            " Café Lume is hiring too.\n",
            "List-Unsubscribe: <mailto:unsub@news.example>\r\n",
        ),
        # a job alert: no receipt at all
        (
            "3 new jobs for you",
            "New jobs matching your alert: Seaside Hotel is hiring a night porter.\n",
            "List-Unsubscribe: <mailto:unsub@jobs.example>\r\n",
        ),
        # a receipt for a form with no one hiring
        (
            "Thanks for filling out Allotment waiting list",
            "Thanks for filling out Allotment waiting list.\n\nWe will write when a plot is"
            " free.\n",
            "",
        ),
    ],
)
def test_other_receipts_and_hiring_news_are_no_application(
    subject: str, body: str, headers: str
) -> None:
    assert rules_kind(mail(body, frm=FORMS, subject=subject, headers=headers)) != (
        "application_received"
    )
