"""The state store: what Afterview has seen and done, in one SQLite file.

The mailbox stays the source of truth (DESIGN.md, principle 1): a fresh store rebuilt from
the mailbox reaches the same conclusions. The store exists so a pass costs only what is new
(UID marks), so decisions survive restarts, and so every draft is written exactly once
(the ``drafts`` table records intent before the APPEND and the outcome after it).

Here are the rows and the queries; the file itself (its private modes, schema, migrations
and the reasons it cannot be used) is :mod:`afterview.pipeline.storefile`'s.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from afterview.mail.base import FolderMark
from afterview.pipeline.storefile import DRAFT_STATES, explain, open_database


@dataclass(frozen=True)
class SeenMessage:
    """A message already read, with the facts understood from it (a JSON-able dict)."""

    account: str
    folder: str
    uidvalidity: int
    uid: int
    message_id: str | None
    date: datetime | None
    kind: str
    facts: dict[str, Any]
    application_id: str | None


@dataclass(frozen=True)
class DraftRecord:
    key: str
    account: str
    application_id: str | None
    state: str
    message_id: str
    uid: int | None
    content_sha256: str
    due: datetime | None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Store:
    """One SQLite database; use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path | str, *, timeout: float = 5.0) -> None:
        self.path = Path(path).expanduser()
        self._depth = 0
        self._db = open_database(self.path, timeout=timeout)

    # ---- lifecycle ----------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: a crash inside leaves the database as it was before.

        Transactions nest (SQLite savepoints), so a dry run can wrap a whole pass in one
        and roll it back at the end.
        """
        self._depth += 1
        outermost = self._depth == 1
        name = f"sp{self._depth}"
        begin, commit = (
            ("BEGIN IMMEDIATE", "COMMIT") if outermost else (f"SAVEPOINT {name}", f"RELEASE {name}")
        )
        undo = ["ROLLBACK"] if outermost else [f"ROLLBACK TO {name}", f"RELEASE {name}"]
        try:
            self._db.execute(begin)
            try:
                yield
            except BaseException:
                # SQLite has already rolled back by itself after some errors (a full disk):
                # undoing again would hide the real error behind "no transaction is active".
                if self._db.in_transaction:
                    for statement in undo:
                        self._db.execute(statement)
                raise
            self._db.execute(commit)
        except sqlite3.Error as err:
            raise explain(err, self.path) from None
        finally:
            self._depth -= 1

    @contextmanager
    def rolled_back(self) -> Iterator[None]:
        """Everything written inside is undone at the end: ``run --dry-run``."""

        class _Undo(Exception):
            pass

        try:
            with self.transaction():
                yield
                raise _Undo
        except _Undo:
            pass

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as err:
            raise explain(err, self.path) from None

    @property
    def schema_version(self) -> int:
        return int(self._execute("PRAGMA user_version").fetchone()[0])

    # ---- folder marks ---------------------------------------------------------------------

    def mark(self, account: str, folder: str) -> FolderMark | None:
        row = self._execute(
            "SELECT uidvalidity, last_uid, highestmodseq FROM folder_marks"
            " WHERE account = ? AND folder = ?",
            (account, folder),
        ).fetchone()
        return FolderMark(row[0], row[1], row[2]) if row else None

    def set_mark(self, account: str, folder: str, mark: FolderMark) -> None:
        self._execute(
            "INSERT INTO folder_marks VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder)"
            " DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid,"
            " highestmodseq = excluded.highestmodseq",
            (account, folder, mark.uidvalidity, mark.last_uid, mark.highestmodseq),
        )

    # ---- messages -------------------------------------------------------------------------

    def has_message(self, account: str, message_id: str) -> bool:
        row = self._execute(
            "SELECT 1 FROM messages WHERE account = ? AND message_id = ? LIMIT 1",
            (account, message_id),
        ).fetchone()
        return row is not None

    def add_message(self, seen: SeenMessage) -> None:
        self._execute(
            "INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seen.account,
                seen.folder,
                seen.uidvalidity,
                seen.uid,
                seen.message_id,
                _iso(seen.date),
                seen.kind,
                json.dumps(seen.facts, sort_keys=True),
                seen.application_id,
            ),
        )

    def messages(
        self, account: str | None = None, application_id: str | None = None
    ) -> list[SeenMessage]:
        clauses, params = [], []
        if account is not None:
            clauses.append("account = ?")
            params.append(account)
        if application_id is not None:
            clauses.append("application_id = ?")
            params.append(application_id)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._execute(
            f"SELECT * FROM messages{where} ORDER BY date, folder, uid", params
        ).fetchall()
        return [
            SeenMessage(
                row["account"],
                row["folder"],
                row["uidvalidity"],
                row["uid"],
                row["message_id"],
                _from_iso(row["date"]),
                row["kind"],
                json.loads(row["facts"]),
                row["application_id"],
            )
            for row in rows
        ]

    def job_facts(self, account: str) -> list[dict]:
        """The stored facts of ``account``'s messages about a job, in :meth:`messages`' order.

        Every pass rebuilds the applications from these alone: the query skips the rest of
        each row, which would cost more to decode than the facts themselves.
        """
        rows = self._execute(
            "SELECT facts FROM messages WHERE account = ? AND kind != 'unrelated'"
            " ORDER BY date, folder, uid",
            (account,),
        ).fetchall()
        return [json.loads(row[0]) for row in rows]

    # ---- applications and notes -------------------------------------------------------------

    def upsert_application(
        self, app_id: str, account: str, company: str | None, role: str | None, created_at: datetime
    ) -> None:
        self._execute(
            "INSERT INTO applications (id, account, company, role, created_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " company = COALESCE(applications.company, excluded.company),"
            " role = COALESCE(applications.role, excluded.role)",
            (app_id, account, company, role, created_at.isoformat()),
        )

    def applications(self) -> list[sqlite3.Row]:
        return self._execute("SELECT * FROM applications ORDER BY created_at, id").fetchall()

    def close_application(self, app_id: str, reason: str, at: datetime) -> None:
        self._execute(
            "UPDATE applications SET closed_reason = ?, closed_at = ? WHERE id = ?",
            (reason, at.isoformat(), app_id),
        )

    def add_note(self, app_id: str, text: str, at: datetime) -> None:
        self._execute(
            "INSERT INTO notes (application_id, text, created_at) VALUES (?, ?, ?)",
            (app_id, text, at.isoformat()),
        )

    def notes(self, app_id: str) -> list[str]:
        rows = self._execute(
            "SELECT text FROM notes WHERE application_id = ? ORDER BY id", (app_id,)
        ).fetchall()
        return [row[0] for row in rows]

    # ---- drafts ---------------------------------------------------------------------------

    def draft(self, key: str) -> DraftRecord | None:
        row = self._execute("SELECT * FROM drafts WHERE key = ?", (key,)).fetchone()
        return _draft_from_row(row) if row else None

    def drafts(self, application_id: str | None = None) -> list[DraftRecord]:
        if application_id is None:
            rows = self._execute("SELECT * FROM drafts ORDER BY key").fetchall()
        else:
            rows = self._execute(
                "SELECT * FROM drafts WHERE application_id = ? ORDER BY key", (application_id,)
            ).fetchall()
        return [_draft_from_row(row) for row in rows]

    def record_draft(self, record: DraftRecord, at: datetime) -> None:
        if record.state not in DRAFT_STATES:
            raise ValueError(f"unknown draft state {record.state!r}")
        self._execute(
            "INSERT INTO drafts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " state = excluded.state, message_id = excluded.message_id, uid = excluded.uid,"
            " content_sha256 = excluded.content_sha256, due = excluded.due,"
            " updated_at = excluded.updated_at",
            (
                record.key,
                record.account,
                record.application_id,
                record.state,
                record.message_id,
                record.uid,
                record.content_sha256,
                _iso(record.due),
                at.isoformat(),
            ),
        )

    # ---- send-later and digest (see runtime/sendlater.py, runtime/digest.py) ---------------

    def send(self, key: str) -> SendRecord | None:
        row = self._execute("SELECT * FROM sends WHERE key = ?", (key,)).fetchone()
        return _send_from_row(row) if row else None

    def sends(self, account: str) -> list[SendRecord]:
        rows = self._execute(
            "SELECT * FROM sends WHERE account = ? ORDER BY updated_at, key", (account,)
        ).fetchall()
        return [_send_from_row(row) for row in rows]

    def record_send(self, record: SendRecord) -> None:
        self._execute(
            "INSERT INTO sends VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " message_id = excluded.message_id, state = excluded.state,"
            " reason = excluded.reason, updated_at = excluded.updated_at",
            (
                record.key,
                record.account,
                record.message_id,
                record.state,
                record.reason,
                record.updated_at.isoformat(),
            ),
        )

    def last_digest(self, account: str) -> date | None:
        row = self._execute(
            "SELECT last_date FROM digests WHERE account = ?", (account,)
        ).fetchone()
        return date.fromisoformat(row[0]) if row else None

    def set_last_digest(self, account: str, day: date) -> None:
        self._execute(
            "INSERT INTO digests VALUES (?, ?) ON CONFLICT (account)"
            " DO UPDATE SET last_date = excluded.last_date",
            (account, day.isoformat()),
        )


@dataclass(frozen=True)
class SendRecord:
    """One approved draft's send: ``sending`` is recorded before the SMTP transaction,
    ``accepted`` right after the server took it, ``done`` once filed and the draft removed,
    ``failed`` (with ``reason``) when the server refused it or it was not sent."""

    key: str
    account: str
    message_id: str
    state: str
    reason: str | None
    updated_at: datetime


def _send_from_row(row: sqlite3.Row) -> SendRecord:
    return SendRecord(
        row["key"],
        row["account"],
        row["message_id"],
        row["state"],
        row["reason"],
        datetime.fromisoformat(row["updated_at"]),
    )


def _draft_from_row(row: sqlite3.Row) -> DraftRecord:
    return DraftRecord(
        row["key"],
        row["account"],
        row["application_id"],
        row["state"],
        row["message_id"],
        row["uid"],
        row["content_sha256"],
        _from_iso(row["due"]),
    )
