"""decision_by: German "Zu- oder Absage" is an answer either way, no meeting called off
(calledoff.py), and the news may come before its verb ("Die Zu- oder Absage erhalten Sie bis
...", "Eine Antwort bekommen Sie bis ...": timeline_words.py). A meeting called off with
"absagen" still gives no day. Every mail sent on Wednesday 18 November 2026."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

SENT = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
DEC_4 = date(2026, 12, 4)

CASES = [
    ("Die Zu- oder Absage erhalten Sie bis Freitag, 4. Dezember.", DEC_4),
    ("Eine Zu- oder Absage bekommen Sie bis Freitag, 4. Dezember.", DEC_4),
    ("Ihre Zu-/Absage erhalten Sie bis zum 4.12.", DEC_4),
    ("Eine Zusage oder Absage erhalten Sie spätestens am 4. Dezember.", DEC_4),
    ("Sie erhalten bis Freitag, 4. Dezember eine Zu- oder Absage.", DEC_4),
    ("Eine Antwort bekommen Sie bis Freitag, 4. Dezember.", DEC_4),
    # counter-cases: a meeting called off, and the candidate's own answer asked for
    ("Leider müssen wir das Gespräch am Freitag, 20. November absagen.", None),
    ("Wir müssen den Termin am 4. Dezember leider absagen.", None),
    ("Bitte geben Sie uns Ihre Zu- oder Absage bis Freitag, 4. Dezember.", None),
    ("Ihre Zusage oder Absage erwarten wir bis zum 4. Dezember.", None),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_an_answer_either_way_is_promised(text: str, want: date | None) -> None:
    assert find_decision_by(text, SENT) == want
