"""Texting shorthand ("ur application", "w/ another candidate", "tmrw") reads as written out,
in English only; carriers' text-message gateways are nobody's employer."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.mail.message import parse_message
from afterview.understand.body.shorthand import spelt_out
from afterview.understand.classify import rules_only
from afterview.understand.people.robots import is_personal_domain
from classifymail import ME, mail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Got ur application, can u call me?", "Got your application, can you call me?"),
        ("went w/ another candidate w/o a doubt", "went with another candidate without a doubt"),
        ("thx! r u free tmrw?", "thanks! are you free tomorrow?"),
        ("the store mgr will see u b4 noon", "the store manager will see you before noon"),
    ],
)
def test_english_shorthand_is_spelt_out(text: str, expected: str) -> None:
    assert spelt_out(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "U.S. and R&D teams",  # capitals and abbreviations with dots are no shorthand
        "see r/jobs and u/sam",  # a forum's paths
        "write to u@acme.example",  # an address
        "u.s. based, it's ur-text",  # a dotted or hyphenated word
        "Section R, row U",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert spelt_out(text, "en") == text


def test_other_languages_keep_their_words() -> None:
    dutch = "Wij nodigen u graag uit voor een gesprek."  # Dutch "u" is the formal "you"
    assert spelt_out(dutch, "nl") == dutch


def _rules(body: str, **kwargs: str):
    return rules_only(parse_message(mail(body, **kwargs)), me=(ME,))


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam its Tami w/ Lakeshore Drug. Rick decided to go w/ another candidate for the "
        "store, so sorry!! Thx for coming in Fri.",
        "hey Sam, bad news - we went w/ someone w/ more retail experience for the supervisor "
        "job. thx again for ur time",
        "Sam - unfortunately we r not moving forward w/ ur application for the line cook "
        "position. Best of luck",
    ],
)
def test_a_texted_refusal_is_a_rejection(body: str) -> None:
    result = _rules(body, subject="New text message from Lakeshore Drug Recruiting")
    assert result.kind == "rejection", result.reasons


def test_a_texted_tomorrow_is_the_day_after_the_message() -> None:
    body = (
        "Hi Sam, this is Dana, hiring manager at Fernway Grocers. Ur interview for the shift "
        "lead position is confirmed for tmrw at 3pm at the Elm St store. See u then!"
    )
    result = _rules(body, subject="Interview confirmed", date_="Tue, 03 Nov 2026 10:00:00 -0500")
    assert result.kind == "interview_scheduled", result.reasons
    assert result.interview is not None
    assert result.interview.start == datetime.fromisoformat("2026-11-04T15:00:00-05:00")


def test_a_carriers_gateway_is_no_employer() -> None:
    assert is_personal_domain("vzwpix.com")
    assert is_personal_domain("vtext.example")
    assert not is_personal_domain("vtextiles.example")
    body = (
        "Hey Sam this is Marco from Sunridge Pharmacy. Got ur application for the pharmacy "
        "manager position. Can u do a quick phone screen this week?"
    )
    result = _rules(body, frm="5595550192@vzwpix.example", subject="")
    assert (result.company or "").lower() != "vzwpix"


@pytest.mark.parametrize(
    "domain",
    ["wd3.myworkday.example", "us.greenhouse-mail.example", "acme.icims.test", "gmail.example"],
)
def test_an_example_domain_stands_for_the_real_service(domain: str) -> None:
    # RFC 2606 names: documentation and test mail write ".example" for the real top level
    from afterview.understand.people.robots import is_freemail, is_service_domain

    assert is_service_domain(domain) or is_freemail(domain)


@pytest.mark.parametrize(
    "domain", ["join.example", "kestrelbank.example", "greenhouse-mail.io.evil"]
)
def test_only_a_services_own_name_stands_for_it(domain: str) -> None:
    from afterview.understand.people.robots import is_freemail, is_service_domain

    assert not is_service_domain(domain) and not is_freemail(domain)


def test_an_ats_relay_address_is_no_interviewer() -> None:
    body = (
        "Hi Sam,\n\nYour interview for the Analyst role is confirmed for Thursday 12 November "
        "at 2pm with Rachel Ostrander (rachel.ostrander@halvorsen.example).\n\nHalvorsen "
        "Recruiting"
    )
    raw = mail(
        body,
        frm="Halvorsen Recruiting <halvorsen@myworkday.example>",
        subject="Interview confirmed",
    )
    result = rules_only(parse_message(raw), me=(ME,))
    assert result.interview is not None
    assert {p.email for p in result.interview.interviewers} == {
        "rachel.ostrander@halvorsen.example"
    }
