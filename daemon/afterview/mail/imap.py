"""The IMAP backend (imapclient): read with EXAMINE and BODY.PEEK, write only own drafts.

One connection per :class:`ImapMailbox`, opened on first use (or by :meth:`connect`) and
thrown away after any network error: imapclient does not reconnect, and a half-dead
connection is worse than a fresh one. The next call opens a new one, asking the credential
callable again so an OAuth2 token is refreshed.

Every folder that is only read is opened with EXAMINE (read-only) and every message body is
fetched with ``BODY.PEEK[]``: two independent guarantees that the user's ``\\Seen`` flags stay
as they were. Only Drafts is ever SELECTed read-write, and only to delete an own draft.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, suppress
from datetime import UTC, datetime, timedelta
from typing import Any

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from imapclient.imapclient import DELETED, DRAFT, SEEN

from afterview.errors import MailboxError
from afterview.mail import imapfetch
from afterview.mail.base import (
    FLAGGED,
    KEY_HEADER,
    DraftRef,
    FolderMark,
    Folders,
    Mailbox,
    MessageHead,
    NewMessages,
    RawMessage,
    header_value,
    is_addressed_to,
    own_draft,
)
from afterview.mail.folders import FolderOverrides, ListedFolder, resolve_folders
from afterview.mail.imapconn import (
    SECURITY_PORTS,
    Credential,
    Endpoint,
    ImapLoginError,
    is_loopback_host,
    reason,
)

__all__ = ["Credential", "ImapLoginError", "ImapMailbox", "is_loopback_host"]

FETCH_BATCH = 200
HEAD_BATCH = 1000  # headers are small: large batches keep round trips few
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]")


class ImapMailbox(Mailbox):
    """An IMAP account, as seen by Afterview. ``port`` None means the default for ``security``."""

    def __init__(
        self,
        host: str,
        port: int | None,
        security: str,
        username: str,
        credential: Callable[[], Credential],
        *,
        tls_ca_file: str | None = None,
        folder_overrides: FolderOverrides | None = None,
        timeout: SocketTimeout = SocketTimeout(15, 90),  # noqa: B008 - a plain value object
    ) -> None:
        self.endpoint = Endpoint(
            host, port or SECURITY_PORTS.get(security, 0), security, username, tls_ca_file,
            timeout,
        )  # fmt: skip
        self._credential, self._overrides = credential, folder_overrides
        self._client: IMAPClient | None = None
        self._selected: tuple[IMAPClient, str] | None = None  # open read-only, on that client
        self._folders: Folders | None = None
        self._where = self.endpoint.where

    # ---- connection --------------------------------------------------------------------------

    def connect(self) -> None:
        """Open and log in, unless already connected. Raises :class:`MailboxError`."""
        if self._client is None:
            with self._errors("connecting"):
                self._client = self.endpoint.open(self._credential)

    def close(self) -> None:
        client, self._client, self._folders = self._client, None, None
        if client is not None:
            with suppress(Exception):
                client.logout()
            with suppress(Exception):
                client.shutdown()

    def interrupt(self) -> None:
        """Wake the thread blocked on this connection (in IDLE), from another thread.

        imaplib is not thread-safe, so nothing is sent: the socket is shut down, the blocked
        read ends at once with an error, and the owning thread drops the connection as after
        any network failure. The plain socket's ``shutdown`` is called even under TLS: the
        TLS socket's own would also unwrap it under the reader's feet.
        """
        client = self._client
        if client is None:
            return
        with suppress(OSError, AttributeError):
            socket.socket.shutdown(client.socket(), socket.SHUT_RDWR)

    def capabilities(self) -> frozenset[str]:
        """The server's capabilities after login (``IDLE``, ``UIDPLUS``, ...)."""
        with self._errors("reading capabilities"):
            return frozenset(c.decode("ascii", "replace") for c in self._conn().capabilities())

    def has_idle(self) -> bool:
        return "IDLE" in self.capabilities()

    def _conn(self) -> IMAPClient:
        self.connect()
        assert self._client is not None
        return self._client

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with suppress(Exception):
                client.shutdown()

    def _errors(self, action: str) -> AbstractContextManager[None]:
        return self.endpoint.errors(action, self._drop)

    def _open(self, folder: str, *, readonly: bool = True) -> dict[bytes, Any]:
        """EXAMINE (or SELECT) ``folder``; a missing folder is a clear error."""
        client = self._conn()
        self._selected = None
        try:
            status = client.select_folder(folder, readonly=readonly)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as err:
            raise MailboxError(
                f"cannot open folder {folder!r} on {self._where} ({reason(err)}); check "
                "the account's folders: settings (afterview doctor lists the folders)"
            ) from None
        self._selected = (client, folder) if readonly else None
        return status

    def _examined(self, folder: str) -> None:
        """Make sure ``folder`` is open read-only; it stays open between batches of a FETCH.

        (An EXAMINE costs the server a look at the whole folder's index: 10 ms at 10,000
        messages. Listing new mail EXAMINEs afresh whenever STATUS shows something new.)
        """
        if self._selected != (self._client, folder) or self._client is None:
            self._open(folder)

    # ---- reading -----------------------------------------------------------------------------

    def folders(self) -> Folders:
        if self._folders is None:
            with self._errors("listing folders"):
                listed = [
                    ListedFolder(name, frozenset(f.decode("ascii", "replace") for f in flags))
                    for flags, _delimiter, name in self._conn().list_folders()
                ]
            self._folders = resolve_folders(listed, self._overrides, self._where)
        return self._folders

    def list_new(
        self, folder: str, mark: FolderMark | None, since: datetime | None = None
    ) -> NewMessages:
        """See :meth:`Mailbox.list_new`.

        A pass with nothing new costs one STATUS (one EXAMINE for the folder already open):
        UIDs only grow, so when the folder's UIDNEXT is just past the mark there is nothing to
        search for. Every UID below UIDNEXT was given out before the EXAMINE, so the mark may
        move up to it even when some of those messages are already gone (moved or deleted),
        and the next pass is cheap again.
        """
        with self._errors(f"listing new mail in {folder}"):
            if mark is not None and self._unchanged(folder, mark):
                return NewMessages(folder, mark, [], False)
            status = self._open(folder)
            uidvalidity = int(status[b"UIDVALIDITY"])
            modseq = status.get(b"HIGHESTMODSEQ")
            uidnext = int(status.get(b"UIDNEXT", 0))
            reset = mark is not None and mark.uidvalidity != uidvalidity
            if mark is not None and not reset:
                nothing_new = 0 < uidnext <= mark.last_uid + 1
                uids = [] if nothing_new else self._uids_after(mark.last_uid)
                last = max([*uids, mark.last_uid, uidnext - 1])
            else:
                uids = self._uids_since(folder, since)
                # Everything below UIDNEXT was looked at; what `since` left out stays out.
                last = max([*uids, uidnext - 1])
        return NewMessages(folder, FolderMark(uidvalidity, last, modseq), uids, reset)

    def _unchanged(self, folder: str, mark: FolderMark) -> bool:
        """Whether STATUS shows nothing new since ``mark``: same UIDVALIDITY, UIDNEXT just
        past it. STATUS is answered from the server's index, where EXAMINE of a folder of
        100,000 messages costs tens of milliseconds. Not for the folder this connection has
        open: Dovecot answers STATUS for it from the open view, which may not show new mail yet.
        """
        if self._selected is not None and self._selected[1] == folder:
            return False
        found = self._conn().folder_status(folder, [b"UIDNEXT", b"UIDVALIDITY"])
        uidnext = int(found.get(b"UIDNEXT", 0))
        same = int(found.get(b"UIDVALIDITY", -1)) == mark.uidvalidity
        return same and 0 < uidnext <= mark.last_uid + 1

    def _uids_after(self, last_uid: int) -> list[int]:
        """UIDs above ``last_uid`` in the open folder.

        "UID n:*" always matches the last message, even when n is beyond it (RFC 3501
        §6.4.8), so the answer is filtered rather than trusted.
        """
        found = self._conn().search(["UID", f"{last_uid + 1}:*"])
        return sorted(u for u in found if u > last_uid)

    def _uids_since(self, folder: str, since: datetime | None) -> list[int]:
        if since is None:
            return sorted(self._conn().search(["ALL"]))
        # SEARCH SINCE compares dates in the server's zone (UTC-12 to UTC+14): search a day
        # early, and compare exact internal dates only for the days where zones disagree.
        client = self._conn()
        candidates = set(client.search(["SINCE", (since - timedelta(days=1)).date()]))
        certain = set(client.search(["SINCE", (since.astimezone(UTC) + timedelta(days=2)).date()]))
        edge = sorted(candidates - certain)
        dates = self._fetch_batches(folder, edge, ["INTERNALDATE"])
        close = [uid for uid, data in dates if _aware(data[b"INTERNALDATE"]) >= since]
        return sorted(certain.union(close))

    def fetch(self, folder: str, uids: Iterable[int]) -> Iterator[RawMessage]:
        items = ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"]
        for uid, data in self._fetch_batches(folder, uids, items):
            if b"BODY[]" not in data:
                continue  # expunged meanwhile: the server sent only flags
            yield RawMessage(
                folder=folder,
                uid=uid,
                raw=bytes(data[b"BODY[]"]),
                flags=_flags(data.get(b"FLAGS", ())),
                internaldate=_aware(data[b"INTERNALDATE"]) if b"INTERNALDATE" in data else None,
            )

    def fetch_heads(self, folder: str, uids: Iterable[int]) -> Iterator[MessageHead]:
        """Header blocks and sizes: ``BODY.PEEK[HEADER]`` (the whole block, not chosen
        fields: some servers re-case or re-quote ``HEADER.FIELDS`` answers) and RFC822.SIZE.
        """
        items = ["BODY.PEEK[HEADER]", "RFC822.SIZE"]
        for uid, data in self._fetch_batches(folder, uids, items, HEAD_BATCH):
            header = data.get(b"BODY[HEADER]")
            if header is None:
                continue  # expunged meanwhile
            size = data.get(b"RFC822.SIZE")
            yield MessageHead(folder, uid, bytes(header), int(size) if size is not None else None)

    def fetch_text_starts(
        self, folder: str, uids: Iterable[int], limit: int
    ) -> Iterator[tuple[int, bytes]]:
        items = [f"BODY.PEEK[TEXT]<0.{limit}>"]
        for uid, data in self._fetch_batches(folder, uids, items, HEAD_BATCH):
            text = data.get(b"BODY[TEXT]<0>")
            if text is not None:
                yield uid, bytes(text)

    def flags(self, folder: str, uids: Iterable[int]) -> dict[int, frozenset[str]]:
        found = self._fetch_batches(folder, uids, ["FLAGS"])
        return {uid: _flags(data.get(b"FLAGS", ())) for uid, data in found}

    def _fetch_batches(
        self, folder: str, uids: Iterable[int], items: list[str], batch_size: int = FETCH_BATCH
    ) -> Iterator[tuple[int, dict[bytes, Any]]]:
        """FETCH ``items`` for ``uids`` (ascending) in batches that keep command lines short.

        (1,000 scattered UIDs make a command line of about 8 KB; servers accept 64 KB or
        more.) The answers are read by :mod:`afterview.mail.imapfetch`.
        """
        wanted = sorted(set(uids))
        for start in range(0, len(wanted), batch_size):
            batch = wanted[start : start + batch_size]
            with self._errors(f"reading mail in {folder}"):
                self._examined(folder)  # the caller may have opened another meanwhile
                found = imapfetch.fetch(self._conn(), batch, items)
            yield from ((uid, found[uid]) for uid in batch if uid in found)

    def find_drafts(self, key: str | None = None) -> list[DraftRef]:
        drafts = self.folders().drafts
        # An empty HEADER string matches every message that has the header (RFC 3501 §6.4.4).
        criteria = ["NOT", "DELETED", "HEADER", KEY_HEADER, key or ""]
        uids = self._search_fresh(drafts, criteria)
        found = (own_draft(message, key) for message in self.fetch(drafts, uids))
        return [draft for draft in found if draft is not None]

    def sent_since(self, since: datetime, to: str | None = None) -> Iterator[RawMessage]:
        sent = self.folders().sent
        criteria: list[Any] = ["SINCE", (since - timedelta(days=1)).date()]
        if to:
            criteria += ["OR", "TO", to, "CC", to]
        for message in self.fetch(sent, self._search_fresh(sent, criteria)):
            if message.internaldate is not None and message.internaldate < since:
                continue
            if to is None or is_addressed_to(message.raw, to):
                yield message

    def _search_fresh(self, folder: str, criteria: list[Any]) -> list[int]:
        """EXAMINE, NOOP, SEARCH: Gmail shows freshly appended mail only after a NOOP."""
        charset = None if all(str(c).isascii() for c in criteria) else "UTF-8"
        with self._errors(f"searching {folder}"):
            self._open(folder)
            client = self._conn()
            client.noop()
            return sorted(client.search(criteria, charset=charset))

    # ---- writing own drafts (ownership is checked by Mailbox) --------------------------------

    def _append_draft(self, raw: bytes, when: datetime) -> int | None:
        drafts = self.folders().drafts
        raw = re.sub(rb"\r?\n", b"\r\n", raw)  # IMAP literals are CRLF text
        with self._errors(f"appending a draft to {drafts}"):
            response = self._conn().append(drafts, raw, flags=(DRAFT, SEEN), msg_time=when)
        match = _APPENDUID.search(response or b"")
        if match:
            return int(match.group(2))
        return self.uid_by_message_id(drafts, header_value(raw, "Message-ID"))

    def uid_by_message_id(self, folder: str, message_id: str | None) -> int | None:
        """The newest UID carrying ``message_id``: how to find an APPEND without UIDPLUS."""
        if not message_id:
            return None
        found = self._search_fresh(folder, ["NOT", "DELETED", "HEADER", "Message-ID", message_id])
        return max(found, default=None)

    def _delete_draft(self, uid: int) -> None:
        """Flag ``uid`` ``\\Deleted`` and expunge exactly that UID.

        Without UIDPLUS there is no way to expunge one message alone: a plain EXPUNGE would
        also remove whatever else the user marked deleted. So the draft is only flagged, and
        :meth:`find_drafts` no longer reports it; the user's client purges it in its own time.
        """
        drafts = self.folders().drafts
        with self._errors(f"deleting draft UID {uid} in {drafts}"):
            self._open(drafts, readonly=False)
            client = self._conn()
            client.add_flags([uid], [DELETED], silent=True)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge([uid])

    def _unflag_draft(self, uid: int) -> None:
        drafts = self.folders().drafts
        with self._errors(f"clearing the flag of draft UID {uid} in {drafts}"):
            self._open(drafts, readonly=False)
            self._conn().remove_flags([uid], [FLAGGED], silent=True)

    def _append(self, folder: str, raw: bytes, when: datetime, seen: bool) -> None:
        raw = re.sub(rb"\r?\n", b"\r\n", raw)
        with self._errors(f"filing a message in {folder}"):
            self._conn().append(folder, raw, flags=(SEEN,) if seen else (), msg_time=when)

    # ---- IDLE hook for the daemon ------------------------------------------------------------

    def idle_wait(self, folder: str, mark: FolderMark | None, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for news in ``folder``; True when there may be some.

        Returns True at once when the folder already holds mail beyond ``mark`` (mail that
        arrived between the caller's last :meth:`list_new` and now would otherwise wait for
        the next IDLE renewal). That is a SEARCH, not a UIDNEXT comparison: mail that came and
        was moved away again also raises UIDNEXT, and would make the caller spin.

        imapclient's ``idle_check`` reports a dead connection as an empty answer, so an empty
        answer that comes back early raises :class:`MailboxError`.
        """
        with self._errors(f"waiting for mail in {folder}"):
            status = self._open(folder)
            if mark is None or int(status[b"UIDVALIDITY"]) != mark.uidvalidity:
                return True
            if self._uids_after(mark.last_uid):
                return True
            client = self._conn()
            client.idle()
            started = time.monotonic()
            try:
                responses = client.idle_check(timeout=timeout)
            finally:
                with suppress(IMAPClientError, OSError):
                    client.idle_done()
        if any(_says(r, b"BYE") for r in responses) or (
            not responses and time.monotonic() - started < timeout / 2
        ):
            self._drop()
            raise MailboxError(
                f"connection to {self._where} closed during IDLE; it is re-opened on the "
                "next attempt"
            )
        return any(_says(r, b"EXISTS") or _says(r, b"RECENT") for r in responses)


def _says(response: object, word: bytes) -> bool:
    """Whether an untagged IDLE response (``(3, b'EXISTS')``, ``(b'BYE', ...)``) is ``word``."""
    return isinstance(response, tuple) and word in response[:2]


def _flags(raw: Iterable[bytes | str]) -> frozenset[str]:
    """Stored flags as text. ``\\Recent`` is dropped: it is per session, not the message's."""
    text = (f.decode("ascii", "replace") if isinstance(f, bytes) else f for f in raw)
    return frozenset(f for f in text if f.lower() != "\\recent")


def _aware(value: datetime) -> datetime:
    """INTERNALDATE always carries a zone; guard against a server that leaves it out."""
    return value if value.tzinfo is not None else value.astimezone()
