"""classify(): which kind a job mail is, once it is known to be one.

Each test pins one general reason a careful reader tells a request from a booking, a
cancellation, a receipt or an outcome, with wordings, registers and languages of its own
(written for the rule, not taken from any dev set).
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Tue, 17 Nov 2026 10:00:00 +0000",
    message_id="<ks@acme.example>",
)


# --- asking to meet ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # someone's title "of X" is no "whether X ..." (Dutch "of" = whether)
        (
            "Product Lead role",
            "Hi Sam,\n\nOur VP of Product, Marco Ruiz, would love to have a call with you about "
            "the Product Lead role.\n\nBest,\nJane",
        ),
        (
            "Re: Site Supervisor",
            "Morning Sam,\n\nThe Director of Operations at Brightwater, Ms Okafor, wants to set "
            "up a video call with you about the Site Supervisor post.\n\nCheers,\nJane",
        ),
        # "ob Sie" addresses the candidate: it asks
        (
            "Ihre Bewerbung als Controller",
            "Sehr geehrte/r Sam,\n\nkönnten Sie mir bitte mitteilen, ob Sie nächste Woche Zeit "
            "für ein kurzes Telefonat haben?\n\nFreundliche Grüße\nJane Doe",
        ),
        # the wish to hold an interview, said in each language
        (
            "Proceso de selección - Jefe/a de Cocina",
            "Hola Sam:\n\nGracias por tu candidatura. Nos gustaría tener una entrevista contigo "
            "por videollamada para conocerte mejor.\n\nUn saludo,\nJane",
        ),
        (
            "Votre candidature - Chargé de clientèle",
            "Bonjour Sam,\n\nVotre parcours nous intéresse : nous aimerions organiser un premier "
            "échange avec vous dans les prochains jours.\n\nBien à vous,\nJane",
        ),
        (
            "Ihre Bewerbung als Projektleiter",
            "Hallo Sam,\n\nvielen Dank für Ihre Unterlagen. Wir möchten gerne ein erstes "
            "Gespräch mit Ihnen führen, gern auch per Video.\n\nViele Grüße\nJane Doe",
        ),
        (
            "Je sollicitatie als Teamleider",
            "Hoi Sam,\n\nLeuk dat je hebt gesolliciteerd. We willen graag een "
            "kennismakingsgesprek met je voeren.\n\nGroet,\nJane",
        ),
        # times asked for by other names
        (
            "Re: Field Engineer",
            "Hi Sam,\n\nThe client liked your CV. Could you send me two or three windows next "
            "week when you could talk to their team lead?\n\nThanks,\nJane",
        ),
        (
            "Warehouse Manager - next step",
            "Hi Sam,\n\nThe ops director has a few openings on Wednesday and Thursday - grab "
            "whichever slot suits you here: https://calendly.com/acme-ops/30min\n\nJane",
        ),
        (
            "Candidatura - Analista de datos",
            "Hola Sam:\n\nEl responsable del equipo quiere conocerte. ¿Qué disponibilidad tienes "
            "para una llamada esta semana?\n\nSaludos,\nJane",
        ),
    ],
)
def test_asking_to_meet_in_other_words_is_a_request(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_request"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for the take-home. Once the team has reviewed it, we'll set up a "
        "final interview with our CEO.\n\nBest,\nJane",
        "Hallo Sam,\n\ndanke für die Arbeitsprobe. Sobald die Fachabteilung sie geprüft hat, "
        "möchten wir Sie gern zu einem abschließenden Gespräch einladen.\n\nGrüße\nJane",
        "Hoi Sam,\n\nDank voor je opdracht. Zodra het team je uitwerking heeft bekeken, plannen "
        "we een laatste gesprek in.\n\nGroet,\nJane",
    ],
)
def test_a_step_after_something_pending_is_no_request_yet(body: str) -> None:
    assert kind(mail(body, subject="Re: Data Analyst - take-home")) == "employer_reply"


def test_once_again_still_opens_an_invitation() -> None:
    body = (
        "Hi Sam,\n\nOnce again, thanks for applying. We would like to invite you to an interview "
        "for the Data Analyst role; could you let me know your availability?\n\nJane"
    )
    assert kind(mail(body, subject="Data Analyst")) == "interview_request"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks again for the call yesterday. The salary band for this role is "
        "£48k-£52k plus bonus - does that work for you?\n\nJane",
        "Hallo Sam,\n\ndanke für das nette Telefonat. Das Gehalt liegt bei 65.000 € brutto im "
        "Jahr - passt Ihnen das?\n\nGrüße\nJane",
        "Bonjour Sam,\n\nMerci pour notre appel. Le salaire proposé est de 52k€ brut annuel, "
        "est-ce que cela vous conviendrait ?\n\nJane",
    ],
)
def test_whether_the_jobs_terms_work_asks_about_the_job(body: str) -> None:
    assert kind(mail(body, subject="Re: Operations Coordinator")) == "employer_reply"


def test_a_fit_question_that_names_a_time_still_asks_for_it() -> None:
    body = (
        "Hi Sam,\n\nThanks for the call. To go through the salary and the contract, would "
        "Tuesday at 3pm work?\n\nJane"
    )
    assert kind(mail(body, subject="Re: Operations Coordinator")) == "interview_request"


# --- several times to pick from, a deadline: not a booking -----------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Einladung zum Vorstellungsgespräch - Sachbearbeiter",
            "Sehr geehrte/r Sam,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch ein. "
            "Bitte suchen Sie sich im Portal einen der freien Termine aus: Dienstag, 01.12.2026, "
            "oder Donnerstag, 03.12.2026, jeweils ab 09:00 Uhr.\n\nMit freundlichen Grüßen",
        ),
        (
            "Interview invitation - Payroll Officer",
            "Dear Sam,\n\nWe are pleased to invite you to interview. Please choose one of the "
            "available slots in the portal: Tuesday 1 December or Thursday 3 December, from "
            "9:00am.\n\nRecruitment Team",
        ),
        (
            "Invitation à un entretien - Comptable",
            "Bonjour Sam,\n\nNous avons le plaisir de vous inviter à un entretien. Merci de "
            "choisir l'un des créneaux proposés : mardi 1er décembre ou jeudi 3 décembre à partir "
            "de 9h.\n\nLe service RH",
        ),
        (
            "Video interview - Retail Supervisor",
            "Hi Sam,\n\nHarbour Stores has invited you to complete a one-way video interview "
            "for the Retail Supervisor role. Record your answers whenever suits you, but finish "
            "before your link expires on Friday 20 November 2026 at 17:00.\n\nThe hiring team",
        ),
    ],
)
def test_times_to_pick_from_or_a_deadline_are_a_request(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_request"


# --- a time fixed ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "AW: Ihre Bewerbung als Buchhalter",
            "Hallo Sam,\n\nvielen Dank für Ihre Terminvorschläge. Wir halten Mittwoch, den "
            "25.11., um 10:00 Uhr fest. Das Gespräch findet bei uns im Büro statt.\n\nGrüße\nJane",
        ),
        (
            "Re: Interview - Support Lead",
            "Hi Sam,\n\nThanks for sending over your availability. Let's go with Thursday 26 "
            "November at 2pm for the call with Priya.\n\nJane",
        ),
        (
            "Re: Entretien - Assistant RH",
            "Bonjour Sam,\n\nMerci pour vos disponibilités. C'est noté pour jeudi 26 novembre à "
            "14h pour l'entretien avec Claire.\n\nJane",
        ),
        (
            "Re: Onsite interview",
            "Hi Sam,\n\nHere is your schedule for the onsite interview on Monday 30 November "
            "2026.\n\n10:00 - 10:45 Team lead conversation\n10:45 - 11:30 Technical exercise\n\n"
            "Jane",
        ),
        (
            "Updated: Systems design round",
            "Hi Sam,\n\nYour Systems Design round for the Platform Engineer role at Quarry "
            "Labs has been rescheduled.\n\nWednesday, 25 November 2026 · 3:00 - 4:00 PM GMT\n"
            "Interviewer: Ola Berg\n\nNeed a different time? Just reply.\n\nJane",
        ),
    ],
)
def test_a_time_taken_or_laid_out_is_scheduled(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_scheduled"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your onsite interview - Thursday 3 December",
            "Hi Sam,\n\nWe can't wait to host you for the final round. Your schedule is below "
            "(all times UK).\n\nThursday, 3 December 2026\n09:30 - 10:15 Meet the team lead\n"
            "10:30 - 11:30 Case exercise\n\nSee you soon,\nPeople Team",
        ),
        (
            "Ihr Vorstellungsgespräch am 3. Dezember",
            "Hallo Sam,\n\nwir freuen uns auf Ihren Besuch. Ihren Ablaufplan finden Sie unten."
            "\n\nDonnerstag, 03.12.2026\n09:30 - 10:15 Uhr Gespräch mit der Teamleitung\n"
            "10:30 - 11:30 Uhr Fallstudie\n\nViele Grüße\nPersonalabteilung",
        ),
        (
            "Votre entretien du 3 décembre",
            "Bonjour Sam,\n\nVous trouverez ci-dessous votre programme pour la journée.\n\n"
            "Jeudi 3 décembre 2026\n09h30 - 10h15 Entretien avec la responsable d'équipe\n"
            "10h30 - 11h30 Étude de cas\n\nÀ bientôt,\nL'équipe RH",
        ),
    ],
)
def test_an_interview_day_laid_out_for_the_candidate_is_scheduled(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_scheduled"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for your availability. Please confirm your preferred interview slot "
        "no later than Friday 20 November at 12:00 so we can send the invitation.\n\nJane",
        "Hi Sam,\n\nYour application has been received. Our interview schedule is below: "
        "interviews take place on Monday 7 December 2026 from 9am, and we'll let shortlisted "
        "candidates know by Friday.\n\nJane",
        "Hallo Sam,\n\ndanke für Ihre Terminvorschläge. Wir stimmen uns intern ab und melden "
        "uns mit einem Termin, spätestens bis Freitag, 20.11., 12:00 Uhr.\n\nJane",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Die Vorstellungsgespräche finden am "
        "Montag, 07.12.2026, ab 9 Uhr statt; die ausgewählten Bewerber informieren wir bis "
        "Freitag.\n\nJane",
        "Bonjour Sam,\n\nMerci pour votre candidature. Les entretiens auront lieu le lundi 7 "
        "décembre 2026 à partir de 9h ; nous informerons les candidats retenus.\n\nJane",
        "Hi Sam,\n\nThanks for applying. Interviews are scheduled for Monday 7 December 2026 "
        "from 9am; shortlisted candidates will hear from us by Friday.\n\nJane",
    ],
)
def test_a_deadline_or_a_plan_for_others_books_nothing(body: str) -> None:
    assert kind(mail(body, subject="Re: Interview - Data Analyst")) != "interview_scheduled"


def test_the_candidates_own_interviews_taking_place_are_booked() -> None:
    body = (
        "Hi Sam,\n\nGood news: your final interviews will take place on Monday 7 December 2026 "
        "at 10:00 at our Leeds office, with Priya and Tom.\n\nJane"
    )
    assert kind(mail(body, subject="Final interviews - Data Analyst")) == "interview_scheduled"


def test_slots_held_while_the_candidate_picks_are_not_booked() -> None:
    body = (
        "Hi Sam,\n\nPlease pick one of the times below for your interview; we'll hold these "
        "slots for 48 hours.\n\n- Monday 23 November, 9:00 AM\n- Tuesday 24 November, 2:00 PM"
        "\n\nJane"
    )
    assert kind(mail(body, subject="Choose your interview time")) == "interview_request"


# --- cancelled ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Beste Sam,\n\nHelaas moet ik ons gesprek van woensdag 25 november om 14.30 uur "
        "afzeggen. Ik neem contact op voor een nieuwe afspraak.\n\nJane",
        "Hallo Sam,\n\nleider müssen wir das Gespräch am 25.11. um 10.30 Uhr absagen, da die "
        "Teamleiterin erkrankt ist.\n\nGrüße\nJane",
        "Hi Sam,\n\nSorry - our interview on 25.11. at 10.30 is cancelled; the panel chair is "
        "off sick. I'll be in touch about a new date.\n\nJane",
    ],
)
def test_a_cancelled_meeting_whose_time_has_dots_is_cancelled(body: str) -> None:
    assert kind(mail(body, subject="Ons gesprek / Unser Gespräch / Our interview")) == (
        "interview_cancelled"
    )


# --- receipts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Eingangsbestätigung",
            "Guten Tag Sam,\n\nvielen Dank für Ihr Interesse. Ihre Bewerbungsunterlagen sind "
            "vollständig bei uns eingegangen. Wir melden uns, sobald es Neuigkeiten gibt.",
        ),
        (
            "Candidature envoyée",
            "Bonjour Sam,\n\nVotre candidature au poste de Comptable chez Maison Verrier a bien "
            "été envoyée. Si votre profil correspond, l'équipe vous contactera.",
        ),
        (
            "Recibimos tu postulación",
            "Hola Sam:\n\n¡Gracias por postular! Si tu experiencia se ajusta a lo que buscamos, te "
            "llamaremos para agendar una entrevista.",
        ),
        (
            "Application received",
            "Hello Sam,\n\nThank you for your interest in Larchfield Homes and for your "
            "application. If your background lines up with what the team needs, we'll be in "
            "touch to arrange an interview.",
        ),
    ],
)
def test_an_automatic_receipt_in_other_words_is_application_received(
    subject: str, body: str
) -> None:
    raw = mail(body, subject=subject, frm="Careers <no-reply@jobs.acme.example>")
    assert kind(raw) == "application_received"


# --- outcomes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Sam!\n\nStill grinning after today. We'd love to have you join Brightloom as our Head "
        "of Design. Numbers below, the paperwork follows.\n\nJo",
        "Hi Sam,\n\nWe'd love you to join as our second engineer - €70k base plus options. "
        "Formal contract comes through next week.\n\nJo",
        "Hi Sam,\n\nGreat news: the team was unanimous and we're keen to have you on board as "
        "our new Operations Lead. The formal offer letter will follow tomorrow.\n\nJo",
    ],
)
def test_the_wish_to_hire_in_other_words_is_an_offer(body: str) -> None:
    assert kind(mail(body, subject="Re: after today")) == "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nFollowing your application chat, we'd love to have you join us as a guest "
        "speaker at our community meetup in December.\n\nJo",
        "Hi Sam,\n\nWhile your application is with the team, we'd love to have you on board as "
        "a beta tester for the new scheduling app.\n\nJo",
    ],
)
def test_joining_as_a_guest_or_a_tester_is_no_offer(body: str) -> None:
    assert kind(mail(body, subject="Re: your application")) != "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Sam,\n\nAprès étude de votre dossier, nous ne sommes pas en mesure de donner "
        "une suite favorable à votre candidature.\n\nL'équipe RH",
        "Bonjour Sam,\n\nLe recruteur a mis à jour votre candidature.\n\nPoste : Analyste "
        "financier\nStatut : Candidature non retenue\n\nL'équipe",
    ],
)
def test_a_french_decision_not_to_proceed_is_a_rejection(body: str) -> None:
    assert kind(mail(body, subject="Votre candidature")) == "rejection"
