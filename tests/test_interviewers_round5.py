"""Interviewers, round 5: general reasons found on fresh mail, each pinned by mail written for
the rule (other registers, sectors and languages), with counter-cases.

- each line of an agenda is a unit of its own, and a copied colleague named there by surname
  ("Search committee meeting (Whitfield, Raman)") is met;
- an unquoted calendar name with a comma ("CN=Whitfield, Lorna") is one name, not a list;
- a list headed by those taking part ("Am Gespräch nehmen teil:") names the panel, even one
  whose address the mail gives only as the contact;
- a weekday and a bare number are one date when the coming such day falls on that weekday
  ("on part sur lundi 30 à 14h" sent on Friday 20 November);
- a writer who says a colleague "will also be on the call", who "moved us to Friday" or says
  "we'll talk about ...", and one who offers a day ("I can do her Monday at 4"), attends.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest

import classifymail
from afterview.understand.attendance import writer_attends
from afterview.understand.calendar import _clean_name
from afterview.understand.dates import find_interview_time
from afterview.understand.dates.mentions import scan_dates
from afterview.understand.model import Person
from afterview.understand.named_met import copied_and_met, statements_of

mail = partial(classifymail.mail, message_id="<w5@acme.example>")

# --- agenda lines and surnames of copied colleagues -----------------------------------------

OSEI = Person(name="Osei, Kwame", email="kwame.osei@uni.example")
BRANDT = Person(name="Jonas Brandt", email="j.brandt@werk.example")
RUIZ = Person(name="Ruiz, Ana", email="ana.ruiz@clinica.example")


def test_each_agenda_line_is_a_unit_of_its_own():
    agenda = "09:00 Talk and questions\n10:00 Panel (Osei)\n- lunch\n2) tour"
    assert len(statements_of(agenda)) == 4
    assert len(statements_of("We meet at the office.\nIt is on the 2nd floor.")) == 2


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Plan:\n  10:00 - 10:50  Talk (incl. questions)\n  11:00  Faculty meeting (Osei, Lee)",
            OSEI,
        ),
        (
            "Ablauf:\n9.30 Rundgang\n10.15 Gespräch mit der Leitung (Brandt)\n11.00 Abschluss",
            BRANDT,
        ),
        (
            "Programa:\n- 9:00 Visita a la planta\n- 10:00 Entrevista con dirección médica (Ruiz)",
            RUIZ,
        ),
    ],
)
def test_a_copied_colleague_named_by_surname_on_a_meeting_line_is_met(text, person):
    assert copied_and_met(text, [person]) == [person]


def test_a_surname_in_a_line_that_only_says_whom_to_ask_is_not_met():
    text = "Questions about travel? Please contact Dr. Osei in the office."
    assert copied_and_met(text, [OSEI]) == []


def test_an_unquoted_calendar_name_with_a_comma_is_one_name():
    assert _clean_name(["Whitfield", " Lorna"], "l@x.example") == "Whitfield, Lorna"
    assert _clean_name("Lorna Whitfield", "l@x.example") == "Lorna Whitfield"


def test_an_agenda_names_the_committee_copied_on_the_mail():
    body = (
        "Dear Sam,\n\nWe are pleased to invite you to interview. Here is the plan for your "
        "interview visit for the "
        "Lecturer in Statistics position on Thursday, December 3, 2026.\n\n"
        "  9:00 - 9:45    Coffee with the head of school\n"
        "  10:00 - 10:45  Seminar (45 min incl. questions)\n"
        "  11:00 - 12:00  Appointment committee meeting (Osei, Lindqvist)\n\n"
        "Best,\nMara"
    )
    raw = mail(
        body,
        subject="Visit itinerary",
        frm="Mara Kiel <mara.kiel@uni.example>",
        headers=(
            'Cc: "Osei, Kwame" <kwame.osei@uni.example>, '
            '"Lindqvist, Eva" <eva.lindqvist@uni.example>\r\n'
        ),
    )
    met = classifymail.interviewers_met(raw)
    assert {"kwame.osei@uni.example", "eva.lindqvist@uni.example"} <= met


# --- a list of those taking part ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Wir laden Sie zum Vorstellungsgespräch am Donnerstag, 3. Dezember 2026, um 10:00 Uhr "
        "ein.\n\nAm Gespräch nehmen teil:\n- Lukas Meier, Teamleiter\n- Nina Roth, HR\n\n"
        "Bei Fragen erreichen Sie mich unter nina.roth@amt.example.\n\nFreundliche Grüsse\n"
        "Nina Roth",
        "Nous vous invitons à un entretien le jeudi 3 décembre 2026 à 10h00.\n\nParticiperont "
        "à l'entretien :\n- Lukas Meier, chef d'équipe\n- Nina Roth, RH\n\nPour toute question, "
        "contactez-moi : nina.roth@amt.example.\n\nCordialement,\nNina Roth",
        "Graag nodigen we je uit voor een gesprek op donderdag 3 december 2026 om 10:00 uur.\n\n"
        "Aan het gesprek nemen deel:\n- Lukas Meier, teamleider\n- Nina Roth, HR\n\nVragen? "
        "Mail me via nina.roth@amt.example.\n\nMet vriendelijke groet,\nNina Roth",
    ],
)
def test_a_list_of_those_taking_part_names_the_panel_even_the_contact(body):
    raw = mail(body, subject="Interview", frm="Stellenportal <noreply@portal.amt.example>")
    assert "nina.roth@amt.example" in classifymail.interviewers_met(raw)


# --- what the writer says of being there ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So we confirm Tuesday at 2pm. My colleague Dr. Sam Pike will also be on the call.",
        "Confirmado el martes a las 14. Mi compañera Ana estará también en la llamada.",
        "C'est noté pour mardi 14h. Mon collègue Hugo sera aussi de l'appel.",
        "Dienstag 14 Uhr passt. Mein Kollege Herr Lenz ist auch im Gespräch.",
        "Dinsdag 14 uur is genoteerd. Mijn collega Joost zit ook in het gesprek.",
        "Thursday got eaten by a review, so I've moved us to Friday afternoon.",
        "Then we'll talk about our workflow engine and the HPC side.",
        "Danach sprechen wir über Ihre Projekte.",
        "Ensuite on parlera de tes projets actuels.",
        "Después hablaremos de tu experiencia.",
        "Daarna praten we over je projecten.",
    ],
)
def test_a_writer_who_fixes_their_own_meeting_says_they_attend(text):
    assert writer_attends(text, arranges=False)


@pytest.mark.parametrize(
    "text",
    [
        "My colleague Dr. Sam Pike will also be on the call.",
        "Then we'll talk about next steps after your interview with Tom.",
    ],
)
def test_one_who_arranges_for_others_is_not_put_in_by_those_words(text):
    assert not writer_attends(text, arranges=True)


@pytest.mark.parametrize(
    "text",
    [
        "Lauren, I can do the line cook candidate Monday 11/16 at 4pm, before the rush.",
        "I can see her Tuesday after lunch, send her over.",
        "Ich kann Sie am Montag um 16 Uhr empfangen.",
        "Je peux la recevoir mardi à 16h.",
        "Puedo verla el lunes a las 4.",
        "Ik kan haar maandag om 4 uur zien.",
    ],
)
def test_a_writer_who_offers_a_day_attends(text):
    assert writer_attends(text, arranges=True)


def test_i_can_do_without_a_day_says_nothing():
    assert not writer_attends("I can do the paperwork for you.", arranges=True)


def test_a_forwarded_manager_who_offers_the_day_is_the_interviewer():
    body = (
        "Hi Sam -\n\nForwarding Priya's note so you have the details. Good luck!\n\nTom\n"
        "Tom Akers | Recruiter | Fernhill Garden Centres\n\n"
        "---------- Forwarded message ---------\n"
        "From: Priya Lal <priya.lal@fernhill.example>\n"
        "Date: Wed, Nov 11, 2026 at 10:47 PM\nSubject: Re: seasonal candidate\n"
        "To: Tom Akers <tom.akers@fernhill.example>\n\n\n"
        "Tom, I can do the seasonal candidate Thursday 11/19 at 10am at the Eastfield store. "
        "Have him ask for me at the tills. Should take 30 min.\n\nP\n"
    )
    raw = mail(
        body,
        subject="Fwd: seasonal candidate",
        frm="Tom Akers <tom.akers@fernhill.example>",
        date_="Thu, 12 Nov 2026 11:03:55 -0600",
    )
    assert classifymail.interviewers_met(raw) == {"priya.lal@fernhill.example"}


# --- "lundi 30": a weekday and a bare number that agree are one date ------------------------

SENT = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)  # a Friday; Monday 30 November follows


@pytest.mark.parametrize(
    "text",
    [
        "Parfait, on part sur lundi 30 à 14h alors.",
        "Great, let's go with Monday 30 at 2pm then.",
        "Perfecto, quedamos lunes 30 a las 14:00.",
        "Prima, we houden maandag 30 om 14:00 aan.",
    ],
)
def test_a_weekday_and_the_number_of_its_coming_date_are_that_date(text):
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start.date() == date(2026, 11, 30)


def test_a_weekday_and_a_number_that_do_not_agree_are_no_date():
    # the coming 5th is a Saturday: "Friday 5" is not 5 December
    assert all(m.day != date(2026, 12, 5) for m in scan_dates("Friday 5 works", SENT.date()))
    # the coming 10th is a Thursday, but "10-12" is a range of hours
    assert all(m.kind != "dayonly" for m in scan_dates("Thursday 10-12 suits", SENT.date()))
