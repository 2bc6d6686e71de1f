"""classify(): a university's refusal of a place on a course is no job's rejection; a graduate
scheme or a university's own post is still a job.

Written for the rules, not taken from any dev set.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import kind

mail = partial(classifymail.mail, message_id="<r3@acme.example>")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Decision on your application",
            "Dear Sam,\n\nThank you for your application. Having considered it carefully, we "
            "regret that we are unable to offer you a place on the MSc Data Science programme "
            "for September 2027.\n\nPostgraduate Admissions",
        ),
        (
            "Your application to study with us",
            "Dear Sam,\n\nThe Admissions Tutor has now reviewed your application and "
            "unfortunately we cannot offer you a place this year. You are welcome to apply "
            "again for the next intake.\n\nRegistry",
        ),
        (
            "Ihre Bewerbung um einen Studienplatz",
            "Sehr geehrte/r Sam,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihnen keinen "
            "Studienplatz im Masterstudiengang Informatik anbieten können.\n\n"
            "Studierendensekretariat",
        ),
        (
            "Votre candidature",
            "Bonjour Sam,\n\nNous avons le regret de vous informer que votre candidature pour "
            "une admission en master n'a pas été retenue.\n\nLe service scolarité",
        ),
        (
            "Tu solicitud",
            "Hola Sam:\n\nLamentamos comunicarte que tu solicitud de admisión al máster en "
            "Ciencia de Datos no ha sido aceptada.\n\nSecretaría académica",
        ),
        (
            "Je aanmelding",
            "Beste Sam,\n\nHelaas moeten we je laten weten dat je verzoek tot toelating tot de "
            "master Data Science is afgewezen.\n\nToelatingscommissie",
        ),
    ],
)
def test_a_university_refusal_is_no_job_rejection(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="Admissions <admissions@uni.example>")
    assert kind(raw) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nThank you for applying. We regret that we are unable to offer you a place "
        "on our 2027 Graduate Programme in Software Engineering.\n\nGraduate Recruitment Team",
        "Dear Sam,\n\nThank you for attending the interview for the post of Research Associate "
        "in Statistics. We regret to inform you that your application has not been successful."
        "\n\nUniversity HR",
    ],
)
def test_a_graduate_scheme_or_a_universitys_own_post_is_still_a_job(body: str) -> None:
    raw = mail(body, subject="Your application", frm="Careers <careers@uni.example>")
    assert kind(raw) == "rejection"
