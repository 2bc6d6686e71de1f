"""classify(): other things with interviews, panels and refusals are not about the user's job
search: a study, an expert call, a speaking slot, a club, student money, a tutor's drop-in,
a flat; the same words about a job still are.

Written for the rules, not taken from any dev set.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import invitation_part as invitation
from classifymail import kind

mail = partial(classifymail.mail, message_id="<r2@acme.example>")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # a study about job hunting: its interview asks about the user's applications
            "Your interview for our study",
            "Hi Sam,\n\nThanks for agreeing to take part in our research on how graduates find "
            "work. I can confirm your interview on Thursday 12 November at 11am on Zoom. We'll "
            "talk about the applications you've sent and the interviews you've had. You'll get "
            "a £20 e-voucher afterwards.\n\nBest,\nLeah (doctoral researcher)",
        ),
        (
            "Interview - Masterarbeit",
            "Hallo Sam,\n\nvielen Dank für Ihre Studienteilnahme! Ihr Interview für meine "
            "Masterarbeit findet am Donnerstag, 12.11., um 11 Uhr statt. Die "
            "Teilnehmerinformation liegt bei.\n\nViele Grüße\nLea",
        ),
        (
            "Entretien - étude",
            "Bonjour Sam,\n\nmerci d'accepter de participer à notre étude sur l'insertion "
            "professionnelle. Votre entretien aura lieu jeudi 12 novembre à 11h.\n\nLéa",
        ),
        (
            "Entrevista - estudio",
            "Hola Sam:\n\ngracias por participar en nuestro estudio sobre el empleo juvenil. Tu "
            "entrevista será el jueves 12 de noviembre a las 11:00.\n\nLeah",
        ),
        (
            "Interview onderzoek",
            "Hoi Sam,\n\nbedankt dat je wilt deelnemen aan ons onderzoek naar werk zoeken. Je "
            "interview is donderdag 12 november om 11.00 uur.\n\nLeah",
        ),
    ],
)
def test_a_research_study_interview_is_no_job(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject, frm="Leah <leah@uni.example>")) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nFollowing up on our inquiry: our research clients would value a 30-minute "
        "analyst call on your firm's cloud migration, Thursday 12 November at 4pm GMT. Content "
        "is not for attribution.\n\nMark\nSenior Analyst, Parity Research",
        "Hello Sam,\n\nA client of our expert network would like a paid consultation on "
        "treasury systems - 45 minutes on Thursday 12 November at 3pm. Your consultation fee "
        "is USD 600.\n\nBest, Ana\nAssociate, Quorum Experts",
        "Guten Tag,\n\nfür ein Expertengespräch zu Ihrer Erfahrung mit SAP möchten wir Sie am "
        "Donnerstag, 12.11., um 15 Uhr anrufen. Honorarium: 300 EUR.\n\nAnna",
    ],
)
def test_an_analyst_or_expert_call_is_no_interview(body: str) -> None:
    raw = mail(body, subject="Your call on Thursday", frm="Mark <mark@parity.example>")
    assert kind(raw) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nWe would be delighted to invite you to speak at FinOps Forum in Lisbon on "
        "Thursday 12 November, 11:00-11:45, in a panel discussion on cost control. Fellow "
        "panellists include two CFOs. Speakers receive a free pass.\n\nBest,\nInês",
        "Liebe Sam,\n\nwir laden Sie herzlich ein, am 12.11. um 11 Uhr als Rednerin bei "
        "unserer Podiumsdiskussion zum Thema Logistik dabei zu sein.\n\nGrüße\nIna",
        "Chère Sam,\n\nnous serions ravis de vous compter parmi les intervenants de notre table "
        "ronde du jeudi 12 novembre à 11h.\n\nInès",
        "Hola Sam:\n\nnos encantaría contar contigo como ponente en la mesa redonda del jueves "
        "12 de noviembre a las 11:00.\n\nInés",
        "Beste Sam,\n\nwe nodigen je graag uit als spreker voor ons panelgesprek op donderdag "
        "12 november om 11.00 uur.\n\nInes",
    ],
)
def test_an_invitation_to_speak_is_no_interview(body: str) -> None:
    assert kind(mail(body, subject="Invitation", frm="Ines <ines@forum.example>")) == "unrelated"


def test_a_panel_interview_chaired_by_someone_is_still_a_job() -> None:
    body = (
        "Dear Sam,\n\nThank you for your application for the post of Finance Officer. You are "
        "invited to a panel interview on Thursday 12 November at 11am; the panel will be "
        "chaired by the Director of Resources.\n\nHR Services"
    )
    assert kind(mail(body, subject="Interview - Finance Officer")) != "unrelated"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application for membership",
            "Dear Sam,\n\nThank you for your application for membership and for meeting the "
            "Membership Committee. I regret to say the Committee is unable to offer you "
            "membership this year.\n\nHon. Secretary",
        ),
        (
            "Ihr Mitgliedsantrag",
            "Sehr geehrte Sam,\n\nvielen Dank für Ihren Mitgliedsantrag und das Gespräch mit dem "
            "Vorstand. Leider können wir Ihnen derzeit keine Aufnahme anbieten.\n\nDer Vorstand",
        ),
        (
            "Votre demande d'adhésion",
            "Madame,\n\nle comité d'admission a examiné votre demande d'adhésion après votre "
            "entretien. Nous avons le regret de ne pas pouvoir y donner une suite favorable.\n\n"
            "Le secrétaire",
        ),
        (
            "Solicitud de socio",
            "Estimada Sam:\n\nel comité de admisión ha revisado su solicitud de socio tras la "
            "entrevista. Lamentablemente no podemos aceptarla este año.\n\nSecretaría",
        ),
        (
            "Uw lidmaatschapsaanvraag",
            "Beste Sam,\n\nhelaas kunnen wij uw lidmaatschapsaanvraag na het gesprek met de "
            "ballotagecommissie niet honoreren.\n\nHet bestuur",
        ),
    ],
)
def test_a_club_refusing_membership_is_no_rejection(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject, frm="Sec <sec@club.example>")) == "unrelated"


def test_a_club_turning_down_a_job_applicant_is_a_rejection() -> None:
    body = (
        "Dear Sam,\n\nThank you for your application for the Membership Manager role. I regret "
        "to inform you that we will not be taking your application further.\n\nHR, The Club"
    )
    assert kind(mail(body, subject="Membership Manager")) == "rejection"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "We've received your application",
            "Dear Sam,\n\nWe've received your application for a bursary for the 2026/27 "
            "academic year. We'll assess it and let you know our decision.\n\nStudent Funding",
        ),
        (
            "Ihr BAföG-Antrag",
            "Guten Tag,\n\nIhr Antrag auf BAföG ist bei uns eingegangen. Wir melden uns mit "
            "unserer Entscheidung.\n\nStudierendenwerk",
        ),
        (
            "Aanvraag studiefinanciering",
            "Beste Sam,\n\nwe hebben je aanvraag voor studiefinanciering ontvangen en laten je "
            "ons besluit weten.\n\nDUO",
        ),
    ],
)
def test_student_money_is_no_job(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="Funding <noreply@funding.example>")
    assert kind(raw) == "unrelated"


@pytest.mark.parametrize(
    "summary",
    ["Personal Tutor drop-in: Dr Ann Lee / Sam", "Academic Advisor meeting - Dr Ann Lee"],
)
def test_a_tutors_drop_in_is_no_interview(summary: str) -> None:
    raw = mail(
        f"Hi Sam,\n\nYour booking is confirmed: {summary}, Tuesday 10 November at 3pm.",
        subject=f"Booking confirmed: {summary}",
        frm="Bookings <no-reply@bookings.uni.example>",
        extra_parts=invitation(summary, "ann.lee@uni.example"),
    )
    assert kind(raw) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nThanks for viewing the flat on Monday. The landlord has decided to go "
        "with another candidate, so it is no longer available.\n\nTom, Lettings",
        "Beste Sam,\n\nThank you for the viewing. Unfortunately the landlord has chosen another "
        "candidate for the apartment.\n\nMakelaar Jansen",
        "Hallo Sam,\n\ndanke für die Besichtigung. Der Vermieter hat sich leider für einen "
        "anderen Kandidaten entschieden.\n\nHausverwaltung",
    ],
)
def test_a_landlord_choosing_another_candidate_is_no_rejection(body: str) -> None:
    assert kind(mail(body, subject="Re: the flat", frm="Tom <tom@lets.example>")) == "unrelated"


def test_a_housing_association_turning_down_a_job_applicant_is_a_rejection() -> None:
    body = (
        "Dear Sam,\n\nThank you for interviewing for the Tenancy Officer post with our landlord "
        "services team. Unfortunately we have decided not to progress your application on "
        "this occasion.\n\nPeople Team, Riverside Homes"
    )
    assert kind(mail(body, subject="Tenancy Officer")) == "rejection"
