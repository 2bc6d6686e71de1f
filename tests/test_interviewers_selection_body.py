"""Interviewers: a selection body named by a compound or with its members after the verb
("Der Auswahlkommission gehören Dr. X an", "Sitting on the panel will be X"); a title's
point ("Dr.") ends no sentence; "Mike and I will both be on the call" puts Mike in the
meeting. Mail written for the rule, with counter-cases.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from afterview.understand.model import Person
from afterview.understand.people.named_met import met_by_name
from afterview.understand.people.statements import statements_of

mail = partial(classifymail.mail, message_id="<w4@acme.example>")


VOGEL = Person(name="Katrin Vogel", email="katrin.vogel@inst.example")
OKAFOR = Person(name="Ngozi Okafor", email="n.okafor@trust.example")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Der Auswahlkommission gehören Dr. Katrin Vogel (Leitung) und eine Vertretung des "
            "Personalrats an.",
            VOGEL,
        ),
        ("Dem Findungsgremium gehört Prof. Katrin Vogel an.", VOGEL),
        ("Sitting on the panel will be Ngozi Okafor, our Head of Finance.", OKAFOR),
        ("Members of the board are Ms Ngozi Okafor and an external assessor.", OKAFOR),
        ("Feront partie du jury Mme Katrin Vogel et un membre du CSE.", VOGEL),
        ("In de selectiecommissie zitten Katrin Vogel en twee collega's.", VOGEL),
    ],
)
def test_a_selection_body_and_its_members_name_those_met(text, person):
    assert met_by_name(text, [person]) == [person]


def test_a_title_with_a_point_ends_no_sentence():
    assert len(statements_of("The panel will be Dr. Katrin Vogel and Prof. Ngozi Okafor.")) == 1
    assert len(statements_of("We met. Then we left.")) == 2


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Confirming her for Tuesday at 2pm. Mike and I will both be on the call.", "Mike"),
        ("Wir bestätigen Dienstag, 14 Uhr. Herr Brandt und ich werden dabei sein.", "Brandt"),
        ("C'est confirmé pour mardi 14h. Hugo et moi serons présents.", "Hugo"),
        ("Confirmado el martes a las 14. Ana y yo estaremos presentes.", "Ana"),
    ],
)
def test_a_colleague_named_with_the_writer_meets_the_candidate(text, person):
    who = Person(
        name=f"{person} Example" if person != "Brandt" else "Jonas Brandt", email="x@acme.example"
    )
    assert met_by_name(text, [who]) == [who]


def test_a_colleague_named_only_as_the_contact_is_not_met():
    who = Person(name="Mike Example", email="x@acme.example")
    assert met_by_name("If you have questions, Mike and I will be happy to help.", [who]) == []


def test_an_organizer_named_on_the_committee_of_an_invitation_text_is_an_interviewer():
    body = (
        "Sehr geehrter Herr Sam,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zum "
        "Auswahlgespräch am Mittwoch, "
        "2. Dezember 2026, 10:00 Uhr ein.\n\nDer Auswahlkommission gehören Dr. Katrin Vogel "
        "(Abteilungsleitung) und Dr. Jan Roth (IT) an.\n\nMit freundlichen Grüßen\nKatrin Vogel"
    )
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:w4-1\r\n"
        "DTSTART;TZID=Europe/Berlin:20261202T100000\r\nDTEND;TZID=Europe/Berlin:20261202T110000\r\n"
        "SUMMARY:Auswahlgespräch\r\nORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@inst.example\r\n"
        "ATTENDEE;CN=Jan Roth:mailto:jan.roth@inst.example\r\n"
        "ATTENDEE;CN=Sam:mailto:sam@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    part = f"--zz\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n{ics}\r\n"
    raw = mail(
        body,
        subject="Einladung: Auswahlgespräch",
        frm="Katrin Vogel über Cloud <noreply@cloud.inst.example>",
        headers="Reply-To: Katrin Vogel <katrin.vogel@inst.example>\r\n",
        extra_parts=part,
    )
    assert classifymail.interviewers_met(raw) == {
        "katrin.vogel@inst.example",
        "jan.roth@inst.example",
    }
