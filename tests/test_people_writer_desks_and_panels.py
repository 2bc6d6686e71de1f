"""Interviewers: general reasons a careful reader finds (or leaves out) a person.

- the writer named last, in the third person, in the list of those met ("y quien suscribe",
  "and yours truly", "la suscrita");
- the writer and another "both" there ("X and I will both be on", "nous serons tous les deux");
- another joins the writer ("se joindra à moi", "me acompañará", "wird mich begleiten");
- "we'd like to invite you to meet X and me" speaks of the meeting, not of sending an invite;
- a reply that moves the meeting and keeps the panel keeps the people the quoted request
  listed under "Panel:", not only those it put next to meeting words;
- not met: a recruiting desk's mailbox with a unit after it ("recruit.ed@", "talent.latam@").
Each rule is pinned by mail written for it, in other registers and languages, with the
counter-cases that must stay out.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.attendance import writer_attends
from afterview.understand.people.callnames import is_shared_mailbox
from afterview.understand.people.named_met import copied_and_met, met_by_name
from classifymail import chosen_interviewers

ME = "cand@example.org"


# --- the writer among those met, in the third person or with "both" ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Integran la comisión: Rosa Tapia, jefa de Operaciones, y quien suscribe.",
        "Estarán presentes el gerente del área y la suscrita.",
        "On the panel: Dr. Hugh Marsh (Clinical Director) and yours truly.",
        "Deepa Rao, our Head of Data, and I will both be on the call.",
        "Ruairí and I'll both be there to walk you through the case.",
        "Nous serons toutes les deux présentes pour l'entretien, Inès et moi.",
        "Estaremos los dos, Tomás y yo, en la sala 3.",
        "Wir sind beide beim Gespräch dabei, Herr Kaya und ich.",
        "We zijn er allebei bij: Sanne en ik.",
    ],
)
def test_the_writer_named_among_those_met_attends(text):
    assert writer_attends(text, arranges=True)


@pytest.mark.parametrize(
    "text",
    [
        "Marc-André Gagnon, notre directeur (en copie), se joindra à moi pour l'entrevue.",
        "Notre chef d'équipe me rejoindra pour la deuxième partie.",
        "La responsable del área, Elena Ruiz, me acompañará en la entrevista.",
        "Herr Vogt aus der Fachabteilung wird mich beim Gespräch begleiten.",
        "Onze teamleider zal mij vergezellen tijdens het gesprek.",
    ],
)
def test_another_joining_the_writer_puts_the_writer_there(text):
    assert writer_attends(text, arranges=True)


@pytest.mark.parametrize(
    "text",
    [
        # the recruiter only arranges: others meet the candidate
        "Your interview is with Deepa Rao and Tom Ince; both will be on the call.",
        "Les deux membres du jury seront présents; je vous envoie le lien demain.",
        "Confirmamos la entrevista con el gerente del área. Saludos, quien suscribe no asiste.",
        "Please sign below and return the contract to the undersigned office.",
    ],
)
def test_others_both_there_or_a_form_s_undersigned_leave_the_writer_out(text):
    assert not writer_attends(text, arranges=True)


def test_a_spanish_panel_field_with_the_undersigned_keeps_the_recruiter():
    sender = Person(name="Carmen Ibarra", email="carmen.ibarra@vinasur.example")
    boss = Person(name="Julián Ortega", email="julian.ortega@vinasur.example")
    text = (
        "Estimada Paula:\n\nLe confirmo la entrevista para el cargo de Enóloga Junior.\n\n"
        "Fecha: jueves 3 de diciembre, 9:00 hrs\n"
        "Participan: Julián Ortega, Jefe de Bodega, y quien suscribe.\n\n"
        "Atentamente,\nCarmen Ibarra\nAnalista de Selección | Viña Sur"
    )
    chosen = chosen_interviewers(
        text, sender, organizer=sender, attendees=[boss], sender_recruits=True
    )
    assert chosen == {sender.email, boss.email}


# --- "invite you to meet" is the meeting, "send the invite" is not --------------------------


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "We would like to invite you for a conversation with me and Ola (Ola Berg, "
            "Product Lead, in CC).",
            True,
        ),
        ("I'd like to invite you to meet Ola Berg, our Product Lead, next Tuesday.", True),
        ("We invite you to a technical round with Ola Berg (copied).", True),
        ("Ola Berg (copied) will send the invite for Tuesday's interview.", False),
        ("Ola Berg is in CC so she can forward the calendar invitation.", False),
    ],
)
def test_inviting_the_candidate_to_meet_someone_names_them_as_met(text, met):
    ola = Person(name="Ola Berg", email="ola.berg@fjordlab.example")
    assert bool(copied_and_met(text, [ola])) is met


# --- a moved meeting keeps the quoted request's panel list ----------------------------------

_HISTORY = {
    "en": (
        "From: Naledi Dube <naledi@waterboard.example>\nSubject: Interview\n\n"
        "We invite you to an interview on Friday at 11:00.\n\n"
        "Panel: Naledi Dube (HR), Johan Visser (Lead Engineer) and a board member.\n"
    ),
    "de": (
        "Von: Naledi Dube <naledi@waterboard.example>\nBetreff: Vorstellungsgespräch\n\n"
        "wir laden Sie am Freitag um 11 Uhr ein.\n\n"
        "Ihre Gesprächspartner:\n- Naledi Dube, Personal\n- Johan Visser, Teamleitung\n"
    ),
    "fr": (
        "De : Naledi Dube <naledi@waterboard.example>\nObjet : Entretien\n\n"
        "Nous vous invitons vendredi à 11 h.\n\n"
        "Jury : Naledi Dube (RH), Johan Visser (responsable technique).\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(_HISTORY))
def test_a_moved_meeting_with_the_same_panel_keeps_the_quoted_panel_list(lang):
    sender = Person(name="Naledi Dube", email="naledi@waterboard.example")
    johan = Person(name="Johan Visser", email="johan.visser@waterboard.example")
    moved = {
        "en": "We have moved your interview to Monday at 10:00. The panel is unchanged. "
        "I have copied Johan so that he is aware.",
        "de": "Wir haben das Gespräch auf Montag, 10 Uhr verschoben; die Gesprächspartner "
        "bleiben gleich. Herr Visser ist in Kopie.",
        "fr": "Nous avons déplacé l'entretien à lundi 10 h, même jury. Johan est en copie.",
    }[lang]
    chosen = chosen_interviewers(
        moved, sender, history=_HISTORY[lang], book=[sender, johan], copied=[johan]
    )
    assert johan.email in chosen


def test_a_moved_meeting_with_a_new_panel_does_not_keep_the_old_list():
    sender = Person(name="Naledi Dube", email="naledi@waterboard.example")
    johan = Person(name="Johan Visser", email="johan.visser@waterboard.example")
    moved = (
        "We have moved your interview to Monday at 10:00. Johan Visser will not join; "
        "Priya Naidoo will stand in for him."
    )
    chosen = chosen_interviewers(moved, sender, history=_HISTORY["en"], book=[sender, johan])
    assert johan.email not in chosen


# --- a team's desk or a service's sending domain is no person -------------------------------


@pytest.mark.parametrize(
    ("address", "shared"),
    [
        ("recruit.ed@hospital.example", True),  # the Emergency Department's recruiting desk
        ("talent.latam@northgate.example", True),
        ("careers-uk@retailer.example", True),
        ("rrhh.santiago@banco.example", True),
        ("bewerbung.muenchen@firma.example", True),
        ("anna.hr@firma.example", False),  # Anna, in HR
        ("maria.talent@agency.example", False),
        ("edward.recruit@firm.example", False),
        ("tomek.wrona@gmail.com", False),
    ],
)
def test_a_recruiting_desk_heading_a_mailbox_makes_it_shared(address, shared):
    assert is_shared_mailbox(address) is shared


def test_the_desk_to_confirm_to_is_no_interviewer():
    sender = Person(name="MWUH Recruitment", email="donotreply@mwuh.example")
    desk = Person(name="Recruit Ed", email="recruit.ed@mwuh.example")
    text = (
        "You have been invited to attend for interview on Thursday 26 November at 10.15am.\n"
        "Please confirm your attendance by return to recruit.ed@mwuh.example."
    )
    assert chosen_interviewers(text, sender, named=[desk]) == set()


# --- a blank line or a list's next item ends a sentence ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The day is made up of:\n  - a store walk\n  - a competency interview with Martin Hale "
        "and me\n\nLunch is provided - just let me know about any dietary needs.",
        "Programme :\n- visite du site\n- entretien avec Mme Roux et moi\n"
        "- déjeuner (faites-moi savoir si vous avez un régime particulier)",
        "Ablauf:\n1. Werksführung\n2. Gespräch mit Herrn Lenz und mir\n\n"
        "Bei Fragen melden Sie sich gern.",
    ],
)
def test_the_writer_in_a_list_item_is_not_lost_to_a_later_contact_sentence(text):
    assert writer_attends(text, arranges=True)


def test_a_contact_sentence_on_its_own_still_says_nothing_of_attending():
    text = (
        "The panel is Martin Hale and Ana Ruiz.\n\nAny questions, just let me know and I'll help."
    )
    assert not writer_attends(text, arranges=True)


# --- a sentence that says who the panel is names everyone in its list -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The panel will be Dr. Anita Rao (Clinical Lead, Digital Health), Colm Fairweather "
        "(Senior Product Designer) and myself.",
        "Le jury sera composé de Mme Hélène Girard (directrice financière), M. Paul Tessier "
        "(contrôleur de gestion) et Colm Fairweather.",
        "Die Kommission besteht aus Frau Dr. Ilse Brandl (Personalabteilung), Herrn Markus "
        "Oberhuber (Bereichsleitung Finanzen) und Colm Fairweather.",
    ],
)
def test_everyone_in_a_panel_sentence_is_met(text):
    colm = Person(name="Colm Fairweather", email="colm.fairweather@hospital.example")
    assert met_by_name(text, [colm]) == [colm]


@pytest.mark.parametrize(
    "text",
    [
        "The panel will be chosen by Colm Fairweather next week.",
        "The interview panel is small: Colm Fairweather only sends the link.",
        "Colm Fairweather sends the agenda; the panel will be confirmed next week.",
    ],
)
def test_a_panel_sentence_that_names_no_one_met_does_not_add_them(text):
    colm = Person(name="Colm Fairweather", email="colm.fairweather@hospital.example")
    assert met_by_name(text, [colm]) == []
