"""Kind rules: the employer handing over the programme of the candidate's interview day, a
day and timed rows ("Here is the schedule for your interview on Thursday 19 November: 10:00
meet Anke, 10:45 tour"), books the interview, in five languages. A programme of something
else, or of days still to be chosen, does not."""

from __future__ import annotations

import pytest

from classifymail import kind, mail

_DATE = "Mon, 16 Nov 2026 09:12:00 +0100"
_ANKE = "Anke de Vries <anke@bouwbedrijf.example>"

PROGRAMMES = [
    "Hi Sam,\n\nHere is the schedule for your interview on Thursday 19 November:\n\n10:00 - meet "
    "Anke de Vries\n10:45 - tour of the site\n\nBest,\nAnke",
    "Beste Sam,\n\nHierbij het programma voor je sollicitatiegesprek op donderdag 19 november:"
    "\n\n10.00 uur - kennismaking met Anke de Vries\n10.45 uur - rondleiding\n\nGroet,\nAnke",
    "Hallo Sam,\n\nhier der Ablauf für Ihr Vorstellungsgespräch am Donnerstag, 19. November:\n\n"
    "10:00 Uhr Begrüßung\n10:30 Uhr Gespräch mit der Fachabteilung\n\nViele Grüße\nAnke",
    "Bonjour Sam,\n\nVoici le programme de votre entretien le jeudi 19 novembre :\n\n10h00 - "
    "accueil\n10h30 - entretien avec l'équipe\n\nCordialement,\nAnke",
    "Hola Sam:\n\nTe enviamos la agenda de tu entrevista del jueves 19 de noviembre:\n\n10:00 - "
    "bienvenida\n10:30 - entrevista con el equipo\n\nSaludos,\nAnke",
]


@pytest.mark.parametrize("body", PROGRAMMES, ids=["en", "nl", "de", "fr", "es"])
def test_the_programme_of_the_interview_day_books_it(body: str) -> None:
    assert kind(mail(body, subject="Your visit", frm=_ANKE, date_=_DATE)) == "interview_scheduled"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nHere is the schedule for the open evening on Thursday 19 November:\n\n18:00 - "
        "welcome\n18:30 - talks\n\nBest,\nAnke",
        "Hi Sam,\n\nHere is the schedule for the interview days, please pick one: Thursday 19 "
        "November at 10:00 or Friday 20 November at 14:00?\n\nBest,\nAnke",
    ],
    ids=["open-evening", "days-to-choose"],
)
def test_a_programme_of_something_else_books_nothing(body: str) -> None:
    assert kind(mail(body, subject="Your visit", frm=_ANKE, date_=_DATE)) != "interview_scheduled"
