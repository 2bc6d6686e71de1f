"""Interviewers: one copied whom the text says will not take part is not met: "won't be
taking part", "ne participera pas", "ne se joindra pas", "nimmt nicht teil", "wird nicht
dabei sein", "no se unirá", "neemt niet deel", "sluit niet aan".
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.attendance import says_absent
from classifymail import chosen_interviewers

SOPHIE = Person("Sophie Martin", "sophie.martin@ardoise.example")
CLAIRE = Person("Claire Roux", "claire.roux@ardoise.example")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sophie Martin (cc) won't be taking part, she's copied for visibility.",
        "Sophie Martin, en copie, ne participera pas à l'entretien.",
        "Sophie (en copie) ne se joindra pas à nous.",
        "Frau Sophie Martin (in Kopie) nimmt nicht teil.",
        "Sophie Martin wird nicht dabei sein.",
        "Sophie Martin (en copia) no se unirá a la llamada.",
        "Sophie Martin (in cc) neemt niet deel aan het gesprek.",
        "Sophie sluit niet aan, zij staat alleen in cc.",
    ],
)
def test_one_copied_who_will_not_take_part_is_not_met(sentence):
    assert says_absent(sentence, SOPHIE)
    text = f"Hi Sam,\n\nConfirming our interview on Tuesday at 10:00. {sentence}\n\nClaire Roux"
    found = chosen_interviewers(text, CLAIRE, copied=[SOPHIE], book=[CLAIRE, SOPHIE])
    assert found == {CLAIRE.email}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sophie Martin will take part in the technical round.",
        "Sophie Martin participera à l'entretien.",
        "Sophie Martin nimmt am Gespräch teil.",
    ],
)
def test_one_who_takes_part_is_not_called_absent(sentence):
    assert not says_absent(sentence, SOPHIE)
