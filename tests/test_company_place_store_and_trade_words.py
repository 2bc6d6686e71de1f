"""classify(): the employer's name without a branch's place, with the words that are its own: a
word that recurs or completes the name stays, a named store does not beat the name with its
trade, a domain splits at its trade word, a trade word before the domain's name belongs to
it and a person's first name does not.

Worded from the mail's own words, not a dev set's, with counter-cases.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.spelling import title_from_domain
from classifymail import INTERVIEW_ASK as _ASK
from classifymail import company, mail

mail = functools.partial(mail, subject="Your application", message_id="<cn2@x.example>")


@pytest.mark.parametrize(
    ("domain", "sign_off", "name"),
    [
        # a shop, café or depot signs with the branch it runs: the place is no part of the name
        ("brambleandpine", "Marta\nBramble & Pine Leeds", "Bramble & Pine"),
        ("oakhollowoutdoor", "Store Manager, Oakhollow Outdoor Galway", "Oakhollow Outdoor"),
        ("velarmuebles", "Luis\nVelar Muebles Sevilla", "Velar Muebles"),
        ("boulangeriefleury", "Claire\nBoulangerie Fleury Lyon", "Boulangerie Fleury"),
    ],
)
def test_a_branchs_place_after_the_name_is_not_part_of_it(
    domain: str, sign_off: str, name: str
) -> None:
    assert company(mail(_ASK + sign_off, frm=f"Marta Ruiz <m.ruiz@{domain}.example>")) == name


@pytest.mark.parametrize(
    ("domain", "text", "name"),
    [
        # counter-cases: a word that recurs, or a name that is not whole without it, stays
        (
            "thornleigh",
            "Thornleigh Pottery is hiring. Visit Thornleigh Pottery on Saturday.",
            "Thornleigh Pottery",
        ),
        ("quillfield", "the Quillfield Academies Trust", "Quillfield Academies Trust"),
        ("glenmara", "Glenmara Hotels", "Glenmara Hotels"),
    ],
)
def test_a_word_that_recurs_or_completes_the_name_stays(domain: str, text: str, name: str) -> None:
    body = f"{_ASK}{text}\n\nBest,\nMarta Ruiz"
    assert company(mail(body, frm=f"Marta Ruiz <m.ruiz@{domain}.example>")) == name


def test_a_named_store_does_not_beat_the_name_with_its_trade() -> None:
    body = (
        "Hi Sam, thanks for applying!\n\nStore: Larkfield Bramhall\nRole: Customer Assistant\n\n"
        "We'll be in touch soon.\n\nLarkfield Foodstores Careers"
    )
    raw = mail(body, frm="Ava <ava@larkfield.example>", subject="Thanks for applying")
    assert company(raw) == "Larkfield Foodstores"


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("pavilionsports.example", "Pavilion Sports"),
        ("hopsacktaproom.example", "Hopsack Taproom"),
        ("kerrydistribution.example", "Kerry Distribution"),
        ("ashlanesupermarkets.example", "Ashlane Supermarkets"),
    ],
)
def test_a_domain_with_a_trade_word_splits_at_it(domain: str, name: str) -> None:
    assert title_from_domain(domain) == name


_ES = "Hola Sam,\n\nTe escribo sobre {}. Nos gustaría invitarte a una entrevista el jueves."
_FR = "Bonjour Sam,\n\nJe vous écris au sujet de {}. Pourriez-vous venir en entretien jeudi ?"


@pytest.mark.parametrize(
    ("domain", "text", "name"),
    [
        ("olivarsol", _ES.format("la oferta de Conservas Olivarsol"), "Conservas Olivarsol"),
        ("kerlouan", _FR.format("la Coopérative Kerlouan"), "Coopérative Kerlouan"),
        ("pradera", _ES.format("el puesto en Grupo Hotelero Pradera"), "Grupo Hotelero Pradera"),
        (
            "sauvigny-labs",
            _FR.format("votre candidature aux Laboratoires Sauvigny"),
            "Laboratoires Sauvigny",
        ),
    ],
)
def test_a_trade_word_before_the_domains_name_belongs_to_it(
    domain: str, text: str, name: str
) -> None:
    raw = mail(f"{text}\n\nAna", frm=f"Ana Gil <ana@{domain}.example>", subject="Entrevista")
    assert company(raw) == name


def test_a_persons_first_name_before_the_domains_name_is_not_part_of_it() -> None:
    # counter-case: "Philippe Ortalan" is the founder, the firm is still Ortalan
    body = (
        "Bonjour Sam,\n\nVous serez reçue par Philippe Ortalan jeudi à 10h pour un entretien."
        "\n\nCordialement,\nSophie\nOrtalan"
    )
    raw = mail(body, frm="Sophie Roux <sophie@ortalan.example>", subject="Entretien")
    assert company(raw) == "Ortalan"
