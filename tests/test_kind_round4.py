"""Kind rules, round 4: general causes found on fresh mail, pinned by mail of our own.

Each rule is tested with differently worded mail (registers, sectors, languages) and with the
near miss it must not swallow, so the rule is about the reason, not one set's words.
"""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail as _mail
from classifymail import rules_kind as kind

mail = partial(_mail, subject="Your application", message_id="<t@acme.example>")


# --- a refusal that holds only if the candidate hears nothing is no rejection ---------------

NO_NEWS_RECEIPTS = [
    # English, public sector ATS, condition mid-sentence
    (
        "Dear Sam,\n\nThank you for submitting your application for the post of Ward Clerk "
        "(ref 88-WC-12).\n\nOwing to the number of applications we receive, if you have not "
        "heard from us within four weeks of the closing date, please assume that your "
        "application has not been successful on this occasion.\n\nRecruitment Team",
        "Application submitted: Ward Clerk",
    ),
    # English, retail, "should you not be contacted"
    (
        "Hi Sam,\n\nThanks for applying for the Store Supervisor role at Brightmart. We have "
        "received your application.\n\nShould you not be contacted by 30 November, your "
        "application was unfortunately not shortlisted.\n\nBrightmart Careers",
        "We've got your application",
    ),
    # German
    (
        "Sehr geehrte Frau Sam,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin. Ihre "
        "Bewerbung ist bei uns eingegangen.\n\nAufgrund der hohen Zahl an Zuschriften gilt: "
        "falls Sie innerhalb von vier Wochen nichts von uns hören, konnten wir Ihre "
        "Bewerbung leider nicht "
        "berücksichtigen.\n\nIhr Personalteam",
        "Eingangsbestätigung Ihrer Bewerbung",
    ),
    # French
    (
        "Bonjour Sam,\n\nNous avons bien reçu votre candidature pour le poste d'assistant "
        "comptable.\n\nCompte tenu du volume, sans nouvelles de notre part d'ici trois semaines, "
        "votre candidature n'aura malheureusement pas été retenue.\n\nLe service RH",
        "Accusé de réception de votre candidature",
    ),
    # Spanish
    (
        "Hola Sam,\n\nGracias por tu candidatura al puesto de técnico de almacén. Hemos "
        "recibido tu candidatura.\n\nDebido al volumen, si no recibes "
        "noticias nuestras en 15 días, entiende que lamentablemente tu candidatura no ha "
        "sido seleccionada.\n\nEquipo de Talento",
        "Hemos recibido tu candidatura",
    ),
    # Dutch
    (
        "Beste Sam,\n\nBedankt voor je sollicitatie als magazijnmedewerker. We hebben je "
        "sollicitatie ontvangen.\n\nVanwege het grote aantal reacties: als je binnen "
        "drie weken niets van ons hebt gehoord, dan gaan we helaas niet verder met je "
        "sollicitatie.\n\nTeam Werving",
        "Ontvangstbevestiging sollicitatie",
    ),
]


@pytest.mark.parametrize(("body", "subject"), NO_NEWS_RECEIPTS)
def test_refusal_conditional_on_silence_is_no_rejection(body: str, subject: str) -> None:
    assert kind(mail(body, subject=subject)) == "application_received"


@pytest.mark.parametrize(
    "body",
    [
        # the decision itself, then a conditional line about the future: still a rejection
        "Dear Sam,\n\nThank you for interviewing for the Ward Clerk post. Unfortunately we "
        "will not be progressing your application further. If you have not heard from us "
        "about other vacancies, do keep an eye on our site.\n\nRecruitment Team",
        "Hallo Sam,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
        "Kandidatin entschieden haben. Vielen Dank für Ihre Zeit im Vorstellungsgespräch.\n\n"
        "Ihr Personalteam",
    ],
)
def test_a_decided_refusal_stays_a_rejection(body: str) -> None:
    assert kind(mail(body)) == "rejection"


# --- a show's guest is no candidate: the audience, the episode, the microphone -------------


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


# --- a part-timer's automatic answer on a day off is an auto-reply ---------------------------

PART_TIME_REPLIES = [
    "Thank you for your email.\n\nMy working days are Monday to Wednesday. I will respond to "
    "your email when I am next in the office.\n\nKind regards\nLorraine",
    "Vielen Dank für Ihre Nachricht.\n\nMeine Arbeitstage sind Dienstag bis Donnerstag. Ich "
    "melde mich an meinem nächsten Arbeitstag bei Ihnen.\n\nFreundliche Grüße\nPetra",
    "Merci pour votre message.\n\nMes jours de travail sont le lundi et le mardi. Je vous "
    "répondrai dès mon prochain jour travaillé.\n\nBien à vous,\nAnne",
    "Bedankt voor je bericht.\n\nMijn werkdagen zijn maandag tot en met woensdag. Ik reageer "
    "op mijn eerstvolgende werkdag.\n\nMet vriendelijke groet,\nEls",
]


@pytest.mark.parametrize("body", PART_TIME_REPLIES)
def test_a_part_timers_day_off_reply_is_an_auto_reply(body: str) -> None:
    raw = mail(
        body,
        subject="RE: Interview 26/11 (Data Analyst)",
        headers="X-Auto-Response-Suppress: All\r\n",
    )
    assert kind(raw) == "auto_reply"


def test_a_recruiter_saying_she_works_part_time_is_no_auto_reply() -> None:
    body = (
        "Hi Sam,\n\nThanks for your message. I work part-time, so sorry for the slow answer. "
        "Could you send me two or three slots next week for the interview with Tom?\n\nBest,\n"
        "Lorraine, Talent Partner"
    )
    assert kind(mail(body, subject="RE: Interview (Data Analyst)")) == "interview_request"


# --- "the interview will take place" books it; only a negated one calls it off --------------


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nI am pleased to invite you to an interview for the Policy Officer post. "
        "The interview will take place on Thursday 12 November 2026 at 10:00 at our offices, "
        "2 Quay Street.\n\nYours sincerely,\nRecruitment Unit",
        "Hi Sam,\n\nQuick update on your interview for the Site Engineer role: despite the "
        "strike, the panel is going ahead as planned on Thursday 12 November at 2pm.\n\n"
        "Thanks,\nMo",
    ],
)
def test_an_interview_said_to_take_place_is_booked(body: str) -> None:
    assert kind(mail(body, subject="Interview - Thursday 12 November")) == "interview_scheduled"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nI'm sorry to tell you that the interview for the Policy Officer post will "
        "not take place on Thursday as the panel chair is unwell. We will be in touch with a "
        "new date.\n\nRecruitment Unit",
        "Hi Sam,\n\nApologies, but the call for the Site Engineer role can't go ahead tomorrow. "
        "I'll come back to you with new times.\n\nMo",
    ],
)
def test_an_interview_that_will_not_take_place_is_cancelled(body: str) -> None:
    assert kind(mail(body, subject="Your interview")) == "interview_cancelled"


# --- the post given to someone else, however the process is named --------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks again for Thursday. After a lot of back and forth we have decided "
        "to make an offer to another candidate whose background is a closer fit.\n\nBest,\nLukas",
        "Dear Sam,\n\nThe panel has decided to extend the offer to another applicant on this "
        "occasion. Thank you for the time you gave us.\n\nHR Team",
        "Hi Sam,\n\nThis was a hard one. In the end we decided to continue the procedure for "
        "the Data Engineer (Consultancy) role with another candidate who has more client "
        "experience.\n\nWarm regards,\nYara",
        "Hola Sam,\n\nGracias por tu tiempo en el proceso. Después de revisar tu perfil, el "
        "equipo decidió avanzar con candidatos cuya experiencia se ajusta más a lo que "
        "buscamos.\n\nSaludos,\nTalento",
        "Hola Sam:\n\nTras las entrevistas, optamos por seguir con personas cuyo perfil encaja "
        "mejor con el puesto. Te deseamos mucho éxito.\n\nRecursos Humanos",
    ],
)
def test_the_post_going_to_someone_else_is_a_rejection(body: str) -> None:
    assert kind(mail(body, subject="Your application")) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nGood news: we have decided to proceed to the final round with you and "
        "another candidate. Could you send me two or three slots next week?\n\nBest,\nLukas",
        "Hi Sam,\n\nWe have decided to move the panel for the Data Engineer role to Friday, "
        "alongside another candidate's. Does 10am still suit you?\n\nYara",
    ],
)
def test_going_on_with_the_candidate_and_another_is_no_rejection(body: str) -> None:
    assert kind(mail(body, subject="Next steps")) != "rejection"


# --- "we'll tell you if you are invited" invites no one yet ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nThank you for the call last Thursday. We are still meeting candidates "
        "for the Consultant position. We will inform you within two weeks if you are invited "
        "for the case interview with our partners.\n\nKind regards,\nSophie",
        "Bonjour Sam,\n\nMerci pour notre échange. Nous rencontrons encore quelques candidats "
        "pour le poste de juriste et nous vous dirons d'ici vendredi si vous êtes convoqué à "
        "l'entretien final.\n\nCordialement,\nClaire",
        "Hi Sam,\n\nThanks for your patience with the Analyst role. The hiring manager is "
        "reviewing the shortlist this week and I'll let you know whether you're invited to "
        "the panel interview.\n\nBest,\nRuth",
    ],
)
def test_telling_later_if_the_candidate_is_invited_is_a_reply(body: str) -> None:
    assert kind(mail(body, subject="Your application - next steps")) == "employer_reply"
