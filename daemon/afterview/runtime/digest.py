"""The daily digest: one short message to the user about what needs their attention.

Opt-in (``digest: enabled: true``), due once a day from ``digest.at`` local time (the first
pass at or after it; the daemon passes at least every ``idle_timeout``/``poll_interval``).
It covers every account and is delivered through the first account with an SMTP server,
else appended unread to the first account's inbox. It is never sent when there is nothing
to say, and the day it was sent is remembered in the store, so it comes at most once a day
(a crash between delivering and remembering can repeat it once, which is harmless).

The message carries ``X-Afterview-Digest``: that makes filing it an own-message operation
and makes the reader skip it, since it is the user's mail to themselves about their jobs.
"""

from __future__ import annotations

import email.utils
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage

from afterview.mail.base import DIGEST_HEADER, Mailbox
from afterview.pipeline.store import Store

log = logging.getLogger("afterview.digest")

UPCOMING = timedelta(days=7)
QUIET_AFTER = timedelta(days=7)


@dataclass
class DigestContent:
    """The digest's sections as lines of text; empty sections are left out."""

    drafts: list[str] = field(default_factory=list)
    interviews: list[str] = field(default_factory=list)
    quiet: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.drafts or self.interviews or self.quiet or self.calls or self.unsure)

    def text(self) -> str:
        sections = [
            ("Drafts waiting for your review", self.drafts),
            ("Interviews coming up", self.interviews),
            ("Applications going quiet", self.quiet),
            ("Suggested phone calls", self.calls),
            ("Needs a look", self.unsure),
        ]
        parts = [
            title + ":\n" + "".join(f"  - {line}\n" for line in lines)
            for title, lines in sections
            if lines
        ]
        footer = "-- \nAfterview's daily digest (turn it off with digest: enabled: false)\n"
        return "\n".join(parts) + "\n" + footer


def digest_content(config, store: Store, rows, *, now: datetime) -> DigestContent:
    """What the digest says at ``now``; ``rows`` are the engine's decided rows (pure)."""
    tz = config.timezone

    def local(moment: datetime) -> str:
        return moment.astimezone(tz).strftime("%a %d %b %H:%M")

    content = DigestContent()
    names = {row.app.id: row.app.company or row.app.id for row in rows}
    for record in store.drafts():
        if record.state == "written":
            step, to = record.key.split("/")[-2:]
            when = f" (due {local(record.due)})" if record.due else ""
            company = names.get(record.application_id or "", record.application_id or "?")
            content.drafts.append(f"{company}: {step.replace('_', ' ')} to {to}{when}")
    for row in rows:
        name, decision = names[row.app.id], row.decision
        for interview in decision.interviews:
            if now <= interview.start <= now + UPCOMING:
                who = ", ".join(p.name or p.email for p in interview.interviewers)
                content.interviews.append(
                    f"{name}: {local(interview.start)}" + (f" with {who}" if who else "")
                )
        last = decision.last_employer_contact
        if decision.stage in ("awaiting_reply", "status_check_drafted", "no_response") and (
            last is not None and now - last >= QUIET_AFTER
        ):
            content.quiet.append(f"{name}: no word since {local(last)} ({decision.stage})")
        for action in decision.actions:
            if action.kind == "phone_call" and action.due <= now:
                who = action.recipient.name or action.recipient.email
                content.calls.append(f"{name}: call {who} ({action.reason})")
    for account in config.accounts:
        for send in store.sends(account.name):
            draft = store.draft(send.key)
            if send.state == "failed" and draft is not None and draft.state == "written":
                content.unsure.append(f"not sent: {send.key}: {send.reason}")
    return content


def is_due(config, store: Store, account: str, now: datetime) -> bool:
    """Once a day, from ``digest.at`` local time on."""
    local = now.astimezone(config.timezone)
    return local.time() >= config.digest.at and store.last_digest(account) != local.date()


def digest_message(config, content: DigestContent, *, now: datetime) -> EmailMessage:
    day = now.astimezone(config.timezone).date()
    message = EmailMessage()
    message["From"] = email.utils.formataddr(("Afterview", config.me.email))
    message["To"] = email.utils.formataddr((config.me.name, config.me.email))
    message["Subject"] = f"Afterview digest for {day:%a %d %b}"
    message["Date"] = email.utils.format_datetime(now)
    domain = config.me.email.rsplit("@", 1)[-1]
    message["Message-ID"] = email.utils.make_msgid("afterview-digest", domain=domain)
    message[DIGEST_HEADER] = day.isoformat()
    message.set_content(content.text())
    return message


@dataclass
class DigestStep:
    """The digest step of one pass of the delivering account (see the module docstring)."""

    config: object
    account: object
    mailbox: Mailbox
    store: Store
    now: datetime

    def run(self) -> bool:
        """Deliver today's digest if it is due and has something to say; True if delivered."""
        from afterview.runtime.engine import decided_rows

        name = self.account.name
        if not is_due(self.config, self.store, name, self.now):
            return False
        content = digest_content(
            self.config, self.store, decided_rows(self.config, self.store, self.now), now=self.now
        )
        day = self.now.astimezone(self.config.timezone).date()
        if content.empty():
            with self.store.transaction():
                self.store.set_last_digest(name, day)  # nothing to say today: say nothing
            return False
        raw = bytes(digest_message(self.config, content, now=self.now))
        if self.account.smtp is not None:
            from afterview.runtime.sendlater import smtp_server

            me = self.config.me.email
            smtp_server(self.account).send(raw, me, [me])
        else:
            self.mailbox.append_own(self.mailbox.folders().inbox, raw, self.now, seen=False)
        with self.store.transaction():
            self.store.set_last_digest(name, day)
        log.info("%s: digest delivered to %s", name, self.config.me.email)
        return True
