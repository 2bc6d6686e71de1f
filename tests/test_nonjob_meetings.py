"""Interviews and bookings in a job's words that are no step of the reader's own
application: an exit interview, a probation review, a one-to-one, a viva, a witness statement,
a fostering assessment, a benefits assessment, a study's, a podcast's, a scholarship's, a
consulate's, a landlord's or an admissions interview, and the reader booked to interview a
candidate (in English, German, French, Spanish and Dutch). No thank-you is drafted for them."""

from __future__ import annotations

import pytest

from classifymail import kind, mail, rules_kind

DRAFTING = {"interview_scheduled", "rejection", "offer"}

LOOKALIKES = [
    pytest.param(
        "Interview für unser Magazin",
        "Lena Berg <l.berg@techmagazin.example>",
        (
            "Hallo Sam,\n\ndanke für die Zusage! Das Interview für die Dezember-Ausgabe führen "
            "wir am Dienstag, 10. November um 11 Uhr per Zoom.\n\nLena, Redaktion"
        ),
        id="press-de",
    ),
    pytest.param(
        "Interview",
        "Sanne Visser <sanne@dagblad.example>",
        (
            "Hoi Sam,\n\nLeuk dat je mee wilt werken aan ons artikel over thuiswerken. Het "
            "interview is op woensdag 11 november om 10:00 uur.\n\nSanne, redactie Dagblad"
        ),
        id="press-nl",
    ),
    pytest.param(
        "Besichtigungstermin",
        "Hausverwaltung Meyer <info@hv-meyer.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nwir bestätigen Ihren Termin für die "
            "Wohnungsbesichtigung am Dienstag, 10. November um 17 Uhr.\n\nHausverwaltung Meyer"
        ),
        id="de-wohnung-iv",
    ),
    pytest.param(
        "Gesprek kandidaat",
        "Recruitment <recruitment@lumenworks.example>",
        (
            "Hoi Sam,\n\nWil jij het gesprek met kandidaat Daan de Wit doen op dinsdag 10 "
            "november om 14:00? Het cv zit in de bijlage.\n\nGroet,\nRecruitment"
        ),
        id="hiring-side-nl",
    ),
    pytest.param(
        "Entretien candidate",
        "Recrutement <recrutement@lumenworks.example>",
        (
            "Salut Sam,\n\nPeux-tu faire passer l'entretien de Chloé Martin mardi 10 novembre à "
            "14h ? Son CV est en pièce jointe.\n\nMerci,\nRecrutement"
        ),
        id="hiring-side-fr",
    ),
    pytest.param(
        "Entrevista candidata",
        "Selección <seleccion@lumenworks.example>",
        (
            "Hola Sam:\n\n¿Puedes hacer la entrevista a Lucía Gómez el martes 10 de noviembre a "
            "las 10:00? Te adjunto su CV.\n\nSelección"
        ),
        id="hiring-side-es",
    ),
    pytest.param(
        "Re: Exit interview",
        "Priya Shah <priya.shah@lumenworks.example>",
        (
            "Hi Sam,\n\nThursday at 2pm works - see you in the Oak room then.\n\nPriya\n\nOn "
            "Tue, 3 Nov 2026, Sam <sam@example.org> wrote:\n> Hi Priya, happy to do the exit "
            "interview before I leave. Would Thursday at 2pm work?\n"
        ),
        id="exit-thread-en",
    ),
    pytest.param(
        "Jury summons",
        "Jury Central Summoning <jury@courts.example>",
        (
            "Dear Sam,\n\nYou have been selected for jury service. Please attend Leeds Crown "
            "Court on Thursday 12 November at 9:30am.\n\nJury Central Summoning Bureau"
        ),
        id="jury-en",
    ),
    pytest.param(
        "Your donation appointment",
        "Give Blood <noreply@blood.example>",
        (
            "Hi Sam,\n\nYour blood donation appointment is confirmed for Thursday 12 November "
            "at 10:15am at Leeds Donor Centre.\n\nGive Blood"
        ),
        id="blood-en",
    ),
    pytest.param(
        "Driving test booking confirmation",
        "DVSA <noreply@dvsa.example>",
        (
            "Dear Sam,\n\nYour car driving test is booked for Thursday 12 November at 11:27am "
            "at Leeds (Harehills) test centre.\n\nDVSA"
        ),
        id="driving-test-en",
    ),
    pytest.param(
        "Exit interview",
        "HR <hr@lumenworks.example>",
        (
            "Hi Sam,\n\nAs you prepare to leave Lumenworks, we'd like to invite you to an exit "
            "interview with Priya from HR on Thursday 12 November at 2pm. It's your chance to "
            "share feedback about your time here.\n\nThanks,\nHR"
        ),
        id="exit-en",
    ),
    pytest.param(
        "Austrittsgespräch",
        "Personalabteilung <personal@lumenworks.example>",
        (
            "Liebe Sam,\n\nzu deinem Ausscheiden möchten wir gern ein Austrittsgespräch führen. "
            "Passt dir Donnerstag, 12. November um 14 Uhr?\n\nViele Grüße\nPersonal"
        ),
        id="exit-de",
    ),
    pytest.param(
        "Entretien de départ",
        "RH <rh@lumenworks.example>",
        (
            "Bonjour Sam,\n\nDans le cadre de ton départ, nous te proposons un entretien de "
            "sortie le jeudi 12 novembre à 14h avec Claire.\n\nBonne journée,\nLes RH"
        ),
        id="exit-fr",
    ),
    pytest.param(
        "Entrevista de salida",
        "RRHH <rrhh@lumenworks.example>",
        (
            "Hola Sam:\n\nCon motivo de tu salida de la empresa, te citamos para una entrevista "
            "de salida el jueves 12 de noviembre a las 14:00.\n\nUn saludo,\nRRHH"
        ),
        id="exit-es",
    ),
    pytest.param(
        "Exitgesprek",
        "HR <hr@lumenworks.example>",
        (
            "Hoi Sam,\n\nOmdat je binnenkort vertrekt, plannen we graag een exitgesprek in op "
            "donderdag 12 november om 14:00 uur.\n\nGroet,\nHR"
        ),
        id="exit-nl",
    ),
    pytest.param(
        "Your coaching session is confirmed",
        "BetterCoach <sessions@bettercoach.example>",
        (
            "Hi Sam,\n\nYour coaching session with Anna Reyes is confirmed for Tuesday 10 "
            "November at 10:00 (45 minutes). Join via the link below.\n\nBetterCoach"
        ),
        id="coaching-en",
    ),
    pytest.param(
        "Your interview slot",
        "Dr Helen Moss <h.moss@uni-leeds.example>",
        (
            "Dear Sam,\n\nThank you for volunteering for our study on remote working. Your "
            "interview is confirmed for Tuesday 10 November at 2pm on Teams and will last about "
            "45 minutes. As a thank you you'll receive a £20 voucher.\n\nBest wishes,\nHelen "
            "Moss\nSchool of Psychology"
        ),
        id="study-en",
    ),
    pytest.param(
        "Viva arrangements",
        "Graduate School <pgr@uni-york.example>",
        (
            "Dear Sam,\n\nYour viva voce examination has been scheduled for Thursday 12 "
            "November at 10am in Room B/204. Your examiners are Prof. Alan Hart and Dr Ruth "
            "Osei.\n\nGraduate School Office"
        ),
        id="viva-en",
    ),
    pytest.param(
        "Admissions interview invitation",
        "MBA Admissions <mba@lbs.example>",
        (
            "Dear Sam,\n\nCongratulations, the Admissions Committee would like to invite you to "
            "interview for the Full-Time MBA programme. Your interview is scheduled for 12 "
            "November at 3pm with an alumna.\n\nMBA Admissions"
        ),
        id="mba-en",
    ),
    pytest.param(
        "Probation review",
        "Karen Wells <karen.wells@lumenworks.example>",
        (
            "Hi Sam,\n\nI've booked your six-month probation review for Friday 13 November at "
            "11am in the Birch room. Please fill in the self-assessment beforehand.\n\nKaren"
        ),
        id="probation-en",
    ),
    pytest.param(
        "Witness statement",
        "PC Mark Dunn <mark.dunn@police.example>",
        (
            "Dear Sam,\n\nThank you for agreeing to give a witness statement about the incident "
            "on Oxford Road. I can interview you at the station on Wednesday 11 November at "
            "4pm.\n\nPC Dunn"
        ),
        id="witness-en",
    ),
    pytest.param(
        "Fostering assessment visit",
        "Fostering Team <fostering@bristol.example>",
        (
            "Dear Sam,\n\nThank you for your application to become a foster carer. Your social "
            "worker will visit for the first assessment interview on Wednesday 11 November at "
            "10am.\n\nFostering Team"
        ),
        id="fostering-en",
    ),
    pytest.param(
        "Candidate interview - Backend Engineer",
        "Greenhouse <no-reply@greenhouse.example>",
        (
            "Hi Sam,\n\nYou've been scheduled to interview Jordan Lee for the Backend Engineer "
            "role on Tuesday 10 November at 3pm. Please submit your scorecard within 24 "
            "hours.\n\nGreenhouse"
        ),
        id="hiring-side-en",
    ),
    pytest.param(
        "Enregistrement",
        "Julie Martin <julie@ondesverte.example>",
        (
            "Bonjour Sam,\n\nMerci d'avoir accepté l'interview ! Je te confirme "
            "l'enregistrement de l'épisode jeudi 12 novembre à 15h.\n\nJulie"
        ),
        id="podcast-fr",
    ),
    pytest.param(
        "Your PIP assessment",
        "Assessment Services <appointments@assessments.example>",
        (
            "Dear Sam,\n\nYour Personal Independence Payment assessment has been booked for "
            "Thursday 12 November at 9:30am. A health professional will call you.\n\nAssessment "
            "Services"
        ),
        id="benefits-en",
    ),
    pytest.param(
        "Interview zu Ihrer Nutzung",
        "Team Lumo <research@lumo.example>",
        (
            "Hallo Sam,\n\nvielen Dank, dass Sie an unserem Kundeninterview teilnehmen. Der "
            "Termin ist am Dienstag, 10. November um 15 Uhr. Als Dankeschön erhalten Sie einen "
            "Gutschein über 25 Euro.\n\nTeam Lumo"
        ),
        id="customer-interview-de",
    ),
    pytest.param(
        "Cita en el consulado",
        "Consulado <citas@consulado.example>",
        (
            "Estimada Sam:\n\nSu entrevista para el visado queda confirmada para el 12 de "
            "noviembre a las 9:00.\n\nConsulado General"
        ),
        id="embassy-es",
    ),
    pytest.param(
        "Kennismaking woning",
        "Verhuur <verhuur@stadswonen.example>",
        (
            "Beste Sam,\n\nJe bent uitgenodigd voor een kennismakingsgesprek voor de woning aan "
            "de Keizersgracht op dinsdag 10 november om 18:00.\n\nStadswonen"
        ),
        id="tenant-interview-nl",
    ),
    pytest.param(
        "Shortlisted: Turing Scholarship",
        "Scholarships Office <scholarships@turingtrust.example>",
        (
            "Dear Sam,\n\nCongratulations! You have been shortlisted for interview for the "
            "Turing Scholarship. Your interview is on Wednesday 11 November at "
            "11am.\n\nScholarships Office"
        ),
        id="scholarship-iv-en",
    ),
    pytest.param(
        "1:1 moved",
        "Karen Wells <karen.wells@lumenworks.example>",
        "Hi Sam,\n\nMoving our weekly 1:1 to Thursday at 3pm this week.\n\nKaren",
        id="one-to-one-en",
    ),
    pytest.param(
        "Interview onderzoek",
        "Dr. Eva Smit <e.smit@uva.example>",
        (
            "Beste Sam,\n\nBedankt voor je deelname aan ons onderzoek naar thuiswerken. Het "
            "interview staat gepland op dinsdag 10 november om 14:00 uur. Je ontvangt een "
            "cadeaubon.\n\nEva"
        ),
        id="research-nl",
    ),
    pytest.param(
        "Grabación del episodio",
        "Radio Sur <produccion@radiosur.example>",
        (
            "Hola Sam:\n\nTe confirmo la entrevista para el episodio del martes 10 de noviembre "
            "a las 18:00 en nuestro estudio.\n\nProducción"
        ),
        id="podcast-es",
    ),
    pytest.param(
        "Vorladung zur Zeugenvernehmung",
        "Polizei <kripo@polizei.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nbitte erscheinen Sie am Mittwoch, 11. November um 10 "
            "Uhr zur Zeugenvernehmung auf unserer Dienststelle.\n\nKriminalpolizei"
        ),
        id="police-de",
    ),
    pytest.param(
        "Interview mit Kandidatin",
        "Personio <noreply@personio.example>",
        (
            "Hallo Sam,\n\nbitte führe das Interview mit der Kandidatin Lea Braun für die "
            "Stelle als Backend-Entwicklerin am Dienstag, 10. November um 15 Uhr. Bitte gib "
            "danach dein Feedback ab.\n\nPersonio"
        ),
        id="hiring-side-de",
    ),
    pytest.param(
        "Einladung zum Auswahlgespräch",
        "Studienstiftung <auswahl@stiftung.example>",
        (
            "Liebe Sam,\n\nwir freuen uns, Sie zum Auswahlgespräch für das Stipendium am "
            "Freitag, 13. November um 11 Uhr einzuladen.\n\nIhre Stiftung"
        ),
        id="scholarship-iv-de",
    ),
]


@pytest.mark.parametrize(("subject", "frm", "body"), LOOKALIKES)
def test_a_look_alike_gets_no_drafting_kind(subject: str, frm: str, body: str) -> None:
    raw = mail(body, subject=subject, frm=frm)
    assert rules_kind(raw) not in DRAFTING
    assert kind(raw) not in DRAFTING
