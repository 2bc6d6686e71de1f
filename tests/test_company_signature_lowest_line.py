"""classify(): a signature's lowest organisation line names the employer, not the desk a
"Title, Department" line above it names, nor "the X team" a mail speaks of.

"Manager, Distribution Operations" over "Prairie Electric Cooperative": the cooperative
employs; "your interview with the Distribution Operations team" speaks of a desk. Worded
afresh in several trades and languages; counter-cases are a firm named "the X team" and a
"Title, Company" line with nothing below.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.signedbody import signature_names
from classifymail import company, mail

mail = functools.partial(mail, message_id="<lowest@x.example>")


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Marcus Lee <mlee@plainsec.example>",
            "Hi Sam,\n\nSending the invite for your interview with the Distribution Operations "
            "team on Tuesday 17 November at 10am.\n\nThanks,\nMarcus\n\nMarcus Lee, P.E.\n"
            "Manager, Distribution Operations\nPlains Electric Cooperative\n",
            "Plains Electric Cooperative",
        ),
        (
            "Hanna Berg <h.berg@vrb-ost.example>",
            "Hallo Sam,\n\nwir laden Sie am Dienstag, 17. November 2026, um 10:00 Uhr zu einem "
            "Gespräch ein.\n\nHanna Berg\nLeiterin, Compliance\nVolksbank Ostheide eG\n",
            "Volksbank Ostheide",
        ),
        (
            "Tom Burke <tburke@wcfd.example>",
            "Hi Sam,\n\nYour interview with the Facilities team is confirmed for Thursday 19 "
            "November at 2pm.\n\nTom Burke\nSupervisor, Facilities\nWestbrook Farmers "
            "Co-operative\n",
            "Westbrook Farmers Co-operative",
        ),
    ],
)
def test_the_lowest_line_over_a_desk(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Interview")) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Leo Park <leo.park@quillon.example>",
            "Hi Sam,\n\nCan you make Wednesday 18 November at 4pm for an interview with the "
            "Quillon team?\n\nLeo Park\nHead of Design\n",
            "Quillon",
        ),
        (
            "Ines Roth <ines.roth@hbr.example>",
            "Hi Sam,\n\nWe would like to invite you to an interview on Tuesday 17 November at "
            "10am.\n\nInes Roth\nSenior Recruiter, Harbour Bridge Robotics\n",
            "Harbour Bridge Robotics",
        ),
    ],
)
def test_counter_cases(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Interview")) == want


def test_signature_names_lowest_first() -> None:
    signature = "Marcus Lee\nManager, Distribution Operations\nPlains Electric Cooperative"
    assert signature_names(signature)[0] == "Plains Electric Cooperative"
    assert signature_names("Ines Roth\nSenior Recruiter | Harbour Robotics") == ["Harbour Robotics"]
