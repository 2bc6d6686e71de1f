"""decision_by, own round: three general readings, each worded several ways.

- "the following week" follows the day named before it in its sentence (alone, next week);
- a whole month named as when ("in December", "courant décembre", "im Dezember", "en
  diciembre", "in de loop van december") ends on its last day;
- making offers is deciding ("we'll be making offers by", "ein Angebot unterbreiten",
  "faire une proposition", "hacer una oferta", "een aanbod doen");
- the candidate's own step done by a day ("once you've sent your answers by Friday") is no
  promise, though the sentence goes on to one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

WEDNESDAY = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The panel sits on Thursday 3 December and we'll let everyone know the following "
         "week.", date(2026, 12, 11)),
        ("Final interviews finish on Monday 30/11, so expect to hear from us in the following "
         "week.", date(2026, 12, 11)),
        ("Our board meets on Tuesday 1 December; you'll hear from us the following week.",
         date(2026, 12, 11)),
        ("We'll be in touch the following week.", date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_the_following_week_follows_the_day_named_before(text: str, day: date) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We expect to make a decision in December.", date(2026, 12, 31)),
        ("Nous reviendrons vers vous courant décembre.", date(2026, 12, 31)),
        ("Wir melden uns im Dezember bei Ihnen.", date(2026, 12, 31)),
        ("Te daremos una respuesta en diciembre.", date(2026, 12, 31)),
        ("We laten je in de loop van december weten hoe het verder gaat.", date(2026, 12, 31)),
        ("We'll get back to you during January 2027.", date(2027, 1, 31)),
        # a day of the month is that day
        ("We will get back to you in December 4th at the latest.", date(2026, 12, 4)),
        # a month with no promise, or past
        ("The role starts in January; please send your references.", None),
        ("We'll let you know; we hired two people in October.", None),
    ],
)  # fmt: skip
def test_a_whole_month_ends_on_its_last_day(text: str, day: date | None) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We'll be making offers by the end of the month.", date(2026, 11, 30)),
        ("We hope to extend an offer to our preferred candidate early next week.",
         date(2026, 11, 25)),
        ("Wir möchten bis Freitag ein Angebot unterbreiten.", date(2026, 11, 20)),
        ("Nous pensons faire une proposition d'ici la fin de la semaine prochaine.",
         date(2026, 11, 27)),
        ("Queremos hacer una oferta antes de fin de mes.", date(2026, 11, 30)),
        ("We willen volgende week een aanbod doen.", date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_making_offers_is_deciding(text: str, day: date) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    "text",
    [
        "Once you've sent your answers by Friday, we'll get back to you.",
        "When you have completed the assessment by Monday 23 November, we will be in touch.",
        "After you have uploaded your portfolio by the 25th we will contact you.",
    ],
)
def test_the_candidates_own_step_by_a_day_is_no_promise(text: str) -> None:
    assert find_decision_by(text, WEDNESDAY) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("If the req reopens in January you'll be the first person I reach out to.", None),
        ("Wenn die Stelle im Januar neu ausgeschrieben wird, melden wir uns bei Ihnen.", None),
        ("Si le poste rouvre en janvier je vous recontacte en priorité.", None),
        ("If the budget is signed off next week we will contact you straight away.", None),
        # the "if" is another clause's, or the day is the promise's own
        ("If possible we'll let you know by Friday.", date(2026, 11, 20)),
        ("If all goes well, we'll decide by Friday.", date(2026, 11, 20)),
    ],
)  # fmt: skip
def test_a_day_inside_the_condition_is_the_conditions(text: str, day: date | None) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "in the next few days" names no last day (periods.py)
        ("I'll reach out in the next few days with some new options for early December.",
         None),
        ("Wir melden uns bis Freitag mit neuen Terminen für die Woche ab dem 7.12.",
         date(2026, 11, 20)),
        ("Je reviendrai vers vous d'ici vendredi avec de nouveaux créneaux pour début "
         "décembre.", date(2026, 11, 20)),
        ("Te escribiremos el lunes con nuevas fechas para la semana del 7 de diciembre.",
         date(2026, 11, 23)),
        # the new dates with no "for": when the employer will be back
        ("I'll come back to you with new dates next week.", date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_the_days_new_dates_are_for_are_no_promise(text: str, day: date | None) -> None:
    assert find_decision_by(text, WEDNESDAY) == day
