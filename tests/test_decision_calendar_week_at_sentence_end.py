"""decision_by: a calendar week named at the end of a sentence ("en semaine 49.", "Ende KW
48.", "la semana 48.") is that week's Friday, as it is mid-sentence; a decimal ("KW 4.5")
is no week."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from afterview.understand.dates.decision import find_decision_by

CET = timezone(timedelta(hours=1))
FRIDAY = datetime(2026, 11, 13, 10, 0, tzinfo=CET)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nous reviendrons vers vous en semaine 49.", date(2026, 12, 4)),
        ("Nous vous donnerons une réponse fin semaine 48.", date(2026, 11, 27)),
        ("Wir melden uns bis Ende KW 48.", date(2026, 11, 27)),
        ("Te daremos una respuesta la semana 48.", date(2026, 11, 27)),
        ("We laten je in week 49 weten hoe het verder gaat.", date(2026, 12, 4)),
    ],
)
def test_a_calendar_week_is_its_friday(text: str, day: date) -> None:
    assert find_decision_by(text, FRIDAY) == day


def test_a_decimal_is_no_week() -> None:
    assert find_decision_by("Wir melden uns mit Version KW 4.5 der Planung.", FRIDAY) is None
