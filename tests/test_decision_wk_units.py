"""decision_by: "wk", "wks" as text messages write weeks are weeks wherever a count of weeks
is read (lexicon.WEEK_UNITS), not only in a count from the mail's day: counted from an event,
asked for ("it may take up to 3 wks"), or from today. Sent Wednesday 18 November 2026."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

SENT = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)

CASES = [
    ("We'll get back to you within 2 wks.", date(2026, 12, 2)),
    ("You'll hear from us in 1-2 wks.", date(2026, 12, 2)),
    ("We'll be in touch 2 wks after the interview on 20 November.", date(2026, 12, 4)),
    ("It may take up to 3 wks for us to get back to you.", date(2026, 12, 9)),
    ("We will decide 2 wks from today.", date(2026, 12, 2)),
    ("We'll let you know within 1 wk of your interview on 20 November.", date(2026, 11, 27)),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_wks_are_weeks(text: str, want: date) -> None:
    assert find_decision_by(text, SENT) == want
