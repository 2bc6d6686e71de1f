"""decision_by: more ways the employer names its own last day, and more days that
only look like one.

Promises: "if you have not been contacted by ..., assume" (the silence deadline, in five
languages); a labelled row of a list read by its own label ("Shortlisting: by 27 November"
counts, "Interview day: 3 December" does not); "the week commencing 30 November" (that
week's Friday); a weekday with a bare day after a deadline word ("antes del viernes 27");
"Ihnen ... mitteilen"; closing the process ("cerrar el proceso", "das Verfahren
abschließen"); "I'll email you an invitation by"; a Dutch "shortlist rond".
Not promises: news given now ("delighted to let you know that your interview is on ...",
"je me permets de revenir vers vous au sujet de"), a candidate's own deadline, an
application's closing date, the day an absent writer is back, the day the mail is written.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

WEDNESDAY = datetime(2026, 11, 11, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the silence deadline, worded as not being contacted or invited
        (
            "Should you not have been contacted by Wednesday 25 November, please take it that "
            "your application has been unsuccessful.",
            date(2026, 11, 25),
        ),
        (
            "If you haven't received an invitation by 25 November, we will not be taking your "
            "application further.",
            date(2026, 11, 25),
        ),
        (
            "Sollten Sie bis zum 25. November nicht kontaktiert worden sein, betrachten Sie Ihre "
            "Bewerbung bitte als nicht berücksichtigt.",
            date(2026, 11, 25),
        ),
        (
            "Si vous n'avez pas été contacté(e) d'ici le 25 novembre, considérez que votre "
            "candidature n'a pas été retenue.",
            date(2026, 11, 25),
        ),
        (
            "Si no has sido contactado hasta el 25 de noviembre, entiende que tu candidatura no "
            "ha sido seleccionada.",
            date(2026, 11, 25),
        ),
        (
            "Als je uiterlijk 25 november niet bent uitgenodigd, ga er dan van uit dat we een "
            "andere keuze hebben gemaakt.",
            date(2026, 11, 25),
        ),
        # a list's rows: each by its own label
        (
            "Closing date: 16 November 2026\nShortlisting: by 27 November 2026\n"
            "Interview day: 3 December 2026",
            date(2026, 11, 27),
        ),
        (
            "Bewerbungsschluss: 16.11.2026\nRückmeldung: bis 27.11.2026\n"
            "Auswahlgespräche: 3.12.2026",
            date(2026, 11, 27),
        ),
        (
            "Date limite : 16 novembre\nRetour aux candidats : semaine du 23 novembre\n"
            "Entretiens : 3 décembre",
            date(2026, 11, 27),
        ),
        # the week named by its Monday ends on its Friday
        ("We'll be in touch with everyone the week beginning 30 November.", date(2026, 12, 4)),
        ("Wir melden uns in der Woche vom 30. November bei Ihnen.", date(2026, 12, 4)),
        ("Te daremos una respuesta la semana del 30 de noviembre.", date(2026, 12, 4)),
        ("We laten je in de week van 30 november weten hoe het verder gaat.", date(2026, 12, 4)),
        # a weekday with a bare day after a deadline word
        ("El comité quiere tomar una decisión antes del viernes 27.", date(2026, 11, 26)),
        ("We'll make our decision by Friday 27.", date(2026, 11, 27)),
        ("We nemen vóór vrijdag 27 een besluit.", date(2026, 11, 26)),
        # more ways of saying the answer comes
        (
            "Wir werden Ihnen bis spätestens 4. Dezember mitteilen, wie es weitergeht.",
            date(2026, 12, 4),
        ),
        (
            "Wij verwachten u over twee weken te kunnen laten weten of u door bent.",
            date(2026, 11, 25),
        ),
        ("We aim to close the search by Friday 4 December.", date(2026, 12, 4)),
        ("Nous comptons clôturer le recrutement d'ici le 4 décembre.", date(2026, 12, 4)),
        ("Wir möchten das Verfahren bis zum 4. Dezember abschließen.", date(2026, 12, 4)),
        (
            "Queremos cerrar el proceso como muy tarde el 4 de diciembre, así que mándame los "
            "datos cuando puedas.",
            date(2026, 12, 4),
        ),
        ("We willen de procedure uiterlijk 4 december afronden.", date(2026, 12, 4)),
        (
            "I can't give you a date yet, but I'll email you an invitation by Friday.",
            date(2026, 11, 13),
        ),
        (
            "We verwachten de shortlist uiterlijk vrijdag 20 november rond te hebben.",
            date(2026, 11, 20),
        ),
        # an emotion word does not stop a promise in the future
        ("I'm pleased to say that we will let you know by Friday 20 November.", date(2026, 11, 20)),
    ],
)
def test_employer_names_its_last_day(text: str, day: date) -> None:
    assert find_decision_by(text, WEDNESDAY) == day


@pytest.mark.parametrize(
    "text",
    [
        # news given now: the date is the interview's, not an answer to come
        "We are happy to let you know that you are invited to our assessment day on "
        "Tuesday 24 November.",
        "I'm sorry to let you know that we have had to cancel the panel on Friday 20 November.",
        "J'ai le plaisir de vous informer que votre entretien aura lieu le mardi 24 novembre.",
        "Je me permets de revenir vers vous au sujet de notre entretien du vendredi 27 "
        "novembre à 10h.",
        "Wir freuen uns, Ihnen mitteilen zu können, dass Ihr Gespräch am 24. November stattfindet.",
        "Nos complace informarte que tu entrevista será el martes 24 de noviembre.",
        "Met plezier laten we je weten dat je gesprek op dinsdag 24 november is.",
        # a list row whose label is no timeline, beside one that is a deadline of the candidate
        "Shortlisting: complete\nInterviews: 19 November 2026",
        # an application's closing date
        "Applications close on Friday 4 December; we review them as they arrive.",
        "Bewerbungsschluss: 4. Dezember 2026",
        # the candidate's own deadline
        "Could you let us know your decision by 27 November?",
        "Wil je uiterlijk maandag 16 november laten weten of je aanwezig kunt zijn?",
        "Bitte teilen Sie uns bis zum 4. Dezember mit, ob Sie teilnehmen.",
        "Please email your answer by Wednesday 18 November.",
        # an absent writer's return day
        "I'm on annual leave until Monday 30 November and will get back to you when I return.",
        # the day the mail was written
        "We received your application on 11 November and will be in touch as soon as we can.",
        # a calendar invite after the candidate picks a slot is no decision
        "Once you pick a slot we'll send a calendar invite within one business day.",
    ],
)
def test_no_decision_date(text: str) -> None:
    assert find_decision_by(text, WEDNESDAY) is None


def test_interview_row_does_not_outlast_the_silence_deadline() -> None:
    """An acknowledgement listing the interview day and the silence deadline: the deadline."""
    text = (
        "Closing date: 16 November 2026\nShortlisting: w/c 16 November 2026\n"
        "Interviews: 3 December 2026\n\nIf you have not been contacted by Friday 20 November, "
        "please assume that your application has not been successful."
    )
    assert find_decision_by(text, WEDNESDAY) == date(2026, 11, 20)
