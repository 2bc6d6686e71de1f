"""A meeting called off in so many words: it "cannot be held" ("we won't be able to hold
tomorrow's interview", "no podremos realizar la entrevista", "nous ne pourrons pas maintenir
l'entretien", "wir können das Gespräch nicht durchführen"), and the time told before it is
called off is the old one ("your interview, scheduled for Tuesday 24 November at 10:00 ... we
have to cancel your interview"). A new time confirmed after the call-off still books it."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        (
            "Tomorrow",
            "Hi Sam,\n\nI'm so sorry, but we won't be able to hold tomorrow's interview: our "
            "hiring manager has been called away. I'll be in touch about a new date.\n\nJo, "
            "Northgate",
            "Jo <jo@northgate.example>",
            "interview_cancelled",
        ),
        (
            "Entrevista",
            "Hola Sam:\n\nLamentablemente no podremos realizar la entrevista del jueves; el "
            "puesto quedó en pausa. Te escribiremos si se reabre.\n\nRRHH",
            "RRHH <rrhh@andina.example>",
            "interview_cancelled",
        ),
        (
            "Notre entretien",
            "Bonjour Sam,\n\nNous ne pourrons pas maintenir l'entretien prévu vendredi, le poste "
            "étant gelé. Nous reviendrons vers vous.\n\nService RH",
            "RH <rh@atelier.example>",
            "interview_cancelled",
        ),
        (
            "Unser Gespräch",
            "Hallo Sam,\n\nleider können wir das Gespräch am Montag nicht durchführen, da unsere "
            "Teamleiterin erkrankt ist. Wir melden uns.\n\nPersonal",
            "Personal <personal@werk.example>",
            "interview_cancelled",
        ),
        # the time told before the cancellation is the old one
        (
            "Your interview on 11/24",
            "Dear Sam,\n\nI am writing about your interview for the Payroll Officer post, "
            "scheduled for Tuesday 24 November 2026 at 10:00. Because of a budget freeze, we have "
            "to cancel your interview. We will contact you if the post reopens.\n\nHR",
            "HR <hr@county.example>",
            "interview_cancelled",
        ),
        (
            "Votre entretien",
            "Bonjour Sam,\n\nVotre entretien pour le poste de comptable était confirmé pour le "
            "mardi 24 novembre à 10h. Nous devons malheureusement annuler cet entretien, le "
            "recrutement étant suspendu.\n\nRH",
            "RH <rh@ville.example>",
            "interview_cancelled",
        ),
        # a new time after the call-off still books it
        (
            "Change of plan",
            "Hi Sam,\n\nWe have to cancel Tuesday's interview, sorry. Your interview is now "
            "confirmed for Thursday 12 November at 10:00 instead, same room.\n\nJo",
            "Jo <jo@northgate.example>",
            "interview_scheduled",
        ),
    ],
)
def test_a_meeting_called_off(subject: str, body: str, frm: str, want: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ihr Termin",
            "Guten Tag Sam,\n\nvielen Dank für Ihre Bewerbung.\n\nIhr Termin\nDatum/Uhrzeit: "
            "Di., 24.11.2026, 14:30 Uhr\nFormat: Teams\n\nBitte bestätigen Sie den Termin.\n\n"
            "Termin bestätigen: https://jobs.example/e/1/accept\n"
            "Termin absagen: https://jobs.example/e/1/decline\n\nIhr Recruiting-Team",
        ),
        (
            "Your interview",
            "Hi Sam,\n\nThanks for applying for the Data Analyst role.\n\nYour interview\n"
            "When: Tuesday 24 November 2026, 2:30pm GMT\nWhere: Teams\n\nPlease confirm below."
            "\n\nConfirm: https://jobs.example/e/2/accept\n"
            "Cancel interview: https://jobs.example/e/2/decline\n\nRecruitment Team",
        ),
        (
            "Votre entretien",
            "Bonjour Sam,\n\nMerci pour votre candidature.\n\nVotre entretien\nDate et heure : "
            "mardi 24 novembre 2026 à 14h30\nLieu : Teams\n\nMerci de confirmer.\n\n"
            "Confirmer : https://jobs.example/e/3/accept\n"
            "Annuler l'entretien : https://jobs.example/e/3/decline\n\nService RH",
        ),
    ],
)
def test_a_link_to_call_it_off_calls_nothing_off(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="Recruiting <jobs@stadtwerk.example>")
    assert rules_kind(raw) == "interview_scheduled"
