"""classify(): the employer's name in the words and order the mail itself writes it.

Each case is worded afresh (other firms, trades and languages than the dev sets): a name
whose domain puts its words the other way round, a trade's word that opens the name, a
partnership's own words, a name set in capitals, and the counter-cases (running text, a
greeting, a desk's word, an acronym, a registration suffix such as LLP).
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.names import has_legal_form
from afterview.understand.company.spelling import title_from_domain
from afterview.understand.company.written import as_written
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<cn3@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


def _interview(body_name_line: str, frm: str, subject: str = "Your interview") -> bytes:
    body = (
        "Dear Sam,\n\nThank you for your application. We would like to invite you to an "
        "interview for the Analyst position next week; please tell us which day suits you.\n\n"
        f"Kind regards\nMarta Quiles\n{body_name_line}\n"
    )
    return mail(body, subject=subject, frm=frm)


@pytest.mark.parametrize(
    ("line", "frm", "name"),
    [
        # the domain reverses the words; the signature line is the firm's own order
        (
            "Seguros Albarracín",
            "Marta Quiles <marta.quiles@albarracin-seguros.example>",
            "Seguros Albarracín",
        ),
        (
            "Recruiting | Versicherung Hohenfels",
            "Marta Quiles <m.quiles@hohenfels-versicherung.example>",
            "Versicherung Hohenfels",
        ),
        # a compound that holds the domain's trade word ("bank" in "Bankhaus"), registered
        (
            "Bankhaus Lindqvist KG",
            "Marta Quiles <m.quiles@lindqvist-bank.example>",
            "Bankhaus Lindqvist",
        ),
        # a trade's word that opens the name the domain leaves out
        (
            "Banque Morel-Sauvage SA",
            "Marta Quiles <m.quiles@morelsauvage.example>",
            "Banque Morel-Sauvage",
        ),
        ("Bodegas Peñaflor", "Marta Quiles <m.quiles@penaflor.example>", "Bodegas Peñaflor"),
    ],
)
def test_the_name_is_written_in_the_mails_own_order_and_words(
    line: str, frm: str, name: str
) -> None:
    assert company(_interview(line, frm)) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Castellane Roux Avocats", "Castellane Roux Avocats"),
        ("Brandauer Wiesinger Rechtsanwälte PartG mbB", "Brandauer Wiesinger Rechtsanwälte"),
        ("Lüthi Gerber Partner AG", "Lüthi Gerber Partner"),
        # decision: LLP is a registration suffix like Inc. or Ltd, left out
        ("Thackeray Moss LLP", "Thackeray Moss"),
    ],
)
def test_a_partnerships_own_words_stay_its_registration_suffix_does_not(
    line: str, name: str
) -> None:
    local = "".join(name.split()[:2]).lower().replace("ü", "ue")
    frm = f"Marta Quiles <m.quiles@{local}.example>"
    assert company(_interview(line, frm)) == name


def test_a_name_set_in_capitals_is_written_in_title_case() -> None:
    raw = _interview("DELAUNAY VERCORS Notaires", "Marta Quiles <m.quiles@delaunayvercors.example>")
    assert company(raw) == "Delaunay Vercors Notaires"


def test_a_name_in_capitals_takes_the_mails_own_mixed_case_spelling() -> None:
    assert as_written("HOLLOWAY REEVE", ["HOLLOWAY REEVE", "Holloway Reeve\nLondon"]) == (
        "Holloway Reeve"
    )


@pytest.mark.parametrize(
    ("name", "texts", "expected"),
    [
        # four capitals or fewer are an acronym, and "de" stays lower case inside a name
        ("KPMG", ["KPMG"], "KPMG"),
        ("AGUAS DEL VALLE", ["AGUAS DEL VALLE"], "Aguas del Valle"),
        # running text is no line of the name: the domain's order stands
        (
            "Rossi Assicurazioni",
            ["Thanks from all of us at Assicurazioni Rossi and good luck"],
            "Rossi Assicurazioni",
        ),
        # a greeting, a subject's word or a desk before the name is not part of it
        ("Grachtmolen", ["Kennismaking Grachtmolen", "Hallo Grachtmolen"], "Grachtmolen"),
        ("Ventoux Digital", ["Talents de Ventoux Digital"], "Ventoux Digital"),
        ("Calder Finch", ["Ihr Calder Finch"], "Calder Finch"),
        # a label before a colon is not part of the name
        ("Harwick Bank", ["Venue: Harwick Bank"], "Harwick Bank"),
        # a longer name the mail writes beside a plain one is no trade's word: left alone
        (
            "Calder Mutual",
            ["Talent Partner | Calder Mutual Assurance Society Limited"],
            "Calder Mutual",
        ),
    ],
)
def test_counter_cases_keep_the_name(name: str, texts: list[str], expected: str) -> None:
    assert as_written(name, texts) == expected


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        ("Bankhaus Lindqvist KG", True),
        ("Thackeray Moss LLP", True),
        ("Brandauer Wiesinger Rechtsanwälte PartG mbB", True),
        ("Castellane Roux Avocats", False),
        ("Maison Clairbois", False),
    ],
)
def test_a_registered_name_is_told_by_its_legal_form(text: str, legal: bool) -> None:
    assert has_legal_form(text) is legal


def test_a_word_between_the_names_own_is_written_out() -> None:
    texts = ["Odile Marchal | Payroll Officer | Saltash Community Radio | 01752 555 010"]
    assert as_written("Saltash Radio", texts) == "Saltash Community Radio"


@pytest.mark.parametrize(
    ("domain", "body", "name"),
    [
        # the mail writes one of the label's words: the label splits there
        ("kestrelharriers.example", "Good luck with the Harriers trial.", "Kestrel Harriers"),
        ("vantarainfotech.example", "Your interview at Vantara went well.", "Vantara Infotech"),
        # no word of it in the mail: a word of organisations ends it, as before
        ("coppermillstudios.example", "See you soon.", "Coppermill Studios"),
    ],
)
def test_a_domain_label_splits_where_the_mail_writes_one_of_its_words(
    domain: str, body: str, name: str
) -> None:
    assert title_from_domain(domain, [body]) == name
