"""The demo's timeline: deliver mail, act as the user, run a pass, tell what happened."""

from __future__ import annotations

import email
import email.policy
import tempfile
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from afterview.config import (
    Account,
    Config,
    Digest,
    Followup,
    Me,
    ServerSettings,
    State,
    Templates,
)
from afterview.demo import mail
from afterview.mail.maildir import MaildirMailbox, deliver
from afterview.pipeline.store import Store
from afterview.runtime.sync import AccountPass, PassReport

LONDON = ZoneInfo("Europe/London")


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=LONDON)


@dataclass
class Day:
    """One simulated moment: mail that arrives, things the user does, then a pass."""

    when: datetime
    arrivals: list[Callable[[Demo], EmailMessage]] = field(default_factory=list)
    user: list[Callable[[Demo], str]] = field(default_factory=list)


class Demo:
    def __init__(self, root: Path, out: TextIO) -> None:
        self.root, self.out = root, out
        self.maildir = root / "Maildir"
        self.mailbox = MaildirMailbox(self.maildir, create=True)
        self.config = _demo_config(root)
        self.store = Store(self.config.state.path)
        self.stages: dict[str, str] = {}
        self.sent_ids: dict[str, str] = {}  # draft key prefix -> Message-ID the user sent
        self.drafts_written = 0

    # ---- what the user does --------------------------------------------------------------

    def send_drafts(self, key_part: str, when: datetime) -> str:
        """The user sends every draft whose key contains ``key_part`` from their client."""
        lines = []
        for draft in self.mailbox.find_drafts():
            if key_part not in draft.key:
                continue
            deliver(self.maildir, draft.raw, "Sent", flags="S", when=when)
            self.mailbox.delete_draft(draft.uid)
            self.sent_ids[draft.key] = draft.message_id or ""
            lines.append(f"you send the draft {draft.key.split('/', 1)[1]}")
        return "; ".join(lines) or f"(no draft matching {key_part})"

    def sent_id(self, key_part: str) -> str:
        return next(mid for key, mid in self.sent_ids.items() if key_part in key)

    # ---- one day -------------------------------------------------------------------------

    def play(self, day: Day) -> None:
        print(f"\n{'═' * 78}\n{day.when:%A %d %B %Y, %H:%M}\n{'═' * 78}", file=self.out)
        for act in day.user:
            print(f"  ✎ {act(self)}", file=self.out)
        delivered = []
        for make in day.arrivals:
            msg = make(self)
            deliver(self.maildir, bytes(msg), when=_date_of(msg))
            delivered.append(msg)
        report = AccountPass(
            self.config, self.config.accounts[0], self.mailbox, self.store, now=day.when
        ).run()
        self._tell_arrivals(delivered, report)
        self._tell_stages(report)
        self._tell_drafts(report)

    def _tell_arrivals(self, delivered: list[EmailMessage], report: PassReport) -> None:
        understood = {facts.message_id: facts for _folder, facts in report.new_messages}
        for msg in delivered:
            facts = understood.get(msg["Message-ID"])
            print(
                f"  ✉ {_date_of(msg):%a %H:%M}  {msg['From']}\n      “{msg['Subject']}”",
                file=self.out,
            )
            if facts is None:
                print("      → not about an application: ignored", file=self.out)
                continue
            details = [facts.kind]
            details += [x for x in (facts.company, facts.role) if x]
            if facts.interview:
                details.append(f"interview {facts.interview.start:%a %d %b %H:%M}")
            if facts.decision_by:
                details.append(f"decision by {facts.decision_by:%a %d %b}")
            if facts.back_on:
                details.append(f"back on {facts.back_on:%a %d %b}")
            print(f"      → {' · '.join(details)}", file=self.out)
            print(f"        because: {', '.join(facts.reasons[:4])}", file=self.out)

    def _tell_stages(self, report: PassReport) -> None:
        for app_id, decision in report.decisions.items():
            before = self.stages.get(app_id)
            if before == decision.stage:
                continue
            self.stages[app_id] = decision.stage
            print(f"  ◆ {app_id}: {before or 'new'} → {decision.stage}", file=self.out)
            for sentence in decision.evidence[-2:]:
                print(f"      {sentence}", file=self.out)
            if decision.next_action:
                action = decision.next_action
                print(
                    f"      next: {action.kind} to {action.recipient.email}, due "
                    f"{action.due.astimezone(LONDON):%a %d %b %H:%M}",
                    file=self.out,
                )

    def _tell_drafts(self, report: PassReport) -> None:
        for action, raw in report.written:
            self.drafts_written += 1
            print(
                f"  ✔ draft written to Drafts ({action.step} for {action.recipient.email}):",
                file=self.out,
            )
            print(textwrap.indent(_readable(raw), "      │ ", lambda _line: True), file=self.out)
        for key in report.retracted:
            print(f"  ✘ obsolete draft removed: {key}", file=self.out)


def _readable(raw: bytes) -> str:
    """A draft as a mail client shows it: decoded headers, then the text."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    head = [
        f"{name}: {value}"
        for name, value in msg.items()
        if not name.lower().startswith(("content-", "mime-"))
    ]
    return "\n".join(head) + "\n\n" + msg.get_content().strip()


def _date_of(msg: EmailMessage) -> datetime:
    return msg["Date"].datetime


def _demo_config(root: Path) -> Config:
    me = Me(name=mail.ME[0], email=mail.ME[1], language="auto")
    server = ServerSettings(host="localhost", port=143, security="none", username=me.email)
    return Config(
        me=me,
        timezone=LONDON,
        accounts=(Account(name="demo", imap=server),),
        followup=Followup(),
        digest=Digest(),
        state=State(path=root / "state.db"),
        templates=Templates(),
        path=root / "config.yaml",
    )


def timeline() -> list[Day]:
    return [
        Day(at(16, 17, 30), arrivals=[
            lambda d: mail.northwind_confirmation(at(16, 9, 12)),
            lambda d: mail.job_alert(at(16, 10, 40)),
        ]),
        Day(at(17, 17, 30), arrivals=[
            lambda d: mail.bramblewood_invitation(at(17, 11, 5)),
            lambda d: mail.cinderpath_received(at(17, 15, 30)),
        ]),
        Day(at(18, 17, 30)),
        Day(at(19, 12, 30), user=[lambda d: d.send_drafts("northwind", at(19, 9, 0))]),
        Day(at(20, 17, 30), user=[lambda d: d.send_drafts("bramblewood", at(20, 8, 30))],
            arrivals=[
                lambda d: mail.neil_out_of_office(at(20, 8, 31), d.sent_id("neil.forsyth")),
                lambda d: mail.northwind_timeline(at(20, 10, 15), d.sent_id("northwind")),
                lambda d: mail.cinderpath_rejection(at(20, 14, 2)),
            ]),
        Day(at(26, 9, 30)),
        Day(at(3, 9, 30, month=12), arrivals=[
            lambda d: mail.northwind_offer(at(2, 15, 0, month=12), d.sent_id("northwind")),
        ]),
    ]  # fmt: skip


def run_demo(*, keep: bool = True, directory: Path | None = None, out: TextIO | None = None) -> int:
    import sys

    out = out or sys.stdout
    root = Path(directory) if directory else Path(tempfile.mkdtemp(prefix="afterview-demo-"))
    root.mkdir(parents=True, exist_ok=True)
    print(
        "Afterview demo: a two-week job search, played out on a local mailbox.\n"
        f"Mailbox: {root / 'Maildir'} (nothing here touches the network)",
        file=out,
    )
    demo = Demo(root, out)
    try:
        for day in timeline():
            demo.play(day)
    finally:
        demo.store.close()
    print(
        f"\n{'═' * 78}\nDone: {demo.drafts_written} drafts written.\n"
        f"Open the mailbox in a mail client:  neomutt -f {root / 'Maildir'}\n"
        f"  (Drafts: {root / 'Maildir' / '.Drafts'}, Sent: {root / 'Maildir' / '.Sent'})\n"
        "Set up your own account:  afterview init   (then afterview doctor, and see README)",
        file=out,
    )
    return 0
