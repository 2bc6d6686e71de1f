"""The employer's name where a desk, a trade in the plural, "&" or a branch stands beside it.

A person reads "Almacenes Lumbre · Selección" as the firm's hiring desk, "bayfrontoutfitters"
as "Bayfront Outfitters", "Pelican Point Home & Garden" as one name, and the hotel where the
interview is held ("Harborline Grand Savannah") as a branch of the firm that signs
("Harborline Hotels & Resorts"). Worded afresh in English, Spanish and Dutch.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.names import normalise_company
from afterview.understand.company.spelling import match_domain, title_from_domain
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<r4t@x.example>")


@pytest.mark.parametrize(
    ("display", "want"),
    [
        ("Almacenes Lumbre · Selección", "Almacenes Lumbre"),
        ("Bodegas Iruña - Reclutamiento", "Bodegas Iruña"),
        ("Vandijk Werving & Selectie", "Vandijk"),
        ("Harborline Hiring Assistant", "Harborline"),
        ("Kestrel Recruiting Bot", "Kestrel"),
    ],
)
def test_a_desk_beside_the_name_is_no_part_of_it(display: str, want: str) -> None:
    assert normalise_company(display) == want


@pytest.mark.parametrize(
    ("domain", "want"),
    [
        ("bayfrontoutfitters.example", "Bayfront Outfitters"),
        ("millhousegrocers.example", "Millhouse Grocers"),
        ("ironbridgeroasters.example", "Ironbridge Roasters"),
    ],
)
def test_a_trade_in_the_plural_ends_a_label(domain: str, want: str) -> None:
    assert title_from_domain(domain) == want


@pytest.mark.parametrize(
    ("text", "domain", "want"),
    [
        (
            "Welcome to Pelican Point Home & Garden.",
            "pelicanpoint.example",
            "Pelican Point Home & Garden",
        ),
        (
            "Thanks for applying to Oakvale Garden & Home!",
            "oakvale.example",
            "Oakvale Garden & Home",
        ),
        (
            "Sandcastle Inns & Suites, 4 Shore Rd",
            "sandcastleinns.example",
            "Sandcastle Inns & Suites",
        ),
    ],
)
def test_a_name_joined_by_and_is_one_name(text: str, domain: str, want: str) -> None:
    assert match_domain([text], domain) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Seabright Hiring Assistant <noreply@textrecruit.example>",
            "Hi Sam! It's Skye, Seabright's hiring assistant.\n\nYou're booked:\nTue 24 Nov, "
            "2:30 PM\nSeabright Riverside, 4 Quay St\n\nAsk for Dana at Seabright Riverside's "
            "front desk.\n\n--\nSeabright Hotels & Resorts is an Equal Opportunity Employer.",
            "Seabright Hotels & Resorts",
        ),
        (
            "Copperleaf Careers <no-reply@hirebot.example>",
            "Hello Sam,\n\nyour interview is at Copperleaf Kingsway on Thursday at 10:00. "
            "Please ask for the manager at Copperleaf Kingsway.\n\nCopperleaf Bakeries",
            "Copperleaf Bakeries",
        ),
    ],
)
def test_the_firm_that_signs_beats_its_branch(frm: str, body: str, want: str) -> None:
    raw = mail(body, frm=frm, subject="Interview confirmed")
    assert classify(parse_message(raw), me=(ME,)).company == want
