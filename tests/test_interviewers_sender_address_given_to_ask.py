"""Interviewers: a recruiter who gives their own address to ask questions, in a paragraph
that also says whom the candidate meets, is not put in the meeting ("You'll meet Anna
(anna@x). If you have any questions, reach out to me at rita@x").

Counter-case: a sender who lists their own address in an agenda line is met.
"""

from __future__ import annotations

from classifymail import interviewers_met, mail

RITA = "Rita Lang <rita.lang@acme.example>"


def test_the_senders_address_given_to_ask_is_not_a_place_in_the_meeting() -> None:
    body = (
        "Hi Sam,\n\nYour interview is confirmed for Thursday 12 November at 10:00. You'll meet "
        "Anna Berger (anna.berger@acme.example). If you have any questions, reach out to me at "
        "rita.lang@acme.example.\n\nRita Lang\nTalent Acquisition"
    )
    assert interviewers_met(mail(body, frm=RITA, subject="Interview confirmed")) == {
        "anna.berger@acme.example"
    }


def test_the_senders_own_agenda_line_puts_them_in_the_meeting() -> None:
    body = (
        "Hi Sam,\n\nHere is your onsite agenda for Thursday 12 November:\n\n"
        "10:00 - 10:45  Coding with Anna Berger - anna.berger@acme.example\n"
        "11:00 - 11:30  Wrap-up with Rita Lang - rita.lang@acme.example\n\nRita"
    )
    found = interviewers_met(mail(body, frm=RITA, subject="Your onsite"))
    assert {"anna.berger@acme.example", "rita.lang@acme.example"} <= found
