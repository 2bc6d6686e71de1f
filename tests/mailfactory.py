"""Plain, realistic messages for engine scenarios (the classifier has its own corpus)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from afterview.demo.mail import message

ME = "alex@example.org"
RECRUITER = ("Rita Recruiter", "rita.recruiter@acme-robotics.example")
JANE = ("Jane Doe", "jane.doe@acme-robotics.example")
BOB = ("Bob Stone", "bob.stone@acme-robotics.example")


def build(
    sender: tuple[str, str],
    subject: str,
    body: str,
    when: datetime,
    *,
    to: tuple[str, str] = ("Alex Candidate", ME),
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    ics: str | None = None,
) -> EmailMessage:
    """A message as a mail client sends it (the demo's builder, with the tests' defaults)."""
    return message(
        sender, subject, body, when, to=to, in_reply_to=in_reply_to, headers=headers, calendar=ics
    )


def invitation(when: datetime, start: str, end: str) -> EmailMessage:
    """A calendar invitation from the recruiter: Jane and Bob interview Alex."""
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{start}", f"DTEND:{end}",
        "DTSTAMP:20261101T000000Z", "UID:acme-backend-round-1@example",
        f"ORGANIZER;CN={RECRUITER[0]}:mailto:{RECRUITER[1]}",
        f"ATTENDEE;CN={JANE[0]};ROLE=REQ-PARTICIPANT:mailto:{JANE[1]}",
        f"ATTENDEE;CN={BOB[0]};ROLE=REQ-PARTICIPANT:mailto:{BOB[1]}",
        f"ATTENDEE;CN=Alex Candidate;ROLE=REQ-PARTICIPANT:mailto:{ME}",
        "SUMMARY:Interview: Backend Engineer - Acme Robotics",
        "END:VEVENT", "END:VCALENDAR", "",
    ])  # fmt: skip
    return build(
        RECRUITER,
        "Invitation: Interview for the Backend Engineer role at Acme Robotics",
        "Hi Alex,\n\nI've sent you a calendar invitation for your interview for the Backend "
        "Engineer role with Jane Doe and Bob Stone from our platform team.\n\nBest,\n"
        "Rita Recruiter\nTalent Acquisition, Acme Robotics\n",
        when,
        ics=ics,
    )


def timeline_reply(when: datetime, parent: str, promise: str) -> EmailMessage:
    return build(
        RECRUITER,
        "Re: Interview for the Backend Engineer role at Acme Robotics",
        f"Hi Alex,\n\nThanks for your note. The team is meeting the last candidates and we "
        f"will get back to you {promise}.\n\nBest,\nRita Recruiter\nAcme Robotics\n",
        when,
        in_reply_to=parent,
    )


def out_of_office(when: datetime, parent: str, until: str) -> EmailMessage:
    return build(
        RECRUITER,
        "Automatic reply: Checking in: Backend Engineer",
        f"I am out of the office until {until} with no access to email.\n",
        when,
        in_reply_to=parent,
        headers={"Auto-Submitted": "auto-replied"},
    )


def rejection(when: datetime) -> EmailMessage:
    return build(
        RECRUITER,
        "Your application for Backend Engineer at Acme Robotics",
        "Hi Alex,\n\nThank you for your time interviewing with us. Unfortunately, we have "
        "decided not to move forward with your application for the Backend Engineer role.\n\n"
        "We wish you the best in your search.\nRita Recruiter\nAcme Robotics\n",
        when,
    )


def offer(when: datetime) -> EmailMessage:
    return build(
        RECRUITER,
        "Job offer: Backend Engineer at Acme Robotics",
        "Hi Alex,\n\nI'm delighted to offer you the Backend Engineer position at Acme "
        "Robotics. Your offer letter is attached.\n\nCongratulations!\nRita Recruiter\n",
        when,
    )


def own_thank_you(when: datetime, to: tuple[str, str]) -> EmailMessage:
    return build(
        ("Alex Candidate", ME),
        "Thank you",
        f"Dear {to[0].split()[0]},\n\nThank you for today's conversation.\n\nAlex\n",
        when,
        to=to,
    )
