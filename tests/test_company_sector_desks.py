"""A consultant's desk named by the sectors it covers ("Senior Consultant - Retail & Luxury",
"Principal Consultant, Hospitality & Leisure") is no employer: an agency's mail that names
no client then names none, rather than the desk."""

from __future__ import annotations

import pytest

from afterview.understand.company.naming import is_department
from classifymail import company, mail


@pytest.mark.parametrize(
    "desk",
    ["Retail & Luxury", "Hospitality & Leisure", "Automotive & Aerospace", "Fashion", "Gaming"],
)
def test_sectors_name_a_desk(desk):
    assert is_department(desk)


@pytest.mark.parametrize("firm", ["Maison Lune", "Lux Travel Partners", "Kestrel Hotels"])
def test_firms_are_no_desk(firm):
    assert not is_department(firm)


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Senior Consultant - Retail & Luxury", "Kestrel Retail Recruitment"),
        ("Principal Consultant, Hospitality & Leisure", "Harbour Hospitality Recruitment"),
        ("Consultant | Automotive & Aerospace", "Northgate Engineering Recruitment"),
    ],
)
def test_an_agency_consultants_sector_desk_is_no_employer(line, agency):
    body = (
        "Hi Sam,\n\nThanks for sending your CV over. I'd like to put you forward for an "
        "interview next week - could you do Tuesday at 2pm for a call first?\n\n"
        f"Becky Lowther\n{line}\n{agency}\n"
    )
    raw = mail(body, frm="Becky Lowther <becky.l@agencyrecruit.example>", subject="Your CV")
    assert company(raw) is None
