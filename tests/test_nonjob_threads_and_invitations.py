"""Look-alikes in the shapes a mailbox holds them: a calendar invitation to an exit interview
or a podcast recording, a thread whose new text only says "Tuesday at 3pm it is" under a
podcast's or a study's invitation, a booking tool's coaching session, a buyer's "we'd like to
offer you the contract" in a thread named after the tender, an investor's "we're going to pass"
under a pitch deck, a co-author's news of a rejected paper. None gets a kind that writes a
draft; a hiring manager's interview invitation still books an interview."""

from __future__ import annotations

import pytest

from classifymail import invitation_part, kind, mail, rules_kind

DRAFTING = {"interview_scheduled", "rejection", "offer"}

LOOKALIKES = [
    pytest.param(
        "Invitation: Exit interview - Sam Taylor @ Thu 12 Nov 2pm",
        "Priya Shah <priya.shah@lumenworks.example>",
        "Priya Shah has invited you to Exit interview - Sam Taylor.",
        "Exit interview - Sam Taylor",
        "priya.shah@lumenworks.example",
        id="exit-invitation",
    ),
    pytest.param(
        "Invitation: Podcast recording: Tech Futures ep. 41",
        "Julie Martin <julie@techfutures.example>",
        "Julie Martin has invited you to a meeting.",
        "Podcast interview - Tech Futures episode 41",
        "julie@techfutures.example",
        id="podcast-invitation",
    ),
    pytest.param(
        "Re: Tech Futures podcast",
        "Julie Martin <julie@techfutures.example>",
        (
            "Perfect, Tuesday at 3pm it is - I'll send the Riverside link.\n\nJulie\n\nOn Mon, "
            "2 Nov 2026, Sam <sam@example.org> wrote:\n> Hi Julie, happy to be interviewed for "
            "the podcast. Tuesday at 3pm works.\n> \n> On Fri, Julie wrote:\n>> Would you be "
            "our guest on Tech Futures? We'd love to interview you about your open-source "
            "work.\n"
        ),
        None,
        None,
        id="podcast-thread",
    ),
    pytest.param(
        "Re: Your research study",
        "Dr Helen Moss <h.moss@uni-leeds.example>",
        (
            "Great, I've booked you for Wednesday 11 November at 10am.\n\nHelen\n\nOn Mon, 2 "
            "Nov 2026, Sam <sam@example.org> wrote:\n> Hi Helen, happy to take part in your "
            "study on remote working. Wednesday morning works.\n"
        ),
        None,
        None,
        id="study-thread",
    ),
    pytest.param(
        "New booking: Career coaching session",
        "Calendly <notifications@calendly.example>",
        (
            "Hi Sam,\n\nA new event has been scheduled.\n\nEvent: 60 min career coaching "
            "session with Anna Reyes\nDate: Tuesday 10 November 2026, 10:00 GMT\n\nCalendly"
        ),
        None,
        None,
        id="coaching-booking",
    ),
    pytest.param(
        "Re: Tender - cleaning services",
        "James Holt <james.holt@estates.uni-example.example>",
        (
            "Hi Sam,\n\nGood news: we'd like to offer you the contract. I'll send the paperwork "
            "this week.\n\nJames\n\nOn Mon, 2 Nov 2026, Sam <sam@example.org> wrote:\n> Hi "
            "James, just checking on the status of our tender submission for the cleaning "
            "contract.\n"
        ),
        None,
        None,
        id="tender-thread-offer",
    ),
    pytest.param(
        "Re: Tidewise x Seed Fund",
        "Oliver Grant <oliver@seedfund.example>",
        (
            "Hi Sam,\n\nUnfortunately we're going to pass this time.\n\nOliver\n\nOn Mon, 2 Nov "
            "2026, Sam <sam@example.org> wrote:\n> Hi Oliver, attaching our pitch deck for the "
            "seed round. Would love your thoughts.\n"
        ),
        None,
        None,
        id="investor-thread-pass",
    ),
    pytest.param(
        "Re: ICLR submission",
        "Prof. Anna Klein <a.klein@uni-example.example>",
        (
            "Hi Sam,\n\nSadly the paper was rejected - the reviews are harsh but fair. Let's "
            "resubmit to ICML.\n\nAnna"
        ),
        None,
        None,
        id="paper-news-from-coauthor",
    ),
]


@pytest.mark.parametrize(("subject", "frm", "body", "summary", "organizer"), LOOKALIKES)
def test_a_look_alike_in_a_thread_or_an_invitation_gets_no_drafting_kind(
    subject: str, frm: str, body: str, summary: str | None, organizer: str | None
) -> None:
    extra = invitation_part(summary, organizer) if summary and organizer else ""
    raw = mail(body, subject=subject, frm=frm, extra_parts=extra)
    assert rules_kind(raw) not in DRAFTING
    assert kind(raw) not in DRAFTING


def test_an_interview_invitation_still_books_an_interview() -> None:
    raw = mail(
        "Priya Anand has invited you to Interview - Data Engineer.",
        subject="Invitation: Interview - Data Engineer (Sam Taylor)",
        frm="Priya Anand <priya@brightloop.example>",
        extra_parts=invitation_part("Interview - Data Engineer (Sam Taylor)"),
    )
    assert (rules_kind(raw), kind(raw)) == ("interview_scheduled", "interview_scheduled")
