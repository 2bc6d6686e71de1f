"""The mailbox interface every backend implements (IMAP, Maildir).

Terminology
-----------
folder
    A mailbox folder by its name on the server (``INBOX``, ``[Gmail]/Drafts``).
UID
    A message's number inside one folder. UIDs only grow, and are only comparable while the
    folder's UIDVALIDITY stays the same (RFC 3501 §2.3.1.1).
mark
    How far Afterview has read a folder: ``FolderMark(uidvalidity, last_uid)``. Stored by the
    caller after the messages up to it were processed, so a crash re-reads rather than skips.
own draft
    A message in the Drafts folder that carries the ``X-Afterview-Key`` header. It is the only
    kind of message Afterview may ever write, change or delete.

The user's mail is read-only. Backends read with ``BODY.PEEK`` (or the Maildir equivalent:
never renaming a file), and every mutating operation goes through this base class, which
enforces in one place that it touches nothing but own drafts (compare vdirsyncer's
``storage/base.py``, whose read-only check guards every mutating method).
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Self

from afterview.errors import NotOwnDraftError

KEY_HEADER = "X-Afterview-Key"
DIGEST_HEADER = "X-Afterview-Digest"
FLAGGED = "\\Flagged"

_header_parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)


@dataclass(frozen=True)
class FolderMark:
    """How far a folder has been read. ``last_uid`` is meaningless under another UIDVALIDITY."""

    uidvalidity: int
    last_uid: int
    highestmodseq: int | None = None


@dataclass(frozen=True)
class Folders:
    """The folders Afterview uses, resolved by config, SPECIAL-USE, then common names."""

    inbox: str
    drafts: str
    sent: str
    watch: tuple[str, ...]


@dataclass(frozen=True)
class NewMessages:
    """The answer to :meth:`Mailbox.list_new`.

    ``reset`` is true when the folder's UIDVALIDITY differs from the stored mark: every UID
    listed may be one already seen under the old numbering, so the caller deduplicates by
    Message-ID instead of trusting UIDs.
    """

    folder: str
    mark: FolderMark
    uids: list[int]
    reset: bool = False


@dataclass(frozen=True)
class RawMessage:
    """One message as stored: its bytes, and the flags it had when read."""

    folder: str
    uid: int
    raw: bytes
    flags: frozenset[str] = field(default_factory=frozenset)
    internaldate: datetime | None = None


@dataclass(frozen=True)
class MessageHead:
    """A message's header block (up to and including the blank line) and its size in bytes.

    What a first look needs: deciding from headers which messages to read further costs a
    fraction of reading them (see ``understand.prefilter``).
    """

    folder: str
    uid: int
    header: bytes
    size: int | None = None


def split_header(raw: bytes) -> tuple[bytes, bytes]:
    """A raw message's header block (with the blank line that ends it) and its body."""
    ends = [(i + len(sep)) for sep in (b"\r\n\r\n", b"\n\n") if (i := raw.find(sep)) >= 0]
    if not ends:
        return raw, b""
    cut = min(ends)
    return raw[:cut], raw[cut:]


@dataclass(frozen=True)
class DraftRef:
    """An own draft found in the Drafts folder."""

    uid: int
    key: str
    message_id: str | None
    flags: frozenset[str]
    raw: bytes


def _head(raw: bytes) -> bytes:
    """The header block the parser reads: up to the first CRLF blank line, then LF one."""
    return raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]


def header_value(raw: bytes, name: str) -> str | None:
    """The first ``name`` header of a raw message, unfolded and stripped, or None.

    The header parser costs ~25 us a message and most calls ask for a field few messages
    have (our own key and digest headers on every message of a pass), so the block is
    searched for the name first; the parser matches names case-insensitively, as this does.
    """
    head = _head(raw)
    if name.lower().encode() not in head.lower():
        return None
    return _unfolded(_header_parser.parsebytes(head).get(name))


def own_draft(message: RawMessage, key: str | None = None) -> DraftRef | None:
    """``message`` as one of our drafts when it carries our key (exactly ``key``, if given).

    Both backends confirm their candidates with this: IMAP's ``SEARCH HEADER`` matches
    substrings ("a/thank_you/x@y.org" also finds "...y.org.uk"). The header block is parsed
    once for both fields: every pass looks at every draft we wrote.
    """
    head = _head(message.raw)
    if KEY_HEADER.lower().encode() not in head.lower():
        return None
    fields = _header_parser.parsebytes(head)
    found = _unfolded(fields.get(KEY_HEADER))
    if not found or (key is not None and found != key):
        return None
    message_id = _unfolded(fields.get("Message-ID"))
    return DraftRef(message.uid, found, message_id, message.flags, message.raw)


def _unfolded(value: object) -> str | None:
    return None if value is None else " ".join(str(value).split())


def is_addressed_to(raw: bytes, address: str) -> bool:
    """True when ``address`` is among the To or Cc recipients (compared case-insensitively).

    Servers match ``SEARCH TO`` as a substring (``ann@x.org`` finds ``joann@x.org``), so
    backends confirm their search results with this exact comparison.
    """
    message = _header_parser.parsebytes(_head(raw))
    fields = [str(v) for name in ("To", "Cc") for v in message.get_all(name, [])]
    wanted = address.strip().lower()
    return any(addr.lower() == wanted for _, addr in email.utils.getaddresses(fields))


def header_values(raw: bytes, names: Iterable[str]) -> list[str]:
    """Every value of every header in ``names`` (in that order), as raw strings."""
    message = _header_parser.parsebytes(_head(raw))
    return [str(v) for name in names for v in message.get_all(name, [])]


def without_headers(raw: bytes, names: Iterable[str]) -> bytes:
    """``raw`` with every ``names`` header (and its folded lines) cut out, all else byte-equal."""
    wanted = {n.lower().encode() for n in names}
    head, body = split_header(raw)
    kept, dropping = [], False
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line.split(b":", 1)[0].strip().lower() in wanted
        if not dropping:
            kept.append(line)
    return b"".join(kept) + body


def is_own_message(raw: bytes) -> bool:
    """An own draft, the sent copy of one, or a digest: what Afterview may file in a folder."""
    return is_own_draft(raw) or bool(header_value(raw, DIGEST_HEADER))


def is_own_draft(raw: bytes) -> bool:
    """True when the message carries Afterview's key header: the one thing we may change."""
    return bool(header_value(raw, KEY_HEADER))


class Mailbox(ABC):
    """A mailbox with folders: list what is new, fetch it, and manage Afterview's own drafts.

    Public methods that change anything are defined here and check ownership before calling
    the backend's ``_``-prefixed primitive, so no backend can forget the check.
    """

    # ---- reading (never changes a flag) -------------------------------------------------

    @abstractmethod
    def folders(self) -> Folders:
        """Resolve the inbox, drafts, sent and watched folders."""

    @abstractmethod
    def list_new(
        self, folder: str, mark: FolderMark | None, since: datetime | None = None
    ) -> NewMessages:
        """UIDs in ``folder`` newer than ``mark``, ascending.

        With no mark (first pass) the messages whose internal (arrival) date is on or after
        ``since`` are listed (all when ``since`` is None). A changed UIDVALIDITY lists them
        likewise, with ``reset=True``. The returned mark covers the listed UIDs and, on a first
        pass, the older messages ``since`` left out, so they are not listed next time. With
        nothing new the mark stays where it was.
        """

    @abstractmethod
    def fetch(self, folder: str, uids: Iterable[int]) -> Iterator[RawMessage]:
        """The full messages for ``uids`` (missing ones skipped), without setting ``\\Seen``."""

    def fetch_heads(self, folder: str, uids: Iterable[int]) -> Iterator[MessageHead]:
        """Header blocks and sizes for ``uids`` (missing ones skipped), without ``\\Seen``.

        Backends override this to read only headers (IMAP ``BODY.PEEK[HEADER]``); this
        fallback reads whole messages.
        """
        for message in self.fetch(folder, uids):
            yield MessageHead(folder, message.uid, split_header(message.raw)[0], len(message.raw))

    def fetch_text_starts(
        self, folder: str, uids: Iterable[int], limit: int
    ) -> Iterator[tuple[int, bytes]]:
        """The first ``limit`` bytes of each message's body, the part after the header block.

        Backends override this to read no more than that (IMAP ``BODY.PEEK[TEXT]<0.limit>``);
        this fallback reads whole messages.
        """
        for message in self.fetch(folder, uids):
            yield message.uid, split_header(message.raw)[1][:limit]

    @abstractmethod
    def flags(self, folder: str, uids: Iterable[int]) -> dict[int, frozenset[str]]:
        """The current flags of ``uids`` in ``folder``."""

    @abstractmethod
    def find_drafts(self, key: str | None = None) -> list[DraftRef]:
        """Own drafts in the Drafts folder, all of them or only those with ``key``."""

    @abstractmethod
    def sent_since(self, since: datetime, to: str | None = None) -> Iterator[RawMessage]:
        """Messages in Sent whose internal date is on or after ``since``.

        With ``to``, only those with that address among their To or Cc recipients.
        """

    # ---- writing: own drafts only --------------------------------------------------------

    def append_draft(self, raw: bytes, when: datetime) -> int | None:
        """Store ``raw`` in Drafts flagged ``\\Draft \\Seen``; return its UID when known.

        ``when`` becomes the draft's internal date and must carry a time zone: a naive time
        would be read in the server's zone and misdate the draft.
        """
        if when.tzinfo is None:
            raise ValueError("append_draft needs an aware datetime")
        if not is_own_draft(raw):
            raise NotOwnDraftError(f"refusing to write a draft without {KEY_HEADER}")
        return self._append_draft(raw, when)

    def delete_draft(self, uid: int) -> None:
        """Remove an own draft; anything else in Drafts is refused and left alone."""
        if self._own_draft_is_there(uid):
            self._delete_draft(uid)

    def unflag_draft(self, uid: int) -> None:
        """Clear ``\\Flagged`` on an own draft (a send-later approval that failed)."""
        if self._own_draft_is_there(uid):
            self._unflag_draft(uid)

    def _own_draft_is_there(self, uid: int) -> bool:
        """Whether Drafts still holds ``uid``; refused when what it holds is not ours."""
        drafts = self.folders().drafts
        found = list(self.fetch(drafts, [uid]))
        if found and not is_own_draft(found[0].raw):
            raise NotOwnDraftError(f"{drafts} UID {uid} was not written by Afterview")
        return bool(found)

    def append_own(self, folder: str, raw: bytes, when: datetime, *, seen: bool = True) -> None:
        """File a message Afterview wrote (a sent draft's copy, a digest) in ``folder``."""
        if when.tzinfo is None:
            raise ValueError("append_own needs an aware datetime")
        if not is_own_message(raw):
            raise NotOwnDraftError(f"refusing to file in {folder} mail Afterview did not write")
        self._append(folder, raw, when, seen)

    @abstractmethod
    def _append_draft(self, raw: bytes, when: datetime) -> int | None: ...

    @abstractmethod
    def _unflag_draft(self, uid: int) -> None: ...

    @abstractmethod
    def _append(self, folder: str, raw: bytes, when: datetime, seen: bool) -> None: ...

    @abstractmethod
    def _delete_draft(self, uid: int) -> None: ...

    # ---- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:  # noqa: B027 - optional for backends with nothing to release
        """Release connections; the object may not be used afterwards."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
