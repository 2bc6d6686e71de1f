"""Interviewers: a reply that moves the meeting keeps its people, the writer listed on the
panel included; one that names new people without keeping the panel does not add the writer.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import booked_details as _booked

mail = partial(classifymail.mail, message_id="<w4@acme.example>")


_QUOTED_PANEL = (
    "\n\nFrom: Acme Careers <careers-noreply@acme.example>\nSent: Monday, November 16, 2026 "
    "9:14 AM\nTo: Sam <sam@example.org>\nCc: Ruth Kerr <ruth.kerr@acme.example>\n"
    "Subject: Interview Confirmation\n\nThis email confirms your interview.\n\n"
    "Date: Thursday, November 26, 2026\nTime: 2:00 PM - 3:00 PM\n"
    "Interviewers: Ruth Kerr, Talent Partner; Omar Haddad, Director\n"
)


@pytest.mark.parametrize(
    "top",
    [
        "Hi Sam,\n\nSmall change: your interview moves to Tuesday December 1st at 2pm. The panel "
        "stays the same, with Lena joining as well.\n\nLena Brooks, our COO "
        "(lena.brooks@acme.example), if you want to look her up.\n\nRuth",
        "Hallo Sam,\n\nkleine Änderung: Ihr Gespräch ist jetzt am Dienstag, 1. Dezember um "
        "14 Uhr. Die Gesprächspartner bleiben gleich, dazu kommt Lena Brooks "
        "(lena.brooks@acme.example), unsere COO, die Sie ebenfalls treffen wird.\n\nRuth",
        "Bonjour Sam,\n\npetit changement : votre entretien passe au mardi 1er décembre à 14h. "
        "Le jury reste le même, avec Lena Brooks (lena.brooks@acme.example) en plus.\n\nRuth",
    ],
)
def test_a_move_that_keeps_the_panel_keeps_the_writer_listed_on_it(top):
    raw = mail(
        top + _QUOTED_PANEL,
        subject="RE: Interview Confirmation",
        frm="Ruth Kerr <ruth.kerr@acme.example>",
    )
    result = _booked(raw)
    assert result.interview is not None
    met = {p.email for p in result.interview.interviewers}
    assert {"ruth.kerr@acme.example", "lena.brooks@acme.example"} <= met
    assert classifymail.ME not in met


def test_a_move_that_names_new_people_without_keeping_the_panel_does_not_add_the_writer():
    top = (
        "Hi Sam,\n\nSmall change: your interview moves to Tuesday December 1st at 2pm, and it "
        "will be with Lena Brooks (lena.brooks@acme.example) instead.\n\nRuth\nRecruiter"
    )
    raw = mail(
        top + _QUOTED_PANEL,
        subject="RE: Interview Confirmation",
        frm="Ruth Kerr <ruth.kerr@acme.example>",
    )
    result = _booked(raw)
    assert result.interview is not None
    assert {p.email for p in result.interview.interviewers} == {"lena.brooks@acme.example"}
