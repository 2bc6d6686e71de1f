"""A single time put to the candidate as a question is a request, not a booking and not a
receipt: "Would Thursday at 2pm work for a first interview?", "How about Thursday at 10am?",
"Could we move your interview to Friday at 11am instead?" (phrases/requesting.py
``ASK_FIT``). The time is offered; nothing is fixed until the candidate says yes.
"""

from __future__ import annotations

import pytest

from classifymail import kind, mail, rules_kind

SIGN = "\n\nBest,\nDana Lee\nTalent Partner, Acme Analytics"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for applying for the Data Analyst role. Would Thursday at 2pm work "
        "for a first interview?",
        "Hi Sam,\n\nHow about Thursday at 10am for a quick interview? Let me know.",
        "Hi Sam,\n\nWhat about Friday 13 November at 3pm for the technical interview?",
        "Hi Sam,\n\nCould we move your interview to Friday at 11am instead? Something came up "
        "on our side.",
        "Hi Sam,\n\nCan we push your call back to Wednesday at 4pm?",
        "Hallo Sam,\n\ndanke für Ihre Bewerbung. Wie wäre es mit Donnerstag um 14 Uhr für ein "
        "erstes Gespräch?",
        "Bonjour Sam,\n\nmerci pour votre candidature. Que diriez-vous de jeudi à 14h pour un "
        "premier entretien ?",
        "Hola Sam,\n\ngracias por tu candidatura. ¿Qué tal el jueves a las 14:00 para una "
        "primera entrevista?",
        "Hoi Sam,\n\nbedankt voor je sollicitatie. Wat dacht je van donderdag om 14.00 uur voor "
        "een eerste gesprek?",
    ],
)
def test_one_time_offered_as_a_question_is_a_request(body: str) -> None:
    raw = mail(body + SIGN, subject="Data Analyst", frm="Dana Lee <dana.lee@acme.example>")
    assert rules_kind(raw) == "interview_request"
    assert kind(raw) == "interview_request"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the booking stays a booking, the question after it is about something else
        (
            "Hi Sam,\n\nYour interview is confirmed for Thursday 12 November at 2pm at our "
            "office. How about parking? There is a car park behind the building.",
            "interview_scheduled",
        ),
        # a question about the job's terms, no meeting
        (
            "Hi Sam,\n\nWould a start date in January work for you on the Data Analyst offer? "
            "We are delighted to offer you the role.",
            "offer",
        ),
        # a chat about the pay, no time named, no meeting in view
        (
            "Hi Sam,\n\nThanks for your note on the Data Analyst role. How about the salary "
            "range we discussed, is it still fine for you?",
            "employer_reply",
        ),
    ],
)
def test_other_questions_keep_their_kind(body: str, want: str) -> None:
    raw = mail(body + SIGN, subject="Data Analyst", frm="Dana Lee <dana.lee@acme.example>")
    assert kind(raw) == want
