"""A weekday and a bare number are one date when the coming such day falls on that weekday
("on part sur lundi 30 à 14h" sent on Friday 20 November); when they do not agree they are
no date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates import find_interview_time
from afterview.understand.dates.mentions import scan_dates

SENT = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)  # a Friday; Monday 30 November follows


@pytest.mark.parametrize(
    "text",
    [
        "Parfait, on part sur lundi 30 à 14h alors.",
        "Great, let's go with Monday 30 at 2pm then.",
        "Perfecto, quedamos lunes 30 a las 14:00.",
        "Prima, we houden maandag 30 om 14:00 aan.",
    ],
)
def test_a_weekday_and_the_number_of_its_coming_date_are_that_date(text):
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start.date() == date(2026, 11, 30)


def test_a_weekday_and_a_number_that_do_not_agree_are_no_date():
    # the coming 5th is a Saturday: "Friday 5" is not 5 December
    assert all(m.day != date(2026, 12, 5) for m in scan_dates("Friday 5 works", SENT.date()))
    # the coming 10th is a Thursday, but "10-12" is a range of hours
    assert all(m.kind != "dayonly" for m in scan_dates("Thursday 10-12 suits", SENT.date()))
