"""Whole mails about a panel, for the interviewer tests: a message to the candidate from
``frm``, with people copied or in Reply-To, as plain text or HTML, and an optional calendar
REQUEST naming an organizer and attendees. Shared by the tests that read who the candidate
meets, so each states only its mail and the addresses a careful reader would thank."""

from __future__ import annotations

from afterview.mail.message import parse_message
from afterview.understand.classify import classify

ME = "cand@example.org"
DATE = "Mon, 16 Nov 2026 09:12:00 +0000"


def ics(organizer, attendees, start="20261119T140000Z", method="REQUEST") -> str:
    """A calendar: ``organizer`` (name, address) or None; ``attendees`` (name, address,
    params or "") tuples; an hour from ``start`` (UTC, ``YYYYMMDDTHHMMSSZ``)."""
    end = start[:9] + str(int(start[9:11]) + 1).zfill(2) + start[11:]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Test//EN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        "UID:abc-123@test",
        "DTSTAMP:20261116T090000Z",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        "SUMMARY:Interview",
    ]
    if organizer:
        lines.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    for name, addr, params in attendees:
        params = params or "ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        lines.append(f'ATTENDEE;CN="{name}";{params}:mailto:{addr}')
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines)


def panel_mail(
    frm, subject, body, *, to=ME, cc="", calendar=None, html=False, reply_to=""
) -> bytes:
    """The message, multipart/alternative with the calendar when one is given."""
    head = [
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {subject}",
        f"Date: {DATE}",
        "Message-ID: <x1@test>",
        "MIME-Version: 1.0",
    ]
    if cc:
        head.append(f"Cc: {cc}")
    if reply_to:
        head.append(f"Reply-To: {reply_to}")
    sub = "html" if html else "plain"
    text = f"Content-Type: text/{sub}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    if calendar is None:
        return ("\r\n".join(head) + "\r\n" + text + body).encode("utf-8")
    head.append('Content-Type: multipart/alternative; boundary="BND"')
    cal = "Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
    parts = f"--BND\r\n{text}{body}\r\n--BND\r\n{cal}{calendar}\r\n--BND--\r\n"
    return ("\r\n".join(head) + "\r\n\r\n" + parts).encode("utf-8")


def met(raw: bytes) -> set[str]:
    """The addresses classify lists as met, or ``{"<no interview>"}``."""
    cls = classify(parse_message(raw), me=(ME,))
    return {p.email for p in cls.interview.interviewers} if cls.interview else {"<no interview>"}
