"""Raw RFC 5322 bytes to a ``ParsedMessage``: the one place that knows MIME.

Mail in the wild is often broken: undeclared 8-bit headers, unknown charsets, truncated
multiparts, base64 with garbage, ICS files with the wrong type. ``parse_message`` never
raises: it keeps whatever it could read and lists what it could not in ``problems``, so the
daemon can log one line and go on.

Structure is parsed with ``email.policy.compat32``, which records defects instead of raising;
headers are decoded here, one at a time (RFC 2047 words, RFC 2231-less charsets, raw UTF-8),
so a single bad header costs only that header. The work is bounded: input size, number of
parts and multipart containers, header count and length, decoded text length, and the events
and attendees of each calendar are all capped (see ``bounds``), so hostile mail costs time and
memory in proportion to the limits, not to what the sender chose.
"""

from __future__ import annotations

import codecs
import email
import email.header
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message

from afterview.mail.bounds import (
    MAX_MULTIPARTS,
    bound_calendar,
    cap_body,
    cap_multiparts,
    encoded_size,
)
from afterview.understand.body.html import html_to_text

MAX_TEXT_CHARS = 200_000
MAX_HEADERS = 400
MAX_HEADER_CHARS = 16_000
MAX_CALENDAR_CHARS = 1_000_000
MAX_CALENDAR_ATTENDEES = 200

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028\u2029\ufeff]")
_FOLD = re.compile(r"\r?\n[ \t]*")
_MSGID = re.compile(r"<[^<>\s\x00-\x1f\x7f]{1,400}>")
_STUB = re.compile(
    r"browser|HTML|web version|online version|navigateur|navegador|webversie", re.IGNORECASE
)
# No controls, and nothing a header encoder would decode ("=?"): an address is copied into
# drafts and draft keys as it is.
_EMAIL = re.compile(r"^(?!.*=\?)[^@\s<>,;\x00-\x1f\x7f]+@[^@\s<>,;\x00-\x1f\x7f]+$")


@dataclass(frozen=True)
class Address:
    """One mailbox: display name (decoded, may be empty) and lower-cased address."""

    name: str
    email: str


@dataclass(frozen=True)
class Attachment:
    """A part that is not shown as body text: its name, type and decoded size in bytes."""

    filename: str | None
    content_type: str
    size: int


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


# --- charsets --------------------------------------------------------------------------------


def _known_charset(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").split("*", 1)[0].lower()
    if name in ("unknown-8bit", "x-unknown", "unknown"):
        return None
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes to text: the declared charset, else UTF-8, else cp1252; never raises."""
    declared = _known_charset(charset)
    for candidate in (declared, "utf-8"):
        if candidate:
            try:
                return data.decode(candidate)
            except (UnicodeDecodeError, LookupError):
                pass
    lenient = data.decode("utf-8", "replace")
    if lenient.count("\ufffd") * 100 <= max(len(lenient), 1):
        return lenient  # mostly UTF-8 with a few bad bytes (e.g. a cut multi-byte character)
    return data.decode(declared or "cp1252", "replace")


# how the email package keeps an undeclared 8-bit byte in a str header (surrogateescape)
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _raw_text(value: object) -> str:
    """A compat32 header value as text: undeclared 8-bit bytes read as UTF-8 or cp1252."""
    if isinstance(value, email.header.Header):
        try:  # compat32 wraps undeclared 8-bit bytes as charset "unknown-8bit"
            return "".join(
                decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk
                for chunk, charset in email.header.decode_header(value)
            )
        except Exception:
            return str(value)
    text = str(value)
    if _ESCAPED_BYTE.search(text):
        raw = text.encode("ascii", "surrogateescape")
        text = decode_bytes(raw, None)
    return text


def _decode_words(text: str) -> str:
    """Decode RFC 2047 encoded words, each with its own charset; bad words are kept readable."""
    if "=?" not in text:
        return text
    try:
        chunks = email.header.decode_header(text)
    except Exception:
        return text
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes) and charset is None:
            # decode_header hands back the plain (already decoded) parts this way
            out.append(chunk.decode("raw-unicode-escape", "replace"))
        elif isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    return "".join(out)


def _clean(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())


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
            text = _raw_text(value)
            if len(text) > MAX_HEADER_CHARS:
                problems.append(f"header {name} truncated")
                text = text[:MAX_HEADER_CHARS]
            text = _decode_words(_FOLD.sub(" ", text))
            items.append((str(name).strip().lower(), _clean(text)))
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
    text = _raw_text(value)[:MAX_HEADER_CHARS]
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
        name = _clean(_decode_words(name)).strip("\"' ")
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
    value = _clean(value).replace(" ", "")
    return value[:400] or None


# --- body ------------------------------------------------------------------------------------


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
    return _clean(_decode_words(_raw_text(name)))[:255] or None


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
class _Body:
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


def _read_parts(root: Message, max_parts: int, max_events: int, problems: list[str]) -> _Body:
    body = _Body()
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


def _choose_text(body: _Body) -> tuple[str, bool]:
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
    text = _CONTROL.sub("", text)
    return text[:MAX_TEXT_CHARS], from_html


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
        body = _read_parts(msg, max_parts, max_ics_events, problems)
    except Exception as exc:
        problems.append(f"body unreadable: {type(exc).__name__}")
        body = _Body()
    text, from_html = _choose_text(body)

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
