"""A Nordic writer's clock word before a dotted time ("kl. 13.30", "klokken 9.15",
"klockan 10.15", "klo 14.00") makes it a time, in English mail from there as in their own
phrasing; and "one and a half hour" (singular, as non-native English writes it) is 90
minutes. Mail written for these tests; Copenhagen and Stockholm keep +01:00 in November."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_interview_time

CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 11, 17, 8, 51, tzinfo=CET)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("We have booked Thursday 26/11 kl. 13.30 for the portfolio review.",
         datetime(2026, 11, 26, 13, 30, tzinfo=CET)),
        ("The interview is on Wednesday 25 November klokken 9.15 at our office in Oslo.",
         datetime(2026, 11, 25, 9, 15, tzinfo=CET)),
        ("See you for the case interview on Monday 30 November, klockan 10.15.",
         datetime(2026, 11, 30, 10, 15, tzinfo=CET)),
        ("Our call is set for Friday 27.11. klo 14.00, I'll send the Teams link.",
         datetime(2026, 11, 27, 14, 0, tzinfo=CET)),
    ],
)  # fmt: skip
def test_a_nordic_clock_word_makes_a_dotted_time(text: str, start: datetime) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start == start


def test_a_dotted_number_without_a_clock_word_stays_no_time() -> None:
    assert find_interview_time("Thursday 26/11 we expect 13.30 percent growth.", SENT) is None


def test_one_and_a_half_hour_is_ninety_minutes() -> None:
    found = find_interview_time(
        "We have booked Thursday 26/11 at 13:30. It takes around one and a half hour.", SENT
    )
    assert found is not None
    assert found.end == datetime(2026, 11, 26, 15, 0, tzinfo=CET)
