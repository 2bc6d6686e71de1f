"""Three things that read like a job's step but are none, whatever job words surround them.

A practice interview or an exam sitting names the meeting itself as a rehearsal or a test:
the careers adviser's mock interview names the role practised for and its "case interview",
an exam's admit card its certificate and its "assessment centre", so a role or a stage named
does not make it an interview; only the reader's own application does. An office in a club
(a captain, a treasurer, a board seat) offered or refused is a member's, not a job. A seller
asking for a call to show what their product saves is a pitch, not a recruiter's request.
Worded afresh in several sectors and languages, with real steps that must stay what they are.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body", "frm"),
    [
        # practice interviews, booked by a careers service, a coach or a bootcamp
        (
            "Booking confirmed: practice interview",
            "Hi Sam,\n\nYour practice interview is confirmed for Thursday 12 November at 3pm "
            "with Dana Reyes, Careers Consultant. Bring the advert for the Product Manager role "
            "you are applying for and we'll run a full case interview.\n\nCity University "
            "Careers",
            "City Careers <careers@cityuni.example>",
        ),
        (
            "Votre entretien blanc",
            "Bonjour Sam,\n\nVotre entretien blanc est confirmé le mardi 17 novembre à 14h avec "
            "notre consultante. Préparez-vous comme pour un vrai entretien de recrutement pour "
            "un poste de chef de projet.\n\nL'équipe de l'école",
            "Ecole Supérieure <carrieres@esup.example>",
        ),
        (
            "Termin: Probe-Vorstellungsgespräch",
            "Hallo Sam,\n\nhiermit bestätigen wir dein Probevorstellungsgespräch am Montag, "
            "16. November um 10:00 Uhr. Wir üben das Gespräch für die Stelle als "
            "Sachbearbeiterin, auf die du dich bewirbst.\n\nDein Bewerbungscoaching-Team",
            "Coaching <termine@bewerbungscoach.example>",
        ),
        (
            "Confirmación: simulacro de entrevista",
            "Hola Sam:\n\nTu simulacro de entrevista queda confirmado para el jueves 19 de "
            "noviembre a las 11:00. Trae la oferta del puesto de analista que te interesa.\n\n"
            "Servicio de Orientación",
            "Orientación <empleo@uni.example>",
        ),
        # an exam sitting for a certificate
        (
            "Hall ticket - Cloud Practitioner certification",
            "Dear Sam,\n\nYour hall ticket is attached.\n\nExam date: 21 November 2026\n"
            "Reporting time: 09:00\nExam venue: Northgate Assessment Centre, Room 4\n\n"
            "Certification Board",
            "Certification Board <exams@certboard.example>",
        ),
        (
            "Einladung zur Prüfung",
            "Guten Tag Sam,\n\nIhr Prüfungstermin für die Zertifizierung zum geprüften "
            "Projektmanager ist am Samstag, 28. November um 9:00 Uhr. Prüfungsort: "
            "Bildungszentrum Süd, Raum 2.\n\nIHK Prüfungsabteilung",
            "IHK <pruefung@ihk.example>",
        ),
    ],
)
def test_a_rehearsal_or_an_exam_is_no_interview(subject: str, body: str, frm: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body", "frm"),
    [
        (
            "Next season",
            "Hi Sam,\n\nThe committee would like to offer you the vice-captain role for the "
            "second XI next season. Let us know at the AGM.\n\nTom, Club Secretary",
            "Tom <tom.hill@gmail.example>",
        ),
        (
            "Kassenwart",
            "Hallo Sam,\n\nder Vorstand möchte dir das Amt des Kassenwarts anbieten, ab der "
            "neuen Saison. Sag uns bis Freitag Bescheid, ob du annimmst.\n\nViele Grüße\nJens",
            "Jens <jens@tsv-linden.example>",
        ),
        (
            "Capitanía",
            "Hola Sam,\n\nEl equipo B ha votado y nos gustaría ofrecerte el puesto de capitán "
            "para la próxima temporada. ¡Enhorabuena!\n\nMarta",
            "Marta <marta@cdbarrio.example>",
        ),
        (
            "Bestuur",
            "Hoi Sam,\n\nHelaas hebben we voor de functie van penningmeester van de vereniging "
            "voor een ander lid gekozen. Bedankt voor je aanmelding!\n\nHet bestuur",
            "Bestuur <bestuur@hockeyclub.example>",
        ),
    ],
)
def test_a_members_office_is_no_job(subject: str, body: str, frm: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body", "frm"),
    [
        (
            "Quick call?",
            "Hi Sam,\n\nHave you got 20 minutes next week? I'd love to show you how Ledgerly "
            "helps finance teams close the month two days faster. Just pick a time that suits."
            "\n\nMia",
            "Mia Chen <mia@ledgerly.example>",
        ),
        (
            "Kurzer Austausch",
            "Hallo Sam,\n\nhätten Sie nächste Woche 15 Minuten? Ich würde Ihnen gern zeigen, wie "
            "unser Tool Ihrer Personalabteilung jeden Monat Stunden spart. Wann passt es Ihnen?"
            "\n\nLukas",
            "Lukas <lukas@schichtplan.example>",
        ),
        (
            "Un appel rapide ?",
            "Bonjour Sam,\n\nAuriez-vous 15 minutes la semaine prochaine ? J'aimerais vous "
            "montrer comment notre solution fait gagner du temps à vos équipes RH. Dites-moi "
            "quel créneau vous convient.\n\nClaire",
            "Claire <claire@paiefacile.example>",
        ),
    ],
)
def test_a_sellers_pitch_is_no_interview_request(subject: str, body: str, frm: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        # a real interview mail that tells the candidate to practise first
        (
            "Interview - Data Analyst",
            "Hi Sam,\n\nThanks for your application for the Data Analyst role. Your interview "
            "is confirmed for Thursday 12 November at 10:00 with Priya and me. If it helps, "
            "our careers page has practice interview questions.\n\nJo Park\nTalent Partner",
            "Jo Park <jo.park@northwind.example>",
            "interview_scheduled",
        ),
        # an employer's aptitude test booked for the reader's own application
        (
            "Your application: assessment day",
            "Dear Sam,\n\nThank you for your application for the Graduate Engineer post. We are "
            "pleased to confirm your assessment day on Wednesday 18 November at 9:30, exam room "
            "3, Halden House.\n\nRecruitment Team, Halden Rail",
            "Halden Rail Recruitment <recruitment@haldenrail.example>",
            "interview_scheduled",
        ),
        # a paid post at a club, offered as a job
        (
            "Head Coach - offer",
            "Dear Sam,\n\nWe are delighted to offer you the position of Head Coach at Riverside "
            "Rugby Club from the start of next season, on a salary of £38,000. Your contract "
            "follows.\n\nAnn Lowe, Chief Executive",
            "Ann Lowe <ann.lowe@riversiderugby.example>",
            "offer",
        ),
        (
            "Your application - Club Treasurer",
            "Dear Sam,\n\nThank you for applying for the Finance Officer role at Riverside. "
            "Unfortunately we have decided not to progress your application.\n\nHR team",
            "HR <hr@riversideleisure.example>",
            "rejection",
        ),
        # a software firm's recruiter who also sells nothing: an interview request stays one
        (
            "Your application - Account Manager",
            "Hi Sam,\n\nThanks for applying for the Account Manager role. I'd love to show you "
            "how our team works: could we set up a 30-minute interview next week? Let me know "
            "which day suits.\n\nMia, Talent Acquisition",
            "Mia Chen <mia@ledgerly.example>",
            "interview_request",
        ),
    ],
)
def test_real_steps_stay_what_they_are(subject: str, body: str, frm: str, want: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want


def test_the_rules_know_a_pitch_for_what_it_is() -> None:
    """Not a fallback ("no job context") that a word model may overrule, but a reading."""
    raw = mail(
        "Hola Sam,\n\n¿Tienes 15 minutos la semana que viene? Me encantaría mostrarte cómo "
        "nuestra app ahorra horas a los equipos de nóminas. Dime qué hueco te viene bien.\n\n"
        "Pablo",
        subject="¿Una llamada rápida?",
        frm="Pablo <pablo@nominapp.example>",
    )
    assert "context:sales" in rules_only(parse_message(raw)).reasons
