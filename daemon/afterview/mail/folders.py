"""Which folder is Drafts, which is Sent: one resolution rule for every backend.

Order: the account's ``folders:`` settings, then the server's SPECIAL-USE attributes (RFC 6154),
then names mail clients and providers commonly use. Providers localise these folders
(Gmail's ``[Gmail]/Entwürfe``), so the name list is a fallback, never the first choice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from afterview.errors import MailboxError
from afterview.mail.base import Folders

INBOX = "INBOX"

# Ordered by how often they occur; compared case-insensitively.
DRAFTS_NAMES = (
    "Drafts", "[Gmail]/Drafts", "[Google Mail]/Drafts", "INBOX.Drafts", "INBOX/Drafts", "Draft",
    "Entwürfe", "INBOX.Entwürfe", "Brouillons", "Borradores", "Bozze", "Concepten", "Rascunhos",
    "Kladder", "Utkast",
)  # fmt: skip
SENT_NAMES = (
    "Sent", "Sent Items", "Sent Messages", "Sent Mail", "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail", "INBOX.Sent", "INBOX/Sent", "INBOX.Sent Items", "Sent items",
    "Gesendet", "Gesendete Objekte", "Gesendete Elemente", "Envoyés", "Éléments envoyés",
    "Enviados", "Elementos enviados", "Posta inviata", "Inviata", "Verzonden",
    "Verzonden items", "Sendt", "Skickat",
)  # fmt: skip

_SPECIAL_USE = {"drafts": "\\Drafts", "sent": "\\Sent"}


class FolderOverrides(Protocol):
    """What the account's ``folders:`` settings provide; None means "discover"."""

    @property
    def inbox(self) -> str | None: ...
    @property
    def drafts(self) -> str | None: ...
    @property
    def sent(self) -> str | None: ...
    @property
    def watch(self) -> Sequence[str] | None: ...


@dataclass(frozen=True)
class ListedFolder:
    """A folder as the server lists it: its name and its attributes (``\\Drafts``...)."""

    name: str
    attributes: frozenset[str] = frozenset()

    @property
    def selectable(self) -> bool:
        return not {"\\noselect", "\\nonexistent"} & {a.lower() for a in self.attributes}


def resolve_folders(
    listed: Iterable[ListedFolder], overrides: FolderOverrides | None, where: str
) -> Folders:
    """Pick inbox, drafts, sent and watch folders from a folder listing.

    ``where`` names the mailbox in error messages ("imap.example.org as alex").
    Configured names must exist: a typo would otherwise write drafts into nowhere.
    """
    folders = [f for f in listed if f.selectable]
    names = {f.name for f in folders}

    def configured(setting: str) -> str | None:
        name = getattr(overrides, setting, None) if overrides is not None else None
        if name is None:
            return None
        if _canonical(name) not in {_canonical(n) for n in names}:
            raise MailboxError(
                f"folder {name!r} (folders.{setting}) not found on {where}; "
                f"existing folders: {_listing(names)}"
            )
        return next(n for n in names if _canonical(n) == _canonical(name))

    inbox = configured("inbox") or next((n for n in names if n.upper() == INBOX), INBOX)
    drafts = configured("drafts") or _discover("drafts", folders, DRAFTS_NAMES, where)
    sent = configured("sent") or _discover("sent", folders, SENT_NAMES, where)
    watch_setting = getattr(overrides, "watch", None) if overrides is not None else None
    watch = tuple(_checked_watch(watch_setting, names, where)) if watch_setting else (inbox,)
    return Folders(inbox=inbox, drafts=drafts, sent=sent, watch=watch)


def _discover(role: str, folders: list[ListedFolder], common: Sequence[str], where: str) -> str:
    flag = _SPECIAL_USE[role].lower()
    for folder in folders:
        if flag in {a.lower() for a in folder.attributes}:
            return folder.name
    by_name = {f.name.lower(): f.name for f in folders}
    for candidate in common:
        if candidate.lower() in by_name:
            return by_name[candidate.lower()]
    raise MailboxError(
        f"no {role} folder found on {where} (no SPECIAL-USE {_SPECIAL_USE[role]} folder, "
        f"no common name); set folders.{role} to one of: {_listing(f.name for f in folders)}"
    )


def _checked_watch(watch: Sequence[str], names: set[str], where: str) -> Iterable[str]:
    by_canonical = {_canonical(n): n for n in names}
    for name in watch:
        if _canonical(name) not in by_canonical:
            raise MailboxError(
                f"folder {name!r} (folders.watch) not found on {where}; "
                f"existing folders: {_listing(names)}"
            )
        yield by_canonical[_canonical(name)]


def _canonical(name: str) -> str:
    """INBOX is case-insensitive in IMAP (RFC 3501 §5.1); every other name is not."""
    return INBOX if name.upper() == INBOX else name


def _listing(names: Iterable[str]) -> str:
    ordered = sorted(set(names), key=str.lower)
    return ", ".join(ordered) if ordered else "(none)"
