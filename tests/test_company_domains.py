"""The employer's initials in its mail domain or display name stand for the full name the mail
writes (acronyms.spelled_out, through spelling.match_domain and spelling.in_full).

Each case is worded afresh (other sectors, registers and five languages); the counter-cases
are initials that a phrase in running text happens to share, and short names that are no
acronym."""

from __future__ import annotations

import pytest

from afterview.understand.company.acronyms import spelled_out
from afterview.understand.company.spelling import in_full, match_domain


@pytest.mark.parametrize(
    ("domain", "text", "want"),
    [
        # a signature line of its own, English, a health board
        (
            "nwhb.example",
            "Thanks for your time today.\n\nPriya Nair\nRecruitment Officer\n"
            "North West Health Board\n",
            "North West Health Board",
        ),
        # Spanish, in running text beside the acronym, small words left out
        (
            "crsn.example",
            "Le escribimos desde el Consejo Regional de Salud del Norte (CRSN) para "
            "invitarle a una entrevista el martes.",
            "Consejo Regional de Salud del Norte",
        ),
        # Dutch, "en" left out, a line of its own
        (
            "dwv.example",
            "Met vriendelijke groet,\nEls de Wit\nDienst Wegen en Verkeer\n",
            "Dienst Wegen en Verkeer",
        ),
        # German, a compound gives two letters ("Landesamt" L-A) beside "für"
        (
            "lads.example",
            "Mit freundlichen Grüßen\nLandesamt für Denkmalpflege Sachsenberg\nReferat 3",
            "Landesamt für Denkmalpflege Sachsenberg",
        ),
        # French public body writing its common nouns in lower case, in parentheses
        (
            "chrv.example",
            "Votre entretien (Centre hospitalier régional de Vallon) aura lieu lundi.",
            "Centre hospitalier régional de Vallon",
        ),
        # French elision and a place spelled in full after the initials
        (
            "cpam-loire.example",
            "Cordialement,\nService RH\nCaisse Primaire d'Assurance Maladie Loire\n",
            "Caisse Primaire d'Assurance Maladie Loire",
        ),
        # a short form in capitals inside the name ("ETB"), from a booking page's title
        (
            "kwetb.example",
            "Event: Panel interview - Tutor (Kildare Wicklow ETB)",
            "Kildare Wicklow ETB",
        ),
    ],
)
def test_domain_initials_are_the_name_written_in_full(domain: str, text: str, want: str) -> None:
    assert match_domain(["Interview", text], domain) == want


def test_the_acronym_written_beside_the_name_gives_way_to_the_name() -> None:
    # the mail writes both; a person names the employer by the full form
    texts = [
        "Your application",
        "The NAWA panel met today.\n\nNational Agency for Water Audits (NAWA)\nCanberra",
    ]
    assert match_domain(texts, "nawa.example") == "National Agency for Water Audits"


@pytest.mark.parametrize(
    ("short", "text"),
    [
        ("DLCD", "Kind regards\nDepartment for Learning and Child Development – Careers"),
        ("BREO", "Recruitment Services\nBrigalow Regional Education Office"),
        ("SFO", "Atentamente,\nServicio Federal de Oceanografía\nMadrid"),
    ],
)
def test_a_display_names_short_form_is_written_out(short: str, text: str) -> None:
    full = in_full(short, ["Interview", text])
    assert full != short
    assert [w[0] for w in full.split() if w[0].isupper()] == list(short)


@pytest.mark.parametrize(
    ("domain", "text"),
    [
        # a course named in passing, in running text, shares the label's initials
        ("dsb.example", "I see you completed a Data Science Bootcamp last spring."),
        # ordinary words that happen to start with the letters
        ("wcut.example", "We can use Teams for the call, if that suits you."),
        # only one word: no acronym
        ("arc.example", "Regards,\nArchibald\n"),
    ],
)
def test_initials_a_phrase_happens_to_share_spell_no_employer(domain: str, text: str) -> None:
    assert match_domain(["Interview", text], domain) is None


def test_a_short_name_that_is_no_acronym_stays() -> None:
    # "Kora" is the firm; a body elsewhere in the mail with the same initials is not
    texts = ["Interview at Kora", "Kora is growing fast.\nKent Office of Regional Affairs\n"]
    assert match_domain(texts, "kora.example") == "Kora"


def test_a_certification_named_in_passing_is_not_the_employer() -> None:
    # the employer's own initials are looked up, never another acronym the mail names
    texts = [
        "Interview",
        "Please bring your OCT card (Ontario College of Teachers).\n\n"
        "Rideau Valley District School Board\n",
    ]
    assert match_domain(texts, "rvdsb.example") == "Rideau Valley District School Board"
    assert spelled_out("rvdsb", texts[1:]) == "Rideau Valley District School Board"


def test_a_name_that_ends_on_a_lower_case_word_is_no_expansion() -> None:
    assert spelled_out("rvd", ["Rideau valley drivers are welcome."]) is None


@pytest.mark.parametrize(
    ("domain", "text", "want"),
    [
        (
            "oakleyrx.example",
            "See you Friday!\n--\nDee Park | Oakley Pharmacy | Tulsa",
            "Oakley Pharmacy",
        ),
        (
            "mapleandoakrx.example",
            "Thanks for meeting with us at Maple & Oak Pharmacy. We would like a second chat.",
            "Maple & Oak Pharmacy",
        ),
        ("fernhillsuk.example", "Kind regards,\nFern Hills Care\nDerby", "Fern Hills Care"),
    ],
)
def test_a_trade_or_country_tag_after_the_name_is_not_spelled(
    domain: str, text: str, want: str
) -> None:
    assert match_domain(["Interview", text], domain) == want


def test_a_tag_left_on_a_short_label_is_part_of_the_name() -> None:
    # "onyx" is no "ony" plus a pharmacy's tag: too short to carry one
    assert match_domain(["Interview", "Regards,\nOny Group\n"], "onyrx.example") is None
