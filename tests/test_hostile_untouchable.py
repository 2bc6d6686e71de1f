"""The untouchable-mail check itself (tests/untouchable.py): it must be able to fail.

A change by a client that is not the tests' own (standing in for Afterview misbehaving) is
reported; the same change made through the harness's client, as the user, is not; and
Afterview's own drafts are never the user's mail. Each test puts things right before it
ends, so the session-wide check after it passes.
"""

from __future__ import annotations

import pytest
from imapclient import IMAPClient

import hostile
from dovecot import DovecotUser
from untouchable import LEDGER

pytestmark = pytest.mark.dovecot


def stranger(user: DovecotUser) -> IMAPClient:
    """A client the ledger knows nothing about, as Afterview's own connection would be."""
    client = IMAPClient(user.server.host, user.server.port, ssl=False, timeout=10)
    client.login(user.name, user.password)
    client.select_folder("INBOX")
    return client


def test_a_flag_set_by_anyone_but_the_user_is_reported(dovecot_user: DovecotUser) -> None:
    mark = LEDGER.mark()
    uid = dovecot_user.deliver(hostile.message([]), flags=["\\Flagged"])
    assert LEDGER.problems(mark) == []
    with stranger(dovecot_user) as client:
        client.add_flags([uid], ["\\Seen"])
        (problem,) = LEDGER.problems(mark)
        assert f"INBOX UID {uid}: flags changed" in problem and "\\Seen" in problem
        client.remove_flags([uid], ["\\Seen"])
    assert LEDGER.problems(mark) == []


def test_a_message_removed_by_anyone_but_the_user_is_reported(dovecot_user: DovecotUser) -> None:
    mark = LEDGER.mark()
    raw = hostile.message([("Subject", "keep me")])
    uid = dovecot_user.deliver(raw)
    with stranger(dovecot_user) as client:
        stored = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
        client.delete_messages([uid])
        client.expunge()
        assert LEDGER.problems(mark) == [f"{dovecot_user.name} INBOX UID {uid}: gone or altered"]
        client.append("INBOX", stored)  # the same bytes, the same (no) flags: put right
    assert LEDGER.problems(mark) == []


def test_changes_the_test_makes_as_the_user_are_not_afterviews(dovecot_user: DovecotUser) -> None:
    mark = LEDGER.mark()
    flagged = dovecot_user.deliver(hostile.message([("Subject", "a")]))
    deleted = dovecot_user.deliver(hostile.message([("Subject", "b")]))
    moved = dovecot_user.deliver(hostile.message([("Subject", "c")]))
    with dovecot_user.client() as client:
        client.select_folder("INBOX")
        client.add_flags([flagged], ["\\Answered"])
        client.delete_messages([deleted])
        client.expunge()
        client.move([moved], "Drafts")
    assert LEDGER.problems(mark) == []


def test_afterviews_own_drafts_are_not_the_users_mail(dovecot_user: DovecotUser) -> None:
    mark = LEDGER.mark()
    draft = hostile.message([("X-Afterview-Key", "acme/thank_you/jane@acme.example")])
    uid = dovecot_user.deliver(draft, "Drafts", flags=["\\Draft", "\\Seen"])
    with stranger(dovecot_user) as client:
        client.select_folder("Drafts")
        client.delete_messages([uid])
        client.expunge()
    assert LEDGER.problems(mark) == []
