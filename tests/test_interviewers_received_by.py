"""Interviewers: "vous serez reçue par Mme Dubois et M. Benali", "you'll be seen by Ann Kim",
"te recibirán Paola y Andrés", "u wordt ontvangen door Joost de Vries", "Mme Roux et M.
Benali vous recevront": those named receive the candidate, so are met.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from classifymail import chosen_interviewers

A = Person("Hélène Dubois", "helene.dubois@ardoise.example")
B = Person("Karim Benali", "karim.benali@ardoise.example")
SENDER = Person("Sophie Martin", "sophie.martin@ardoise.example")


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous serez reçue par Mme Hélène Dubois et M. Karim Benali (en copie).",
        "Vous serez reçu par Hélène Dubois, directrice, et Karim Benali, DAF (en copie).",
        "Mme Dubois et M. Benali vous recevront dans nos locaux.",
        "You'll be seen by Hélène Dubois and Karim Benali (both cc'd).",
        "Te recibirán Hélène Dubois y Karim Benali (en copia).",
        "Serás recibida por Hélène Dubois y Karim Benali (en copia).",
        "U wordt ontvangen door Hélène Dubois en Karim Benali (in cc).",
    ],
)
def test_those_who_receive_the_candidate_are_met(sentence):
    text = f"Bonjour,\n\nEntretien confirmé pour mardi à 10h. {sentence}\n\nSophie Martin\nRH"
    found = chosen_interviewers(
        text, SENDER, copied=[A, B], book=[SENDER, A, B], sender_recruits=True
    )
    assert found == {A.email, B.email}
