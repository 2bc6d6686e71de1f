"""classify(): the marks of an executive search make mail about the user's job search: titles
that put the rank first, a search firm's words, an assistant's diary invitation, an ATS's
list mail with the user's own step.

Written for the rules, not taken from any dev set.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import invitation_part as invitation
from classifymail import kind

mail = partial(classifymail.mail, message_id="<r2@acme.example>")


@pytest.mark.parametrize(
    "title",
    [
        "Sam Lee / Maria Ortiz - Director, Group Treasury",
        "Sam Lee and Tom Hart - Head of Risk",
        "Sam Lee / Dana Wu - VP Supply Chain",
        "Confirmed: Intro call - Junior Accountant (Fennick & Co) with Tom on Mon 9 Nov",
    ],
)
def test_an_invitation_titled_with_a_job_is_an_interview(title: str) -> None:
    raw = mail(
        "Hi Sam,\n\nI've put Tuesday afternoon in the diary - invitation attached. Please ask "
        "for me at reception.\n\nClare\nExecutive Assistant to Maria Ortiz",
        subject=title,
        frm="Clare <clare@fennick.example>",
        extra_parts=invitation(title, "clare@fennick.example"),
    )
    assert kind(raw) == "interview_scheduled"


@pytest.mark.parametrize(
    "title", ["Quarterly board meeting - Head Office", "Sam / Tom - catch-up on Director's pack"]
)
def test_an_invitation_titled_with_a_place_or_paper_is_not(title: str) -> None:
    raw = mail(
        "Hi Sam,\n\nInvitation attached.\n\nClare",
        subject=title,
        frm="Clare <clare@fennick.example>",
        extra_parts=invitation(title, "clare@fennick.example"),
    )
    assert kind(raw) == "unrelated"


def test_registering_interest_in_an_appointment_is_no_event_registration() -> None:
    body = (
        "Dear Sam,\n\nThank you for registering your interest in the appointment of Finance "
        "Director at Harlow Foods. We will review the longlist with the client next week and "
        "be in touch.\n\nAnna Bell\nPartner, Board & Executive Search"
    )
    assert kind(mail(body, subject="Finance Director, Harlow Foods")) != "unrelated"


def test_an_ats_list_mail_booking_the_users_final_round_is_relevant() -> None:
    body = (
        "Hi Sam,\n\nCongratulations on reaching the final round for Principal, Strategy. Your "
        "case presentation is confirmed for Tuesday 10 November, 3:00-4:00 PM GMT.\n\n"
        "Maya Green\nRecruiting Coordinator | Halden Partners"
    )
    raw = mail(
        body,
        subject="Final Round Confirmed: Principal, Strategy - Halden Partners",
        frm="Maya Green <no-reply@ats.example>",
        headers="List-Unsubscribe: <mailto:u@ats.example>\r\n",
        extra_parts=invitation("Final Round: Sam - Principal, Strategy", "maya@halden.example"),
    )
    assert kind(raw) == "interview_scheduled"


def test_an_agencys_newsletter_is_still_bulk() -> None:
    body = (
        "Hi Sam,\n\nThis month: how to prepare a case study for a final round, and five new "
        "roles.\n\nAnna Bell\nPartner, Executive Search"
    )
    raw = mail(
        body,
        subject="Search notes - November",
        frm="Bell Search <news@bellsearch.example>",
        headers="List-Unsubscribe: <mailto:u@bellsearch.example>\r\nPrecedence: bulk\r\n",
    )
    assert kind(raw) == "unrelated"


def test_an_invitation_in_a_thread_about_the_job_is_that_jobs_meeting() -> None:
    quoted = (
        "Hi Sam,\n\nDaniel would love to find 45 minutes with you to talk about the Vice\n"
        "President, Group Finance role on his team. Could you send me a few times?"
    )
    body = (
        "Hi Sam,\n\nAs agreed on the phone, I've moved your conversation with Daniel to "
        "Tuesday. The updated invite is attached.\n\nKayla\n\n"
        "On Mon, 2 Nov 2026 at 09:00, Kayla <kayla@penrose.example> wrote:\n"
        + "\n".join(f"> {line}" for line in quoted.splitlines())
    )
    raw = mail(
        body,
        subject="Re: Intro - Daniel / Sam",
        frm="Kayla <kayla@penrose.example>",
        extra_parts=invitation("Daniel / Sam (moved)", "daniel@penrose.example"),
    )
    assert kind(raw) == "interview_scheduled"
