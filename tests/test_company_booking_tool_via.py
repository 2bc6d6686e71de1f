"""classify(): a booking tool writing "<someone> via <tool>" from its own domain.

A careful reader sees that "Brannock via Slotly" at bookings@slotly... is the tool's
address: the employer is the one whose people the booking names, never the tool whose
domain sends. Worded afresh (a bakery chain, a Dutch water board, a Spanish winery),
with counter-cases: an employer's own address under a "via" display name, and a person's
name beside a tool.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.details import _tool_writing_for
from afterview.understand.model import Person
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<via3@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Brannock via Slotly <meet@slotly.example>",
            "Your interview is booked.\nShift Lead interview | Sam <> Brannock\n"
            "Thu 19 Nov, 10:00-10:30\nYou'll meet Tess Orr (tess.orr@brannockbakes.example),"
            " Area Manager at Brannock.\nManage: https://slotly.example/b/77\n"
            "Slotly Bookings Ltd, 4 Quay St, Leeds",
            "Brannock",
        ),
        (
            "Waterschap Hunzedal via Afspraakwijzer <planning@afspraakwijzer.example>",
            "Uw afspraak is ingepland.\nSollicitatiegesprek Beleidsmedewerker met "
            "Waterschap Hunzedal\ndonderdag 19 november 14:00\nU spreekt met Anouk Veld "
            "(a.veld@hunzedal.example).\nAfspraakwijzer B.V. - online plannen",
            "Waterschap Hunzedal",
        ),
        (
            "Bodegas Arbeloa (via Citaria) <citas@citaria.example>",
            "Entrevista confirmada: puesto de Enóloga en Bodegas Arbeloa.\n"
            "Jueves 19 de noviembre, 9:30.\nLa entrevista será con Marta Ruiz "
            "(marta.ruiz@bodegasarbeloa.example).\nCitaria Agenda Online",
            "Bodegas Arbeloa",
        ),
    ],
)
def test_a_tool_writing_for_an_employer_names_the_employer(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Interview booked")) == want


def test_the_tool_is_known_by_its_domain() -> None:
    assert _tool_writing_for(Person("Brannock via Slotly", "bookings@slotly.example"))
    assert _tool_writing_for(Person("Ana (via Citaria)", "citas@mail.citaria.example"))
    # an employer's own address: the "via" names no tool it sends from
    assert not _tool_writing_for(Person("Ana via Slotly", "ana@brannockbakes.example"))
    assert not _tool_writing_for(Person("Ana Via", "ana@slotly.example"))


def test_an_employer_writing_via_a_tool_from_its_own_address_keeps_its_domain() -> None:
    raw = mail(
        "Hi Sam, I've booked the slot you picked for Thursday at 10.\nTess\n"
        "Tess Orr | Area Manager | Brannock Bakes",
        frm="Tess Orr via Slotly <tess.orr@brannockbakes.example>",
        subject="Re: Shift Lead interview",
    )
    assert company(raw) == "Brannock Bakes"
