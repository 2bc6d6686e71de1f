"""Header-first reading in both backends: header blocks, text beginnings, cheap later passes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from afterview.mail.base import split_header
from afterview.mail.imap import ImapMailbox
from afterview.mail.maildir import MaildirMailbox, deliver
from dovecot import DovecotUser
from mailbox_contract import NOW, message
from test_imap import Secret

LONG_BODY = b"\r\n".join(b"line %d of a long body" % n for n in range(2000)) + b"\r\n"


def long_message(name: str) -> bytes:
    head, body = split_header(message(name))
    return head + LONG_BODY + body


class CountingImap(ImapMailbox):
    """An IMAP mailbox that notes every SEARCH it sends (an observer, not a stand-in)."""

    def __init__(self, user: DovecotUser) -> None:
        super().__init__("127.0.0.1", user.server.port, "none", user.name,
                         lambda: Secret(user.password))  # fmt: skip
        self.searches = 0

    def _conn(self):
        client = super()._conn()
        if not getattr(client, "counted", False):
            search = client.search

            def counted(*args, **kwargs):
                self.searches += 1
                return search(*args, **kwargs)

            client.search, client.counted = counted, True
        return client


@pytest.mark.dovecot
def test_imap_heads_and_text_starts_are_what_another_client_sees(dovecot_user):
    uids = [dovecot_user.deliver(long_message(f"m{n}")) for n in range(3)]
    with dovecot_user.client() as other:
        other.select_folder("INBOX", readonly=True)
        seen = other.fetch(uids, ["BODY.PEEK[HEADER]", "BODY.PEEK[TEXT]", "RFC822.SIZE", "FLAGS"])
    with CountingImap(dovecot_user) as box:
        heads = {h.uid: h for h in box.fetch_heads("INBOX", [*uids, 9999])}
        starts = dict(box.fetch_text_starts("INBOX", uids, 100))
    assert sorted(heads) == uids  # a UID that is not there is left out
    for uid in uids:
        assert heads[uid].header == seen[uid][b"BODY[HEADER]"]
        assert heads[uid].size == seen[uid][b"RFC822.SIZE"]
        assert starts[uid] == seen[uid][b"BODY[TEXT]"][:100]
    with dovecot_user.client() as other:
        other.select_folder("INBOX", readonly=True)
        flags = other.get_flags(uids)
    assert all(b"\\Seen" not in flags[uid] for uid in uids)  # nothing marked read


@pytest.mark.dovecot
def test_a_pass_with_nothing_new_sends_no_search(dovecot_user):
    dovecot_user.deliver(message("a"))
    with CountingImap(dovecot_user) as box:
        mark = box.list_new("INBOX", None).mark
        box.searches = 0
        again = box.list_new("INBOX", mark)
        assert again.uids == [] and again.mark.last_uid == mark.last_uid
        assert box.searches == 0
        new = dovecot_user.deliver(message("b"))
        found = box.list_new("INBOX", again.mark)
        assert found.uids == [new] and box.searches == 1


@pytest.mark.dovecot
def test_new_mail_is_seen_while_another_folder_is_open(dovecot_user):
    """The cheap check (STATUS) is taken for folders not open; it must still see new mail."""
    dovecot_user.deliver(message("a"))
    with CountingImap(dovecot_user) as box:
        mark = box.list_new("INBOX", None).mark
        box.list_new(box.folders().sent, None)  # now Sent is the open folder
        box.searches = 0
        assert box.list_new("INBOX", mark).uids == [] and box.searches == 0
        box.list_new(box.folders().sent, None)
        new = dovecot_user.deliver(message("b"))
        assert box.list_new("INBOX", mark).uids == [new]


@pytest.mark.dovecot
def test_the_mark_moves_past_mail_that_came_and_went(dovecot_user):
    dovecot_user.deliver(message("a"))
    with CountingImap(dovecot_user) as box:
        mark = box.list_new("INBOX", None).mark
        gone = dovecot_user.deliver(message("b"))
        with dovecot_user.client() as other:
            other.select_folder("INBOX")
            other.delete_messages([gone])
            other.expunge()
        after = box.list_new("INBOX", mark)
        assert after.uids == [] and after.mark.last_uid == gone
        box.searches = 0
        assert box.list_new("INBOX", after.mark).uids == [] and box.searches == 0


@pytest.mark.dovecot
def test_a_first_pass_lists_exactly_what_arrived_since_the_lookback(dovecot_user):
    since = NOW - timedelta(days=30)
    dates = {"old": since - timedelta(hours=3), "edge": since + timedelta(hours=1),
             "recent": since + timedelta(days=12)}  # fmt: skip
    uids = {name: dovecot_user.deliver(message(name), when=when) for name, when in dates.items()}
    with CountingImap(dovecot_user) as box:
        listed = box.list_new("INBOX", None, since=since)
    assert listed.uids == sorted([uids["edge"], uids["recent"]])
    assert listed.mark.last_uid == max(uids.values())


def test_maildir_heads_and_text_starts_agree_with_whole_messages(tmp_path: Path):
    box = MaildirMailbox(tmp_path / "mail", create=True)
    big_header = message("big").replace(b"Subject:", b"X-Long: " + b"x" * 40_000 + b"\r\nSubject:")
    for raw in (long_message("a"), message("b"), big_header):
        deliver(box.root, raw)
    uids = box.list_new("INBOX", None).uids
    whole = {m.uid: m.raw for m in box.fetch("INBOX", uids)}
    heads = {h.uid: h for h in box.fetch_heads("INBOX", [*uids, 999])}
    starts = dict(box.fetch_text_starts("INBOX", uids, 64))
    assert sorted(heads) == uids
    for uid in uids:
        header, body = split_header(whole[uid])
        assert heads[uid].header == header and heads[uid].size == len(whole[uid])
        assert starts[uid] == body[:64]


def test_the_fallback_reads_whole_messages_for_backends_without_their_own(tmp_path: Path):
    class Plain(MaildirMailbox):
        fetch_heads = MaildirMailbox.__mro__[1].fetch_heads  # the base class's
        fetch_text_starts = MaildirMailbox.__mro__[1].fetch_text_starts

    box = Plain(tmp_path / "mail", create=True)
    deliver(box.root, long_message("a"))
    [uid] = box.list_new("INBOX", None).uids
    [raw] = [m.raw for m in box.fetch("INBOX", [uid])]
    [head] = box.fetch_heads("INBOX", [uid])
    assert head.header == split_header(raw)[0] and head.size == len(raw)
    assert dict(box.fetch_text_starts("INBOX", [uid], 10)) == {uid: split_header(raw)[1][:10]}
