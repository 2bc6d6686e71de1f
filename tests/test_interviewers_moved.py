"""Interviewers of a meeting moved by reply: the people the quoted request said the candidate
meets, and whom the reply copies again, still meet the candidate, unless the reply says they
will not be there or someone stands in for them. Written for registers and languages unlike
any dev mail.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.people import choose_interviewers

ME = "cand@example.org"
SENDER = Person(name="Olga Petrenko", email="olga@firm.example")
ALI = Person(name="Ali Haddad", email="ali@firm.example")
MIA = Person(name="Mia Roth", email="mia@firm.example")


def _chosen(text: str, history: str, copied: list[Person]) -> set[str]:
    found = choose_interviewers(
        organizer=None,
        attendees=(),
        named=(),
        text=text,
        sender=SENDER,
        excluded={ME},
        book=[SENDER, ALI, MIA],
        copied=copied,
        sender_recruits=True,
        history=history,
    )
    return {p.email for p in found}


_REQUESTS = [
    "Confirming your panel on Monday at 10:00 with Ali Haddad (Plant Manager) and Mia Roth.",
    "Ihr Gespräch am Montag um 10 Uhr findet mit Ali Haddad und Mia Roth statt.",
    "Votre entretien lundi à 10h se fera avec Ali Haddad et Mia Roth.",
    "Tu entrevista del lunes a las 10:00 será con Ali Haddad y Mia Roth.",
]
_MOVES = [
    "Small change: we've moved you to Tuesday 14:00. I've updated the invite for Mia (cc) "
    "and sent it to Ali too.",
    "Kleine Änderung: wir verschieben auf Dienstag 14 Uhr. Ali und Mia sind in Kopie.",
    "Petit changement : on passe à mardi 14h. J'ai mis Ali et Mia en copie.",
    "Un cambio: lo pasamos al martes a las 14:00. Ali y Mia van en copia.",
]


@pytest.mark.parametrize(("request_text", "move"), list(zip(_REQUESTS, _MOVES, strict=True)))
def test_copied_people_the_request_named_still_meet_the_candidate(request_text, move):
    assert _chosen(move, request_text, [ALI, MIA]) == {ALI.email, MIA.email}


def test_a_reply_naming_someone_new_keeps_only_the_copied_ones_of_the_request():
    move = "We've moved you to Tuesday 14:00 with Olga Petrenko (olga@firm.example); Ali cc'd."
    got = _chosen(move, _REQUESTS[0], [ALI])
    assert ALI.email in got
    assert MIA.email not in got


@pytest.mark.parametrize(
    "move",
    [
        "We've moved you to Tuesday 14:00. Ali will not join, so it's Mia on her own.",
        "Moved to Tuesday 14:00. Mia will stand in for Ali, who is travelling.",
        "Verschoben auf Dienstag 14 Uhr. Mia vertritt Ali.",
    ],
)
def test_one_the_reply_takes_out_stays_out(move):
    assert ALI.email not in _chosen(move, _REQUESTS[0], [ALI, MIA])
    assert ALI.email not in _chosen(move, _REQUESTS[0], [])  # nor copied: the request alone


def test_a_copied_person_the_request_did_not_put_in_the_meeting_is_not_met():
    request_text = "Your interview on Monday at 10:00 is with Mia Roth. Ali Haddad sends the link."
    move = "We've moved you to Tuesday 14:00 (Ali in cc)."
    assert ALI.email not in _chosen(move, request_text, [ALI, MIA])
