"""A casual ask for a first call is a request, in whatever words it comes.

"Have you got 15 mins for a quick call?", "just let me know a time", "¿Tendrías
disponibilidad para una videollamada la semana que viene?", "Dime qué días te vienen bien",
"Quels jours vous conviendraient ?", "Welche Tage passen Ihnen?": no time is fixed, the
candidate is asked for one.
"""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail as _mail
from classifymail import rules_kind

mail = partial(_mail, frm="Robin Hale <robin.hale@fernbank.example>")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Payroll Officer - quick chat?",
            "Hi Sam\n\nYour application for the Payroll Officer role landed this morning and "
            "I liked what I saw.\n\nHave you got 20 mins for a call on Friday? Any time before "
            "4 is fine my end.\n\nRobin\nTalent Partner | Fernbank Foods",
        ),
        (
            "Your application - Site Supervisor",
            "Hi Sam,\n\nThanks for applying for the Site Supervisor job. I'd be keen to hear "
            "more about your time on the Wexford project - just let me know a time that suits "
            "and the best number to reach you on.\n\nRobin Hale\nFernbank Construction",
        ),
        (
            "Candidatura - Técnica de nóminas",
            "Hola Sam:\n\nGracias por tu candidatura para el puesto de técnica de nóminas. "
            "Nos gustaría hablar contigo. Dime qué días y horas te vienen bien la semana que "
            "viene y te mando la invitación.\n\nUn saludo,\nRobin Hale\n"
            "Selección | Fernbank Alimentación",
        ),
        (
            "Puesto de técnica de nóminas",
            "Hola Sam:\n\nHemos revisado tu candidatura. ¿Tendrías disponibilidad para una "
            "videollamada de 20 minutos esta semana?\n\nUn saludo,\nRobin Hale\nSelección | "
            "Fernbank Alimentación",
        ),
        (
            "Votre candidature - assistante RH",
            "Bonjour Sam,\n\nMerci pour votre candidature au poste d'assistante RH. Quels jours "
            "vous conviendraient la semaine prochaine pour un premier échange téléphonique ?"
            "\n\nCordialement,\nRobin Hale\nRecrutement, Fernbank France",
        ),
        (
            "Ihre Bewerbung als Lohnbuchhalterin",
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Lohnbuchhalterin. Welche Tage "
            "passen Ihnen nächste Woche für ein kurzes Telefonat?\n\nViele Grüße\nRobin Hale\n"
            "Personal | Fernbank GmbH",
        ),
    ],
)
def test_a_casual_ask_for_a_first_call_is_a_request(subject: str, body: str) -> None:
    assert rules_kind(mail(body, subject=subject)) == "interview_request"


def test_asking_for_a_start_date_asks_for_no_meeting() -> None:
    body = (
        "Hi Sam,\n\nWe're delighted you've accepted. Let me know the date you can start and "
        "I'll get your contract drawn up.\n\nRobin Hale\nPeople Team, Fernbank Foods"
    )
    assert rules_kind(mail(body, subject="Payroll Officer - next steps")) != "interview_request"
