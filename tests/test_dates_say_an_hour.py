"""Interview start: a bare hour proposed with "say" ("Let's say 11 on the Friday", "sagen wir
10 am Montag", "zeg maar 10 op vrijdag") is a time; "say 3 or 4 of them", "say 10 people"
are counts.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterview.understand.dates import find_interview_time
from afterview.understand.dates.clock import scan_clock

SENT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday
THREAD = "> I could do Thursday 26th any time after 2pm, or Friday 27th in the morning."


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Friday suits better. Lets say 11 on the Friday so.", 11),
        ("Thursday is busy here, so let's say 10 then, Friday.", 10),
        ("Freitag passt besser. Sagen wir 10 am Freitag.", 10),
        ("Vrijdag komt beter uit. Zeg maar 10 op vrijdag.", 10),
        ("Friday's good. Shall we say 9 on Friday?", 9),
    ],
)
def test_a_bare_hour_proposed_with_say_is_the_time_on_the_day_the_thread_gives(text, hour):
    span = find_interview_time(text, SENT, history=THREAD)
    assert span is not None
    assert span.start == datetime(2026, 11, 27, hour, 0, tzinfo=UTC)


def test_say_with_an_afternoon_hour_reads_as_afternoon():
    span = find_interview_time("Thursday then - say 3 on Thursday?", SENT, history=THREAD)
    assert span is not None
    assert span.start == datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "I'd say 3 or 4 of them will be on Friday's shift.",
        "We need, say 10 people on Friday.",
        "Say 5 years of experience, ideally.",
        "I'd say 2 rounds on Friday at most.",
    ],
)
def test_a_number_after_say_that_counts_is_no_time(text):
    assert scan_clock(text) == []
