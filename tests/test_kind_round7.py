"""Kind rules, round 7: general causes found on fresh mail, pinned by mail of our own.

- A confirmation said of the time itself ("So we confirm: Tuesday at 14h30", "that's you
  confirmed", "nous confirmons donc mardi", "te confirmo el jueves", "we bevestigen
  dinsdag") books the interview; asking whether a time can be confirmed does not.
- Bulk headers (List-Unsubscribe, Precedence) are a hint, not proof: an ATS or scheduler that
  books, invites or asks for a time for the candidate's own application (two sorts of
  evidence, one of them the role or the application itself) is personal; a newsletter's
  advice and a lender's "your application" stay unrelated.
"""

from __future__ import annotations

import hashlib

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only

ME = "noor@example.org"


def mail(
    body: str,
    *,
    subject: str,
    sender: str = "Priya Anand <priya.anand@lindqvist-labs.example>",
    date: str = "Wed, 18 Nov 2026 14:20:05 +0000",
    headers: str = "",
) -> bytes:
    return (
        f"From: {sender}\r\nTo: Noor Haddad <{ME}>\r\nSubject: {subject}\r\nDate: {date}\r\n"
        f"Message-ID: <r7-{hashlib.sha1(body.encode()).hexdigest()[:12]}@example.net>\r\n{headers}"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def kind_of(raw: bytes) -> str:
    return rules_only(parse_message(raw), me=(ME,)).kind


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


# --- 2. bulk headers are a hint, not proof ----------------------------------------------

_BULK = "List-Unsubscribe: <https://mailer.example/unsub/7f3a>\r\nPrecedence: bulk\r\n"

PERSONAL_BUT_BULK = [
    (
        "interview_request",
        "Next step: Warehouse Team Lead at Brightmoor Logistics",
        "Hi Noor,\n\nYou applied for the Warehouse Team Lead role last week, and the "
        "operations manager would like to invite you to a 30-minute video interview.\n\nPick "
        "whichever slot suits you here: https://hire.example/slots/brightmoor-4471\n\n"
        "Brightmoor Logistics Recruiting (sent via HireLoop)",
    ),
    (
        "interview_scheduled",
        "Terminbestätigung: Vorstellungsgespräch Sachbearbeiterin Buchhaltung",
        "Hallo Noor Haddad,\n\nIhr Vorstellungsgespräch für die Stelle als Sachbearbeiterin "
        "Buchhaltung ist gebucht.\n\nWas: Sachbearbeiterin Buchhaltung - "
        "Gespräch mit der Fachabteilung (45 Min.)\nWann: Donnerstag, 26. November 2026, "
        "10:00 - 10:45 Uhr (MEZ)\nWo: Microsoft Teams, der Link folgt in der Einladung\n\n"
        "Termin ändern: https://termine.example/r/8812\n\nGesendet mit Terminfix",
    ),
    (
        "interview_request",
        "Votre candidature - Chargé de clientèle",
        "Bonjour Noor,\n\nSuite à votre candidature au poste de Chargé de clientèle chez "
        "Maison Verlaine. Nous souhaitons vous inviter à un premier entretien "
        "téléphonique.\n\nChoisissez le créneau qui vous convient : "
        "https://rdv.example/verlaine/5520\n\nL'équipe recrutement Maison Verlaine",
    ),
]


@pytest.mark.parametrize(("want", "subject", "body"), PERSONAL_BUT_BULK, ids=["en", "de", "fr"])
def test_an_ats_acting_on_the_candidates_application_is_not_bulk(
    want: str, subject: str, body: str
) -> None:
    raw = mail(
        body,
        subject=subject,
        sender="Recruiting Team <recruiting@hireloop-mail.example>",
        headers=_BULK,
    )
    assert kind_of(raw) == want


NEWSLETTERS = [
    (
        "Your panel interview is booked. Now what?",
        "Hi reader,\n\nThis week in Career Notes: your panel interview is confirmed and the "
        "calendar invite is in. Here is how to prepare, and how to pick which slot to ask "
        "for when a recruiter sends a booking link.\n\nRead online: "
        "https://careernotes.example/issue/112",
    ),
    (
        "Good news - your offer is ready",
        "Hi Noor,\n\nBased on your application, you could borrow up to EUR 240,000 with one "
        "of our lenders. Book a free call with an adviser to lock in a fixed rate before "
        "the end of the month: https://homeloans.example/book\n\nHomeloans Direct",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NEWSLETTERS, ids=["advice", "lender"])
def test_bulk_mail_about_applications_in_general_stays_unrelated(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, sender="Dana Price <dana@letters.example>", headers=_BULK)
    assert kind_of(raw) == "unrelated"


# --- 3. a hirer on free mail settles the time in the thread they opened --------------------


def thread(new: str, quoted: str, *, subject: str, sender: str) -> bytes:
    return mail(
        f"{new}\n\n> {quoted.replace(chr(10), chr(10) + '> ')}",
        subject=subject,
        sender=sender,
        headers="In-Reply-To: <hirer-r7@example.org>\r\n",
    )


HIRER_ON_FREE_MAIL = [
    thread(
        "Grand, see you tomorrow at 8 then. Park round the back by the roller door.\n\nMick",
        "On 17 Nov 2026, Noor Haddad wrote:\nTomorrow morning is good for me, thanks Mick.\n\n"
        "On 17 Nov 2026, Mick Doran wrote:\nHi Noor, thanks for sending your CV in for the "
        "mechanic job. We're a small garage, could you come by tomorrow so we can have a "
        "chat?\nMick, Doran Motors",
        subject="Re: Re: hello",
        sender="Mick Doran <mickdoran64@gmail.com>",
    ),
    thread(
        "Perfecto. Entonces el jueves a las 10 en el bar, entra por la puerta de la terraza.\n\n"
        "Un saludo,\nPaco",
        "El 17 nov 2026, Noor Haddad escribió:\nEl jueves por la mañana me va bien.\n\n"
        "El 16 nov 2026, Paco Lledó escribió:\nHola Noor, hemos recibido tu currículum para "
        "el puesto de camarera. ¿Podrías pasar por el bar esta semana para conocernos?\n"
        "Paco, Bar Lledó",
        subject="RE: camarera",
        sender="Paco Lledó <pacolledo@hotmail.com>",
    ),
    thread(
        "Top. Dan donderdag om 14.30 uur bij ons in de zaak, de bel zit naast de etalage.\n\n"
        "Groet,\nHenk",
        "Op 17 nov 2026 schreef Noor Haddad:\nDonderdagmiddag kan ik goed.\n\n"
        "Op 16 nov 2026 schreef Henk Bos:\nHoi Noor, bedankt voor je sollicitatie als "
        "verkoopmedewerker in onze winkel. Heb je deze week tijd om langs te komen?\n"
        "Henk, Bos Fietsen",
        subject="Re: vacature",
        sender="Henk Bos <henkbos@ziggo.nl>",
    ),
]


@pytest.mark.parametrize("raw", HIRER_ON_FREE_MAIL, ids=["en", "es", "nl"])
def test_a_hirer_on_free_mail_settles_the_time_in_their_own_thread(raw: bytes) -> None:
    assert kind_of(raw) == "interview_scheduled"


def test_a_friend_meeting_up_in_a_thread_about_the_users_interview_is_unrelated() -> None:
    raw = thread(
        "Ha, love it. See you tomorrow at 8 then, usual cafe, I'll get the coffees in x",
        "On 17 Nov 2026, Noor Haddad wrote:\nMy interview at the garage went ok I think! "
        "Coffee tomorrow before work?",
        subject="Re: coffee",
        sender="Aoife <aoife.k88@gmail.com>",
    )
    assert kind_of(raw) == "unrelated"


# --- 4. a subject that names a job ("Re: barista job") is job context --------------------

SUBJECT_NAMES_THE_JOB = [
    thread(
        "so sorry ive got to cancel tmrw, the van broke down and im stuck in Leeds. will text "
        "you another day next week\n\nDarren",
        "On 16 Nov 2026, Darren Holt wrote:\nalright Noor, pop in Wednesday at 10 for a chat, "
        "yard's behind the garage",
        subject="Re: delivery driver job",
        sender="Darren Holt <darren.holt.haulage@gmail.com>",
    ),
    thread(
        "Hallo Noor, tut mir leid, ich muss morgen leider absagen, wir haben einen "
        "Wasserschaden im Lokal. Ich melde mich nächste Woche.\nGruß Toni",
        "Am 16.11.2026 schrieb Toni Berger:\nKomm doch morgen um 15 Uhr vorbei, dann können "
        "wir reden.",
        subject="AW: Job als Kellnerin",
        sender="Toni Berger <toni.berger@web.de>",
    ),
    thread(
        "Hola Noor, lo siento mucho pero tengo que cancelar lo de mañana, se me ha complicado "
        "el día en la tienda. Te escribo para buscar otro día.\nLuisa",
        "El 16 nov 2026, Luisa Marín escribió:\nPásate mañana a las 12 por la tienda y "
        "hablamos un rato.",
        subject="RE: puesto de dependienta",
        sender="Luisa Marín <luisamarin@yahoo.es>",
    ),
]


@pytest.mark.parametrize("raw", SUBJECT_NAMES_THE_JOB, ids=["en", "de", "es"])
def test_a_call_off_in_a_thread_named_after_a_job_is_a_cancellation(raw: bytes) -> None:
    assert kind_of(raw) == "interview_cancelled"


def test_a_friends_new_job_is_no_job_context() -> None:
    raw = thread(
        "so sorry ive got to cancel tmrw, they want me in for training at the new place. "
        "drinks next week instead?\n\nSiobhan",
        "On 16 Nov 2026, Siobhan wrote:\nfancy a catch up tmrw at 7? got loads to tell you",
        subject="Re: new job!!",
        sender="Siobhan <siobhan.m91@gmail.com>",
    )
    assert kind_of(raw) == "unrelated"


# --- 5. a relative telling of their own interview round is not the user's interview ---------

OWN_ROUND = [
    "Hey,\n\nSunday lunch works for me, but I have my tech round with Brightline Software on "
    "Friday at 3pm so I'll drive up after that. Good luck with your interview on Monday!"
    "\n\nLiam",
    "Hi sis,\n\nThursday suits me for the cinema. I have my panel round with the council at "
    "10am that day, all the best for your own interview btw.\n\nTom",
    "Hiya,\n\nFriday dinner works for me, I've my second round with Harbour Bank on Friday at "
    "2pm so might be late. Hope your interview goes well!\n\nx Orla",
]


@pytest.mark.parametrize("body", OWN_ROUND, ids=["technical", "panel", "second"])
def test_a_relatives_own_round_is_unrelated(body: str) -> None:
    raw = thread(
        body,
        "On 17 Nov 2026, Noor Haddad wrote:\nAre you around this weekend for a family meal?",
        subject="Re: family meal",
        sender="Liam Haddad <liam.haddad@gmail.com>",
    )
    assert kind_of(raw) == "unrelated"


# --- 6. a supplier's quote is an offer on goods, not a job ------------------------------

SUPPLIER_QUOTES = [
    "Hi Noor,\n\nFurther to your enquiry, our offer for the two A3 colour printers "
    "(quotation 20931) stands until 15 December, including delivery and setup.\n\nBest "
    "regards,\nGemma Shaw\nSales Executive, PrintPoint",
    "Hallo Frau Haddad,\n\nanbei unser Angebot Nr. 88412 für die Lieferung der Regale. Das "
    "Angebot ist bis zum 10.12. gültig, die Montage könnten wir in KW 50 einplanen.\n\n"
    "Mit freundlichen Grüßen\nJens Vogt\nVertrieb, Regalwerk GmbH",
    "Hola Noor:\n\nTe adjunto el presupuesto 5521 para la reforma de la cocina. Nuestra "
    "oferta se mantiene hasta el 30 de noviembre.\n\nUn saludo,\nRaúl Pastor\nReformas Pastor",
]


@pytest.mark.parametrize("body", SUPPLIER_QUOTES, ids=["en", "de", "es"])
def test_a_suppliers_quote_is_unrelated(body: str) -> None:
    raw = mail(body, subject="Re: your enquiry", sender="Sales <sales@supplier.example>")
    assert kind_of(raw) == "unrelated"


def test_a_job_offer_with_a_reference_number_stays_an_offer() -> None:
    body = (
        "Dear Noor,\n\nI am delighted to offer you the position of Laboratory Technician "
        "(job reference 20931) at Lindqvist Labs, starting on 4 January 2027 at a salary of "
        "EUR 41,000. Please find the contract attached.\n\nKind regards,\nPriya Anand\n"
        "Head of People, Lindqvist Labs"
    )
    assert kind_of(mail(body, subject="Offer of employment - Laboratory Technician")) == "offer"
