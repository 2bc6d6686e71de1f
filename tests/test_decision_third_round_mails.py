"""decision_by on the third round's own mails (tests/decision_round3_mails.py): ranges and
halves of a month, Easter and Pentecost, the next business day, dates written every way,
threads, and traps: another matter's day, the candidate's own decision, a negated "before"
("no decision before 1 December" names the earliest day, not the last) and auto-replies, in
five languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail
from decision_round3_mails import DUTCH, ENGLISH, FRENCH, GERMAN, SPANISH
from decision_round3_more import GUARDS, IDIOMS, MORE, ROUGH

CASES = [*ENGLISH, *GERMAN, *FRENCH, *SPANISH, *DUTCH, *MORE, *GUARDS, *ROUGH, *IDIOMS]
# Read wrongly still (none at present).
OPEN: set[str] = set()


@pytest.mark.parametrize(
    ("sent", "body", "want"),
    [
        pytest.param(
            sent,
            body,
            want,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason="still open")] if name in OPEN else [],
        )
        for name, sent, body, want in CASES
    ],
)
def test_decision_by_of_third_round_mail(sent: str, body: str, want: date | None) -> None:
    raw = mail(body, date_=sent, subject="Your application")
    result = classify(parse_message(raw), me=(ME,))
    assert result.decision_by == want, (result.kind, result.reasons)


def test_the_names_are_unique() -> None:
    names = [case[0] for case in CASES]
    assert len(names) == len(set(names)) >= 140
