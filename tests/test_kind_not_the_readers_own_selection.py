"""Mail with an interview, an audition or a refusal that is no step of the reader's own job
search: the reader is asked to interview someone else (as an interviewer, on the jury), an
agency sends the reader, its client, a shortlist for the reader's own opening, an office
interviews the reader for their naturalisation, a choir, an amateur stage or a club auditions
or trials members, and a university refuses a place on a course. None of these gets a
drafting kind; a candidate's own invitation with the same words still does."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind

DRAFTING = {"interview_scheduled", "rejection", "offer"}

LOOK_ALIKES = [
    # the reader as an interviewer (five languages)
    (
        "Gespräch Donnerstag",
        "Hallo Sam,\n\nam Donnerstag, 12.11., um 14:00 Uhr kommt Frau Petra Lange zum "
        "Vorstellungsgespräch für die Stelle Teamleitung Einkauf. Könntest du als "
        "Zweitinterviewer dabei sein? Ihre Unterlagen schicke ich dir gleich.\n\nGruß\nMarco, HR",
        "Marco <marco@kesselwerk.example>",
    ),
    (
        "Panel on Friday",
        "Hi Sam,\n\nWould you be able to sit in as an interviewer on Friday 13 November at "
        "11:00? We are seeing Daniel Osei for the Site Lead vacancy; I'll cover motivation, you "
        "the operations questions.\n\nThanks, Priya (Talent)",
        "Priya <priya@harbourline.example>",
    ),
    (
        "Recrutement technicien",
        "Bonjour Sam,\n\nPour rappel, vous faites partie du jury le jeudi 12 novembre à 9h30 "
        "pour le recrutement d'un technicien de maintenance. Le candidat, M. Hugo Benali, "
        "présentera son parcours pendant 10 minutes.\n\nCordialement,\nService RH",
        "RH <rh@usine-marne.example>",
    ),
    (
        "Entrevista martes",
        "Hola Sam:\n\n¿Podrías participar como entrevistador el martes 10 de noviembre a las "
        "12:00? La candidata es Marta Ruiz, para el puesto de analista de compras.\n\nGracias,"
        "\nLucía (RRHH)",
        "Lucía <lucia@ibercarga.example>",
    ),
    (
        "Gesprek woensdag",
        "Hoi Sam,\n\nWoensdag 11 november om 15:00 spreken we met Joris de Wit voor de functie "
        "planner. Kun jij als tweede interviewer aanschuiven?\n\nGroet,\nEls, HR",
        "Els <els@polderlog.example>",
    ),
    # an agency's shortlist for the reader's own opening
    (
        "Candidates for your opening",
        "Hi Sam,\n\nPlease find below the shortlist for your Warehouse Supervisor role:\n\n"
        "- Aisha Kone - interview booked Wednesday 11 November 09:00\n- Tom Reilly - "
        "interview booked Wednesday 11 November 11:00\n\nLet me know who you'd like to "
        "progress.\n\nKind regards,\nBen, Staffline Partners",
        "Ben <ben@staffline.example>",
    ),
    # naturalisation / citizenship interviews
    (
        "Termin zur Vorsprache",
        "Sehr geehrte Frau Sam,\n\nzu Ihrem Antrag auf Einbürgerung laden wir Sie zu einem "
        "Gespräch am Dienstag, 17. November 2026, um 9:00 Uhr ein. Bringen Sie bitte Ihren "
        "Pass mit.\n\nMit freundlichen Grüßen\nStadtverwaltung",
        "Stadt <einbuergerung@stadt.example>",
    ),
    (
        "Uitnodiging gesprek",
        "Beste Sam,\n\nIn verband met uw aanvraag voor naturalisatie nodigen wij u uit voor "
        "een gesprek op dinsdag 17 november om 10:15 uur.\n\nMet vriendelijke groet,\nGemeente",
        "Gemeente <burgerzaken@gemeente.example>",
    ),
    (
        "Your appointment",
        "Dear Sam,\n\nYour citizenship interview is scheduled for Monday 16 November 2026 at "
        "2:30 PM. Please bring your passport; the civics test follows the interview.\n\n"
        "Immigration Services",
        "Immigration <notices@immigration.example>",
    ),
    # amateur auditions, castings, trials
    (
        "Audition time",
        "Hi Sam,\n\nThanks for your interest in joining the community choir! Your audition is "
        "on Thursday 12 November at 7:30 pm at St Mary's hall. Bring a short piece you "
        "like.\n\nBest, Helen (choir secretary)",
        "Helen <helen@valleysingers.example>",
    ),
    (
        "Votre audition",
        "Bonjour Sam,\n\nMerci pour votre candidature à notre chorale amateur. Votre audition "
        "est confirmée pour le samedi 14 novembre à 15h00, salle paroissiale. Préparez un air "
        "de votre choix.\n\nAnne",
        "Anne <anne@voixdulac.example>",
    ),
    (
        "Einladung zum Vorspielen",
        "Hallo Sam,\n\ndanke für deine Bewerbung beim Jugendorchester Am Fluss. Wir laden "
        "dich zum Vorspielen am Freitag, 13.11., um 18:00 Uhr ein.\n\nViele Grüße\nKarin",
        "Karin <karin@jugendorchester.example>",
    ),
    (
        "Casting",
        "Hola Sam:\n\nGracias por presentarte al casting de nuestro grupo de teatro. Te "
        "esperamos el sábado 14 de noviembre a las 17:00 para la audición.\n\nUn abrazo,\nPablo",
        "Pablo <pablo@teatrobarrio.example>",
    ),
    (
        "Sichtungstraining",
        "Hallo Sam,\n\ndanke für deine Anmeldung zum Probetraining der ersten Mannschaft. Wir "
        "erwarten dich am Samstag, 14.11., um 10 Uhr am Vereinsgelände.\n\nSportliche Grüße",
        "Trainer <trainer@tsv-nord.example>",
    ),
    (
        "Selection result",
        "Hi Sam,\n\nThanks for coming to the club trials last weekend. Unfortunately you "
        "haven't been selected for the first squad this season; we'd love to see you at "
        "development training.\n\nCoach Dee",
        "Coach <coach@riversidehockey.example>",
    ),
    # a university refusing a course place
    (
        "Décision",
        "Madame, Monsieur,\n\nNous avons le regret de vous informer que votre candidature en "
        "master Économie appliquée n'a pas été retenue pour la rentrée universitaire "
        "2027.\n\nLe service scolarité",
        "Scolarité <scolarite@univ.example>",
    ),
    (
        "Your application",
        "Dear Sam,\n\nThank you for your application to the MSc Data Science programme. "
        "Unfortunately we are unable to offer you a place this year.\n\nAdmissions",
        "Admissions <admissions@uni.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "frm"), LOOK_ALIKES)
def test_no_step_of_the_readers_own_search(subject: str, body: str, frm: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) not in DRAFTING


CONTROLS = [
    # a colleague joins the candidate's interview as interviewer: still the reader's interview
    (
        "Interview confirmed",
        "Hi Sam,\n\nThanks for confirming. Your interview for the Site Lead role is on Friday "
        "13 November at 11:00 at our Leeds office. Priya Shah will join as the technical "
        "interviewer.\n\nBest, Tom, Harbourline",
        "Tom <tom@harbourline.example>",
        "interview_scheduled",
    ),
    (
        "Entretien",
        "Bonjour Sam,\n\nSuite à votre candidature au poste de technicien, nous vous "
        "convions à un entretien devant le jury de sélection le jeudi 12 novembre à 9h30 dans "
        "nos locaux.\n\nCordialement,\nService RH",
        "RH <rh@usine-marne.example>",
        "interview_scheduled",
    ),
    (
        "Sollicitatie",
        "Beste Sam,\n\nBedankt voor uw sollicitatie op de vacature planner. Wij nodigen u uit "
        "voor een gesprek op woensdag 11 november om 15:00 uur.\n\nMet vriendelijke groet,\nEls",
        "Els <els@polderlog.example>",
        "interview_scheduled",
    ),
]


@pytest.mark.parametrize(("subject", "body", "frm", "want"), CONTROLS)
def test_the_readers_own_interview_stays(subject: str, body: str, frm: str, want: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want


def _forward(cover: str, frm: str, inner_to: str, inner: str, subject: str) -> bytes:
    body = (
        f"{cover}\n\n---------- Forwarded message ---------\nFrom: Careers "
        f"<careers@northpeak.example>\nDate: Mon, 2 Nov 2026 at 09:12\nSubject: {subject}\n"
        f"To: {inner_to}\n\n{inner}"
    )
    return mail(body, subject=f"Fwd: {subject}", frm=frm)


_REFUSAL = (
    "Dear Lea,\n\nThank you for applying for the Buyer position. After careful consideration "
    "we have decided not to progress your application.\n\nNorthpeak Talent Team"
)
_ABSAGE = (
    "Liebe Lea,\n\nvielen Dank für Ihre Bewerbung als Einkäuferin. Leider müssen wir Ihnen "
    "mitteilen, dass wir uns für andere Bewerber entschieden haben.\n\nNorthpeak Recruiting"
)
_INVITE = (
    "Hola Lea:\n\nNos gustaría invitarte a una entrevista para el puesto de compradora el "
    "martes 10 de noviembre a las 10:00 en nuestras oficinas.\n\nNorthpeak RR. HH."
)
LEA = "Lea Brandt <lea.brandt@mailbox.example>"


@pytest.mark.parametrize(
    ("cover", "inner", "subject"),
    [
        ("Got this this morning :( what would you change in my CV?", _REFUSAL, "Your application"),
        (
            "Hab heute diese Absage bekommen. Hast du einen Tipp für mich?",
            _ABSAGE,
            "Ihre Bewerbung",
        ),
        ("¡Mira! Me han escrito por mi candidatura. ¿Qué me preguntarán?", _INVITE, "Entrevista"),
    ],
)
def test_a_friends_forward_of_their_own_news(cover: str, inner: str, subject: str) -> None:
    assert rules_kind(_forward(cover, LEA, LEA, inner, subject)) == "unrelated"


def test_a_recruiter_relaying_the_clients_invitation_stays() -> None:
    inner = (
        "Hi Lea,\n\nWe'd like to meet Sam for an interview for the Buyer role on Tuesday 10 "
        "November at 10:00 at our Leeds office.\n\nNorthpeak Talent Team"
    )
    cover = "Hi Sam, got this from the client - they'd like to meet you! Does Tuesday work?"
    raw = _forward(cover, LEA, LEA, inner, "Interview request")
    assert rules_kind(raw) != "unrelated"


def test_the_readers_own_forward_from_another_account_stays() -> None:
    own = "Sam Okoro <sam.okoro@oldjob.example>"
    raw = _forward("Got this today, saving it here.", own, own, _REFUSAL, "Your application")
    assert rules_kind(raw) == "rejection"
