"""A trade's word before a small firm's own name is part of that name ("Atelier Brume"
from brume.fr), as a person would write it; elsewhere the word stays out."""

from __future__ import annotations

import pytest

from afterview.understand.company.spelling import match_domain


@pytest.mark.parametrize(
    ("texts", "domain", "want"),
    [
        (["Danke und bis bald,\nJonas\n\nAtelier Brume · Gestaltung\nBerlin"], "brume.example",
         "Atelier Brume"),
        (["Un saludo,\nEl equipo de Estudio Alcor"], "alcor.example", "Estudio Alcor"),
        (["Best,\nPia\nGalerie Nordwand | Curatorial team"], "nordwand.example",
         "Galerie Nordwand"),
        (["Cordialement,\nAgence Piment, Lyon"], "piment.example", "Agence Piment"),
    ],
)  # fmt: skip
def test_a_trade_word_before_the_domain_name_is_part_of_it(texts, domain, want):
    assert match_domain(texts, domain) == want


def test_a_trade_word_before_another_name_adds_nothing():
    texts = ["We met at Hotel Adlon last week.\n\nRegards,\nBrume Design"]
    assert match_domain(texts, "brume.example") == "Brume Design"
