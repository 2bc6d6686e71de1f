"""What was refused is the reader's own thing, not a post: a paper put to a journal ("your
manuscript", "Ihr Manuskript", "votre manuscrit", "su manuscrito"), an exam sat for a
certificate or a language ("Thank you for sitting the Certified ... examination"), a place in
a research study ("inclusion criteria"), a parents' evening at a child's school; or the
outcome is for the reader's candidate ("the offer letter for your candidate Jess Whitfield").
An employer's test for a named post, and an interview for a study coordinator's job, keep
their kinds."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Decision on submission PHY-2291",
            "Dear Dr Rivera,\n\nWe regret that we are unable to accept your manuscript for "
            "publication. The reviewers' comments are below.\n\nEditor-in-Chief",
        ),
        (
            "Entscheidung zu Ihrem Manuskript",
            "Sehr geehrte Frau Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihr "
            "Manuskript nicht annehmen können.\n\nDie Herausgeber",
        ),
        (
            "Décision concernant votre manuscrit",
            "Madame,\n\nNous avons le regret de vous informer que votre manuscrit n'a pas été "
            "retenu pour publication.\n\nLa rédaction",
        ),
        (
            "Certification result",
            "Dear Sam,\n\nThank you for taking the Scrum Master certification exam on 10 November. "
            "Unfortunately you did not reach the pass mark this time. You may rebook at a reduced "
            "fee.\n\nExams Office",
        ),
        (
            "Resultado",
            "Hola Sam:\n\nLamentamos comunicarte que tu nota en el examen de idioma (inglés C1) "
            "no alcanza el mínimo requerido.\n\nCentro de idiomas",
        ),
        (
            "Uitslag",
            "Beste Sam,\n\nHelaas ben je niet geslaagd voor het certificeringsexamen; je score "
            "ligt onder de cesuur."
            "\n\nExamenbureau",
        ),
        (
            "Screening outcome",
            "Dear Sam,\n\nThanks for attending the screening visit. Unfortunately we cannot offer "
            "you a place in the sleep study, as you don't meet the inclusion criteria.\n\nStudy "
            "team",
        ),
        (
            "Ergebnis der Voruntersuchung",
            "Hallo Sam,\n\nleider erfüllen Sie eines der Einschlusskriterien nicht; wir können "
            "Ihnen daher keinen Platz in der Studie anbieten.\n\nStudienteam",
        ),
        (
            "Parents' evening",
            "Dear parent,\n\nYour parents' evening appointment with Mr Hale (Year 8 tutor) is "
            "confirmed for Thursday 19 November at 17:40.\n\nSchool office",
        ),
        (
            "Approve offer",
            "Hi Sam,\n\nThe offer letter for your candidate Priya Nair (Data Engineer) is ready. "
            "Please approve it by Friday 20 November so we can send it on Monday.\n\nHR",
        ),
    ],
)
def test_the_readers_own_thing_refused(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="Office <office@org.example>")
    assert rules_kind(raw) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        (
            "Graduate Analyst - online test",
            "Dear Sam,\n\nThank you for applying for the Graduate Analyst role. Unfortunately you "
            "did not reach the pass mark in the numerical reasoning test, so we will not be taking "
            "your application further.\n\nGraduate Recruitment",
            "rejection",
        ),
        (
            "Interview - Clinical Research Coordinator",
            "Dear Sam,\n\nThank you for applying for the Clinical Research Coordinator position. "
            "We'd like to invite you to an interview on Tuesday 10 November at 14:00 at the "
            "research centre.\n\nHR",
            "interview_scheduled",
        ),
        (
            "Your offer",
            "Dear Sam,\n\nWe are delighted to offer you the post of Managing Editor, starting "
            "4 January 2027 at £48,000 a year. The contract will follow.\n\nHR",
            "offer",
        ),
        (
            "Interview",
            "Dear Sam,\n\nThank you for applying for the Clinical Research Associate role. Your "
            "interview is booked for Tuesday 10 November at 11:00; we'll discuss how you screen "
            "patients against the inclusion criteria.\n\nHR",
            "interview_scheduled",
        ),
        (
            "Interview",
            "Dear Sam,\n\nThanks for applying for the Certification Exam Coordinator role. Your "
            "interview is on Tuesday 10 November at 11:00.\n\nHR",
            "interview_scheduled",
        ),
    ],
)
def test_a_post_applied_for_keeps_its_kind(subject: str, body: str, kind: str) -> None:
    raw = mail(body, subject=subject, frm="Hiring <hiring@org.example>")
    assert rules_kind(raw) == kind
