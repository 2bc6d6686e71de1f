"""classify(): a founder or owner writing from a free mailbox names the employer by their own
title ("cofounder of X", "(CEO, X)", "Gründerin von X", "X here"), in five languages; a
former employer, a department after a director's title and a cofounder's name are not it.
Worded afresh, in several sectors and registers.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.ownfirm import own_firm
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<of@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Priya Nand <priya.nand.dev@gmail.example>",
            "Hi Sam,\n\nPriya here, co-founder of Tidewick (we make scheduling software for "
            "dental practices). You applied for our Backend Engineer opening last week and "
            "I'd love to set up a call with you and my cofounder Omar next week. Could you "
            "send me two or three times that suit?\n\nPriya",
            "Tidewick",
        ),
        (
            "Ruairi Byrne <ruairi.byrne@protonmail.example>",
            "Hey Sam,\n\nThanks for the chat yesterday. Sorry to say we've decided to go with "
            "another candidate for the bar manager job, it was a close call.\n\nAll the best,"
            "\nRuairi\n(owner, Hopsack Taproom)",
            "Hopsack Taproom",
        ),
        (
            "Jana Roth <jana.roth@gmx-post.example>",
            "Hallo Sam,\n\nich bin Gründerin von Kranwerk Nord und habe Ihre Bewerbung als "
            "Bauleiter gelesen. Hätten Sie nächste Woche Zeit für ein Vorstellungsgespräch? "
            "Schicken Sie mir gern zwei, drei Termine.\n\nViele Grüße\nJana Roth",
            "Kranwerk Nord",
        ),
        (
            "Lucía Ferrer <lucia.ferrer@gmail.example>",
            "Hola Sam:\n\nSoy Lucía, fundadora de Bodega Alcaraz. Recibí tu candidatura para "
            "el puesto de enólogo y me gustaría invitarte a una entrevista la próxima "
            "semana. ¿Qué días te vienen bien?\n\nUn saludo,\nLucía",
            "Bodega Alcaraz",
        ),
        (
            "Tom Akers <tom.akers@gmail.example>",
            "Hi Sam - Tom from Fernbank Analytics here, writing from my phone. I have to "
            "cancel our interview on Thursday, something came up with a client. I'll send "
            "you new times next week.\n\nTom",
            "Fernbank Analytics",
        ),
        (
            "Claire Morel <claire.morel@laposte-mail.example>",
            "Bonjour Sam,\n\nJe vous remercie pour votre candidature au poste de pâtissier. "
            "Je souhaiterais vous rencontrer pour un entretien la semaine prochaine.\n\n"
            "Bien à vous,\nClaire Morel · cofondatrice, Maison Sucrée",
            "Maison Sucrée",
        ),
    ],
)
def test_the_writers_own_firm_is_the_employer(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Your application")) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ik ben oprichter van Bakkerij Zoet, en", ["Bakkerij Zoet"]),
        ("je suis la fondatrice de l'Atelier Sève, et", ["Atelier Sève"]),
        ("Dana here, one of the two founders of Pikelet Labs (an app", ["Pikelet Labs"]),
        # a former firm, a department after a director, a cofounder's name: none is it
        ("I was previously the former CEO of Monzo before this", []),
        ("Director of Nursing at the hospital", []),
        ("me and my cofounder, Hannah, will join the call", []),
        ("the founders of our company", []),
    ],
)
def test_own_firm_phrases(text: str, want: list[str]) -> None:
    assert own_firm(text) == want
