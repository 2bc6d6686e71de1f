"""A lean ``UID FETCH`` for the header-first read: bytes in, ``{uid: {item: value}}`` out.

A first pass fetches the header block of every message and the first bytes of the text of
thousands. imapclient reads such answers through imaplib (a regex match and a list append per
line) and then lexes every byte of the command's answer again in Python: on loopback that
costs more than the server takes to send it. This reader sends the command itself and reads
the answer straight off the connection's buffered file (imaplib's public ``send``,
``readline`` and ``read``), splitting each response at its literals.

Only the items this reader knows (``UID``, ``RFC822.SIZE``, ``FLAGS``, ``MODSEQ``,
``BODY[...]`` as a literal, a quoted string or NIL) are read by it; an answer holding
anything else is handed, in imaplib's own shape, to imapclient's parser, so an unusual
server costs speed, never correctness. Untagged responses other than FETCH (EXISTS,
EXPUNGE, alerts) are passed over: nothing in a read needs them, and the next EXAMINE asks
afresh. ``BYE`` or a broken answer raises imaplib's ``abort``, which the caller treats as a
lost connection.
"""

from __future__ import annotations

import imaplib
import itertools
import re
from collections.abc import Iterable
from typing import Any

from imapclient import IMAPClient
from imapclient.response_parser import parse_fetch_response

_TAGS = itertools.count(1)
_LITERAL = re.compile(rb"\{(\d+)\}\r?\n\Z")
_UNTAGGED_FETCH = re.compile(rb"\* (\d+) FETCH \(", re.IGNORECASE)
# One item of a FETCH response this reader knows; \x00<n>\x00 stands for the n-th literal.
_ITEM = re.compile(
    rb"\s*(?:"
    rb"(UID|RFC822\.SIZE) (\d+)"
    rb"|FLAGS \(([^()\"{}\\]*)\)"
    rb"|MODSEQ \((\d+)\)"
    rb"|(BODY\[[^\]]*\](?:<\d+>)?) (?:\x00(\d+)\x00|NIL|\"((?:[^\"\\]|\\.)*)\")"
    rb")",
    re.IGNORECASE,
)
_QUOTED_ESCAPE = re.compile(rb"\\(.)")


class _Unknown(Exception):
    """An answer holding an item this reader does not parse: imapclient's parser takes it."""


def uid_set(uids: Iterable[int]) -> str:
    """``1:3,7,9:10`` for 1, 2, 3, 7, 9, 10: runs of consecutive UIDs as ranges.

    Exact (a range names only the UIDs in it, present or not) and short: a batch of 1,000
    mostly consecutive UIDs is a few bytes instead of 6 KB the server must parse.
    """
    ordered = sorted(set(uids))
    runs: list[str] = []
    start = previous = None
    for uid in ordered:
        if previous is not None and uid == previous + 1:
            previous = uid
            continue
        if start is not None:
            runs.append(f"{start}:{previous}" if previous != start else str(start))
        start = previous = uid
    if start is not None:
        runs.append(f"{start}:{previous}" if previous != start else str(start))
    return ",".join(runs)


def fetch(client: IMAPClient, uids: Iterable[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
    """``UID FETCH`` of ``items`` in the open folder: like ``IMAPClient.fetch``, leaner.

    Raises ``IMAPClientError`` when the server refuses, imaplib's ``abort`` when the
    connection broke or the answer cannot be read (the connection is then unusable).
    """
    wanted = uid_set(uids)
    if not wanted:
        return {}
    imap = client._imap  # imapclient keeps its imaplib connection here, and so do its own methods
    tag = b"AVF%d" % next(_TAGS)
    command = f"UID FETCH {wanted} ({' '.join(items)})".encode("ascii")
    imap.send(tag + b" " + command + b"\r\n")
    found: dict[int, dict[bytes, Any]] = {}
    while True:
        segments = _response(imap)
        first = segments[0]
        if first.startswith(tag + b" "):
            _check_done(first[len(tag) + 1 :], command)
            return found
        if first[:1] != b"*":
            raise imaplib.IMAP4.abort(f"unexpected answer to FETCH: {first[:80]!r}")
        opened = _UNTAGGED_FETCH.match(first)
        if opened is None:
            if first[2:5].upper() == b"BYE":
                raise imaplib.IMAP4.abort(first.decode("utf-8", "replace").strip())
            continue  # EXISTS, EXPUNGE, RECENT, an alert: nothing a read needs
        try:
            uid, values = _fast(first[opened.end() :], segments[1:])
        except _Unknown:
            uid, values = _slow(opened.group(1), first[opened.end() :], segments[1:])
        if uid is not None:
            found.setdefault(uid, {}).update(values)


def _response(imap: imaplib.IMAP4) -> list[bytes]:
    """One whole response: its first line, then (literal, the line after it) pairs, flat."""
    line = imap.readline()
    if not line.endswith(b"\n"):
        raise imaplib.IMAP4.abort("connection closed in the middle of an answer")
    segments = [line]
    while (literal := _LITERAL.search(line)) is not None:
        size = int(literal.group(1))
        data = imap.read(size)
        if len(data) != size:
            raise imaplib.IMAP4.abort("connection closed in the middle of a literal")
        line = imap.readline()
        if not line.endswith(b"\n"):
            raise imaplib.IMAP4.abort("connection closed in the middle of an answer")
        segments += [data, line]
    return segments


def _check_done(status: bytes, command: bytes) -> None:
    word = status.split(b" ", 1)[0].upper()
    if word == b"OK":
        return
    if word in (b"NO", b"BAD"):
        text = status.decode("utf-8", "replace").strip()
        raise imaplib.IMAP4.error(f"{command[:40].decode()}... failed: {text}")
    raise imaplib.IMAP4.abort(f"unexpected end of FETCH: {status[:80]!r}")


def _fast(head: bytes, rest: list[bytes]) -> tuple[int | None, dict[bytes, Any]]:
    """The items of one FETCH response; ``head`` follows its ``(``, ``rest`` is
    (literal, following line) pairs."""
    literals = rest[0::2]
    text = head.rstrip(b"\r\n")
    for index, after in enumerate(rest[1::2]):
        # the literal's {n} becomes a marker; what follows it continues the item list
        text = _LITERAL_MARK.sub(b"\x00%d\x00" % index, text, count=1) + after.rstrip(b"\r\n")
    if not text.endswith(b")"):
        raise _Unknown
    body = text[:-1]
    values: dict[bytes, Any] = {}
    uid = None
    at = 0
    while at < len(body):
        item = _ITEM.match(body, at)
        if item is None or item.end() == at:
            if body[at:].strip():
                raise _Unknown
            break
        at = item.end()
        name, number, flags, modseq, section, literal, quoted = item.groups()
        if name is not None:
            if name.upper() == b"UID":
                uid = int(number)
            else:
                values[b"RFC822.SIZE"] = int(number)
        elif flags is not None:
            values[b"FLAGS"] = tuple(flags.split())
        elif modseq is not None:  # sent with every answer once CONDSTORE is on
            values[b"MODSEQ"] = (int(modseq),)
        else:
            key = section.upper()
            if literal is not None:
                values[key] = literals[int(literal)]
            elif quoted is not None:
                values[key] = _QUOTED_ESCAPE.sub(rb"\1", quoted)
            else:
                values[key] = None
    return uid, values


_LITERAL_MARK = re.compile(rb"\{\d+\}(?=\r?\n?\Z)")


def _slow(seq: bytes, head: bytes, rest: list[bytes]) -> tuple[int | None, dict[bytes, Any]]:
    """imapclient's parser, given the response in imaplib's shape."""
    opening = seq + b" (" + head.rstrip(b"\r\n")
    lines = [opening, *(r.rstrip(b"\r\n") for r in rest[1::2])]
    shaped: list[Any] = [(lines[i], rest[2 * i]) for i in range(len(rest) // 2)]
    shaped.append(lines[-1] if rest else opening)
    parsed = parse_fetch_response(shaped, True, False)  # keyed by sequence number: UID stays
    values: dict[bytes, Any] = {}
    for found in parsed.values():
        values.update(found)
    values.pop(b"SEQ", None)
    return values.pop(b"UID", None), values


__all__ = ["fetch", "uid_set"]
