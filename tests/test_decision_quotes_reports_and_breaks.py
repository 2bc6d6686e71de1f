"""decision_by on mails written for it (not taken from any dev set): a reply whose quote (in
each language's attribution, or an Outlook block) holds an older, later promise gives the new
one; a promise made on a condition ("unless something changes", "if you haven't heard from us
by"); an agency's report of the hiring manager's promise ("She's promised to come back to me",
"De hiring manager heeft beloofd het mij ... te laten weten"); the Christmas break by its name
("vor der Weihnachtspause", "avant les vacances de Noël", "voor de kerstvakantie", "antes de
las vacaciones de Navidad"); traps: a deadline for the candidate's news ("sans nouvelles de
votre part d'ici", "si no tenemos noticias tuyas antes del"), another company's promise the
candidate reported ("You mentioned Globex will let you know by Friday").
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail

WED = "Wed, 18 Nov 2026 09:00:00 +0000"


def q(attr, older):
    return "\n\n" + attr + "\n> " + older.replace("\n", "\n> ") + "\n"


CASES = [
    (
        "en-q-earlier-new",
        WED,
        "Hi Sam,\n\nGood news on timing: the panel met early, so we'll let you know by Friday 27 "
        "November.\n\nJane"
        + q(
            "On Mon, 16 Nov 2026 at 10:00, Jane Doe <jane.doe@acme.example> wrote:",
            "Hi Sam,\nWe'll let you know by Friday 4 December.\nJane",
        ),
        date(2026, 11, 27),
    ),
    (
        "de-q-earlier-new",
        WED,
        "Hallo Sam,\n\ngute Nachricht: wir melden uns schon bis Freitag, 27.11., bei "
        "Ihnen.\n\nSabine"
        + q(
            "Am Mo., 16. Nov. 2026 um 10:00 schrieb Sabine Wallner <s.wallner@acme.example>:",
            "Hallo Sam,\nwir melden uns bis Freitag, 4.12.\nSabine",
        ),
        date(2026, 11, 27),
    ),
    (
        "fr-q-earlier-new",
        WED,
        "Bonjour Sam,\n\nbonne nouvelle : nous reviendrons vers vous dès le vendredi 27 "
        "novembre.\n\nNadia"
        + q(
            "Le lun. 16 nov. 2026 à 10:00, Nadia Haddad <n.haddad@acme.example> a écrit :",
            "Bonjour Sam,\nNous reviendrons vers vous d'ici le vendredi 4 décembre.\nNadia",
        ),
        date(2026, 11, 27),
    ),
    (
        "es-q-earlier-new",
        WED,
        "Hola Sam:\n\nbuenas noticias: te daremos una respuesta el viernes 27 de "
        "noviembre.\n\nMarta"
        + q(
            "El lun, 16 nov 2026 a las 10:00, Marta Lázaro <m.lazaro@acme.example> escribió:",
            "Hola Sam:\nTe daremos una respuesta antes del viernes 4 de diciembre.\nMarta",
        ),
        date(2026, 11, 27),
    ),
    (
        "nl-q-earlier-new",
        WED,
        "Hoi Sam,\n\ngoed nieuws: we laten je al op vrijdag 27 november weten hoe het zit.\n\nLotte"
        + q(
            "Op ma 16 nov 2026 om 10:00 schreef Lotte Peeters <l.peeters@acme.example>:",
            "Hoi Sam,\nWe laten je uiterlijk vrijdag 4 december weten hoe het zit.\nLotte",
        ),
        date(2026, 11, 27),
    ),
    (
        "en-q-no-new-promise",
        WED,
        "Hi Sam,\n\nThanks for sending the references over.\n\nJane"
        + q(
            "On Mon, 16 Nov 2026 at 10:00, Jane Doe <jane.doe@acme.example> wrote:",
            "Hi Sam,\nWe'll let you know by Friday 4 December.\nJane",
        ),
        None,
    ),
    (
        "de-q-no-new-promise",
        WED,
        "Hallo Sam,\n\ndanke für die Zeugnisse.\n\nSabine"
        + q(
            "Am Mo., 16. Nov. 2026 um 10:00 schrieb Sabine Wallner <s.wallner@acme.example>:",
            "Hallo Sam,\nwir melden uns bis Freitag, 4.12.\nSabine",
        ),
        None,
    ),
    (
        "en-outlook-earlier-new",
        WED,
        "Hi Sam,\n\nQuick update: we'll now let you know by Friday 27 November.\n\nJane\n\nFrom: "
        "Jane Doe <jane.doe@acme.example>\nSent: Monday, November 16, 2026 10:00 AM\nTo: "
        "Sam\nSubject: Next steps\n\nHi Sam,\n\nWe'll let you know by Friday 4 "
        "December.\n\nJane\n",
        date(2026, 11, 27),
    ),
    (
        "en-unless-changes",
        WED,
        "Hi Sam,\n\nUnless something changes, we'll let you know by Friday 27 November.\n\nJane",
        date(2026, 11, 27),
    ),
    (
        "trap-if-we-dont-hear",
        WED,
        "Hi Sam,\n\nIf we don't hear from you by Friday 27 November, we'll assume you're no "
        "longer interested.\n\nJane",
        None,
    ),
    (
        "trap-de-wenn-wir-nichts-hoeren",
        WED,
        "Hallo Sam,\n\nwenn wir bis Freitag, 27.11., nichts von Ihnen hören, gehen wir davon "
        "aus, dass Sie kein Interesse mehr haben.\n\nSabine",
        None,
    ),
    (
        "trap-fr-sans-nouvelles-de-vous",
        WED,
        "Bonjour Sam,\n\nSans nouvelles de votre part d'ici le vendredi 27 novembre, nous "
        "considérerons que vous n'êtes plus intéressé.\n\nNadia",
        None,
    ),
    (
        "en-if-not-heard",
        WED,
        "Hi Sam,\n\nIf you haven't heard from us by Friday 27 November, please assume you have "
        "not been successful this time.\n\nJane",
        date(2026, 11, 27),
    ),
    (
        "es-si-no-hemos",
        WED,
        "Hola Sam:\n\nSi no te hemos contactado antes del 27 de noviembre, entiende que no has "
        "sido seleccionado.\n\nMarta",
        date(2026, 11, 26),
    ),
    (
        "nl-third-party-manager",
        WED,
        "Hoi Sam,\n\nDe hiring manager heeft beloofd het mij vrijdag 27 november te laten "
        "weten.\n\nTom",
        date(2026, 11, 27),
    ),
    (
        "en-third-party-she",
        WED,
        "Hi Sam,\n\nI chased the hiring manager this morning. She's promised to come back to me "
        "by Friday 27 November.\n\nTom",
        date(2026, 11, 27),
    ),
    (
        "trap-other-company",
        WED,
        "Hi Sam,\n\nYou mentioned Globex will let you know by Friday 27 November - do keep me "
        "posted.\n\nJane",
        None,
    ),
    (
        "en-coming-weeks-by",
        WED,
        "Hi Sam,\n\nWe'll be in touch over the coming weeks, and by 11 December at the "
        "latest.\n\nJane",
        date(2026, 12, 11),
    ),
    (
        "en-wd-by-holidays",
        WED,
        "Hi Sam,\n\nWe'll get back to everyone before the Christmas break.\n\nJane",
        date(2026, 12, 24),
    ),
    (
        "de-weihnachtspause",
        WED,
        "Hallo Sam,\n\nwir melden uns noch vor der Weihnachtspause bei Ihnen.\n\nSabine",
        date(2026, 12, 24),
    ),
    (
        "fr-vacances-noel",
        WED,
        "Bonjour Sam,\n\nnous reviendrons vers vous avant les vacances de Noël.\n\nNadia",
        date(2026, 12, 24),
    ),
    (
        "nl-kerstvakantie",
        WED,
        "Hoi Sam,\n\nwe laten je voor de kerstvakantie weten hoe het zit.\n\nLotte",
        date(2026, 12, 24),
    ),
    (
        "es-vacaciones-navidad",
        WED,
        "Hola Sam:\n\nte diremos algo antes de las vacaciones de Navidad.\n\nMarta",
        date(2026, 12, 24),
    ),
    (
        "trap-es-noticias-tuyas",
        WED,
        "Hola Sam:\n\nSi no tenemos noticias tuyas antes del viernes 27 de noviembre, "
        "entenderemos que ya no te interesa.\n\nMarta",
        None,
    ),
    (
        "trap-de-globex-hat-zugesagt",
        WED,
        "Hallo Sam,\n\nGlobex hat Ihnen ja zugesagt, sich bis Freitag, 27.11., zu melden - "
        "halten Sie mich auf dem Laufenden.\n\nSabine",
        None,
    ),
    (
        "trap-fr-vous-m-avez-dit",
        WED,
        "Bonjour Sam,\n\nVous m'avez dit que Globex vous répondra d'ici le vendredi 27 "
        "novembre.\n\nNadia",
        None,
    ),
    (
        "trap-es-me-comentaste",
        WED,
        "Hola Sam:\n\nMe comentaste que Globex te dará una respuesta antes del viernes "
        "27.\n\nMarta",
        None,
    ),
    (
        "trap-nl-je-zei",
        WED,
        "Hoi Sam,\n\nJe zei dat Globex je uiterlijk vrijdag 27 november laat weten hoe het "
        "zit.\n\nLotte",
        None,
    ),
    (
        "en-as-you-mentioned",
        WED,
        "Hi Sam,\n\nAs you mentioned on the phone, we will let you know by Friday 27 "
        "November.\n\nJane",
        date(2026, 11, 27),
    ),
    (
        "en-you-mentioned-we-would",
        WED,
        "Hi Sam,\n\nYou mentioned that we would decide by Friday 27 November, and we will.\n\nJane",
        date(2026, 11, 27),
    ),
]


@pytest.mark.parametrize(
    ("sent", "body", "want"), [pytest.param(s, b, w, id=n) for n, s, b, w in CASES]
)
def test_decision_by(sent: str, body: str, want: date | None) -> None:
    raw = mail(body, date_=sent, subject="Re: Next steps")
    result = classify(parse_message(raw), me=(ME,))
    assert result.decision_by == want, (result.kind, result.reasons)
