"""Plain-text mail for the classifier's rule tests, and the kind ``classify`` gives it.

One builder for every ``test_classify_*`` file: each binds its own defaults (subject, date,
Message-ID) with ``functools.partial``, since a default subject such as "Your application"
is part of what a test's mail says.
"""

from __future__ import annotations

import hashlib
from functools import partial

from afterview.mail.message import parse_message
from afterview.understand.classify import classify, rules_only
from afterview.understand.dates import find_interview_time
from afterview.understand.details import complete
from afterview.understand.model import Person
from afterview.understand.people.people import choose_interviewers
from afterview.understand.reading import read

ME = "sam@example.org"


def mail(
    body: str,
    *,
    subject: str = "Hello",
    frm: str = "Jane Doe <jane.doe@acme.example>",
    headers: str = "",
    date_: str = "Tue, 03 Nov 2026 10:00:00 +0000",
    message_id: str = "<k@acme.example>",
    extra_parts: str = "",
) -> bytes:
    """A message to ``ME``; ``extra_parts`` (MIME parts, boundary ``zz``) makes it multipart."""
    head = (
        f"From: {frm}\r\nTo: Sam <{ME}>\r\nSubject: {subject}\r\nDate: {date_}\r\n"
        f"Message-ID: {message_id}\r\n{headers}"
    )
    if extra_parts:
        return (
            f"{head}Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n{extra_parts}--zz--\r\n"
        ).encode()
    return f"{head}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}".encode()


def kind(raw: bytes) -> str:
    return classify(parse_message(raw), me=(ME,)).kind


def company(raw: bytes) -> str | None:
    """The employer ``classify`` names for ``raw``."""
    return classify(parse_message(raw), me=(ME,)).company


# The opening of an employer's short invitation, for tests whose point is the signature after it.
INTERVIEW_ASK = (
    "Hi Sam,\n\nThanks for your CV. Could you come in for a quick interview next week? "
    "Let me know which day suits you.\n\n"
)


def rules_kind(raw: bytes) -> str:
    """The kind the rules alone give (``rules_only``: no word model), for tests of a rule."""
    return rules_only(parse_message(raw), me=(ME,)).kind


def booked_details(raw: bytes):
    """The details of ``raw`` read as a booked interview at the time its new text states."""
    reading = read(parse_message(raw), (ME,), None)
    found = find_interview_time(reading.kind_text(), reading.msg.date)
    assert found is not None
    return complete(reading, "interview_scheduled", [], span=(found.start, found.end))


def invitation_part(summary: str, organizer: str = "priya@brightloop.example") -> str:
    """A calendar invitation to ``ME`` as a MIME part for ``mail(extra_parts=...)``."""
    return (
        "--zz\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:7@acme.example\r\n"
        "DTSTART:20261110T150000Z\r\nDTEND:20261110T160000Z\r\n"
        f"ORGANIZER;CN=Organiser:mailto:{organizer}\r\n"
        f"ATTENDEE;CN=Sam:mailto:{ME}\r\n"
        f"SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def interviewers_met(raw: bytes) -> set[str]:
    """The addresses of the interviewers of a message that must read as a booked interview."""
    result = classify(parse_message(raw), me=(ME,))
    assert result.kind == "interview_scheduled", result.reasons
    assert result.interview is not None
    return {p.email for p in result.interview.interviewers}


# Mail to two other made-up candidates, for the kind-rule files that were written for them: the
# recipient's address is part of what the rules read (``me``), so each keeps its own.

ROBIN = "robin@example.org"
NOOR = "noor@example.org"


def _candidate_mail(
    body: str, *, subject: str, sender: str, date: str, headers: str, to: str, tag: str
) -> bytes:
    digest = hashlib.sha1(body.encode()).hexdigest()[:12]
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
        f"Message-ID: <{tag}-{digest}@example.net>\r\n{headers}"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def robin_mail(
    body: str,
    *,
    subject: str,
    sender: str = "Talent Team <talent@northwind-mills.example>",
    date: str = "Wed, 18 Nov 2026 14:20:05 +0000",
    headers: str = "",
) -> bytes:
    """A message to Robin Vale from a mill's talent team unless ``sender`` says otherwise."""
    return _candidate_mail(
        body,
        subject=subject,
        sender=sender,
        date=date,
        headers=headers,
        to=f"Robin Vale <{ROBIN}>",
        tag="r6",
    )


def robin_kind(raw: bytes) -> str:
    return rules_only(parse_message(raw), me=(ROBIN,)).kind


_ROBIN_QUOTE = "\n\nOn Mon, 16 Nov 2026 at 18:02, Robin Vale <robin@example.org> wrote:\n> "


def robin_reply(new: str, quoted: str, *, subject: str, sender: str) -> bytes:
    """An answer to Robin that quotes Robin's own mail under ``new``."""
    return robin_mail(
        f"{new}{_ROBIN_QUOTE}{quoted}",
        subject=subject,
        sender=sender,
        headers="In-Reply-To: <ask@example.org>\r\n",
    )


def noor_mail(
    body: str,
    *,
    subject: str,
    sender: str = "Priya Anand <priya.anand@lindqvist-labs.example>",
    date: str = "Wed, 18 Nov 2026 14:20:05 +0000",
    headers: str = "",
) -> bytes:
    """A message to Noor Haddad from a lab's recruiter unless ``sender`` says otherwise."""
    return _candidate_mail(
        body,
        subject=subject,
        sender=sender,
        date=date,
        headers=headers,
        to=f"Noor Haddad <{NOOR}>",
        tag="r7",
    )


def noor_kind(raw: bytes) -> str:
    return rules_only(parse_message(raw), me=(NOOR,)).kind


# The kind-rule files' application mail to Sam: "Your application" unless the test says otherwise.
application_mail = partial(mail, subject="Your application", message_id="<t@acme.example>")


def chosen_interviewers(
    text: str, sender: Person | None, *, candidate: str = "cand@example.org", **kw
) -> set[str]:
    """The addresses ``people.choose_interviewers`` picks from ``text`` alone (no calendar,
    nobody named in headers unless ``kw`` says so), the candidate being ``candidate``."""
    found = choose_interviewers(
        organizer=kw.pop("organizer", None),
        attendees=kw.pop("attendees", ()),
        named=kw.pop("named", ()),
        text=text,
        sender=sender,
        excluded={candidate},
        **kw,
    )
    return {p.email for p in found}
