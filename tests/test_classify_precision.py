"""classify(): precision of the kinds that make a draft (fifth round, a reviewer's findings).

A wrong interview_scheduled, rejection or offer writes a wrong draft, which is worse than
none. Each test pins a reason a careful reader uses to NOT draw the strong conclusion, in
wordings, registers and languages of its own, with the cases where the conclusion stands.
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

import pytest

import classifymail
from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.phrases import lexicon
from classifymail import ME, kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Tue, 17 Nov 2026 10:00:00 +0000",
    message_id="<kp@acme.example>",
)


# --- a deadline is said next to its time, not anywhere in the sentence -------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Interview: Data Analyst",
            "Hi Sam,\n\nYour interview is confirmed for Monday 23 November at 10am at our "
            "office, close to Liverpool Street.\n\nBest,\nJane",
        ),
        (
            "Entrevista - Diseñadora gráfica",
            "Hola Sam,\n\nTe confirmo la entrevista el jueves 26 de noviembre a las 10:00 en "
            "nuestro estudio; el plazo de incorporación lo hablamos allí.\n\nUn saludo,\nJane",
        ),
        (
            "Vorstellungsgespräch - Filialleitung",
            "Hallo Sam,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am Donnerstag, "
            "26.11.2026, um 10:00 Uhr in der Filiale, die Kündigungsfrist besprechen wir "
            "dort.\n\nViele Grüße\nJane",
        ),
        (
            "Portfolio review - Junior Designer",
            "Hi Sam,\n\nYour interview with the design team is booked for Thursday 26 November "
            "at 2pm in the studio, which is closed to the public that day, so ring the bell."
            "\n\nJane",
        ),
    ],
)
def test_deadline_words_away_from_the_time_cancel_no_booking(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_scheduled"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Video interview - Store Supervisor",
            "Hi Sam,\n\nPlease record your video interview in the portal. The link closes at "
            "5pm on Thursday 26 November.\n\nThe hiring team",
        ),
        (
            "Assessment - Graduate Scheme",
            "Dear Sam,\n\nYou have been invited to an online assessment. Deadline: Thursday 26 "
            "November at 17:00.\n\nRecruitment",
        ),
        (
            "Entretien vidéo - Vendeur",
            "Bonjour Sam,\n\nMerci d'enregistrer votre entretien vidéo dans le portail, au plus "
            "tard le jeudi 26 novembre à 17h.\n\nL'équipe RH",
        ),
        (
            "Video-Interview - Verkäufer",
            "Hallo Sam,\n\nbitte nehmen Sie Ihr Video-Interview im Portal auf, Frist: "
            "Donnerstag, 26.11.2026, 17:00 Uhr.\n\nIhr Recruiting-Team",
        ),
    ],
)
def test_a_deadline_next_to_its_time_books_nothing(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) != "interview_scheduled"


# --- others preferred: a decision taken, and a comparison with the candidate ----------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Tu candidatura",
            "Hola Sam,\n\nGracias por tu candidatura. Trabajamos con candidatos que buscan más "
            "responsabilidad y revisaremos tu perfil en los próximos días.\n\nSaludos,\nJane",
        ),
        (
            "Votre candidature",
            "Bonjour Sam,\n\nMerci pour votre candidature. Nous travaillons avec des candidats "
            "qui ont plus de dix ans d'expérience comme avec des juniors.\n\nCordialement,\nJane",
        ),
        (
            "Ihre Bewerbung",
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns auf Bewerber, die "
            "besser sind als wir selbst, und melden uns bald.\n\nViele Grüße\nJane",
        ),
        (
            "Your application",
            "Hi Sam,\n\nThank you for applying. Because of the start date we have decided to "
            "prioritise applicants who can start immediately, and we will review all "
            "applications next week.\n\nBest,\nJane",
        ),
        (
            "Store Manager - application received",
            "Hi Sam,\n\nThank you for applying for the Store Manager role. Only selected "
            "applicants with the right to work in the UK will be contacted.\n\nBest,\nJane",
        ),
        (
            "Barista - next steps",
            "Hi Sam,\n\nThanks for your application. We will progress applicants who meet the "
            "essential criteria to a short phone screen.\n\nBest,\nJane",
        ),
        (
            "Designer application",
            "Hi Sam,\n\nThanks for applying. The hiring team has decided to prioritise "
            "applicants with a portfolio, so please send yours when you can.\n\nBest,\nJane",
        ),
    ],
)
def test_a_policy_or_a_plan_about_applicants_is_no_rejection(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) != "rejection"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application - Warehouse Lead",
            "Hi Sam,\n\nThanks for your patience. We are moving forward with applicants whose "
            "forklift experience is more extensive.\n\nBest,\nJane",
        ),
        (
            "Tu candidatura - Diseñadora",
            "Hola Sam,\n\nTras revisar tu portfolio, hemos decidido seguir con perfiles que se "
            "ajustan mejor a lo que buscamos.\n\nUn saludo,\nJane",
        ),
        (
            "Ihre Bewerbung - Buchhaltung",
            "Hallo Sam,\n\nwir haben uns für Bewerberinnen und Bewerber entschieden, deren "
            "Erfahrung näher an unseren Anforderungen liegt.\n\nViele Grüße\nJane",
        ),
        (
            "Je sollicitatie",
            "Beste Sam,\n\nWe hebben besloten verder te gaan met kandidaten die beter aansluiten "
            "bij het profiel.\n\nGroet,\nJane",
        ),
        (
            "Your application - Account Manager",
            "Hi Sam,\n\nAfter review we've decided to focus on other applicants for this "
            "one.\n\nBest,\nJane",
        ),
    ],
)
def test_others_chosen_for_fitting_better_is_a_rejection(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "rejection"


# --- an offer names the job the candidate joins as ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "We'd love you to join as an interviewer on the panel for the junior role next week.",
        "Great news: we'd love you to join as a candidate in our final round.",
        "We'd love you to join us as an observer at Thursday's assessment day.",
        "We'd love you to join as a lead interviewer on the graduate panel.",
        "We'd love you to join us to meet the founders over coffee.",
    ],
)
def test_joining_a_panel_or_a_round_is_no_offer(line: str) -> None:
    body = f"Hi Sam,\n\n{line}\n\nBest,\nJane"
    assert kind(mail(body, subject="Senior Designer - next steps")) != "offer"


@pytest.mark.parametrize(
    "line",
    [
        "We'd love you to join Quayside as our first data hire, starting in January.",
        "We're delighted to have you on board as our new Head of Growth!",
        "We'd love you to join us as a Barista at the Leith shop.",
        "We're thrilled to have you join as our newest team member.",
        "We'd love you to join the team as our Senior Product Designer (Level 3).",
    ],
)
def test_joining_as_a_named_job_is_an_offer(line: str) -> None:
    body = f"Hi Sam,\n\n{line}\n\nBest,\nJane"
    assert kind(mail(body, subject="Senior Designer - next steps")) == "offer"


# --- a bare "had to cancel" is the writer's own, with no new time offered ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "Another candidate had to cancel, so we can move you to Tuesday at 2pm if that's better.",
        "Another candidate had to cancel their interview, so we can move you to Tuesday at 2pm.",
        "Our CEO has to cancel, but we can offer you Thursday 26 November at 11am instead.",
        "Der andere Bewerber muss leider absagen, deshalb können wir Sie auf Dienstag, 14 Uhr "
        "verschieben.",
        "El otro candidato tuvo que cancelar, así que podemos pasarte al jueves a las 11:00.",
    ],
)
def test_someone_elses_cancellation_cancels_nothing_of_the_candidates(line: str) -> None:
    body = f"Hi Sam,\n\n{line}\n\nBest,\nJane"
    assert kind(mail(body, subject="Re: Interview - Data Analyst")) != "interview_cancelled"


@pytest.mark.parametrize(
    "line",
    [
        "So sorry - need to cancel tmrw, something came up.",
        "Really sorry, I'm going to have to cancel.",
        "Muss leider absagen, mein Kind ist krank.",
        "Leider muss ich absagen.",
        "Je dois malheureusement annuler.",
        "Tengo que cancelarla, lo siento mucho.",
        "Ik moet helaas afzeggen.",
    ],
)
def test_the_writer_calling_it_off_cancels(line: str) -> None:
    body = f"Hi Sam,\n\n{line}\n\nBest,\nJane"
    assert kind(mail(body, subject="Re: Interview - Data Analyst")) == "interview_cancelled"


# --- "your ... has been confirmed" confirms a meeting only when it names one --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Your application for the Data Analyst role at Acme has been confirmed by our team",
        "Your registration for the Retail Graduate Scheme has been confirmed",
        "Your place on the talent pool for the Barista role has been confirmed",
        "Your account on the careers portal has been confirmed",
    ],
)
def test_something_else_of_yours_confirmed_is_no_meeting(sentence: str) -> None:
    assert lexicon.hits(lexicon.CONFIRMED, [sentence]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Your Technical Deep Dive for the Staff Engineer role has been rescheduled",
        "Your portfolio review with Maya has been booked",
        "Your trial shift at the Leith kitchen has been confirmed",
        "Your final round interview on Thursday has been confirmed",
    ],
)
def test_a_session_of_yours_confirmed_by_its_name(sentence: str) -> None:
    assert lexicon.hits(lexicon.CONFIRMED, [sentence])


# --- a person's receipt is a reply only when it asks something of the candidate ----------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for applying to the Junior Designer role. Did you know you can track "
        "your application in the portal?\n\nThe Studio team",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Wussten Sie schon, dass Sie den Status "
        "jederzeit online sehen?\n\nIhr Recruiting-Team",
        "Hola Sam,\n\nGracias por tu candidatura. ¿Sabías que te puedes suscribir a nuestras "
        "alertas de empleo?\n\nEl equipo de selección",
        "Beste Sam,\n\nBedankt voor je sollicitatie. Wist je dat je de status online kunt "
        "volgen?\n\nTeam Werving",
    ],
)
def test_a_receipts_rhetorical_question_asks_nothing(body: str) -> None:
    assert kind(mail(body, subject="Your application")) == "application_received"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for applying to the Junior Designer role. Could you send a PDF of "
        "your portfolio?\n\nThe Studio team",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Könnten Sie uns noch Ihre "
        "Gehaltsvorstellung nennen?\n\nIhr Recruiting-Team",
        "Hola Sam,\n\nGracias por tu candidatura. ¿Podrías enviarnos tu portfolio?\n\nMarta",
        "Beste Sam,\n\nBedankt voor je sollicitatie. Heb je ook een portfolio dat je kunt "
        "delen?\n\nTeam Werving",
    ],
)
def test_a_receipt_asking_the_candidate_for_something_is_a_reply(body: str) -> None:
    assert kind(mail(body, subject="Your application")) == "employer_reply"


# --- one account's message is never read with another's index --------------------------------


def test_threads_classifying_at_once_each_read_their_own_message() -> None:
    # the daemon classifies each account's mail on its own thread; the phrase lists keep the
    # last message's index between lists, which must be per thread
    files = sorted((Path(__file__).parent / "fixtures" / "mail").glob("*.eml"))[:24]
    messages = [parse_message(path.read_bytes()) for path in files]
    alone = [classify(m, me=(ME,)).kind for m in messages]
    wrong: list[str] = []

    def run(offset: int) -> None:
        for _ in range(3):
            for i in range(len(messages)):
                j = (i + offset) % len(messages)
                if classify(messages[j], me=(ME,)).kind != alone[j]:
                    wrong.append(files[j].name)

    threads = [threading.Thread(target=run, args=(k * 5,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
    assert len(set(alone)) > 3  # the messages differ in kind, so a mix-up would show


# --- a condition on being chosen, written once; "once" and "als" are not always conditions ----


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Einladung - Filialleitung",
            "Hallo Sam,\n\nwir laden Sie zum Vorstellungsgespräch als Filialleiterin am "
            "Donnerstag, 26.11.2026, um 10:00 Uhr in unsere Zentrale ein.\n\nViele Grüße\nJane",
        ),
        (
            "Entrevista - Diseñadora",
            "Hola Sam,\n\nTe invitamos a una entrevista el jueves 26 de noviembre a las once en "
            "nuestra oficina de Valencia.\n\nUn saludo,\nJane",
        ),
        (
            "Interview - Shop Floor Supervisor",
            "Hi Sam,\n\nWe invite you to interview as our shop floor supervisor on Thursday 26 "
            "November at 10am.\n\nBest,\nJane",
        ),
    ],
)
def test_an_invitation_with_als_or_a_las_once_is_no_condition(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) == "interview_scheduled"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Interview - Store Manager",
            "Hi Sam,\n\nWe invite you to interview on Thursday 26 November at 10am if you are "
            "shortlisted.\n\nBest,\nJane",
        ),
        (
            "Uitnodiging - Winkelmanager",
            "Beste Sam,\n\nWe nodigen je uit voor een gesprek op donderdag 26 november om 10.00 "
            "uur als je profiel aansluit.\n\nGroet,\nJane",
        ),
        (
            "Einladung - Filialleitung",
            "Hallo Sam,\n\nSollten Sie ausgewählt werden, laden wir Sie am Donnerstag, "
            "26.11.2026, um 10 Uhr zum Gespräch ein.\n\nViele Grüße\nJane",
        ),
        (
            "Entrevista - Diseñadora",
            "Hola Sam,\n\nSi tu perfil encaja, te invitaremos a una entrevista el jueves 26 de "
            "noviembre a las 11:00.\n\nUn saludo,\nJane",
        ),
        (
            "Entretien - Vendeuse",
            "Bonjour Sam,\n\nSi votre candidature est retenue, l'entretien aura lieu le jeudi 26 "
            "novembre à 10h.\n\nCordialement,\nJane",
        ),
    ],
)
def test_a_time_planned_only_if_the_candidate_is_chosen_books_nothing(
    subject: str, body: str
) -> None:
    assert kind(mail(body, subject=subject)) != "interview_scheduled"


@pytest.mark.parametrize(
    ("sentence", "conditional"),
    [
        ("Als je profiel aansluit, nodigen we je uit.", True),
        ("If you are shortlisted, we will call you.", True),
        ("Sollten Sie Fragen haben, melden Sie sich.", True),
        ("Once we had met everyone, we chose another candidate.", False),
        ("Als Entwicklerin bei uns arbeiten Sie im Team Plattform.", False),
        ("Once again, thank you for your time.", False),
        ("Should be a relaxed chat, nothing formal.", False),
    ],
)
def test_which_sentences_open_with_a_condition(sentence: str, conditional: bool) -> None:
    from afterview.understand.phrases.cues import CONDITIONAL

    assert bool(CONDITIONAL.match(sentence)) is conditional


# --- addresses and links start where a token starts (linear on long dotted runs) -------------


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("jane.doe+jobs@acme-studio.example", "jane.doe+jobs@acme-studio.example"),
        ("write to b.ruiz@estudio.example.es today", "b.ruiz@estudio.example.es"),
    ],
)
def test_an_address_is_found_whole_and_never_from_inside_a_token(text: str, whole: str) -> None:
    from afterview.understand.people.robots import EMAIL_ADDRESS

    assert EMAIL_ADDRESS.findall(text) == [whole]
    start = text.index(whole)
    # a match that could begin inside the token is what made a long "a.a.a..." run quadratic
    assert all(EMAIL_ADDRESS.match(text, i) is None for i in range(start + 1, text.index("@")))


def test_a_bare_link_is_found_whole_and_never_from_inside_a_token() -> None:
    from afterview.understand.kinds.asking import URL

    text = "book via jobs.acme-studio.example/apply?slot=3 please"
    assert URL.findall(text) == ["jobs.acme-studio.example/apply?slot=3"]
    start = text.index("jobs")
    assert all(URL.match(text, i) is None for i in range(start + 1, text.index("/")))


# --- a sign-off kiss is a line of its own ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kiss"),
    [
        ("See you Saturday!\n\nCiara x", "Ciara x"),
        ("Good luck tomorrow\n\nx Tomás", "x Tomás"),
        ("Thanks\n\n\nx\n", "x"),
        ("Love,\n  xx  \n", "  xx  "),
    ],
)
def test_a_kiss_at_the_sign_off_is_read_on_its_own_line(text: str, kiss: str) -> None:
    from afterview.understand.kinds.senders import _CASUAL_MARKS

    found = [m.group(0) for m in _CASUAL_MARKS[3].finditer(text)]
    # the mark never reaches over a line break (a run of blank lines or of spaces before it
    # made the old pattern try every split of the run)
    assert found == [kiss]


# --- an offer hoped or planned for is not made; a conference talk is no interview -------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Store Manager",
            "Hi Sam,\n\nThanks for coming in. We have one more candidate to see, and we expect "
            "to make an offer early next week.\n\nJane",
        ),
        (
            "Re: Tu candidatura",
            "Hola Sam,\n\nGracias por la entrevista. Esperamos poder hacerte una oferta la "
            "semana que viene.\n\nJane",
        ),
        (
            "RE: Thank you - Head of Merchandising",
            "Hi Sam,\n\nThe panel enjoyed Monday. We're hoping to be in a position to make an "
            "offer by Friday, and either way I'll let you know where you stand.\n\nJane",
        ),
    ],
)
def test_an_offer_hoped_for_is_not_made(subject: str, body: str) -> None:
    assert kind(mail(body, subject=subject)) != "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nI'm pleased to say we're in a position to make you an offer for the Store "
        "Manager role.\n\nJane",
        "Hi Sam,\n\nI hope you'll be pleased with our offer - the details are attached.\n\nJane",
    ],
)
def test_an_offer_made_with_hope_around_it_is_still_an_offer(body: str) -> None:
    assert kind(mail(body, subject="Offer - Store Manager")) == "offer"


def test_a_conference_talk_and_its_stage_interview_are_no_job_interview() -> None:
    body = (
        "Hi Sam,\n\nThe programme committee loved your proposal. Your slot: Thursday 3 "
        "December, 14:00-14:30. You'll also do a short interview on stage with our host. "
        "Please accept your speaker offer in the speaker portal.\n\nDevDays team"
    )
    assert kind(mail(body, subject="Your talk is confirmed - DevDays Porto")) == "unrelated"


@pytest.mark.parametrize(
    "line",
    [
        "Due to unavoidable circumstances the HR round scheduled on 24th Nov at 3:00 PM IST "
        "stands cancelled. We will share the revised schedule shortly.",
        "Please note the technical round planned for Tuesday 24 November at 10am is hereby "
        "cancelled; a new date will follow.",
        "Kindly note that your interview on 24th November at 11 AM now stands cancelled as the "
        "position is on hold.",
    ],
)
def test_a_meeting_that_stands_cancelled_is_cancelled_not_booked(line: str) -> None:
    body = f"Dear Sam,\n\n{line}\n\nRegards,\nJane"
    subject = "Interview Schedule || Data Analyst || Round 2"
    assert kind(mail(body, subject=subject)) == "interview_cancelled"
