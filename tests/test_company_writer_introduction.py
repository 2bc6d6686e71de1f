"""classify(): the employer a writer introduces themselves with, and no free mailbox.

From a phone, a free mailbox or a texting relay, the sender's domain says nothing of the
employer; people then say who they write for ("this is Dev from Copperline Dental", "Kim
w/ Ridgeway Hardware", "soy Lucía de Panadería Trigal", "ich bin Jana von der Firma
Kranbau Nord"). A free mailbox's name ("Gmail") is never the employer. Worded afresh,
with counter-cases: a firm's own domain still names it, and a mention of meeting someone
somewhere is no introduction.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.naming import from_phrases
from afterview.understand.company.orgname import looks_like_an_organisation
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<in2@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi Sam, this is Dev Patel from Copperline Dental in Tulsa.", "Copperline Dental"),
        ("hey its Kim w/ Ridgeway Hardware, got ur resume", "Ridgeway Hardware"),
        ("Kim here from Ridgeway Hardware - quick question", "Ridgeway Hardware"),
        ("Hola Sam, soy Lucía de Panadería Trigal, te escribo por tu CV.", "Panadería Trigal"),
        ("Hallo Sam, ich bin Jana von der Firma Kranbau Nord.", "Kranbau Nord"),
        ("Bonjour Sam, je suis Luc de chez Boulangerie Marceau.", "Boulangerie Marceau"),
        ("Hoi Sam, ik ben Joost van Bakkerij Zoethout.", "Bakkerij Zoethout"),
        ("My name is Aroha Tane, at Kauri Coast Tours.", "Kauri Coast Tours"),
    ],
)
def test_a_writer_introducing_themselves_names_the_firm(text: str, name: str) -> None:
    assert name in from_phrases(text)


@pytest.mark.parametrize(
    "text",
    [
        "I met Anna at the open day last spring.",
        "It's Tuesday at 3pm, see you then.",
        "This is a reminder from the front desk.",
    ],
)
def test_no_introduction_no_firm(text: str) -> None:
    assert from_phrases(text) == []


def test_a_text_relay_message_names_the_firm_the_writer_introduces() -> None:
    raw = mail(
        "Hi Sam this is Dev Patel from Copperline Dental. Got your application for the front "
        "desk position. Could you do a quick phone interview sometime this week? Let me know "
        "what times are good for you. Thanks",
        subject="",
        frm="9185550143@vtext.example",
    )
    assert company(raw) == "Copperline Dental"


def test_a_free_mailbox_answering_in_spanish_names_the_firm() -> None:
    raw = mail(
        "Hola Sam,\n\nsoy Lucía de Panadería Trigal. Hemos visto tu solicitud para el puesto "
        "de dependienta y nos gustaría hacerte una entrevista. ¿Te viene bien el jueves?\n\n"
        "Un saludo,\nLucía",
        subject="Tu solicitud",
        frm="Lucía Martín <lucia.trigal@gmail.example>",
    )
    assert company(raw) == "Panadería Trigal"


@pytest.mark.parametrize("name", ["Gmail", "Hotmail", "Yahoo", "GMX"])
def test_a_free_mailbox_is_no_employer_even_at_its_own_domain(name: str) -> None:
    assert not looks_like_an_organisation(name, name.lower())


def test_a_firms_own_domain_still_names_it_over_an_introduction() -> None:
    raw = mail(
        "Hi Sam,\n\nthis is Priya from the people team. We'd love to invite you to an "
        "interview for the Analyst role.\n\nPriya Nair\nPeople Partner\nHollowbrook Analytics\n",
        subject="Interview invitation",
        frm="Priya Nair <priya@hollowbrookanalytics.example>",
    )
    assert company(raw) == "Hollowbrook Analytics"
