"""Precision guards: phrases that looked like a decision but were something else.

- A separable verb's particle belongs to its own verb: "wir holen Sie dann am Empfang ab"
  fetches, "dan spreken we iets anders af" arranges; only "sagen ... ab" / "zeggen ... af"
  within one clause calls a meeting off.
- Going on "with another candidate" rejects only when the hiring goes on with them: a
  sentence naming a time or what stays the same "for you" is the day's schedule, and the
  English phrase that names what goes on at length must name the process itself.
- A reply that takes an offered slot: "no"/"si" agree as often as they refuse ("No problem,
  Tuesday works", "Si, perfecto"); a refusal is a negated agreement ("no nos va", "doesn't
  work").
- An out-of-office's day of reading is the writer's own ("I will reply on Monday"), never a
  colleague's handling ("Jane Doe will handle urgent requests") after the first day away.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from afterview.understand.dates import find_return_date
from afterview.understand.phrases.lexicon import cancelling_sentences
from afterview.understand.phrases.meetings import CONFIRMED
from afterview.understand.reading import sentences_of

ME = "noor@example.org"


def mail(body: str, *, subject: str, headers: str = "") -> bytes:
    return (
        f"From: Priya Anand <priya.anand@lindqvist-labs.example>\r\nTo: Noor Haddad <{ME}>\r\n"
        f"Subject: {subject}\r\nDate: Wed, 18 Nov 2026 14:20:05 +0000\r\n"
        f"Message-ID: <pg-{abs(hash(body)) % 10**9}@example.net>\r\n{headers}"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def kind_of(raw: bytes) -> str:
    return rules_only(parse_message(raw), me=(ME,)).kind


def cancels(text: str) -> bool:
    return bool(cancelling_sentences(sentences_of(text))[0])


# --- 1. the separable verb: only "ab"sagen / "af"zeggen, within one clause ------------------

INVITATIONS_WITH_ANOTHER_PARTICLE = [
    (
        "Guten Tag Frau Haddad,\n\nwir laden Sie zum Vorstellungsgespräch am Dienstag, 24. "
        "November um 10:00 Uhr ein. Sagen Sie uns bitte kurz, ob der Termin passt – wir holen "
        "Sie dann am Empfang ab.\n\nViele Grüße\nPriya Anand",
        "Einladung zum Vorstellungsgespräch",
    ),
    (
        "Guten Tag Frau Haddad,\n\nwir laden Sie zum Interview am Dienstag, 24. November um "
        "14 Uhr ein. Sagen Sie mir bitte, ob der Termin passt: ich hole Sie dann unten ab.\n\n"
        "Viele Grüße\nPriya Anand",
        "Interview bei Lindqvist Labs",
    ),
    (
        "Beste Noor,\n\nWe nodigen je graag uit voor een gesprek op dinsdag 24 november om "
        "10:00 uur. Zeg het als het gesprek niet past, dan spreken we iets anders af.\n\n"
        "Groet,\nPriya",
        "Uitnodiging sollicitatiegesprek",
    ),
    (
        "Beste Noor,\n\nJe bent welkom voor een gesprek op woensdag 25 november om 14.00 uur. "
        "Zeg even of de afspraak uitkomt, dan halen we je af bij het station.\n\nGroet,\nPriya",
        "Uitnodiging gesprek",
    ),
]


@pytest.mark.parametrize(("body", "subject"), INVITATIONS_WITH_ANOTHER_PARTICLE)
def test_another_verbs_particle_cancels_no_invitation(body: str, subject: str):
    assert kind_of(mail(body, subject=subject)) == "interview_scheduled"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sagen Sie uns, ob der Termin passt, dann holen wir Sie ab.",
        "Wir müssen Sie vor dem Gespräch noch beim Pförtner anmelden, er holt Sie ab.",
        "Laat weten of het gesprek past: we halen je dan af bij de receptie.",
        "We spreken het gesprek morgen af.",
        "We moeten het gesprek nog even afstemmen en spreken dan een tijd af.",
    ],
)
def test_a_particle_of_another_verb_or_clause_is_no_cancellation(sentence: str):
    assert not cancels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Leider sagen wir das Gespräch am Montag ab.",
        "Wir sagen den Termin am Montag, 23. November, leider ab.",
        "Ich sage den Termin am 23.11. leider ab.",
        "Wir sagen Ihnen den Termin per E-Mail ab.",
        "We zeggen het gesprek van maandag helaas af.",
        "Helaas zeggen we het gesprek van maandag 23 november af.",
        # the joined verbs were never the separable rule's and still cancel
        "Wir müssen den Termin leider absagen.",
        "We moeten het gesprek helaas afzeggen.",
    ],
)
def test_sagen_and_zeggen_with_their_particle_still_cancel(sentence: str):
    assert cancels(sentence)


def test_a_german_cancellation_by_the_separable_verb_is_a_cancellation():
    body = (
        "Guten Tag Frau Haddad,\n\nleider sagen wir das Vorstellungsgespräch am Montag, "
        "23. November, ab.\n\nViele Grüße\nPriya Anand"
    )
    assert kind_of(mail(body, subject="Ihr Vorstellungsgespräch")) == "interview_cancelled"


def test_a_dutch_cancellation_by_the_separable_verb_is_a_cancellation():
    body = (
        "Beste Noor,\n\nHelaas zeggen we het gesprek van maandag 23 november af, de functie is "
        "tijdelijk bevroren.\n\nGroet,\nPriya"
    )
    assert kind_of(mail(body, subject="Uw sollicitatiegesprek")) == "interview_cancelled"


# --- 2. "with another candidate": the hiring, not the day's schedule ------------------------

SCHEDULE_WITH_ANOTHER_CANDIDATE = [
    "Hi Noor,\n\nSee you on Thursday 26 November at 10am for your interview for the Analyst "
    "role. We decided to continue the panel part of the day as planned with another candidate "
    "on Friday, so nothing changes for you.\n\nBest,\nPriya",
    "Hallo Noor,\n\nbis Donnerstag, 26. November um 10 Uhr zum Gespräch. Wir haben beschlossen, "
    "das Panel wie geplant am Freitag mit einer anderen Kandidatin fortzusetzen, für Sie ändert "
    "sich nichts.\n\nViele Grüße\nPriya",
    "Bonjour Noor,\n\nÀ jeudi 26 novembre à 10h pour votre entretien. Nous avons décidé de "
    "poursuivre avec un autre candidat comme prévu, rien ne change pour vous.\n\nCordialement,"
    "\nPriya",
    "Hola Noor,\n\nNos vemos el jueves 26 de noviembre a las 10 para tu entrevista. Hemos "
    "decidido continuar con otro candidato el viernes como estaba previsto, así que para ti no "
    "cambia nada.\n\nSaludos,\nPriya",
    "Hoi Noor,\n\nTot donderdag 26 november om 10 uur voor je gesprek. We hebben besloten het "
    "panel zoals gepland vrijdag met een andere kandidaat te doen, voor jou verandert er "
    "niets.\n\nGroet,\nPriya",
    # a time alone says it: the other candidate's slot
    "Hi Noor,\n\nYour interview stays on Thursday 26 November at 10am. We have decided to "
    "continue with another candidate at 2pm as planned.\n\nBest,\nPriya",
]


@pytest.mark.parametrize("body", SCHEDULE_WITH_ANOTHER_CANDIDATE)
def test_another_candidates_place_in_the_schedule_is_no_rejection(body: str):
    assert kind_of(mail(body, subject="Interview - Analyst role")) != "rejection"


def test_the_english_schedule_mail_stays_a_booked_interview():
    body = SCHEDULE_WITH_ANOTHER_CANDIDATE[0]
    assert kind_of(mail(body, subject="Interview confirmed - Analyst")) == "interview_scheduled"


def test_going_on_with_another_candidate_at_length_needs_the_process_named():
    body = (
        "Hi Noor,\n\nThanks for the call. We decided to continue the onboarding of the new "
        "desks this month with another candidate from the agency pool.\n\nBest,\nPriya"
    )
    assert kind_of(mail(body, subject="Desks")) != "rejection"


GENUINE_REJECTIONS = [
    "Dear Noor,\n\nThank you for the time you gave us. After the final round we decided to "
    "continue the hiring process for the Analyst role with another candidate whose experience "
    "is closer to our needs.\n\nKind regards,\nPriya",
    "Dear Noor,\n\nThank you for interviewing. We have decided to continue the selection "
    "procedure for the Data Engineer (Consultancy) role with another candidate.\n\nKind regards,"
    "\nPriya",
    "Dear Noor,\n\nWe have decided to progress the recruitment for this vacancy with a "
    "different applicant.\n\nKind regards,\nPriya",
    # "for you" that is no schedule still rejects
    "Dear Noor,\n\nThank you for interviewing with us. We have decided to move forward with "
    "another candidate, which I know will be disappointing for you.\n\nKind regards,\nPriya",
    "Sehr geehrte Frau Haddad,\n\nnach sorgfältiger Prüfung haben wir uns entschieden, mit "
    "einer anderen Kandidatin weiterzumachen.\n\nMit freundlichen Grüßen\nPriya Anand",
    "Bonjour Noor,\n\nAprès réflexion, nous avons décidé de poursuivre avec un autre candidat "
    "dont le profil correspond davantage au poste.\n\nCordialement,\nPriya",
    "Hola Noor,\n\nTras valorar todas las candidaturas, hemos decidido seguir adelante con otra "
    "persona.\n\nUn saludo,\nPriya",
    "Beste Noor,\n\nNa de gesprekken hebben we besloten verder te gaan met een andere "
    "kandidaat. Bedankt voor je interesse.\n\nGroet,\nPriya",
    # "voor je" is "for your" here, no schedule
    "Beste Noor,\n\nWe hebben gekozen voor een andere kandidaat, bedankt voor je tijd en "
    "interesse.\n\nGroet,\nPriya",
]


@pytest.mark.parametrize("body", GENUINE_REJECTIONS)
def test_going_on_with_another_candidate_still_rejects(body: str):
    assert kind_of(mail(body, subject="Your application")) == "rejection"


# --- 3. a reply that takes an offered slot: "no"/"si" are not refusals of their own ----------

_QUOTE = "\n\nOn Tue, 17 Nov 2026 at 09:12, Noor Haddad <noor@example.org> wrote:\n> "
_OFFERED = (
    "Thank you for the invitation to interview for the Analyst role. I could do Tuesday 24 "
    "November at 10:00 or at 15:00, whichever suits you."
)


def slot_reply(new: str) -> bytes:
    return mail(
        f"{new}{_QUOTE}{_OFFERED}",
        subject="Re: Interview - Analyst role",
        headers="In-Reply-To: <ask-pg@example.org>\r\n",
    )


@pytest.mark.parametrize(
    "new",
    [
        "No problem at all, Tuesday at 3 works.",
        "No worries - Tuesday at 3pm works for us.",
        "Si, perfecto, el martes a las 10 nos va bien.",
        "No hay problema, el martes a las 10 nos va bien.",
        "Pas de souci, mardi à 15h nous convient.",
        "Kein Problem, Dienstag um 15 Uhr passt.",
        "Geen probleem, dinsdag om 15.00 uur is goed.",
        # the agreement words an inline answer takes a line with agree here too
        "Ja, Dienstag um 15 Uhr passt.",
        "Oui, mardi à 15h nous convient.",
    ],
)
def test_no_problem_and_si_take_the_offered_slot(new: str):
    assert kind_of(slot_reply(new)) == "interview_scheduled"


@pytest.mark.parametrize(
    "new",
    [
        "No, Tuesday at 3 doesn't work.",
        "No, Tuesday at 3 is too late for me.",
        "El martes a las 10 no nos va bien.",
        "El martes a las 10 no me va, lo siento.",
        "No, el martes a las 10 no podemos.",
        "Si te va bien, el martes a las 10.",
        "Mardi à 15h, si possible.",
        "Nein, Dienstag um 15 Uhr geht leider nicht.",
        "Kein Problem, aber Dienstag um 15 Uhr geht leider nicht.",
        "Nee, dinsdag om 15 uur lukt niet.",
    ],
)
def test_a_negated_agreement_or_a_condition_takes_no_slot(new: str):
    assert kind_of(slot_reply(new)) != "interview_scheduled"


# --- 4. the day of reading is the writer's own ------------------------------------------------

WEDNESDAY = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)

LEAVE_AND_A_COLLEAGUE = [
    "I am on leave from Friday 13 March. Jane Doe will handle urgent requests.",
    "I am on leave from Friday 13 March and Jane Doe will handle urgent requests.",
    "Ich bin ab Freitag, 13. März im Urlaub. Frau Doe bearbeitet dringende Anfragen.",
    "Ich bin ab Freitag, 13. März im Urlaub und Frau Doe bearbeitet dringende Anfragen.",
    "Je suis en congé à partir du vendredi 13 mars. Jane Doe traitera les demandes urgentes.",
    "Estoy de vacaciones desde el viernes 13 de marzo. Jane Doe atenderá las consultas urgentes.",
    "Ik ben met verlof vanaf vrijdag 13 maart. Jane Doe behandelt dringende vragen.",
    "Ik ben vanaf vrijdag 13 maart afwezig; je mail wordt door Jane Doe beantwoord.",
    "Your email will be handled by my colleague Jane on Monday 16 March.",
]


@pytest.mark.parametrize("text", LEAVE_AND_A_COLLEAGUE)
def test_a_colleagues_handling_gives_no_return_day(text: str):
    assert find_return_date(text, WEDNESDAY) is None


OWN_READING = [
    "I'm away this week and will reply to your message on Monday 16 March.",
    "I am out of the office. Your message will be read on Monday 16 March.",
    "Ich bin unterwegs und lese Ihre Nachricht am Montag, 16. März.",
    "Je suis absente, je lirai votre message le lundi 16 mars.",
    "Estoy fuera; responderé a su correo el lunes 16 de marzo.",
    "Ik ben weg en lees je mail op maandag 16 maart.",
    "Bedankt voor je bericht. Je mail wordt maandag 16 maart in behandeling genomen.",
    "I'm at a trade fair all week and won't be checking emails until Monday 16 March.",
]


@pytest.mark.parametrize("text", OWN_READING)
def test_the_writers_own_reading_day_is_the_return(text: str):
    assert find_return_date(text, WEDNESDAY) == date(2026, 3, 16)


def test_a_leave_with_a_last_day_still_returns_the_day_after():
    text = (
        "I'm on parental leave from 18 March through Friday 3 April and won't be checking "
        "email. Jane Doe will handle urgent requests."
    )
    assert find_return_date(text, WEDNESDAY) == date(2026, 4, 4)


# --- a time that no longer works is no confirmation -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tuesday at 3 no longer works for us.",
        "El martes a las 10 no nos va bien.",
        "Thursday is not fine, I'm afraid.",
        "Donnerstag passt nicht.",
        "Dinsdag om 10 uur past niet.",
    ],
)
def test_a_time_said_not_to_work_confirms_nothing(sentence: str) -> None:
    assert not any(p.search(sentence) for p in CONFIRMED)


@pytest.mark.parametrize(
    "sentence",
    ["Tuesday at 3 works for us.", "El martes a las 10 nos va bien.", "Donnerstag passt gut."],
)
def test_a_time_said_to_work_still_confirms(sentence: str) -> None:
    assert any(p.search(sentence) for p in CONFIRMED)
