"""A big, realistic mailbox written straight into a Maildir that Dovecot serves.

Used by the scale test (5,000 messages) and by ``benchmarks/scale.py`` (up to 100,000).
APPENDing that much over IMAP would take minutes, so files are written directly into the
user's Maildir the way Dovecot's own delivery names them (``,S=<size>,W=<CRLF size>``, so
sizes need no reading), dated by their mtime, and Dovecot numbers and indexes them
afterwards (:func:`index`), as it would have at delivery.

The mix (tests/mailmix.py) follows a real personal mailbox: about 2% recruiting mail of
every kind, the rest newsletters, notifications, personal mail, invitations, a few
automatic replies and personal messages that use job words in another sense; a Sent folder
a third that size, some of whose messages answer recruiters.

Every message is recorded in :class:`Corpus` under its category, so a test can check what
was read without trusting the code under test to say what it read.
"""

from __future__ import annotations

import os
import pwd
import random
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mailmix import (
    AUTOREPLY,
    DECOY,
    JOBBY_NEWSLETTER,
    ME,
    RECRUITING,
    SENT_RECRUITING,
    Message,
    Mix,
)

__all__ = ["BODY_WORTHY", "ME", "RECRUITING", "SENT_RECRUITING", "Corpus", "fill", "index"]

# Categories whose messages may be read in full; the rest must never be.
BODY_WORTHY = frozenset({RECRUITING, DECOY, AUTOREPLY, JOBBY_NEWSLETTER, SENT_RECRUITING})


@dataclass
class Corpus:
    """What was written: message ids by folder and category, and body-worthy messages' bytes."""

    inbox: dict[str, list[str]] = field(default_factory=dict)
    sent: dict[str, list[str]] = field(default_factory=dict)
    raw: dict[str, bytes] = field(default_factory=dict)
    bytes_written: int = 0

    @property
    def count(self) -> int:
        return sum(map(len, self.inbox.values())) + sum(map(len, self.sent.values()))

    def category_of(self, message_id: str | None) -> str | None:
        for table in (self.inbox, self.sent):
            for category, ids in table.items():
                if message_id in ids:
                    return category
        return None


class _Writer:
    """Writes messages into a Dovecot Maildir, named and dated as Dovecot's delivery would."""

    def __init__(self, root: Path, owner: tuple[int, int] | None) -> None:
        self.root, self.owner, self.counter = root, owner, 0
        for folder in ("", ".Sent", ".Drafts"):
            for sub in ("cur", "new", "tmp"):
                (root / folder / sub).mkdir(parents=True, exist_ok=True)
            if folder:
                (root / folder / "maildirfolder").touch()
        if owner:
            subprocess.run(["chown", "-R", f"{owner[0]}:{owner[1]}", str(root)], check=True)

    def write(self, message: Message) -> int:
        self.counter += 1
        stamp = message.when.timestamp()
        size, vsize = len(message.raw), len(message.raw) + message.raw.count(b"\n")
        name = f"{int(stamp)}.M{self.counter}P{os.getpid()}.bench,S={size},W={vsize}:2,S"
        folder = self.root / ("" if message.folder == "INBOX" else f".{message.folder}")
        path = folder / "cur" / name
        path.write_bytes(message.raw)
        os.utime(path, (stamp, stamp))
        if self.owner:
            os.chown(path, *self.owner)
        return size


def _owner() -> tuple[int, int] | None:
    """Who must own the files: as root, tests/dovecot.py runs mail processes as nobody."""
    if os.geteuid() != 0:
        return None
    entry = pwd.getpwnam("nobody")
    return entry.pw_uid, entry.pw_gid


def _messages(mix: Mix, n: int, sent: int) -> Iterator[Message]:
    recruiting = []
    for _ in range(n):
        message = mix.incoming()
        if message.category == RECRUITING:
            recruiting.append(message)
        yield message
    answers = [mix.answer(m) for m in recruiting if mix.rng.random() < 0.5]
    replies = [a for a in answers if a is not None]
    yield from replies
    for _ in range(max(0, sent - len(replies))):
        yield mix.sent()


def fill(
    root: Path,
    n: int,
    *,
    now: datetime,
    days: int = 365,
    seed: int = 1,
    sent_share: float = 1 / 3,
    tag: str = "m",
) -> Corpus:
    """Write ``n`` incoming messages and ``n * sent_share`` sent ones into the Maildir ``root``.

    Arrival times spread over the ``days`` before ``now``; ``tag`` keeps Message-IDs of
    several fills apart. The files are owned as the test Dovecot needs them.
    """
    mix = Mix(random.Random(seed), now, days, tag)
    writer = _Writer(root, _owner())
    corpus = Corpus()
    for message in _messages(mix, n, round(n * sent_share)):
        corpus.bytes_written += writer.write(message)
        table = corpus.inbox if message.folder == "INBOX" else corpus.sent
        table.setdefault(message.category, []).append(message.message_id)
        if message.category in BODY_WORTHY:
            corpus.raw[message.message_id] = message.raw
    return corpus


def index(server, user: str) -> None:  # server: tests/dovecot.py's DovecotServer
    """Let Dovecot number and index what :func:`fill` wrote, as it would at delivery."""
    for folder in ("INBOX", "Sent"):
        server.doveadm("force-resync", "-u", user, folder)
        server.doveadm("index", "-u", user, folder)


def maildir_of(server, user: str) -> Path:
    """The user's Maildir on a tests/dovecot.py server (its ``mail_location``)."""
    return Path(server.root) / "mail" / user
