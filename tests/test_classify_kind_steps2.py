"""classify(): which kind a job mail is, more general reasons (fourth round).

Each test pins one reason a careful reader uses, with wordings, registers and languages of
its own (written for the rule, not taken from any dev set), and counter-cases where the
same words mean something else.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Tue, 17 Nov 2026 10:00:00 +0000",
    message_id="<ks2@acme.example>",
)


# --- rejections: the one other person chosen ---------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Plant Manager - Ayrshire",
            "Hi Sam,\n\nThanks for coming up to the site last week. After a lot of back and "
            "forth the directors chose to give the job to her - she has run a plant of this size "
            "before.\n\nAll the best,\nJane",
        ),
        (
            "Your application: Head of Nursing",
            "Dear Sam,\n\nThank you for your time with the panel. The Trust has decided to "
            "appoint internally on this occasion.\n\nKind regards,\nJane Doe",
        ),
        (
            "Ihre Bewerbung als Werkstattleiter",
            "Hallo Sam,\n\nvielen Dank für das Gespräch. Nach reiflicher Überlegung haben wir uns "
            "für einen Bewerber entschieden, der bereits eine Werkstatt dieser Größe geführt "
            "hat.\n\nViele Grüße\nJane Doe",
        ),
        (
            "Ihre Bewerbung - Teamleitung Einkauf",
            "Guten Tag,\n\nwir haben beschlossen, das Auswahlverfahren mit einem Kandidaten "
            "fortzusetzen, dessen Erfahrung im Einkauf etwas breiter ist.\n\nFreundliche Grüße\n"
            "Jane Doe",
        ),
        (
            "Je sollicitatie als verpleegkundige",
            "Beste Sam,\n\nDank voor het fijne gesprek. We hebben uiteindelijk gekozen voor een "
            "kandidaat met meer ervaring in de ouderenzorg.\n\nMet vriendelijke groet,\nJane",
        ),
    ],
)
def test_one_other_person_chosen_is_a_rejection(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "rejection"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a decision still to come is no rejection
        (
            "Ihre Bewerbung als Werkstattleiter",
            "Hallo Sam,\n\nsobald wir uns für einen Bewerber entschieden haben, melden wir uns "
            "bei allen Kandidaten.\n\nViele Grüße\nJane Doe",
        ),
        # the role given to the candidate is an offer
        (
            "Plant Manager - Ayrshire",
            "Hi Sam,\n\nGreat news: the directors have decided to offer the role to you. The "
            "formal offer letter will follow tomorrow.\n\nJane",
        ),
    ],
)
def test_a_pending_choice_or_the_candidate_chosen_is_no_rejection(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) != "rejection"


# --- a rejection denied: the words of refusal are not said ------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Thursday's interview",
            "Hi Sam,\n\nI'm sorry, we have to cancel Thursday's interview as our director is "
            "off sick. Please don't read this as a rejection of your application: we'll send "
            "new times next week.\n\nJane",
        ),
        (
            "Votre entretien de mardi",
            "Bonjour Sam,\n\nNous devons malheureusement annuler l'entretien de mardi. Ce n'est "
            "pas un refus de votre candidature : nous revenons vers vous avec une nouvelle "
            "date.\n\nCordialement,\nJane",
        ),
        (
            "Tu entrevista del jueves",
            "Hola Sam:\n\nTenemos que cancelar la entrevista del jueves por un imprevisto. Esto "
            "no es un rechazo de tu candidatura; te propondremos otra fecha.\n\nUn saludo,\nJane",
        ),
        (
            "Ons gesprek van vrijdag",
            "Beste Sam,\n\nWe moeten het gesprek van vrijdag helaas afzeggen. Dit is geen "
            "afwijzing van je sollicitatie, we plannen snel een nieuw moment.\n\nGroet,\nJane",
        ),
    ],
)
def test_a_cancellation_that_denies_rejecting_is_cancelled(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_cancelled"


# --- offers: revised, passed on by a headhunter, paperwork on its way ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for being straight with me on Friday. I'm glad to get back to you "
        "with an improved offer: base EUR 96,000, a 15% bonus target and 30 days' leave.\n\nJane",
        "Dear Sam,\n\nPlease find attached our revised offer for the Head of Finance role, "
        "reflecting the points we discussed.\n\nKind regards,\nJane",
        "Sam - quick one. The client has authorised me to make you an offer for the plant role "
        "at GBP 88k plus car. Call me when you can.\n\nJane",
        "Hi Sam,\n\nThe whole panel was impressed. The written offer and contract will follow "
        "from our HR team on Monday.\n\nJane",
    ],
)
def test_an_offer_revised_or_passed_on_is_an_offer(body: str) -> None:
    assert kind(mail(body, subject="Re: Head of Finance")) == "offer"


def test_a_revised_offer_only_hoped_for_is_no_offer() -> None:
    body = (
        "Hi Sam,\n\nIf they come back to you with a revised offer, let me know before you "
        "answer.\n\nJane"
    )
    assert kind(mail(body, subject="Re: your interview")) != "offer"


# --- a receipt whose invitation waits on a condition said verb-first --------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Bedankt voor je sollicitatie",
            "Hoi Sam,\n\nBedankt voor je sollicitatie als logistiek medewerker. Sluit je "
            "ervaring aan bij wat we zoeken, dan nodigen we je uit voor een gesprek.\n\nTeam "
            "Werving",
        ),
        (
            "Eingangsbestätigung Ihrer Bewerbung",
            "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Elektroniker. Passt Ihr Profil zu "
            "unseren Anforderungen, laden wir Sie zu einem Vorstellungsgespräch ein.\n\nIhr "
            "Recruiting-Team",
        ),
    ],
)
def test_a_verb_first_condition_asks_nothing_yet(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="Careers <no-reply@jobs.acme.example>")
    assert kind(raw) == "application_received"


# --- availability to start the job is no request to meet ---------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Warehouse Supervisor",
            "Hi Sam,\n\nThe team liked your task. Before the final step, could you send me two "
            "referees and your availability to start?\n\nThanks,\nJane",
        ),
        (
            "Re: Ihre Bewerbung als Buchhalter",
            "Hallo Sam,\n\nbitte schicken Sie mir noch Ihre Verfügbarkeit für einen Eintritt und "
            "Ihre Gehaltsvorstellung.\n\nViele Grüße\nJane",
        ),
        (
            "Re: Votre candidature - comptable",
            "Bonjour Sam,\n\nPourriez-vous m'indiquer vos disponibilités pour une prise de poste "
            "et deux références ?\n\nCordialement,\nJane",
        ),
    ],
)
def test_availability_to_start_is_no_request(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "employer_reply"


def test_availability_for_a_call_is_still_a_request() -> None:
    body = "Hi Sam,\n\nCould you send me your availability for a short call next week?\n\nJane"
    assert kind(mail(body, subject="Re: Warehouse Supervisor")) == "interview_request"


# --- a proposed time said to work, in a thread about meeting ---------------------------------


def _reply(top: str, quoted: str, subject: str) -> bytes:
    body = f"{top}\n\nOn Mon, 16 Nov 2026 at 18:00, Sam <{ME}> wrote:\n\n" + "\n".join(
        f"> {line}" for line in quoted.splitlines()
    )
    return mail(body, subject=subject)


@pytest.mark.parametrize(
    ("top", "quoted", "subject"),
    [
        (
            "Tuesday at 2pm works. Come to the back door on Mill Lane and ask for me.\n\nJane",
            "Hi Jane,\nThanks for thinking of me for the sous chef position - happy to come in and "
            "meet. I could do Tuesday at 2pm or Wednesday morning.\nSam",
            "Re: Sous chef job",
        ),
        (
            "Dienstag um 14 Uhr passt. Bitte melden Sie sich am Empfang.\n\nJane Doe",
            "Hallo Frau Doe,\ndanke für Ihre Nachricht zur Stelle als Elektroniker. Gerne können "
            "wir uns treffen: Dienstag um 14 Uhr oder Mittwoch vormittags.\nSam",
            "Re: Stelle Elektroniker",
        ),
    ],
)
def test_a_proposed_time_said_to_work_is_booked(top: str, quoted: str, subject: str) -> None:
    assert kind(_reply(top, quoted, subject)) == "interview_scheduled"


def test_a_time_asked_whether_it_works_is_no_booking() -> None:
    raw = _reply(
        "Does Tuesday at 2pm work? Come to the back door if so.\n\nJane",
        "Hi Jane,\nThanks for thinking of me for the sous chef position - happy to come in and "
        "meet.\nSam",
        "Re: Sous chef job",
    )
    assert kind(raw) != "interview_scheduled"


# --- answers written into the quoted mail --------------------------------------------------------


def _outlook_reply(top: str, history: str, subject: str) -> bytes:
    body = (
        f"{top}\n\n________________________________\nFrom: Sam <{ME}>\n"
        f"Sent: Monday, November 16, 2026 6:00 PM\nTo: Jane Doe <jane.doe@acme.example>\n"
        f"Subject: {subject}\n\n{history}"
    )
    return mail(body, subject=f"RE: {subject}")


@pytest.mark.parametrize(
    ("top", "history", "subject"),
    [
        (
            "Hi Sam,\n\nMy replies are inline below, marked =>.\n\nJane",
            "Hi Jane,\nThanks for the invitation to interview for the Site Engineer post.\n"
            "Could we do Thursday or Friday afternoon?\n=> Friday 20 November at 2pm it is, "
            "at our Leith office.\nShould I bring anything?\n=> Just photo ID.\nSam",
            "Site Engineer interview",
        ),
        (
            "Hola Sam:\n\nTe respondo abajo en mayúsculas, voy con prisa.\n\nJane",
            "Hola Jane:\nGracias por invitarme a la entrevista para el puesto de analista.\n"
            "¿Os viene bien el jueves por la mañana?\nEL JUEVES 19 A LAS 10:00 TE ESPERAMOS EN "
            "LA OFICINA, CONFIRMADA LA ENTREVISTA.\nUn saludo,\nSam",
            "Entrevista analista",
        ),
    ],
)
def test_marked_answers_in_an_unmarked_quote_are_read(top: str, history: str, subject: str) -> None:
    assert kind(_outlook_reply(top, history, subject)) == "interview_scheduled"


def test_capitals_in_a_quote_without_a_pointer_are_history() -> None:
    raw = _outlook_reply(
        "Hi Sam,\n\nThanks, I'll come back to you with times shortly.\n\nJane",
        "Hi Jane,\nThanks for the invitation to interview for the Site Engineer post.\n"
        "FRIDAY 20 NOVEMBER AT 2PM IT IS - I HAVE BOOKED THE TRAIN.\nSam",
        "Site Engineer interview",
    )
    msg = parse_message(raw)
    assert classify(msg, me=(ME,)).kind != "interview_scheduled"


def _inline_reply(answers: str, subject: str) -> bytes:
    body = f"Hi Sam,\n\nanswering inline.\n\nOn Mon, 16 Nov 2026 at 18:00, Sam <{ME}> wrote:\n\n"
    return mail(body + answers, subject=subject)


@pytest.mark.parametrize(
    ("answers", "subject"),
    [
        (
            "> Thanks for the invitation to interview. I could do:\n>\n> - Monday 30 November, "
            "afternoon\n\nSorry, I'm away all day then.\n\n> - Thursday 3 December, morning\n\n"
            "Yes - let's say 10:00 at our office, 2 Dock Road.\n\n> Sam\n",
            "Re: Interview - Planner role",
        ),
        (
            "> Merci pour l'invitation à l'entretien. Je suis disponible :\n>\n> - lundi 30 "
            "novembre\n\nCe jour-là je suis en déplacement.\n\n> - mardi 1er décembre "
            "après-midi\n\nParfait, disons 14h30 dans nos locaux.\n\n> Sam\n",
            "Re: Entretien - poste de planificateur",
        ),
    ],
)
def test_an_inline_yes_takes_the_option_it_answers(answers: str, subject: str) -> None:
    assert kind(_inline_reply(answers, subject)) == "interview_scheduled"


def test_inline_refusals_take_no_option() -> None:
    answers = (
        "> Thanks for the invitation to interview. I could do:\n>\n> - Monday 30 November, "
        "afternoon\n\nSorry, I'm away all day then.\n\n> - Thursday 3 December, morning\n\n"
        "Let me check with Priya and come back to you.\n\n> Sam\n"
    )
    assert kind(_inline_reply(answers, "Re: Interview - Planner role")) != "interview_scheduled"


# --- a help desk's automatic ticket for the candidate's email ------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "[#88231] RE: Interview - Store Manager",
            "This is an automated response. Your message has been logged and assigned to a "
            "member of our recruitment team. Please keep the ticket number in the subject.",
        ),
        (
            "[Ticket 4471] AW: Ihre Bewerbung",
            "Dies ist eine automatische Nachricht. Ihre Anfrage wurde erfasst und an das "
            "zuständige Team weitergeleitet.",
        ),
        (
            "[Dossier 3310] RE: Entretien",
            "Ceci est un message automatique. Votre demande a été enregistrée sous la référence "
            "3310 et sera traitée par notre équipe recrutement.",
        ),
        (
            "[Caso 5120] RE: Entrevista",
            "Este es un mensaje automático. Tu consulta ha sido registrada con el número 5120 y "
            "asignada al equipo de selección.",
        ),
    ],
)
def test_a_help_desk_ticket_for_the_candidates_email_is_an_auto_reply(
    subject: str, body: str
) -> None:
    raw = mail(body, subject=subject, frm="Recruiting Desk <helpdesk@acme.example>")
    assert kind(raw) == "auto_reply"


def test_a_person_forwarding_the_email_is_no_auto_reply() -> None:
    body = (
        "Hi Sam,\n\nYour email has been forwarded to the hiring manager for the Store Manager "
        "role; she'll be in touch about the interview.\n\nJane"
    )
    assert kind(mail(body, subject="Re: Interview - Store Manager")) != "auto_reply"


# --- a meeting called off in a word ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Interview - Bar Manager",
            "Sam, sorry - tomorrow's interview is off, the owner has been called away. I'll send "
            "new times next week.\n\nJane",
        ),
        (
            "Re: Call with Priya - Data Lead role",
            "Hi Sam,\n\nBad news on timing: the call with Priya is off for now, she's on a flight "
            "all day. More soon.\n\nJane",
        ),
    ],
)
def test_a_meeting_said_to_be_off_is_cancelled(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_cancelled"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThe interview is off-site this time, at our Leeds depot on Thursday 19 "
        "November at 10am. See you then.\n\nJane",
        "Hi Sam,\n\nYour interview is off to a good start - the panel liked your task. We'll be "
        "in touch.\n\nJane",
    ],
)
def test_off_in_other_senses_cancels_nothing(body: str) -> None:
    assert kind(mail(body, subject="Re: Interview - Bar Manager")) != "interview_cancelled"
