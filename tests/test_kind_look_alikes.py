"""Look-alikes of a job's mail from the user's other lives: a child's school admissions
interview, a product demo the user booked. Every word of an interview, none of a job."""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail as _mail
from classifymail import rules_kind

mail = partial(_mail, subject="Your appointment")


@pytest.mark.parametrize(
    "body",
    [
        "Dear Mr and Mrs Lee,\n\nThank you for your application for Noah to join Year 4 at "
        "Riverside Academy. We would like to invite you to an admissions interview with our "
        "Deputy Head on Thursday 26 November at 9:00.\n\nAdmissions",
        "Liebe Familie Lee,\n\nvielen Dank für die Anmeldung. Wir laden Sie und Emma zum "
        "Aufnahmegespräch am Montag, 30. November, um 15 Uhr ein.\n\nSekretariat",
        "Chers parents,\n\nNous avons le plaisir de vous convier à un entretien d'admission "
        "avec notre directrice le mardi 1er décembre à 17h.\n\nLe secrétariat",
    ],
)
def test_a_childs_admissions_interview_is_no_job_interview(body: str) -> None:
    assert rules_kind(mail(body, frm="Admissions <admissions@riverside.example>")) == "unrelated"


def test_a_school_post_is_still_a_job() -> None:
    body = (
        "Dear Sam,\n\nThank you for your application for the Year 4 Teacher post. We would "
        "like to invite you to interview with our Deputy Head on Thursday 26 November at 9:00."
        "\n\nHR, Riverside Academy"
    )
    assert rules_kind(mail(body, frm="HR <hr@riverside.example>")) == "interview_scheduled"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for booking a demo of Flowdesk!\n\nWhen: Tuesday 24 November, "
        "15:00-15:30\nWho: Ana, Solutions Engineer\n\nShe'll interview you briefly about your "
        "team's needs first.\n\nThe Flowdesk team",
        "Hi Sam, your personalised demo is confirmed for Wednesday 25 November at 10:00. Our "
        "specialist will start with a short interview about your workflow.",
        "Bonjour Sam,\n\nVotre démo personnalisée est confirmée le jeudi 26 novembre à 11h. "
        "Nous commencerons par un court entretien sur vos besoins.\n\nL'équipe",
    ],
)
def test_a_booked_product_demo_is_no_interview(body: str) -> None:
    assert rules_kind(mail(body, frm="Team <hello@flowdesk.example>")) == "unrelated"
