"""What every mailbox backend must do, written once and run against IMAP and Maildir.

A backend's test module subclasses :class:`MailboxContract` and provides a ``backend``
fixture returning a :class:`Backend`: a way to open the mailbox under test, to put mail in
as another client would, and to look at the stored mail *without* the code under test, so
no assertion merely echoes what the backend said about itself.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from afterview.errors import MailboxError, NotOwnDraftError
from afterview.mail.base import KEY_HEADER, Mailbox, header_value

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
KEY = "app-7/thank_you/ann@example.org"


@dataclass(frozen=True)
class FolderSettings:
    """Stands in for the config's ``folders:`` section."""

    inbox: str | None = None
    drafts: str | None = None
    sent: str | None = None
    watch: tuple[str, ...] | None = None


def message(
    message_id: str,
    *,
    subject: str = "Interview",
    to: str = "me@example.org",
    cc: str | None = None,
    key: str | None = None,
    date: datetime = NOW,
) -> bytes:
    """A small RFC 5322 message, CRLF-terminated."""
    msg = EmailMessage()
    msg["From"] = "Recruiter <jobs@acme.example>"
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{message_id}@test.example>"
    if key:
        msg[KEY_HEADER] = key
    msg.set_content(f"Body of {message_id}.\n")
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


class Backend(ABC):
    """One mailbox backend prepared for a test, with a fresh, empty mailbox."""

    drafts = "Drafts"
    sent = "Sent"

    @abstractmethod
    def open(self, folders: FolderSettings | None = None) -> Mailbox:
        """A new Mailbox object (a new connection, for IMAP)."""

    @abstractmethod
    def deliver(
        self, raw: bytes, folder: str = "INBOX", flags: Iterable[str] = (), when: datetime = NOW
    ) -> None:
        """Store mail as another client would; ``when`` is the internal date."""

    @abstractmethod
    def stored(self, folder: str) -> dict[str, frozenset[str]]:
        """Message-ID -> flags of every message in ``folder``, read independently."""

    @abstractmethod
    def change_uidvalidity(self, folder: str) -> None:
        """Make ``folder`` start a new UID numbering, as a server may after a rebuild."""


def mid(name: str) -> str:
    return f"<{name}@test.example>"


def mid_of(raw: bytes) -> str | None:
    return header_value(raw, "Message-ID")


class MailboxContract:
    """The shared behaviour. Subclasses provide the ``backend`` fixture."""

    # ---- new mail and marks ----------------------------------------------------------------

    def test_first_pass_lists_mail_since_and_marks_past_the_older(self, backend: Backend) -> None:
        backend.deliver(message("old"), when=NOW - timedelta(days=30))
        backend.deliver(message("recent"), when=NOW - timedelta(days=2))
        with backend.open() as box:
            first = box.list_new("INBOX", None, since=NOW - timedelta(days=10))
            assert [mid_of(m.raw) for m in box.fetch("INBOX", first.uids)] == [mid("recent")]
            assert first.reset is False
            # The old message is not listed now, nor on the next pass.
            again = box.list_new("INBOX", first.mark)
            assert again.uids == []
            assert again.mark == first.mark

    def test_without_since_the_first_pass_lists_everything(self, backend: Backend) -> None:
        backend.deliver(message("a"), when=NOW - timedelta(days=400))
        backend.deliver(message("b"))
        with backend.open() as box:
            listed = box.list_new("INBOX", None)
            assert sorted(mid_of(m.raw) for m in box.fetch("INBOX", listed.uids)) == [
                mid("a"),
                mid("b"),
            ]

    def test_marks_survive_reconnects_and_list_only_new_mail(self, backend: Backend) -> None:
        backend.deliver(message("first"))
        with backend.open() as box:
            mark = box.list_new("INBOX", None).mark
        backend.deliver(message("second"))
        backend.deliver(message("third"))
        with backend.open() as box:
            new = box.list_new("INBOX", mark)
            assert [mid_of(m.raw) for m in box.fetch("INBOX", new.uids)] == [
                mid("second"),
                mid("third"),
            ]
            assert new.mark.last_uid == max(new.uids) > mark.last_uid
            # Nothing new: "UID n:*" still returns the top message; it must not be listed.
            assert box.list_new("INBOX", new.mark).uids == []

    def test_uidvalidity_change_resets_and_lists_everything(self, backend: Backend) -> None:
        backend.deliver(message("one"))
        backend.deliver(message("two"))
        with backend.open() as box:
            mark = box.list_new("INBOX", None).mark
        backend.change_uidvalidity("INBOX")
        with backend.open() as box:
            new = box.list_new("INBOX", mark)
            assert new.reset is True
            assert new.mark.uidvalidity != mark.uidvalidity
            assert sorted(mid_of(m.raw) for m in box.fetch("INBOX", new.uids)) == [
                mid("one"),
                mid("two"),
            ]

    def test_reading_leaves_seen_flags_alone(self, backend: Backend) -> None:
        backend.deliver(message("unread"))
        backend.deliver(message("read"), flags=["\\Seen"])
        with backend.open() as box:
            listed = box.list_new("INBOX", None)
            fetched = list(box.fetch("INBOX", listed.uids))
            flags = box.flags("INBOX", listed.uids)
        by_id = {mid_of(m.raw): m.flags for m in fetched}
        assert "\\Seen" not in by_id[mid("unread")]
        assert "\\Seen" in by_id[mid("read")]
        assert flags == {m.uid: m.flags for m in fetched}
        after = backend.stored("INBOX")
        assert "\\Seen" not in after[mid("unread")]
        assert "\\Seen" in after[mid("read")]

    def test_fetch_skips_uids_that_do_not_exist(self, backend: Backend) -> None:
        backend.deliver(message("only"))
        with backend.open() as box:
            assert list(box.fetch("INBOX", [9999])) == []

    # ---- own drafts --------------------------------------------------------------------------

    def test_draft_round_trip(self, backend: Backend) -> None:
        with backend.open() as box:
            uid = box.append_draft(message("draft", key=KEY), NOW)
            assert backend.stored(backend.drafts) == {mid("draft"): {"\\Draft", "\\Seen"}}
            found = box.find_drafts(KEY)
            assert [(d.uid, d.key, d.message_id) for d in found] == [(uid, KEY, mid("draft"))]
            assert {"\\Draft", "\\Seen"} <= found[0].flags
            assert [d.uid for d in box.find_drafts()] == [uid]
            assert box.find_drafts("app-7/thank_you/bob@example.org") == []
            box.delete_draft(uid)
            assert box.find_drafts() == []
        assert backend.stored(backend.drafts) == {}

    def test_key_search_is_exact_not_substring(self, backend: Backend) -> None:
        with backend.open() as box:
            box.append_draft(message("longer", key=KEY + ".uk"), NOW)
            assert box.find_drafts(KEY) == []
            assert [d.key for d in box.find_drafts(KEY + ".uk")] == [KEY + ".uk"]

    def test_foreign_drafts_are_never_deleted(self, backend: Backend) -> None:
        backend.deliver(message("users-own"), folder=backend.drafts, flags=["\\Draft"])
        with backend.open() as box:
            assert box.find_drafts() == []
            listed = box.list_new(backend.drafts, None)
            with pytest.raises(NotOwnDraftError):
                box.delete_draft(listed.uids[0])
        assert mid("users-own") in backend.stored(backend.drafts)

    def test_only_mail_with_the_key_may_be_written(self, backend: Backend) -> None:
        with backend.open() as box:
            with pytest.raises(NotOwnDraftError):
                box.append_draft(message("no-key"), NOW)
            with pytest.raises(ValueError, match="aware"):
                box.append_draft(message("naive", key=KEY), NOW.replace(tzinfo=None))
        assert backend.stored(backend.drafts) == {}

    # ---- sent mail and folders ---------------------------------------------------------------

    def test_sent_since_filters_by_date_and_exact_recipient(self, backend: Backend) -> None:
        ann = "ann@example.org"
        backend.deliver(message("old", to=ann), backend.sent, when=NOW - timedelta(days=20))
        backend.deliver(message("to-ann", to=f"Ann <{ann}>"), backend.sent)
        backend.deliver(message("cc-ann", to="x@example.org", cc=ann.upper()), backend.sent)
        backend.deliver(message("to-joann", to="joann@example.org"), backend.sent)
        since = NOW - timedelta(days=5)
        with backend.open() as box:
            to_ann = sorted(mid_of(m.raw) for m in box.sent_since(since, to=ann))
            everyone = sorted(mid_of(m.raw) for m in box.sent_since(since))
        assert to_ann == [mid("cc-ann"), mid("to-ann")]
        assert everyone == [mid("cc-ann"), mid("to-ann"), mid("to-joann")]

    def test_configured_folders_must_exist(self, backend: Backend) -> None:
        with (
            backend.open(FolderSettings(drafts="No Such Folder")) as box,
            pytest.raises(MailboxError, match="No Such Folder"),
        ):
            box.folders()

    def test_configured_folders_win_over_discovery(self, backend: Backend) -> None:
        settings = FolderSettings(drafts=backend.sent, watch=("INBOX", backend.drafts))
        with backend.open(settings) as box:
            folders = box.folders()
        assert (folders.drafts, folders.watch) == (backend.sent, ("INBOX", backend.drafts))
