"""classify(): precision of the kinds that make a draft (fifth round, a reviewer's findings).

A wrong interview_scheduled, rejection or offer writes a wrong draft, which is worse than
none. Each test pins a reason a careful reader uses to NOT draw the strong conclusion, in
wordings, registers and languages of its own, with the cases where the conclusion stands.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify

ME = "sam@example.org"


def mail(
    body: str,
    *,
    subject: str = "Your application",
    frm: str = "Jane Doe <jane.doe@acme.example>",
    date_: str = "Tue, 17 Nov 2026 10:00:00 +0000",
) -> bytes:
    return (
        f"From: {frm}\r\nTo: Sam <{ME}>\r\nSubject: {subject}\r\nDate: {date_}\r\n"
        f"Message-ID: <kp@acme.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def kind(raw: bytes) -> str:
    return classify(parse_message(raw), me=(ME,)).kind


# --- a deadline is said next to its time, not anywhere in the sentence -------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Interview: Data Analyst",
            "Hi Sam,\n\nYour interview is confirmed for Monday 23 November at 10am at our "
            "office, close to Liverpool Street.\n\nBest,\nJane",
        ),
        (
            "Entrevista - Diseñadora gráfica",
            "Hola Sam,\n\nTe confirmo la entrevista el jueves 26 de noviembre a las 10:00 en "
            "nuestro estudio; el plazo de incorporación lo hablamos allí.\n\nUn saludo,\nJane",
        ),
        (
            "Vorstellungsgespräch - Filialleitung",
            "Hallo Sam,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am Donnerstag, "
            "26.11.2026, um 10:00 Uhr in der Filiale, die Kündigungsfrist besprechen wir "
            "dort.\n\nViele Grüße\nJane",
        ),
        (
            "Portfolio review - Junior Designer",
            "Hi Sam,\n\nYour interview with the design team is booked for Thursday 26 November "
            "at 2pm in the studio, which is closed to the public that day, so ring the bell."
            "\n\nJane",
        ),
    ],
)
def test_deadline_words_away_from_the_time_cancel_no_booking(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_scheduled"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Video interview - Store Supervisor",
            "Hi Sam,\n\nPlease record your video interview in the portal. The link closes at "
            "5pm on Thursday 26 November.\n\nThe hiring team",
        ),
        (
            "Assessment - Graduate Scheme",
            "Dear Sam,\n\nYou have been invited to an online assessment. Deadline: Thursday 26 "
            "November at 17:00.\n\nRecruitment",
        ),
        (
            "Entretien vidéo - Vendeur",
            "Bonjour Sam,\n\nMerci d'enregistrer votre entretien vidéo dans le portail, au plus "
            "tard le jeudi 26 novembre à 17h.\n\nL'équipe RH",
        ),
        (
            "Video-Interview - Verkäufer",
            "Hallo Sam,\n\nbitte nehmen Sie Ihr Video-Interview im Portal auf, Frist: "
            "Donnerstag, 26.11.2026, 17:00 Uhr.\n\nIhr Recruiting-Team",
        ),
    ],
)
def test_a_deadline_next_to_its_time_books_nothing(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) != "interview_scheduled"
