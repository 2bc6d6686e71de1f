"""classify(): a receipt whose invitation waits on a condition said verb-first ("Should we wish
to ...", "Sollten wir ...") asks nothing yet.

Worded for the rule, not taken from any dev set, in several languages.
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


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Bedankt voor je sollicitatie",
            "Hoi Sam,\n\nBedankt voor je sollicitatie als logistiek medewerker. Sluit je "
            "ervaring aan bij wat we zoeken, dan nodigen we je uit voor een gesprek.\n\nTeam "
            "Werving",
        ),
        (
            "Eingangsbestätigung Ihrer Bewerbung",
            "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Elektroniker. Passt Ihr Profil zu "
            "unseren Anforderungen, laden wir Sie zu einem Vorstellungsgespräch ein.\n\nIhr "
            "Recruiting-Team",
        ),
    ],
)
def test_a_verb_first_condition_asks_nothing_yet(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="Careers <no-reply@jobs.acme.example>")
    assert kind(raw) == "application_received"
