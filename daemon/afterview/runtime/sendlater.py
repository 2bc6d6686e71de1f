"""Send-later: a draft the user approved (flagged) is sent at its due time, exactly once.

A step of the pass, after reconciling (``send_later: true`` and an ``smtp:`` section). Why
each rule:

* Only an own draft Afterview recorded as written, flagged *now* (looked up again right
  before sending), whose due time has come, still addressed to the key's recipient, is sent:
  removing the flag, deleting the draft or readdressing it before its time all stop it.
* The intent (``sending``) is recorded before the SMTP transaction and ``accepted`` right
  after it, so a crash never leads to a second send: an ``accepted`` send is only finished
  (copy filed, draft removed); a ``sending`` one is looked for by Message-ID in the store
  and in Sent, and retried only where Sent is authoritative (a provider that files what its
  SMTP server sends). Otherwise the user is told it may have gone out and the flag cleared.
* A refusal (SMTP 4xx/5xx) leaves the draft, clears its flag and keeps the reason for the
  log and the digest; an unreachable server keeps the flag, so the next pass tries again.

What goes out is the draft as the user left it, minus ``Bcc`` and ``X-Afterview-Key`` (the
recipient need not see Afterview's bookkeeping); the Message-ID is kept. The copy filed in
Sent keeps ``X-Afterview-Key`` (and Bcc, as mail clients do), which is how the next pass
recognises it as a sent Afterview draft and what makes filing it an own-message operation.
"""

from __future__ import annotations

import email.utils
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from afterview.credentials import get_credential
from afterview.mail.base import (
    FLAGGED,
    KEY_HEADER,
    DraftRef,
    Mailbox,
    header_value,
    header_values,
    without_headers,
)
from afterview.mail.smtp import SmtpRejected, SmtpServer, SmtpUnavailable, SmtpUncertain
from afterview.pipeline.store import DraftRecord, SendRecord, Store

log = logging.getLogger("afterview.sendlater")

_UNSURE = "sending was interrupted and it may have gone out; check before sending it yourself"


@dataclass
class SendReport:
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def smtp_server(account) -> SmtpServer:  # afterview.config.Account with smtp set
    smtp = account.smtp
    return SmtpServer(
        smtp.host,
        smtp.port,
        smtp.security,
        smtp.username,
        partial(get_credential, account.name, smtp.username, smtp.credentials),
        smtp.tls_ca_file,
    )


class SendLater:
    """One send-later step for one account; call :meth:`run` with the pass's own drafts."""

    def __init__(
        self, account, mailbox: Mailbox, store: Store, *, now: datetime, server: SmtpServer
    ) -> None:
        self.account, self.mailbox, self.store, self.now = account, mailbox, store, now
        self.server = server
        self.report = SendReport()

    def run(self, own: dict[str, DraftRef]) -> SendReport:
        for send in self.store.sends(self.account.name):
            if send.state in ("sending", "accepted"):
                self._recover(send, own)
        for key in sorted(own):
            if key in self.report.sent or FLAGGED not in own[key].flags:
                continue
            record = self.store.draft(key)
            if record is None or record.account != self.account.name:
                continue
            send = self.store.send(key)
            if record.state != "written" or (send and send.state != "failed"):
                continue
            if record.due is not None and record.due > self.now:
                continue
            if not self._attempt(record):
                break  # the server is unreachable: every other send would fail the same way
        for key in self.report.sent:
            own.pop(key, None)
        return self.report

    # ---- a new send ---------------------------------------------------------------------

    def _attempt(self, record: DraftRecord) -> bool:
        """Send one approved draft; False when the server could not be reached."""
        fresh = [d for d in self.mailbox.find_drafts(record.key) if FLAGGED in d.flags]
        if len(fresh) != 1:
            return True  # unflagged or deleted since the pass began, or duplicated by hand
        draft = fresh[0]
        recipient = record.key.rsplit("/", 1)[-1].lower()
        to = [a.lower() for _, a in email.utils.getaddresses(header_values(draft.raw, ["To"]))]
        if recipient not in to:
            self._fail(record.key, draft, f"its recipient was changed from {recipient}")
            return True
        message_id = header_value(draft.raw, "Message-ID")
        if not message_id:
            self._fail(record.key, draft, "it has no Message-ID")
            return True
        self._record(record.key, message_id, "sending")
        outgoing = without_headers(draft.raw, ["Bcc", KEY_HEADER])
        sender = email.utils.parseaddr(header_value(draft.raw, "From") or "")[1]
        recipients = _envelope(draft.raw)
        try:
            refused = self.server.send(outgoing, sender, recipients)
        except SmtpRejected as err:
            self._fail(record.key, draft, str(err))
            return True
        except SmtpUnavailable as err:
            self._record(record.key, message_id, "failed", f"not sent yet: {err}")
            log.warning("%s: could not send %s, will retry: %s", self.account.name, record.key, err)
            return False
        except SmtpUncertain as err:
            log.warning("%s: sending %s was interrupted: %s", self.account.name, record.key, err)
            return True  # stays "sending": the next pass looks for it before anything else
        self._record(record.key, message_id, "accepted")
        if refused:
            log.warning("%s: %s: refused recipients %s", self.account.name, record.key, refused)
        log.info("%s: sent approved draft %s", self.account.name, record.key)
        self._finish(record.key, message_id, draft)
        return True

    # ---- after a crash ------------------------------------------------------------------

    def _recover(self, send: SendRecord, own: dict[str, DraftRef]) -> None:
        draft = own.get(send.key)
        if send.state == "accepted" or self._went_out(send):
            self._finish(send.key, send.message_id, draft)
            return
        if self._sent_folder_is_authoritative():
            self._record(
                send.key, send.message_id, "failed", "interrupted before the server took it"
            )
            return  # still flagged and not in Sent: the main loop sends it again
        if draft is not None:
            self._fail(send.key, draft, _UNSURE)
        else:
            self._record(send.key, send.message_id, "failed", _UNSURE)

    def _went_out(self, send: SendRecord) -> bool:
        if self.store.has_message(self.account.name, send.message_id):
            return True
        return self._in_sent(send.message_id, send.key, send.updated_at)

    def _in_sent(self, message_id: str, key: str, since: datetime) -> bool:
        recipient = key.rsplit("/", 1)[-1]
        for message in self.mailbox.sent_since(since - timedelta(days=2), to=recipient):
            if header_value(message.raw, "Message-ID") == message_id:
                return True
        return False

    def _sent_folder_is_authoritative(self) -> bool:
        return self.account.smtp.save_sent == "auto" and self.server.files_sent_itself()

    # ---- bookkeeping ----------------------------------------------------------------------

    def _finish(self, key: str, message_id: str, draft: DraftRef | None) -> None:
        """File the copy (once), remove the draft, and record both states as done."""
        if draft is not None:
            if self._files_copy() and not self._in_sent(message_id, key, self.now):
                sent = self.mailbox.folders().sent
                self.mailbox.append_own(sent, draft.raw, self.now)
            self.mailbox.delete_draft(draft.uid)
        record = self.store.draft(key)
        with self.store.transaction():
            if record is not None and record.state != "sent":
                self.store.record_draft(_with_state(record, "sent"), self.now)
            self._record(key, message_id, "done")
        self.report.sent.append(key)

    def _files_copy(self) -> bool:
        save = self.account.smtp.save_sent
        return save == "always" or (save == "auto" and not self.server.files_sent_itself())

    def _fail(self, key: str, draft: DraftRef, reason: str) -> None:
        message_id = header_value(draft.raw, "Message-ID") or ""
        self._record(key, message_id, "failed", reason)
        self.mailbox.unflag_draft(draft.uid)
        self.report.failed.append((key, reason))
        log.warning("%s: did not send %s: %s (flag cleared)", self.account.name, key, reason)

    def _record(self, key: str, message_id: str, state: str, reason: str | None = None) -> None:
        with self.store.transaction():
            self.store.record_send(
                SendRecord(key, self.account.name, message_id, state, reason, self.now)
            )


def _with_state(record: DraftRecord, state: str) -> DraftRecord:
    return DraftRecord(
        record.key,
        record.account,
        record.application_id,
        state,
        record.message_id,
        record.uid,
        record.content_sha256,
        record.due,
    )


def _envelope(raw: bytes) -> list[str]:
    seen: dict[str, None] = {}
    for _, address in email.utils.getaddresses(header_values(raw, ("To", "Cc", "Bcc"))):
        if "@" in address:
            seen.setdefault(address, None)
    return list(seen)
