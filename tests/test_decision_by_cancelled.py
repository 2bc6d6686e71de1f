"""decision_by, round 3: a cancellation's promise to be back within a timeframe is a day
(CONTRACT.md: "the last day by which the employer said it would decide or get back"), while
the called-off meeting's day, the new meeting's days and "once things settle down" are none;
"the week after" and "by then" count from a day the mail named before.

Every case is worded anew (other sectors, registers and languages than the dev sets).
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
_mail = partial(mail, date_="Wed, 18 Nov 2026 09:00:00 +0000", subject="Interview")


def _classified(body: str):
    return classify(parse_message(_mail(body)), me=(ME,))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hi Sam,\n\nI'm afraid we have to cancel Monday's interview: our site manager is "
            "needed at the depot. We'll be in touch next week with new dates.\n\nBest,\nJane",
            date(2026, 11, 27),
        ),
        (
            "Sehr geehrter Herr Rivera,\n\nleider müssen wir das Vorstellungsgespräch am 24.11. "
            "absagen, da unsere Chefärztin erkrankt ist. Wir melden uns in den nächsten zwei "
            "Wochen mit neuen Terminen.\n\nFreundliche Grüße\nJane Doe",
            date(2026, 12, 2),
        ),
        (
            "Bonjour Sam,\n\nNous devons malheureusement annuler l'entretien de jeudi, notre "
            "directrice étant en déplacement. Nous reviendrons vers vous la semaine prochaine "
            "avec de nouvelles dates.\n\nCordialement,\nJane Doe",
            date(2026, 11, 27),
        ),
        (
            "Hola Sam:\n\nTenemos que cancelar la entrevista del viernes 20 de noviembre; te "
            "contactaremos antes de fin de mes con nuevas fechas.\n\nUn saludo,\nJane",
            date(2026, 11, 30),
        ),
        (
            "Beste Sam,\n\nHelaas moeten we het gesprek van donderdag afzeggen omdat de "
            "teamleider ziek is. We nemen binnen een week contact met je op voor een nieuwe "
            "afspraak.\n\nMet vriendelijke groet,\nJane",
            date(2026, 11, 25),
        ),
        # no timeframe: no day, and the called-off meeting's day is none
        (
            "Hi Sam,\n\nSo sorry, we need to cancel tomorrow's interview. I'll reach out with "
            "new times once things settle down.\n\nJane",
            None,
        ),
        (
            "Hallo Sam,\n\nwir müssen den Termin am Donnerstag, 26. November, absagen und "
            "melden uns, sobald wir neue Termine haben.\n\nViele Grüße\nJane",
            None,
        ),
    ],
)
def test_cancellation_timeframe(body: str, expected: date | None) -> None:
    result = _classified(body)
    assert result.kind == "interview_cancelled", result.reasons
    assert result.decision_by == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day set off after the new dates describes them, not the answer
        (
            "We must call off Thursday's interview. I'll be in touch with alternative dates "
            "- hopefully the week of 7 December.",
            None,
        ),
        (
            "Tenemos que cancelar la entrevista. Te escribo cuando tenga nuevas fechas, "
            "seguramente para la semana que viene.",
            None,
        ),
        (
            "Our lead is ill, so tomorrow's call is cancelled. Priya will contact you to find "
            "a new slot, most likely in the week of the 30th.",
            None,
        ),
        # ... but "with new dates next week" says when
        (
            "We have to postpone your interview. I'll come back to you with fresh options "
            "next week.",
            date(2026, 11, 27),
        ),
        ("I will call you once I have her diary for the week of 7 December.", None),
        # a decision already taken is no promise; the reason's days are none either
        (
            "We have decided to cancel Friday's interview while the budget is reviewed. I'll "
            "get back to you when I know more.",
            None,
        ),
        (
            "Our buyer is away this week so we're cancelling the call; I'll come back to you "
            "when she's back.",
            None,
        ),
        # a postponed decision is still a decision date
        ("Our decision has been postponed until Friday 27 November.", date(2026, 11, 27)),
    ],
)
def test_new_and_called_off_meetings(text: str, expected: date | None) -> None:
    assert find_decision_by(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the week after" a named day ends on the Friday of the week after it
        (
            "The panel now meets on Tuesday 1 December, and you'll hear from us the week after.",
            date(2026, 12, 11),
        ),
        (
            "Der Ausschuss tagt erst am 1. Dezember. Eine Rückmeldung erhalten Sie spätestens "
            "in der Woche darauf.",
            date(2026, 12, 11),
        ),
        (
            "Le jury se réunira le 1er décembre ; nous vous donnerons une réponse la semaine "
            "suivante.",
            date(2026, 12, 11),
        ),
        (
            "El comité se reúne el 1 de diciembre y te daremos una respuesta la semana siguiente.",
            date(2026, 12, 11),
        ),
        (
            "De commissie vergadert op 1 december; je hoort de week daarna van ons.",
            date(2026, 12, 11),
        ),
        # with no day before it, "the week after" gives none
        ("You will hear from us the week after.", None),
        # "the week after" something else is not counted from the day named before
        (
            "Interviews are on 25 November. We will let you know the week after Christmas.",
            None,
        ),
        (
            "La entrevista es el 25 de noviembre. Te daremos una respuesta la semana "
            "siguiente a la reunión del comité.",
            None,
        ),
        # "by then" is the day named before
        (
            "Interviews will be held on 3 December. If you have not heard from us by then, "
            "please assume you have not been shortlisted.",
            date(2026, 12, 3),
        ),
        (
            "Die Gespräche finden am 3. Dezember statt. Sollten Sie bis dahin nichts von uns "
            "gehört haben, ist die Stelle anderweitig besetzt.",
            date(2026, 12, 3),
        ),
        (
            "Les entretiens auront lieu le 3 décembre. Si vous n'avez pas eu de nouvelles de "
            "notre part d'ici là, considérez que votre candidature n'a pas été retenue.",
            date(2026, 12, 3),
        ),
        (
            "Las entrevistas serán el 3 de diciembre. Si no has recibido noticias nuestras "
            "para entonces, entiende que no has sido seleccionado.",
            date(2026, 12, 3),
        ),
        (
            "De gesprekken zijn op 3 december. Heb je tegen die tijd niets van ons gehoord, "
            "dan ben je helaas niet geselecteerd.",
            date(2026, 12, 3),
        ),
        # choosing is deciding, and the French present promises too
        ("The board expects to make a final choice by the end of the month.", date(2026, 11, 30)),
        ("Wir hoffen, bis Ende des Monats eine Auswahl zu treffen.", date(2026, 11, 30)),
        ("Nous ferons notre choix d'ici la fin du mois.", date(2026, 11, 30)),
        ("Esperamos hacer la selección antes de fin de mes.", date(2026, 11, 30)),
        ("We hopen voor het einde van de maand een keuze te maken.", date(2026, 11, 30)),
        ("On en parle en équipe et on revient vers toi d'ici vendredi.", date(2026, 11, 20)),
        ("Nous revenons vers vous d'ici la fin du mois.", date(2026, 11, 30)),
        # the present "je reviens vers vous" promises only with its time
        ("Je reviens vers vous en début de semaine prochaine.", date(2026, 11, 25)),
        ("Je reviens vers vous concernant l'entretien du 27 novembre.", None),
        # giving news is getting back: "eine abschließende Nachricht geben", "bericht sturen"
        (
            "Wir hoffen, Ihnen bis Ende des Monats eine endgültige Nachricht geben zu können.",
            date(2026, 11, 30),
        ),
        (
            "We hopen je voor het einde van de maand een definitief bericht te sturen.",
            date(2026, 11, 30),
        ),
    ],
)
def test_counted_from_a_named_day(text: str, expected: date | None) -> None:
    assert find_decision_by(text, WED) == expected
