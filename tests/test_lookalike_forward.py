"""A friend forwards their own good news: the cover note cheers it as the writer's ("I got
it!!", "Ich hab die Stelle!", "J'ai eu le poste !", "¡Me han cogido!", "Ik ben aangenomen!"),
or the forwarded mail greets the forwarder by name, so its "you" is the forwarder and the offer
is theirs. A recruiter forwarding a client's offer names the reader in it: that stays an offer."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


def _forward(cover: str, to: str, body: str, frm: str, subject: str = "Fwd: Offer") -> bytes:
    text = (
        f"{cover}\n\n---------- Forwarded message ---------\nFrom: People Team "
        f"<people@employer.example>\nDate: Mon, 2 Nov 2026 at 09:12\nSubject: Offer\nTo: {to}\n\n"
        f"{body}"
    )
    return mail(text, subject=subject, frm=frm)


@pytest.mark.parametrize(
    ("cover", "who", "body"),
    [
        (
            "Guess who's the new Lead Designer?! Celebrating tonight, you're coming.",
            "Tomás Ruiz <tomas.ruiz@gmail.com>",
            "Dear Tomás,\n\nWe are pleased to offer you the role of Lead Designer at Kiteworks, "
            "starting 1 March 2027 on a salary of £58,000.\n\nBest,\nKiteworks People",
        ),
        (
            "Ich hab die Stelle!!! Heute Abend wird gefeiert.",
            "Jana Weiß <jana.weiss@web.example>",
            "Liebe Frau Weiß,\n\nwir freuen uns, Ihnen die Stelle als Projektleiterin anzubieten. "
            "Beginn ist der 1. Februar 2027.\n\nViele Grüße\nPersonal",
        ),
        (
            "J'ai eu le poste !! On fête ça samedi ?",
            "Claire Petit <claire.petit@gmail.com>",
            "Bonjour Claire,\n\nNous avons le plaisir de vous proposer le poste de cheffe de "
            "projet, avec une prise de poste le 4 janvier 2027.\n\nCordialement,\nRH",
        ),
        (
            "¡¡Me han cogido!! Esta noche lo celebramos.",
            "Marta López <marta.lopez@gmail.com>",
            "Hola Marta:\n\nNos complace ofrecerte el puesto de analista de datos, con "
            "incorporación el 11 de enero de 2027.\n\nUn saludo,\nRRHH",
        ),
        (
            "Ik ben aangenomen!!! Vrijdag borrel?",
            "Daan Bakker <daan.bakker@gmail.com>",
            "Beste Daan,\n\nWij bieden je graag de functie van teamleider aan, met ingang van "
            "1 februari 2027.\n\nMet vriendelijke groet,\nHR",
        ),
        # no cheer at all: the forwarded offer greets the forwarder, so it is theirs
        (
            "Have a look at this and tell me what you think of the salary.",
            "Ravi Nair <ravi.nair@outlook.example>",
            "Hi Ravi,\n\nFollowing your final interview we'd like to offer you the post of "
            "Warehouse Manager at £41,000, starting 4 January 2027.\n\nRegards,\nHR",
        ),
    ],
)
def test_a_friends_own_offer_forwarded(cover: str, who: str, body: str) -> None:
    frm = who  # the forwarder is the one the forwarded offer was sent to
    assert rules_kind(_forward(cover, who, body, frm)) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jordan,\n\nWe'd like to offer Sam the Senior Buyer role at a base of EUR 64,000, "
        "starting 1 February 2027. Please pass this on.\n\nNorthpeak",
        "Hi Jordan,\n\nGood news: we'd like to offer your candidate the Senior Buyer role at EUR "
        "64,000, starting 1 February 2027.\n\nNorthpeak",
    ],
)
def test_a_recruiter_forwarding_a_clients_offer_stays_an_offer(body: str) -> None:
    frm = "Jordan Lee <jordan@talentbridge.example>"
    raw = _forward("Great news, see below!", frm, body, frm, subject="Fwd: Your offer")
    assert rules_kind(raw) == "offer"


def test_the_readers_own_offer_forwarded_from_another_account() -> None:
    body = (
        "Dear Sam,\n\nWe are delighted to offer you the position of Data Analyst, starting "
        "1 February 2027 at EUR 52,000.\n\nTalent Team"
    )
    frm = "Sam Rivera <sam.rivera.old@gmail.com>"
    raw = _forward("fwd to my main inbox", frm, body, frm)
    assert rules_kind(raw) == "offer"
