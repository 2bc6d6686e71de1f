"""decision_by: the day an event is held is no day by which the employer will be back
(meetingday.py). "Interviews are expected to be held on 8 December", "a second round, which
would take place on 3 December" and "we'll send you an invite for next Tuesday" name when a
meeting happens, in English, German, French, Spanish and Dutch; a real promise in the same
mail still counts. Every mail sent on Wednesday 18 November 2026."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

SENT = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)

EVENT_DAYS = [
    "We will contact shortlisted candidates, and interviews are expected to be held on 8 December.",
    "We will be in touch about a second round, which would take place on 3 December.",
    "We'll get back to you about a final interview, which would take place on 3 December.",
    "We'll be in touch about the assessment day, which is due to take place on 3 December.",
    "We'll send you an invite for next Tuesday.",
    "We'll send you an invitation for 3 December.",
    "Wir melden uns bei Ihnen wegen einer zweiten Runde, die am 3. Dezember stattfinden würde.",
    "Nous vous enverrons une invitation pour mardi prochain.",
    "Nous reviendrons vers vous pour un second entretien, qui aurait lieu le 3 décembre.",
    "Te enviaremos una invitación para el próximo martes.",
    "Nos pondremos en contacto para una segunda entrevista, que tendría lugar el 3 de diciembre.",
    "We sturen je een uitnodiging voor volgende week dinsdag.",
]

# the promise beside the event's day still counts
WITH_A_PROMISE = [
    ("We will contact shortlisted candidates by 27 November, and interviews are expected to "
     "be held on 8 December.", date(2026, 11, 27)),
    ("We'll get back to you by Friday about a final interview, which would take place on "
     "3 December.", date(2026, 11, 20)),
    ("We'll send you an invite for next Tuesday and let you know the outcome by 4 December.",
     date(2026, 12, 4)),
    ("We'll send you an invite for next Tuesday. We'll decide by 4 December.",
     date(2026, 12, 4)),
    ("Wir melden uns bis zum 27. November; die Gespräche sollen am 8. Dezember stattfinden.",
     date(2026, 11, 27)),
    ("Nous reviendrons vers vous d'ici le 27 novembre; les entretiens devraient avoir lieu le "
     "8 décembre.", date(2026, 11, 27)),
    ("Te contestaremos antes del 27 de noviembre; las entrevistas están previstas para el 8 "
     "de diciembre.", date(2026, 11, 26)),
    ("We laten je uiterlijk 27 november weten of je door bent; de gesprekken worden naar "
     "verwachting op 8 december gehouden.", date(2026, 11, 27)),
    # counter-cases: no event verb, the day is the promise's
    ("We'll make our decision at the panel on 2 December and let you know by 4 December.",
     date(2026, 12, 4)),
    ("We'll send out invitations by Friday.", None),
    ("We'll let you know whether it will take place by Friday.", date(2026, 11, 20)),
    ("Wir melden uns bis Freitag, 4. Dezember bei Ihnen.", date(2026, 12, 4)),
]  # fmt: skip


@pytest.mark.parametrize("text", EVENT_DAYS)
def test_an_events_day_is_no_decision_date(text: str) -> None:
    assert find_decision_by(text, SENT) is None


@pytest.mark.parametrize(("text", "want"), WITH_A_PROMISE)
def test_the_promise_beside_it_still_counts(text: str, want: date | None) -> None:
    assert find_decision_by(text, SENT) == want
