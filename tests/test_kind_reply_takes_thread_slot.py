"""Kind rules: a reply that takes one of the times its quoted thread offered books the
interview, in any register and language; the near misses (a refusal, a question, "I'll check
and confirm", a reply that names no slot at all) must stay what they are.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only

ME = "sam@example.org"


def reply(new: str, quoted: str, *, subject: str = "Re: Your application") -> bytes:
    quoted_lines = "\n".join(f"> {line}" if line else ">" for line in quoted.split("\n"))
    body = f"{new}\n\nOn Mon, 16 Nov 2026 at 09:12, Sam <{ME}> wrote:\n{quoted_lines}\n"
    return (
        "From: Alex Rivera <alex.rivera@harbourline.example>\r\n"
        f"To: Sam <{ME}>\r\nSubject: {subject}\r\nDate: Tue, 17 Nov 2026 10:00:00 +0000\r\n"
        "Message-ID: <r5@harbourline.example>\r\nIn-Reply-To: <q@example.org>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def classified(raw: bytes):
    return rules_only(parse_message(raw), me=(ME,))


# The candidate's offered slots, quoted under each reply (with the employer's ask below them).
OFFER_EN = (
    "Hi Alex,\n\nThanks for getting back to me! I could do Thursday 19 November at 2pm, or "
    "Friday 20 November at 10:30.\n\nBest,\nSam\n\n"
    "Alex wrote: Thanks for applying for the Warehouse Lead role, we'd love to meet you for an "
    "interview. What does your week look like?"
)
OFFER_DE = (
    "Hallo Frau Rivera,\n\nvielen Dank für die Einladung zum Vorstellungsgespräch. Ich könnte "
    "am Donnerstag, 19.11., um 14 Uhr oder am Freitag, 20.11., um 10:30 Uhr.\n\nViele Grüße\nSam"
)
OFFER_FR = (
    "Bonjour,\n\nMerci pour votre proposition d'entretien. Je suis disponible jeudi 19 "
    "novembre à 14h ou vendredi 20 novembre à 10h30.\n\nCordialement,\nSam"
)
OFFER_ES = (
    "Hola Alex:\n\nGracias por la invitación a la entrevista. Puedo el jueves 19 de noviembre "
    "a las 14:00 o el viernes 20 de noviembre a las 10:30.\n\nSaludos,\nSam"
)
OFFER_NL = (
    "Beste Alex,\n\nDank voor de uitnodiging voor een gesprek. Ik kan donderdag 19 november "
    "om 14:00 of vrijdag 20 november om 10:30.\n\nGroet,\nSam"
)

TAKEN = [
    # English, hospitality, Irish register; the time written another way than the thread's
    (
        "Hi Sam,\n\nHalf ten Friday suits grand. Come to the side door, we'll show you round.\n\n"
        "Alex",
        OFFER_EN,
        "2026-11-20T10:30",
    ),
    # English, terse start-up register, a bare hour pointing at the thread's day
    ("Fri at 10:30 then. Bring a laptop.\n\nA", OFFER_EN, "2026-11-20T10:30"),
    # German, public sector register, only the day named
    (
        "Sehr geehrte/r Sam,\n\nder Donnerstag passt uns sehr gut, wir freuen uns.\n\n"
        "Mit freundlichen Grüßen\nA. Rivera",
        OFFER_DE,
        "2026-11-19T14:00",
    ),
    # French, agreement in the sentence before the time
    (
        "Bonjour Sam,\n\nParfait, merci. Jeudi 19 novembre à 14h avec notre directrice.\n\n"
        "Bien à vous,\nAlex",
        OFFER_FR,
        "2026-11-19T14:00",
    ),
    # Spanish, "nos quedamos con" the day, no hour repeated
    (
        "Hola Sam:\n\nPerfecto. Nuestro jefe de almacén tiene libre el viernes, así que nos "
        "quedamos con ese día y hora.\n\nUn saludo,\nAlex",
        OFFER_ES,
        "2026-11-20T10:30",
    ),
    # Dutch
    (
        "Hoi Sam,\n\nVrijdag om 10:30 is prima, je wordt ontvangen door onze teamleider.\n\n"
        "Groet,\nAlex",
        OFFER_NL,
        "2026-11-20T10:30",
    ),
]


@pytest.mark.parametrize(("new", "quoted", "start"), TAKEN)
def test_a_reply_taking_a_thread_slot_books_the_interview(new: str, quoted: str, start: str):
    result = classified(reply(new, quoted))
    assert result.kind == "interview_scheduled", result.reasons
    assert result.interview is not None
    assert result.interview.start.replace(tzinfo=None).isoformat().startswith(start)


NOT_TAKEN = [
    # a refusal of the slot
    (
        "Hi Sam,\n\nUnfortunately Friday at 10:30 doesn't work for our manager. Could you do "
        "Monday instead?\n\nAlex",
        OFFER_EN,
    ),
    # the employer will check first
    (
        "Hi Sam,\n\nThanks! Friday at 10:30 looks possible, I'll check with the chef and get back "
        "to you tomorrow.\n\nAlex",
        OFFER_EN,
    ),
    # German: a question about the slot
    ("Hallo Sam,\n\nginge auch Donnerstag um 16 Uhr statt 14 Uhr?\n\nGruß\nA. Rivera", OFFER_DE),
    # French: thanks, nothing taken, no day named
    (
        "Bonjour Sam,\n\nMerci pour vos disponibilités, je reviens vers vous très vite.\n\nAlex",
        OFFER_FR,
    ),
    # Spanish: the day named but not taken
    ("Hola Sam:\n\nEl viernes no es posible, lamentablemente.\n\nAlex", OFFER_ES),
]


@pytest.mark.parametrize(("new", "quoted"), NOT_TAKEN)
def test_a_reply_that_takes_no_slot_books_nothing(new: str, quoted: str):
    assert classified(reply(new, quoted)).kind != "interview_scheduled"
