"""classify(): a domain that is the firm's initials, or its words run together.

A firm that mails from its initials ("qsp.example", "vdbz.example", "hcp-law.example",
"hs-feinkost.example": initials, then the trade) is named by the words its signature writes
out ("Quayside Partners", "Van der Berg & Zonen", "Hoffmann & Söhne"), never by the
initials. A domain that runs a name and a long common word together ("corribmotion",
"cascadiadrivetrain") is two words where the mail never writes the name; one that opens with
the article ("thecrookedspoon") keeps it where the mail writes the name ("The Crooked Spoon").
Coined one-word names stay whole ("Kitebase", "Harbourlight"), and initials the mail never
spells out stay the domain's.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<di@x.example>")

_THANKS = "Hi Sam,\n\nThanks again for coming in on Monday. We'll be in touch by Friday.\n\n"


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        # English: a compound's parts give two initials ("Quayside": Q-S)
        (
            "Rob Kettering <rkettering@qsp.example>",
            f"{_THANKS}Rob\n\n--\nRob Kettering | Controller\nQuayside Partners\n"
            "222 W. Adams St., Suite 1900 | Chicago, IL 60606\n",
            "Quayside Partners",
        ),
        (
            "Tom Harwood <tom.harwood@hcp-law.example>",
            f"{_THANKS}Tom – Practice Finance, Harwood Clarke Partners\n",
            "Harwood Clarke Partners",
        ),
        # Dutch: a family name's "Van der" opens the name and gives its initial
        (
            "Esther Mulder <e.mulder@vdbz.example>",
            "Beste Sam,\n\nDank voor het sollicitatiegesprek van maandag. Je hoort vrijdag of je "
            "door bent naar de tweede ronde.\n\n"
            "Met vriendelijke groet,\nEsther Mulder\nPersoneelszaken\nVan der Berg & Zonen\n"
            "Industrieweg 12, Woerden\n",
            "Van der Berg & Zonen",
        ),
        (
            "Kees Bakker <k.bakker@vdm-installatie.example>",
            "Hoi Sam,\n\nBedankt voor het gesprek. We laten je volgende week iets weten.\n\n"
            "Groet,\nKees Bakker\nVan Dijk & Meijer Installatietechniek\n",
            "Van Dijk & Meijer Installatietechniek",
        ),
        # German: two initials and the trade, the name closed by its legal form
        (
            "Lukas Hoffmann <lukas@hs-feinkost.example>",
            "Hallo Sam,\n\ndanke für das Gespräch. Wir melden uns bis Freitag.\n\n"
            "Viele Grüße\nLukas Hoffmann\nGeschäftsführung | Hoffmann & Söhne KG – Feinkost "
            "seit 1952\n",
            "Hoffmann & Söhne",
        ),
        (
            "Jana Krause <jana@kb-elektro.example>",
            "Hallo Sam,\n\nvielen Dank für das Vorstellungsgespräch gestern. Wir melden uns "
            "nächste Woche mit einer Entscheidung.\n\n"
            "Mit freundlichen Grüßen\nJana Krause\nKrause & Brandt GmbH · Elektrotechnik\n",
            "Krause & Brandt",
        ),
        # French and Spanish
        (
            "Claire Perrin <claire@pf-traiteur.example>",
            "Bonjour Sam,\n\nMerci pour l'entretien. Nous revenons vers vous vendredi.\n\n"
            "Cordialement,\nClaire Perrin\nPerrin & Fils – Traiteur depuis 1961\n",
            "Perrin & Fils",
        ),
        (
            "Lucía Molina <lucia@hm-reformas.example>",
            "Hola Sam,\n\nGracias por venir ayer a la entrevista. Te decimos algo el viernes "
            "sobre el puesto.\n\n"
            "Un saludo,\nLucía Molina\nHermanos Molina · Reformas integrales\n",
            "Hermanos Molina",
        ),
    ],
)
def test_initials_of_the_domain_are_the_name_the_mail_writes(frm, body, want):
    assert company(mail(body, frm=frm, subject="Re: Thank you")) == want


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        # a name that is no word, then a long common word: two words
        (
            "Aoife Kinsella <aoife.kinsella@corribmotion.example>",
            "Re: Thursday",
            "Hi Sam,\n\nThe panel has decided to go with another candidate. I'm sorry it "
            "isn't better news.\n\nAll the best,\nAoife\n",
            "Corrib Motion",
        ),
        (
            "Dana Whitfield <dana@cascadiadrivetrain.example>",
            "Re: Thursday",
            "Hi Sam,\n\nUnfortunately we won't be moving forward with your application.\n\n"
            "Best,\nDana\n",
            "Cascadia Drivetrain",
        ),
        (
            "Coach Reid <reid@tynemouthwarriors.example>",
            "Re: Assistant coach",
            "Hi Sam,\n\nThanks for applying. We have decided not to take your application "
            "further.\n\nReid\n",
            "Tynemouth Warriors",
        ),
        # a domain that opens with the article the mail writes before the name
        (
            "Marisa Doyle <marisa@thecrookedspoon.example>",
            "Re: Weekend front of house - The Crooked Spoon",
            "Hiya Sam\n\nSaturday's perfect. Come in for 10 and we'll do a trial shift till 2."
            "\n\nMarisa x\n",
            "The Crooked Spoon",
        ),
        (
            "Rory Byrne <rory@thegildedthistle.example>",
            "Re: Bar staff",
            "Hi Sam,\n\nCould you come in for a chat on Tuesday at 3?\n\nRory\n"
            "The Gilded Thistle, Stockbridge\n",
            "The Gilded Thistle",
        ),
    ],
)
def test_glued_domain_words(frm, subject, body, want):
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        # coined one-word names stay whole
        ("Ana <ana@kitebase.example>", _THANKS + "Ana\n", "Kitebase"),
        ("Priya <priya@harbourlight.example>", _THANKS + "Priya\n", "Harbourlight"),
        ("Jo <jo@lumenforge.example>", _THANKS + "Jo\n", "Lumenforge"),
        # a word that merely opens with "the" is no article
        ("Jo <jo@theatreworks.example>", _THANKS + "Jo\n", "Theatre Works"),
        # initials the mail never spells out as a name stay the domain's
        (
            "Rob <rob@qsp.example>",
            _THANKS + "We follow the quality standards programme closely.\n\nRob\n",
            "Qsp",
        ),
    ],
)
def test_near_misses_keep_their_name(frm, body, want):
    assert company(mail(body, frm=frm, subject="Re: Thank you")) == want
