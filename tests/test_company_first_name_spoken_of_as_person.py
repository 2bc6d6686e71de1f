"""classify(): a one-word name the mail calls "she" or "he" is a person, never the employer;
a reply's prefix ("AW:") is no client's name.

An agency consultant reports on the interview: "Debriefed with Ingrid this morning ... she
liked you a lot". Ingrid is the hiring manager; the client is the firm the subject names.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.orgname import spoken_of_as_person
from classifymail import company, mail

mail = functools.partial(mail, message_id="<fnp@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Brooke Vale <brooke@northstartalent.example>",
            "RE: Halvard feedback",
            "Hi Sam,\n\nDebriefed with Ingrid this morning. Honest feedback: she liked you a "
            "lot, and she will decide who moves to the final round by Tuesday. I'll call you "
            "as soon as I hear.\n\nBrooke\n",
            "Halvard",
        ),
        (
            "Jonas Weber <jonas.weber@personalwerk-talent.example>",
            "AW: Lindqvist Feedback",
            "Hallo Sam,\n\nich habe heute mit Matthias gesprochen. Er war sehr angetan von "
            "Ihrem Gespräch und meldet sich bis Freitag mit einer Entscheidung.\n\n"
            "Viele Grüße\nJonas\n",
            "Lindqvist",
        ),
    ],
)
def test_a_first_name_called_she_or_he_is_not_the_client(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("name", "text", "person"),
    [
        ("Ingrid", "Debriefed with Ingrid this morning. Honest feedback: she liked you", True),
        ("Joost", "Ik sprak Joost vanmorgen. Hij was enthousiast over je.", True),
        ("Brightloaf", "Thanks for applying to Brightloaf. We will be in touch.", False),
        ("Kessler", "Interview with Kessler tomorrow.\n\nHe said hello.", False),
        (
            "Vandenplas",
            "Quick update on Vandenplas. Sophie says Philippe is sorry, the deal eats his time.",
            False,
        ),
    ],
)
def test_spoken_of_as_person(name: str, text: str, person: bool) -> None:
    assert spoken_of_as_person(name, [text]) is person
