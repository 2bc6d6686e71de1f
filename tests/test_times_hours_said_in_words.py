"""Interview start: hours and minutes said in words after "at" ("at ten thirty", "at two
fifteen", "at nine forty-five"), and a bare hour after a day and its part ("Thursday
morning at 9", "Thursday afternoon at 3").

Counter-cases: "ten thirty-minute interviews" counts interviews; "ten thirty people" has no
"at" before it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime.fromisoformat("2026-11-03T10:00:00+00:00")  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interview confirmed for Thursday at ten thirty.", "2026-11-05T10:30"),
        ("Interview confirmed for Thursday at twelve thirty.", "2026-11-05T12:30"),
        ("Interview confirmed for Thursday at two fifteen.", "2026-11-05T14:15"),
        ("Interview confirmed for Thursday at nine forty-five.", "2026-11-05T09:45"),
        ("Interview confirmed for Thursday morning at 9.", "2026-11-05T09:00"),
        ("Interview confirmed for Thursday afternoon at 3.", "2026-11-05T15:00"),
    ],
)
def test_the_start(text: str, expected: str) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start.isoformat()[:16] == expected


@pytest.mark.parametrize(
    "text",
    [
        "We run ten thirty-minute interviews on Thursday.",
        "The interview day on Thursday has ten thirty people.",
    ],
)
def test_counts_in_words_are_no_time(text: str) -> None:
    assert find_interview_time(text, SENT) is None
