"""The Maildir backend: a local Maildir++ tree, as mbsync, offlineimap and Dovecot keep one.

Layout: the inbox is the root (``cur/ new/ tmp/``); every other folder is a dot-directory
beside them, its hierarchy written with dots: ``.Drafts``, ``.Sent``, ``.[Gmail].Drafts``.
Folder names are shown with ``/`` (``[Gmail]/Drafts``), as IMAP servers usually show them,
and decoded from IMAP's modified UTF-7 where a sync tool kept it (``.Entw&APw-rfe``).

UIDs. Maildir has none, so each folder gets a small sidecar file, ``afterview-uids``: a
header with the folder's UIDVALIDITY (random, fixed when the file is made) and one line per
message key (the file name up to ``:2,``, which stays put when a client changes flags or moves
the file from ``new/`` to ``cur/``). New keys get ascending UIDs in order of arrival (file
mtime). Lines are never removed, so no UID is ever reused; a missing or damaged sidecar starts
a new UIDVALIDITY, which callers already handle as a reset. Dovecot's own ``dovecot-uidlist``
is not used: mbsync and offlineimap trees do not have one, and one rule is easier to trust.

Reading never renames or moves a file (moving ``new/`` to ``cur/`` is something the user's
client would notice); flags come from the ``:2,`` suffix; the internal date is the file's
mtime, as for Dovecot.
"""

from __future__ import annotations

import fcntl
import mailbox
import os
import secrets
import socket
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from imapclient import imap_utf7

from afterview.errors import MailboxError
from afterview.mail.base import (
    DraftRef,
    FolderMark,
    Folders,
    Mailbox,
    MessageHead,
    NewMessages,
    RawMessage,
    is_addressed_to,
    own_draft,
    split_header,
)
from afterview.mail.folders import INBOX, FolderOverrides, ListedFolder, resolve_folders

SIDECAR = "afterview-uids"
_HEAD_READ = 16_384  # enough for nearly every header block; longer ones are read whole
_SIDECAR_MAGIC = "afterview-uids 1"
_INFO = ":2,"
_FLAG_LETTERS = {"D": "\\Draft", "F": "\\Flagged", "R": "\\Answered", "S": "\\Seen",
                 "T": "\\Deleted"}  # fmt: skip


@dataclass(frozen=True)
class _File:
    """One message file: where it is now and what its name says."""

    key: str
    path: Path
    letters: str
    mtime: datetime

    @property
    def flags(self) -> frozenset[str]:
        return frozenset(_FLAG_LETTERS[c] for c in self.letters if c in _FLAG_LETTERS)


class MaildirMailbox(Mailbox):
    """A Maildir++ tree on the local disk."""

    def __init__(
        self,
        root: Path | str,
        folder_overrides: FolderOverrides | None = None,
        *,
        create: bool = False,
    ) -> None:
        self.root = Path(root).expanduser()
        self._overrides = folder_overrides
        if create:
            tree = mailbox.Maildir(self.root, factory=None, create=True)
            for name in ("Drafts", "Sent"):
                if not _is_maildir(self.root / f".{name}"):
                    tree.add_folder(name)
        if not _is_maildir(self.root):
            raise MailboxError(
                f"{self.root} is not a Maildir (no cur/, new/ and tmp/); check the maildir path"
            )

    # ---- reading -----------------------------------------------------------------------------

    def folders(self) -> Folders:
        listed = [ListedFolder(INBOX), *(ListedFolder(name) for name in self._subfolders())]
        return resolve_folders(listed, self._overrides, str(self.root))

    def list_new(
        self, folder: str, mark: FolderMark | None, since: datetime | None = None
    ) -> NewMessages:
        uidvalidity, files = self._numbered(folder)
        reset = mark is not None and mark.uidvalidity != uidvalidity
        if mark is not None and not reset:
            uids = sorted(uid for uid in files if uid > mark.last_uid)
            last = max(uids, default=mark.last_uid)
        else:
            uids = sorted(uid for uid, f in files.items() if since is None or f.mtime >= since)
            last = max(files, default=0)  # everything present was looked at
        return NewMessages(folder, FolderMark(uidvalidity, last), uids, reset)

    def fetch(self, folder: str, uids: Iterable[int]) -> Iterator[RawMessage]:
        _, files = self._numbered(folder)
        for uid in sorted(set(uids)):
            found = self._read(folder, files.get(uid))
            if found is not None:
                file, raw, _size = found
                yield RawMessage(folder, uid, raw, file.flags, file.mtime)

    def fetch_heads(self, folder: str, uids: Iterable[int]) -> Iterator[MessageHead]:
        """Header blocks, read up to the blank line that ends them; the size is the file's."""
        _, files = self._numbered(folder)
        for uid in sorted(set(uids)):
            found = self._beginning(folder, files.get(uid), 0)
            if found is not None:
                header, _body, size = found
                yield MessageHead(folder, uid, header, size)

    def fetch_text_starts(
        self, folder: str, uids: Iterable[int], limit: int
    ) -> Iterator[tuple[int, bytes]]:
        _, files = self._numbered(folder)
        for uid in sorted(set(uids)):
            found = self._beginning(folder, files.get(uid), limit)
            if found is not None:
                yield uid, found[1][:limit]

    def _beginning(
        self, folder: str, file: _File | None, limit: int
    ) -> tuple[bytes, bytes, int] | None:
        """Header block, the first ``limit`` bytes of the body (or more), and the size."""
        found = self._read(folder, file, _HEAD_READ + limit)
        if found is None:
            return None
        file, start, size = found
        header, body = split_header(start)
        if not body and len(start) < size:  # a header longer than we read: read it all
            again = self._read(folder, file)
            if again is None:
                return None
            header, body = split_header(again[1])
        return header, body, size

    def flags(self, folder: str, uids: Iterable[int]) -> dict[int, frozenset[str]]:
        _, files = self._numbered(folder)
        return {uid: files[uid].flags for uid in uids if uid in files}

    def find_drafts(self, key: str | None = None) -> list[DraftRef]:
        drafts = self.folders().drafts
        found = (
            own_draft(message, key)
            for message in self.fetch(drafts, self._numbered(drafts)[1])
            if "\\Deleted" not in message.flags
        )
        return [draft for draft in found if draft is not None]

    def sent_since(self, since: datetime, to: str | None = None) -> Iterator[RawMessage]:
        sent = self.folders().sent
        for message in self.fetch(sent, self._numbered(sent)[1]):
            if message.internaldate is not None and message.internaldate < since:
                continue
            if to is None or is_addressed_to(message.raw, to):
                yield message

    # ---- writing own drafts ------------------------------------------------------------------

    def _append_draft(self, raw: bytes, when: datetime) -> int | None:
        drafts = self.folders().drafts
        path = deliver(self.root, raw, drafts, flags="DS", when=when)
        key = path.name.split(_INFO, 1)[0]
        _, files = self._numbered(drafts)
        return next((uid for uid, f in files.items() if f.key == key), None)

    def _delete_draft(self, uid: int) -> None:
        file = self._numbered(self.folders().drafts)[1].get(uid)
        if file is not None:
            file.path.unlink(missing_ok=True)

    def _unflag_draft(self, uid: int) -> None:
        file = self._numbered(self.folders().drafts)[1].get(uid)
        if file is not None and "F" in file.letters:
            letters = file.letters.replace("F", "")
            file.path.rename(file.path.with_name(f"{file.key}{_INFO}{letters}"))

    def _append(self, folder: str, raw: bytes, when: datetime, seen: bool) -> None:
        deliver(self.root, raw, folder, flags="S" if seen else "", when=when)

    # ---- the tree ----------------------------------------------------------------------------

    def _subfolders(self) -> dict[str, Path]:
        """Folder name -> directory, for every ``.name`` directory that holds a Maildir.

        Dovecot and offlineimap keep IMAP's modified UTF-7 in directory names
        (``.Entw&APw-rfe``); mbsync may write UTF-8. Both show as ``Entwürfe``.
        """
        found = {}
        for entry in sorted(os.listdir(self.root)):
            if entry.startswith(".") and _is_maildir(self.root / entry):
                found[_display_name(entry)] = self.root / entry
        return found

    def _folder_dir(self, folder: str) -> Path:
        if folder.upper() == INBOX:
            return self.root
        path = self._subfolders().get(folder)
        if path is None:
            raise MailboxError(
                f"folder {folder!r} not found in {self.root}; check the account's folders: settings"
            )
        return path

    def _scan(self, folder: str) -> dict[str, _File]:
        """Every message file in ``new/`` and ``cur/``, by key. Nothing is moved."""
        base = self._folder_dir(folder)
        files = {}
        for sub in ("new", "cur"):
            with os.scandir(base / sub) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    try:
                        mtime = datetime.fromtimestamp(entry.stat().st_mtime, UTC)
                    except FileNotFoundError:
                        continue  # renamed by a client this instant; the next scan sees it
                    key, _, letters = entry.name.partition(_INFO)
                    files[key] = _File(key, Path(entry.path), letters, mtime)
        return files

    def _numbered(self, folder: str) -> tuple[int, dict[int, _File]]:
        """The folder's UIDVALIDITY and its messages by UID, numbering new ones."""
        files = self._scan(folder)
        uidvalidity, keys = _UidMap(self._folder_dir(folder) / SIDECAR).number(files)
        return uidvalidity, {uid: files[key] for uid, key in keys.items() if key in files}

    def _read(
        self, folder: str, file: _File | None, limit: int | None = None
    ) -> tuple[_File, bytes, int] | None:
        """The file's bytes (the first ``limit`` of them) and its size; if a client renamed
        it meanwhile (new flags), it is found again."""
        for _attempt in range(3):
            if file is None:
                return None
            try:
                with open(file.path, "rb") as handle:
                    data = handle.read() if limit is None else handle.read(limit)
                    size = os.fstat(handle.fileno()).st_size
                return file, data, size
            except FileNotFoundError:
                file = self._scan(folder).get(file.key)
        return None


class _UidMap:
    """The ``afterview-uids`` sidecar of one folder, read and extended under an flock."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def number(self, files: dict[str, _File]) -> tuple[int, dict[int, str]]:
        with open(self.path, "a+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.seek(0)
            parsed = _parse_sidecar(handle.read())
            if parsed is None:
                uidvalidity, keys = secrets.randbelow(2**31 - 2) + 1, {}
                handle.truncate(0)
                handle.write(f"{_SIDECAR_MAGIC} {uidvalidity}\n")
            else:
                uidvalidity, keys = parsed
            known = set(keys.values())
            fresh = sorted((f for f in files.values() if f.key not in known), key=_arrival)
            next_uid = max(keys, default=0) + 1
            for offset, file in enumerate(fresh):
                keys[next_uid + offset] = file.key
                handle.write(f"{next_uid + offset} {file.key}\n")
            handle.flush()
            if fresh or parsed is None:
                os.fsync(handle.fileno())  # a lost line could give a UID to two messages
        return uidvalidity, keys


def _parse_sidecar(text: str) -> tuple[int, dict[int, str]] | None:
    """The sidecar's UIDVALIDITY and UID -> key lines; None when missing or damaged."""
    lines = text.splitlines()
    if not lines or not lines[0].startswith(_SIDECAR_MAGIC + " "):
        return None
    try:
        uidvalidity = int(lines[0].split()[-1])
        keys = {}
        for line in lines[1:]:
            uid, key = line.split(" ", 1)
            keys[int(uid)] = key
    except ValueError:
        return None
    return uidvalidity, keys


def _arrival(file: _File) -> tuple[datetime, str]:
    return file.mtime, file.key


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _display_name(entry: str) -> str:
    """``.[Gmail].Entw&APw-rfe`` -> ``[Gmail]/Entwürfe`` (Maildir++ keeps hierarchy in dots)."""
    name = entry[1:]
    if "&" in name:
        with suppress(ValueError, UnicodeError):
            name = imap_utf7.decode(name.encode("ascii"))
    return name.replace(".", "/")


def _folder_path(root: Path, folder: str) -> Path:
    """Where ``deliver`` puts ``folder``: an existing directory by any spelling, else UTF-8."""
    if folder.upper() == INBOX:
        return root
    for entry in os.listdir(root):
        if entry.startswith(".") and _display_name(entry) == folder:
            return root / entry
    return root / ("." + folder.replace("/", "."))


def deliver(
    root: Path | str,
    raw: bytes,
    folder: str = INBOX,
    *,
    flags: str = "",
    when: datetime | None = None,
) -> Path:
    """Store ``raw`` the Maildir way (``tmp/``, then rename); return the file's path.

    Without flags the message lands in ``new/`` as a mail server would deliver it; with
    flags (Maildir letters, e.g. ``"DS"``) in ``cur/``. ``when`` sets the mtime, which is the
    message's internal date. Used for drafts, and by the demo and tests to fill a mailbox.
    """
    base = _folder_path(Path(root), folder)
    host = socket.gethostname().replace("/", "\\057").replace(":", "\\072")
    name = f"{datetime.now(UTC).timestamp():.6f}.P{os.getpid()}R{secrets.token_hex(6)}.{host}"
    tmp = base / "tmp" / name
    with open(tmp, "xb") as handle:
        handle.write(raw.replace(b"\r\n", b"\n"))
        handle.flush()
        os.fsync(handle.fileno())
    if when is not None:
        os.utime(tmp, (when.timestamp(), when.timestamp()))
    final = base / "new" / name
    if flags:
        final = base / "cur" / f"{name}{_INFO}{''.join(sorted(flags))}"
    os.rename(tmp, final)
    return final
