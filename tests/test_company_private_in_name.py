"""classify(): "Private" that ends a name is a word of it ("Noosa Heads Private", a private
hospital, spelled noosaheadsprivate in its domain), as it is before another word ("Eastmere
Private Hospitals"); only before "Limited"/"Ltd" is it a legal form ("Infosys Private
Limited" is Infosys).
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.names import normalise_company
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<pv@x.example>")


def company(**kw: str) -> str | None:
    return classify(parse_message(mail(**kw)), me=(ME,)).company


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Wattle Bay Private", "Wattle Bay Private"),
        ("Eastmere Private Hospitals", "Eastmere Private Hospitals"),
        ("Infosys Private Limited", "Infosys"),
        ("Kumar Textiles Private Ltd.", "Kumar Textiles"),
        ("Kumar Textiles Pvt Ltd", "Kumar Textiles"),
    ],
)
def test_private_is_legal_only_before_limited(name: str, want: str) -> None:
    assert normalise_company(name) == want


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Tayla Moss <tayla@coastcare-staffing.example>",
            "Interview moved - Wattle Bay Private",
            "Hi Sam,\n\nWattle Bay Private have had to move your interview to Tuesday 17 "
            "November at 3.30pm AEST. You'll be speaking with Greg Hollis, Theatre Manager "
            "(greg.hollis@wattlebayprivate.example).\n\nTayla\nCoastcare Staffing\n",
            "Wattle Bay Private",
        ),
        (
            "Greg Hollis <greg.hollis@wattlebayprivate.example>",
            "Interview on Tuesday",
            "Dear Sam,\n\nThank you for applying to Wattle Bay Private. I would like to "
            "invite you to an interview on Tuesday 17 November at 10am in the theatre "
            "suite.\n\nKind regards,\nGreg Hollis\nTheatre Manager\n",
            "Wattle Bay Private",
        ),
        (
            "Recruitment <jobs@larkhillprivate.example>",
            "Your application",
            "Dear Sam,\n\nThank you for your application for the Staff Nurse post at "
            "Larkhill Private. We will be in touch after the closing date.\n\nLarkhill "
            "Private Recruitment Team\n",
            "Larkhill Private",
        ),
    ],
)
def test_a_name_ending_in_private_stays_whole(frm: str, subject: str, body: str, want: str) -> None:
    assert company(body=body, frm=frm, subject=subject) == want
