"""The user's mail is untouchable: a ledger of what tests put into test mailboxes.

Afterview may write, and remove, only its own drafts (those carrying ``X-Afterview-Key``).
Every other message a test delivers through the harness (:meth:`DovecotUser.deliver`) is
recorded here with its folder, content hash and flags; after each test, ``conftest.py``
checks that each one is still in its folder, byte for byte, with exactly its flags.

Tests also play the *user*, who may flag, delete or move their own mail. They do so through
the harness's IMAP client (:meth:`DovecotUser.client`), a :class:`MarkingClient` that tells
the ledger which messages the test itself changed; those are no longer checked. A change
made by anything else (above all, by Afterview) is a failure.

Messages are matched by content, not only by UID, so a test that renumbers a folder
(UIDVALIDITY) does not confuse the check. A server the test left stopped cannot be looked
at; its users are skipped (the only gap).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from imapclient import IMAPClient

KEY_HEADER = b"x-afterview-key"
_HEADER_END = re.compile(rb"\r?\n\r?\n")


@dataclass
class _Entry:
    digest: str
    flags: frozenset[str]
    uid: int


@dataclass
class _Mailbox:
    """What one user of one server was given, per folder, and whether a test changed it."""

    server: Any  # DovecotServer (not imported: dovecot.py imports this module)
    user: str
    folders: dict[str, list[_Entry]] = field(default_factory=dict)
    touched: int = 0


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _flags(flags: Iterable[bytes | str]) -> frozenset[str]:
    text = (f.decode() if isinstance(f, bytes) else str(f) for f in flags)
    return frozenset(f for f in text if f.lower() != "\\recent")


def is_afterviews(raw: bytes) -> bool:
    """Whether ``raw`` is one of Afterview's own drafts (it may change or remove those)."""
    head = _HEADER_END.split(raw, 1)[0]
    msg = email.message_from_bytes(head + b"\r\n\r\n", policy=email.policy.compat32)
    return msg.get(KEY_HEADER.decode()) is not None


class Ledger:
    """Every test mailbox's untouchable messages; one for the whole session."""

    def __init__(self) -> None:
        self._boxes: dict[tuple[int, str], _Mailbox] = {}
        self._clock = 0
        self._lock = threading.Lock()  # deliveries may come from a test's helper thread

    def _box(self, server: Any, user: str) -> _Mailbox:
        key = (id(server), user)
        if key not in self._boxes:
            self._boxes[key] = _Mailbox(server, user)
        box = self._boxes[key]
        self._clock += 1
        box.touched = self._clock
        return box

    def mark(self) -> int:
        """A point in time: :meth:`problems` looks at mailboxes used after it."""
        return self._clock

    def delivered(
        self, server: Any, user: str, folder: str, raw: bytes, flags: Iterable[Any], uid: int
    ) -> None:
        """A test put ``raw`` (as the server stored it) into ``folder``: unless it is
        Afterview's, it is the user's."""
        if is_afterviews(raw):
            return
        with self._lock:
            box = self._box(server, user)
            box.folders.setdefault(folder, []).append(_Entry(_digest(raw), _flags(flags), uid))

    def changed_by_test(
        self, server: Any, user: str, folder: str, uids: Iterable[int] | None
    ) -> None:
        """The test (as the user) changed these messages (None: the whole folder)."""
        with self._lock:
            box = self._box(server, user)
            entries = box.folders.get(folder, [])
            if uids is None:
                box.folders[folder] = []
                return
            gone = set(uids)
            box.folders[folder] = [e for e in entries if e.uid not in gone]

    def expunged_by_test(self, server: Any, user: str, folder: str) -> None:
        """The test expunged ``folder``: its messages marked \\Deleted may go."""
        with self._lock:
            box = self._box(server, user)
            box.folders[folder] = [
                e for e in box.folders.get(folder, []) if "\\Deleted" not in e.flags
            ]

    def problems(self, since: int) -> list[str]:
        """What changed in the user's mail of every mailbox used after ``since``."""
        found: list[str] = []
        for box in list(self._boxes.values()):
            if box.touched <= since or not box.server.running:
                continue
            found += _check(box)
        return found


def _check(box: _Mailbox) -> list[str]:
    wanted = {folder: entries for folder, entries in box.folders.items() if entries}
    if not wanted:
        return []
    problems = []
    client = IMAPClient(box.server.host, box.server.port, ssl=False, timeout=30)
    try:
        client.login(box.user, box.server.password_of(box.user))
        for folder, entries in wanted.items():
            present = _present(client, folder)
            for entry in entries:
                if present[(entry.digest, entry.flags)] > 0:
                    present[(entry.digest, entry.flags)] -= 1
                    continue
                with_other_flags = [f for d, f in present if d == entry.digest and present[(d, f)]]
                if with_other_flags:
                    problems.append(
                        f"{box.user} {folder} UID {entry.uid}: flags changed from "
                        f"{sorted(entry.flags)} to {sorted(with_other_flags[0])}"
                    )
                    present[(entry.digest, with_other_flags[0])] -= 1
                else:
                    problems.append(f"{box.user} {folder} UID {entry.uid}: gone or altered")
    finally:
        client.logout()
    return problems


def _present(client: IMAPClient, folder: str) -> Counter[tuple[str, frozenset[str]]]:
    if not client.folder_exists(folder):
        return Counter()
    client.select_folder(folder, readonly=True)
    uids = client.search("ALL")
    found = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
    return Counter((_digest(d[b"BODY[]"]), _flags(d[b"FLAGS"])) for d in found.values())


LEDGER = Ledger()


class MarkingClient(IMAPClient):
    """The tests' own IMAP client: every change it makes is the user's, told to the ledger."""

    def __init__(self, *args: Any, server: Any, user: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._server, self._user = server, user
        self._folder: str | None = None

    def select_folder(self, folder: str, readonly: bool = False) -> dict:
        self._folder = folder
        return super().select_folder(folder, readonly)

    def _changed(self, messages: Any) -> None:
        if self._folder is None:
            return
        uids = [messages] if isinstance(messages, int) else list(messages)
        LEDGER.changed_by_test(self._server, self._user, self._folder, uids)

    def add_flags(self, messages: Any, flags: Any, silent: bool = False) -> Any:
        self._changed(messages)
        return super().add_flags(messages, flags, silent)

    def remove_flags(self, messages: Any, flags: Any, silent: bool = False) -> Any:
        self._changed(messages)
        return super().remove_flags(messages, flags, silent)

    def set_flags(self, messages: Any, flags: Any, silent: bool = False) -> Any:
        self._changed(messages)
        return super().set_flags(messages, flags, silent)

    def move(self, messages: Any, folder: str) -> Any:
        self._changed(messages)
        return super().move(messages, folder)

    def expunge(self, messages: Any = None) -> Any:
        if messages is None and self._folder is not None:
            LEDGER.expunged_by_test(self._server, self._user, self._folder)
        elif messages is not None:
            self._changed(messages)
        return super().expunge(messages)

    def uid_expunge(self, messages: Any) -> Any:
        self._changed(messages)
        return super().uid_expunge(messages)

    def delete_folder(self, folder: str) -> Any:
        LEDGER.changed_by_test(self._server, self._user, folder, None)
        return super().delete_folder(folder)

    def rename_folder(self, old_name: str, new_name: str) -> Any:
        LEDGER.changed_by_test(self._server, self._user, old_name, None)
        return super().rename_folder(old_name, new_name)
