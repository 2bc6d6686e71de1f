"""The lean FETCH reader: the same answers as imapclient's, from scripted and real servers.

Scripted answers cover what Dovecot never sends (items out of order, NIL and quoted bodies,
unsolicited responses, BYE, refusals); the real server checks the reader against
imapclient's own ``fetch`` on the same messages.
"""

from __future__ import annotations

import imaplib
import io
from datetime import datetime

import pytest
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from afterview.mail import imapfetch
from afterview.mail.imapfetch import uid_set


class Scripted:
    """Just enough of imaplib's connection: what is sent is kept, answers are read from a
    script in which every ``TAG`` becomes the tag of the command sent."""

    def __init__(self, script: bytes) -> None:
        self.script, self.sent, self.file = script, b"", None

    def send(self, data: bytes) -> None:
        self.sent += data
        tag = data.split(b" ", 1)[0]
        self.file = io.BytesIO(self.script.replace(b"TAG", tag))

    def readline(self) -> bytes:
        return self.file.readline()

    def read(self, size: int) -> bytes:
        return self.file.read(size)


class Client:
    def __init__(self, script: bytes) -> None:
        self._imap = Scripted(script)


def run(script: bytes, uids=(1, 2), items=("BODY.PEEK[HEADER]", "RFC822.SIZE")):
    client = Client(script)
    return imapfetch.fetch(client, list(uids), list(items)), client._imap.sent


def test_uid_sets_are_exact_runs() -> None:
    assert uid_set([5, 1, 2, 3, 7, 9, 10, 3]) == "1:3,5,7,9:10"
    assert uid_set([4]) == "4"
    assert uid_set([]) == ""


def test_literals_and_items_in_any_order() -> None:
    found, sent = run(
        b"* 1 FETCH (UID 1 RFC822.SIZE 30 BODY[HEADER] {5}\r\nab\r\nc)\r\n"
        b"* 2 FETCH (BODY[HEADER] {3}\r\nxyz RFC822.SIZE 12 UID 2)\r\n"
        b"TAG OK done\r\n"
    )
    assert sent.endswith(b" UID FETCH 1:2 (BODY.PEEK[HEADER] RFC822.SIZE)\r\n")
    assert found == {
        1: {b"BODY[HEADER]": b"ab\r\nc", b"RFC822.SIZE": 30},
        2: {b"BODY[HEADER]": b"xyz", b"RFC822.SIZE": 12},
    }


def test_two_literals_nil_and_quoted_bodies() -> None:
    found, _ = run(
        b"* 1 FETCH (UID 7 BODY[HEADER] {2}\r\nhh BODY[TEXT]<0> {3}\r\nttt)\r\n"
        b'* 2 FETCH (UID 8 BODY[HEADER] NIL BODY[TEXT]<0> "say \\"hi\\"")\r\n'
        b"TAG OK done\r\n",
        uids=(7, 8),
    )
    assert found == {
        7: {b"BODY[HEADER]": b"hh", b"BODY[TEXT]<0>": b"ttt"},
        8: {b"BODY[HEADER]": None, b"BODY[TEXT]<0>": b'say "hi"'},
    }


def test_unsolicited_responses_are_passed_over() -> None:
    found, _ = run(
        b"* 3 EXISTS\r\n"
        b"* 1 FETCH (FLAGS (\\Seen))\r\n"  # a flag change, without UID: not an answer
        b"* 1 FETCH (UID 1 FLAGS (\\Seen \\Flagged) RFC822.SIZE 4)\r\n"
        b"* OK [ALERT] {4}\r\nnote\r\n"
        b"TAG OK done\r\n",
        uids=(1,),
    )
    assert found == {1: {b"FLAGS": (b"\\Seen", b"\\Flagged"), b"RFC822.SIZE": 4}}


def test_modseq_is_read_as_imapclient_reads_it(monkeypatch) -> None:
    script = b"* 1 FETCH (UID 3 MODSEQ (77) BODY[HEADER] {2}\r\nhh)\r\nTAG OK done\r\n"
    found, _ = run(script, uids=(3,))
    assert found == {3: {b"MODSEQ": (77,), b"BODY[HEADER]": b"hh"}}

    def unknown(*_args):
        raise imapfetch._Unknown

    monkeypatch.setattr(imapfetch, "_fast", unknown)  # imapclient's parser, for comparison
    assert run(script, uids=(3,))[0] == found


def test_items_it_does_not_read_go_to_imapclients_parser() -> None:
    found, _ = run(
        b'* 1 FETCH (UID 4 INTERNALDATE "01-Dec-2026 09:00:00 +0000" MODSEQ (12) '
        b"BODY[] {4}\r\nbody)\r\n"
        b"TAG OK done\r\n",
        uids=(4,),
        items=("BODY.PEEK[]", "INTERNALDATE"),
    )
    assert found[4][b"BODY[]"] == b"body"
    assert found[4][b"MODSEQ"] == (12,)
    assert isinstance(found[4][b"INTERNALDATE"], datetime)
    assert b"UID" not in found[4] and b"SEQ" not in found[4]


def test_a_refusal_is_an_error_and_a_bye_an_abort() -> None:
    with pytest.raises(IMAPClientError, match="no such message"):
        run(b"TAG NO no such message\r\n")
    with pytest.raises(IMAPClientAbortError, match="shutting down"):
        run(b"* BYE shutting down\r\n")
    with pytest.raises(IMAPClientAbortError):
        run(b"* 1 FETCH (UID 1 BODY[HEADER] {10}\r\nshort")  # the connection ends mid-literal
    with pytest.raises(IMAPClientAbortError):
        run(b"* 1 FETCH (UID 1 RFC822.SIZE 3)\r\n")  # ... or before the tagged answer
    assert issubclass(IMAPClientAbortError, imaplib.IMAP4.error)


@pytest.mark.dovecot
def test_same_answers_as_imapclient_on_a_real_server(dovecot_user) -> None:
    for n in range(30):
        body = "".join(f"line {i} of message {n}\r\n" for i in range(n * 20))
        head = f"From: a{n}@example.org\r\nSubject: m{n}\r\nMessage-ID: <m{n}@x>\r\n\r\n"
        dovecot_user.deliver((head + body).encode())
    with dovecot_user.client() as client:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["ALL"]))
        uids = [u for u in uids if u % 3] + [max(uids) + 50]  # gaps, and one that is gone
        for items in (
            ["BODY.PEEK[HEADER]", "RFC822.SIZE"],
            ["BODY.PEEK[TEXT]<0.100>"],
            ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"],
        ):
            expected = client.fetch(uids, items)
            for values in expected.values():
                values.pop(b"SEQ")
            assert imapfetch.fetch(client, uids, items) == dict(expected)
        assert client.noop()  # the connection is still in step with imaplib
