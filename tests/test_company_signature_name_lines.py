"""classify(): the employer's name from a signature's lines: name then town, title then company,
the name a firm trades as, an article opening the line, a name ending like a title but
naming a place of work, a typographic apostrophe read as the typed one.

Worded from the mail's own words, not a dev set's, with counter-cases.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import INTERVIEW_ASK as _ASK
from classifymail import company, mail

mail = functools.partial(mail, subject="Your application", message_id="<cn2@x.example>")


@pytest.mark.parametrize(
    ("domain", "line", "name"),
    [
        # no title opens the line: the name comes first, its town after the comma
        ("quaysidegalway", "Quayside Hotel, Galway", "Quayside Hotel"),
        ("fondaleal", "Fonda Leal, Oaxaca", "Fonda Leal"),
        ("marebleulille", "Maison Marebleu, Lille", "Maison Marebleu"),
    ],
)
def test_a_signature_line_of_name_then_town_gives_the_name(domain: str, line: str, name: str):
    body = f"{_ASK}Thanks,\nNiamh\n\nNiamh Walsh\nDuty Manager\n{line}"
    assert company(mail(body, frm=f"Niamh Walsh <niamh@{domain}.example>")) == name


def test_a_title_then_company_line_still_gives_the_company() -> None:
    # counter-case: "Title, Company" keeps the part after the comma
    body = f"{_ASK}Thanks,\nNiamh Walsh\nHead Receptionist, Lough Corrib Lodge"
    assert company(mail(body, frm="Niamh Walsh <niamh@gmail.example>")) == "Lough Corrib Lodge"


@pytest.mark.parametrize(
    ("domain", "line", "name"),
    [
        ("brennanretail", "Brennan Retail Ltd t/a Corner Cupboard", "Corner Cupboard"),
        ("okaforfoods", "Okafor Foods Limited, trading as Jollof Junction", "Jollof Junction"),
    ],
)
def test_the_name_a_firm_trades_as_is_the_employer(domain: str, line: str, name: str) -> None:
    body = f"{_ASK}Tom\nArea Manager\n{line}"
    assert company(mail(body, frm=f"Tom Byrne <tom@{domain}.example>")) == name


def test_a_firm_without_a_trading_name_keeps_its_own() -> None:
    body = f"{_ASK}Tom\nArea Manager\nBrennan Retail Ltd - Dundrum | Swords"
    assert company(mail(body, frm="Tom Byrne <tom@brennanretail.example>")) == "Brennan Retail"


def test_an_article_opening_a_signatures_name_line_is_part_of_it() -> None:
    body = (
        "Bonjour Sam,\n\nMerci pour votre candidature. Pourriez-vous passer jeudi pour un "
        "entretien ?\n\nCordialement,\nLéa Martin\nCheffe de salle\nLe Comptoir Vermeil, Lyon"
    )
    raw = mail(body, frm="Léa Martin <lea@comptoirvermeil.example>", subject="Candidature")
    assert company(raw) == "Le Comptoir Vermeil"


def test_a_name_ending_like_a_title_but_naming_a_place_of_work_is_kept() -> None:
    body = f"{_ASK}Thanks,\nDana Reyes\nNurse Manager\nBayshore Community Health Center, Oakland"
    raw = mail(body, frm="Dana Reyes <dana.reyes@gmail.example>")
    assert company(raw) == "Bayshore Community Health Center"


def test_a_typographic_apostrophe_is_the_typed_one() -> None:
    body = f"{_ASK}Colleen MacIsaac\nSt. Ciarán’s Health Centre | Halifax, Nova Scotia"
    raw = mail(body, frm="Colleen MacIsaac <colleen@stciarans.example>")
    assert company(raw) == "St. Ciarán's Health Centre"
