"""The read step's first half: which new messages are worth reading in full, header first.

A first pass may meet a hundred thousand messages, of which a few hundred are about the
user's job search. Reading all of them in full and classifying each would cost the whole
mailbox in I/O and milliseconds per message, so messages are read in three widening looks,
each only for what the one before could not settle (``understand.prefilter`` decides):

1. the header blocks of a batch of UIDs (``BODY.PEEK[HEADER]`` and the size);
2. for the undecided, the first :data:`FIRST_LOOK` bytes of the text
   (``BODY.PEEK[TEXT]<0.N>``), and up to :data:`PEEK_BYTES` where that ended inside the text;
   when that is the whole message it is not fetched again;
3. in full, the messages that can matter, in batches bounded by size; of the user's own
   mail (Sent) only the header block is ever read, as that is all its facts come from.

What the store already knows (people, employer domains and threads of applications) comes
in as a :class:`~afterview.understand.prefilter.Known` and grows as messages are kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields

from afterview.mail.base import Mailbox, MessageHead
from afterview.mail.glance import glance
from afterview.pipeline.facts import SENT, MessageFacts
from afterview.pipeline.store import Store
from afterview.understand.prefilter import FETCH, READ, Head, Known, screen_head, screen_text

HEAD_BATCH = 1000  # UIDs per round of header reading (and per stored mark)
FIRST_LOOK = 4_096  # how much of a text the prefilter looks at first ...
PEEK_BYTES = 32_768  # ... and at most, when the text goes on
BODY_BATCH_BYTES = 2_000_000  # full messages per FETCH, by their total size ...
BODY_BATCH = 50  # ... and by their number


@dataclass
class ReadStats:
    """How much of the mailbox a pass read, look by look (for logs and the benchmark)."""

    headers: int = 0  # messages whose header block was read
    looked: int = 0  # messages whose text was glanced at (a longer look not counted again)
    fetched: int = 0  # messages read in full
    kept: int = 0  # messages stored as relevant
    seconds: float = 0.0  # wall time spent reading (a figure for logs, never a decision)

    def __iadd__(self, other: ReadStats) -> ReadStats:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self


def wanted_messages(
    mailbox: Mailbox,
    folder: str,
    uids: list[int],
    known: Known,
    *,
    sent: bool,
    stats: ReadStats,
) -> Iterator[tuple[int, bytes]]:
    """The bytes of those ``uids`` that can matter, by UID: whole messages, and for the
    user's own mail (``sent``) the header block alone, which is all ``ingest`` reads of it."""
    heads = list(mailbox.fetch_heads(folder, uids))
    stats.headers += len(heads)
    chosen: dict[int, bytes | None] = {}  # UID -> the whole message, when already in hand
    undecided: list[tuple[MessageHead, Head]] = []
    for message in heads:
        head = Head.parse(message.header)
        verdict = screen_head(head, known, sent=sent).verdict
        if verdict == FETCH:
            chosen[message.uid] = message.header if sent else None
            if head.message_id:  # later mail in this batch may answer it
                known.message_ids.add(head.message_id)
        elif verdict == READ:
            undecided.append((message, head))
    chosen.update(_glance_at(mailbox, folder, undecided, stats))
    sizes = {m.uid: m.size or 0 for m in heads}
    for uid, raw in chosen.items():
        if raw is not None:
            stats.fetched += not sent
            yield uid, raw
    missing = sorted(uid for uid, raw in chosen.items() if raw is None)
    for batch in _by_size(missing, sizes):
        for message in mailbox.fetch(folder, batch):
            stats.fetched += 1
            yield message.uid, message.raw


def _glance_at(
    mailbox: Mailbox, folder: str, undecided: list[tuple[MessageHead, Head]], stats: ReadStats
) -> Iterator[tuple[int, bytes | None]]:
    """The undecided messages whose text may speak of a job, with their bytes if complete.

    A short look first; a longer one only where the short one ended inside the text.
    """
    by_uid = {message.uid: (message, head) for message, head in undecided}
    uids = list(by_uid)
    for limit in (FIRST_LOOK, PEEK_BYTES):
        again: list[int] = []
        for uid, start in mailbox.fetch_text_starts(folder, uids, limit) if uids else ():
            stats.looked += limit == FIRST_LOOK
            message, head = by_uid[uid]
            whole = message.size is not None and len(message.header) + len(start) >= message.size
            seen = glance(head.fields, start, complete=whole)
            if screen_text(head, seen).verdict == FETCH:
                yield uid, message.header + start if whole else None
            elif seen.cut:
                again.append(uid)
        uids = again


def _by_size(uids: list[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    """Batches of UIDs whose messages together stay within the batch limits."""
    batch: list[int] = []
    total = 0
    for uid in uids:
        if batch and (total + sizes.get(uid, 0) > BODY_BATCH_BYTES or len(batch) >= BODY_BATCH):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += sizes.get(uid, 0)
    if batch:
        yield batch


# ---- what the store knows -----------------------------------------------------------------------


def learn(known: Known, facts: MessageFacts, me: Iterable[str]) -> None:
    """Add what a kept message tells about applications: as the linker would learn it.

    Incoming mail about a job names people (its human sender, the contact, interviewers)
    and the employer's domain; an automatic reply only counts in a known thread, as it
    never starts an application. Every kept message's id makes its thread known.
    """
    in_known_thread = any(i in known.message_ids for i in facts.thread_ids)
    if facts.message_id:
        known.message_ids.add(facts.message_id)
    if facts.direction == SENT or facts.kind == "unrelated":
        return
    if facts.kind == "auto_reply" and not in_known_thread:
        return
    mine = {address.lower() for address in me}
    people = []
    if facts.sender and not facts.robot_sender:
        people.append(facts.sender.email)
    if facts.contact:
        people.append(facts.contact.email)
    if facts.interview:
        people.extend(p.email for p in facts.interview.interviewers)
    for address in people:
        if address.lower() not in mine:
            known.add_person(address)
    known.add_domain(facts.employer_domain)


def known_from_store(store: Store, account: str, facts: Iterable[MessageFacts], me) -> Known:
    """Everything the store knows for ``account``: its kept messages and its drafts."""
    known = Known()
    for item in sorted(facts, key=lambda f: f.date.timestamp() if f.date else 0.0):
        learn(known, item, me)
    for record in store.drafts():
        if record.account == account:
            known.message_ids.add(record.message_id)
            known.add_person(record.key.rsplit("/", 1)[-1])
    return known


__all__ = [
    "HEAD_BATCH",
    "PEEK_BYTES",
    "ReadStats",
    "known_from_store",
    "learn",
    "wanted_messages",
]
