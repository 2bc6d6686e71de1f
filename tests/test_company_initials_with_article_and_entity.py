"""classify(): a domain of initials spelled by a name that opens with its article, and an
HTML entity left in the text.

- "dgw.example" signed "De Groene Wissel", "hbh.example" signed "Het Blauwe Huis",
  "lrv.example" signed "La Ruche Verte": the article gives its initial, the name is whole.
- "Orton &amp; Vale Partners" (an entity a plain-text part kept) is "Orton & Vale Partners".
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<iae@x.example>")


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Anna Smit <a.smit@dgw.example>",
            "Beste Sam,\n\nWij nodigen je graag uit voor een sollicitatiegesprek op donderdag "
            "19 november om 14:00 uur.\n\nMet vriendelijke groet,\nAnna Smit\nTeamleider\n"
            "De Groene Wissel\n",
            "De Groene Wissel",
        ),
        (
            "Joris Bakker <joris@hbh.example>",
            "Beste Sam,\n\nBedankt voor je sollicitatie. Helaas hebben we besloten om niet "
            "verder te gaan met je sollicitatie.\n\nMet vriendelijke groet,\nJoris Bakker\n"
            "Het Blauwe Huis\n",
            "Het Blauwe Huis",
        ),
        (
            "Claire Roux <claire@lrv.example>",
            "Bonjour Sam,\n\nNous vous remercions pour votre candidature. Malheureusement "
            "nous ne pouvons pas y donner une suite favorable.\n\nCordialement,\nClaire Roux\n"
            "La Ruche Verte\n",
            "La Ruche Verte",
        ),
        (
            "Mia Lowe <mia@ovp.example>",
            "Hi Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we have "
            "decided not to progress your application.\n\nKind regards,\nMia Lowe\nHR Advisor\n"
            "Orton &amp; Vale Partners\n",
            "Orton & Vale Partners",
        ),
    ],
)
def test_the_name_the_initials_stand_for(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Re: sollicitatie / candidature")) == want
