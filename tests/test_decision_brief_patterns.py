"""decision_by on mails written for the patterns of this round's brief, in five languages:
working days, "in the coming days/weeks" (no day), "before the holidays", a count after the
interviews close on a day, a reply whose quote holds an older promise, an agency's report of
its client's promise, a promise made on a condition, and traps (a referee's promise, a
condition's month). Most were read rightly already; they pin that reading. Each case: (name,
sent, body, the day CONTRACT.md gives or None).
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail

WED = "Wed, 18 Nov 2026 09:00:00 +0000"


Q = (
    "\n\nOn Mon, 9 Nov 2026 at 10:00, Jane Doe <jane.doe@acme.example> wrote:\n> Hi Sam,\n>\n> "
    "Thanks for applying. We'll let you know by Friday 13 November.\n>\n> Jane\n"
)
CASES = [
    # working days
    (
        "en-wd",
        WED,
        "Hi Sam,\n\nThanks for your time today. We'll get back to you within five working "
        "days.\n\nJane",
        date(2026, 11, 25),
    ),
    (
        "de-wd",
        WED,
        "Hallo Sam,\n\nvielen Dank für das Gespräch. Wir melden uns innerhalb von fünf "
        "Arbeitstagen bei Ihnen.\n\nSabine",
        date(2026, 11, 25),
    ),
    (
        "fr-wd",
        WED,
        "Bonjour Sam,\n\nMerci pour cet échange. Nous reviendrons vers vous sous cinq jours "
        "ouvrés.\n\nNadia",
        date(2026, 11, 25),
    ),
    (
        "es-wd",
        WED,
        "Hola Sam:\n\nGracias por la entrevista. Te daremos una respuesta en cinco días "
        "hábiles.\n\nMarta",
        date(2026, 11, 25),
    ),
    (
        "nl-wd",
        WED,
        "Hoi Sam,\n\nBedankt voor het gesprek. Je hoort binnen vijf werkdagen van ons.\n\nLotte",
        date(2026, 11, 25),
    ),
    (
        "en-wd-after-interview",
        WED,
        "Hi Sam,\n\nYour interview is confirmed for Monday 23 November at 10:00. We aim to give "
        "you feedback within three working days of the interview.\n\nJane",
        date(2026, 11, 26),
    ),
    # coming days / weeks -> vague
    (
        "en-coming-days",
        WED,
        "Hi Sam,\n\nThanks for your time. We'll be in touch in the coming days.\n\nJane",
        None,
    ),
    (
        "de-kommende-wochen",
        WED,
        "Hallo Sam,\n\nwir melden uns in den kommenden Wochen bei Ihnen.\n\nSabine",
        None,
    ),
    (
        "fr-prochains-jours",
        WED,
        "Bonjour Sam,\n\nNous reviendrons vers vous dans les prochains jours.\n\nNadia",
        None,
    ),
    ("es-proximos-dias", WED, "Hola Sam:\n\nTe diremos algo en los próximos días.\n\nMarta", None),
    ("nl-komende-weken", WED, "Hoi Sam,\n\nJe hoort in de komende weken van ons.\n\nLotte", None),
    # before the holidays
    (
        "en-before-holidays",
        WED,
        "Hi Sam,\n\nWe hope to make a decision before the holidays.\n\nJane",
        date(2026, 12, 24),
    ),
    (
        "de-vor-feiertagen",
        WED,
        "Hallo Sam,\n\nwir möchten Ihnen noch vor den Feiertagen eine Rückmeldung geben.\n\nSabine",
        date(2026, 12, 24),
    ),
    (
        "fr-avant-fetes",
        WED,
        "Bonjour Sam,\n\nNous vous donnerons une réponse avant les fêtes.\n\nNadia",
        date(2026, 12, 24),
    ),
    (
        "es-antes-fiestas",
        WED,
        "Hola Sam:\n\nTe daremos una respuesta antes de las fiestas.\n\nMarta",
        date(2026, 12, 24),
    ),
    (
        "nl-voor-feestdagen",
        WED,
        "Hoi Sam,\n\nWe laten je voor de feestdagen weten hoe het zit.\n\nLotte",
        date(2026, 12, 24),
    ),
    # after the interviews close on
    (
        "en-after-close",
        WED,
        "Hi Sam,\n\nInterviews close on Friday 27 November, and we'll let everyone know within a "
        "week after that.\n\nJane",
        date(2026, 12, 4),
    ),
    (
        "en-once-close",
        WED,
        "Hi Sam,\n\nOnce the interviews close on 27 November, we'll let you know within a "
        "week.\n\nJane",
        date(2026, 12, 4),
    ),
    (
        "de-nach-abschluss",
        WED,
        "Hallo Sam,\n\nDie Gespräche laufen bis zum 27. November; innerhalb einer Woche danach "
        "melden wir uns.\n\nSabine",
        date(2026, 12, 4),
    ),
    (
        "fr-apres-cloture",
        WED,
        "Bonjour Sam,\n\nLes entretiens se terminent le 27 novembre. Nous vous répondrons dans "
        "la semaine qui suit.\n\nNadia",
        date(2026, 12, 4),
    ),
    (
        "es-tras-cierre",
        WED,
        "Hola Sam:\n\nLas entrevistas terminan el 27 de noviembre y te daremos una respuesta en "
        "la semana siguiente.\n\nMarta",
        date(2026, 12, 4),
    ),
    (
        "nl-na-afloop",
        WED,
        "Hoi Sam,\n\nDe gesprekken lopen tot 27 november. Binnen een week daarna laten we je "
        "weten hoe het zit.\n\nLotte",
        date(2026, 12, 4),
    ),
    # quoted older promise
    (
        "en-quote-new-promise",
        WED,
        "Hi Sam,\n\nSorry for the delay - the panel now meets on Monday, and we'll let you know "
        "by Wednesday 25 November." + Q,
        date(2026, 11, 25),
    ),
    (
        "en-quote-no-new-promise",
        WED,
        "Hi Sam,\n\nCould you send me your references?\n\nJane" + Q,
        None,
    ),
    # third party
    (
        "en-agency-client",
        WED,
        "Hi Sam,\n\nI spoke to the client this morning. They have two more interviews on Monday "
        "and will let me know by Wednesday 25th.\n\nTom, Recruiter",
        date(2026, 11, 25),
    ),
    (
        "de-agentur",
        WED,
        "Hallo Sam,\n\nder Kunde hat noch zwei Gespräche und meldet sich bis Mittwoch, 25.11., "
        "bei mir.\n\nTom",
        date(2026, 11, 25),
    ),
    (
        "fr-cabinet",
        WED,
        "Bonjour Sam,\n\nLe client voit encore deux candidats et doit revenir vers moi d'ici "
        "mercredi 25 novembre.\n\nTom",
        date(2026, 11, 25),
    ),
    (
        "es-consultora",
        WED,
        "Hola Sam:\n\nEl cliente tiene dos entrevistas más y me dirá algo antes del miércoles "
        "25.\n\nTom",
        date(2026, 11, 24),
    ),
    (
        "nl-bureau",
        WED,
        "Hoi Sam,\n\nDe klant heeft nog twee gesprekken en laat het mij uiterlijk woensdag 25 "
        "november weten.\n\nTom",
        date(2026, 11, 25),
    ),
    (
        "trap-referee",
        WED,
        "Hi Sam,\n\nThanks. Your referee, Mark, said he would send his reference by "
        "Friday.\n\nJane",
        None,
    ),
    # conditional
    (
        "en-if-profile",
        WED,
        "Dear Sam,\n\nIf your profile matches, we will contact you within two weeks.\n\nJane",
        date(2026, 12, 2),
    ),
    (
        "de-falls",
        WED,
        "Hallo Sam,\n\nfalls Ihr Profil passt, melden wir uns innerhalb von zwei Wochen.\n\nSabine",
        date(2026, 12, 2),
    ),
    (
        "fr-si",
        WED,
        "Bonjour Sam,\n\nSi votre profil correspond, nous vous contacterons sous deux "
        "semaines.\n\nNadia",
        date(2026, 12, 2),
    ),
    (
        "es-si",
        WED,
        "Hola Sam:\n\nSi tu perfil encaja, te contactaremos en un plazo de dos semanas.\n\nMarta",
        date(2026, 12, 2),
    ),
    (
        "nl-als",
        WED,
        "Hoi Sam,\n\nAls je profiel past, nemen we binnen twee weken contact met je op.\n\nLotte",
        date(2026, 12, 2),
    ),
    (
        "trap-if-reopens",
        WED,
        "Hi Sam,\n\nThe role is on hold. If it reopens in January, I'll reach out to you.\n\nJane",
        None,
    ),
    (
        "trap-wenn-januar",
        WED,
        "Hallo Sam,\n\ndie Stelle ist gestoppt. Wenn sie im Januar neu ausgeschrieben wird, "
        "melden wir uns.\n\nSabine",
        None,
    ),
]


@pytest.mark.parametrize(
    ("sent", "body", "want"), [pytest.param(s, b, w, id=n) for n, s, b, w in CASES]
)
def test_decision_by(sent: str, body: str, want: date | None) -> None:
    raw = mail(body, date_=sent, subject="Your application")
    result = classify(parse_message(raw), me=(ME,))
    assert result.decision_by == want, (result.kind, result.reasons)
