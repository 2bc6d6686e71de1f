"""A quick look at a message's first bytes: its text parts and invitations, decoded.

The prefilter reads the beginning of a message (``BODY.PEEK[TEXT]<0.N>``) to see whether
it speaks of a job, for thousands of messages per pass, so this reader trades completeness
for speed: no ``email`` package, only the MIME structure it needs (boundaries, each part's
type, charset and transfer encoding), tolerant of a part cut off at the peek limit. What it
cannot read it leaves out; the full parse (``message.parse_message``) happens only for the
messages the prefilter lets through.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field

from afterview.mail.charsets import decode_bytes

MAX_DEPTH = 4  # nested multiparts; deeper structures are not mail people write
MAX_PARTS = 40

_PARAM = re.compile(r';\s*([\w*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]+)')
_TAG = re.compile(r"<(?:style|script)\b.*?</(?:style|script)\s*>|<[^>]*>", re.S | re.I)
_ENTITY = re.compile(r"&(#?\w+);")
_ICS = (".ics", ".vcs")


@dataclass
class Glance:
    """What the first bytes of a message say, decoded to text."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    calendars: list[tuple[str, str | None]] = field(default_factory=list)  # (text, METHOD)
    forwarded: bool = False  # a whole message is attached (message/rfc822)
    cut: bool = False  # the bytes ended inside a text part, or before any: look further

    def text(self, short: int = 480) -> str:
        """The plain text, with the HTML's when the plain part is missing or short."""
        plain = "\n".join(self.plain)
        if len(plain.strip()) >= short or not self.html:
            return plain
        return f"{plain}\n{html_text(chr(10).join(self.html))}"


def content_type(value: str | None) -> tuple[str, dict[str, str]]:
    """``text/plain`` and its parameters (names lower-cased, quotes removed)."""
    if not value:
        return "text/plain", {}
    kind = value.split(";", 1)[0].strip().lower() or "text/plain"
    params = {k.lower().rstrip("*"): v.strip('"') for k, v in _PARAM.findall(value)}
    return kind, params


def html_text(html: str) -> str:
    """Visible words of an HTML part: tags out, common entities decoded (good enough here)."""
    text = _TAG.sub(" ", html)
    return _ENTITY.sub(_entity, text)


def _entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name.startswith("#"):
        try:
            return chr(int(name[2:], 16) if name[1:2] in "xX" else int(name[1:]))
        except (ValueError, OverflowError):
            return " "
    return {"nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}.get(
        name.lower(), " "
    )


def _split_head(data: bytes) -> tuple[bytes, bytes]:
    """A part's header block and its body (the header may be all there is)."""
    for separator in (b"\r\n\r\n", b"\n\n"):
        head, found, body = data.partition(separator)
        if found:
            return head, body
    return data, b""


def _fields(head: bytes) -> dict[str, str]:
    """The few MIME headers of a part, unfolded, by lower-case name."""
    text = re.sub(rb"\r?\n[ \t]+", b" ", head).decode("utf-8", "replace")
    found: dict[str, str] = {}
    for line in text.splitlines():
        name, colon, value = line.partition(":")
        if colon:
            found.setdefault(name.strip().lower(), value.strip())
    return found


def _decode(data: bytes, encoding: str, charset: str | None) -> str:
    encoding = encoding.strip().lower()
    try:
        if encoding == "base64":
            compact = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
            data = binascii.a2b_base64(compact[: len(compact) // 4 * 4])
        elif encoding == "quoted-printable":
            data = binascii.a2b_qp(data)
    except (binascii.Error, ValueError):
        return ""
    return decode_bytes(data, charset)


def glance(header: dict[str, str], body: bytes, *, complete: bool = True) -> Glance:
    """Read ``body`` as a message with the MIME ``header`` fields.

    ``header`` maps lower-case names to values: ``content-type`` and
    ``content-transfer-encoding`` are the ones used. ``complete`` is False when ``body`` is
    only the beginning of the message; :attr:`Glance.cut` then says whether what is missing
    may hold text.
    """
    found = Glance()
    _part(header, body, found, depth=0, budget=[MAX_PARTS], open_end=not complete)
    if not complete and not (found.plain or found.html):
        found.cut = True  # the text may come after what we have (an attachment first)
    return found


def _part(
    fields: dict[str, str],
    body: bytes,
    found: Glance,
    depth: int,
    budget: list[int],
    open_end: bool,
) -> None:
    """Read one part; ``open_end``: its bytes run to where the look was cut off."""
    if budget[0] <= 0:
        return
    budget[0] -= 1
    kind, params = content_type(fields.get("content-type"))
    if kind.startswith("multipart/") and depth < MAX_DEPTH:
        boundary = params.get("boundary")
        if boundary:
            chunks, closed = _children(body, boundary.encode("utf-8", "replace"))
            for index, chunk in enumerate(chunks):
                head, inner = _split_head(chunk)
                last_open = open_end and not closed and index == len(chunks) - 1
                _part(_fields(head), inner, found, depth + 1, budget, last_open)
        return
    if kind == "message/rfc822" and depth < MAX_DEPTH:
        found.forwarded = True
        head, inner = _split_head(body)
        inner_fields = _fields(head)
        subject = inner_fields.get("subject")
        if subject:
            found.plain.append(subject)
        _part(inner_fields, inner, found, depth + 1, budget, open_end)
        return
    name = (params.get("name") or _filename(fields) or "").lower()
    encoding = fields.get("content-transfer-encoding", "7bit")
    if kind in ("text/calendar", "application/ics", "text/x-vcalendar") or name.endswith(_ICS):
        method = params.get("method")
        found.calendars.append((_decode(body, encoding, params.get("charset")), method))
    elif kind == "text/plain":
        found.plain.append(_decode(body, encoding, params.get("charset")))
    elif kind == "text/html":
        found.html.append(_decode(body, encoding, params.get("charset")))
    else:
        return
    found.cut = found.cut or open_end


def _filename(fields: dict[str, str]) -> str | None:
    disposition = fields.get("content-disposition")
    return content_type(disposition)[1].get("filename") if disposition else None


def _children(body: bytes, boundary: bytes) -> tuple[list[bytes], bool]:
    """The parts between ``--boundary`` lines, and whether the closing one was seen.

    Without the closing delimiter, the last part runs to the end of ``body`` (cut short).
    """
    delimiter = b"--" + boundary
    chunks: list[bytes] = []
    start = None
    at = 0
    while True:
        at = body.find(delimiter, at)
        if at < 0:
            break
        if at > 0 and body[at - 1 : at] != b"\n":  # a delimiter starts a line
            at += len(delimiter)
            continue
        line_end = body.find(b"\n", at)
        line_end = len(body) if line_end < 0 else line_end + 1
        if start is not None:
            chunks.append(body[start : at - 1].removesuffix(b"\r"))
        if body[at + len(delimiter) : at + len(delimiter) + 2] == b"--":
            return chunks, True
        start = at = line_end
    if start is not None:
        chunks.append(body[start:])
    return chunks, False


__all__ = ["Glance", "content_type", "glance", "html_text"]
