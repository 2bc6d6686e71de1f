"""Kind rules: a confirmation said of the time itself ("So we confirm: Tuesday at 14h30",
"that's you confirmed", "nous confirmons donc mardi", "te confirmo el jueves", "we
bevestigen dinsdag") books the interview; asking whether a time can be confirmed does not.
"""

from __future__ import annotations

import pytest

from classifymail import noor_kind as kind_of
from classifymail import noor_mail as mail

_QUOTE = "\n\nOn Tue, 17 Nov 2026 at 09:12, Noor Haddad <noor@example.org> wrote:\n> "


def reply(new: str, quoted: str, *, subject: str, sender: str | None = None) -> bytes:
    return mail(
        f"{new}{_QUOTE}{quoted}",
        subject=subject,
        headers="In-Reply-To: <ask-r7@example.org>\r\n",
        **({"sender": sender} if sender else {}),
    )


# --- 1. the time itself confirmed --------------------------------------------------------

CONFIRMED_TIMES = [
    reply(
        "Hi Noor,\n\nGreat, thanks. I can confirm Thursday 26 November at 10:30 with our lab "
        "manager, we'll meet in building C.\n\nBest,\nPriya",
        "Thursday morning would suit me for the interview about the lab technician post.",
        subject="Re: Lab Technician - interview",
    ),
    reply(
        "Bonjour Noor,\n\nMerci pour votre retour. Nous confirmons donc jeudi 26 novembre à "
        "10h30, dans nos locaux de Lyon.\n\nCordialement,\nClaire Morel",
        "Jeudi matin me conviendrait très bien pour l'entretien.",
        subject="RE: Poste de technicienne de laboratoire",
        sender="Claire Morel <claire.morel@lindqvist-labs.example>",
    ),
    reply(
        "Hola Noor:\n\nGenial. Te confirmo el jueves 26 de noviembre a las 10:30, en la oficina "
        "de Valencia.\n\nSaludos,\nJavier Soler",
        "El jueves por la mañana me viene bien para la entrevista.",
        subject="RE: Técnica de laboratorio",
        sender="Javier Soler <javier.soler@lindqvist-labs.example>",
    ),
    reply(
        "Hoi Noor,\n\nDank je. We bevestigen donderdag 26 november om 10.30 uur, op ons "
        "kantoor in Utrecht.\n\nGroet,\nMaaike Jansen",
        "Donderdagochtend komt mij goed uit voor het sollicitatiegesprek.",
        subject="Re: Laboratoriumtechnicus",
        sender="Maaike Jansen <maaike@lindqvist-labs.example>",
    ),
    reply(
        "Hi Noor,\n\nCallum has that morning free, so that's you booked "
        "in. I'll send directions to the site tomorrow.\n\nCheers,\nPriya",
        "Thursday 26 November at 10am would be ideal for the interview, if that works.",
        subject="Re: Lab Technician - interview",
    ),
]


@pytest.mark.parametrize("raw", CONFIRMED_TIMES, ids=["en", "fr", "es", "nl", "en-that's-you"])
def test_a_time_confirmed_by_the_writer_books_the_interview(raw: bytes) -> None:
    assert kind_of(raw) == "interview_scheduled"


def test_asking_whether_a_time_can_be_confirmed_books_nothing() -> None:
    raw = reply(
        "Hi Noor,\n\nThanks for coming back to me. Could we confirm Thursday 26 November at "
        "10:30 for the interview, or would Friday 27 at 14:00 be easier for you?\n\nBest,\n"
        "Priya",
        "I'd be glad to come in for an interview next week.",
        subject="Re: Lab Technician - interview",
    )
    assert kind_of(raw) != "interview_scheduled"


# --- 2. the participle alone, opening the answer ------------------------------------------

PARTICIPLE_OPENINGS = [
    ("Hi Noor,\n\nConfirmed for next Thursday at noon. Calendar invite to follow.\n\nPriya", "en"),
    ("Hi Noor,\n\nPerfect, booked in for Thursday 2pm. See you then.\n\nPriya", "en-booked"),
    ("Bonjour Noor,\n\nParfait, confirmé pour jeudi 14h. À jeudi !\n\nClaire", "fr"),
    ("Hola Noor:\n\nPerfecto, confirmado para el jueves a las 10:00.\n\nJavier", "es"),
]


@pytest.mark.parametrize(
    "new", [n for n, _ in PARTICIPLE_OPENINGS], ids=[i for _, i in PARTICIPLE_OPENINGS]
)
def test_a_reply_opening_with_the_participle_books_the_interview(new: str) -> None:
    raw = reply(
        new,
        "Thursday would suit me for the interview about the lab technician post.",
        subject="Re: Lab Technician - interview",
    )
    assert kind_of(raw) == "interview_scheduled"


def test_the_participle_books_without_the_thread_quoted() -> None:
    # no history to lean on: the subject names the interview, the answer only the time
    raw = mail(
        "Hi Noor,\n\nConfirmed for next Thursday at noon. Calendar invite to follow.\n\nPriya",
        subject="Re: Interview",
        headers="In-Reply-To: <ask-r7@example.org>\r\n",
    )
    assert kind_of(raw) == "interview_scheduled"


@pytest.mark.parametrize(
    "new",
    [
        "Hi Noor,\n\nConfirmed for Thursday? Let me know and I'll book the room.\n\nPriya",
        "Hi Noor,\n\nThe panel is not confirmed for Thursday yet; I'll come back to you.\n\nPriya",
        "Hi Noor,\n\nConfirmed for 2 people on Thursday, as you asked.\n\nPriya",
    ],
    ids=["asked", "mid-sentence-negated", "a-count-not-a-time"],
)
def test_the_participle_asked_negated_or_counting_books_nothing(new: str) -> None:
    raw = reply(
        new,
        "Thursday would suit me for the interview about the lab technician post.",
        subject="Re: Lab Technician - interview",
    )
    assert kind_of(raw) != "interview_scheduled"
