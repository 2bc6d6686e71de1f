"""classify(): the kind decision on mail written for the rules, not taken from any dev set.

Each test pins one general reason a careful reader gets the kind right, with wordings and
languages of its own (the dev sets only measure).
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, kind

mail = partial(classifymail.mail, message_id="<k@acme.example>")


# --- other things applied for: a flat, a loan, a school place, a visa ---------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your loan application",
            "Dear Sam,\n\nThank you for your application for a personal loan of £12,000. After "
            "reviewing your application and a credit check, we regret to inform you that we are "
            "unable to proceed with your application at this time.\n\nNorthgate Bank",
        ),
        (
            "Update on your application - Flat 3, 22 Mill Lane",
            "Hi Sam,\n\nThanks for viewing Flat 3 on Saturday. The landlord has decided to go "
            "with another applicant, so we won't be moving forward with your application. Your "
            "holding deposit has not been taken.\n\nBest,\nCarla, Lettings team",
        ),
        (
            "Ihre Wohnungsbewerbung",
            "Sehr geehrter Herr Candidate,\n\nvielen Dank für Ihr Interesse an der Wohnung. Der "
            "Vermieter hat sich leider für einen anderen Bewerber entschieden.\n\nMit "
            "freundlichen Grüßen\nHausverwaltung Lindner",
        ),
        (
            "Votre demande de prêt immobilier",
            "Bonjour,\n\nNous avons le regret de vous informer que votre demande de prêt "
            "immobilier n'a pas été retenue.\n\nCordialement,\nBanque du Littoral",
        ),
        (
            "Secondary school offer",
            "Dear parent,\n\nWe are pleased to offer your child a place at Hillcrest Secondary "
            "School from September. Please accept the offer through the parent portal by 14 "
            "March.\n\nSchool Admissions Team",
        ),
        (
            "Your mortgage offer",
            "Dear Sam,\n\nGood news: we are pleased to make you a formal offer for your mortgage "
            "on 4 Orchard Row. Your offer letter is attached.\n\nHarbourside Building Society",
        ),
        (
            "Appointment confirmation",
            "Dear applicant,\n\nYour visa interview at the consulate is booked for Thursday 12 "
            "November 2026 at 09:30. Bring your passport and the DS-160 confirmation.\n\n"
            "Consular Section",
        ),
    ],
)
def test_outcomes_of_other_applications_are_unrelated(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject, frm="Desk <desk@service.example>")) == "unrelated"


def test_a_job_at_a_school_or_bank_is_still_a_job() -> None:
    body = (
        "Dear Sam,\n\nThank you for applying for the Year 4 Class Teacher position at Elm Primary "
        "School. Unfortunately we have decided to proceed with other candidates whose experience "
        "more closely matches the role.\n\nKind regards,\nHeadteacher"
    )
    assert kind(mail(body, subject="Your application")) == "rejection"
    body = (
        "Hi Sam,\n\nWe'd like to offer you the Mortgage Adviser role at Harbourside Building "
        "Society, starting in January. The offer letter follows tomorrow.\n\nBest,\nJane"
    )
    assert kind(mail(body, subject="Mortgage Adviser")) == "offer"


# --- outcomes said in ways the phrase lists missed ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # a typographic apostrophe is the same word
        "Hi Sam,\n\nWe’ve reviewed everything and we won’t be progressing your application.",
        "Hello Sam,\n\nThe panel met on Friday and they aren't taking your application as "
        "Senior Buyer any further. Thank you for your time.",
        "Hey Sam - we went with somebody who has more retail experience, but it was close.",
        "Hi Sam,\n\nAfter a lot of thought we're going with another candidate for this one.",
        "Guten Tag,\n\nwir haben uns entschieden, den Bewerbungsprozess mit Kandidaten "
        "fortzusetzen, deren Erfahrung besser passt.",
        "Hola Sam:\n\nHemos decidido seguir nuestro proceso con otros perfiles más ajustados.",
        "Bonjour Sam,\n\nNous avons choisi de poursuivre le processus de recrutement avec "
        "d'autres candidats.",
    ],
)
def test_rejections_in_other_words(body: str) -> None:
    assert kind(mail(body, subject="Re: Buyer - your application")) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nWe'd really like you to join Fernhill Studio as our lead designer. "
        "Salary and details to follow.",
        # a past event before a dash is no later step
        "Hi Sam,\n\nWe talked it over after your final round on Tuesday - we'd love to offer "
        "you the Planner role!",
    ],
)
def test_offers_in_other_words(body: str) -> None:
    assert kind(mail(body, subject="Good news")) == "offer"


def test_an_offer_after_a_later_step_is_still_a_later_step() -> None:
    body = (
        "Hi Sam,\n\nThanks for today. Once we have spoken to your referees we'd love to offer "
        "you the role, so could you send two contacts?"
    )
    assert kind(mail(body, subject="Re: Planner")) != "offer"


# --- short replies that take a time, and answers written between the quoted lines -----------

_REQUEST = (
    "\r\n\r\nOn Mon, 2 Nov 2026 at 09:00, Sam <sam@example.org> wrote:\r\n"
    "> Hi Jane, I could do Wednesday 4 November at 2pm or Thursday 5 November at 11am.\r\n"
    ">\r\n"
    ">> On Fri, 30 Oct 2026, Jane Doe <jane.doe@acme.example> wrote:\r\n"
    ">> Thanks for applying for the Data Analyst role. We'd like to invite you to an "
    "interview. Which days suit you next week?\r\n"
)


@pytest.mark.parametrize(
    "reply",
    [
        "Great - Thursday 5 November, 11am it is. Come to reception and ask for me.",
        "Wednesday 4 November at 2pm is fine for us. See you then!",
        "Let's lock that in: Wednesday 4 November, 2pm. I'll send the address.",
        "Done, I've booked it in for Thursday 5 November at 11am.",
        "Thursday 5 November at 11am is now locked in.",
    ],
)
def test_a_short_reply_taking_an_offered_slot_is_scheduled(reply: str) -> None:
    raw = mail(reply + _REQUEST, subject="Re: Data Analyst")
    assert kind(raw) == "interview_scheduled"


def test_a_short_reply_that_asks_again_is_not_scheduled() -> None:
    raw = mail(
        "Thursday 5 November could work - would 2pm suit instead?" + _REQUEST,
        subject="Re: Data Analyst",
    )
    assert kind(raw) != "interview_scheduled"


def test_answers_written_between_the_quoted_lines_are_the_new_text() -> None:
    body = (
        "Hi Sam, replies below.\r\n\r\n"
        "On Mon, 2 Nov 2026 at 09:00, Sam <sam@example.org> wrote:\r\n"
        "> Thanks for the invitation to interview for the Data Analyst role.\r\n"
        "> Could we move it to another day?\r\n\r\n"
        "No problem: you're now booked in for Friday 6 November at 10:00 GMT.\r\n\r\n"
        "> And who will I meet?\r\n\r\n"
        "Just me and our head of data.\r\n\r\nJane\r\n"
    )
    result = classify(parse_message(mail(body, subject="Re: Interview")), me=(ME,))
    assert result.kind == "interview_scheduled"
    assert result.interview is not None
    assert result.interview.start.isoformat() == "2026-11-06T10:00:00+00:00"


def test_a_plain_quote_below_a_reply_stays_history() -> None:
    body = (
        "Thanks Sam, noted.\r\n\r\n"
        "On Mon, 2 Nov 2026 at 09:00, Sam <sam@example.org> wrote:\r\n"
        "> We are confirmed for the interview on Friday 6 November at 10:00.\r\n"
        "> See you then.\r\n\r\n"
        "--\r\nJane Doe | Recruiter\r\n"
    )
    assert kind(mail(body, subject="Re: Interview")) == "employer_reply"


def test_a_question_mark_in_a_link_offers_no_choice() -> None:
    body = (
        "Hi Sam,\n\nYour interview is confirmed.\n\nWhen: Tuesday 10 November 2026, 15:00-16:00 "
        "GMT\nWhere: https://meet.acme.example/j/123?pwd=abc\n\nNeed to reschedule? Use the "
        "link in your portal.\n\nAcme Recruiting"
    )
    assert kind(mail(body, subject="Interview confirmed: Data Analyst")) == "interview_scheduled"


# --- a hospital, a clinic, a housing association or a bank as the workplace ------------------


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        (
            "Interview - Ward Clerk (ref 301-22)",
            "Dear Sam,\n\nFollowing shortlisting for the above post I am pleased to invite you "
            "to interview.\n\nDate: Monday 16 November 2026\nTime: 14:30\nVenue: Main Outpatients, "
            "St Bride's Hospital\n\nPlease bring photo ID.\n\nMedical Staffing Office",
            "interview_scheduled",
        ),
        (
            "Receptionist vacancy",
            "Hi Sam,\n\nThanks for your CV - the dental practice manager would like to meet you "
            "for the receptionist post. Which afternoons next week would suit you?\n\nBest,\nPriya",
            "interview_request",
        ),
        (
            "Housing Officer - outcome",
            "Dear Sam,\n\nThank you for attending the assessment centre for the Housing Officer "
            "role. I am sorry to tell you that the panel has decided to appoint another "
            "candidate. Tenancy experience was the deciding factor.\n\nPeople Services, Riverside "
            "Homes",
            "rejection",
        ),
        (
            "Ihre Bewerbung als Pflegefachkraft",
            "Sehr geehrte Frau Sam,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu "
            "einem Vorstellungsgespräch in unsere Klinik einladen. Passt Ihnen Donnerstag, der "
            "12. November, um 10 Uhr?\n\nPersonalabteilung Kreiskrankenhaus",
            "interview_request",
        ),
        (
            "Candidature - assistant(e) de cabinet vétérinaire",
            "Bonjour Sam,\n\nSuite à la présélection des candidats, nous aimerions vous "
            "rencontrer à la clinique vétérinaire. Quelles sont vos disponibilités la semaine "
            "prochaine ?\n\nCordialement,\nDr Morel",
            "interview_request",
        ),
    ],
)
def test_a_job_in_health_housing_or_a_clinic_is_a_job(
    subject: str, body: str, expected: str
) -> None:
    assert kind(mail(body, subject=subject, frm="Jobs <jobs@stbrides.example>")) == expected


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your appointment",
            "Dear Sam,\n\nYour appointment at the clinic is on Tuesday 10 November at 09:10 with "
            "the physiotherapist. If you cannot attend, we will offer the slot to another "
            "patient.\n\nReception",
        ),
        (
            "Your application - 14 Elm Court",
            "Hi Sam,\n\nThe landlord has chosen another applicant for the flat, so we won't be "
            "progressing your application. Your documents will be returned in the post.\n\n"
            "Lettings",
        ),
        (
            "School admissions",
            "Dear parent,\n\nAll candidates sitting the entrance test on Saturday should arrive "
            "by 8:45. Shortlisted pupils will be invited to an interview.\n\nAdmissions Office",
        ),
    ],
)
def test_appointments_flats_and_school_places_stay_unrelated(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject, frm="Desk <desk@service.example>")) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        # a scheme the candidate proposed, and "all applicants" told by the employer
        "Dear Sam,\n\nThanks again for Thursday - the panel enjoyed your idea for a mentoring "
        "scheme. We have one more candidate to see, and I will write to all candidates by "
        "Friday.\n\nBest wishes,\nMorag",
        "Dear Sam,\n\nShortlisting is on Tuesday and we will let all applicants know the "
        "outcome by Friday 13 November.\n\nKind regards,\nHR Office",
    ],
)
def test_words_of_a_newsletter_or_mentoring_in_an_employers_update(body: str) -> None:
    assert kind(mail(body, subject="Re: Office Manager post")) == "employer_reply"


# --- the invitation that names the one time, and invitations not yet the candidate's ---------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Planning Officer (ref PL/0431)",
            "Dear Sam,\n\nFollowing shortlisting we invite you to attend an assessment centre on "
            "Wednesday 18 November 2026 at 9.30am at the Civic Centre.\n\nHR Services",
        ),
        (
            "Ihre Bewerbung als Verwaltungsfachangestellte",
            "Sehr geehrte Frau Sam,\n\nwir laden Sie herzlich zu einem Auswahlgespräch am "
            "Dienstag, 17. November 2026 um 10:00 Uhr in unser Rathaus ein.\n\nPersonalamt",
        ),
        (
            "Convocation - agent d'accueil",
            "Madame,\n\nNous vous convoquons à un entretien devant le jury le mardi 17 novembre "
            "2026 à 14h00 à la mairie.\n\nService des ressources humaines",
        ),
        (
            "Auxiliar administrativo",
            "Estimada Sam:\n\nLe citamos para una entrevista personal el jueves 19 de noviembre a "
            "las 10:00 en el Ayuntamiento.\n\nDepartamento de Personal",
        ),
        (
            "Sollicitatie beleidsmedewerker",
            "Beste Sam,\n\nGraag nodigen we je uit voor een selectiegesprek op donderdag 19 "
            "november om 10.00 uur in het gemeentehuis.\n\nTeam HRM",
        ),
    ],
)
def test_an_invitation_naming_one_time_is_scheduled(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject, frm="HR <hr@stadt.example>")) == "interview_scheduled"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dear Sam,\n\nWe'd like to invite you to an interview on Tuesday 17 November at "
            "10am or Wednesday 18 November at 2pm.\n\nHR",
            "interview_request",
        ),
        (
            "Dear Sam,\n\nWe'd like to invite you to interview. Are you free on Tuesday 17 "
            "November at 10:00?\n\nHR",
            "interview_request",
        ),
        (
            "Dear Sam,\n\nThank you for your application for the post of Planning Officer. We "
            "will invite you to interview on Tuesday 17 November if you are shortlisted.\n\nHR",
            "application_received",
        ),
        (
            "Dear Sam,\n\nThank you for your application. We will invite shortlisted candidates "
            "to an assessment centre on Tuesday 17 November.\n\nHR",
            "application_received",
        ),
    ],
)
def test_an_invitation_with_a_choice_or_a_condition_is_not_scheduled(
    body: str, expected: str
) -> None:
    assert kind(mail(body, subject="Planning Officer")) == expected


# --- a person answering in a thread about the job --------------------------------------------


def _thread(question: str, who: str = "Sam <sam@example.org>") -> str:
    return f"\r\n\r\nOn Mon, 2 Nov 2026 at 09:00, {who} wrote:\r\n> {question}\r\n"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Data Analyst application",
            "Hi Sam,\n\nGood questions. Yes, the team runs a monthly webinar for clients, and you "
            "would present at some of them. The role is hybrid."
            + _thread("Thanks for the chat about the Data Analyst role. Is it hybrid?"),
        ),
        (
            "AW: Bewerbung als Controller",
            "Hallo Sam,\n\ngern beantworte ich Ihre Fragen: Mitarbeitende erhalten 20% Rabatt "
            "auf unsere Produkte, und die Stelle ist unbefristet."
            + _thread(
                "Vielen Dank für das Gespräch über die Stelle als Controller. Ist sie unbefristet?"
            ),
        ),
        (
            "RE: Candidatura recepcionista",
            "Hola Sam:\n\nTe respondo: el puesto es en nuestra clínica dental de Valencia, de "
            "lunes a viernes."
            + _thread(
                "Gracias por la entrevista para el puesto de recepcionista. ¿Dónde sería el puesto?"
            ),
        ),
    ],
)
def test_words_in_passing_do_not_turn_a_job_thread_into_something_else(
    subject: str, body: str
) -> None:
    assert kind(mail(body, subject=subject)) == "employer_reply"


def test_a_thread_that_was_about_a_podcast_stays_a_podcast() -> None:
    body = "Hi Sam,\n\nGreat, see you for the podcast recording then." + _thread(
        "Happy to talk about hiring and recruiting on your podcast episode."
    )
    assert kind(mail(body, subject="Re: Podcast episode")) == "unrelated"


# --- "does it work / suit?" asks for a time only when a meeting or a time is in view ---------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for applying. The role is four days on, four off, 7am to 7pm. "
        "Would that work for you?\n\nGav",
        "Hi Sam,\n\nThanks for applying for our Analyst position. Would you need sponsorship "
        "to work in Ireland?\n\nJenna",
        "Hallo Sam,\n\ndanke für Ihre Bewerbung. Die Stelle ist in Teilzeit mit 30 Stunden. "
        "Würde Ihnen das passen?\n\nViele Grüße\nAnke",
        "Hola Sam:\n\nGracias por tu candidatura. El puesto es de turno de noche. ¿Te viene "
        "bien?\n\nMarta",
    ],
)
def test_a_question_about_the_job_itself_is_no_interview_request(body: str) -> None:
    assert kind(mail(body, subject="Re: your application")) == "employer_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for applying for the Analyst role. Are you free Tuesday at 3pm?",
        "Hi Sam,\n\nThanks for applying for the Analyst role - I'd love a quick call. Would "
        "that work for you?",
        "Hallo Sam,\n\ndanke für Ihre Bewerbung. Würde Ihnen Donnerstag um 10 Uhr passen?",
    ],
)
def test_a_question_about_a_time_or_a_meeting_still_asks(body: str) -> None:
    assert kind(mail(body, subject="Re: your application")) == "interview_request"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nI've sent your CV to the client. If they want to meet you it would be a "
        "panel interview at their office.\n\nJake",
        "Hi Sam,\n\nWhether Priya would like to speak to you depends on the shortlist; I'll "
        "update you next week.\n\nJake",
    ],
)
def test_someone_elses_undecided_wish_asks_nothing(body: str) -> None:
    assert kind(mail(body, subject="Operations Manager")) == "employer_reply"


# --- a deadline is no meeting; slots to book; plural and product words ----------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nYou have been shortlisted for interview. Please use the link below to "
        "choose an interview slot; the booking page will close at 12 noon on Monday 9 "
        "November.\n\nhttps://jobs.example/book?t=1\n\nRecruitment Team",
        "Dear Sam,\n\nWe would like to interview you. Please reserve your preferred slot in "
        "the portal no later than 5pm on Friday 6 November.\n\nPeople Team",
        "Sehr geehrte Frau Sam,\n\nSie sind in der engeren Auswahl. Bitte buchen Sie Ihren "
        "Gesprächstermin im Portal, spätestens bis Freitag, 6. November, 12 Uhr.\n\nPersonal",
    ],
)
def test_a_booking_deadline_is_no_interview_time(body: str) -> None:
    assert kind(mail(body, subject="Shortlisted: Student Adviser")) == "interview_request"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nYour final round interviews are confirmed for Thursday 3 December, "
        "10:00-12:30 CST, on Zoom.\n\nTasha",
        "Hi Sam,\n\nA new event has been scheduled: Portfolio review with Maya, Tuesday 17 "
        "November 2026, 3pm-3:45pm EST.\n\nYour notes: I'll walk through the onboarding "
        "redesign.\n\nSlotwise",
    ],
)
def test_confirmed_sessions_and_product_words(body: str) -> None:
    assert kind(mail(body, subject="Senior Product Analyst")) == "interview_scheduled"


def test_the_candidates_own_first_day_is_no_interview() -> None:
    body = (
        "Hi Sam,\n\nWelcome aboard! Your onboarding session is confirmed for Monday 4 January "
        "at 9am.\n\nPeople Team"
    )
    assert kind(mail(body, subject="Your first day")) != "interview_scheduled"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThank you for applying for the Content Lead role. After reviewing your "
        "background, we've decided to focus on candidates whose experience more closely "
        "aligns with the team's needs.\n\nTalent Team",
        "Hello Sam,\n\nThanks for your interest in the Analyst position. We have made the "
        "decision to prioritise applicants with more direct SQL experience.\n\nRecruiting",
        "Guten Tag,\n\nnach Prüfung Ihrer Unterlagen konzentrieren wir uns auf Kandidaten, "
        "deren Profil besser zu den Anforderungen passt.\n\nPersonalabteilung",
        "Bonjour,\n\nAprès examen de votre candidature, nous poursuivons avec des candidats "
        "dont le parcours correspond davantage au poste. Nous nous concentrons sur des "
        "candidats dont l'expérience est plus proche.\n\nRH",
    ],
)
def test_others_preferred_without_the_word_other(body: str) -> None:
    assert kind(mail(body, subject="Your application")) == "rejection"


def test_an_acknowledgement_that_says_whom_it_will_contact_is_no_rejection() -> None:
    body = (
        "Hi Sam,\n\nThank you for applying for the Content Lead role. We focus on candidates "
        "whose experience matches the brief and will be in touch within two weeks.\n\nTalent Team"
    )
    assert kind(mail(body, subject="Your application")) != "rejection"


# --- a forwarded header's Date, slots asked for in other words, a meeting already held --------

_FORWARD = (
    "\n\n---------- Forwarded message ---------\nFrom: Rohan <rohan@acme.example>\n"
    "Date: Fri, 13 Nov 2026 at 19:48\nSubject: Re: candidate profile\nTo: Jane Doe "
    "<jane.doe@acme.example>\n\nProfile looks good, let's do a technical round next week.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nPlease see below. We would like to schedule your technical round next week. "
        "Kindly revert with 2-3 slots that suit you between Monday 23rd and Wednesday 25th "
        "November, any time from 2:00 PM to 6:00 PM IST." + _FORWARD,
        "Hi Sam,\n\nSee the note below from our CTO. Could you come back to me with a few "
        "times on Tuesday 24 November or Thursday 26 November for a video interview?" + _FORWARD,
        "Sehr geehrter Herr Sam,\n\nwir würden Sie gern in einem ersten Gespräch näher "
        "kennenlernen. Passt Ihnen Montag, der 9.11., oder Dienstag, der 10.11., jeweils "
        "zwischen 10 und 12 Uhr? Falls nicht, schlagen Sie gern Alternativen vor.",
    ],
)
def test_slots_asked_for_are_a_request_not_a_booking(body: str) -> None:
    assert kind(mail(body, subject="Fwd: Tech round - QA Engineer")) == "interview_request"


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Sam,\n\nauch uns hat das Gespräch am Montag um 15 Uhr sehr gut gefallen. Wir "
        "melden uns bis Ende nächster Woche.\n\nInes",
        "Hi Sam,\n\nWe really enjoyed the interview on Monday at 3pm. We'll be in touch by the "
        "end of next week.\n\nInes",
        "Hola Sam:\n\nGracias por la entrevista del lunes a las 15:00. Te diremos algo la "
        "semana que viene.\n\nInés",
    ],
)
def test_a_meeting_spoken_of_as_past_is_no_new_appointment(body: str) -> None:
    assert kind(mail(body, subject="Re: Backend Developer")) == "employer_reply"


# --- who writes: a friend forwarding the employer's mail, a friend at any domain -------------


def _fwd(author: str, body: str) -> str:
    return (
        f"\n\n---------- Forwarded message ---------\nFrom: {author}\n"
        "Date: Fri, 13 Nov 2026 at 17:58\nSubject: Your application\n"
        "To: <s.old@alumni.uni.example>\n\n" + body
    )


@pytest.mark.parametrize(
    ("cover", "author", "forwarded", "expected"),
    [
        (
            "Sam!! This went to your old address, forwarding so you don't miss it. A x",
            "Sanjay <sanjay@marlowefinch.example>",
            "Hi Sam,\n\nWe'd like you to come in for the final round and I've booked it in "
            "for Wednesday 2 December, 1pm to 4pm at our office.\n\nSanjay",
            "interview_scheduled",
        ),
        (
            "Hallo Sam, das kam an meine Adresse, leite ich dir weiter. LG Mia",
            "Personal <personal@stadtwerke-lind.example>",
            "Sehr geehrte Frau Sam,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine "
            "andere Kandidatin entschieden haben.\n\nPersonalabteilung",
            "rejection",
        ),
        (
            "fyi - see below, came to the family inbox",
            "Jo Park <jo.park@brightwell.example>",
            "Hi Sam,\n\nThanks for applying for the Trainer role. Could you send me two or "
            "three times next week for a call?\n\nJo",
            "interview_request",
        ),
    ],
)
def test_a_friend_forwarding_the_employers_mail_is_judged_by_the_employer(
    cover: str, author: str, forwarded: str, expected: str
) -> None:
    raw = mail(
        cover + _fwd(author, forwarded),
        subject="Fwd: Your application",
        frm="Anika <anika.r@example.com>",
    )
    assert kind(raw) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Machaa!\n\nHow's the job hunt going? Last time we spoke you had the onsite coming up. "
        "Mine on Thursday was brutal 😂 Call on Sunday 29th, 8pm?\n\nK",
        "Hey Sam,\n\nhow's the job search going?? You'll smash it. I had an interview at "
        "Northwind on Friday, no news yet lol. We should catch up Tuesday at 7pm!\n\nT",
    ],
)
def test_a_friend_at_any_domain_is_no_employer(body: str) -> None:
    raw = mail(body, subject="interview season", frm="Karthik <karthik@mailbox.example>")
    assert kind(raw) == "unrelated"


def test_a_recruiter_in_a_casual_register_still_speaks_for_the_firm() -> None:
    body = (
        "Hey Sam!! How's the job hunt going? We'd love to chat about our Data role - are you "
        "free Tuesday at 3pm?\n\nJo, Talent @ Brightwell"
    )
    raw = mail(body, subject="Data role", frm="Jo <jo@brightwell.example>")
    assert kind(raw) == "interview_request"


# --- a bare cancellation in an interview thread; a help desk's automated receipt -------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Data Engineer interview - Wed 11 Nov, 2pm",
            "Sam so sorry - need to cancel tmrw. "
            "Headcount is frozen till Q1, nothing to do with you.\n\nJ",
        ),
        (
            "AW: Ihr Vorstellungsgespräch am Mittwoch",
            "Hallo Sam, ich muss leider absagen, die "
            "Stelle wurde gestrichen. Es tut mir leid.\n\nJonas",
        ),
        (
            "RE: Entretien jeudi 10h",
            "Bonjour Sam, je dois malheureusement annuler, le poste est gelé. Désolée.\n\nClaire",
        ),
    ],
)
def test_cancelling_with_no_object_cancels_the_threads_interview(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_cancelled"


def test_cancelling_something_else_is_no_cancelled_interview() -> None:
    body = "Hi Sam, I need to cancel my gym membership before Friday, can you remind me?"
    assert kind(mail(body, subject="Re: Interview tips")) != "interview_cancelled"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for reaching out to Candidate Support. This is an automated message to let you "
        "know we've received your request (#48213). A member of our team will reply soon.",
        "Vielen Dank für Ihre Nachricht. Dies ist eine automatische Antwort: wir haben Ihre "
        "Anfrage erhalten und melden uns in Kürze.",
        "Bonjour, ceci est un message automatique : nous avons bien reçu votre demande et vous "
        "répondrons sous 48 heures.",
    ],
)
def test_a_help_desks_automated_receipt_is_an_auto_reply(body: str) -> None:
    raw = mail(
        body, subject="Re: Checking in on my application", frm="Support <support@bluefin.example>"
    )
    assert kind(raw) == "auto_reply"


def test_an_automated_booking_confirmation_is_still_a_booking() -> None:
    body = (
        "Hi Sam,\n\nWe've received your request, and your interview is confirmed for Tuesday "
        "10 November 2026 at 10:00 GMT.\n\nThis is an automated message from Acme Careers."
    )
    raw = mail(body, subject="Interview - Data Analyst", frm="Acme <jobs@acme.example>")
    assert kind(raw) == "interview_scheduled"
