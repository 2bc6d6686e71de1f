"""The employer's name with the trade's or body's word the mail writes before it, and a
domain that spells a partnership's "&" in its own language or leaves it out.

"Agroindustrias Pampa Serena", "Minera Los Tamarugos", "Netbeheer Gelderhof": the word
before the name says the trade and is part of the name people use, also where only the
quoted thread writes it. "sierraymora", "dupontetfils", "brindlemarsh" spell "Sierra & Mora",
"Dupont & Fils", "Brindle & Marsh".
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.spelling import match_domain
from classifymail import company, mail

mail = functools.partial(mail, message_id="<trade@x.example>")


@pytest.mark.parametrize(
    ("text", "domain", "want"),
    [
        ("Socia | Sierra & Mora Consultores", "sierraymora.example", "Sierra & Mora"),
        ("Dupont & Fils recrute un menuisier", "dupontetfils.example", "Dupont & Fils"),
        ("Thanks from all of us at Brindle & Marsh", "brindlemarsh.example", "Brindle & Marsh"),
        ("Willkommen bei Huber & Söhne", "huberundsoehne.example", "Huber & Söhne"),
    ],
)
def test_a_domain_spells_the_ampersand_its_own_way(text, domain, want):
    assert match_domain([text], domain) == want


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Carla Ibáñez <cibanez@solandino.example>",
            "Re: Jefe de turno - Solandino",
            "Hola Sam,\n\n¿Te viene bien una entrevista el martes 24 de noviembre a las 10:00?"
            "\n\nSaludos,\nCarla\n\n> El 12 nov 2026, Sam escribió:\n> Muchas gracias a "
            "Minera Solandino por la oportunidad.\n",
            "Minera Solandino",
        ),
        (
            "Joost Bakker <joost@gelderlint.example>",
            "Uitnodiging gesprek",
            "Beste Sam,\n\nGraag nodigen we je uit voor een gesprek op donderdag 26 november "
            "om 10:00.\n\nGroet,\nJoost Bakker\nRecruiter | Netbeheer Gelderlint\n",
            "Netbeheer Gelderlint",
        ),
        (
            "Lucía Prado <lprado@valdemora.example>",
            "Entrevista",
            "Hola Sam,\n\nGracias por tu interés en Farmacias Valdemora. Te proponemos una "
            "entrevista el lunes 23 de noviembre a las 12:00.\n\nLucía\n",
            "Farmacias Valdemora",
        ),
    ],
)
def test_a_trade_word_before_the_name_belongs_to_it(frm, subject, body, want):
    assert company(mail(body, frm=frm, subject=subject)) == want
