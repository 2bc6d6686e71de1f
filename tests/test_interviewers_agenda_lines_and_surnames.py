"""Interviewers: each line of an agenda is a unit of its own, and a copied colleague named
there by surname ("Search committee meeting (Whitfield, Raman)") is met; an unquoted
calendar name with a comma ("CN=Whitfield, Lorna") is one name, not a list. Mail written for
the rule (other registers, sectors and languages), with counter-cases.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from afterview.understand.calendar import _clean_name
from afterview.understand.model import Person
from afterview.understand.people.named_met import copied_and_met
from afterview.understand.people.statements import statements_of

mail = partial(classifymail.mail, message_id="<w5@acme.example>")

# --- agenda lines and surnames of copied colleagues -----------------------------------------

OSEI = Person(name="Osei, Kwame", email="kwame.osei@uni.example")
BRANDT = Person(name="Jonas Brandt", email="j.brandt@werk.example")
RUIZ = Person(name="Ruiz, Ana", email="ana.ruiz@clinica.example")


def test_each_agenda_line_is_a_unit_of_its_own():
    agenda = "09:00 Talk and questions\n10:00 Panel (Osei)\n- lunch\n2) tour"
    assert len(statements_of(agenda)) == 4
    assert len(statements_of("We meet at the office.\nIt is on the 2nd floor.")) == 2


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Plan:\n  10:00 - 10:50  Talk (incl. questions)\n  11:00  Faculty meeting (Osei, Lee)",
            OSEI,
        ),
        (
            "Ablauf:\n9.30 Rundgang\n10.15 Gespräch mit der Leitung (Brandt)\n11.00 Abschluss",
            BRANDT,
        ),
        (
            "Programa:\n- 9:00 Visita a la planta\n- 10:00 Entrevista con dirección médica (Ruiz)",
            RUIZ,
        ),
    ],
)
def test_a_copied_colleague_named_by_surname_on_a_meeting_line_is_met(text, person):
    assert copied_and_met(text, [person]) == [person]


def test_a_surname_in_a_line_that_only_says_whom_to_ask_is_not_met():
    text = "Questions about travel? Please contact Dr. Osei in the office."
    assert copied_and_met(text, [OSEI]) == []


def test_an_unquoted_calendar_name_with_a_comma_is_one_name():
    assert _clean_name(["Whitfield", " Lorna"], "l@x.example") == "Whitfield, Lorna"
    assert _clean_name("Lorna Whitfield", "l@x.example") == "Lorna Whitfield"


def test_an_agenda_names_the_committee_copied_on_the_mail():
    body = (
        "Dear Sam,\n\nWe are pleased to invite you to interview. Here is the plan for your "
        "interview visit for the "
        "Lecturer in Statistics position on Thursday, December 3, 2026.\n\n"
        "  9:00 - 9:45    Coffee with the head of school\n"
        "  10:00 - 10:45  Seminar (45 min incl. questions)\n"
        "  11:00 - 12:00  Appointment committee meeting (Osei, Lindqvist)\n\n"
        "Best,\nMara"
    )
    raw = mail(
        body,
        subject="Visit itinerary",
        frm="Mara Kiel <mara.kiel@uni.example>",
        headers=(
            'Cc: "Osei, Kwame" <kwame.osei@uni.example>, '
            '"Lindqvist, Eva" <eva.lindqvist@uni.example>\r\n'
        ),
    )
    met = classifymail.interviewers_met(raw)
    assert {"kwame.osei@uni.example", "eva.lindqvist@uni.example"} <= met
