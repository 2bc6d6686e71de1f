"""classify(): the firm a sender writes for, and the name a registered firm trades as.

- An ATS's display says whom it writes for: "Workday on behalf of Fenmore Foods",
  "Jobportal im Auftrag von Stadtwerke Fallingen", "Talentia au nom de Maison Vey".
- "Corvid Holdings Ltd trading as Nightjar Coffee", "Brinkman Holding B.V. h.o.d.n.
  Fietsplein", "Rowan & Vale LLC d/b/a Lantern Books": the trading name is the employer,
  also where more words of the registered name stand before its legal form.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<obt@x.example>")

_NO = {
    "en": "Hi Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately, after "
    "careful consideration, we have decided not to progress your application.\n\n"
    "Kind regards,\n",
    "de": "Sehr geehrte Frau Sam,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
    "mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\n"
    "Mit freundlichen Grüßen\n",
    "fr": "Bonjour Sam,\n\nNous vous remercions pour votre candidature. Malheureusement nous "
    "ne pouvons pas y donner une suite favorable.\n\nCordialement,\n",
    "nl": "Beste Sam,\n\nBedankt voor je sollicitatie. Helaas hebben we besloten om niet "
    "verder te gaan met je sollicitatie.\n\nMet vriendelijke groet,\n",
}


@pytest.mark.parametrize(
    ("frm", "lang", "want"),
    [
        ("Workday on behalf of Fenmore Foods <fenmore@myworkday.com>", "en", "Fenmore Foods"),
        (
            "Jobportal im Auftrag von Stadtwerke Fallingen <noreply@jobportal.example>",
            "de",
            "Stadtwerke Fallingen",
        ),
        ("Talentia au nom de Maison Vey <ne-pas-repondre@talentia.example>", "fr", "Maison Vey"),
    ],
)
def test_the_firm_a_display_writes_on_behalf_of(frm: str, lang: str, want: str) -> None:
    assert company(mail(_NO[lang] + "Recruitment\n", frm=frm, subject="Application")) == want


@pytest.mark.parametrize(
    ("frm", "lang", "sign", "want"),
    [
        (
            "Ana Ortiz <ana.ortiz@corvid.example>",
            "en",
            "Ana Ortiz\nHR Manager\nCorvid Holdings Ltd trading as Nightjar Coffee\n",
            "Nightjar Coffee",
        ),
        (
            "Eva Brink <eva@brinkman.example>",
            "nl",
            "Eva Brink\nP&O\nBrinkman Holding B.V. h.o.d.n. Fietsplein\n",
            "Fietsplein",
        ),
        (
            "Hal Rowan <hal@rowanvale.example>",
            "en",
            "Hal Rowan\nOwner\nRowan & Vale LLC d/b/a Lantern Books\n",
            "Lantern Books",
        ),
    ],
)
def test_the_trading_name_is_the_employer(frm: str, lang: str, sign: str, want: str) -> None:
    assert company(mail(_NO[lang] + sign, frm=frm, subject="Your application")) == want
