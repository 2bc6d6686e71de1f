"""A message's body: its MIME parts walked, the text to read chosen, calendars and
attachments collected.

Kept apart from the headers (:mod:`afterview.mail.message`) because it is where broken mail
costs the most: deep nesting, forwarded messages, undecodable parts, HTML-only mail with a
"view in your browser" stub. Every step here records what it could not read in ``problems``
and carries on with the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message

from afterview.mail.bounds import bound_calendar, encoded_size
from afterview.mail.charsets import CONTROL, clean, decode_bytes, decode_words, raw_text
from afterview.understand.body.html import html_to_text

MAX_TEXT_CHARS = 200_000
MAX_CALENDAR_CHARS = 1_000_000
MAX_CALENDAR_ATTENDEES = 200

_STUB = re.compile(
    r"browser|HTML|web version|online version|navigateur|navegador|webversie", re.IGNORECASE
)


@dataclass(frozen=True)
class Attachment:
    """A part that is not shown as body text: its name, type and decoded size in bytes."""

    filename: str | None
    content_type: str
    size: int


def _payload(part: Message, problems: list[str]) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:
        problems.append(f"part {part.get_content_type()} undecodable: {type(exc).__name__}")
        return b""
    if isinstance(data, bytes):
        return data
    return b""


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        return None
    if not name:
        return None
    return clean(decode_words(raw_text(name)))[:255] or None


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("Content-Disposition", "")).split(";", 1)[0].strip().lower()
    return disposition == "attachment"


def _walk(root: Message, max_parts: int, problems: list[str]) -> list[tuple[Message, bool]]:
    """Leaf parts in document order, each with whether it sits inside a forwarded message.

    Iterative (no recursion limit on deep nesting) and capped at ``max_parts``.
    """
    leaves: list[tuple[Message, bool]] = []
    stack: list[tuple[Message, bool]] = [(root, False)]
    seen = 0
    while stack:
        part, forwarded = stack.pop()
        seen += 1
        if seen > max_parts:
            problems.append(f"more than {max_parts} MIME parts, the rest ignored")
            break
        payload = part.get_payload()
        if part.is_multipart() and isinstance(payload, list):
            inner = part.get_content_type() == "message/rfc822" or forwarded
            stack.extend((p, inner) for p in reversed(payload) if isinstance(p, Message))
        else:
            leaves.append((part, forwarded))
    return leaves


@dataclass
class Body:
    """What the parts held, sorted by how they are read: the message's own text, plain or
    HTML; the text of forwarded messages; calendars (with their METHOD); attachments."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    forwarded: list[str] = field(default_factory=list)
    calendars: list[tuple[str, str | None]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)


def _calendar_method(part: Message) -> str | None:
    method = part.get_param("method")
    if isinstance(method, tuple):
        method = method[2]
    if not method:
        return None
    return str(method).strip().upper() or None


def read_parts(root: Message, max_parts: int, max_events: int, problems: list[str]) -> Body:
    """Every leaf part of ``root`` (at most ``max_parts``) sorted into a :class:`Body`.

    Calendars are cut to ``max_events`` events each; a calendar sent twice (inline and as an
    attachment) is kept once.
    """
    body = Body()
    seen_ics: set[str] = set()
    for part, forwarded in _walk(root, max_parts, problems):
        ctype = part.get_content_type()
        name = _filename(part)
        attached = _is_attachment(part) or (name is not None and not ctype.startswith("text/"))
        is_ics = ctype in ("text/calendar", "application/ics", "text/x-vcalendar") or (
            name is not None and name.lower().endswith((".ics", ".vcs"))
        )
        if is_ics:
            data = _payload(part, problems)
            text = decode_bytes(data, part.get_content_charset() or "utf-8")
            text, cut = bound_calendar(
                text, max_events=max_events, max_attendees=MAX_CALENDAR_ATTENDEES
            )
            problems.extend(cut)
            text = text[:MAX_CALENDAR_CHARS]
            if text.strip() and text not in seen_ics:
                seen_ics.add(text)
                body.calendars.append((text, _calendar_method(part)))
            if name or attached:
                body.attachments.append(Attachment(name, ctype, len(data)))
            continue
        if ctype in ("text/plain", "text/html") and not attached:
            data = _payload(part, problems)
            text = decode_bytes(data[: MAX_TEXT_CHARS * 4], part.get_content_charset())
            if forwarded and ctype == "text/html":
                text = html_to_text(text)
            if forwarded:
                body.forwarded.append(text)
            elif ctype == "text/plain":
                body.plain.append(text)
            else:
                body.html.append(text)
            continue
        if part.is_multipart():
            continue  # an empty or broken container
        body.attachments.append(Attachment(name, ctype, encoded_size(part)))
    return body


def choose_text(body: Body) -> tuple[str, bool]:
    """text/plain wins unless it is missing or a stub ("view this mail in your browser")."""
    plain = "\n\n".join(t.strip("\n") for t in body.plain if t.strip())
    from_html = False
    chosen = plain
    if body.html and len(plain.strip()) < 240:  # HTML is rendered only when it may be needed
        html = "\n\n".join(t for t in (html_to_text(h) for h in body.html) if t.strip())
        # a plain part like "View this message in a browser" is a stub for the HTML one
        stub = len(plain.split()) <= 15 or _STUB.search(plain)
        if stub and len(html.strip()) > len(plain.strip()):
            chosen, from_html = html, True
    if body.forwarded:
        fwd = "\n\n".join(t.strip("\n") for t in body.forwarded if t.strip())
        if fwd:
            chosen = f"{chosen}\n\n---------- Forwarded message ----------\n{fwd}"
    text = chosen.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text)
    return text[:MAX_TEXT_CHARS], from_html
