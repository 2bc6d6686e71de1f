"""Interview start and interviewers, round 4: general reasons found on fresh mail, each pinned
by mail written for the rule (other registers, sectors and languages), with counter-cases.

- a reply that moves the meeting to another day "same time" keeps the thread's time of day;
- a quoted mail's own "Date:" field (not in a header block) is the meeting's day;
- a schedule's lines open with dotted ranges ("8.45 - 9.15 Welcome");
- "present at reception by 11.00" is when to arrive, not when the interview starts;
- a selection body named by a compound or with its members after the verb ("Der
  Auswahlkommission gehören Dr. X an", "Sitting on the panel will be X");
- a title's point ("Dr.") ends no sentence;
- "Mike and I will both be on the call" puts Mike in the meeting.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest

import classifymail
from afterview.understand.dates import find_interview_time
from afterview.understand.dates.clock import scan_clock
from afterview.understand.dates.thread import find_thread_time
from afterview.understand.details import complete
from afterview.understand.model import Person
from afterview.understand.named_met import met_by_name, statements_of
from afterview.understand.reading import read
from afterview.understand.robots import is_robot_address

mail = partial(classifymail.mail, message_id="<w4@acme.example>")
SENT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday

# --- a move to another day at the same time ------------------------------------------------

_QUOTED_BOOKING = (
    "From: Careers <careers@acme.example>\nSent: Tuesday, November 17, 2026 2:14 PM\n"
    "To: Sam <sam@example.org>\nSubject: Interview\n\nDear Sam,\n\n"
    "Date: Thursday, November 26, 2026\nTime: 10:00 - 10:45\nLocation: main office\n"
)


@pytest.mark.parametrize(
    ("new", "day"),
    [
        ("Sorry for the change: we have to move you to Monday the 30th, same time.", 30),
        ("Kleine Änderung: wir verschieben auf Montag, den 30.11., zur gleichen Uhrzeit.", 30),
        ("Petit changement : nous décalons au lundi 30 novembre, à la même heure.", 30),
        ("Un cambio: lo pasamos al martes 1 de diciembre a la misma hora.", 31),
        ("Kleine wijziging: we schuiven door naar maandag 30 november, zelfde tijd.", 30),
    ],
)
def test_a_move_to_another_day_at_the_same_time_keeps_the_threads_time(new, day):
    found = find_thread_time(new, _QUOTED_BOOKING, SENT)
    assert found is not None
    want = datetime(2026, 11, 26, 10, 0, tzinfo=UTC) + timedelta(days=day - 26)
    assert found.start == want
    assert found.end == want + timedelta(minutes=45)


def test_a_move_keeps_the_wall_time_in_the_threads_zone_across_a_clock_change():
    thread = "Date: Thursday, October 22, 2026\nTime: 1:00 PM - 1:45 PM Mountain Time\n"
    sent = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
    found = find_thread_time("We moved you to Monday November 2nd, same time.", thread, sent)
    assert found is not None
    assert found.start == datetime(2026, 11, 2, 13, 0, tzinfo=ZoneInfo("America/Denver"))


@pytest.mark.parametrize(
    "new",
    [
        "At the same time, we are still reviewing other profiles.",  # no day before it
        "Same time works for me, see you then.",
    ],
)
def test_same_time_without_a_new_day_moves_nothing(new):
    found = find_thread_time(new, _QUOTED_BOOKING, SENT)
    assert found is None or found.start.day == 26


def test_a_lone_date_field_in_a_quoted_mail_is_the_meetings_day_but_header_dates_are_not():
    thread = (
        "From: Ana <ana@acme.example>\nDate: Tuesday, November 17, 2026 2:14 PM\n"
        "To: Sam <sam@example.org>\n\nDate: Thursday, November 26, 2026\nTime: 3:00 PM\n"
    )
    found = find_thread_time("See below - you're confirmed!", thread, SENT)
    assert found is not None
    assert found.start == datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def test_a_reschedule_reply_with_same_time_is_booked_at_the_moved_time():
    body = (
        "Hi Sam,\n\nOur director is travelling on Thursday, so we've had to move your interview to "
        "Tuesday the 1st, same time. Everything else stays as it was.\n\nThanks,\nRuth\n\n"
        "From: Acme Careers <careers-noreply@acme.example>\nSent: Monday, November 16, 2026 "
        "9:14 AM\nTo: Sam <sam@example.org>\nSubject: Interview Confirmation\n\n"
        "This email confirms your interview.\n\nDate: Thursday, November 26, 2026\n"
        "Time: 2:00 PM - 3:00 PM\nLocation: 4 Quay St\n"
    )
    raw = mail(body, subject="RE: Interview Confirmation", frm="Ruth Kerr <ruth@acme.example>")
    # the kind is the rules' and the model's business: read the details as for a booking
    reading = read(classifymail.parse_message(raw), (classifymail.ME,), None)
    result = complete(reading, "interview_scheduled", [])
    assert result.interview is not None
    assert result.interview.start == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


# --- a schedule of dotted ranges, and when to arrive ------------------------------------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("  8.45 - 9.15     Welcome and tour", 8 * 60 + 45),
        ("13.30-14.15 Fachgespräch mit dem Team", 13 * 60 + 30),
        ("09.00 – 09.40 Entretien avec le jury", 9 * 60),
    ],
)
def test_a_schedule_line_opening_with_a_dotted_range_is_a_time(text, minutes):
    clocks = scan_clock(text)
    assert clocks and clocks[0].minutes == minutes


@pytest.mark.parametrize(
    "text",
    ["Prices 2.50 - 3.75 per unit", "Version 1.15 - 1.2 notes", "rated 4.5 - 4.8 stars"],
)
def test_decimal_ranges_are_no_times(text):
    assert scan_clock(text) == []


def test_an_assessment_day_starts_at_the_first_line_of_its_schedule():
    text = (
        "We would like to invite you to our assessment day on Tuesday 1st December.\n\n"
        "Please arrive at reception for 8.30am. The day will run as follows:\n\n"
        "  8.30 - 9.00     Coffee and welcome\n  9.00 - 10.00    Written exercise\n"
        "  10.15 - 11.00   Panel interview\n"
    )
    span = find_interview_time(text, SENT)
    assert span is not None
    assert span.start == datetime(2026, 12, 1, 8, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "You are invited to interview as follows:\nDate: Thursday, 3rd December 2026\n"
        "Time: 11.15 a.m.\n\nPlease present at main reception by 11.00 a.m. The interview "
        "will last 40 minutes.",
        "Interview: Thursday 3 December 2026, 11:15am.\n\nPlease report to the front desk "
        "by 11:00am, the interview itself takes about 40 minutes.",
        "Your interview is on Thursday 3 December 2026 at 11:15.\n\nPlease present yourself "
        "at security at 11:00 with photo ID; the interview will be held in Room 4.",
    ],
)
def test_when_to_present_at_reception_is_not_the_start(text):
    span = find_interview_time(text, SENT)
    assert span is not None
    assert span.start == datetime(2026, 12, 3, 11, 15, tzinfo=UTC)


# --- who sits on the panel ------------------------------------------------------------------

VOGEL = Person(name="Katrin Vogel", email="katrin.vogel@inst.example")
OKAFOR = Person(name="Ngozi Okafor", email="n.okafor@trust.example")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Der Auswahlkommission gehören Dr. Katrin Vogel (Leitung) und eine Vertretung des "
            "Personalrats an.",
            VOGEL,
        ),
        ("Dem Findungsgremium gehört Prof. Katrin Vogel an.", VOGEL),
        ("Sitting on the panel will be Ngozi Okafor, our Head of Finance.", OKAFOR),
        ("Members of the board are Ms Ngozi Okafor and an external assessor.", OKAFOR),
        ("Feront partie du jury Mme Katrin Vogel et un membre du CSE.", VOGEL),
        ("In de selectiecommissie zitten Katrin Vogel en twee collega's.", VOGEL),
    ],
)
def test_a_selection_body_and_its_members_name_those_met(text, person):
    assert met_by_name(text, [person]) == [person]


def test_a_title_with_a_point_ends_no_sentence():
    assert len(statements_of("The panel will be Dr. Katrin Vogel and Prof. Ngozi Okafor.")) == 1
    assert len(statements_of("We met. Then we left.")) == 2


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Confirming her for Tuesday at 2pm. Mike and I will both be on the call.", "Mike"),
        ("Wir bestätigen Dienstag, 14 Uhr. Herr Brandt und ich werden dabei sein.", "Brandt"),
        ("C'est confirmé pour mardi 14h. Hugo et moi serons présents.", "Hugo"),
        ("Confirmado el martes a las 14. Ana y yo estaremos presentes.", "Ana"),
    ],
)
def test_a_colleague_named_with_the_writer_meets_the_candidate(text, person):
    who = Person(
        name=f"{person} Example" if person != "Brandt" else "Jonas Brandt", email="x@acme.example"
    )
    assert met_by_name(text, [who]) == [who]


def test_a_colleague_named_only_as_the_contact_is_not_met():
    who = Person(name="Mike Example", email="x@acme.example")
    assert met_by_name("If you have questions, Mike and I will be happy to help.", [who]) == []


def test_an_organizer_named_on_the_committee_of_an_invitation_text_is_an_interviewer():
    body = (
        "Sehr geehrter Herr Sam,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zum "
        "Auswahlgespräch am Mittwoch, "
        "2. Dezember 2026, 10:00 Uhr ein.\n\nDer Auswahlkommission gehören Dr. Katrin Vogel "
        "(Abteilungsleitung) und Dr. Jan Roth (IT) an.\n\nMit freundlichen Grüßen\nKatrin Vogel"
    )
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:w4-1\r\n"
        "DTSTART;TZID=Europe/Berlin:20261202T100000\r\nDTEND;TZID=Europe/Berlin:20261202T110000\r\n"
        "SUMMARY:Auswahlgespräch\r\nORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@inst.example\r\n"
        "ATTENDEE;CN=Jan Roth:mailto:jan.roth@inst.example\r\n"
        "ATTENDEE;CN=Sam:mailto:sam@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    part = f"--zz\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n{ics}\r\n"
    raw = mail(
        body,
        subject="Einladung: Auswahlgespräch",
        frm="Katrin Vogel über Cloud <noreply@cloud.inst.example>",
        headers="Reply-To: Katrin Vogel <katrin.vogel@inst.example>\r\n",
        extra_parts=part,
    )
    assert classifymail.interviewers_met(raw) == {
        "katrin.vogel@inst.example",
        "jan.roth@inst.example",
    }


# --- a bilingual mail stamped UTC is written where its other language is spoken -------------

_GERMAN = (
    "Guten Tag Frau Brandt,\n\nvielen Dank für das angenehme Telefonat. Gerne möchten wir Sie "
    "nun zu einem persönlichen Gespräch an unserem Standort einladen, am Donnerstag, "
    "03.12.2026, um 9:00 Uhr.\n\n"
)
_DUTCH = (
    "Beste Sam,\n\nbedankt voor het fijne telefoongesprek. We nodigen je graag uit voor een "
    "gesprek op ons kantoor op donderdag 3 december om 9:00 uur, het duurt ongeveer een uur.\n\n"
)
_ENGLISH = (
    "English version\n\nDear Sam,\n\nthank you for the pleasant call. We would like to invite "
    "you to meet us in person at our office on Thursday, 3 December 2026 at 9:00 am. Please "
    "plan about an hour, and let us know if the time does not suit you. We look forward to "
    "it and we will send the address with the confirmation that follows this message.\n"
)


@pytest.mark.parametrize(
    ("text", "zone"),
    [(_GERMAN + _ENGLISH, "Europe/Berlin"), (_DUTCH + _ENGLISH, "Europe/Amsterdam")],
)
def test_a_bilingual_mail_stamped_utc_reads_its_times_in_the_other_languages_zone(text, zone):
    span = find_interview_time(text, SENT)
    assert span is not None
    assert span.start == datetime(2026, 12, 3, 9, 0, tzinfo=ZoneInfo(zone))


def test_an_english_mail_with_a_german_sign_off_stays_in_the_senders_offset():
    span = find_interview_time(_ENGLISH + "\nViele Grüße aus dem Büro\nJonas", SENT)
    assert span is not None
    assert span.start == datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


# --- "a.m." closes its sentence: a request to say if it does not suit is the next one --------


@pytest.mark.parametrize(
    "text",
    [
        "Your interview is on Thursday 3 December at 3 p.m. Let us know if the time doesn't "
        "work for you.",
        "We have booked you for Thursday, 3 December at 10 am. Please tell me if it does not "
        "suit and I'll find another slot.",
        "Interview confirmed: Thursday 3 December, 9:30 a.m. If that can't work, just reply.",
    ],
)
def test_a_time_ending_in_a_dotted_meridiem_ends_its_sentence(text):
    span = find_interview_time(text, SENT)
    assert span is not None
    assert span.start.date() == datetime(2026, 12, 3).date()


def test_a_time_turned_down_right_after_its_meridiem_stays_declined():
    span = find_interview_time("Thursday 3 December at 9 a.m. won't work for me.", SENT)
    assert span is None


# --- a reply that moves the meeting keeps its people; a contact may still be met -------------

_QUOTED_PANEL = (
    "\n\nFrom: Acme Careers <careers-noreply@acme.example>\nSent: Monday, November 16, 2026 "
    "9:14 AM\nTo: Sam <sam@example.org>\nCc: Ruth Kerr <ruth.kerr@acme.example>\n"
    "Subject: Interview Confirmation\n\nThis email confirms your interview.\n\n"
    "Date: Thursday, November 26, 2026\nTime: 2:00 PM - 3:00 PM\n"
    "Interviewers: Ruth Kerr, Talent Partner; Omar Haddad, Director\n"
)


def _booked(raw: bytes):
    """The details of ``raw`` read as a booked interview at the time its new text states."""
    reading = read(classifymail.parse_message(raw), (classifymail.ME,), None)
    found = find_interview_time(reading.kind_text(), reading.msg.date)
    assert found is not None
    return complete(reading, "interview_scheduled", [], span=(found.start, found.end))


@pytest.mark.parametrize(
    "top",
    [
        "Hi Sam,\n\nSmall change: your interview moves to Tuesday December 1st at 2pm. The panel "
        "stays the same, with Lena joining as well.\n\nLena Brooks, our COO "
        "(lena.brooks@acme.example), if you want to look her up.\n\nRuth",
        "Hallo Sam,\n\nkleine Änderung: Ihr Gespräch ist jetzt am Dienstag, 1. Dezember um "
        "14 Uhr. Die Gesprächspartner bleiben gleich, dazu kommt Lena Brooks "
        "(lena.brooks@acme.example), unsere COO, die Sie ebenfalls treffen wird.\n\nRuth",
        "Bonjour Sam,\n\npetit changement : votre entretien passe au mardi 1er décembre à 14h. "
        "Le jury reste le même, avec Lena Brooks (lena.brooks@acme.example) en plus.\n\nRuth",
    ],
)
def test_a_move_that_keeps_the_panel_keeps_the_writer_listed_on_it(top):
    raw = mail(
        top + _QUOTED_PANEL,
        subject="RE: Interview Confirmation",
        frm="Ruth Kerr <ruth.kerr@acme.example>",
    )
    result = _booked(raw)
    assert result.interview is not None
    met = {p.email for p in result.interview.interviewers}
    assert {"ruth.kerr@acme.example", "lena.brooks@acme.example"} <= met
    assert classifymail.ME not in met


def test_a_move_that_names_new_people_without_keeping_the_panel_does_not_add_the_writer():
    top = (
        "Hi Sam,\n\nSmall change: your interview moves to Tuesday December 1st at 2pm, and it "
        "will be with Lena Brooks (lena.brooks@acme.example) instead.\n\nRuth\nRecruiter"
    )
    raw = mail(
        top + _QUOTED_PANEL,
        subject="RE: Interview Confirmation",
        frm="Ruth Kerr <ruth.kerr@acme.example>",
    )
    result = _booked(raw)
    assert result.interview is not None
    assert {p.email for p in result.interview.interviewers} == {"lena.brooks@acme.example"}


# --- a notification address in another language is a robot, never an interviewer -------------


@pytest.mark.parametrize(
    "address",
    [
        "notificaciones@hosterra.example",
        "keine-antwort@bewerbung.example",
        "ne-pas-repondre@recrutement.example",
        "no-responder@empleo.example",
        "niet-beantwoorden@vacatures.example",
        "notificaties@werkenbij.example",
        "benachrichtigungen@karriere.example",
    ],
)
def test_a_localised_notification_address_is_a_robot(address):
    assert is_robot_address(address)


@pytest.mark.parametrize(
    "address", ["marta.avisosa@hotel.example", "ines.alert@x.example", "notario@x.example"]
)
def test_people_whose_address_only_resembles_a_notification_are_no_robots(address):
    assert not is_robot_address(address)


def test_a_platforms_spanish_notification_sender_is_no_interviewer():
    body = (
        "Hola Sam,\n\nEl equipo de Hotel Sol ha cambiado la hora de tu entrevista.\n\n"
        "NUEVA FECHA\nmiércoles, 2 dic. · 14h30 – 15h00 (hora de Madrid)\n\n"
        "Puesto: Recepcionista\nEntrevista con: Marta Ruiz, Jefa de Recepción\n"
    )
    raw = mail(
        body,
        subject="Cambio en tu entrevista",
        frm="Hotel Sol vía Hosterra <notificaciones@hosterra.example>",
    )
    assert all(
        p.email != "notificaciones@hosterra.example" for p in _booked(raw).interview.interviewers
    )
