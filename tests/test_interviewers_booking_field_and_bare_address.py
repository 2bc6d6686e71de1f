"""Interviewers: a booking's field names whom the candidate meets ("Who: Ingrid Salcedo, VP
...", "Mit: Frau Dr. Hanna Berg", "Avec : Claire Roux", "Con: Paola Ortiz", "Met: Joost de
Vries") and the text gives that person's address apart from the name ("Her email is
isalcedo@x"): the address is the one met, not the agency recruiter who sends the details.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.named import people_in_text
from classifymail import chosen_interviewers

_CASES = [
    (
        "Details for your first round with my client:\n\nCompany:   Fernhill Medical\n"
        "Who:       Ingrid Salcedo, VP Customer Experience\nWhen:      Wednesday 11/18, 11am\n"
        "How:       Ingrid will call your cell\n\nHer email is isalcedo@fernhill.example if you "
        "want to send a quick note after.\n\nBrooke\nSenior Recruiter, Northstar Talent",
        "isalcedo@fernhill.example",
    ),
    (
        "Hier die Eckdaten zum Gespräch bei unserem Mandanten:\n\nWann: Dienstag, 24.11., 10 Uhr"
        "\nMit: Frau Dr. Hanna Berg, Laborleitung\nWo: Werk Süd, Tor 3\n\nFalls Sie vorab "
        "schreiben möchten: hberg@kessel-labor.example\n\nBeste Grüße\nJonas Ott\nPersonalberater",
        "hberg@kessel-labor.example",
    ),
    (
        "Voici le détail de votre entretien chez notre client :\n\nQuand : mardi 24/11 à 10h\n"
        "Avec : Claire Roux, directrice technique\nOù : Lyon, 12 rue Garibaldi\n\nSon adresse, "
        "si besoin : c.roux@ardoise-ingenierie.example\n\nSophie Martin\nConsultante recrutement",
        "c.roux@ardoise-ingenierie.example",
    ),
    (
        "Te paso los datos de la entrevista con el cliente:\n\nCuándo: martes 24, 10:00\n"
        "Con: Paola Ortiz, jefa de producto\nDónde: Google Meet\n\nSu correo es "
        "portiz@brisa-foods.example por si quieres escribirle.\n\nLucía\nConsultora de selección",
        "portiz@brisa-foods.example",
    ),
]


@pytest.mark.parametrize(("text", "met"), _CASES)
def test_a_field_names_the_one_met_whose_address_stands_apart(text, met):
    sender = Person("Recruiter", "recruiter@agency.example")
    found = chosen_interviewers(
        text, sender, named=people_in_text(text), sender_recruits=True, book=[sender]
    )
    assert found == {met}
