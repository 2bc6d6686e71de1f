"""decision_by: more ways people promise to get back, each in several languages.

- keeping the candidate posted is getting back ("I'll keep you posted", "je vous tiens au
  courant", "ich halte Sie auf dem Laufenden", "te mantengo al tanto", "ik houd je op de
  hoogte");
- Spanish promises the near future in the present ("la semana que viene te decimos algo",
  "antes del viernes te cuento", "te vuelvo a escribir el lunes");
- "within the fortnight", "you should hear from us", "expect to hear back";
- a sentence that points back at the promise before it gives that promise its time ("The
  panel will decide. I'd expect that to be within the fortnight.").
None of these makes a candidate's deadline or news given now a decision date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

WEDNESDAY = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thanks again for your time today - I'll keep you posted, and it should be by "
         "Friday.", date(2026, 11, 20)),
        ("We'll keep you updated by the end of next week at the latest.", date(2026, 11, 27)),
        ("Je vous tiens au courant d'ici jeudi.", date(2026, 11, 19)),
        ("Nous vous tiendrons au courant d'ici fin novembre.", date(2026, 11, 30)),
        ("Ich halte Sie bis Ende nächster Woche auf dem Laufenden.", date(2026, 11, 27)),
        ("Wir halten dich nächste Woche auf dem Laufenden.", date(2026, 11, 27)),
        ("Te mantengo al tanto: la semana que viene seguro tenemos novedades.",
         date(2026, 11, 27)),
        ("Ik houd je volgende week op de hoogte.", date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_keeping_the_candidate_posted_is_getting_back(text: str, day: date) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Estamos viendo a los últimos candidatos y la semana que viene te decimos algo.",
         date(2026, 11, 27)),
        ("Antes del viernes te cuento si pasás a la entrevista con el cliente.",
         date(2026, 11, 19)),
        ("Te vuelvo a escribir el lunes con nuevas opciones de horario.", date(2026, 11, 23)),
        ("Os avisamos a finales de mes, cuando cerremos las entrevistas.", date(2026, 11, 30)),
        ("Volvemos a contactarte antes del lunes con la decisión del comité.",
         date(2026, 11, 22)),
    ],
)  # fmt: skip
def test_a_spanish_present_tense_promise_with_its_time(text: str, day: date) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We will make a decision within the fortnight.", date(2026, 12, 2)),
        ("You should hear from the team by Monday 30 November.", date(2026, 11, 30)),
        ("Expect to hear back within two weeks of today.", date(2026, 12, 2)),
        ("Thanks for the chat! I will give you a return until the end of the month.",
         date(2026, 11, 30)),
        ("Je vous recontacte d'ici la fin de la semaine prochaine.", date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_other_wordings_of_a_promise(text: str, day: date) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Once the last reference is in, the panel will make a final decision. I'd expect "
         "that to be within the fortnight.", date(2026, 12, 2)),
        ("Wir entscheiden nach den letzten Gesprächen. Das sollte bis Ende nächster Woche so "
         "weit sein.", date(2026, 11, 27)),
        ("Nous prendrons une décision après les derniers entretiens. Cela devrait être fait "
         "d'ici vendredi.", date(2026, 11, 20)),
        ("We'll let you know the outcome once the panel has met. That should be by the end "
         "of the month.", date(2026, 11, 30)),
    ],
)  # fmt: skip
def test_a_sentence_pointing_back_at_a_promise_gives_it_its_time(text: str, day: date) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    "text",
    [
        # no promise before the pointing sentence
        "Thanks for coming in. That should be by Friday.",
        "Our office moves next month. It will be in the new building from 1 December.",
        # the candidate is asked, not promised
        "Please keep us posted on your notice period by Friday.",
        "¿Me podrías mandar las referencias antes del viernes?",
        # news given now
        "Te cuento que ya presenté tu perfil al cliente el lunes pasado.",
    ],
)
def test_no_decision_date_without_the_employers_promise(text: str) -> None:
    assert find_decision_by(text, WEDNESDAY) is None
