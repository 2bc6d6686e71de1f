"""Times in text: a country with one time zone names it ("2:30pm India time", "10:00
Philippine time", "14h Danish time"): the offset is that country's on that day, whatever the
mail's Date header says. A day and month with a slash right before its hour ("Confirmed:
10/11 at 2pm") is a date, where a bare "10/11" is a score."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("Your interview is on Tuesday 10 November at 2:30pm India time.", "+05:30"),
        ("Your interview is on Tuesday 10 November at 10:00 Philippine time.", "+08:00"),
        ("Your interview is on Tuesday 10 November at 10:00 Malaysia time.", "+08:00"),
        ("Your interview is on Tuesday 10 November at 10:00 Sri Lanka time.", "+05:30"),
        ("Your interview is on Tuesday 10 November at 10:00 Danish time.", "+01:00"),
        ("Your interview is on Tuesday 10 November at 10:00 Colombia time.", "-05:00"),
        ("Your interview is on Tuesday 10 November at 10:00 Chile time.", "-03:00"),
    ],
)
def test_a_country_names_the_zone(text: str, offset: str) -> None:
    span = find_interview_time(text, SENT)
    assert span is not None
    assert span.start.isoformat()[-6:] == offset
    assert span.start.hour == 10 or span.start.hour == 14


def test_a_country_word_without_time_names_no_zone() -> None:
    span = find_interview_time("Your interview is on Tuesday 10 November at 10:00 in India.", SENT)
    assert span is not None
    assert span.start.utcoffset() == SENT.utcoffset()


@pytest.mark.parametrize(
    "text",
    ["Confirmed: 10/11 at 2pm.", "Booked 10/11 @ 14:00.", "Bevestigd: 10/11 om 14.00 uur."],
)
def test_a_day_and_month_before_its_hour_is_a_date(text: str) -> None:
    sent = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
    span = find_interview_time(text, sent)
    assert span is not None
    assert (span.start.month, span.start.day, span.start.hour) == (11, 10, 14)


def test_a_bare_fraction_is_no_date() -> None:
    assert find_interview_time("We scored 10/11 on the quiz.", SENT) is None
