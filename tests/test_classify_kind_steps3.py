"""classify(): which kind a job mail is, more general reasons (sixth round).

Each test pins one reason a careful reader uses, with wordings, registers and languages of
its own (written for the rule, not taken from any dev set), and counter-cases where the
same words mean something else.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Mon, 16 Nov 2026 10:00:00 +0000",
    message_id="<ks3@acme.example>",
)


# --- a slot taken, the time carrying its zone or date ------------------------------------------


@pytest.mark.parametrize(
    "first_line",
    [
        "Wednesday 11am PT it is.",
        "Great - Friday, 20 Nov at 14:00 (CET) it is!",
        "Tuesday at 9:30am your time it is then.",
        "Va pour jeudi à 15h.",
        "Dann also Donnerstag um 15 Uhr.",
        "Donderdag om 15.00 uur dan!",
    ],
)
def test_a_slot_taken_with_its_zone_is_booked(first_line: str) -> None:
    body = (
        f"{first_line}\n\nI'll send a calendar invite with the video link shortly.\n\nBest,\nJane"
        "\n\nOn Sun, Nov 15, 2026 at 9:14 PM Sam <sam@example.org> wrote:\n> For the second "
        "interview for the platform engineer role I could do Tuesday, Wednesday, Thursday or "
        "Friday.\n"
    )
    assert kind(mail(body, subject="Re: Interview - next round")) == "interview_scheduled"


def test_a_day_and_it_is_without_a_choice_taken_is_no_booking() -> None:
    body = "Hi Sam,\n\nIs Thursday still good for you? If not, tell me what is.\n\nJane"
    assert kind(mail(body, subject="Re: Interview - next round")) != "interview_scheduled"


# --- rejections: the role given to a third person, gender-inclusive German -----------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for your patience. We've decided to offer the Senior Buyer role to "
        "a candidate with more category-management experience.\n\nBest wishes,\nJane",
        "Dear Sam,\n\nAfter the final panel, the board chose to appoint an applicant who has "
        "led a merger of this size before.\n\nKind regards,\nJane Doe\nHR Business Partner",
        "Sam - quick one: we decided to hire a candidate from inside the team for the QA "
        "lead post. Sorry, I know you were keen.\n\nJane",
        "Sehr geehrte Frau Sam,\n\nwir haben uns entschieden, die Stelle einer Bewerberin "
        "anzubieten, die bereits Erfahrung im Medizincontrolling mitbringt.\n\nMit "
        "freundlichen Grüßen\nJane Doe",
    ],
)
def test_the_role_given_to_a_described_third_person_is_a_rejection(body: str) -> None:
    assert kind(mail(body)) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Sehr geehrte Frau Sam,\n\nnach Prüfung aller Unterlagen haben wir uns für "
        "Bewerber*innen entschieden, deren Qualifikation gezielter zum Profil der Stelle "
        "passt.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        "Hallo Sam,\n\nwir haben uns für Kandidat_innen entschieden, deren Erfahrung noch "
        "genauer zu unseren Anforderungen passt.\n\nViele Grüße\nJane",
        "Liebe Sam,\n\nleider haben wir uns für KandidatInnen entschieden, die einschlägigere "
        "Erfahrung mitbringen.\n\nHerzliche Grüße\nJane",
    ],
)
def test_others_preferred_in_gender_inclusive_german_is_a_rejection(body: str) -> None:
    assert kind(mail(body)) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # a plan, not a decision: the role is not yet given to anyone
        "Hi Sam,\n\nWe hope to offer the role to a candidate by the end of the month and "
        "will be in touch either way.\n\nJane",
        # still talking with others: no decision yet ("mit weiteren Kandidatinnen")
        "Guten Tag Sam,\n\nwir führen derzeit noch Gespräche mit weiteren Bewerberinnen und "
        "Bewerbern und melden uns bis Ende des Monats bei Ihnen.\n\nMit freundlichen Grüßen\n"
        "Jane Doe",
        "Hallo Sam,\n\nwir sprechen diese Woche noch mit anderen Kandidat:innen und geben "
        "Ihnen danach Bescheid.\n\nViele Grüße\nJane",
    ],
)
def test_a_decision_not_yet_taken_is_no_rejection(body: str) -> None:
    assert kind(mail(body)) == "employer_reply"


# --- offers: "we'd love to have you as our ..." --------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Sam!\n\nThe partners signed off this morning: we'd love to have you as our new "
        "Finance Manager. Salary as discussed, paperwork to follow.\n\nJane",
        "Hi Sam,\n\nWe would be thrilled to have you on the team as our Lead Designer.\n\nJane",
        "Hola Sam:\n\nNos encantaría contar contigo como nuestra nueva analista de datos. Te "
        "enviamos los detalles mañana.\n\nUn abrazo,\nJane",
        "Hallo Sam,\n\nwir würden Sie sehr gerne als unseren neuen Entwickler gewinnen.\n\n"
        "Viele Grüße\nJane",
        "Bonjour Sam,\n\nNous serions ravis de vous compter parmi nous en tant que "
        "responsable des achats.\n\nCordialement,\nJane",
    ],
)
def test_wanting_the_candidate_in_a_job_is_an_offer(body: str) -> None:
    assert kind(mail(body)) == "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nWe'd love to have you as our guest on the careers podcast next month.\n\nJane",
        "Hi Sam,\n\nWe'd love to have you as a speaker at our hiring summit.\n\nJane",
        "Hola Sam:\n\nNos encantaría contar contigo como ponente en nuestro evento.\n\nJane",
    ],
)
def test_having_the_candidate_as_a_guest_is_no_offer(body: str) -> None:
    assert kind(mail(body)) != "offer"


# --- a cancellation of "it", the meeting named just before ----------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Votre candidature",
            "Bonjour Sam,\n\nJe reviens vers vous au sujet de l'entretien prévu jeudi 19 "
            "novembre à 14h00. Nous devons malheureusement l'annuler, le manager étant absent. "
            "Nous reviendrons vers vous pour une autre date.\n\nCordialement,\nJane",
        ),
        (
            "Your application",
            "Hi Sam,\n\nAbout your interview on Thursday 19 November at 2pm: I'm sorry, but we "
            "have had to cancel it as the hiring manager is off sick. I'll be in touch about a "
            "new date.\n\nJane",
        ),
        (
            "Ihre Bewerbung",
            "Hallo Sam,\n\nes geht um das Gespräch am Donnerstag, 19. November um 14 Uhr. Wir "
            "müssen es leider absagen, da die Abteilungsleitung erkrankt ist.\n\nViele Grüße\n"
            "Jane",
        ),
        (
            "Tu candidatura",
            "Hola Sam:\n\nTe escribo por la entrevista del jueves 19 de noviembre a las 14:00. "
            "Lamentablemente tenemos que cancelarla porque la responsable está de baja.\n\n"
            "Saludos,\nJane",
        ),
    ],
)
def test_cancelling_it_after_naming_the_meeting_is_a_cancellation(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_cancelled"


@pytest.mark.parametrize(
    "body",
    [
        # "it" is no meeting: a travel booking cancelled, the interview still on
        "Hi Sam,\n\nThe hotel we booked for you was overbooked, so we have cancelled it and "
        "moved you to the Grand. Your interview is confirmed for Thursday 19 November at 2pm."
        "\n\nJane",
        # a new time offered in the same breath: a move, not a cancellation
        "Hi Sam,\n\nAbout your interview on Thursday: we had to cancel it, so we can move you "
        "to Friday 20 November at 10am instead. Your interview is confirmed for then.\n\nJane",
    ],
)
def test_cancelling_something_else_or_moving_is_no_cancellation(body: str) -> None:
    assert kind(mail(body)) not in {"interview_cancelled", "rejection"}


def test_the_interview_confirmed_after_a_cancelled_hotel_is_booked() -> None:
    body = (
        "Hi Sam,\n\nThe hotel we booked for you was overbooked, so we have cancelled it and "
        "moved you to the Grand. Your interview is confirmed for Thursday 19 November at 2pm."
        "\n\nJane"
    )
    assert kind(mail(body)) == "interview_scheduled"
