"""Interviewers: without the user's own address, the candidate among several recipients is
the one outside the sender's domain; of several outside it, the one at a personal address
when the others are at a firm's. A founder who writes from Gmail to the candidate and a
colleague, or an agency that writes to the candidate and the client's manager, copies an
interviewer, not a second candidate.
"""

from __future__ import annotations

import pytest

from afterview.understand.people.people import exclusions


@pytest.mark.parametrize(
    ("to", "sender_domain", "candidate"),
    [
        (["samira.q@example.org", "dana@lanternfish.example"], "gmail.com", "samira.q@example.org"),
        (
            ["ana.ruiz@gmail.com", "j.ek@client-bank.example"],
            "searchpartners.example",
            "ana.ruiz@gmail.com",
        ),
        (
            ["tom.weller@outlook.com", "ops@brauhaus-lenz.example"],
            "gmx.de",
            "tom.weller@outlook.com",
        ),
        (["lea@proton.me", "hugo.marchal@ardoise.example"], "yahoo.com", "lea@proton.me"),
    ],
)
def test_a_colleague_at_the_firm_is_not_taken_for_the_candidate(to, sender_domain, candidate):
    assert exclusions([], to, sender_domain) == {candidate}


def test_recipients_all_at_firms_stay_the_candidate_when_none_is_personal():
    to = ["a.moreau@oldjob.example", "b.lenz@client.example"]
    assert exclusions([], to, "agency.example") == set(to)


def test_the_users_own_address_wins():
    to = ["samira.q@example.org", "dana@lanternfish.example"]
    assert exclusions(["samira.q@example.org"], to, "gmail.com") == {"samira.q@example.org"}


def test_a_colleague_sharing_the_senders_domain_is_not_the_candidate():
    to = ["sam@gmail.com", "lee@acme.example"]
    assert exclusions([], to, "acme.example") == {"sam@gmail.com"}
