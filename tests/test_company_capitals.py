"""A name set in capitals is written as a person writes it: words in lower case with a
capital, acronyms kept. A short word of a trade ("BANK", "CARE", "RAIL") in a shouted
name is a word, not a set of initials; short initials ("HSE", "KPMG", "AI") stay.
Worded afresh (an Indian bank's notice, a care home, a French rail firm) with counter-cases.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.written import as_written
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<caps3@x.example>")


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("KAVERI BANK", "Kaveri Bank"),
        ("ORLAVALE CARE", "Orlavale Care"),
        ("MISTRAL RAIL", "Mistral Rail"),
        ("BRIGHTMOOR LABS", "Brightmoor Labs"),
        # initials and acronyms stay in capitals
        ("HSE MIDWEST", "HSE Midwest"),
        ("TALLWATER AI", "Tallwater AI"),
        ("KPMG", "KPMG"),
        ("NORDVIK ASA", "Nordvik ASA"),
    ],
)
def test_a_shouted_name_is_written_as_a_person_writes_it(name: str, want: str) -> None:
    assert as_written(name, []) == want


def test_a_mixed_case_name_is_left_as_the_mail_writes_it() -> None:
    assert as_written("Kaveri BANK", []) == "Kaveri BANK"


def test_a_notice_in_capitals_names_the_bank_in_ordinary_case() -> None:
    raw = mail(
        "KAVERI BANK LIMITED - RECRUITMENT OF PROBATIONARY OFFICERS 2026\n\n"
        "Dear Candidate,\nYour application number KB-4471 has been received. The "
        "online test will be held on 21 November 2026; the call letter follows.\n\n"
        "Recruitment Cell\nKAVERI BANK LIMITED",
        frm="Kaveri Bank Recruitment <recruitment@kaveribank.example>",
        subject="Application received - Probationary Officer",
    )
    assert classify(parse_message(raw), me=(ME,)).company == "Kaveri Bank"
