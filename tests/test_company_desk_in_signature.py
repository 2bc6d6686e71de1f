"""classify(): a recruiting desk named between the writer and the firm in a signature line
("Callie Montoya | Recruiting | Lumen Grid") is the writer's team, so the firm is the
employer, not an agency; a firm's own name followed by its trade ("Voss Lind | Executive
Search") is still a go-between, whose own name is never the employer.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.agency import is_agency
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<ds@x.example>", subject="Next steps")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Callie Montoya <callie@tidewrightsolar.example>",
            "Hi Sam,\n\nYou're all set with Owen on Tuesday 10 November 2026 at 1pm for the "
            "Data Engineer interview. Zoom link below.\n\nBest,\nCallie\n\n"
            "Callie Montoya | Recruiting | Tidewright Solar\n",
            "Tidewright Solar",
        ),
        (
            "Mareike Jost <m.jost@brennholz-logistik.example>",
            "Hallo Sam,\n\nvielen Dank für das nette Gespräch. Wir melden uns bis Ende "
            "nächster Woche mit einer Entscheidung.\n\nViele Grüße\nMareike Jost\n"
            "Mareike Jost · Recruiting · Brennholz Logistik\n",
            "Brennholz Logistik",
        ),
        (
            "Ruairi Byrne <rbyrne@corrib-mills.example>",
            "Hi Sam,\n\nThanks for your time today. We'll be in touch by Friday with an "
            "update on the Shift Supervisor role.\n\nRuairi\n\n"
            "Ruairi Byrne - Recruitment - Corrib Mills\n",
            "Corrib Mills",
        ),
    ],
)
def test_a_recruiting_desk_before_the_firm_is_in_house(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm)) == want


@pytest.mark.parametrize(
    ("domain", "signature"),
    [
        ("vosslind.example", "Anja Weber\nVoss Lind | Executive Search\n"),
        ("harrowgate.example", "Tom Lee\nHarrowgate · Recruitment\n"),
    ],
)
def test_a_firm_followed_by_its_trade_is_an_agency(domain: str, signature: str) -> None:
    assert is_agency(domain, signature, "")


@pytest.mark.parametrize(
    "signature",
    [
        "Callie Montoya | Recruiting | Lumen Grid\n",
        "Jess Tran\nRecruitment | Lumen Grid\n",
    ],
)
def test_a_desk_before_the_firm_makes_no_agency(signature: str) -> None:
    assert not is_agency("lumengrid.example", signature, "")
