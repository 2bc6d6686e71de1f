"""A registered form written with dots ("S.A.", "N.V.", "S.à r.l.") ends no sentence: the
name a phrase introduces runs through it, and the form itself is dropped like "Ltd"."""

from __future__ import annotations

import pytest

from afterview.understand.company.names import normalise_company
from afterview.understand.company.naming import from_phrases


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "I confirm, on behalf of Banque Mosellane de Luxembourg S.A., our offer.",
            "Banque Mosellane de Luxembourg",
        ),
        (
            "Thank you for applying to Brouwerij Kroonhof N.V., we will be in touch.",
            "Brouwerij Kroonhof",
        ),
        ("Your interview with Fiduciaire Moreau S.à r.l. is on Monday.", "Fiduciaire Moreau"),
    ],
)
def test_a_dotted_legal_form_does_not_cut_the_name(text: str, want: str) -> None:
    assert want in from_phrases(text)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Kessler Thorne Luxembourg S.à r.l.", "Kessler Thorne Luxembourg"),
        ("Fiduciaire Moreau S.à", "Fiduciaire Moreau"),
        ("Atelier Sà", "Atelier Sà"),
    ],
)
def test_a_luxembourg_sarl_is_a_legal_form(name: str, want: str) -> None:
    assert normalise_company(name) == want
