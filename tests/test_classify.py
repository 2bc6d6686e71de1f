"""classify(): targeted behaviour, one rule per test (the corpus test measures the whole)."""

from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest

from afterview.errors import UsageError
from afterview.mail.message import parse_message
from afterview.understand.body.text import split_body
from afterview.understand.classify import classify, classify_file, to_json
from afterview.understand.company.employer import normalise_company
from afterview.understand.people.robots import is_robot_address, is_room
from afterview.understand.role.title import find_role

ME = "sam@example.org"


def mail(
    body: str,
    *,
    subject: str = "Hello",
    frm: str = "Jane Doe <jane.doe@acme.example>",
    headers: str = "",
    date_: str = "Tue, 03 Nov 2026 10:00:00 +0000",
    to: str = f"Sam <{ME}>",
    extra_parts: str = "",
) -> bytes:
    head = (
        f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date_}\r\n"
        f"Message-ID: <t@acme.example>\r\n{headers}"
    )
    if extra_parts:
        return (
            f"{head}Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n{extra_parts}--zz--\r\n"
        ).encode()
    return f"{head}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}".encode()


def run(raw: bytes, me: tuple[str, ...] = (ME,)):
    return classify(parse_message(raw), me=me)


def ics_part(method: str, attendees: str, summary: str = "Interview: Sam - Data Analyst") -> str:
    return (
        f"--zz\r\nContent-Type: text/calendar; method={method}\r\n\r\n"
        f"BEGIN:VCALENDAR\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nUID:1@acme.example\r\n"
        "DTSTART:20261110T150000Z\r\nDTEND:20261110T160000Z\r\n"
        "ORGANIZER;CN=Jane Doe:mailto:jane.doe@acme.example\r\n"
        f"{attendees}SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_new_text_decides_and_quoted_history_is_only_context() -> None:
    body = (
        "Hi Sam,\n\nThank you for your time. Unfortunately we have decided to move forward "
        "with another candidate for the Data Analyst role.\n\nJane\n\n"
        "On Mon, 2 Nov 2026 at 09:00, Jane Doe <jane.doe@acme.example> wrote:\n"
        "> Great news, we'd like to offer you the Data Analyst position!\n"
    )
    result = run(mail(body, subject="Re: Data Analyst"))
    assert result.kind == "rejection"
    assert "quoted-text-ignored" in result.reasons
    assert result.company == "Acme"


def test_out_of_office_with_header_gives_return_date() -> None:
    body = "I am out of the office until Friday 13 November and will reply when I am back."
    result = run(
        mail(body, subject="Automatic reply: Interview", headers="Auto-Submitted: auto-replied\r\n")
    )
    assert result.kind == "auto_reply"
    assert any(r.startswith("header:Auto-Submitted") for r in result.reasons)
    assert result.back_on is not None and result.back_on >= date(2026, 11, 13)


def test_ats_acknowledgement_wins_over_auto_submitted() -> None:
    body = (
        "Thank you for applying for the Data Analyst role at Acme. "
        "We have received your application."
    )
    result = run(
        mail(
            body, frm="Acme <no-reply@greenhouse.io>", headers="Auto-Submitted: auto-generated\r\n"
        )
    )
    assert result.kind == "application_received"
    assert result.is_robot_sender and result.contact is None
    assert result.company == "Acme"


def test_calendar_request_is_the_truth_and_people_are_filtered() -> None:
    attendees = (
        f"ATTENDEE;CN=Sam:mailto:{ME}\r\n"
        "ATTENDEE;CN=Raj Patel:mailto:raj.patel@acme.example\r\n"
        "ATTENDEE;CN=Room 4 (Board Room):mailto:room4@acme.example\r\n"
        "ATTENDEE;CN=Scheduler:mailto:no-reply@goodtime.io\r\n"
    )
    body = (
        "Hi Sam, your interview for the Data Analyst role is confirmed. "
        "Raj and I will see you then."
    )
    result = run(mail(body, subject="Interview", extra_parts=ics_part("REQUEST", attendees)))
    assert result.kind == "interview_scheduled"
    assert result.interview is not None
    assert result.interview.start.isoformat().startswith("2026-11-10T15:00:00")
    emails = {p.email for p in result.interview.interviewers}
    assert emails == {"jane.doe@acme.example", "raj.patel@acme.example"}
    assert any(r == "ics:REQUEST" for r in result.reasons)


def test_calendar_reply_is_not_a_new_interview() -> None:
    attendees = "ATTENDEE;PARTSTAT=ACCEPTED;CN=Raj:mailto:raj.patel@acme.example\r\n"
    result = run(
        mail(
            "Raj has accepted.",
            subject="Accepted: Interview",
            extra_parts=ics_part("REPLY", attendees),
        )
    )
    assert result.kind != "interview_scheduled" and result.interview is None


def test_calendar_cancel() -> None:
    body = "This event has been cancelled."
    result = run(mail(body, subject="Canceled: Interview", extra_parts=ics_part("CANCEL", "")))
    assert result.kind == "interview_cancelled"


@pytest.mark.parametrize(
    ("subject", "body", "headers"),
    [
        (
            "Weekly digest: acing the interview",
            "In this issue: how to answer interview questions and negotiate your offer letter.",
            "List-Id: <news.example>\r\n",
        ),
        ("Join our webinar", "Register now for our webinar on technical interviews.", ""),
        (
            "Your dental appointment",
            "Your dentist appointment is confirmed for Tuesday at 9:00.",
            "",
        ),
        ("Research session", "Join a 30-minute user interview and get a gift card.", ""),
        ("Podcast", "I'd love to interview you for our podcast episode next week.", ""),
        ("Special offer", "Special offer: 30% off, offer ends Sunday.", ""),
    ],
)
def test_hard_negatives_are_unrelated(subject: str, body: str, headers: str) -> None:
    assert run(mail(body, subject=subject, headers=headers)).kind == "unrelated"


def test_offer_of_an_interview_is_a_request() -> None:
    body = (
        "Thank you for applying. "
        "We are pleased to offer you an interview for the Data Analyst role."
    )
    assert run(mail(body)).kind == "interview_request"


def test_offer_deadline_is_not_a_decision_date() -> None:
    body = (
        "We're delighted to offer you the Data Analyst position at Acme! "
        "Please let us know your decision by Friday."
    )
    result = run(mail(body))
    assert result.kind == "offer"
    assert result.decision_by is None


def test_a_time_asked_as_a_question_is_not_confirmed() -> None:
    body = (
        "Thanks for applying for the Data Analyst role. Would Thursday 12 November at 2pm "
        "work for an interview?"
    )
    assert run(mail(body)).kind == "interview_request"


def test_confirmed_time_in_text() -> None:
    body = (
        "Hi Sam, I'm happy to confirm your interview for the Data Analyst role on "
        "Thursday 12 November 2026 at 14:00 GMT. You'll meet Raj Patel (raj.patel@acme.example)."
    )
    result = run(mail(body))
    assert result.kind == "interview_scheduled"
    assert result.interview is not None
    assert result.interview.start.isoformat() == "2026-11-12T14:00:00+00:00"
    assert [p.email for p in result.interview.interviewers] == ["raj.patel@acme.example"]
    assert result.role == "Data Analyst"


def test_mail_from_the_user_is_unrelated() -> None:
    body = "Hi Jane, thanks for the interview today!"
    result = run(mail(body, frm=f"Sam <{ME}>", to="Jane <jane.doe@acme.example>"))
    assert result.kind == "unrelated" and "from-me" in result.reasons


def test_employer_reply_with_timeline() -> None:
    body = (
        "Thanks for your patience with the Data Analyst process. We will get back to you by Friday."
    )
    result = run(mail(body))  # Tuesday 3 November
    assert result.kind == "employer_reply"
    assert result.decision_by == date(2026, 11, 6)
    assert result.contact is not None and result.contact.email == "jane.doe@acme.example"


def test_languages_are_detected() -> None:
    body = "Hallo Sam,\n\nleider haben wir uns für eine andere Kandidatin entschieden. Viele Grüße"
    result = run(mail(body))
    assert result.kind == "rejection" and result.language == "de"


def test_split_body_separates_history_signature_and_footer() -> None:
    text = (
        "Thanks Sam, see you Tuesday.\n\nBest,\nJane Doe\nRecruiter | Acme\n\n"
        "Unsubscribe from these emails\n\n"
        "-----Original Message-----\nFrom: Sam\nSent: Monday\nTo: Jane\nSubject: Hi\n\nold"
    )
    body = split_body(text)
    assert body.new == "Thanks Sam, see you Tuesday."
    assert "Recruiter | Acme" in body.signature
    assert "Unsubscribe" in body.footer
    assert body.quoted.startswith("-----Original Message-----")
    german = split_body("Neu.\n\nAm 2. Nov. 2026 um 10:00 schrieb Jane Doe <j@x.de>:\n> alt")
    assert german.new == "Neu." and "alt" in german.quoted


def test_robots_and_rooms() -> None:
    for address in (
        "no-reply@acme.example",
        "notifications@app.bamboohr.com",
        "jane@greenhouse.io",
        "calendar-notification@google.com",
        "MAILER-DAEMON@x.org",
    ):
        assert is_robot_address(address), address
    assert not is_robot_address("jane.doe@acme.example")
    assert is_room("Board Room 3", "br3@acme.example")
    assert not is_room("Jane Doe", "jane.doe@acme.example")


def test_company_names_are_normalised() -> None:
    assert normalise_company("Steinhaus Software GmbH") == "Steinhaus Software"
    assert normalise_company("Kettlebrook Energy Careers") == "Kettlebrook Energy"
    assert normalise_company("Acme Robotics, Inc.") == "Acme Robotics"
    assert normalise_company("Greenhouse") is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Thanks for applying for the Senior Data Engineer role at Acme.", "Senior Data Engineer"),
        ("Ihre Bewerbung als Data Analyst (m/w/d) bei uns", "Data Analyst"),
        (
            "votre candidature au poste de Chef de projet digital chez Acme",
            "Chef de projet digital",
        ),
        ("tu candidatura para el puesto de Analista de Datos en Acme", "Analista de Datos"),
        (
            "je sollicitatie voor de functie Financieel Controller op ons kantoor",
            "Financieel Controller",
        ),
    ],
)
def test_roles_in_five_languages(text: str, role: str) -> None:
    assert find_role([text], "", "Acme") == role


def test_to_json_has_the_contract_keys(tmp_path) -> None:
    path = tmp_path / "a.eml"
    body = "Thank you for applying to Acme. We have received your application for the Analyst role."
    path.write_bytes(mail(body))
    result = classify_file(str(path))
    assert list(result) == [
        "file",
        "message_id",
        "kind",
        "company",
        "role",
        "interview",
        "decision_by",
        "reasons",
        "back_on",
    ]
    assert result["file"] == str(path) and result["message_id"] == "<t@acme.example>"
    assert result["kind"] == "application_received"
    json.dumps(result)
    assert to_json(run(mail(body)), file="x", message_id=None)["interview"] is None


def test_classify_file_errors_and_stdin(monkeypatch, tmp_path) -> None:
    with pytest.raises(UsageError):
        classify_file(str(tmp_path / "missing.eml"))
    with pytest.raises(UsageError):
        classify_file(str(tmp_path))
    fake = io.TextIOWrapper(io.BytesIO(mail("Hi")))
    monkeypatch.setattr(sys, "stdin", fake)
    assert classify_file("-")["file"] == "-"


@pytest.mark.parametrize(
    ("body", "not_kind"),
    [
        (
            "We regret to inform you that we need to reschedule your interview for the "
            "Data Analyst role. Could you do Thursday instead?",
            "rejection",
        ),
        (
            "Thanks for the Data Analyst interview. Before we can extend a formal offer we need "
            "two references from you.",
            "offer",
        ),
        (
            "Welcome aboard! We look forward to seeing you on your first day, Monday 4 January "
            "2027 at 9:00, for your onboarding as our new Data Analyst.",
            "interview_scheduled",
        ),
        (
            "Thanks for applying for the Data Analyst role. You have not selected a time for "
            "your interview yet: please pick one here.",
            "rejection",
        ),
        (
            "We were unsuccessful in reaching you by phone about the Data Analyst interview. "
            "When are you available for a call?",
            "rejection",
        ),
    ],
)
def test_precision_guards(body: str, not_kind: str) -> None:
    assert run(mail(body)).kind != not_kind


def test_contact_and_robot_flags() -> None:
    body = "Hi Sam, please pick a time for your Data Analyst interview: https://x.example/book"
    ats = run(
        mail(
            body,
            frm="Acme <no-reply@ashbyhq.com>",
            headers="Reply-To: Jane Doe <jane.doe@acme.example>\r\n",
        )
    )
    assert ats.kind == "interview_request"
    assert ats.is_robot_sender
    assert ats.contact is not None and ats.contact.email == "jane.doe@acme.example"
    assert ats.employer_domain == "acme.example"
    human = run(mail("Thanks for your time on the Data Analyst interview, we'll decide soon."))
    assert not human.is_robot_sender
    bulk = run(mail(body, headers="List-Unsubscribe: <mailto:u@acme.example>\r\n"))
    assert bulk.is_robot_sender
