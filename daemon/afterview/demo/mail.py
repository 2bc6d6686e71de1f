"""The demo's mail: built with the email library, like the messages real senders produce."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

ME = ("Alex Candidate", "alex@example.org")


def message(
    sender: tuple[str, str],
    subject: str,
    body: str,
    when: datetime,
    *,
    to: tuple[str, str] = ME,
    headers: dict[str, str] | None = None,
    in_reply_to: str | None = None,
    html: str | None = None,
    calendar: str | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{sender[0]} <{sender[1]}>"
    msg["To"] = f"{to[0]} <{to[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=sender[1].split("@")[1])
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    if calendar:
        msg.add_attachment(
            calendar.encode(),
            maintype="text",
            subtype="calendar",
            params={"method": "REQUEST"},
            filename="invite.ics",
        )
    return msg


def northwind_confirmation(when: datetime) -> EmailMessage:
    return message(
        ("Northwind Robotics Recruiting", "no-reply@us.greenhouse-mail.io"),
        "Interview confirmed: Backend Engineer at Northwind Robotics",
        """Hi Alex,

Thanks for confirming. Your interview for the Backend Engineer position at Northwind
Robotics is scheduled for:

    Wednesday, 18 November 2026, 14:00 - 14:45 (GMT)
    Video call: https://meet.example.com/nwr-backend

You will meet Priya Shah (priya.shah@northwind-robotics.example), Engineering Manager.

If you need to reschedule, please reply to Dana Whitfield at
dana.whitfield@northwind-robotics.example.

Good luck!
Northwind Robotics Talent Team

Powered by Greenhouse
""",
        when,
        headers={"Reply-To": "Dana Whitfield <dana.whitfield@northwind-robotics.example>"},
    )


def job_alert(when: datetime) -> EmailMessage:
    return message(
        ("HireWire Job Alerts", "alerts@hirewire.example"),
        "12 new Backend Engineer jobs for you (+ 5 interview tips)",
        """New jobs matching "backend engineer" near London:

* Senior Backend Engineer - Foxglove Payments - Apply now
* Backend Engineer (Go) - Tidewater - Easy apply
* Platform Engineer - Quarry Labs - Interviewing now

Interview season: 5 questions to prepare for your next technical interview.

You receive this alert because you subscribed at hirewire.example.
Unsubscribe: https://hirewire.example/unsubscribe
""",
        when,
        headers={
            "List-Unsubscribe": "<https://hirewire.example/unsubscribe>",
            "Precedence": "bulk",
        },
    )


_BRAMBLEWOOD_ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261119T100000Z
DTEND:20261119T104500Z
DTSTAMP:20261117T110500Z
ORGANIZER;CN=Ruth Calder:mailto:ruth.calder@bramblewood.example
UID:4k1v9bramblewood2026@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ruth Calder:
 mailto:ruth.calder@bramblewood.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Neil Forsyth:
 mailto:neil.forsyth@bramblewood.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Alex Candidate:
 mailto:alex@example.org
SUMMARY:Interview: Data Analyst - Bramblewood Analytics / Alex Candidate
DESCRIPTION:Second-round interview for the Data Analyst role with Ruth and Neil.
LOCATION:https://meet.google.com/abc-defg-hij
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


def bramblewood_invitation(when: datetime) -> EmailMessage:
    return message(
        ("Ruth Calder", "ruth.calder@bramblewood.example"),
        "Invitation: Interview: Data Analyst - Bramblewood Analytics @ Thu 19 Nov 2026 10am - "
        "10:45am (GMT)",
        """Hi Alex,

Great speaking with you last week. I've sent a calendar invitation for your second-round
interview for the Data Analyst role: Thursday 19 November, 10:00-10:45, with me and
Neil Forsyth, our Head of Analytics.

Looking forward to it,
Ruth Calder
Talent Partner, Bramblewood Analytics
""",
        when,
        calendar=_BRAMBLEWOOD_ICS,
    )


def cinderpath_received(when: datetime) -> EmailMessage:
    return message(
        ("Cinderpath Studios", "noreply@candidates.workablemail.com"),
        "Thanks for applying to Cinderpath Studios",
        """Hi Alex,

Thank you for applying for the Product Designer position at Cinderpath Studios. We have
received your application and our team will review it carefully.

Best regards,
The Cinderpath Studios hiring team
""",
        when,
        headers={"Auto-Submitted": "auto-generated"},
    )


def northwind_timeline(when: datetime, parent: str) -> EmailMessage:
    return message(
        ("Dana Whitfield", "dana.whitfield@northwind-robotics.example"),
        "Re: Interview confirmed: Backend Engineer at Northwind Robotics",
        """Hi Alex,

Thank you for your note, and thanks again for your time on Wednesday: Priya enjoyed the
conversation. The team is finishing the last interviews this week and we expect to make a
decision by Wednesday 25 November. I'll get back to you then either way.

Best,
Dana Whitfield
Recruiter, Northwind Robotics
""",
        when,
        in_reply_to=parent,
    )


def cinderpath_rejection(when: datetime) -> EmailMessage:
    return message(
        ("Maya Brooks", "maya.brooks@cinderpath.example"),
        "Your application for Product Designer at Cinderpath Studios",
        """Hi Alex,

Thank you for your interest in the Product Designer role and for the time you put into
your application. After careful consideration, we have decided to move forward with other
candidates whose experience more closely matches our current needs.

We will keep your details on file and wish you every success in your search.

Kind regards,
Maya Brooks
Design Lead, Cinderpath Studios
""",
        when,
    )


def neil_out_of_office(when: datetime, parent: str) -> EmailMessage:
    return message(
        ("Neil Forsyth", "neil.forsyth@bramblewood.example"),
        "Automatic reply: Thank you — Data Analyst interview",
        """Hello,

I am out of the office until Tuesday 1 December with limited access to email. I will
reply when I am back. For urgent matters please contact analytics@bramblewood.example.

Neil
""",
        when,
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        in_reply_to=parent,
    )


def northwind_offer(when: datetime, parent: str) -> EmailMessage:
    return message(
        ("Dana Whitfield", "dana.whitfield@northwind-robotics.example"),
        "Offer: Backend Engineer at Northwind Robotics",
        """Hi Alex,

I'm delighted to let you know that we would like to offer you the Backend Engineer position
at Northwind Robotics! Priya and the team were very impressed.

Your formal offer letter is attached; let's find a time this week to go through it
together. Please let us know your decision by Friday 11 December.

Congratulations,
Dana Whitfield
Recruiter, Northwind Robotics
""",
        when,
        in_reply_to=parent,
    )
