"""Interviewers: a desk's mailbox written as one word ("careersbookings@", "talentteam@",
"hrtermine@", "seleccioncitas@", "bookings@", "interviews@") is no one met, even as the
organiser of a booking; a person's address that merely starts like one
("hrvoje@", "careyson@", "teamerding@") is.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.not_met import usable
from classifymail import chosen_interviewers


@pytest.mark.parametrize(
    "address",
    [
        "careersbookings@firm.example",
        "talentteam@firm.example",
        "hrtermine@kessel.example",
        "recrutementrdv@ardoise.example",
        "seleccioncitas@brisa.example",
        "wervingafspraken@gracht.example",
        "bookings@firm.example",
        "interviews@firm.example",
        "termine@kessel.example",
    ],
)
def test_a_desks_mailbox_is_no_one_met(address):
    assert not usable(Person("Bookings", address), set())


@pytest.mark.parametrize(
    "address", ["hrvoje@firm.example", "careyson@firm.example", "teamerding@firm.example"]
)
def test_a_persons_address_that_starts_like_a_desk_is_someone(address):
    assert usable(Person("Someone Real", address), set())


def test_a_booking_desk_organising_leaves_the_staff_member():
    desk = Person("Firm Careers Bookings", "careersbookings@firm.example")
    staff = Person("Ann Kim", "ann.kim@firm.example")
    text = "Your booking is confirmed.\n\nService: Interview\nStaff: Ann Kim\n"
    found = chosen_interviewers(text, desk, organizer=desk, attendees=[staff])
    assert found == {staff.email}
