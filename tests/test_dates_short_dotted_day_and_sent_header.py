"""The interview's start:

- a short "17.11" without its closing dot is a date when its weekday is written with it and
  is right ("17.11 (Tuesday)", "Di 17.11", "donderdag 19.11"); a wrong weekday or none
  leaves it no date (a price, a version, a score);
- a forwarded mail's "Sent" line with its preposition ("Enviado el:", "Gesendet am:",
  "Envoyé le :", "Verzonden op:") is a header, so its time is not the interview's.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_interview_time

CET = timezone(timedelta(hours=1))
CLT = timezone(timedelta(hours=-3))
MONDAY = datetime(2026, 11, 9, 10, 14, tzinfo=CET)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("I have booked it for 17.11 (Tuesday) at 10:00 our time, on Google Meet.",
         datetime(2026, 11, 17, 10, 0, tzinfo=CET)),
        ("Das Gespräch findet am Di 17.11 um 14 Uhr bei uns im Büro statt.",
         datetime(2026, 11, 17, 14, 0, tzinfo=CET)),
        ("Het gesprek is op donderdag 19.11 om 9.30 uur, bij ons op kantoor.",
         datetime(2026, 11, 19, 9, 30, tzinfo=CET)),
        ("Entretien confirmé : vendredi, 20.11 à 11h00 dans nos locaux.",
         datetime(2026, 11, 20, 11, 0, tzinfo=CET)),
    ],
)  # fmt: skip
def test_a_short_dotted_day_with_its_weekday_is_the_interview_day(
    text: str, start: datetime
) -> None:
    found = find_interview_time(text, MONDAY)
    assert found is not None and found.start == start


@pytest.mark.parametrize(
    "text",
    [
        # the weekday is not that day's: no date, so no interview time from it
        "Interview: Wednesday 17.11 at 10:00.",
        "The invoice of 17.11 EUR (Tuesday batch) is due at 10:00.",
    ],
)
def test_a_short_dotted_number_without_its_right_weekday_is_no_day(text: str) -> None:
    found = find_interview_time(text, MONDAY)
    assert found is None or found.start.date() != datetime(2026, 11, 17).date()


@pytest.mark.parametrize(
    "header",
    [
        "Enviado el: miércoles, 11 de noviembre de 2026 9:58",
        "Gesendet am: Mittwoch, 11. November 2026 09:58",
        "Envoyé le : mercredi 11 novembre 2026 09:58",
        "Verzonden op: woensdag 11 november 2026 09:58",
    ],
)
def test_a_forwarded_sent_line_with_its_preposition_is_a_header(header: str) -> None:
    text = (
        "Te reenvío la confirmación del cliente. Todo OK para el lunes.\n\n"
        "-----Mensaje original-----\n"
        "De: Constanza Muñoz <constanza@cliente.example>\n"
        f"{header}\n"
        "Asunto: Confirmación entrevista\n\n"
        "Confirmamos la entrevista el lunes 16 de noviembre a las 15:30 hrs en nuestras "
        "oficinas.\n"
    )
    found = find_interview_time(text, datetime(2026, 11, 11, 10, 21, tzinfo=CLT))
    assert found is not None
    assert found.start == datetime(2026, 11, 16, 15, 30, tzinfo=CLT)
