"""Interviewers: those who only coordinate the interview are not met.

- one named with an address as the process's go-between ("reply to your recruiter, Ana (a@x)",
  "her assistant (c@x) will contact you for the badge", "Ihre Ansprechpartnerin") is a contact;
- one who only fetches the candidate at the door ("I'll meet you at the entrance and bring
  you up", "ich hole Sie am Empfang ab") does not attend;
- a sender who organises a calendar invitation is not met for their own address in the
  sign-off, nor kept as the only one met when the text names the panel with addresses.
Each rule is pinned by mail written for it, in other registers and languages, with the
counter-cases that must stay met.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.attendance import writer_attends
from afterview.understand.people.named_met import is_contact, met_by_name
from afterview.understand.people.people import choose_interviewers

ANA = Person(name="Ana Ruiz", email="ana.ruiz@firm.example")
ME = "sam@example.org"


@pytest.mark.parametrize(
    "text",
    [
        "If anything needs adjusting for the interview, reply to your recruiter, Ana Ruiz "
        "(ana.ruiz@firm.example).",
        "Her assistant, Ana Ruiz (ana.ruiz@firm.example), will contact you about the visitor "
        "pass; she is also the person to call if your flight is late.",
        "Ihre Ansprechpartnerin für Anreise und Hotel ist Frau Ana Ruiz (ana.ruiz@firm.example).",
        "Votre interlocutrice pour la logistique reste Ana Ruiz (ana.ruiz@firm.example).",
        "Tu persona de contacto en RRHH es Ana Ruiz (ana.ruiz@firm.example).",
        "Je contactpersoon voor de praktische zaken is Ana Ruiz (ana.ruiz@firm.example).",
        "Ana Ruiz (ana.ruiz@firm.example) will set it up and send you the link tomorrow.",
    ],
)
def test_a_go_between_named_with_an_address_is_a_contact(text):
    assert is_contact(text, ANA)


@pytest.mark.parametrize(
    "text",
    [
        "You will meet Ana Ruiz (ana.ruiz@firm.example), our Head of Sales.",
        "Ana Ruiz (ana.ruiz@firm.example) will call you on the number on your CV.",
        "The interview is with Ana Ruiz (ana.ruiz@firm.example) and runs for an hour.",
        "Vous serez reçu par Ana Ruiz (ana.ruiz@firm.example), directrice financière.",
    ],
)
def test_one_who_holds_the_meeting_is_no_contact(text):
    assert not is_contact(text, ANA)


@pytest.mark.parametrize(
    "text",
    [
        "I'll meet you at the Harbour St entrance at 12:50 and bring you up to the 4th floor.",
        "I will come down to reception to collect you just before ten.",
        "Ich hole Sie um 9.45 Uhr am Empfang ab.",
        "Je viendrai vous chercher à l'accueil à 14h.",
        "Te espero en la recepción a las 10 y subimos juntos.",
        "Ik haal je om half tien op bij de receptie.",
    ],
)
def test_one_who_fetches_at_the_door_does_not_attend(text):
    assert not writer_attends(text, arranges=True)


@pytest.mark.parametrize(
    "text",
    [
        "I'll meet you at reception and we'll run the interview together with Tom.",
        "Tom and I will both be on the call.",
        "I'll meet you in the lobby, then we'll do the interview together with Tom.",
    ],
)
def test_an_interviewer_who_also_greets_still_attends(text):
    assert writer_attends(text, arranges=True)


def test_a_greeter_named_in_the_invitation_text_is_not_met():
    assert not met_by_name("Ana will meet you at the main entrance at 8:50.", [ANA])
    assert met_by_name("Ana will meet you on Teams at 9:00.", [ANA])


SENDER = Person(name="Hannah Lee", email="hannah.lee@acme.example")
NIK = Person(name="Nikhil Rao", email="nikhil.rao@acme.example")
GRETA = Person(name="Greta Sorensen", email="greta.sorensen@acme.example")


def _met(text, *, organizer, attendees, named, sender, recruits=True):
    found = choose_interviewers(
        organizer=organizer,
        attendees=attendees,
        named=named,
        text=text,
        sender=sender,
        excluded={ME},
        sender_recruits=recruits,
    )
    return {p.email for p in found}


@pytest.mark.parametrize(
    "text",
    [
        "I've moved your interview to Thursday at 2pm. You'll meet Nikhil Rao and Greta "
        "Sorensen.\n\nThanks,\nHannah\n\nHannah Lee | Technical Recruiter\n"
        "hannah.lee@acme.example | 212-555-0193",
        "Invite attached for Monday 10:00 with Nikhil Rao and Greta Sorensen.\n\nBest\n"
        "Hannah Lee, Talent Acquisition - hannah.lee@acme.example",
        "Anbei die Einladung für Montag, 10 Uhr, mit Nikhil Rao und Greta Sorensen.\n\n"
        "Viele Grüße\nHannah Lee\nRecruiting | hannah.lee@acme.example",
    ],
)
def test_the_organizing_senders_own_signature_address_does_not_put_them_in(text):
    named = [Person(name="Hannah Lee", email=SENDER.email)]
    met = _met(text, organizer=SENDER, attendees=[NIK, GRETA], named=named, sender=SENDER)
    assert met == {NIK.email, GRETA.email}


def test_the_organizing_sender_who_says_they_join_stays():
    text = (
        "Invite attached for Monday 10:00. Nikhil Rao and I will both be on the call.\n\n"
        "Hannah Lee | Recruiter | hannah.lee@acme.example"
    )
    named = [Person(name="Hannah Lee", email=SENDER.email)]
    met = _met(text, organizer=SENDER, attendees=[NIK], named=named, sender=SENDER)
    assert SENDER.email in met


@pytest.mark.parametrize(
    "agenda",
    [
        "Agenda\n 9:00 Nikhil Rao, CTO (nikhil.rao@acme.example)\n"
        " 9:45 Greta Sorensen, CFO (greta.sorensen@acme.example)\nAsk for Hannah at the desk.",
        "Your panel: Nikhil Rao (nikhil.rao@acme.example) and Greta Sorensen "
        "(greta.sorensen@acme.example).",
        "Gesprächspartner: Nikhil Rao (nikhil.rao@acme.example), Greta Sorensen "
        "(greta.sorensen@acme.example)",
    ],
)
def test_a_tools_organizer_is_not_the_one_met_when_the_text_names_the_panel(agenda):
    robot = Person(name="Hannah Lee", email="no-reply@ats.example")
    met = _met(agenda, organizer=SENDER, attendees=[], named=[NIK, GRETA], sender=robot)
    assert met == {NIK.email, GRETA.email}


def test_a_tools_organizer_alone_is_still_met():
    robot = Person(name="Acme Careers", email="no-reply@ats.example")
    met = _met(
        "Your interview is booked for Monday at 10:00.",
        organizer=SENDER,
        attendees=[],
        named=[],
        sender=robot,
        recruits=False,
    )
    assert met == {SENDER.email}
