"""One pass over one account: read what is new, understand it, decide, write due drafts.

The order matters for exactly-once drafts (DESIGN.md, principle 3):

1. **read**: new mail in the watched folders and in Sent becomes stored facts; the folder
   mark advances in the same transaction, so a crash re-reads and never skips;
2. **reconcile**: every draft we wrote is looked for in Drafts; gone and found in Sent means
   the user sent it, gone otherwise means the user dismissed it (it is never written again);
   a draft recorded as *pending* (we crashed around the APPEND) is adopted if it is there;
3. **decide**: the pure policy runs over every application at ``now``;
4. **write**: each due draft is recorded as pending, appended, then recorded as written;
   drafts made obsolete are removed only if still byte-for-byte what we wrote.

A pass runs the same code in ``run --once``, in the daemon and in the demo.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from afterview.errors import MailboxError
from afterview.mail.base import DIGEST_HEADER, DraftRef, FolderMark, Mailbox, header_value
from afterview.pipeline.applications import Linked
from afterview.pipeline.facts import INCOMING, SENT, MessageFacts
from afterview.pipeline.ingest import facts_from_raw
from afterview.pipeline.model import Action, Decision
from afterview.pipeline.policy import decide
from afterview.pipeline.rebuild import applications_from_store, stored_facts
from afterview.pipeline.store import DraftRecord, SeenMessage, Store
from afterview.runtime.intake import HEAD_BATCH, ReadStats, known_from_store, learn, wanted_messages
from afterview.understand.prefilter import Known

log = logging.getLogger("afterview.sync")


@dataclass
class PassReport:
    """What one pass did, for the log, ``run --dry-run`` and the demo."""

    account: str
    new_messages: list[tuple[str, MessageFacts]] = field(default_factory=list)
    written: list[tuple[Action, bytes]] = field(default_factory=list)
    retracted: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)
    dismissed: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    decisions: dict[str, Decision] = field(default_factory=dict)
    read: ReadStats = field(default_factory=ReadStats)


def _sha256(raw: bytes) -> str:
    """The content hash of a draft; line endings do not count (Maildir stores LF, IMAP CRLF)."""
    return hashlib.sha256(raw.replace(b"\r\n", b"\n")).hexdigest()


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class AccountPass:
    """A pass for one account; construct, then call :meth:`run` once."""

    def __init__(
        self,
        config,  # afterview.config.Config
        account,  # afterview.config.Account
        mailbox: Mailbox,
        store: Store,
        *,
        now: datetime,
        dry_run: bool = False,
    ) -> None:
        self.config, self.account, self.mailbox, self.store = config, account, mailbox, store
        self.now, self.dry_run = now, dry_run
        self.me = frozenset({config.me.email.lower()})
        self.report = PassReport(account.name)
        self._known_cache: Known | None = None

    def run(self) -> PassReport:
        folders = self.mailbox.folders()
        for folder in folders.watch:
            self._read(folder, INCOMING)
        self._read(folders.sent, SENT)
        own = {draft.key: draft for draft in self.mailbox.find_drafts()}
        facts = self._facts()  # nothing adds facts after the reads: decode them once
        self._reconcile(own, facts)
        if self.account.send_later and self.account.smtp is not None and not self.dry_run:
            self._send_approved(own)
        linked = self._applications(facts)
        for app in linked.applications:
            decision = decide(app, self.now, self.config.followup, self.config.timezone)
            self.report.decisions[app.id] = decision
            self._write_due(app, decision, own, linked)
            self._retract_obsolete(decision, own)
        if self.config.digest.enabled and not self.dry_run:
            self._digest()
        return self.report

    # ---- 1. read ------------------------------------------------------------------------

    def _read(self, folder: str, direction: str) -> None:
        """Keep what is new in ``folder`` and about a job; mark the rest as read.

        Headers come first and only messages that can matter are read in full
        (:mod:`afterview.runtime.intake`); of those, only the ones the classifier finds
        relevant are stored. The mark advances with each batch, in the same transaction.
        """
        started = time.perf_counter()
        account = self.account.name
        since = self.now - self.config.followup.lookback
        new = self.mailbox.list_new(folder, self.store.mark(account, folder), since=since)
        if new.reset:
            log.warning("%s: %s was renumbered (UIDVALIDITY changed); re-reading", account, folder)
        stats = ReadStats()
        for chunk in _chunks(new.uids, HEAD_BATCH):
            wanted = wanted_messages(
                self.mailbox, folder, chunk, self._known(), sent=direction == SENT, stats=stats
            )
            understood = [
                (uid, self._understand(folder, uid, raw, direction)) for uid, raw in wanted
            ]
            with self.store.transaction():
                for uid, facts in understood:
                    if facts is not None:
                        stats.kept += self._remember(folder, new.mark.uidvalidity, uid, facts)
                self.store.set_mark(account, folder, FolderMark(new.mark.uidvalidity, chunk[-1]))
        with self.store.transaction():
            self.store.set_mark(account, folder, new.mark)
        stats.seconds = time.perf_counter() - started
        self.report.read += stats
        if new.uids:
            log.info(
                "%s: %s: %d new, %d glanced at, %d read in full, %d kept",
                account, folder, stats.headers, stats.looked, stats.fetched, stats.kept,
            )  # fmt: skip

    def _known(self) -> Known:
        """What the store knows of applications, built once per pass and grown as we keep."""
        if self._known_cache is None:
            self._known_cache = known_from_store(
                self.store, self.account.name, self._facts(), self.me
            )
        return self._known_cache

    def _understand(self, folder: str, uid: int, raw: bytes, direction: str) -> MessageFacts | None:
        if header_value(raw, DIGEST_HEADER):
            return None  # our own digest: the user's mail to themselves, not about a job
        try:
            return facts_from_raw(
                raw,
                direction=direction,
                me=self.me,
                default_tz=self.config.timezone,
                limits=self.config.limits,
            )
        except Exception as err:  # one bad message must never stop a pass
            log.warning("%s: %s UID %s skipped: %s", self.account.name, folder, uid, err)
            return None

    def _remember(self, folder: str, uidvalidity: int, uid: int, facts: MessageFacts) -> bool:
        """Store a relevant message's facts (True); an unrelated one leaves only the mark."""
        if facts.kind == "unrelated":
            return False
        if facts.message_id and self.store.has_message(self.account.name, facts.message_id):
            return False  # seen before: a renumbered folder, or the same mail in two folders
        self.store.add_message(
            SeenMessage(
                self.account.name,
                folder,
                uidvalidity,
                uid,
                facts.message_id,
                facts.date,
                facts.kind,
                facts.to_json(),
                None,
            )
        )
        learn(self._known(), facts, self.me)
        self.report.new_messages.append((folder, facts))
        log.info(
            "%s: %s from %s: %s (%s)",
            self.account.name,
            facts.kind,
            facts.sender.email if facts.sender else "?",
            facts.subject[:60],
            ", ".join(facts.reasons[:3]),
        )
        return True

    # ---- 2. reconcile -------------------------------------------------------------------

    def _reconcile(self, own: dict[str, DraftRef], facts: list[MessageFacts]) -> None:
        sent = [f for f in facts if f.direction == SENT]
        for record in self.store.drafts():
            if record.account != self.account.name:
                continue
            if record.state == "pending" and record.key in own:
                self._record(record, "written", uid=own[record.key].uid)
            elif record.state == "written" and record.key not in own:
                state = "sent" if self._was_sent(record, sent) else "dismissed"
                self._record(record, state)
                (self.report.sent if state == "sent" else self.report.dismissed).append(record.key)
                log.info("%s: draft %s was %s by the user", self.account.name, record.key, state)

    def _was_sent(self, record: DraftRecord, sent: list[MessageFacts]) -> bool:
        recipient = record.key.rsplit("/", 1)[-1]
        for facts in sent:
            if facts.message_id == record.message_id or facts.afterview_key == record.key:
                return True
            if (
                recipient in facts.recipients
                and facts.date
                and record.due
                and (facts.date >= record.due - timedelta(days=1))
            ):
                return True
        return False

    def _record(self, record: DraftRecord, state: str, *, uid: int | None = None) -> None:
        updated = DraftRecord(
            record.key,
            record.account,
            record.application_id,
            state,
            record.message_id,
            uid if uid is not None else record.uid,
            record.content_sha256,
            record.due,
        )
        with self.store.transaction():
            self.store.record_draft(updated, self.now)

    def _send_approved(self, own: dict[str, DraftRef]) -> None:
        """Send-later (:mod:`afterview.runtime.sendlater`); what it sent leaves ``own``."""
        from afterview.runtime.sendlater import SendLater, smtp_server

        step = SendLater(
            self.account, self.mailbox, self.store, now=self.now, server=smtp_server(self.account)
        )
        self.report.sent.extend(step.run(own).sent)

    def _digest(self) -> None:
        """The daily digest (:mod:`afterview.runtime.digest`), from one account only."""
        from afterview.runtime.digest import DigestStep

        accounts = self.config.accounts
        deliverer = next((a for a in accounts if a.smtp is not None), accounts[0])
        if self.account.name != deliverer.name:
            return
        try:
            DigestStep(self.config, self.account, self.mailbox, self.store, self.now).run()
        except MailboxError as err:  # the digest waits for the next pass; the pass goes on
            log.warning("%s: digest not delivered: %s", self.account.name, err)

    # ---- 3. decide ----------------------------------------------------------------------

    def _facts(self) -> list[MessageFacts]:
        return stored_facts(self.store, self.account.name)

    def _applications(self, facts: list[MessageFacts]) -> Linked:
        linked = applications_from_store(self.store, self.account.name, self.me, facts=facts)
        with self.store.transaction():
            for app in linked.applications:
                first = min((e.at for e in app.events), default=self.now)
                self.store.upsert_application(
                    app.id, self.account.name, app.company, app.role, first
                )
        return linked

    # ---- 4. write -----------------------------------------------------------------------

    def _language(self, app_id: str, linked: Linked) -> str:
        fixed = self.config.me.language
        if fixed and fixed != "auto":
            return fixed
        return linked.languages.get(app_id, "en")

    def _write_due(self, app, decision: Decision, own: dict[str, DraftRef], linked: Linked) -> None:
        from afterview.drafts.compose import compose

        for action in decision.actions:
            if action.due > self.now or action.kind not in _DRAFTED:
                continue
            record = self.store.draft(action.key)
            if record is not None and record.state != "pending":
                continue
            if action.key in own:  # written before a crash cut the bookkeeping short
                if not self.dry_run:
                    self._adopt(action, app.id, own[action.key])
                continue
            message = compose(
                action,
                app,
                self.config.me,
                now=self.now,
                language=self._language(app.id, linked),
                templates_dir=self.config.templates.dir,
            )
            raw = bytes(message)
            self.report.written.append((action, raw))
            if self.dry_run:
                continue
            pending = DraftRecord(
                action.key,
                self.account.name,
                app.id,
                "pending",
                message["Message-ID"],
                None,
                _sha256(raw),
                action.due,
            )
            with self.store.transaction():
                self.store.record_draft(pending, self.now)
            uid = self.mailbox.append_draft(raw, self.now)
            self._record(pending, "written", uid=uid)
            log.info("%s: wrote draft %s", self.account.name, action.key)

    def _adopt(self, action: Action, app_id: str, draft: DraftRef) -> None:
        record = DraftRecord(
            action.key,
            self.account.name,
            app_id,
            "written",
            draft.message_id or "",
            draft.uid,
            _sha256(draft.raw),
            action.due,
        )
        with self.store.transaction():
            self.store.record_draft(record, self.now)

    def _retract_obsolete(self, decision: Decision, own: dict[str, DraftRef]) -> None:
        for key in decision.obsolete:
            record = self.store.draft(key)
            draft = own.get(key)
            if record is None or record.state != "written" or draft is None:
                continue
            if _sha256(draft.raw) != record.content_sha256:
                self.report.kept_edited.append(key)
                log.info(
                    "%s: kept draft %s: it is obsolete but you edited it", self.account.name, key
                )
                continue
            self.report.retracted.append(key)
            if not self.dry_run:
                self.mailbox.delete_draft(draft.uid)
                self._record(record, "retracted")
                log.info("%s: removed obsolete draft %s", self.account.name, key)


_DRAFTED = frozenset({"thank_you", "status_check", "rejection_reply"})


__all__ = ["AccountPass", "PassReport"]
