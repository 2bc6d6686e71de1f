"""Text from bytes whose charset is missing, wrong or unknown; never raises.

Mail declares charsets that do not exist, declares none for 8-bit bytes, and mixes RFC 2047
words of several charsets in one header. Both the headers and the body of a message
(:mod:`afterview.mail.message`, :mod:`afterview.mail.mimebody`) and the header-first glance
decode through these few functions, so every reader makes the same guess.
"""

from __future__ import annotations

import codecs
import email.header
import re

# Controls, zero-width and direction marks, line and paragraph separators, the BOM.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028\u2029\ufeff]")


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


def raw_text(value: object) -> str:
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


def decode_words(text: str) -> str:
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


def clean(text: str) -> str:
    """``text`` on one line: controls become spaces, runs of white space one space."""
    return " ".join(CONTROL.sub(" ", text).split())
