"""Interviewers: general reasons a careful reader finds (or leaves out) a person.

- a display name's degrees are no surname ("Amit Rao MD" is "Dr. Rao" in the text);
- "vous rencontrerez", "conocerás a", "je ontmoet", "Sie treffen" name the people met;
- the Spanish writer among those met: "A Itziar y a mí nos ...";
- colleagues call a copied person by a short form of the given name ("Dev" for Devika);
- one who forwards a confirmation that lists them on the panel is met;
- not met: one the text says will not join, one who is "only coordinating", the writer of
  "let me know if that's a problem and I'll ...", "back to me and Monday works", "I'll call
  you to prepare", one met in a call already had ("thanks for the call with Priya"), the
  one to confirm to ("by replying to HR officer Lisa"), the one who sorts out a new time,
  an agenda's "AM" before a name, a notices mailbox, a staffing technician's sign-off.
Each rule is pinned by mail written for it, in other registers and languages, with the
counter-cases that must stay out.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.attendance import NOT_ATTENDING, writer_attends
from afterview.understand.people.callnames import full_name_words, is_shared_mailbox
from afterview.understand.people.named import people_in_text
from afterview.understand.people.named_met import copied_and_met, is_contact, met_by_name, on_panel
from classifymail import chosen_interviewers

ME = "cand@example.org"


def _emails(people) -> set[str]:
    return {p.email for p in people}


# --- degrees after a display name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("display", "words"),
    [
        ("Amit Rao MD", ["Amit", "Rao"]),
        ("Lena Berg PhD", ["Lena", "Berg"]),
        ("Grace Okoye RN BSN", ["Grace", "Okoye"]),
        ("Tom Jones", ["Tom", "Jones"]),  # nothing to drop
    ],
)
def test_degrees_after_a_display_name_are_no_surname(display, words):
    assert full_name_words(Person(name=display, email="x@clinic.example")) == words


@pytest.mark.parametrize(
    ("display", "text"),
    [
        ("Amit Rao MD", "I'll take the first half and Dr. Rao will hop on for the second half."),
        ("Lena Berg PhD", "Dr. Berg will join us for the last twenty minutes."),
        ("Grace Okoye RN", "We'll meet with Grace in the unit office afterwards."),
    ],
)
def test_a_copied_doctor_called_by_surname_is_met(display, text):
    person = Person(name=display, email="p@clinic.example")
    assert copied_and_met(text, [person]) == [person]


def test_a_panel_item_matches_a_display_name_with_degrees():
    person = Person(name="Lena Berg PhD", email="lb@uni.example")
    assert on_panel(["- Lena Berg, Associate Professor"], person)


# --- verbs of meeting before a name -----------------------------------------------------------

SOLENE = Person(name="Solène Marchetti", email="solene@studio.example")


@pytest.mark.parametrize(
    "text",
    [
        "Vous rencontrerez Solène Marchetti (directrice de production) et notre producteur.",
        "En la entrevista conocerás a Solène Marchetti, nuestra directora de producción.",
        "Op het gesprek ontmoet je Solène Marchetti, hoofd productie.",
        "Am Donnerstag treffen Sie Frau Marchetti, unsere Produktionsleiterin.",
    ],
)
def test_meeting_verbs_before_a_name_in_other_languages(text):
    assert met_by_name(text, [SOLENE]) == [SOLENE]


def test_meeting_her_elsewhere_is_not_meeting_her():
    assert met_by_name("Solène Marchetti vous enverra le lien demain.", [SOLENE]) == []


# --- the Spanish writer among those met ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Itziar y a mí nos ha gustado mucho tu prueba y queremos comentarla contigo.",
        "A mí y a Julián nos toca entrevistarte el martes a las 10.",
        "Seremos Paula y a mí quienes te hagamos la entrevista.",
    ],
)
def test_spanish_writer_among_those_met(text):
    assert writer_attends(text, arranges=False)


def test_spanish_first_person_opinion_is_no_attendance():
    assert not writer_attends("A mí me parece bien que vengas el martes.", arranges=True)


# --- a short form of a copied person's given name -------------------------------------------


@pytest.mark.parametrize(
    ("display", "text"),
    [
        ("Devika Rao", "Dev and I would really like to have a proper sit-down with you."),
        ("Christopher Hale", "Chris will join us for the second half of the chat."),
        ("Alexandra Novak", "Alex y yo te esperamos el jueves para la entrevista."),
    ],
)
def test_a_copied_person_called_by_a_short_form(display, text):
    person = Person(name=display, email="p@studio.example")
    assert copied_and_met(text, [person]) == [person]


@pytest.mark.parametrize(
    ("display", "text"),
    [
        ("Monique Laval", "Mon 12th works, and I'll see you at the studio."),
        ("Janet Price", "Jan 14th at 3pm works for our interview."),
        ("Devika Rao", "Our dev team will join us for the second half."),  # not a name
    ],
)
def test_a_day_or_a_word_is_no_short_name(display, text):
    assert copied_and_met(text, [Person(name=display, email="p@studio.example")]) == []


# --- one who forwards a confirmation that lists them --------------------------------------

GIL = Person(name="Gilberto Navarrete", email="gil@water.example")
ANN = Person(name="Anneliese Voss", email="ann.voss@water.example")


@pytest.mark.parametrize(
    "listing",
    [
        "Panel: Gilberto Navarrete, Deputy Director; Dr. Anneliese Voss (ann.voss@water.example)",
        "Interviewers: Anneliese Voss (ann.voss@water.example) and Gilberto Navarrete",
        "Your panel:\n- Gilberto Navarrete, Deputy Director\n- Anneliese Voss "
        "(ann.voss@water.example)",
    ],
)
def test_one_who_forwards_a_confirmation_listing_them_is_met(listing):
    text = (
        "Her confirmation bounced, so here it is again. All details are right.\n\nGil\n\n"
        "-----Original Message-----\nFrom: Keisha Dorsey <keisha@water.example>\n"
        f"Subject: Interview\n\nThis confirms your interview on 30 November at 1pm.\n{listing}\n"
    )
    assert chosen_interviewers(text, GIL, named=[ANN]) == {GIL.email, ANN.email}


def test_one_who_forwards_a_confirmation_without_them_is_not_met():
    text = (
        "Forwarding the confirmation from HR below.\n\nGil\n\n"
        "-----Original Message-----\nFrom: Keisha Dorsey <keisha@water.example>\n"
        "Cc: Gilberto Navarrete <gil@water.example>\n\n"
        "This confirms your interview on 30 November at 1pm.\n"
        "Panel: Dr. Anneliese Voss (ann.voss@water.example)\n"
    )
    assert chosen_interviewers(text, GIL, named=[ANN], sender_recruits=True) == {ANN.email}


# --- precision: people who are not met ------------------------------------------------------

DANA = Person(name="Dana Okafor", email="dana.okafor@clinic.example")
MARC = Person(name="Marc Whit", email="marc.whit@clinic.example")


@pytest.mark.parametrize(
    "sentence",
    [
        "Your recruiter, Dana Okafor, will not join the call but can answer questions "
        "beforehand (dana.okafor@clinic.example).",
        "Dana Okafor (dana.okafor@clinic.example) won't be joining; she only booked the room.",
        "Dana Okafor (dana.okafor@clinic.example) wird nicht teilnehmen.",
    ],
)
def test_one_named_with_an_address_who_will_not_join_is_not_met(sentence):
    text = f"Your interviewer is Marc Whit (marc.whit@clinic.example). {sentence}"
    chosen = chosen_interviewers(text, None, named=[MARC, DANA], organizer=DANA, attendees=[MARC])
    assert chosen == {MARC.email}


@pytest.mark.parametrize(
    "text",
    [
        "This is your L2 with Karthik and Farah. I'm only coordinating, won't be on the call.",
        "Karthik and Farah will run it; I'm just scheduling.",
        "Je ne fais que coordonner : Karthik et Farah mèneront l'entretien.",
        "Ich koordiniere nur, das Gespräch führen Karthik und Farah.",
        "Ik coördineer alleen; Karthik en Farah voeren het gesprek.",
    ],
)
def test_one_who_only_coordinates_says_so(text):
    assert NOT_ATTENDING.search(" ".join(text.split()))


@pytest.mark.parametrize(
    "text",
    [
        "Since you're in London that's 4pm your time - let me know if that's a problem and I "
        "can try to shuffle things.",
        "If that's a problem just shout and I'll find another slot.",
        "Orchard have come back to me and Monday works for them.",
        "Ik bel je maandag nog even om het samen voor te bereiden.",
        "I'll call you on Friday to prepare, and good luck!",
        "Je vous appellerai lundi pour vous préparer.",
    ],
)
def test_a_coordinator_s_first_person_words_are_no_attendance(text):
    assert not writer_attends(text, arranges=True)


@pytest.mark.parametrize(
    "text",
    [
        "Tom and I will both be on the call.",
        "It'll be me and Tom on Thursday.",
        "Let me know if you need anything; Tom and I will see you at ten.",
    ],
)
def test_one_who_says_they_attend_still_attends(text):
    assert writer_attends(text, arranges=True)


PRIYA = Person(name="Priya Natarajan", email="priya@coffee.example")


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the call with Priya on Tuesday, I enjoyed it.",
        "After speaking with Priya last week I'd love to meet in person.",
        "Merci pour l'échange avec Priya mardi dernier.",
        "Gracias por la llamada con Priya del martes.",
        "Bedankt voor het gesprek met Priya vorige week.",
    ],
)
def test_one_met_in_a_call_already_had_is_not_met_again(text):
    assert met_by_name(text, [PRIYA]) == []


def test_one_the_next_meeting_is_with_is_met():
    assert met_by_name("Friday at noon you will meet with Priya at the store.", [PRIYA]) == [PRIYA]


LISA = Person(name="Lisa Nystrom", email="lisa.nystrom@uni.example")


@pytest.mark.parametrize(
    "text",
    [
        "Please confirm that you can attend by replying to HR officer Lisa Nystrom, "
        "lisa.nystrom@uni.example, by Monday.",
        "Merci de confirmer votre présence en répondant à Lisa Nystrom (lisa.nystrom@uni.example).",
        "Confirma tu asistencia respondiendo a Lisa Nystrom (lisa.nystrom@uni.example).",
    ],
)
def test_the_one_to_confirm_to_is_a_contact(text):
    assert is_contact(text, LISA)


@pytest.mark.parametrize(
    "text",
    [
        "If the new time doesn't work for you, reply to this email and Farah will sort "
        "something out.",
        "Si l'horaire ne vous convient pas, Farah trouvera un autre créneau avec vous.",
        "Si no te va bien, Farah y tú buscáis otra hora.",
    ],
)
def test_the_one_who_finds_another_time_is_not_met(text):
    farah = Person(name="Farah Siddiqui", email="farah@firm.example")
    assert met_by_name(text, [farah]) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("10:00 - 10:45 AM   Owen Park, Director (owen.park@firm.example)", "Owen Park"),
        ("2:00 PM Lucia Ferraro, Staff Scientist (lucia@firm.example)", "Lucia Ferraro"),
        ("10:00 Uhr Katrin Vogel, Leitung (k.vogel@firm.example)", "Katrin Vogel"),
    ],
)
def test_an_agenda_time_is_no_part_of_a_name(line, name):
    assert people_in_text(line)[0].name == name


@pytest.mark.parametrize(
    "address",
    [
        "exam-notices@corrections.example",
        "notifications@ats.example",
        "exams@state.example",
        "sms-relay@texting.example",
    ],
)
def test_a_notices_mailbox_is_no_person(address):
    assert is_shared_mailbox(address)


def test_a_staffing_technician_who_names_the_committee_is_not_met():
    sender = Person(name="Sylvie Marchand", email="sylvie@transit.example")
    text = (
        "We are pleased to invite you to an interview on 3 December at 2:30 p.m.\n"
        "The selection committee will be Helene Dufresne, Division Head, and Karim Bensaid.\n"
        "Please confirm your attendance.\n\nSylvie Marchand\nStaffing Technician\n"
    )
    assert chosen_interviewers(text, sender) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Let's lock in Monday at 3pm. I'll run it together with Greg Saunders from our team.",
        "Je le mènerai avec Claire Dubois, notre responsable risques.",
        "Lo realizaré junto con Greg, de nuestro equipo de riesgos.",
        "Das Gespräch führe ich gemeinsam mit Herrn Saunders.",
    ],
)
def test_the_writer_who_holds_it_with_another_attends(text):
    assert writer_attends(text, arranges=True)
