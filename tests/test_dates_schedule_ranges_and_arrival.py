"""Interview start: a schedule's lines open with dotted ranges ("8.45 - 9.15 Welcome");
"present at reception by 11.00" is when to arrive, not when the interview starts. Mail
written for the rule, with counter-cases.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterview.understand.dates import find_interview_time
from afterview.understand.dates.clock import scan_clock

SENT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("  8.45 - 9.15     Welcome and tour", 8 * 60 + 45),
        ("13.30-14.15 Fachgespräch mit dem Team", 13 * 60 + 30),
        ("09.00 – 09.40 Entretien avec le jury", 9 * 60),
    ],
)
def test_a_schedule_line_opening_with_a_dotted_range_is_a_time(text, minutes):
    clocks = scan_clock(text)
    assert clocks and clocks[0].minutes == minutes


@pytest.mark.parametrize(
    "text",
    ["Prices 2.50 - 3.75 per unit", "Version 1.15 - 1.2 notes", "rated 4.5 - 4.8 stars"],
)
def test_decimal_ranges_are_no_times(text):
    assert scan_clock(text) == []


def test_an_assessment_day_starts_at_the_first_line_of_its_schedule():
    text = (
        "We would like to invite you to our assessment day on Tuesday 1st December.\n\n"
        "Please arrive at reception for 8.30am. The day will run as follows:\n\n"
        "  8.30 - 9.00     Coffee and welcome\n  9.00 - 10.00    Written exercise\n"
        "  10.15 - 11.00   Panel interview\n"
    )
    span = find_interview_time(text, SENT)
    assert span is not None
    assert span.start == datetime(2026, 12, 1, 8, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "You are invited to interview as follows:\nDate: Thursday, 3rd December 2026\n"
        "Time: 11.15 a.m.\n\nPlease present at main reception by 11.00 a.m. The interview "
        "will last 40 minutes.",
        "Interview: Thursday 3 December 2026, 11:15am.\n\nPlease report to the front desk "
        "by 11:00am, the interview itself takes about 40 minutes.",
        "Your interview is on Thursday 3 December 2026 at 11:15.\n\nPlease present yourself "
        "at security at 11:00 with photo ID; the interview will be held in Room 4.",
    ],
)
def test_when_to_present_at_reception_is_not_the_start(text):
    span = find_interview_time(text, SENT)
    assert span is not None
    assert span.start == datetime(2026, 12, 3, 11, 15, tzinfo=UTC)
