"""classify(): a signature line that opens with the desk, then names the firm.

"HR Department, Ashdown Community Healthcare", "People Team · Lumen Grid · London",
"Recursos Humanos | Hoteles Brisa": the desk is no employer and neither is the town after
the firm. Worded afresh; counter-cases are "Title, Company" and "Company, Town" lines, and
a desk's sectors ("Talent, Product & Data").
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.signedbody import from_signature
from classifymail import company, mail

mail = functools.partial(mail, message_id="<desk-firm@x.example>")

_ASK = "We would like to invite you to an interview on Tuesday 17 November 2026 at 10:00."


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Colm Shanahan <colm.shanahan@hse-ashvale.example>",
            f"Dear Sam,\n\n{_ASK}\n\nYours sincerely,\n\nColm Shanahan\nRecruitment Manager\n"
            "HR Department, HSE South Ashvale Community Healthcare\n",
            "HSE South Ashvale Community Healthcare",
        ),
        (
            "Ana Ruiz <ana.ruiz@hb-rrhh.example>",
            "Hola Sam:\n\nTe invitamos a una entrevista el martes 17 de noviembre a las 10:00."
            "\n\nAna Ruiz\nRecursos Humanos | Hoteles Brisa del Mar\n",
            "Hoteles Brisa del Mar",
        ),
    ],
)
def test_the_firm_after_the_desk(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Interview")) == want


@pytest.mark.parametrize(
    ("signature", "want"),
    [
        ("Ann\nPeople Team · Lumen Grid · London", ["Lumen Grid"]),
        ("Ann\nHarbourview Hotel, Cork", ["Harbourview Hotel"]),
        ("Ann\nSenior Recruiter, Acme Robotics", ["Acme Robotics"]),
        ("Ann\nTalent, Product & Data", []),
    ],
)
def test_from_signature(signature: str, want: list[str]) -> None:
    assert from_signature(signature) == want
