"""German "Absage" of a meeting ("eine Absage für unseren Termin", "Terminabsage") cancels it;
an "Absage" of the application stays a rejection.

Worded afresh (other firms, registers, layouts), with counter-cases.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from classifymail import ME, mail

FRM = "Jana Keller <jana.keller@holzbau-keller.example>"


def rules_kind(body: str, subject: str) -> str:
    return rules_only(parse_message(mail(body, subject=subject, frm=FRM)), me=(ME,)).kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ihr Vorstellungsgespräch als Zimmerer",
            "Guten Tag Herr Berger,\n\nleider muss ich Ihnen eine Absage für unser"
            " Vorstellungsgespräch am Freitag, 20. November, 9 Uhr geben: unser Meister ist"
            " auf einer Baustelle gebunden. Ich melde mich mit einem neuen Vorschlag.\n\n"
            "Freundliche Grüße\nJana Keller\nPersonal\n",
        ),
        (
            "Terminabsage - Bewerbung Bürokauffrau",
            "Hallo Frau Yilmaz,\n\nhiermit eine kurzfristige Terminabsage: das Gespräch am"
            " Dienstag um 14 Uhr kann wegen Krankheit nicht stattfinden. Ihre Bewerbung bleibt"
            " selbstverständlich im Verfahren.\n\nViele Grüße\nJana Keller\n",
        ),
        (
            "Unser Telefonat morgen",
            "Hallo Alex,\n\nsorry, ich muss dir eine Absage für das Telefonat morgen um 11 Uhr"
            " schicken, mir ist ein Kundentermin dazwischengekommen. Ich schreibe dir wegen"
            " eines neuen Termins für das Gespräch zur Stelle.\n\nJana\n",
        ),
    ],
)
def test_an_absage_of_the_meeting_cancels_it(subject: str, body: str) -> None:
    assert rules_kind(body, subject) == "interview_cancelled"


def test_an_absage_of_the_application_stays_a_rejection() -> None:
    body = (
        "Guten Tag Herr Berger,\n\nvielen Dank für das angenehme Gespräch am Montag. Leider"
        " müssen wir Ihnen nach reiflicher Überlegung eine Absage für Ihre Bewerbung als"
        " Zimmerer erteilen.\n\nFreundliche Grüße\nJana Keller\n"
    )
    assert rules_kind(body, "Ihre Bewerbung als Zimmerer") == "rejection"
