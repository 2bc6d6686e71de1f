"""classify(): what a calendar invitation is about.

A clashing engagement given as a meeting's reason to move is not the mail's matter; a hiring
round by its casual name ("tech chat", "portfolio conversation", "Fachgespräch") makes an
invitation an interview, and a job title with its team after a comma is one; other meetings
with a person are not.

Written for the rules, not taken from any dev set.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import ME, kind

mail = partial(classifymail.mail, message_id="<r3@acme.example>")


def _calendar(summary: str, method: str = "REQUEST", note: str = "") -> str:
    status = "STATUS:CANCELLED\r\n" if method == "CANCEL" else ""
    description = f"DESCRIPTION:{note}\r\n" if note else ""
    return (
        f"--zz\r\nContent-Type: text/calendar; method={method}\r\n\r\n"
        f"BEGIN:VCALENDAR\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nUID:31@brightloop.example\r\n"
        "DTSTART:20261110T150000Z\r\nDTEND:20261110T160000Z\r\n"
        "ORGANIZER;CN=Priya Shah:mailto:priya@brightloop.example\r\n"
        f"ATTENDEE;CN=Sam:mailto:{ME}\r\n"
        f"{status}{description}SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


# --- a clashing engagement is the reason, not the matter -------------------------------------


@pytest.mark.parametrize(
    ("summary", "note"),
    [
        (
            "Brightloop x Sam - tech chat",
            "Sorry Sam - our quarterly client workshop got moved onto this slot. New times "
            "to follow tomorrow.",
        ),
        (
            "Brightloop / Sam - technical interview",
            "Apologies, I've been double-booked with a hospital appointment I can't move. "
            "I'll come back with another day.",
        ),
        (
            "Fachgespräch Brightloop / Sam",
            "Leider überschneidet sich der Termin mit unserem Webinar für Kunden. Ich melde "
            "mich mit neuen Vorschlägen.",
        ),
        (
            "Brightloop - entrevista técnica con Sam",
            "Lo siento, coincide con un taller interno que no podemos mover. Te propongo "
            "otras fechas mañana.",
        ),
    ],
)
def test_a_clash_named_as_the_reason_leaves_the_interview_cancelled(
    summary: str, note: str
) -> None:
    raw = mail(
        f"This event has been cancelled.\n\n{summary}\n\nNote from organizer: {note}",
        subject=f"Cancelled event: {summary} @ Tue Nov 10, 2026 3pm",
        frm="Priya Shah <priya@brightloop.example>",
        extra_parts=_calendar(summary, "CANCEL", note),
    )
    assert kind(raw) == "interview_cancelled"


def test_a_webinar_is_still_a_webinar_when_it_moves_for_a_clash() -> None:
    raw = mail(
        "Hi Sam,\n\nOur webinar 'Scaling data teams' has moved to Thursday at 4pm because the "
        "old date clashed with a bank holiday. You're registered: watch live via the link "
        "below, and bring your questions for the live Q&A.\n\nThe Brightloop Events team",
        subject="Webinar moved: Scaling data teams",
        frm="Brightloop Events <events@brightloop.example>",
    )
    assert kind(raw) == "unrelated"


# --- a hiring round by its casual name -------------------------------------------------------


@pytest.mark.parametrize(
    "summary",
    [
        "Brightloop x Sam - tech chat",
        "Portfolio conversation with Dana (Design Director)",
        "Fachgespräch Brightloop / Sam",
        "Échange technique Brightloop - Sam",
        "Brightloop <> Sam | Data Engineer, Payments",
        "Sam / Priya - Product Designer, Growth Team",
    ],
)
def test_an_invitation_to_a_round_by_its_casual_name_is_an_interview(summary: str) -> None:
    raw = mail(
        f"Priya Shah has invited you to {summary} on Tuesday 10 November 2026 at 3pm (GMT).",
        subject=f"Invitation: {summary} @ Tue Nov 10, 2026 3pm - 4pm (GMT)",
        frm="Priya Shah <priya@brightloop.example>",
        extra_parts=_calendar(summary),
    )
    assert kind(raw) == "interview_scheduled"


@pytest.mark.parametrize(
    "summary",
    [
        "Annual portfolio review with your wealth manager",
        "Coffee chat - Priya / Sam",
        "Brightloop x Sam - lunch",
        "Sam / Priya - Coffee, cake and catch-up",
    ],
)
def test_other_meetings_with_a_person_are_no_interview(summary: str) -> None:
    raw = mail(
        f"Priya Shah has invited you to {summary} on Tuesday 10 November 2026 at 3pm (GMT).",
        subject=f"Invitation: {summary} @ Tue Nov 10, 2026 3pm - 4pm (GMT)",
        frm="Priya Shah <priya@brightloop.example>",
        extra_parts=_calendar(summary),
    )
    assert kind(raw) == "unrelated"
