"""classify(): a short domain of initials ("fc.example", "mwb.example") spells no name; the
registered name the sign-off closes with ("Fromagerie Chevrot S.A.S.", "Coöperatie Melkweg
Brabant U.A.") is the employer, without its legal form (cooperatives' "eG" and "U.A." too).
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.names import normalise_company
from classifymail import company, mail

mail = functools.partial(mail, message_id="<sdr@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Recrutement <rh@fc.example>",
            "Votre candidature",
            "Bonjour Sam,\n\nNous vous remercions pour votre candidature. Malheureusement nous "
            "ne pouvons pas y donner une suite favorable.\n\nCordialement,\nL'équipe RH\n"
            "Fromagerie Chevrot S.A.S.\n",
            "Fromagerie Chevrot",
        ),
        (
            "HR <hr@mwb.example>",
            "Uitnodiging sollicitatiegesprek",
            "Beste Sam,\n\nWij nodigen je graag uit voor een sollicitatiegesprek op donderdag "
            "19 november om 14:00 uur.\n\nMet vriendelijke groet,\nAfdeling HR\n"
            "Coöperatie Melkweg Brabant U.A. · Veghel\n",
            "Coöperatie Melkweg Brabant",
        ),
        (
            "Personal <personal@rbo.example>",
            "Ihre Bewerbung",
            "Sehr geehrte Frau Sam,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
            "mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\n"
            "Mit freundlichen Grüßen\nPersonalabteilung\nRaiffeisenbank Ostalb eG\n",
            "Raiffeisenbank Ostalb",
        ),
        (
            "Careers <careers@hwt.example>",
            "Your application",
            "Hi Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we "
            "have decided not to progress your application.\n\nKind regards,\nPeople Team\n"
            "Hollowtree Water Ltd\n",
            "Hollowtree Water",
        ),
    ],
)
def test_the_registered_name_in_the_sign_off_beats_a_domain_of_initials(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("written", "want"),
    [
        ("Raiffeisenbank Ostalb eG", "Raiffeisenbank Ostalb"),
        ("Coöperatie Melkweg Brabant U.A.", "Coöperatie Melkweg Brabant"),
        ("Kessel Haustechnik GmbH & Co. KG", "Kessel Haustechnik"),
    ],
)
def test_cooperatives_legal_forms_are_dropped(written: str, want: str) -> None:
    assert normalise_company(written) == want
