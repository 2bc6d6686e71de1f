"""classify(): a careers desk's display that sets its word before the firm's name.

ATS robots write as "Carrières Montclair", "Karriere Lindenhof", "Vacatures Veenrand",
"Empleo Grupo Sur", "Careers Brightfield": the desk's word is no part of the employer's
name, as "Brightfield Careers" after it is not. A display that is the desk alone ("Careers
Portal (Do Not Reply)", "Careers Team") names no firm. Worded afresh in five languages.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.names import normalise_company
from classifymail import company, mail

mail = functools.partial(mail, message_id="<careers-desk@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Karriere Lindenhof <no-reply@jobs.lindenhof-mb.example>",
            "Eingangsbestätigung Ihrer Bewerbung",
            "Guten Tag Sam,\n\nvielen Dank für Ihre Bewerbung als Konstrukteur. Wir melden uns "
            "in den nächsten Wochen.\n\nDies ist eine automatisch erstellte Nachricht.\n",
            "Lindenhof",
        ),
        (
            "Vacatures Veenrand <noreply@werkenbij-veenrand.example>",
            "Bevestiging van je sollicitatie",
            "Beste Sam,\n\nBedankt voor je sollicitatie. We nemen binnen twee weken contact "
            "met je op.\n\nDit is een automatisch bericht.\n",
            "Veenrand",
        ),
        (
            "Careers Brightfield <no-reply@brightfield-talent.example>",
            "Application received",
            "Hi Sam,\n\nThanks for applying for the Data Analyst role. We'll review your "
            "application and be in touch.\n\nThis is an automated message.\n",
            "Brightfield",
        ),
    ],
)
def test_the_firm_after_the_desks_word(frm: str, subject: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Carrières Montclair", "Montclair"),
        ("Empleo Grupo Sur", "Grupo Sur"),
        ("Karriere bei Lindenhof", "Lindenhof"),
        ("Careers Portal (Do Not Reply)", "Careers Portal (Do Not Reply)"),
        ("Careers Team", "Careers"),
        ("Careers", "Careers"),
        ("Recrutement orano", "orano"),
    ],
)
def test_normalise_company(written: str, said: str) -> None:
    assert normalise_company(written) == said
