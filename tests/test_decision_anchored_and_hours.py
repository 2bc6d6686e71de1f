"""decision_by on mails written for it (tests/decision_anchored_mails.py): spans counted from an
interview dated on a list's rows or far above the promise, "the Friday of that same week",
hours given as a period, "the final call", "we expect to know"; and traps that name no promise.
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail
from decision_anchored_mails import PROMISES, TRAPS


@pytest.mark.parametrize(
    ("sent", "body", "want"),
    [pytest.param(sent, body, want, id=name) for name, sent, body, want in (*PROMISES, *TRAPS)],
)
def test_decision_by_of_own_mail(sent: str, body: str, want: date | None) -> None:
    raw = mail(body, date_=sent, subject="Your application")
    result = classify(parse_message(raw), me=(ME,))
    assert result.decision_by == want, (result.kind, result.reasons)
