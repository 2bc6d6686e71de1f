"""A 5,000-message mailbox on the test Dovecot: every relevant message found, nothing else
read in full, and a second pass that reads nothing.

The mailbox comes from tests/bigmailbox.py, which records every message's category, so what
the pass read is checked against what was written, not against what the pass says. The
classifier is the judge of relevance (it runs here on every message that may be relevant).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import UTC, datetime

import pytest

from afterview.config import load_config
from afterview.mail.base import header_value
from afterview.mail.imap import ImapMailbox
from afterview.mail.message import parse_message
from afterview.pipeline.store import Store
from afterview.runtime.sync import AccountPass
from afterview.understand.classify import classify
from bigmailbox import BODY_WORTHY, ME, SENT_RECRUITING, fill, index, maildir_of
from test_imap import Secret
from userconfig import write_config

pytestmark = pytest.mark.dovecot

N = 5000
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
BULK = frozenset({"newsletter", "jobby-newsletter"})


class Observed(ImapMailbox):
    """The real IMAP mailbox, noting what it read: headers, glances, whole messages."""

    def __init__(self, user) -> None:
        super().__init__("127.0.0.1", user.server.port, "none", user.name,
                         lambda: Secret(user.password))  # fmt: skip
        self.ids: dict[tuple[str, int], str | None] = {}
        self.glanced: list[tuple[str, int]] = []
        self.full: list[tuple[str, int]] = []

    def fetch_heads(self, folder, uids):
        for head in super().fetch_heads(folder, uids):
            self.ids[(folder, head.uid)] = header_value(head.header, "Message-ID")
            yield head

    def fetch_text_starts(self, folder, uids, limit):
        for uid, start in super().fetch_text_starts(folder, uids, limit):
            self.glanced.append((folder, uid))
            yield uid, start

    def fetch(self, folder, uids):
        for message in super().fetch(folder, uids):
            self.full.append((folder, message.uid))
            yield message


def _relevant(raw: bytes) -> bool:
    return classify(parse_message(raw), me=(ME[1],)).kind != "unrelated"


def test_a_big_mailbox_is_read_header_first(tmp_path, dovecot_user):
    with dovecot_user.client():
        pass  # the server makes the user's Maildir on first login
    corpus = fill(maildir_of(dovecot_user.server, dovecot_user.name), N, now=NOW)
    index(dovecot_user.server, dovecot_user.name)
    config = load_config(
        write_config(
            tmp_path, dovecot_user, email=ME[1], name=ME[0], extra="followup:\n  lookback: 400d\n"
        )
    )
    box = Observed(dovecot_user)
    with Store(config.state.path) as store:
        report = AccountPass(config, config.accounts[0], box, store, now=NOW).run()
        kept = {m.message_id: m for m in store.messages("main")}
        again = AccountPass(config, config.accounts[0], box, store, now=NOW).run()
    box.close()

    # every message the classifier finds relevant is kept; nothing else is
    incoming = {mid: raw for mid, raw in corpus.raw.items() if corpus.category_of(mid)
                != SENT_RECRUITING}  # fmt: skip
    relevant = {mid for mid, raw in incoming.items() if _relevant(raw)}
    assert len(relevant) > N // 100
    assert relevant <= set(kept)
    assert {kept[m].kind for m in kept if m in incoming} >= {"rejection", "interview_scheduled"}
    assert Counter(corpus.category_of(m) for m in kept).keys() <= BODY_WORTHY

    # the user's answers to recruiters that were kept are kept too, and no other sent mail
    answers = [mid for mid in corpus.sent[SENT_RECRUITING]]
    parent = {mid: re.search(rb"In-Reply-To: (\S+)", corpus.raw[mid]).group(1).decode()
              for mid in answers}  # fmt: skip
    assert {m for m in answers if parent[m] in kept} <= set(kept)
    assert {m for m in kept if corpus.category_of(m) in ("sent",)} == set()

    # nothing but possible job mail was read in full; bulk mail was not even glanced at
    full = Counter(corpus.category_of(box.ids[key]) for key in box.full if key in box.ids)
    assert full.keys() <= BODY_WORTHY, full
    glanced = Counter(corpus.category_of(box.ids[key]) for key in box.glanced)
    assert not glanced.keys() & BULK, glanced
    assert not any(folder == "Sent" for folder, _uid in box.glanced)
    assert report.read.headers == corpus.count
    assert report.read.fetched < corpus.count // 10

    # the mailbox's other mail is unrelated indeed (a sample, judged by the classifier)
    others = [path for path in (maildir_of(dovecot_user.server, dovecot_user.name) / "cur")
              .iterdir()]  # fmt: skip
    sample = random.Random(7).sample(others, 150)
    judged = [p.read_bytes() for p in sample]
    strays = [header_value(raw, "Subject") for raw in judged
              if corpus.category_of(header_value(raw, "Message-ID")) not in BODY_WORTHY
              and _relevant(raw)]  # fmt: skip
    assert not strays

    # a second pass reads nothing
    assert (again.read.headers, again.read.looked, again.read.fetched) == (0, 0, 0)
