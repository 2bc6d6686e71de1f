"""decision_by: the employer's own timeline worded in more ways, and the dates that
only look like one.

Promises: a span given as a period ("dans un délai maximum de quatre semaines", "en un plazo
de", "innerhalb einer Frist von", "binnen een termijn van", "in about two weeks", "within a
fortnight"); decisions in the plural; "the answer"; "I will revert"; "you'll receive an
invitation"; "call our finalist"; "du hörst von uns", "je hoort van me", "terug te koppelen",
"te contestaremos", "te confirmo si ..."; "if you have not heard from us by ...".
Not promises: a question to the candidate ("could you send me the answer by Friday?"), a
service desk's ticket times, the day an absent writer is back, an interview confirmed in
Spanish ("te confirmo tu entrevista el jueves 12"), how long a process usually lasts ("from first
call to outcome in about three weeks", "dauert etwa vier Wochen").
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

WEDNESDAY = datetime(2026, 11, 11, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nous nous engageons à vous apporter une réponse dans un délai maximum de quatre "
         "semaines.", date(2026, 12, 9)),
        ("Nous reviendrons vers vous dans un délai de deux semaines, quelle que soit l'issue.",
         date(2026, 11, 25)),
        ("Te daremos una respuesta en un plazo máximo de tres semanas.", date(2026, 12, 2)),
        ("Wir melden uns innerhalb einer Frist von drei Wochen.", date(2026, 12, 2)),
        ("We laten je binnen een termijn van drie weken weten of je door bent.",
         date(2026, 12, 2)),
        ("Expect to hear from us in about two weeks.", date(2026, 11, 25)),
        ("Sie hören in etwa zwei Wochen von uns.", date(2026, 11, 25)),
        ("Nous reviendrons vers vous dans environ deux semaines.", date(2026, 11, 25)),
        ("Te escribiremos en unas dos semanas.", date(2026, 11, 25)),
        ("We aim to get back to all applicants within a fortnight.", date(2026, 11, 25)),
    ],
)  # fmt: skip
def test_a_span_given_as_a_period_or_roughly_is_counted(text: str, day: date) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We're seeing two other finalists and plan to make decisions by the end of next week.",
         date(2026, 11, 20)),
        ("We plan to give you the answer until Friday.", date(2026, 11, 13)),
        ("The hiring manager is travelling; I will revert by Friday latest with the next step.",
         date(2026, 11, 13)),
        ("The committee meets on the 8th and we expect to call our finalist by December 10.",
         date(2026, 12, 10)),
        ("Votre gestionnaire vous enverra une invitation au plus tard le vendredi 4 décembre.",
         date(2026, 12, 4)),
        ("Du hörst innerhalb von zwei Wochen von uns – versprochen.", date(2026, 11, 25)),
        ("Daarna beslissen we; je hoort uiterlijk woensdag 18 november van me.",
         date(2026, 11, 18)),
        ("Hij heeft beloofd uiterlijk dinsdag 17 november terug te koppelen.", date(2026, 11, 17)),
        ("We koppelen voor het einde van de maand terug.", date(2026, 11, 30)),
        ("Je ontvangt binnen 10 werkdagen een reactie.", date(2026, 11, 25)),
        ("Te contestaremos antes de fin de mes.", date(2026, 11, 30)),
        ("La próxima semana te confirmo si pasas a la etapa final.", date(2026, 11, 20)),
    ],
)  # fmt: skip
def test_more_ways_of_promising_an_answer(text: str, day: date) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("If you have not heard from us by 30/11/2026, please assume that you have not been "
         "shortlisted on this occasion.", date(2026, 11, 30)),
        ("If you haven't heard back from us within four weeks, please assume your application "
         "was unsuccessful.", date(2026, 12, 9)),
        ("Sollten Sie bis zum 30.11. nichts von uns gehört haben, betrachten Sie Ihre Bewerbung "
         "bitte als nicht berücksichtigt.", date(2026, 11, 30)),
        ("Sans réponse de notre part d'ici le 30 novembre, veuillez considérer que votre "
         "candidature n'a pas été retenue.", date(2026, 11, 30)),
        ("Si no has recibido noticias nuestras en un plazo de tres semanas, por favor considera "
         "que no has sido seleccionado.", date(2026, 12, 2)),
        ("Als je binnen drie weken niets van ons gehoord hebt, ga er dan van uit dat je niet "
         "geselecteerd bent.", date(2026, 12, 2)),
    ],
)  # fmt: skip
def test_if_you_have_not_heard_from_us_by_is_the_employers_last_day(text: str, day: date) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    "text",
    [
        # the candidate is asked
        "Can you send me the answer by Friday?",
        "Please revert by Friday.",
        "If you have not heard from us, please reply by Friday with your availability.",
        "El plazo para enviar tu respuesta vence el viernes.",
        "Die Frist für Ihre Zusage endet am Freitag.",
        # a service desk's times
        "Our support team will get back to you within 2 business days.",
        "Your ticket #4411 has been received and we will get back to you within 3 working days.",
        # the day an absent writer is back
        "I am out of the office until Monday 16 November and will get back to you when I return.",
        "Ich bin bis zum 20.11. nicht im Büro und melde mich nach meiner Rückkehr.",
        "Je suis absente jusqu'au 20 novembre et reviendrai vers vous à mon retour.",
        "Estoy de vacaciones hasta el 20 de noviembre y te escribiré a mi regreso.",
        # an interview confirmed, not an answer promised
        "Te confirmo tu entrevista el jueves 12 de noviembre a las 10:30.",
        "I'll call you on Friday at 3pm to discuss.",
        # how long the process usually lasts, not a span from today
        "Most candidates go from first call to outcome in about three weeks.",
        "From interview to decision usually takes about three weeks.",
        "Das Verfahren bis zur Entscheidung dauert etwa vier Wochen.",
        "Le processus jusqu'à la décision prend environ quatre semaines.",
        "El proceso hasta la decisión dura unas cuatro semanas.",
    ],
)
def test_no_promise_of_the_employers_own(text: str) -> None:
    assert find_decision_by(text, WEDNESDAY) is None


def test_a_service_desk_job_title_is_no_service_desk() -> None:
    text = (
        "We're seeing two more people for the Service Desk Analyst role this week, and the "
        "panel will sit down together next week to make a decision, so you'll hear from me "
        "by then either way."
    )
    assert find_decision_by(text, WEDNESDAY) == date(2026, 11, 20)


def test_away_this_week_but_a_promise_by_a_day_still_counts() -> None:
    text = (
        "Hij zit deze week nog op vakantie, maar hij heeft beloofd uiterlijk dinsdag "
        "17 november terug te koppelen."
    )
    assert find_decision_by(text, WEDNESDAY) == date(2026, 11, 17)
