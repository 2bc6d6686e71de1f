"""Spanish sets the article before the hour ("a las 17h", "desde las 9h30"): that
hour with its "h" is a time as "à 17h" and "um 17h" are; "24h de soporte" stays no time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_interview_time

CET = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 16, 12, 31, tzinfo=CET)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Vale, te esperamos el jueves a las 17h en el local, antes del servicio.",
         datetime(2026, 11, 19, 17, 0, tzinfo=CET)),
        ("La entrevista será el viernes 20 de noviembre desde las 9h30 en la planta.",
         datetime(2026, 11, 20, 9, 30, tzinfo=CET)),
        ("Nos vemos el martes 24 a las 11h en la oficina de Valencia.",
         datetime(2026, 11, 24, 11, 0, tzinfo=CET)),
    ],
)  # fmt: skip
def test_an_hour_after_a_las_is_a_time(text: str, start: datetime) -> None:
    found = find_interview_time(text, MONDAY)
    assert found is not None and found.start == start


def test_a_count_of_hours_is_no_time() -> None:
    assert find_interview_time("Ofrecemos soporte 24h de lunes a viernes.", MONDAY) is None
