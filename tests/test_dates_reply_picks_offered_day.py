"""A booking reply that names other days for other things: the first sentence that points at
one offered day decides; a declined or doubled day picks nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterview.understand.dates.thread import find_thread_time

SENT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday


_OFFERED = (
    "Marcus can do either of these (UK time, 45 mins on Teams):\n"
    "  - Wed 25th Nov, 11:00\n  - Thu 26th Nov, 14:00\nWhich would you prefer?"
)
_THU = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "reply",
    [
        "Perfect, you're all booked in for the Thursday one. I'll call you Weds for a quick "
        "prep chat.",
        "Great - Thursday it is. He'll send the Teams link today or Wednesday.",
        "Super, Donnerstag ist gebucht. Den Link schickt er am Mittwoch.",
        "Parfait, c'est noté pour jeudi. Il vous enverra le lien mercredi.",
        "Perfecto, queda reservado el jueves. El miércoles te mando el enlace.",
    ],
)
def test_the_first_sentence_that_points_at_one_offered_day_decides(reply):
    span = find_thread_time(reply, _OFFERED, SENT)
    assert span is not None
    assert span.start == _THU


@pytest.mark.parametrize(
    "reply",
    [
        # the first sentence turns Wednesday down, the second names both: no single pick
        "Wednesday won't work for me. Thursday or Wednesday next week, maybe?",
        # both days in the booking sentence
        "Thursday or Wednesday both work, your call.",
    ],
)
def test_a_declined_or_doubled_day_picks_nothing(reply):
    assert find_thread_time(reply, _OFFERED, SENT) is None
