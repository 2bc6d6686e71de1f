"""The label of a mail domain that names its owner, past generic levels, regions and the
reserved top levels that stand for a country's."""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from afterview.understand.company.domainlabels import name_label
from classifymail import ME, mail


@pytest.mark.parametrize(
    ("domain", "label"),
    [
        ("careers.acme.com", "acme"),
        ("bbc.co.uk", "bbc"),
        ("kvu.ac.uk", "kvu"),
        ("act.org", "act"),  # a region's code is a name where nothing stands before it
        ("vsa.vic.gov.au", "vsa"),  # a state between the body and its generic level
        ("careers.dlcd.sa.gov.example", "dlcd"),
        ("sd88.bc.ca", "sd88"),  # a province before the country
        ("heuvelrand.nl.example", "heuvelrand"),  # ".example" standing for ".nl"
        ("hr.lindqvist.de.test", "lindqvist"),
        ("murrayplains.tafe.edu.au", "murrayplains"),
        ("stbrendans.bristol.sch.uk", "stbrendans"),  # a school, not its town
        ("stbrendans.bristol.sch.example", "stbrendans"),
        ("oakfield.sch.example", "oakfield"),
        ("medivera.jobs.personio.example", "personio"),  # a vendor's own label stays
        ("gov.uk", ""),
    ],
)
def test_the_label_that_names_the_owner(domain: str, label: str) -> None:
    assert name_label(domain) == label


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        ("Office <office@holyrood.leeds.sch.example>", "Holyrood Primary School"),
        ("HR <hr@wsa.nsw.example>", "Western Schools Authority"),
    ],
)
def test_the_employer_is_the_body_the_domain_names(sender: str, company: str) -> None:
    body = (
        f"Dear Sam,\n\nThank you for applying for the post of Class Teacher. We would like to "
        f"invite you to an interview on Tuesday 10 November at 10am.\n\nKind regards\n\n"
        f"Recruitment Team\n{company}\n"
    )
    result = rules_only(parse_message(mail(body, frm=sender, subject="Interview")), me=(ME,))
    assert result.company == company


def test_a_senders_initials_are_the_name_the_mail_writes_out() -> None:
    body = (
        "Dear Sam,\n\nThank you for your application. We are pleased to invite you to an "
        "interview on Monday 9 November at 2pm.\n\nRegards\nPeople Services\n"
        "Department for Rural Housing and Transport\n"
    )
    raw = mail(
        body, frm="DRHT Careers <noreply@govjobsportal.example>", subject="Interview invitation"
    )
    result = rules_only(parse_message(raw), me=(ME,))
    assert result.company == "Department for Rural Housing and Transport"
