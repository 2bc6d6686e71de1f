"""A service's mailbox named for the firm is no person: "Corrib Precision Engineering"
<corribprecision@myworkday...> is the employer an ATS writes for, though its address spells
the display's first words as a person's would. A person's own address still makes their
display name a person's, at a service or at the firm.
"""

from __future__ import annotations

import pytest

from afterview.understand.company.orgname import names_something_else


@pytest.mark.parametrize(
    ("display", "address"),
    [
        ("Corrib Precision Engineering", "corribprecision@myworkday.example"),
        ("Lisdara Cold Storage", "lisdaracold@smartrecruiters.example"),
        ("Quimera Andina Laboratorios", "quimeraandina@myworkday.example"),
    ],
)
def test_a_firms_mailbox_at_a_service_is_no_person(display, address):
    assert names_something_else(display, people=[(display, address)]) is None


@pytest.mark.parametrize(
    ("display", "address"),
    [
        ("Grace Liu", "graceliu@myworkday.example"),
        ("Ana Maria Ruiz", "ana.ruiz@acme.example"),
        ("Tomas Berg", "tomas.berg@lisdara.example"),
    ],
)
def test_a_persons_own_address_still_makes_a_person(display, address):
    assert names_something_else(display, people=[(display, address)]) == "person"
