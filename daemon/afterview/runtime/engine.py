"""The commands that work on the state: ``run``, ``status``, ``note``, ``close``, ``calendar``.

Each opens the store and the accounts it needs, calls the pass or the pure policy, and
prints. Every one takes ``now`` from its caller (the CLI's ``--now`` or the clock), never
from deep inside.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from afterview.config import Config
from afterview.errors import AfterviewError, UsageError
from afterview.pipeline.model import Application, Decision
from afterview.pipeline.policy import decide
from afterview.pipeline.rebuild import applications_from_store
from afterview.pipeline.store import Store

if TYPE_CHECKING:
    from afterview.runtime.sync import PassReport

log = logging.getLogger("afterview.engine")


def open_store(config: Config) -> Store:
    return Store(config.state.path)


def me_addresses(config: Config) -> frozenset[str]:
    addresses = {config.me.email.lower()}
    addresses |= {a.imap.username.lower() for a in config.accounts if "@" in a.imap.username}
    return frozenset(addresses)


# ---- run ----------------------------------------------------------------------------------


def run_once(
    config: Config, store: Store, *, now: datetime, dry_run: bool = False
) -> tuple[list[PassReport], list[str]]:
    """One pass over every account; one failing account never stops another."""
    # Imported here, not at the top: the pass loads the classifier and the IMAP client,
    # which the reporting commands in this module (status, note, close, calendar) do not need.
    from afterview.runtime.accounts import open_mailbox
    from afterview.runtime.sync import AccountPass

    reports, failures = [], []
    for account in config.accounts:
        mailbox = open_mailbox(account)
        try:
            if dry_run:
                with store.rolled_back():
                    reports.append(
                        AccountPass(config, account, mailbox, store, now=now, dry_run=True).run()
                    )
            else:
                reports.append(AccountPass(config, account, mailbox, store, now=now).run())
        except AfterviewError as err:  # the caller reports it: one line, once
            failures.append(f"account {account.name}: {err}")
        finally:
            mailbox.close()
    return reports, failures


def run_command(config: Config, *, once: bool, dry_run: bool, now: datetime | None) -> int:
    if not once and not dry_run:
        from afterview.runtime.daemon import run_daemon

        return run_daemon(config)
    with open_store(config) as store:
        reports, failures = run_once(config, store, now=now or datetime.now(UTC), dry_run=dry_run)
    for report in reports:
        print_report(report, dry_run=dry_run, out=sys.stdout)
    for failure in failures:
        print(f"afterview: {failure}", file=sys.stderr)
    return 1 if failures else 0


def print_report(report: PassReport, *, dry_run: bool, out: TextIO) -> None:
    verb = "would write" if dry_run else "wrote"
    print(
        f"{report.account}: {len(report.new_messages)} new relevant message(s), "
        f"{verb} {len(report.written)} draft(s)",
        file=out,
    )
    for action, _raw in report.written:
        print(
            f"  {verb} {action.step} to {action.recipient.email} "
            f"(due {action.due.isoformat()}): {action.key}",
            file=out,
        )
    for key in report.retracted:
        print(f"  {'would remove' if dry_run else 'removed'} obsolete draft {key}", file=out)
    for key in report.kept_edited:
        print(f"  kept edited draft {key} although it is obsolete", file=out)


# ---- status -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    account: str
    app: Application
    decision: Decision


def decided_rows(config: Config, store: Store, now: datetime) -> list[Row]:
    rows = []
    me = me_addresses(config)
    for account in config.accounts:
        for app in applications_from_store(store, account.name, me).applications:
            rows.append(Row(account.name, app, decide(app, now, config.followup, config.timezone)))
    return rows


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def row_json(row: Row) -> dict:
    decision, app = row.decision, row.app
    action = decision.next_action
    interviews = [
        {
            "start": _iso(interview.start),
            "end": _iso(interview.effective_end),
            "interviewers": [{"name": p.name, "email": p.email} for p in interview.interviewers],
        }
        for interview in decision.interviews
    ]
    return {
        "id": app.id,
        "company": app.company,
        "role": app.role,
        "stage": decision.stage,
        "next_action": {"kind": action.kind, "due": _iso(action.due)}
        if action
        else {"kind": "none", "due": None},
        "interviews": interviews,
        "last_employer_contact": _iso(decision.last_employer_contact),
        "status_checks_sent": decision.status_checks_sent,
        "account": row.account,
        "planned": [
            {"kind": a.kind, "step": a.step, "due": _iso(a.due), "to": a.recipient.email}
            for a in decision.actions
        ],
        "evidence": list(decision.evidence),
    }


def status_command(config: Config, *, now: datetime, as_json: bool, why: bool) -> int:
    with open_store(config) as store:
        rows = decided_rows(config, store, now)
    if as_json:
        print(
            json.dumps(
                {"now": now.isoformat(), "applications": [row_json(r) for r in rows]},
                ensure_ascii=False,
            )
        )
        return 0
    if not rows:
        print(
            "no applications yet: Afterview has not seen interview mail "
            "(run `afterview run --once` first)"
        )
        return 0
    print_status_table(rows, config, out=sys.stdout, why=why)
    return 0


def print_status_table(rows: list[Row], config: Config, *, out: TextIO, why: bool) -> None:
    def local(value: datetime | None) -> str:
        return value.astimezone(config.timezone).strftime("%a %d %b %H:%M") if value else "-"

    table = [("APPLICATION", "STAGE", "NEXT", "WHEN", "LAST CONTACT")]
    for row in rows:
        action = row.decision.next_action
        name = row.app.company or row.app.id
        if row.app.role:
            name += f" · {row.app.role}"
        table.append(
            (
                name[:44],
                row.decision.stage,
                action.kind if action else "none",
                local(action.due) if action else "-",
                local(row.decision.last_employer_contact),
            )
        )
    widths = [max(len(r[i]) for r in table) for i in range(5)]
    for index, line in enumerate(table):
        print(
            "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip(),
            file=out,
        )
        if why and index:
            for sentence in rows[index - 1].decision.evidence:
                print(f"    - {sentence}", file=out)


# ---- note, close --------------------------------------------------------------------------


def resolve_application(store: Store, ref: str) -> str:
    """An application id from an id or a unique prefix of the company name."""
    rows = store.applications()
    ids = [row["id"] for row in rows]
    if ref in ids:
        return ref
    wanted = ref.casefold()
    matches = [
        row["id"]
        for row in rows
        if (row["company"] or "").casefold().startswith(wanted) or row["id"].startswith(wanted)
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        known = ", ".join(ids) or "none yet"
        raise UsageError(f"no application matches {ref!r} (applications: {known})")
    raise UsageError(f"{ref!r} matches several applications: {', '.join(matches)}; use an id")


def note_command(config: Config, ref: str, text: str, *, now: datetime) -> int:
    if not text.strip():
        raise UsageError("the note is empty")
    with open_store(config) as store:
        app_id = resolve_application(store, ref)
        store.add_note(app_id, text.strip(), now)
    print(f"noted for {app_id}: {text.strip()}")
    return 0


def close_command(config: Config, ref: str, reason: str, *, now: datetime) -> int:
    with open_store(config) as store:
        app_id = resolve_application(store, ref)
        store.close_application(app_id, reason, now)
    print(f"closed {app_id} ({reason}): no more follow-ups")
    return 0


def calendar_command(config: Config, output: Path, *, now: datetime) -> int:
    from afterview.runtime.reminders import write_calendar

    with open_store(config) as store:
        rows = decided_rows(config, store, now)
    count = write_calendar(rows, output, now=now)
    print(f"wrote {count} event(s) to {output}")
    return 0
