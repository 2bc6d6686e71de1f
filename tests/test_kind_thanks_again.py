"""Thanks said "again" ("Thank you again for your interest", "merci encore pour votre
candidature", "nochmals danke für Ihre Bewerbung") come from a person writing on in the
process, not from a receipt. Worded afresh, with a counter-case.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from classifymail import ME, mail

FRM = "Priya Nair <priya.nair@kestrel-insure.example>"


def rules_kind(body: str, subject: str, frm: str = FRM) -> str:
    return rules_only(parse_message(mail(body, subject=subject, frm=frm)), me=(ME,)).kind


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nThank you again for your interest in joining Kestrel Insurance. Before"
        " we go further, please upload a copy of your passport and your degree certificate to"
        " the candidate portal.\n\nKind regards,\nPriya Nair\nTalent Acquisition\n",
        "Bonjour Sam,\n\nMerci encore pour votre candidature. Pour compléter le dossier,"
        " merci de transmettre une copie de votre diplôme à notre service.\n\nPriya Nair\n"
        "Ressources humaines\n",
        "Hallo Sam,\n\nnochmals danke für Ihre Bewerbung. Bitte reichen Sie noch Ihr"
        " Arbeitszeugnis über das Portal ein.\n\nViele Grüße\nPriya Nair\nPersonal\n",
    ],
)
def test_thanks_again_is_a_person_writing_on(body: str) -> None:
    assert rules_kind(body, "Your application - documents") == "employer_reply"


def test_first_thanks_from_a_system_stay_a_receipt() -> None:
    body = (
        "Dear Sam,\n\nThank you for your application for the Claims Handler role. We have"
        " received it and will review it shortly.\n\nKestrel Insurance Recruitment\n"
    )
    frm = "Kestrel Careers <no-reply@kestrel-insure.example>"
    assert rules_kind(body, "Application received", frm) == "application_received"
