"""Raw RFC 5322 bytes to a ``ParsedMessage``: the one entry point that knows MIME.

Mail in the wild is often broken: undeclared 8-bit headers, unknown charsets, truncated
multiparts, base64 with garbage, ICS files with the wrong type. ``parse_message`` never
raises: it keeps whatever it could read and lists what it could not in ``problems``, so the
daemon can log one line and go on.

Structure is parsed with ``email.policy.compat32``, which records defects instead of raising;
headers are decoded here, one at a time (RFC 2047 words, RFC 2231-less charsets, raw UTF-8),
so a single bad header costs only that header. The body's parts are read by
:mod:`afterview.mail.mimebody`; both decode text through :mod:`afterview.mail.charsets`.

The work is bounded: input size, number of parts and multipart containers, header count and
length, decoded text length, and the events and attendees of each calendar are all capped
(see ``bounds``), so hostile mail costs time and memory in proportion to the limits, not to
what the sender chose.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message

from afterview.mail.bounds import MAX_MULTIPARTS, cap_body, cap_multiparts
from afterview.mail.charsets import clean, decode_words, raw_text
from afterview.mail.mimebody import MAX_TEXT_CHARS, Attachment, Body, choose_text, read_parts

MAX_HEADERS = 400
MAX_HEADER_CHARS = 16_000

_FOLD = re.compile(r"\r?\n[ \t]*")
_MSGID = re.compile(r"<[^<>\s\x00-\x1f\x7f]{1,400}>")
# No controls, and nothing a header encoder would decode ("=?"): an address is copied into
# drafts and draft keys as it is.
_EMAIL = re.compile(r"^(?!.*=\?)[^@\s<>,;\x00-\x1f\x7f]+@[^@\s<>,;\x00-\x1f\x7f]+$")


@dataclass(frozen=True)
class Address:
    """One mailbox: display name (decoded, may be empty) and lower-cased address."""

    name: str
    email: str


@dataclass(frozen=True)
class ParsedMessage:
    """What the understanding layer needs from one message, already decoded."""

    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    subject: str = ""
    from_: Address | None = None
    sender: Address | None = None
    reply_to: list[Address] = field(default_factory=list)
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    date: datetime | None = None
    text: str = ""
    text_from_html: bool = False
    calendars: list[tuple[str, str | None]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    headers: tuple[tuple[str, str], ...] = ()

    def header(self, name: str) -> str | None:
        """The first header called ``name`` (case-insensitive), decoded, or None."""
        key = name.lower()
        return next((v for k, v in self.headers if k == key), None)

    def headers_all(self, name: str) -> list[str]:
        """Every header called ``name``, decoded, in message order."""
        key = name.lower()
        return [v for k, v in self.headers if k == key]


# --- headers ---------------------------------------------------------------------------------


def _header_list(msg: Message, problems: list[str]) -> tuple[tuple[str, str], ...]:
    items = []
    try:
        raw_items = msg.items()
    except Exception as exc:
        problems.append(f"headers unreadable: {type(exc).__name__}")
        return ()
    if len(raw_items) > MAX_HEADERS:
        problems.append(f"{len(raw_items)} headers, only the first {MAX_HEADERS} read")
    for name, value in raw_items[:MAX_HEADERS]:
        try:
            text = raw_text(value)
            if len(text) > MAX_HEADER_CHARS:
                problems.append(f"header {name} truncated")
                text = text[:MAX_HEADER_CHARS]
            text = decode_words(_FOLD.sub(" ", text))
            items.append((str(name).strip().lower(), clean(text)))
        except Exception as exc:  # one bad header costs only itself
            problems.append(f"header {name} unreadable: {type(exc).__name__}")
    return tuple(items)


def _raw_header(msg: Message, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:
        return None
    if value is None:
        return None
    text = raw_text(value)[:MAX_HEADER_CHARS]
    return _FOLD.sub(" ", text)


def parse_addresses(value: str | None) -> list[Address]:
    """Addresses from a raw (undecoded) header value; malformed entries are skipped."""
    if not value:
        return []
    try:
        pairs = email.utils.getaddresses([value])
    except Exception:
        pairs = []
    result = []
    for name, addr in pairs[:200]:
        addr = addr.strip().strip("<>").lower()
        if not _EMAIL.match(addr):
            continue
        name = clean(decode_words(name)).strip("\"' ")
        if name.lower() == addr:
            name = ""
        result.append(Address(name=name, email=addr))
    return result


def _parse_date(value: str | None, problems: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except Exception:
        problems.append("Date header unreadable")
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # "-0000": the time is UTC, the sender's zone is unknown
        when = when.replace(tzinfo=UTC)
    return when


def _message_id(value: str | None) -> str | None:
    if not value:
        return None
    found = _MSGID.search(value)
    if found:
        return found.group(0)
    value = clean(value).replace(" ", "")
    return value[:400] or None


# --- entry point -----------------------------------------------------------------------------


def parse_message(
    raw: bytes,
    *,
    max_bytes: int = 25_000_000,
    max_parts: int = 200,
    max_ics_events: int = 500,
) -> ParsedMessage:
    """Parse one raw message; never raises. See ``ParsedMessage.problems`` for what was lost.

    ``max_bytes`` cuts the input, ``max_parts`` caps the MIME parts read (and, up to
    ``bounds.MAX_MULTIPARTS``, the containers parsed), ``max_ics_events`` the events kept
    of each calendar.
    """
    problems: list[str] = []
    if not isinstance(raw, bytes | bytearray):
        return ParsedMessage(problems=[f"not bytes: {type(raw).__name__}"])
    if len(raw) > max_bytes:
        problems.append(f"message of {len(raw)} bytes cut to {max_bytes}")
        raw = bytes(raw[:max_bytes])
    raw, cut = cap_multiparts(bytes(raw), min(max_parts, MAX_MULTIPARTS))
    if cut:
        problems.append(cut)
    raw, cut = cap_body(raw, MAX_TEXT_CHARS * 4)  # as much as a text part's decoding reads
    if cut:
        problems.append(cut)
    try:
        msg = email.message_from_bytes(bytes(raw), policy=email.policy.compat32)
    except Exception as exc:  # e.g. RecursionError on absurd nesting
        problems.append(f"MIME structure unreadable ({type(exc).__name__}); headers only")
        try:
            head = bytes(raw).split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
            msg = email.message_from_bytes(head, policy=email.policy.compat32)
        except Exception:
            return ParsedMessage(problems=problems)
    for defect in getattr(msg, "defects", [])[:5]:
        problems.append(f"defect: {type(defect).__name__}")

    headers = _header_list(msg, problems)
    try:
        body = read_parts(msg, max_parts, max_ics_events, problems)
    except Exception as exc:
        problems.append(f"body unreadable: {type(exc).__name__}")
        body = Body()
    text, from_html = choose_text(body)

    def first(name: str) -> Address | None:
        found = parse_addresses(_raw_header(msg, name))
        return found[0] if found else None

    references = _MSGID.findall(_raw_header(msg, "References") or "")[:100]
    return ParsedMessage(
        message_id=_message_id(_raw_header(msg, "Message-ID")),
        in_reply_to=_message_id(_raw_header(msg, "In-Reply-To")),
        references=references,
        subject=next((v for k, v in headers if k == "subject"), ""),
        from_=first("From"),
        sender=first("Sender"),
        reply_to=parse_addresses(_raw_header(msg, "Reply-To")),
        to=parse_addresses(_raw_header(msg, "To")),
        cc=parse_addresses(_raw_header(msg, "Cc")),
        date=_parse_date(_raw_header(msg, "Date"), problems),
        text=text,
        text_from_html=from_html,
        calendars=body.calendars,
        attachments=body.attachments,
        problems=problems,
        headers=headers,
    )
