"""decision_by is no day counted from the candidate's own step, nor a heading's:

- a span counted from the candidate's submission ("within five working days of your
  submission", "of receiving it", "nach Eingang Ihrer Unterlagen", "à réception de votre
  travail", "tras recibir tu prueba", "na ontvangst van je opdracht") has no known start;
- a heading on its own line ("Next steps:", "Nächste Schritte:") promises nothing for the
  line below it ("This recruitment closes on 11/16/2026.");
- "te escribo x/sobre la búsqueda" is why the mail is written now, not a promise.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

FRIDAY = datetime(2026, 11, 13, 11, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Once it's in, two engineers review it and we aim to get back to you within five "
        "working days of your submission.",
        "We will give you feedback within a week of receiving your case study.",
        "Wir melden uns innerhalb von zehn Tagen nach Eingang Ihrer Unterlagen.",
        "Nous reviendrons vers vous sous huit jours à réception de votre travail.",
        "Te daremos una respuesta en 5 días hábiles tras recibir tu prueba.",
        "We laten je binnen een week na ontvangst van je opdracht iets weten.",
    ],
)
def test_a_span_counted_from_the_candidates_step_gives_no_day(text: str) -> None:
    assert find_decision_by(text, FRIDAY) is None


def test_the_same_span_counted_from_today_still_does() -> None:
    text = "We aim to get back to you within five working days."
    assert find_decision_by(text, FRIDAY) == date(2026, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Next steps:\nThis recruitment closes on 11/16/2026.",
        "Nächste Schritte:\nDie Ausschreibung endet am 16.11.2026.",
        "Prochaines étapes :\nL'annonce reste en ligne jusqu'au 16 novembre.",
    ],
)
def test_a_heading_line_promises_nothing_for_the_line_below(text: str) -> None:
    assert find_decision_by(text, FRIDAY) is None


def test_a_promise_under_a_heading_still_counts() -> None:
    text = "Next steps:\nWe will let you know the outcome by Friday 20 November."
    assert find_decision_by(text, FRIDAY) == date(2026, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "te escribo x la búsqueda de Analista CRM, te propongo una charla esta semana o la "
        "que viene",
        "Te escribo sobre el puesto de Contable: ¿tienes un rato esta semana?",
    ],
)
def test_why_the_mail_is_written_is_no_promise(text: str) -> None:
    assert find_decision_by(text, FRIDAY) is None
