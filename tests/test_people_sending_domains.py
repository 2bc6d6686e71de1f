"""Interviewers: an ATS writing from its sending domain ("myworkday-mail", "workablemail",
"smartrecruiters-email") in the employer's name is a service, not a person the candidate meets.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.people import choose_interviewers
from afterview.understand.people.robots import is_service_domain


def _chosen(text: str, sender: Person) -> set[str]:
    found = choose_interviewers(
        organizer=None, attendees=(), named=(), text=text, sender=sender, excluded={"c@x.org"}
    )
    return {p.email for p in found}


@pytest.mark.parametrize(
    ("domain", "service"),
    [
        ("myworkday-mail.example", True),
        ("myworkday-mail.com", True),
        ("us.smartrecruiters-email.com", True),
        ("teamtailormail.example", True),
        ("gmail.com", False),
        ("hotmail.co.uk", False),
        ("greenmail.example", False),  # an employer whose name ends in "mail"
        ("northgate.example", False),
    ],
)
def test_a_service_s_sending_domain_is_the_service(domain, service):
    assert is_service_domain(domain) is service


def test_an_ats_notice_in_the_employer_s_name_is_no_interviewer():
    sender = Person(
        name="Torrens Community Health", email="torrenscommunityhealth@myworkday-mail.example"
    )
    text = (
        "Hello Niamh,\nAn interview has been scheduled for your application.\n"
        "Interviewer(s): Mei Lin Tan, Senior Community Nurse\n"
        "Please do not reply to this message; this mailbox is not monitored."
    )
    assert _chosen(text, sender) == set()
