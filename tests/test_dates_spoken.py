"""Times said in words and zones named in words, in five languages; the details that follow
from them (an invitation shown in the offset its text reveals)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_decision_by, find_interview_time

SENT = datetime(2026, 11, 9, 18, 0, tzinfo=UTC)  # a Monday


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Wednesday works, see you at half nine in reception.", "Wed 11 09:30"),
        ("Great - Wednesday at half past two then.", "Wed 11 14:30"),
        ("Wednesday, quarter to eleven, at our office.", "Wed 11 10:45"),
        ("Shall we say Wednesday at eleven o'clock?", "Wed 11 11:00"),
        ("Wir sehen uns am Mittwoch um halb elf.", "Wed 11 10:30"),
        ("Mittwoch, Viertel nach zehn, Raum 4.", "Wed 11 10:15"),
        ("Tot woensdag om half elf op kantoor.", "Wed 11 10:30"),
        ("Woensdag om kwart voor tien, tot dan.", "Wed 11 09:45"),
        ("Woensdag om half 11 bij de receptie.", "Wed 11 10:30"),
        ("On se voit mercredi à onze heures et quart.", "Wed 11 11:15"),
        ("Te esperamos el miércoles a las once menos cuarto.", "Wed 11 10:45"),
        ("Te esperamos el miércoles a las 10 y media.", "Wed 11 10:30"),
    ],
)
def test_times_said_in_words(text: str, when: str) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start.strftime("%a %d %H:%M") == when


@pytest.mark.parametrize(
    "text",
    [
        "We set aside half an hour on Wednesday for questions.",
        "Wij rekenen woensdag op een uur voor het gesprek.",
        "L'épreuve durera deux heures mercredi.",
        "Un entretien de deux heures mercredi avec l'équipe.",
        "Half the team is off on Wednesday.",
    ],
)
def test_lengths_and_fractions_are_no_time(text: str) -> None:
    assert find_interview_time(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [
        ("La entrevista será el jueves 3 de diciembre a las 10:00, hora canaria.", 0),
        ("La entrevista: jueves 3 de diciembre a las 9:00 hora de Nueva York.", -5),
        ("Interview: Thursday 3 December, 16:00 Singapore Standard Time", 8),
        ("Interview: Thursday 3 December, 9:00am New Zealand Daylight Time", 13),
        ("Interview: Thursday 3 December, 9:00am NZDT", 13),
        ("Gespräch am Donnerstag, 3. Dezember, 10:00 Uhr Wiener Zeit", 1),
        ("Entretien jeudi 3 décembre à 10h, heure de Lisbonne", 0),
        ("Gesprek donderdag 3 december om 10:00 Britse tijd", 0),
    ],
)
def test_zones_named_in_words(text: str, offset_hours: int) -> None:
    sent = datetime(2026, 11, 19, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    found = find_interview_time(text, sent)
    assert found is not None
    assert found.start.utcoffset() == timedelta(hours=offset_hours)


def test_writing_to_say_why_is_no_promise_to_write() -> None:
    text = (
        "Te escribo porque hemos movido la entrevista al jueves 3 de diciembre a las 10:00. "
        "Ya está confirmado con el equipo."
    )
    assert find_decision_by(text, SENT) is None
    promise = "Te escribo el viernes 13 de noviembre con nuestra decisión."
    assert find_decision_by(promise, SENT) == date(2026, 11, 13)


# A promise kept only if the candidate is chosen still names the last day to wait: silence
# after it is the answer (test_dates_reported_promise.py).
@pytest.mark.parametrize(
    "text",
    [
        "If you are shortlisted, we will contact you within two weeks.",
        "Sollten Sie in die engere Auswahl kommen, melden wir uns innerhalb von zwei Wochen.",
        "Si votre profil correspond, nous reviendrons vers vous d'ici deux semaines.",
        "Si tu perfil encaja, te contactaremos en las próximas dos semanas.",
    ],
)
def test_a_promise_kept_only_if_chosen_gives_its_day(text: str) -> None:
    assert find_decision_by(text, SENT) == date(2026, 11, 23)


def test_an_unconditional_promise_still_gives_one() -> None:
    text = "We will get back to all candidates within two weeks."
    assert find_decision_by(text, SENT) == date(2026, 11, 23)


# SENT is a Monday (9 November 2026): "end of next week" is Friday 20 November.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a shortlist is the employer's decision; the candidate's part is another clause
        (
            "We hope to have a shortlist by the end of next week, so if you could send your "
            "portfolio in the next day or two that would help.",
            date(2026, 11, 20),
        ),
        ("We will let all applicants know the outcome by Friday 13 November.", date(2026, 11, 13)),
        ("I should have some news for you by the end of next week.", date(2026, 11, 20)),
        ("Sie hören spätestens Ende nächster Woche von uns.", date(2026, 11, 20)),
        ("Wir werden uns bis Ende nächster Woche bei Ihnen melden.", date(2026, 11, 20)),
        ("Queremos tomar una decisión antes de que acabe el mes.", date(2026, 11, 30)),
        ("We'll have made our decision before the month is out.", date(2026, 11, 30)),
        ("Nous prendrons une décision avant que le mois se termine.", date(2026, 11, 30)),
    ],
)
def test_the_employers_own_timeline_said_other_ways(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        # the employer's "next month" counts, the candidate's Friday does not
        ("We'll decide next month, so please reply by Friday 13 November.", date(2026, 12, 31)),
        ("Please let us know by Friday 13 November; we will decide soon after.", None),
    ],
)
def test_the_candidates_deadline_in_its_own_clause_is_no_decision_date(
    text: str, decided: date | None
) -> None:
    assert find_decision_by(text, SENT) == decided
