"""FETCH answers of the plain shape a header-first pass asks for, read without a general parser.

A first pass FETCHes a header block and a size for every message, then the start of many
texts: ``* 12 FETCH (UID 40 RFC822.SIZE 2225 BODY[HEADER] {1873}`` followed by the literal.
imapclient's general response parser walks every such answer token by token in Python,
which at 100,000 messages costs as much as reading them off the socket. Answers made only
of numbers and literals under plain item names are read here with one regular expression
per line; anything else (quoted strings, lists, NIL, an unsolicited FLAGS update) makes
:func:`plain_fetch` return None, and the caller uses the general parser for the whole answer.
"""

from __future__ import annotations

import re
from typing import Any

from imapclient import IMAPClient
from imapclient.imapclient import join_message_ids, seq_to_parenstr_upper
from imapclient.response_parser import parse_fetch_response

# One line of an answer: maybe the start of a message's answer ("12 ("), item/number pairs,
# maybe an item whose value is the literal that follows ("BODY[HEADER] {1873}"), maybe ")".
_LINE = re.compile(
    rb"(?:(\d+) \()?((?: ?[A-Za-z0-9.\[\]<>]+ \d+)*)(?: ?([A-Za-z0-9.\[\]<>]+) \{(\d+)\})?( ?\))?"
)
_PAIR = re.compile(rb"([A-Za-z0-9.\[\]<>]+) (\d+)")


def plain_fetch(data: list[Any]) -> dict[int, dict[bytes, Any]] | None:
    """The answer to a UID FETCH as imapclient gives it (UID -> item -> value, with ``SEQ``),
    or None when it is not of the plain shape read here.

    ``data`` is the list of untagged FETCH data imaplib collects: a line as bytes, or a
    (line, literal) pair where the line ends in ``{n}``.
    """
    found: dict[int, dict[bytes, Any]] = {}
    current: dict[bytes, Any] | None = None
    for element in data:
        line, literal = element if isinstance(element, tuple) else (element, None)
        if not isinstance(line, bytes):
            return None
        match = _LINE.fullmatch(line)
        if match is None:
            return None
        seq, pairs, name, size, close = match.groups()
        if (seq is None) == (current is None):  # a message starts only after the last ended
            return None
        if seq is not None:
            current = {b"SEQ": int(seq)}
        assert current is not None
        for item, number in _PAIR.findall(pairs):
            current[item.upper()] = int(number)
        if (name is None) != (literal is None):
            return None
        if name is not None:
            if not isinstance(literal, bytes) or len(literal) != int(size):
                return None
            current[name.upper()] = literal
        if close:
            uid = current.pop(b"UID", None)
            if uid is None:
                return None
            found.setdefault(uid, {}).update(current)
            current = None
    return found if current is None else None


def uid_fetch(client: IMAPClient, uids: list[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
    """``client.fetch(uids, items)``, the same answer, with a plain one read quickly.

    The command goes through imapclient's own connection (imaplib underneath) exactly as
    ``IMAPClient.fetch`` sends it, so errors are the same; only the parsing differs.
    """
    imap = getattr(client, "_imap", None)
    if not uids or not client.use_uid or imap is None:
        return client.fetch(uids, items)
    tag = imap._command("UID", "FETCH", join_message_ids(uids), seq_to_parenstr_upper(items))
    typ, data = imap._command_complete("FETCH", tag)
    client._checkok("fetch", typ, data)
    typ, data = imap._untagged_response(typ, data, "FETCH")
    found = plain_fetch(data)
    if found is None:
        found = parse_fetch_response(data, client.normalise_times, True)
    wanted = set(uids)
    return {uid: items for uid, items in found.items() if uid in wanted}


__all__ = ["plain_fetch", "uid_fetch"]
