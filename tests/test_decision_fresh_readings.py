"""decision_by as fresh readers read it (CONTRACT.md: "the last day by which the employer said
it would decide or get back"), worded anew here in five languages, other sectors and registers
than the dev sets:

- a vague count names no last day ("in the next few days", "dans quelques jours");
- "early next week" is next week's Wednesday, within two days of its Monday and its Friday;
- a loose part of a week given for coming back with new times after a call-off is no day,
  a firm one ("next week", "by Monday") and one that also speaks of the decision are;
- a promise kept only if the candidate is chosen still names its day;
- a span counted from the application is counted from the acknowledgement's day;
- "Friday week", "a week on Friday", "vendredi en huit", "the first week of December",
  "within 48 hours", "before/after the weekend", "by the end of that week";
- more ways to say it: "reach back out", "nous vous répondrons", "van ons laten horen",
  "expect a response", "we aim to reply".
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.dates.decision import find_decision_by
from classifymail import ME, mail

WED = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # Wednesday 18 November 2026
FRI = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "You'll hear from us in the next few days.",
        "We'll come back to you within a few days with our feedback.",
        "Wir melden uns in den nächsten Tagen bei Ihnen.",
        "Nous reviendrons vers vous dans quelques jours.",
        "Te daremos una respuesta en los próximos días.",
        "We laten je binnen enkele dagen weten hoe het verder gaat.",
        "Je hoort in de komende dagen van ons.",
        "We hope to make a decision in a few weeks.",
    ],
)
def test_a_vague_count_names_no_last_day(text: str) -> None:
    assert find_decision_by(text, WED) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The panel meets again early next week and I'll let you know the outcome.",
         date(2026, 11, 25)),
        ("Die Entscheidung fällt Anfang nächster Woche.", date(2026, 11, 25)),
        ("Nous prendrons notre décision en début de semaine prochaine.", date(2026, 11, 25)),
        ("Te comunicaremos la decisión a principios de la semana que viene.",
         date(2026, 11, 25)),
        ("Begin volgende week nemen we een besluit.", date(2026, 11, 25)),
        ("We'll get back to you in a couple of days.", date(2026, 11, 20)),
    ],
)  # fmt: skip
def test_early_next_week_is_its_wednesday(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day


_mail = partial(mail, date_="Wed, 18 Nov 2026 09:00:00 +0000", subject="Interview")


def _classified(body: str):
    return classify(parse_message(_mail(body)), me=(ME,))


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nApologies, our plant manager has been called to an audit so I need to cancel "
        "tomorrow's interview. I'll come back to you early next week with a few new dates.\n\n"
        "Thanks,\nJane",
        "Hi Sam,\n\nI'm afraid we have to cancel Thursday's interview; the ward is short-staffed. "
        "Our coordinator will reach out later this week to find another time.\n\nJane",
        "Hallo Sam,\n\nleider muss ich unser Gespräch morgen absagen, unser Werksleiter ist "
        "krank. Ich melde mich Anfang nächster Woche mit Ersatzterminen.\n\nViele Grüße\nJane",
        "Bonjour Sam,\n\nJe dois malheureusement annuler notre entretien de jeudi. Je reviens "
        "vers vous en début de semaine prochaine avec de nouvelles dates.\n\nCordialement,\nJane",
        "Hola Sam:\n\nTenemos que cancelar la entrevista de mañana por un imprevisto en la obra. "
        "Te escribo a principios de la semana que viene para reprogramarla.\n\nSaludos,\nJane",
        "Hoi Sam,\n\nHelaas moet ik ons gesprek van donderdag afzeggen. Begin volgende week "
        "stuur ik je een paar nieuwe tijden.\n\nGroet,\nJane",
    ],
)
def test_a_loose_week_part_for_new_times_is_no_decision_date(body: str) -> None:
    result = _classified(body)
    assert result.kind == "interview_cancelled", result.reasons
    assert result.decision_by is None


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # a firm time for new times still says when the employer will be back
        ("Hi Sam,\n\nSorry, we need to cancel Thursday's interview as the site lead is unwell. "
         "I'll be in touch next week with alternative dates.\n\nJane", date(2026, 11, 27)),
        ("Hallo Sam,\n\nwir müssen das Gespräch am Donnerstag leider absagen. Wir melden uns bis "
         "Montag mit neuen Terminen.\n\nGrüße\nJane", date(2026, 11, 23)),
        # the sentence also promises the decision
        ("Hi Sam,\n\nWe have to cancel tomorrow's final interview. The board will decide early "
         "next week whether to go ahead, and I'll send new dates then.\n\nJane",
         date(2026, 11, 25)),
    ],
)  # fmt: skip
def test_a_firm_time_or_a_decision_still_counts(body: str, day: date) -> None:
    assert _classified(body).decision_by == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("If your experience fits what the store team needs, a recruiter will contact you "
         "within two weeks.", date(2026, 12, 2)),
        ("Falls Ihr Profil passt, melden wir uns innerhalb von zehn Arbeitstagen.",
         date(2026, 12, 2)),
        ("Si votre candidature est retenue, nous vous contacterons sous quinze jours.",
         date(2026, 12, 3)),
        ("Si tu perfil encaja, te llamaremos antes del 30 de noviembre.", date(2026, 11, 29)),
        ("Als je profiel aansluit, nemen we binnen twee weken contact met je op.",
         date(2026, 12, 2)),
    ],
)  # fmt: skip
def test_a_promise_kept_only_if_chosen_gives_its_day(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We aim to reply within two weeks of receiving your application.", date(2026, 12, 2)),
        ("You can expect a response within 10 working days of applying.", date(2026, 12, 2)),
        ("Wir melden uns innerhalb von zwei Wochen nach Eingang Ihrer Bewerbung.",
         date(2026, 12, 2)),
        ("Nous vous répondrons dans les 15 jours suivant votre candidature.", date(2026, 12, 3)),
        ("Te contestaremos en un plazo de 15 días desde la recepción de tu candidatura.",
         date(2026, 12, 3)),
        ("We reageren binnen twee weken na ontvangst van je sollicitatie.", date(2026, 12, 2)),
        # the candidate's own later step is still another event
        ("We'll review it within five working days of your submission.", None),
        ("Wir melden uns innerhalb von zehn Tagen nach Eingang der Unterlagen.", None),
    ],
)  # fmt: skip
def test_a_span_from_the_application_counts_from_the_acknowledgement(
    text: str, day: date | None
) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Either way you'll hear from us by Friday week at the latest.", date(2026, 11, 27)),
        ("We'll let you know a week on Friday.", date(2026, 11, 27)),
        ("The committee should decide by Tuesday fortnight.", date(2026, 12, 8)),
        ("Nous vous donnerons notre réponse vendredi en huit.", date(2026, 11, 27)),
        ("Wir geben Ihnen Freitag in einer Woche Bescheid.", date(2026, 11, 27)),
        ("Sie hören Freitag in acht Tagen von uns.", date(2026, 11, 27)),
        ("Je hoort vrijdag over een week van ons.", date(2026, 11, 27)),
        # traps: the interview's own day, the candidate's deadline
        ("Your second interview is Friday week at 10am in the Leeds office.", None),
        ("Please send the signed forms back by Friday week.", None),
        ("Kannst du mir bis Freitag in einer Woche Bescheid geben, ob du zusagst?", None),
        ("Können Sie uns bis Freitag in acht Tagen Bescheid geben?", None),
    ],
)  # fmt: skip
def test_a_weekday_a_week_on(text: str, day: date | None) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We'll be in touch in the first week of December.", date(2026, 12, 4)),
        ("Wir entscheiden in der zweiten Dezemberwoche.", date(2026, 12, 11)),
        ("Nous reviendrons vers vous la première semaine de décembre.", date(2026, 12, 4)),
        ("Te daremos una respuesta la segunda semana de diciembre.", date(2026, 12, 11)),
        ("We laten het je de eerste week van december weten.", date(2026, 12, 4)),
        ("The board decides in the last week of November.", date(2026, 11, 27)),
        ("I'm on leave the first week of December, so please send questions to Tom.", None),
    ],
)  # fmt: skip
def test_a_week_of_a_month(text: str, day: date | None) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We'll get back to you within 48 hours.", date(2026, 11, 20)),
        ("Wir geben Ihnen innerhalb von 24 Stunden Bescheid.", date(2026, 11, 19)),
        ("Nous vous répondrons sous 72h.", date(2026, 11, 21)),
        ("Te contestamos en 48 horas.", date(2026, 11, 20)),
        ("We reageren binnen 48 uur.", date(2026, 11, 20)),
        ("Your ticket #2231 has been logged; our support team replies within 48 hours.", None),
    ],
)  # fmt: skip
def test_a_span_of_hours(text: str, day: date | None) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "sent", "day"),
    [
        ("We'll let you know before the weekend.", WED, date(2026, 11, 20)),
        ("Wir melden uns bis zum Wochenende.", WED, date(2026, 11, 20)),
        ("Je hoort na het weekend van ons.", FRI, date(2026, 11, 23)),
        ("Nous revenons vers vous après le week-end.", FRI, date(2026, 11, 23)),
        ("Te decimos algo después del fin de semana.", FRI, date(2026, 11, 23)),
        ("I'll give you an update after the weekend.", WED, date(2026, 11, 23)),
    ],
)  # fmt: skip
def test_the_weekend(text: str, sent: datetime, day: date) -> None:
    assert find_decision_by(text, sent) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Please return the case study by Monday 23 November. The partners review them on the "
         "Tuesday after, and we'll come back to you by the end of that week.", date(2026, 11, 27)),
        ("The panel sits on Tuesday 1 December and we'll let you know later that week.",
         date(2026, 12, 4)),
        ("Die Kommission tagt am 1. Dezember; wir melden uns bis Ende derselben Woche.",
         date(2026, 12, 4)),
        ("Le jury se réunit le 1er décembre, nous reviendrons vers vous à la fin de cette "
         "semaine-là.", date(2026, 12, 4)),
        ("El comité se reúne el 1 de diciembre y te responderemos a finales de esa semana.",
         date(2026, 12, 4)),
        ("De commissie vergadert op 1 december en aan het eind van die week hoor je van ons.",
         date(2026, 12, 4)),
        # a bare "that week" of another sentence's day names nothing of its own
        ("Interviews run on 1 and 2 December. Tell me which day of that week suits you and "
         "I'll send the invite.", None),
    ],
)  # fmt: skip
def test_the_end_of_that_week(text: str, day: date | None) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("I'll reach back out next week once the hiring manager is back.", date(2026, 11, 27)),
        ("Nous vous répondrons au plus tard vendredi.", date(2026, 11, 20)),
        ("Je vous répondrai d'ici la fin du mois.", date(2026, 11, 30)),
        ("We laten binnen tien werkdagen van ons horen.", date(2026, 12, 2)),
        ("Als er nieuws is, nemen we voor vrijdag contact met je op.", date(2026, 11, 19)),
        ("You can expect a response within three weeks.", date(2026, 12, 9)),
        ("We always try to reply by the end of the following week.", date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_more_ways_to_promise(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day
