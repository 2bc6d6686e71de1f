"""Interview start: a meeting moved to another hour of the same day ("on Tuesday 10 November
has moved from 10am to 2pm", "décalé de 10h à 14h", "verplaatst van 10.00 naar 14.00 uur",
"cambiado de las 10:00 a las 14:00") starts at the new hour: the two hours are the old and
the new, not one meeting's start and end.

Counter-cases: a range after a move to a day ("moved to Tuesday from 10am to 11am",
"rescheduled: Tuesday from 10am to 11am") and a plain range stay one meeting's hours.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime.fromisoformat("2026-11-03T10:00:00+00:00")


def _span(text: str) -> tuple[str, str | None]:
    found = find_interview_time(text, SENT)
    assert found is not None
    return found.start.isoformat()[:16], found.end and found.end.isoformat()[:16]


@pytest.mark.parametrize(
    "text",
    [
        "Your interview on Tuesday 10 November has moved from 10am to 2pm.",
        "On Tuesday 10 November, we've pushed it back from 10am to 2pm, same room.",
        "Votre entretien du mardi 10 novembre est décalé de 10h à 14h.",
        "Ons gesprek op dinsdag 10 november is verplaatst van 10.00 naar 14.00 uur.",
        "Tu entrevista del martes 10 de noviembre se ha cambiado de las 10:00 a las 14:00.",
    ],
)
def test_the_new_hour_of_a_move_on_the_same_day_is_the_start(text: str) -> None:
    assert _span(text)[0] == "2026-11-10T14:00"


@pytest.mark.parametrize(
    "text",
    [
        "Your interview has been moved to Tuesday 10 November from 10am to 11am.",
        "We rescheduled: Tuesday 10 November from 10am to 11am.",
        "Tuesday 10 November: interview from 10am to 11am.",
        "Entretien mardi 10 novembre de 10h à 11h.",
    ],
)
def test_a_range_after_a_move_to_a_day_stays_the_meetings_hours(text: str) -> None:
    assert _span(text) == ("2026-11-10T10:00", "2026-11-10T11:00")
