"""Kind rules: a show booking a guest is no interview, and health words make no mail unrelated
or related on their own: an offer naming health benefits stays an offer, a dentist's
appointment mentioning a dental plan stays unrelated, a media company hiring still books its
interview. Worded differently (registers, sectors, languages), with the near misses.
"""

from __future__ import annotations

import pytest

from classifymail import application_mail as mail
from classifymail import rules_kind as kind


def ics(summary: str, start: str = "20261126T170000Z") -> str:
    return (
        "--zz\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:9@show.example\r\n"
        f"DTSTART:{start}\r\nDTEND:20261126T183000Z\r\n"
        "ORGANIZER;CN=Host:mailto:host@show.example\r\n"
        f"SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


GUEST_MAIL = [
    # German podcast, invitation attached, topic is the guest's own job hunting
    (
        "Hallo Sam,\n\nanbei die Einladung für unsere Aufnahme am Donnerstag um 18 Uhr. Wir "
        "sprechen über dein Projekt und über deine Erfahrungen mit Bewerbungsgesprächen, das "
        "interessiert unsere Hörer:innen sehr. Das Interview dauert etwa eine Stunde.\n\nBis "
        "bald\nLena",
        "Einladung: Aufnahme Folge 42",
        ics("Aufnahme Folge 42"),
    ),
    # French local radio, no calendar
    (
        "Bonjour Sam,\n\nJe vous confirme votre interview en direct jeudi 26 novembre à 18h "
        "dans l'émission du soir. Nos auditeurs seront ravis d'entendre parler de votre "
        "association de recyclage.\n\nÀ jeudi,\nClaire",
        "Émission du jeudi 26 novembre",
        "",
    ),
    # English community radio
    (
        "Hi Sam,\n\nGreat talking earlier! Just to confirm, we have you booked for an interview "
        "on Thursday 26 November at 6pm. Please arrive 20 minutes early so we can get you "
        "mic'd up before we go live.\n\nCheers,\nTom\nHarbour 101.2 FM",
        "Thursday's show",
        "",
    ),
    # Dutch podcast
    (
        "Hoi Sam,\n\nLeuk dat je meedoet! Het interview voor aflevering 17 staat op donderdag "
        "26 november om 18.00 uur. Onze luisteraars zijn erg benieuwd naar je verhaal over "
        "solliciteren in de zorg.\n\nGroet,\nJoost",
        "Opname aflevering 17",
        "",
    ),
]


@pytest.mark.parametrize(("body", "subject", "parts"), GUEST_MAIL)
def test_a_show_booking_a_guest_is_no_interview(body: str, subject: str, parts: str) -> None:
    raw = mail(body, subject=subject, frm="Host <host@show.example>", extra_parts=parts)
    assert kind(raw) == "unrelated"


def test_a_media_company_hiring_still_books_its_interview() -> None:
    body = (
        "Hi Sam,\n\nThank you for applying for the Podcast Producer role. I'm pleased to "
        "confirm your interview with our head of audio on Thursday 26 November at 6pm GMT at "
        "our studio.\n\nBest,\nJane\nTalent Acquisition, Harbour Media"
    )
    assert kind(mail(body, subject="Interview confirmation - Podcast Producer")) == (
        "interview_scheduled"
    )


# --- an offer's health benefits and hiring checks are no medical appointment ----------------

OFFERS_WITH_BENEFITS = [
    # the offer names no post: only the package, whose "medical/dental" is no appointment
    (
        "Hi Sam,\n\nGreat news - the team would love to have you on board at Harbour Hotels! "
        "Your offer letter is attached. In short: $52,000 a year, medical/dental/vision from "
        "day one and a 401(k) match.\n\nPlease sign by Friday.\n\nDana",
        "Your offer",
    ),
    (
        "Hola Sam:\n\nNos da mucho gusto hacerte llegar la carta oferta para el puesto de "
        "Jefe de Almacén. Incluye seguro de gastos médicos mayores y vales de despensa. La "
        "contratación queda sujeta al examen médico de ingreso.\n\nSaludos,\nRecursos Humanos",
        "Carta oferta - Jefe de Almacén",
    ),
    (
        "Bonjour Sam,\n\nSuite à nos échanges, nous avons le plaisir de vous adresser votre "
        "promesse d'embauche pour le poste de technicien de maintenance. Elle est soumise à la "
        "visite médicale d'embauche auprès de notre médecin du travail.\n\nCordialement,\n"
        "Service RH",
        "Promesse d'embauche",
    ),
    (
        "Dear Sam,\n\nGreat news: I'm pleased to attach your written offer. It is conditional "
        "on references and a pre-employment medical with our occupational health team, and "
        "includes private health insurance.\n\nBest,\nPriya",
        "Offer",
    ),
]


@pytest.mark.parametrize(("body", "subject"), OFFERS_WITH_BENEFITS)
def test_an_offer_naming_health_benefits_stays_an_offer(body: str, subject: str) -> None:
    assert kind(mail(body, subject=subject)) == "offer"


def test_a_dentist_mentioning_a_dental_plan_is_still_an_appointment() -> None:
    body = (
        "Hello Sam,\n\nThis is a reminder of your check-up with Dr Patel at Riverside Dental "
        "on Tuesday 10 November at 3pm. Your dental plan covers this visit.\n\nRiverside Dental"
    )
    raw = mail(body, subject="Appointment reminder", frm="Riverside <hello@riverside.example>")
    assert kind(raw) == "unrelated"
