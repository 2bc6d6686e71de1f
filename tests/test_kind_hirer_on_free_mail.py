"""A founder, a shop owner or a chef writes from a free-mail address as a friend would, but a
friend does not offer the reader a post in the firm's voice ("we'd love to offer you the head
baker position", "wir möchten dir die Stelle ... anbieten", "queremos ofrecerte el puesto"):
that is the employer's offer. A friend's own news, a price for a van and a tip about someone
else's vacancy stay a friend's. Worded afresh in four languages and several trades."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        (
            "Bakery - good news",
            "Hi Sam,\n\nJo and I talked it over last night and we'd love to offer you the head "
            "baker position. £29,000, 5am starts, Sundays off. Let me know by Friday!\n\n"
            "Maria\nOwner, Flour & Ash",
            "Maria Costa <maria.flourash@gmail.com>",
            "offer",
        ),
        (
            "Angebot",
            "Hallo Sam,\n\nwir möchten dir gerne die Stelle als Teamleiterin in unserer "
            "Werkstatt anbieten, ab 1. Februar. Melde dich bis Freitag.\n\nViele Grüße\nKlaus",
            "Klaus Berger <klaus.berger@web.de>",
            "offer",
        ),
        (
            "Buenas noticias",
            "Hola Sam:\n\nHemos hablado con mi socia y queremos ofrecerte el puesto de jefa de "
            "cocina en el restaurante. Empezarías el 1 de diciembre.\n\nUn abrazo,\nJavier",
            "Javier Ruiz <javi.ruiz@gmail.com>",
            "offer",
        ),
        (
            "Proposition",
            "Bonjour Sam,\n\nAvec Paul, nous aimerions vous proposer le poste de responsable "
            "d'atelier, en CDI, à partir de janvier. Dites-moi ce que vous en pensez.\n\nAnne",
            "Anne Morel <anne.morel@orange.fr>",
            "offer",
        ),
        # a friend's own offer, a price for a van, a tip about another firm's vacancy
        (
            "guess what",
            "Sam!! I've got the offer from Northwind - they want me as senior designer. We "
            "should celebrate!\n\nLiv",
            "Liv <liv.h@gmail.com>",
            "unrelated",
        ),
        (
            "the van",
            "Hey Sam, we'd like to offer you £2,000 for the van if it's still for sale. Cash on "
            "Saturday?\n\nRob",
            "Rob <rob.k@gmail.com>",
            "unrelated",
        ),
        (
            "fyi",
            "Hi Sam, my cousin's firm is hiring a junior analyst, you should apply! Our Friday "
            "drinks are on as usual.\n\nMeg",
            "Meg <meg.t@gmail.com>",
            "unrelated",
        ),
    ],
)
def test_a_hirer_on_free_mail_offers_a_friend_does_not(
    subject: str, body: str, frm: str, want: str
) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want
