"""Asked onto the panel that interviews others: the reader sits on a hiring panel for a post
("agreed to join the panel for the Head of Finance role", "in der Auswahlrunde mitmachst",
"siéger au jury", "participar en el panel de selección", "aanschuiven in de
selectiecommissie"), or is sent an interviewer's tools (the candidates' CVs, a scoring sheet).
The interviews are other people's. A hiring manager inviting the reader to a panel interview
is the reader's own interview."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Staff Nurse interviews",
            "Hello Sam,\n\nMany thanks for saying yes to sitting on the panel for our Staff Nurse "
            "vacancy. Interviews run on Wednesday 11 November from 9:30; the candidates' CVs and "
            "the marking grid are attached.\n\nRegards,\nLinda\nHR",
        ),
        (
            "Interviews Friday",
            "Hi Sam,\n\nGreat that you can be part of the panel for the Lab Technician post. We "
            "see four applicants on Friday 13 November, starting at 09:00 in room 2.14.\n\nOla",
        ),
        (
            "Auswahlgespräche Dienstag",
            "Hallo Sam,\n\ndanke, dass du in der Auswahlrunde für die Stelle als Controller "
            "mitmachst. Wir sprechen am Dienstag, 10. November mit drei Bewerbern: 10:00 Frau "
            "Lang, 11:00 Herr Ott, 14:00 Frau Kim. Die Lebensläufe findest du im Anhang.\n\nPetra",
        ),
        (
            "Jury de recrutement",
            "Bonjour Sam,\n\nMerci d'avoir accepté de siéger au jury pour le poste de responsable "
            "comptable. Nous recevons trois candidats le mardi 10 novembre à partir de 10h. Vous "
            "trouverez les CV des candidats en pièce jointe.\n\nBien à vous,\nRH",
        ),
        (
            "Panel de selección",
            "Hola Sam:\n\nGracias por aceptar participar en el panel de selección del puesto de "
            "jefe de ventas. Entrevistaremos a tres candidatos el martes 10 de noviembre a las "
            "10:00.\n\nUn saludo,\nRRHH",
        ),
        (
            "Selectiecommissie",
            "Hoi Sam,\n\nBedankt dat je wilt aanschuiven in de selectiecommissie voor de vacature "
            "van controller. We spreken dinsdag 10 november om 10:00 drie kandidaten.\n\nHR",
        ),
    ],
)
def test_the_reader_on_the_hiring_panel(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="People Team <people@employer.example>")
    assert rules_kind(raw) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nThank you for applying for the Head of Finance role. You are invited to a "
        "panel interview on Tuesday 10 November at 10:00 at our Leeds office. The panel will be "
        "Grace Mwangi, Tom Reyes and me.\n\nBest,\nAmir Haddad\nFinance Director",
        "Hi Sam,\n\nThanks for your application for the Staff Nurse post. We'd like you to meet "
        "our interview panel on Wednesday 11 November at 09:30; please bring photo ID.\n\nLinda",
        "Dear Sam,\n\nThank you for applying. Please join the panel for the final interview on "
        "Tuesday 10 November at 10:00 in our Leeds office.\n\nBest,\nAmir Haddad",
        "Dear Sam,\n\nYou'll join the panel for a 45-minute conversation about the Head of "
        "Finance role on Tuesday 10 November at 10:00.\n\nBest,\nAmir Haddad",
    ],
)
def test_a_panel_interview_of_the_reader_stays_booked(body: str) -> None:
    raw = mail(body, subject="Your interview", frm="Hiring <hiring@employer.example>")
    assert rules_kind(raw) == "interview_scheduled"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nAs hiring manager for requisition R-3391, please note that candidate Omar "
        "Farouk has withdrawn from the process. The interview with you on Friday 13 November at "
        "10:00 is cancelled.\n\nTalent Acquisition",
        "Hallo Sam,\n\nKandidatin Lena Roth hat ihre Bewerbung zurückgezogen. Das Gespräch mit "
        "dir am Freitag, 13. November um 10 Uhr entfällt daher.\n\nHR",
        "Bonjour Sam,\n\nLa candidate Anne Roy a retiré sa candidature : l'entretien prévu avec "
        "vous vendredi 13 novembre à 10h est annulé.\n\nRH",
        "Hola Sam:\n\nEl candidato Luis Gil ha retirado su candidatura, así que la entrevista "
        "contigo del viernes 13 de noviembre a las 10:00 queda cancelada.\n\nRRHH",
        "Hoi Sam,\n\nKandidaat Sanne Visser heeft zich teruggetrokken, dus het gesprek met jou op "
        "vrijdag 13 november om 10:00 vervalt.\n\nHR",
    ],
)
def test_a_named_candidates_withdrawal_reported_to_the_reader(body: str) -> None:
    raw = mail(body, subject="Candidate update", frm="Talent <talent@employer.example>")
    assert rules_kind(raw) == "unrelated"


def test_the_readers_own_interview_cancelled_stays_cancelled() -> None:
    body = (
        "Hi Sam,\n\nI'm sorry: the hiring manager is unwell, so your interview for the Analyst "
        "role on Friday 13 November at 10:00 is cancelled. We'll be in touch with new times."
        "\n\nTalent Acquisition"
    )
    raw = mail(body, subject="Interview cancelled", frm="Talent <talent@employer.example>")
    assert rules_kind(raw) == "interview_cancelled"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Tuesday interviews",
            "Hi Sam,\n\nI've put you down to sit in on the interviews for the Payroll Officer post "
            "on Tuesday 10 November at 9:30 in room 4. We've shortlisted four applicants.\n\nMo",
        ),
        (
            "Gespräche Dienstag",
            "Hallo Sam,\n\nkannst du bei den Vorstellungsgesprächen für die Controller-Stelle am "
            "Dienstag, 10. November um 10 Uhr dabei sein? Wir haben drei Bewerber eingeladen."
            "\n\nPetra",
        ),
        (
            "Entretiens mardi",
            "Bonjour Sam,\n\nPouvez-vous assister aux entretiens des candidats pour le poste de "
            "comptable le mardi 10 novembre à 10h ?\n\nRH",
        ),
        (
            "Entrevistas martes",
            "Hola Sam:\n\nTe he apuntado para estar en las entrevistas de los candidatos al puesto "
            "de contable el martes 10 de noviembre a las 10:00.\n\nRRHH",
        ),
        (
            "Gesprekken dinsdag",
            "Hoi Sam,\n\nKun je dinsdag 10 november om 10:00 aanschuiven bij de "
            "sollicitatiegesprekken voor de functie van controller?\n\nHR",
        ),
    ],
)
def test_asked_to_sit_in_on_other_peoples_interviews(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="People Team <people@employer.example>")
    assert rules_kind(raw) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nThank you for your interview for the Controller post. After the interviews "
        "with all applicants we have decided to offer the role to another candidate.\n\nHR",
        "Hallo Sam,\n\nnach den Gesprächen mit allen Bewerbern haben wir uns leider für eine "
        "andere Kandidatin entschieden.\n\nPersonalabteilung",
    ],
)
def test_a_rejection_after_interviews_with_all_applicants_stays(body: str) -> None:
    raw = mail(body, subject="Your application", frm="HR <hr@employer.example>")
    assert rules_kind(raw) == "rejection"
