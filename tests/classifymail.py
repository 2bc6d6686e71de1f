"""Plain-text mail for the classifier's rule tests, and the kind ``classify`` gives it.

One builder for every ``test_classify_*`` file: each binds its own defaults (subject, date,
Message-ID) with ``functools.partial``, since a default subject such as "Your application"
is part of what a test's mail says.
"""

from __future__ import annotations

from afterview.mail.message import parse_message
from afterview.understand.classify import classify, rules_only

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


def rules_kind(raw: bytes) -> str:
    """The kind the rules alone give (``rules_only``: no word model), for tests of a rule."""
    return rules_only(parse_message(raw), me=(ME,)).kind


def interviewers_met(raw: bytes) -> set[str]:
    """The addresses of the interviewers of a message that must read as a booked interview."""
    result = classify(parse_message(raw), me=(ME,))
    assert result.kind == "interview_scheduled", result.reasons
    assert result.interview is not None
    return {p.email for p in result.interview.interviewers}
