"""The Maildir backend on a temporary Maildir++ tree."""

from __future__ import annotations

import mailbox
import os
from collections.abc import Iterable
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest

from afterview.errors import MailboxError
from afterview.mail.maildir import SIDECAR, MaildirMailbox, deliver
from mailbox_contract import KEY, NOW, Backend, FolderSettings, MailboxContract, message, mid

LETTERS = {"\\Draft": "D", "\\Flagged": "F", "\\Answered": "R", "\\Seen": "S", "\\Deleted": "T"}


def make_tree(root: Path, *folders: str) -> None:
    """A Maildir++ tree as mbsync would leave it (built without the code under test)."""
    for base in [root, *(root / ("." + f.replace("/", ".")) for f in folders)]:
        for sub in ("cur", "new", "tmp"):
            (base / sub).mkdir(parents=True, exist_ok=True)


def folder_dir(root: Path, folder: str) -> Path:
    return root if folder == "INBOX" else root / ("." + folder.replace("/", "."))


def put(
    root: Path, raw: bytes, folder: str, flags: Iterable[str], when: datetime, name: str
) -> Path:
    """Write a message file directly, as a sync tool would."""
    letters = "".join(sorted(LETTERS[f] for f in flags))
    sub, suffix = ("cur", f":2,{letters}") if letters else ("new", "")
    path = folder_dir(root, folder) / sub / f"{name}{suffix}"
    path.write_bytes(raw)
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.name != SIDECAR}


class MaildirBackend(Backend):
    def __init__(self, root: Path, drafts: str = "Drafts", sent: str = "Sent") -> None:
        self.root, self.drafts, self.sent = root, drafts, sent
        make_tree(root, drafts, sent)
        self._count = 0

    def open(self, folders: FolderSettings | None = None) -> MaildirMailbox:
        return MaildirMailbox(self.root, folders)

    def deliver(
        self, raw: bytes, folder: str = "INBOX", flags: Iterable[str] = (), when: datetime = NOW
    ) -> None:
        self._count += 1
        put(self.root, raw, folder, flags, when, f"{1700000000 + self._count}.M{self._count}.test")

    def stored(self, folder: str) -> dict[str, frozenset[str]]:
        found = {}
        for sub in ("new", "cur"):
            for path in (folder_dir(self.root, folder) / sub).iterdir():
                letters = path.name.partition(":2,")[2]
                head = BytesHeaderParser().parsebytes(path.read_bytes())
                found[str(head["Message-ID"])] = frozenset(
                    flag for flag, letter in LETTERS.items() if letter in letters
                )
        return found

    def change_uidvalidity(self, folder: str) -> None:
        (folder_dir(self.root, folder) / SIDECAR).unlink()  # as if the tree was rebuilt


class TestMaildirContract(MailboxContract):
    @pytest.fixture(params=["plain", "gmail-style"])
    def backend(self, request: pytest.FixtureRequest, tmp_path: Path) -> MaildirBackend:
        if request.param == "gmail-style":
            return MaildirBackend(tmp_path / "Mail", "[Gmail]/Drafts", "[Gmail]/Sent Mail")
        return MaildirBackend(tmp_path / "Mail")


@pytest.fixture
def backend(tmp_path: Path) -> MaildirBackend:
    return MaildirBackend(tmp_path / "Mail")


def test_reading_never_renames_or_moves_a_file(backend: MaildirBackend) -> None:
    backend.deliver(message("fresh"))  # in new/, where a client would move it to cur/
    backend.deliver(message("sent", to="ann@example.org"), backend.sent, ["\\Seen"])
    backend.deliver(message("draft", key=KEY), backend.drafts, ["\\Draft"])
    before = files(backend.root)
    with backend.open() as box:
        listed = box.list_new("INBOX", None)
        list(box.fetch("INBOX", listed.uids))
        box.flags("INBOX", listed.uids)
        box.find_drafts()
        list(box.sent_since(NOW - timedelta(days=1), to="ann@example.org"))
    assert files(backend.root) == before


def test_flags_come_from_the_info_suffix(backend: MaildirBackend) -> None:
    backend.deliver(message("all"), flags=["\\Seen", "\\Flagged", "\\Answered", "\\Deleted"])
    with backend.open() as box:
        uids = box.list_new("INBOX", None).uids
        assert list(box.flags("INBOX", uids).values()) == [
            {"\\Seen", "\\Flagged", "\\Answered", "\\Deleted"}
        ]


def test_uids_stay_when_a_client_moves_or_reflags_a_file(backend: MaildirBackend) -> None:
    backend.deliver(message("a"))
    backend.deliver(message("b"))
    with backend.open() as box:
        first = box.list_new("INBOX", None)
        by_uid = {m.uid: m.raw for m in box.fetch("INBOX", first.uids)}
    # The user's client reads both: new/ -> cur/ with the S flag.
    for path in (backend.root / "new").iterdir():
        path.rename(backend.root / "cur" / f"{path.name}:2,S")
    with backend.open() as other:  # a second instance reads the same sidecar
        assert other.list_new("INBOX", first.mark).uids == []
        again = {m.uid: (m.raw, m.flags) for m in other.fetch("INBOX", first.uids)}
    assert {uid: raw for uid, (raw, _) in again.items()} == by_uid
    assert all(flags == {"\\Seen"} for _, flags in again.values())


def test_a_damaged_sidecar_means_a_new_uidvalidity(backend: MaildirBackend) -> None:
    backend.deliver(message("a"))
    with backend.open() as box:
        mark = box.list_new("INBOX", None).mark
    (backend.root / SIDECAR).write_text("garbage\n")
    with backend.open() as box:
        again = box.list_new("INBOX", mark)
    assert again.reset is True and len(again.uids) == 1


def test_drafts_land_in_cur_flagged_and_dated(backend: MaildirBackend) -> None:
    when = NOW - timedelta(hours=5)
    with backend.open() as box:
        box.append_draft(message("d", key=KEY), when)
    [path] = (backend.root / ".Drafts" / "cur").iterdir()
    assert path.name.endswith(":2,DS")
    assert path.stat().st_mtime == when.timestamp()
    stdlib = mailbox.Maildir(backend.root, factory=None).get_folder("Drafts")
    [stored] = stdlib.values()
    assert stored["Message-ID"] == mid("d") and stored.get_flags() == "DS"


def test_common_names_are_found_without_configuration(tmp_path: Path) -> None:
    make_tree(tmp_path, "Sent Items", "Drafts", "Archive")
    with MaildirMailbox(tmp_path) as box:
        folders = box.folders()
    assert (folders.drafts, folders.sent, folders.watch) == ("Drafts", "Sent Items", ("INBOX",))


def test_modified_utf7_directory_names_are_decoded(tmp_path: Path) -> None:
    make_tree(tmp_path, "Sent")
    for sub in ("cur", "new", "tmp"):  # how Dovecot and offlineimap store "Entwürfe"
        (tmp_path / ".Entw&APw-rfe" / sub).mkdir(parents=True)
    with MaildirMailbox(tmp_path) as box:
        assert box.folders().drafts == "Entwürfe"
        box.append_draft(message("d", key=KEY), NOW)
    assert len(list((tmp_path / ".Entw&APw-rfe" / "cur").iterdir())) == 1


def test_not_a_maildir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(MailboxError, match="not a Maildir"):
        MaildirMailbox(tmp_path / "missing")


def test_create_builds_a_tree_other_tools_read(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    with MaildirMailbox(root, create=True) as box:
        assert (box.folders().drafts, box.folders().sent) == ("Drafts", "Sent")
    path = deliver(root, message("hello"), when=NOW)
    assert path.parent == root / "new"
    assert sorted(mailbox.Maildir(root, factory=None).list_folders()) == ["Drafts", "Sent"]
    [stored] = mailbox.Maildir(root, factory=None).values()
    assert stored["Message-ID"] == mid("hello")
    assert b"\r\n" not in path.read_bytes()  # Maildir files use the local line ending
