"""classify(): whether a message is about the user's job search at all (unrelated or not).

Written for the rules, not taken from any dev set: each group pins one general reason, in
several registers, sectors and languages, and a counter-case where the reason must not fire.
Relevance is asserted as "not unrelated" wherever the exact kind is another rule's business.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import kind

mail = partial(classifymail.mail, message_id="<r@acme.example>")


# --- a context word as the topic of mail about the user's own application -----------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Growth Marketing Manager - case study",
            "Hi Sam,\n\nThanks for Monday. For the next round we'd like a short case study: how "
            "would you plan our Black Friday campaign and the discount ladder around it? Two "
            "pages is plenty.\n\nPriya\nTalent Partner, Brightloop",
        ),
        (
            "Ihre Bewerbung - nächster Schritt",
            "Hallo Sam,\n\nfür die Stelle als Vertriebsleiterin möchten wir Sie in die zweite "
            "Runde einladen. Bitte bereiten Sie eine kurze Probeaufgabe zu unserer Rabatt-"
            "Strategie vor.\n\nViele Grüße\nJonas Weber",
        ),
        (
            "Prochaine étape",
            "Bonjour Sam,\n\nPour le poste de Responsable CRM, la prochaine étape est un cas "
            "pratique : analyser les chiffres de notre newsletter et proposer trois tests.\n\n"
            "Cordialement,\nClaire Martin\nChargée de recrutement",
        ),
        (
            "Proceso de selección",
            "Hola Sam,\n\npasaste a la siguiente etapa del proceso para el puesto de Técnica "
            "de Sonido. Te mandamos un reto técnico: editar un episodio de nuestro podcast.\n\n"
            "Saludos,\nLucía",
        ),
        (
            "Re: Operator job",
            "Hi Sam,\n\nThanks for the quick call. The final round is at our workshop on the "
            "Harbour Road estate, just ask for Pat at the gate.\n\nGerry\nHR Manager",
        ),
    ],
)
def test_a_context_word_is_the_topic_of_a_hiring_mail(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) != "unrelated"


@pytest.mark.parametrize(
    ("subject", "body", "frm", "headers"),
    [
        (
            "Webinar: how to ace the final round",
            "Hi Sam,\n\nRegister now for our free webinar with three hiring managers on "
            "Thursday at 6pm.\n\nThe Careers Hub team",
            "Careers Hub <events@careershub.example>",
            "",
        ),
        (
            "Be on our show?",
            "Hi Sam,\n\nWe'd love to interview you for our podcast, Build Log - episode 12 is "
            "about first jobs in data. Would Friday work?\n\nMo",
            "Mo <mo@buildlog.example>",
            "",
        ),
        (
            "This week at Brightloop",
            "In this issue: we're hiring for the Data Engineer role, the next round of our "
            "community grants, and a discount for readers.",
            "Brightloop <news@brightloop.example>",
            "List-Unsubscribe: <mailto:u@brightloop.example>\r\n",
        ),
    ],
)
def test_a_context_word_still_decides_without_evidence_of_an_application(
    subject: str, body: str, frm: str, headers: str
) -> None:
    assert kind(mail(body, subject=subject, frm=frm, headers=headers)) == "unrelated"


# --- the vocabulary of hiring, beyond "interview" and "application" ---------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Flights for the onsite",
            "Hi Sam,\n\nI'm booking your flights for the onsite in Denver on 4 December. Aisle "
            "or window? And do you need a hotel for two nights?\n\nMaya\nRecruiting Coordinator",
        ),
        (
            "¡Buenas noticias!",
            "Hola Sam,\n\nel equipo quedó contento: pasás a la próxima fase. Te mando el "
            "desafío técnico, tenés una semana.\n\nAbrazo,\nVale\nTalent Acquisition",
        ),
        (
            "Nächster Schritt",
            "Hallo Sam,\n\nals nächsten Schritt schicke ich dir eine kleine Probeaufgabe, plan "
            "bitte zwei Stunden ein.\n\nLG\nAnna\nRecruiterin",
        ),
        (
            "Suite de votre parcours",
            "Bonjour Sam,\n\nVous passez à l'étape suivante : un test technique en ligne, à "
            "faire d'ici vendredi.\n\nBien à vous,\nInès\nTalent Acquisition Manager",
        ),
        (
            "so excited",
            "Sam!\n\nWriting it down: we'd love you to join as our founding design hire. 95k "
            "base, 0.3% in options, 4-year vest. Letter to follow.\n\nRuth",
        ),
    ],
)
def test_the_vocabulary_of_hiring_makes_a_job_matter(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) != "unrelated"


def test_one_such_word_in_other_mail_is_no_job_matter() -> None:
    body = "Hi Sam,\n\nThe next step for your kitchen refit is the site survey on Monday.\n\nDee"
    assert kind(mail(body, subject="Your kitchen")) == "unrelated"


# --- help on the way to a job is not a job ------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your appointment",
            "Dear Sam,\n\nYour appointment with your work coach is on Tuesday 24 November at "
            "10:20 at Leeds Jobcentre. Please bring your CV and a list of the jobs you have "
            "applied for.",
        ),
        (
            "Einladung zum Beratungsgespräch",
            "Guten Tag Sam,\n\nbitte kommen Sie am Mittwoch, 25.11., um 9 Uhr zum "
            "Beratungsgespräch in die Agentur für Arbeit. Bringen Sie Ihren Lebenslauf und "
            "Ihre Bewerbungen mit.",
        ),
        (
            "Votre rendez-vous",
            "Bonjour Sam,\n\nVotre entretien avec votre conseiller France Travail aura lieu le "
            "jeudi 26 novembre à 14h. Merci d'apporter votre CV.",
        ),
        (
            "Cita confirmada",
            "Hola Sam,\n\ntu cita con tu orientadora laboral del SEPE es el lunes 30 de "
            "noviembre a las 11:00. Trae tu currículum.",
        ),
    ],
)
def test_career_services_are_no_employer(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject, frm="Termine <termine@office.example>")) == (
        "unrelated"
    )


def test_a_job_at_a_training_provider_is_still_a_job() -> None:
    body = (
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Dozentin für unsere Weiterbildung "
        "Data Engineering. Wir möchten Sie gern zur zweiten Runde einladen.\n\nViele Grüße\n"
        "Mara Klein\nRecruiterin"
    )
    assert kind(mail(body, subject="Ihre Bewerbung als Dozentin")) != "unrelated"


# --- volunteering ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your volunteer application",
            "Dear Sam,\n\nThank you for applying as a volunteer at the food bank. "
            "Unfortunately all volunteer shifts for December are now filled.\n\nRuth",
        ),
        (
            "Votre candidature",
            "Bonjour Sam,\n\nMerci pour votre candidature comme bénévole. Malheureusement, nous "
            "ne pouvons pas y donner suite cette saison.\n\nL'équipe bénévolat",
        ),
        (
            "Ihre Bewerbung für das Ehrenamt",
            "Hallo Sam,\n\nleider sind alle Plätze in unserem Ehrenamt-Team vergeben. Wir "
            "melden uns im Frühjahr.\n\nTafel Nord",
        ),
    ],
)
def test_a_volunteer_place_is_no_job(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "unrelated"


def test_a_paid_post_at_a_charity_is_a_job() -> None:
    body = (
        "Dear Sam,\n\nThank you for your application for the Volunteer Coordinator role. "
        "Unfortunately we have decided not to take your application further.\n\nHR team"
    )
    assert kind(mail(body, subject="Volunteer Coordinator")) == "rejection"


# --- an ATS's list mail about the user's own step --------------------------------------------


def test_an_ats_list_mail_about_the_users_own_step_is_relevant() -> None:
    body = (
        "Hi Sam,\n\nYour Panel Interview for the Product Designer position has been moved to "
        "Thursday 12 November, 2:00-3:00 PM GMT.\n\nBrightloop Recruiting"
    )
    raw = mail(
        body,
        subject="Updated: Panel Interview with Brightloop",
        frm="Brightloop Recruiting <scheduling@ats.example>",
        headers="List-Unsubscribe: <https://ats.example/u/1>\r\n",
    )
    assert kind(raw) != "unrelated"


# --- a booking whose title names a job -------------------------------------------------------


def _booking(summary: str) -> str:
    return (
        "--zz\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:2@acme.example\r\n"
        "DTSTART:20261110T150000Z\r\nDTEND:20261110T153000Z\r\n"
        "ORGANIZER;CN=Priya Shah:mailto:priya@brightloop.example\r\n"
        f"SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@pytest.mark.parametrize(
    "summary", ["Senior Data Analyst - 30 min with Priya Shah", "Backend Engineer intro call"]
)
def test_a_booking_titled_with_a_job_is_an_interview(summary: str) -> None:
    raw = mail(
        f"Hi Sam,\n\nYour event {summary} is scheduled for Tuesday 10 November at 3:00pm.",
        subject=f"Confirmed: {summary}",
        frm="Booking <notifications@booking.example>",
        extra_parts=_booking(summary),
    )
    assert kind(raw) == "interview_scheduled"


def test_a_booking_about_something_else_is_not() -> None:
    summary = "Parent-teacher evening - 10 min with Mrs Hill"
    raw = mail(
        f"Hi Sam,\n\n{summary} is booked for Tuesday 10 November at 3:00pm.",
        subject=f"Confirmed: {summary}",
        frm="Booking <notifications@booking.example>",
        extra_parts=_booking(summary),
    )
    assert kind(raw) == "unrelated"


# --- friends: their own interviews, or the user's at another firm ----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hiya Sam,\n\nHope the job search is going well!! Big news here - I've an interview for "
        "the band 6 post on Thursday at 3. Could I put you down as a referee? We must get "
        "that coffee soon.\n\nNiamh x",
        "Sam!!\n\nHeard you're down for the Brightloop interview on Monday 😂 come to ours "
        "after, we're having dinner at 7. Good luck btw, they're lovely.\n\nx Jo",
    ],
)
def test_a_friend_writing_of_interviews_is_no_employer(body: str) -> None:
    assert kind(mail(body, subject="news", frm="Friend <friend@home.example>")) == "unrelated"


def test_a_founder_in_a_friends_register_still_speaks_for_the_firm() -> None:
    body = (
        "Sam!! lol still buzzing 😂 we'd love you to join as our first designer: 95k base, "
        "0.3% in options. Formal letter next week.\n\nRuth x"
    )
    assert kind(mail(body, subject="us :)", frm="Ruth <ruth@loomly.example>")) != "unrelated"


# --- a reply in a thread that named the job and the papers sent for it ------------------------


def _reply(new: str, quoted: str, subject: str) -> bytes:
    body = f"{new}\n\nOn Mon, 2 Nov 2026 at 09:00, Pat <pat@acme.example> wrote:\n" + "\n".join(
        f"> {line}" for line in quoted.splitlines()
    )
    return mail(body, subject=subject, frm="Pat <pat@acme.example>")


@pytest.mark.parametrize(
    ("new", "quoted", "subject"),
    [
        (
            "Grand, Friday at 11 it is. Come round to the workshop, door on the left.\n\nPat",
            "Thanks for sending on the CV. Could you call out to us next week about the sous "
            "chef job?",
            "Re: sous chef",
        ),
        (
            "Passt, kommen Sie am Freitag um 10 Uhr in die Werkstatt.\n\nPat",
            "Danke für Ihren Lebenslauf. Hätten Sie nächste Woche Zeit, wegen des Jobs als "
            "Monteur vorbeizukommen?",
            "AW: nächste Woche",
        ),
        (
            "Parfait, venez jeudi à 15h au restaurant.\n\nPat",
            "Merci pour votre CV. Pouvez-vous passer la semaine prochaine pour parler de "
            "l'emploi de serveur ?",
            "RE: serveur",
        ),
    ],
)
def test_a_reply_in_a_thread_about_the_job_is_a_job_matter(
    new: str, quoted: str, subject: str
) -> None:
    assert kind(_reply(new, quoted, subject)) != "unrelated"


def test_a_thread_about_a_cv_workshop_is_not() -> None:
    raw = _reply(
        "See you Friday at 11 then!\n\nPat",
        "Bring your CV to our CV clinic workshop - we'll look at the marketing job market.",
        "Re: CV clinic",
    )
    assert kind(raw) == "unrelated"
