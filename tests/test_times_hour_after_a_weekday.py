"""Interview start: an hour written "14h" or "14u" right after a weekday (and its date) is
that day's time, as "à 14h" is: "C'est noté pour jeudi 14h", "mardi 24/11 14h", "el jueves
16h", "donderdag 14u". Counter-cases: "24h" with no day before it is a length or a service
("support 24h sur 24", "livraison en 48h").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime.fromisoformat("2026-11-03T10:00:00+01:00")  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C'est noté pour jeudi 14h pour votre entretien, à bientôt !", "2026-11-05T14:00"),
        ("Votre entretien : jeudi, 14h, dans nos locaux.", "2026-11-05T14:00"),
        ("Rendez-vous mardi 24/11 14h avec l'équipe.", "2026-11-24T14:00"),
        ("Entretien le jeudi 5 novembre 14h au siège.", "2026-11-05T14:00"),
        ("Te esperamos el jueves 16h en la oficina.", "2026-11-05T16:00"),
        ("Entrevista el jueves 12 de noviembre 16h.", "2026-11-12T16:00"),
        ("Ons gesprek staat op donderdag 14u.", "2026-11-05T14:00"),
        ("Interview Thursday 14h, ground floor.", "2026-11-05T14:00"),
    ],
)
def test_an_hour_after_a_weekday_is_its_time(text: str, expected: str) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start.isoformat()[:16] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Notre support est joignable 24h sur 24 pour votre entretien d'embauche.",
        "Livraison en 48h, entretien du matériel compris.",
        "Le service fonctionne 7j/7 et 24h/24.",
    ],
)
def test_hours_with_no_day_before_them_stay_no_time(text: str) -> None:
    assert find_interview_time(text, SENT) is None
