"""The prefilter's header reader: values found where a field starts, read only when asked.

Head no longer cuts every field's value up front; these check by hand-written expectations
that what it answers is still the first field of a name, unfolded, wherever and however the
block spells it.
"""

from __future__ import annotations

import pytest

from afterview.understand.prefilter import Head

BLOCK = (
    b"Received: from mx.example.net (mx.example.net [203.0.113.9])\r\n"
    b"\tby mail.example.org with ESMTPS\r\n"
    b"\tfor <sam@example.org>; Mon, 2 Mar 2026 10:00:00 +0000\r\n"
    b"DKIM-Signature: v=1; a=rsa-sha256; d=example.net;\r\n"
    b" b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSBidXQgaXQgaXMgbG9uZw==\r\n"
    b"From: Ana Costa <ana@acme.example>\r\n"
    b"SUBJECT : Interview\r\n"
    b" on Tuesday\r\n"
    b"not a field at all\r\n"
    b"Subject: a second subject is not the one read\r\n"
    b"X-Empty:\r\n"
    b"List-Id:   <news.acme.example>  \r\n"
    b"Message-ID: <1@acme.example>\r\n"
    b"\r\n"
)
RECEIVED = (
    "from mx.example.net (mx.example.net [203.0.113.9]) by mail.example.org with "
    "ESMTPS for <sam@example.org>; Mon, 2 Mar 2026 10:00:00 +0000"
)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("From", "Ana Costa <ana@acme.example>"),
        ("from", "Ana Costa <ana@acme.example>"),
        ("Subject", "Interview on Tuesday"),  # spaces before the colon; a folded line
        ("Received", RECEIVED),
        ("list-id", "<news.acme.example>"),
        ("X-Empty", ""),
        ("Reply-To", None),
        ("not a field at all", None),
        ("b", None),  # a continuation line is no field
    ],
)
def test_first_field_of_a_name_unfolded(name: str, value: str | None) -> None:
    assert Head.parse(BLOCK).get(name) == value


def test_the_first_line_and_bare_line_ends() -> None:
    head = Head.parse(b"Subject: first\nFrom: a@b.example\n  (folded)\n\n")
    assert head.get("subject") == "first"
    assert head.get("from") == "a@b.example (folded)"
    assert head.senders == ("a@b.example",)


def test_asking_again_answers_the_same_and_the_properties_read_it() -> None:
    head = Head.parse(BLOCK)
    assert head.get("Subject") == head.get("subject") == "Interview on Tuesday"
    assert head.subject == "Interview on Tuesday"
    assert head.message_id == "<1@acme.example>"
    assert head.senders == ("ana@acme.example",)
    assert head.thread_ids == ()


def test_encoded_words_and_eight_bit_values() -> None:
    head = Head.parse(
        b"Subject: =?utf-8?q?Entretien_d=C3=A9cal=C3=A9?=\r\n"
        b"From: =?iso-8859-1?q?Jos=E9?= <jose@acme.example>\r\n"
        b"To: Zo\xc3\xab <zoe@example.org>\r\n\r\n"
    )
    assert head.subject == "Entretien décalé"
    assert head.sender_name == "José <jose@acme.example>"
    assert head.get("to") == "Zoë <zoe@example.org>"
    assert head.recipients == ("zoe@example.org",)
