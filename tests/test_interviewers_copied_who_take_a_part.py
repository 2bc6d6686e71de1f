"""Interviewers: one copied whom a sentence gives a part of the interview is met ("will run
the technical part", "animera la partie technique", "führt den fachlichen Teil", "llevará la
parte técnica", "neemt het technische deel voor haar rekening"), as is one a sentence calls
the interviewer or leader in any of five languages; one copied to send the link or see to
expenses is not.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from classifymail import chosen_interviewers

RITA = Person("Rita Moss", "rita.moss@firm.example")
ANA = Person("Ana Ruiz", "ana.ruiz@firm.example")


def _met(sentence: str) -> set[str]:
    text = f"Hi Sam,\n\nYour interview is confirmed for Tuesday at 10:00. {sentence}\n\nRita Moss"
    return chosen_interviewers(text, RITA, copied=[ANA], book=[RITA, ANA], sender_recruits=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz (cc'd) is the hiring manager and will run the technical part.",
        "Ana, que je mets en copie, animera la partie technique.",
        "Frau Ruiz (cc) ist die Fachverantwortliche und führt den fachlichen Teil.",
        "Ana, en copia, llevará la parte técnica de la entrevista.",
        "Ana (cc) neemt het technische deel voor haar rekening.",
        "Ana (cc) takes the case section, about twenty minutes.",
        "Tu entrevistadora será Ana Ruiz (en copia).",
        "L'entretien sera mené par Ana Ruiz (en copie).",
        "Het gesprek wordt gevoerd door Ana Ruiz (in cc).",
        "Das Gespräch wird Frau Ruiz (in Kopie) führen.",
    ],
)
def test_one_copied_who_takes_a_part_is_met(sentence):
    assert _met(sentence) == {ANA.email}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz, copied here, will send you the dial-in.",
        "Ana (en copie) vous enverra le lien.",
        "Ana (cc) kümmert sich um die Reisekosten.",
        "Ana (cc) is part of our finance team and will sort your travel expenses.",
    ],
)
def test_one_copied_for_the_logistics_is_not(sentence):
    assert _met(sentence) == set()
