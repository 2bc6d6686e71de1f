"""decision_by on mails written for it (tests/decision_own_mails.py), not taken from a dev set:
an employer's promise of an answer or a next contact, worded as people do in five languages
and every register, gives the day CONTRACT.md names; a trap (the candidate's own deadline, an
interview's day, a closing date, a return from leave, a call to prepare) gives none.

Cases still read wrongly are marked strict xfail, so one that starts passing is noticed.
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail
from decision_own_mails import PROMISES, TRAPS

# Read wrongly still (see the report of the round that wrote these).
OPEN: set[str] = set()


def _cases() -> list:
    return [
        pytest.param(
            sent,
            body,
            want,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason="still open")] if name in OPEN else [],
        )
        for name, sent, body, want in (*PROMISES, *TRAPS)
    ]


@pytest.mark.parametrize(("sent", "body", "want"), _cases())
def test_decision_by_of_own_mail(sent: str, body: str, want: date | None) -> None:
    raw = mail(body, date_=sent, subject="Your application")
    result = classify(parse_message(raw), me=(ME,))
    assert result.decision_by == want, (result.kind, result.reasons)


def test_the_set_is_large_enough() -> None:
    assert len(PROMISES) >= 60 and len(TRAPS) >= 30
