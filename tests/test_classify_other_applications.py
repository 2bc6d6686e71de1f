"""classify(): a refusal or an offer of another thing applied for is no job's outcome.

A person knows such mail is not about a job because it names the thing applied for: the flat,
the apartment, the Wohnung, the logement, the woning; a club's membership or a Verein; a
child's place at a school or a place on a course. Written for the rules in five languages, not
taken from any dev set; each family has counter-cases where the same words sit around a real
job (a housing association's post, a serviced apartment in a relocation, a gym membership as a
perk, an office on the 12th floor, a club or a school as the employer).
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from classifymail import ME, kind

mail = partial(classifymail.mail, message_id="<oa@acme.example>")


def rules_kind(raw: bytes) -> str:
    return rules_only(parse_message(raw), me=(ME,)).kind


# --- homes: the flat or house applied for, viewed or let -------------------------------------

HOMES = [
    (  # US rental, a tour rather than a viewing
        "Re: 14 Elm Street",
        "Hi Sam,\n\nThanks for applying and for touring the apartment on Tuesday. Unfortunately "
        "the owner has decided to move forward with another applicant whose move-in date "
        "suited better.\n\nBest,\nKim",
    ),
    (  # German Wohnung, Mietinteressenten
        "Ihre Anfrage Lindenstraße 12",
        "Sehr geehrter Herr Sam,\n\nvielen Dank für Ihr Interesse an der Wohnung in der "
        "Lindenstraße. Leider müssen wir Ihnen mitteilen, dass wir uns für andere "
        "Mietinteressenten entschieden haben.\n\nMit freundlichen Grüßen\nHausverwaltung Roth",
    ),
    (  # Québec French: "avons retenu" a tenant for the logement
        "Votre demande - 4 1/2 rue Saint-Denis",
        "Bonjour Sam,\n\nMerci d'avoir visité le logement samedi. Nous sommes désolés de vous "
        "informer que nous avons retenu une autre candidature pour ce bail.\n\nCordialement,\n"
        "Gestion Laurier",
    ),
    (  # Dutch huurwoning assigned to someone else
        "Je reactie op de woning aan de Kade 8",
        "Beste Sam,\n\nBedankt voor je reactie en de bezoek aan de woning. Helaas hebben we "
        "besloten om verder te gaan met een andere kandidaat.\n\nMet vriendelijke groet,\nEva",
    ),
    (  # Spanish: an offer of the flat, not of a job
        "Su solicitud - piso en Gran Vía",
        "Estimado Sam:\n\nNos complace ofrecerle el piso de Gran Vía: la propiedad ha aceptado "
        "su candidatura. Le enviaremos el contrato de alquiler esta semana.\n\n"
        "Un saludo,\nMarta",
    ),
]


@pytest.mark.parametrize(("subject", "body"), HOMES)
def test_a_home_refused_or_offered_is_unrelated(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="Agent <agent@homes.example>")
    assert rules_kind(raw) == "unrelated"
    assert kind(raw) == "unrelated"


# --- clubs and societies: membership asked for --------------------------------------------------

CLUBS = [
    (  # Dutch rowing club, no "aanvraag voor lidmaatschap" in so many words
        "Je aanmelding",
        "Beste Sam,\n\nHelaas moeten we je laten weten dat we je op dit moment niet kunnen "
        "toelaten als lid: onze roeivereniging heeft een ledenstop tot het voorjaar.\n\n"
        "Met sportieve groet,\nHet bestuur",
    ),
    (  # English golf club committee
        "Your application",
        "Dear Sam,\n\nThank you for your application. We regret that the club committee was "
        "unable to approve your application to become a full member this season.\n\n"
        "Yours sincerely,\nThe Secretary",
    ),
    (  # German Verein
        "Ihr Aufnahmewunsch",
        "Hallo Sam,\n\nleider können wir Ihre Bewerbung um Aufnahme in unserem Ruderverein "
        "derzeit nicht berücksichtigen.\n\nViele Grüße\nDer Vorstand",
    ),
    (  # French club: adhésion accepted
        "Votre adhésion",
        "Bonjour Sam,\n\nNous avons le plaisir de vous annoncer que votre candidature d'adhésion a "
        "été retenue. Bienvenue parmi nous !\n\nLe bureau",
    ),
]


@pytest.mark.parametrize(("subject", "body"), CLUBS)
def test_a_club_membership_refused_or_granted_is_unrelated(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="Club <secretary@club.example>")
    assert rules_kind(raw) == "unrelated"
    assert kind(raw) == "unrelated"


# --- places at a school or on a course ---------------------------------------------------------

PLACES = [
    (  # the applicant is the user's daughter
        "Admission outcome",
        "Dear Sam,\n\nWe are sorry to tell you that we are unable to offer your daughter a "
        "place this term, as Year 3 is now full.\n\nAdmissions",
    ),
    (  # French school: the admissions committee's refusal
        "Demande d'admission",
        "Madame,\n\nAprès examen de la candidature de votre fille par la commission d'admission, "
        "nous sommes au regret de ne pouvoir donner une suite favorable à votre demande.\n\n"
        "Le secrétariat",
    ),
    (  # a university place for a year's entry
        "Decision on your application",
        "Dear Sam,\n\nI am delighted to offer you a place for September 2027 entry. Please "
        "accept the offer through the applicant portal.\n\nAdmissions Office",
    ),
    (  # Spanish: su hijo
        "Solicitud de plaza",
        "Estimada familia:\n\nLamentamos comunicarle que su hijo no ha sido seleccionado y "
        "no podemos ofrecerle plaza para el próximo curso. Agradecemos su candidatura.\n\n"
        "Secretaría",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PLACES)
def test_a_school_or_course_place_is_unrelated(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="School <office@school.example>")
    assert rules_kind(raw) == "unrelated"
    assert kind(raw) == "unrelated"


# --- counter-cases: the same words around a real job ------------------------------------------

JOBS = [
    (  # a housing association's post
        "rejection",
        "Your application",
        "Dear Sam,\n\nThank you for applying for the Tenancy Officer position. Unfortunately "
        "we have decided to move forward with other candidates whose experience of managing "
        "the flat allocations process was closer to our needs.\n\nKind regards,\nHR",
    ),
    (  # a relocation's serviced apartment in an offer
        "offer",
        "Your offer",
        "Hi Sam,\n\nWe are delighted to offer you the Data Engineer role! We'll also book a "
        "serviced apartment for your first month in Lisbon.\n\nBest,\nAna",
    ),
    (  # a gym membership as a perk
        "offer",
        "Offer - Account Manager",
        "Dear Sam,\n\nWe are pleased to offer you the Account Manager position. Benefits "
        "include private health cover and a gym membership.\n\nBest wishes,\nTom",
    ),
    (  # a flat structure
        "offer",
        "Good news",
        "Hi Sam,\n\nWe're a small team with a flat structure, and we'd love to offer you the "
        "Product Designer role.\n\nCheers,\nMia",
    ),
    (  # a football club as the employer
        "rejection",
        "Groundsperson vacancy",
        "Dear Sam,\n\nThank you for applying for the Groundsperson position at the club. We "
        "have decided to proceed with other candidates. The club committee wishes you well.\n\n"
        "Regards,\nHR",
    ),
    (  # a Dutch club as the employer
        "rejection",
        "Je sollicitatie",
        "Beste Sam,\n\nBedankt voor je sollicitatie voor de functie van verenigingsmanager bij "
        "onze hockeyvereniging. Helaas hebben we besloten om verder te gaan met een andere "
        "kandidaat.\n\nMet vriendelijke groet,\nHet bestuur",
    ),
    (  # a school as the employer
        "rejection",
        "Votre candidature",
        "Bonjour Sam,\n\nMerci pour votre candidature au poste de professeur des écoles. Nous "
        "sommes au regret de ne pouvoir donner une suite favorable à votre demande.\n\n"
        "La direction",
    ),
    (  # a German offer that helps with the Wohnungssuche
        "offer",
        "Ihr Angebot",
        "Hallo Sam,\n\nwir freuen uns, Ihnen die Stelle als Entwickler anbieten zu können. Bei "
        "der Wohnungssuche unterstützen wir Sie gern.\n\nViele Grüße\nJana",
    ),
]


@pytest.mark.parametrize(("want", "subject", "body"), JOBS)
def test_the_same_words_around_a_job_keep_its_outcome(want: str, subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="Recruiting <jobs@employer.example>")
    assert rules_kind(raw) == want


def test_an_office_floor_is_no_flat() -> None:
    """ "piso 12" is where the interview is, not a flat applied for."""
    raw = mail(
        "Hola Sam:\n\nTe confirmamos la entrevista el jueves 12 de noviembre a las 10:00 en "
        "nuestras oficinas de Paseo de la Castellana 95, piso 12.\n\nUn saludo,\nLaura",
        subject="Entrevista - Analista de datos",
        frm="Laura <laura@employer.example>",
    )
    assert rules_kind(raw) == "interview_scheduled"
