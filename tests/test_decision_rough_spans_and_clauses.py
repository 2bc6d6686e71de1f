"""decision_by on wordings written for this round (none from a dev set), each read wrongly
before it: rough counts ("une dizaine de jours", "een week of twee"), what is left of this week
or month ("dans la semaine", "within the month"), "a week today", time the employer asks for
("give us two weeks", "geben Sie uns zwei Wochen Zeit"), two clauses joined by a bare "and"
each with its own day, "soon after" a span that is not the answer's, and a promise reported
from before ("we said we'd get back to you within two weeks"). Beside each, the look-alikes
that must keep their reading.

Sent on Wednesday 18 November 2026 unless said: "Friday" is the 20th, next week ends Friday
27, "ten days" is the 28th, two weeks 2 December.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.dates.decision import find_decision_by
from classifymail import ME, mail

WED = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
MON = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # rough counts: the round number
        ("Vous aurez de nos nouvelles dans une dizaine de jours.", date(2026, 11, 28)),
        ("Nous reviendrons vers vous sous une vingtaine de jours.", date(2026, 12, 8)),
        ("Te daremos una respuesta en una decena de días.", date(2026, 11, 28)),
        ("We laten over een dag of tien iets weten.", date(2026, 11, 28)),
        ("Over een week of twee hoor je van ons.", date(2026, 12, 2)),
        ("We nemen binnen een week of drie contact met je op.", date(2026, 12, 9)),
        # what is left of this week or month
        ("Nous reviendrons vers vous dans la semaine.", date(2026, 11, 20)),
        ("Wir melden uns im Laufe der Woche bei Ihnen.", date(2026, 11, 20)),
        ("Je hoort binnen de week van ons.", date(2026, 11, 20)),
        ("We'll be making a decision within the month.", date(2026, 11, 30)),
        ("Nous vous donnerons une réponse dans le mois.", date(2026, 11, 30)),
        # a week from today, however said
        ("We'll have an answer for you a week today.", date(2026, 11, 25)),
        ("We will let you know in the next week or so.", date(2026, 11, 25)),
        ("You'll get feedback within a working week.", date(2026, 11, 25)),
        # the time the employer asks for
        ("Give me a couple of days and I'll come back to you.", date(2026, 11, 20)),
        ("Please give us two weeks to review everything and we'll get back to you.",
         date(2026, 12, 2)),
        ("Bitte geben Sie uns zwei Wochen Zeit für die Entscheidung.", date(2026, 12, 2)),
        # two clauses, each with its own day: the promise's own
        ("We want to fill the role before Christmas and will get back to you by 11 December "
         "at the latest.", date(2026, 12, 11)),
        ("The role starts on 4 January and we'll decide by Friday.", date(2026, 11, 20)),
        ("Wir möchten die Stelle noch vor Weihnachten besetzen und melden uns spätestens am "
         "11.12. bei Ihnen.", date(2026, 12, 11)),
        # the Spanish present with "algo": a promise
        ("Hola Sam, te confirmo algo antes del viernes.", date(2026, 11, 19)),
    ],
)  # fmt: skip
def test_a_promise_worded_so_gives_its_day(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a bare "and" parts clauses only where the other names a day of its own
        ("We'll have the results by Friday and I'll let you know straight away.",
         date(2026, 11, 20)),
        ("We'll get back to you and we expect it to be by Friday.", date(2026, 11, 20)),
        # "or shortly after" still promises the day
        ("I'll let you know by Friday or shortly after.", date(2026, 11, 20)),
        # a promise just made is counted from now
        ("They've promised to come back to me within two weeks.", date(2026, 12, 2)),
        ("As I said, we'll let you know within two weeks.", date(2026, 12, 2)),
        # the week or month named after the words is that one, not this
        ("Nous reviendrons vers vous dans la semaine du 7 décembre.", date(2026, 12, 11)),
        ("Te llamaremos a lo largo de la semana que viene.", date(2026, 11, 27)),
        ("Nous vous répondrons dans le mois prochain.", date(2026, 12, 31)),
        ("Je hoort binnen de week na het gesprek van ons.", None),
        # the candidate's notice, the candidate's answer
        ("We'll decide soon; please give us two weeks' notice if you need to withdraw.", None),
        ("Please give us your answer by Friday and we'll let you know next steps.", None),
        ("Bitte geben Sie uns bis Freitag Bescheid, ob der Termin passt.", None),
        # a span followed by "soon after" is when something else happens
        ("We're interviewing the week after next and will be in touch soon after.", None),
        ("Interviews are next week and we'll let you know shortly afterwards.", None),
        ("Les entretiens ont lieu la semaine prochaine, nous reviendrons vers vous peu après.",
         None),
        # a promise reported from before, counted from then
        ("We said we'd get back to you within two weeks, and I'm sorry it's taken longer.", None),
        ("I'd hoped to decide within a week, but the panel needs more time.", None),
        ("Wir hatten Ihnen zugesagt, uns innerhalb von zwei Wochen zu melden – das hat leider "
         "nicht geklappt.", None),
        ("We hadden beloofd binnen twee weken te reageren, excuses voor de vertraging.", None),
        # a rough count with no promise
        ("Prévoyez une dizaine de jours pour le trajet.", None),
    ],
)  # fmt: skip
def test_a_look_alike_keeps_its_reading(text: str, day: date | None) -> None:
    assert find_decision_by(text, WED) == day


def test_a_week_today_counts_from_a_monday_too() -> None:
    assert find_decision_by("We'll have news for you a week today.", MON) == date(2026, 11, 23)


def test_a_whole_mail_with_two_clauses_gives_the_promise_s_day() -> None:
    body = (
        "Hi Sam,\n\nThanks so much for coming in on Monday. We want to fill the role before "
        "Christmas and will get back to you by 11 December at the latest.\n\nBest,\nJane Doe\n"
        "Talent Partner, Kestrel Ltd"
    )
    raw = mail(body, date_="Wed, 18 Nov 2026 09:00:00 +0000", subject="Your application")
    assert classify(parse_message(raw), me=(ME,)).decision_by == date(2026, 12, 11)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # text messages' abbreviations
        ("We'll get back to you nxt wk.", date(2026, 11, 27)),
        ("We'll let you know next wk.", date(2026, 11, 27)),
        ("We'll get back to you in 2 wks.", date(2026, 12, 2)),
        ("We'll let you know within 2-3 wks.", date(2026, 12, 9)),
    ],
)
def test_abbreviated_weeks(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day
