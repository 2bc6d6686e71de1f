"""What counts as the new text: answers marked with the writer's initials inside an Outlook
quote, and a forward whose client wrote only a "From: / Sent:" block.

Own wording, several languages, with counter-cases: a mark used once is no answer mark; a
header's "Cc:" is no mark; an answer that turns a slot down does not keep it; a reply ("RE:")
that says "see below" over the candidate's own quoted mail does not make that mail the news.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import Classification, classify
from afterview.understand.reading import marked_answers, read
from classifymail import ME, mail

CET = timezone(timedelta(hours=1))


def _classify(raw: bytes) -> Classification:
    return classify(parse_message(raw), me=(ME,))


def _outlook(sender: str, sent: str, subject: str, body: str, to: str = ME) -> str:
    return f"From: {sender}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body}"


@pytest.mark.parametrize(
    ("note", "mark", "answer"),
    [
        (
            "Replies inline below, marked with my initials.",
            "[RH]",
            "Panel is on Thursday 26 November at 11:00, at our Leeds office.",
        ),
        (
            "Antworten unten im Text (mit MK: markiert).",
            "MK:",
            "Das Gespräch ist am Donnerstag, 26.11. um 11:00 Uhr bei uns in Köln.",
        ),
        (
            "Mes réponses ci-dessous, précédées de [AL].",
            "[AL]",
            "L'entretien aura lieu le jeudi 26 novembre à 11h00 dans nos locaux.",
        ),
        (
            "Te dejo las respuestas abajo con JG:.",
            "JG:",
            "La entrevista será el jueves 26 de noviembre a las 11:00 en la oficina.",
        ),
        (
            "Antwoorden hieronder in de tekst, met [PV].",
            "[PV]",
            "Het gesprek is donderdag 26 november om 11:00 uur op ons kantoor.",
        ),
    ],
)
def test_marked_answers_in_an_outlook_quote_are_read(note: str, mark: str, answer: str) -> None:
    question_block = (
        "Hello,\n\n1. When would the interview be?\n"
        f"{mark} {answer}\n\n2. Who will I meet?\n{mark} You will meet me and our team lead.\n\n"
        "Thanks,\nSam"
    )
    raw = mail(
        f"{note}\n\nR.\n\n"
        + _outlook(f"Sam <{ME}>", "Monday, November 16, 2026 9:00 AM", "Interview", question_block),
        subject="RE: Interview",
        date_="Tue, 17 Nov 2026 10:00:00 +0100",
    )
    found = _classify(raw)
    assert found.kind == "interview_scheduled", found.reasons
    assert found.interview is not None
    assert found.interview.start == datetime(2026, 11, 26, 11, 0, tzinfo=CET)


def test_an_accepting_mark_keeps_the_slot_it_answers_and_a_declining_one_does_not() -> None:
    history = (
        "From: Sam\nSent: Monday\nTo: Koen\nSubject: RE: gesprek\n\nBeschikbaarheid:\n"
        "- maandag 23/11 om 14u\n[KC] Helaas niet, dan zit onze CFO in Antwerpen.\n"
        "- dinsdag 24/11 om 10u\n[KC] OK voor ons, genoteerd!\n"
    )
    answers = marked_answers(history)
    assert "dinsdag 24/11 om 10u" in answers
    assert "maandag 23/11" not in answers


@pytest.mark.parametrize(
    "history",
    [
        # a mark used once is no writer's mark
        "From: Sam\nSent: Monday\nTo: Ana\nSubject: Q\n\nHi,\nJG: is that Jorge's team?\n"
        "Thursday 26 November at 11:00 would suit me.\n",
        # header words and question marks are no answers
        "From: Sam\nSent: Monday\nTo: Ana\nSubject: Q\n\nHi,\nCC: Jorge\nCC: Ana\n"
        "Q: when?\nQ: where?\n",
    ],
)
def test_no_writers_mark(history: str) -> None:
    assert marked_answers(history) == ""


@pytest.mark.parametrize(
    ("note", "pointer"),
    [
        (
            "Hi Priya,\n\nPFB the interview schedule shared by the client. Pls be ready 10 mins "
            "early and keep your camera on.\n\nRegards,\nAnkit",
            "PFB",
        ),
        (
            "Hallo Frau Weber,\n\nnachstehend die Bestätigung des Kunden. Bitte seien Sie zehn "
            "Minuten früher da.\n\nViele Grüße\nTom",
            "nachstehend",
        ),
        (
            "Hola Lucía,\n\nte reenvío abajo la confirmación del cliente. Conéctate diez minutos "
            "antes, por favor.\n\nUn saludo,\nMarta",
            "abajo",
        ),
    ],
)
def test_a_forward_with_only_an_outlook_block_is_the_news(note: str, pointer: str) -> None:
    assert pointer in note  # "PFB", "nachstehend", "abajo": what points at the forward
    forwarded = _outlook(
        "Talent Team <ta@quantiva.example>",
        "Tuesday, November 17, 2026 11:41 AM",
        "Interview confirmation",
        "Hi,\n\nPlease find the interview schedule for your candidate.\n\n"
        "Date : Thursday, 26 November 2026\nTime : 11:00 AM - 12:00 PM CET\n"
        "Mode : Teams\n\nThanks,\nTalent Team",
        to="Recruiter <rec@agency.example>",
    )
    raw = mail(
        f"{note}\n\n{forwarded}",
        subject="FW: Interview confirmation",
        frm="Recruiter <rec@agency.example>",
        date_="Tue, 17 Nov 2026 12:05:00 +0100",
    )
    found = _classify(raw)
    assert "forwarded-text-read" in found.reasons
    assert found.interview is not None
    assert found.interview.start == datetime(2026, 11, 26, 11, 0, tzinfo=CET)


def test_a_reply_saying_see_below_does_not_make_the_candidates_quote_the_news() -> None:
    quote = _outlook(
        f"Sam <{ME}>",
        "Monday, November 16, 2026 9:00 AM",
        "Interview",
        "Hi Ana,\n\nI could do Thursday 26 November at 11:00.\n\nSam",
    )
    raw = mail(
        f"Thanks Sam, see my note below about parking.\n\nAna\n\n{quote}",
        subject="RE: Interview",
        date_="Tue, 17 Nov 2026 10:00:00 +0100",
    )
    reading = read(parse_message(raw), (ME,), None)
    assert not reading.used_forwarded
    assert "Thursday 26 November" not in reading.new


def test_a_forwards_older_messages_stay_history() -> None:
    """Only the forwarded message itself is read, not the thread it quotes in turn."""
    forwarded = _outlook(
        "Client <hr@client.example>",
        "Tuesday",
        "Interview",
        "We are still deciding.\n\nFrom: Sam <sam@example.org>\nSent: Monday\nTo: HR\n"
        "Subject: Interview\n\nI could do Thursday 26 November at 11:00.",
    )
    raw = mail(f"PFB.\n\n{forwarded}", subject="FW: Interview")
    reading = read(parse_message(raw), (ME,), None)
    assert reading.used_forwarded
    assert "still deciding" in reading.new
    assert "Thursday 26 November" not in reading.new
