"""Immigration and civic integration are work too: a post named beside their words is a job.

"Naturalisation", "Einbürgerung" and "inburgering" mark a citizenship interview or a visa
appointment as no job's; but an immigration firm hires paralegals and a council hires
integration officers, and their interviews speak the same words. As with a hospital or a
school, a post named (not just an interview) brings the mail back to the job.
"""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("body", "frm"),
    [
        (
            "Beste Sam,\n\nBedankt voor je sollicitatie op de vacature Consulent Inburgering. "
            "We nodigen je graag uit voor een sollicitatiegesprek op dinsdag 17 november om "
            "14:00 uur op het stadskantoor.\n\nMet vriendelijke groet,\nAfdeling HR",
            "HR Gemeente Waalbrug <hr@waalbrug.example>",
        ),
        (
            "Dear Sam,\n\nThank you for applying for the Immigration Paralegal position. Our "
            "team handles citizenship and naturalisation cases for private clients. We would "
            "like to invite you to an interview on Tuesday 17 November at 2pm at our offices."
            "\n\nKind regards,\nHelen Ward\nPractice Manager",
            "Helen Ward <helen.ward@wardlegal.example>",
        ),
        (
            "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin "
            "im Bereich Einbürgerung. Wir laden Sie zu einem Vorstellungsgespräch am Dienstag, "
            "17. November 2026, um 10:00 Uhr ein.\n\nMit freundlichen Grüßen\nPersonalamt",
            "Personalamt Kreis Lindau <personal@kreis-lindau.example>",
        ),
    ],
)
def test_a_post_in_immigration_work_is_a_job(body: str, frm: str) -> None:
    assert rules_kind(mail(body, subject="Sollicitatie / application", frm=frm)) == (
        "interview_scheduled"
    )


def test_a_citizenship_interview_stays_no_job() -> None:
    body = (
        "Dear Sam Rivera,\n\nYour naturalisation interview has been scheduled for Tuesday 17 "
        "November 2026 at 9:40 AM. Please bring your passport and the original documents "
        "listed in your application.\n\nCitizenship Services"
    )
    raw = mail(body, subject="Interview notice", frm="Citizenship <noreply@citizenship.example>")
    assert rules_kind(raw) == "unrelated"
