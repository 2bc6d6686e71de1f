"""Two readings the rules make on their own (before, only the word model carried them):

- a job board relays the employer's own words in quotation marks under a label ("Message from
  the employer: "we have decided not to move forward""): that quote is the employer speaking,
  not reported speech, so its refusal counts; a friend quoting "the classic" still does not;
- "Here is the plan for your interview visit on Thursday, December 3" hands over the day's
  programme, like "the schedule for your interview".
"""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail, rules_kind

board = partial(
    mail, frm="Jobnest <notifications@jobnest.example>", subject="Update on your application"
)
SUGGESTIONS = "\n\nThese jobs might interest you:\n- Data Analyst · Nordwave Energy\n"

RELAYED = {
    "en": "Marrowby Freight has updated your application for Warehouse Supervisor.\n\n"
    'Message from the employer: "Thank you for applying; we have decided not to move '
    'forward."',
    "en-recruiter-note": "Recruiter's note: \u201cWe have decided not to proceed with your "
    "application.\u201d",
    "fr": "Message du recruteur : « Nous avons décidé de ne pas donner suite à votre "
    "candidature. »",
    "de": "Nachricht des Arbeitgebers: „Leider haben wir uns für eine andere Bewerberin "
    "entschieden.“",
    "es": "Mensaje de la empresa: «Hemos decidido continuar con otras candidaturas.»",
    "nl": 'Bericht van de werkgever: "Helaas hebben we besloten niet verder te gaan met je '
    'sollicitatie."',
}


@pytest.mark.parametrize("name", RELAYED)
def test_the_employers_words_relayed_in_quotes_refuse(name: str) -> None:
    assert rules_kind(board("Hi Sam,\n\n" + RELAYED[name] + SUGGESTIONS)) == "rejection"


def test_a_refusal_quoted_as_someone_elses_words_still_does_not() -> None:
    raw = mail(
        'Hi Sam, I got the classic "we have decided not to move forward" from Halden today. '
        "Drinks Friday?\nJo",
        frm="Jo Park <jo.park@gmail.example>",
        subject="ugh",
    )
    assert rules_kind(raw) == "unrelated"


def test_the_plan_for_the_interview_visit_books_it() -> None:
    raw = mail(
        "Dear Sam,\n\nWe are pleased to invite you to interview. Here is the plan for your "
        "interview visit for the Lecturer in Statistics position on Thursday, December 3, "
        "2026.\n\n  9:00 - 9:45    Coffee with the head of school\n  10:00 - 10:45  Seminar\n"
        "  11:00 - 12:00  Appointment committee meeting\n\nBest,\nMara",
        frm="Mara Lind <mara.lind@uni.example>",
        subject="Interview visit",
    )
    assert rules_kind(raw) == "interview_scheduled"
