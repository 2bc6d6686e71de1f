"""decision_by on wordings written for this round, each read wrongly before: a day that comes
round ("we review applications every Monday"), a revised date in a sentence of its own ("the
decision will slip a week. New ETA is Wednesday 2 December."), a German promise with its day
between the verb and "von uns" ("Sie hören spätestens am Mittwoch, 2. Dezember, von uns"),
"la semana siguiente a la entrevista", a shortlist done by a day "and we'll contact you
straight after", and a count from a meeting whose day ends its sentence with a full stop
("La entrevista es el 25 de noviembre. ... la semana siguiente a la reunión del comité": the
committee's day is not the interview's). Beside each, the readings that must not move.

Sent on Wednesday 18 November 2026.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

WED = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Hi Sam - quick update: we've had some reshuffling, so the decision will slip a week. "
         "New ETA is Wednesday 2 December. Sorry for the delay!", date(2026, 12, 2)),
        ("Die Gespräche laufen noch bis Freitag. Danach besprechen wir uns im Team und Sie "
         "hören spätestens am Mittwoch, 2. Dezember, von uns.", date(2026, 12, 2)),
        ("Te confirmo la entrevista el jueves 26 de noviembre a las 10:00. Te daremos una "
         "respuesta en la semana siguiente a la entrevista.", date(2026, 12, 4)),
        ("We're currently finalising our shortlist. This should be done by Friday 27 "
         "November, and we'll contact you straight after.", date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_the_promise_s_day(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a habit names no day
        ("We review applications every Monday and will get back to you as soon as we can.",
         None),
        ("Wir sichten die Bewerbungen jeden Freitag und melden uns so bald wie möglich.", None),
        ("Nous étudions les candidatures chaque lundi et reviendrons vers vous rapidement.",
         None),
        # a meeting not dated gives no day, though another's day ends the sentence before
        ("La entrevista es el 25 de noviembre. Te daremos una respuesta la semana siguiente "
         "a la reunión del comité.", None),
        ("Das Gespräch ist am 25. November. Wir melden uns eine Woche nach der Sitzung des "
         "Ausschusses.", None),
        # a revised day said as news of something else is none
        ("The new timeline is attached for your information.", None),
        # "soon after" a span that is not the answer's
        ("Applications close on 30 November and we'll be in touch soon after.", None),
    ],
)  # fmt: skip
def test_readings_that_stay(text: str, day: date | None) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Latin American Spanish: "dar a conocer", "en un lapso de"
        ("El comité evaluador dará a conocer los resultados en un lapso de 10 días hábiles.",
         date(2026, 12, 2)),
        # an agency hears for the candidate
        ("Just a heads up - the unit manager is on PTO until 11/30, so we probably won't hear "
         "back until the first week of December. I'll keep you posted!", date(2026, 12, 4)),
        ("I should hear back from the client by Friday and will call you straight away.",
         date(2026, 11, 20)),
    ],
)  # fmt: skip
def test_agencies_and_latin_american_wordings(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    "text",
    [
        "We heard back from the client last week and they have paused the role.",
        "Tienes hasta el 25 de noviembre para enviar la documentación.",
        "Did you hear back from the other company by Friday?",
    ],
)
def test_no_promise_there(text: str) -> None:
    assert find_decision_by(text, WED) is None


@pytest.mark.parametrize(
    "text",
    [
        # the day of what the answer follows
        "We'll be in touch after the interviews on 1 and 2 December.",
        "We'll let you know after the panel on 26 November.",
        "Wir melden uns nach dem Gespräch am 26.11.",
        "Nous reviendrons vers vous après le comité du 1er décembre.",
        "Te diremos algo tras la reunión del 1 de diciembre.",
        "We laten het je weten na het gesprek op 26 november.",
    ],
)
def test_the_day_of_what_the_answer_follows_is_no_decision_date(text: str) -> None:
    assert find_decision_by(text, WED) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Following our chat, we'll decide by Friday 27 November.", date(2026, 11, 27)),
        ("After the panel we'll let you know, by 4 December at the latest.", date(2026, 12, 4)),
        ("The panel meets on 26 November and we'll let you know by the 30th.",
         date(2026, 11, 30)),
    ],
)  # fmt: skip
def test_a_promise_beside_an_after_keeps_its_day(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day
