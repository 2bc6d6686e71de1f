"""A hiring desk's word glued to the employer's name is no part of it.

Display names and sign-offs set the desk after the name ("Brackenridge University
Employment", "Stadt X Personaldienst", "X - Carrières", "X - Bewerbermanagement") or before
it ("Capital Humano Farmacias X", "Recrutement de X", "Werving en Selectie bij X"). Worded
afresh in English, German, French, Spanish and Dutch; names whose own words these are stay.
"""

from __future__ import annotations

import pytest

from afterview.understand.company.names import normalise_company


@pytest.mark.parametrize(
    ("display", "want"),
    [
        ("Harlow State University Employment", "Harlow State University"),
        ("Gemeinde Oberried Personaldienst", "Gemeinde Oberried"),
        ("Kliniken Auental - Bewerbermanagement", "Kliniken Auental"),
        ("Beaulieu Tremblay - Carrières", "Beaulieu Tremblay"),
        ("Capital Humano Ópticas Lumen", "Ópticas Lumen"),
        ("Recursos Humanos de Hoteles Solmar", "Hoteles Solmar"),
        ("Recrutement de Groupe Vauquelin", "Groupe Vauquelin"),
        ("Werving en Selectie bij Zorggroep Zuidwaard", "Zorggroep Zuidwaard"),
    ],
)
def test_a_desk_glued_to_the_name_is_dropped(display: str, want: str) -> None:
    assert normalise_company(display) == want


@pytest.mark.parametrize(
    "name",
    ["Department of Employment", "Ministry for Employment", "Selectiebureau Noord"],
)
def test_a_name_that_holds_the_word_keeps_it(name: str) -> None:
    assert normalise_company(name) == name
