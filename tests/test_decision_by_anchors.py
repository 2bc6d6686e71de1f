"""decision_by: feast days, article-less Swiss spans, standing present-tense promises, spans
counted from another event, and "not heard by" outranking other days (CONTRACT.md).

Each case is worded anew (other sectors, registers and languages than the dev sets), so the
rule is pinned by mail that is not the mail it was found on.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

TUE = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)  # Tuesday 10 November 2026


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feast day after "by"/"before" is a day
        ("The partners will make their decision before Thanksgiving.", date(2026, 11, 25)),
        ("Expect an answer from the partners by Thanksgiving.", date(2026, 11, 26)),
        ("We hope to let you know by Christmas at the latest.", date(2026, 12, 25)),
        ("Wir melden uns auf jeden Fall noch vor Weihnachten bei Ihnen.", date(2026, 12, 24)),
        ("Nous reviendrons vers vous avant Noël.", date(2026, 12, 24)),
        ("Te daremos una respuesta antes de Navidad.", date(2026, 12, 24)),
        ("We laten je voor de kerst weten hoe het verder gaat.", date(2026, 12, 24)),
        # Swiss German drops the article
        ("Wir entscheiden bis Ende Monat und melden uns dann.", date(2026, 11, 30)),
        ("Sie hören bis Ende Woche von mir.", date(2026, 11, 13)),
        ("Ich melde mich spätestens Ende nächste Woche.", date(2026, 11, 20)),
        # a standing promise in the present tense
        ("Contestamos a todas las candidaturas en un plazo de 10 días.", date(2026, 11, 20)),
        ("Nous répondons à chaque candidat dans les 15 jours.", date(2026, 11, 25)),
        (
            "We respond to all applicants within two weeks of this acknowledgement.",
            date(2026, 11, 24),
        ),
        ("Wir antworten allen Bewerbenden innerhalb von 14 Tagen.", date(2026, 11, 24)),
        ("We reageren op iedere sollicitatie binnen 10 dagen.", date(2026, 11, 20)),
        # "le confirmo los próximos pasos" is the employer's promise
        ("Le confirmo los próximos pasos la semana que viene.", date(2026, 11, 20)),
        # "not heard by" outranks interview days in the next sentence
        (
            "Assessment centres will run on 03/12/2026. If you have not heard from us by "
            "25/11/2026 you have not been shortlisted this time. We will contact shortlisted "
            "people about 03/12/2026.",
            date(2026, 11, 25),
        ),
    ],
)
def test_decision_day(text: str, expected: date) -> None:
    assert find_decision_by(text, TUE) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a span counted from an event whose day the mail does not give
        "If you have not heard from us within three weeks of the closing date, please assume "
        "you have not been successful.",
        "We aim to get back to every candidate within 10 working days after the interview.",
        "Wir melden uns innerhalb von zwei Wochen nach Bewerbungsschluss.",
        "Nous vous répondrons dans les 15 jours suivant la date de clôture.",
        "Te daremos una respuesta en 10 días tras la entrevista.",
        "We laten je binnen twee weken na de sluitingsdatum iets weten.",
        # a name, not a feast
        "Noël Girard vous contactera pour la suite.",
        # a sentence that ends on a year holds no promise for the next one's days
        "The post closes on 20/11/2026. We will let everyone know the outcome in due course.",
    ],
)
def test_no_decision_day(text: str) -> None:
    assert find_decision_by(text, TUE) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", and" joins two main clauses: the other clause's day is not the promise's
        (
            "We plan to run final interviews in early December, and you will hear from us "
            "within ten days either way.",
            date(2026, 11, 20),
        ),
        (
            "Die Gespräche finden Ende Januar statt, and we will get back to you by Friday.",
            date(2026, 11, 13),
        ),
        (
            "The board meets on 15 December, and I will let you know next week whether "
            "you are on the shortlist.",
            date(2026, 11, 20),
        ),
        # knowing is deciding
        ("We should know within three weeks, and I'll be in touch either way.", date(2026, 12, 1)),
        ("On saura d'ici la fin du mois.", date(2026, 11, 30)),
        ("Bis Ende nächster Woche wissen wir mehr.", date(2026, 11, 20)),
        ("Sabremos algo la semana que viene.", date(2026, 11, 20)),
    ],
)
def test_the_promise_dates_its_own_clause(text: str, expected: date) -> None:
    assert find_decision_by(text, TUE) == expected


def test_knowing_whether_is_no_promise() -> None:
    assert find_decision_by("Let us know by Friday if you want to go ahead.", TUE) is None


@pytest.mark.parametrize(
    "text",
    [
        "Our travel team will be in touch about your flights and a hotel for 3 December.",
        "Wir melden uns wegen der Unterkunft für die Nacht vom 2. Dezember.",
        "Nous reviendrons vers vous pour l'hôtel du 2 décembre.",
        "Te contactaremos para el alojamiento de la noche del 2 de diciembre.",
    ],
)
def test_travel_and_lodging_are_no_decision(text: str) -> None:
    assert find_decision_by(text, TUE) is None


def test_a_decision_beside_travel_still_counts() -> None:
    text = "We will let you know by Friday 20 November. Our travel desk books the hotel."
    assert find_decision_by(text, TUE) == date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive promise, its date read with the full stop that ends the sentence
        (
            "Shortlisted applicants will be contacted by 24 November. Please keep your "
            "references ready by 1 December.",
            date(2026, 11, 24),
        ),
        ("Alle Bewerbenden werden bis zum 27. November informiert.", date(2026, 11, 27)),
        ("Les candidats retenus seront contactés avant le 25 novembre.", date(2026, 11, 24)),
        (
            "Las personas seleccionadas serán contactadas antes del 26 de noviembre.",
            date(2026, 11, 25),
        ),
        ("Geselecteerde kandidaten worden uiterlijk 20 november benaderd.", date(2026, 11, 20)),
    ],
)
def test_the_passive_promise(text: str, expected: date) -> None:
    assert find_decision_by(text, TUE) == expected
