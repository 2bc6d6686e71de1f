"""Folder resolution (pure) and the loopback rule for plain IMAP."""

from __future__ import annotations

import pytest

from afterview.errors import MailboxError
from afterview.mail.folders import ListedFolder, resolve_folders
from afterview.mail.imapconn import is_loopback_host
from mailbox_contract import FolderSettings


def listing(*names: str, **special: str) -> list[ListedFolder]:
    """Folders by name; ``drafts="X"`` gives folder X the SPECIAL-USE ``\\Drafts``."""
    flags = {name: frozenset({f"\\{role.capitalize()}"}) for role, name in special.items()}
    return [ListedFolder(n, flags.get(n, frozenset())) for n in names]


def test_special_use_beats_common_names() -> None:
    folders = resolve_folders(
        listing("INBOX", "Drafts", "Sent", "Brouillons", "Envoyés",
                drafts="Brouillons", sent="Envoyés"),
        None, "test",
    )  # fmt: skip
    assert (folders.drafts, folders.sent) == ("Brouillons", "Envoyés")


def test_configuration_beats_special_use_and_inbox_is_case_insensitive() -> None:
    settings = FolderSettings(inbox="inbox", drafts="Drafts", watch=("INBOX", "Jobs"))
    folders = resolve_folders(
        listing("INBOX", "Drafts", "Jobs", "Mine", "Sent", drafts="Mine"), settings, "test"
    )
    assert folders.inbox == "INBOX"
    assert folders.drafts == "Drafts"
    assert folders.watch == ("INBOX", "Jobs")


def test_common_names_in_priority_order_and_case_insensitive() -> None:
    folders = resolve_folders(listing("INBOX", "INBOX.Drafts", "sent items"), None, "test")
    assert (folders.drafts, folders.sent) == ("INBOX.Drafts", "sent items")


def test_unselectable_folders_are_not_candidates() -> None:
    listed = [ListedFolder("INBOX"), ListedFolder("Drafts", frozenset({"\\Noselect"})),
              ListedFolder("Draft"), ListedFolder("Sent")]  # fmt: skip
    assert resolve_folders(listed, None, "test").drafts == "Draft"


@pytest.mark.parametrize("setting", ["drafts", "sent", "inbox"])
def test_configured_names_must_exist(setting: str) -> None:
    settings = FolderSettings(**{setting: "Nowhere"})
    with pytest.raises(MailboxError, match=rf"'Nowhere' \(folders\.{setting}\) not found on h"):
        resolve_folders(listing("INBOX", "Drafts", "Sent"), settings, "h")


def test_watch_names_must_exist() -> None:
    with pytest.raises(MailboxError, match=r"folders\.watch"):
        resolve_folders(listing("INBOX", "Drafts", "Sent"), FolderSettings(watch=("Jobz",)), "h")


def test_nothing_found_lists_what_exists() -> None:
    with pytest.raises(MailboxError, match=r"no sent folder found on h.*Drafts, INBOX, Outbox"):
        resolve_folders(listing("INBOX", "Drafts", "Outbox"), None, "h")


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("[::1]", True),
     ("localhost", True), ("LOCALHOST.", True), ("mail.localhost", True),
     ("10.0.0.1", False), ("imap.example.org", False), ("localhost.example.org", False),
     ("127.0.0.1.nip.io", False), ("", False)],
)  # fmt: skip
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback
