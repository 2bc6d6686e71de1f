"""Interviewers, round 8: general reasons a careful reader finds (or leaves out) a person.

- a display name's degrees are no surname ("Amit Rao MD" is "Dr. Rao" in the text);
- "vous rencontrerez", "conocerás a", "je ontmoet", "Sie treffen" name the people met;
- the Spanish writer among those met: "A Itziar y a mí nos ...";
- colleagues call a copied person by a short form of the given name ("Dev" for Devika);
- one who forwards a confirmation that lists them on the panel is met;
Each rule is pinned by mail written for it, in other registers and languages, with the
counter-cases that must stay out.
"""

from __future__ import annotations

import pytest

from afterview.understand.attendance import writer_attends
from afterview.understand.callnames import full_name_words
from afterview.understand.model import Person
from afterview.understand.named_met import copied_and_met, met_by_name, on_panel
from afterview.understand.people import choose_interviewers

ME = "cand@example.org"


def _emails(people) -> set[str]:
    return {p.email for p in people}


def _chosen(text: str, sender: Person | None, **kw) -> set[str]:
    found = choose_interviewers(
        organizer=kw.pop("organizer", None),
        attendees=kw.pop("attendees", ()),
        named=kw.pop("named", ()),
        text=text,
        sender=sender,
        excluded={ME},
        **kw,
    )
    return _emails(found)


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
    assert _chosen(text, GIL, named=[ANN]) == {GIL.email, ANN.email}


def test_one_who_forwards_a_confirmation_without_them_is_not_met():
    text = (
        "Forwarding the confirmation from HR below.\n\nGil\n\n"
        "-----Original Message-----\nFrom: Keisha Dorsey <keisha@water.example>\n"
        "Cc: Gilberto Navarrete <gil@water.example>\n\n"
        "This confirms your interview on 30 November at 1pm.\n"
        "Panel: Dr. Anneliese Voss (ann.voss@water.example)\n"
    )
    assert _chosen(text, GIL, named=[ANN], sender_recruits=True) == {ANN.email}
