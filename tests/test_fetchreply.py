"""The quick FETCH reader gives imapclient's answer, or declines (no server: imaplib's data)."""

from __future__ import annotations

import pytest
from imapclient.response_parser import parse_fetch_response

from afterview.mail.fetchreply import plain_fetch

HEADER = b"From: a@b.example\r\nSubject: Hi\r\n\r\n"

PLAIN = [
    # header blocks and sizes, as Dovecot answers a header-first batch
    [
        (b"1 (UID 7 RFC822.SIZE 2225 BODY[HEADER] {%d}" % len(HEADER), HEADER),
        b")",
        (b"2 (UID 9 RFC822.SIZE 10 BODY[HEADER] {0}", b""),
        b")",
    ],
    # the literal first, the numbers after it
    [(b"3 (BODY[TEXT]<0> {5}", b"Hello"), b" UID 12 RFC822.SIZE 99)"],
    # no literal at all
    [b"4 (UID 13 RFC822.SIZE 120)"],
    # two literals in one message's answer
    [(b"5 (UID 14 BODY[HEADER] {2}", b"ab"), (b" BODY[TEXT]<0> {3}", b"cde"), b")"],
    # lower-case item names, a literal holding a close bracket and a brace
    [(b"6 (uid 15 body[text]<0> {4}", b")}{0"), b")"],
]


@pytest.mark.parametrize("data", PLAIN)
def test_a_plain_answer_reads_as_imapclient_reads_it(data):
    assert plain_fetch(data) == dict(parse_fetch_response(data, True, True))


@pytest.mark.parametrize(
    "data",
    [
        [None],  # an empty answer
        [b"7 (UID 16 FLAGS (\\Seen))"],  # a list
        [b'8 (UID 17 INTERNALDATE "01-Dec-2026 09:00:00 +0000")'],  # a quoted string
        [b"9 (UID 18 BODY[TEXT]<0> NIL)"],  # NIL
        [b"10 (FLAGS ())"],  # an unsolicited update without a UID
        [(b"11 (UID 19 BODY[HEADER] {5}", b"abc"), b")"],  # a literal shorter than announced
        [(b"12 (UID 20 BODY[HEADER] {3}", b"abc")],  # the answer never closes
        [b")"],  # a close with nothing open
        [b"13 (UID 21 BODY[HEADER.FIELDS (SUBJECT)] {0}", b")"],  # a list inside a section
    ],
)
def test_anything_else_is_left_to_the_general_parser(data):
    assert plain_fetch(data) is None
