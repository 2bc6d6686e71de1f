"""The state database file: created private, opened, its schema brought forward, errors explained.

Everything that concerns the SQLite file rather than what is in it lives here, apart from
the queries in :mod:`afterview.pipeline.store`: the tables and their numbered forward
migrations (SQLite's ``user_version``), the 0700/0600 modes that keep names and addresses
from the user's mail private, and the one-line reasons a user gets when the file cannot be
used (locked, full disk, damaged, written by a newer Afterview).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from afterview.errors import AfterviewError

log = logging.getLogger("afterview.store")

# The drafts table's CHECK below allows exactly these.
DRAFT_STATES = ("pending", "written", "sent", "dismissed", "retracted")

MIGRATIONS: Sequence[str] = (
    # 1: the first schema
    """
    CREATE TABLE folder_marks (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL,
        highestmodseq INTEGER,
        PRIMARY KEY (account, folder)
    );
    CREATE TABLE applications (
        id TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        company TEXT,
        role TEXT,
        closed_reason TEXT,
        closed_at TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE messages (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid INTEGER NOT NULL,
        message_id TEXT,
        date TEXT,
        kind TEXT NOT NULL,
        facts TEXT NOT NULL,
        application_id TEXT REFERENCES applications(id) ON DELETE SET NULL,
        PRIMARY KEY (account, folder, uidvalidity, uid)
    );
    CREATE INDEX messages_by_message_id ON messages(account, message_id);
    CREATE INDEX messages_by_application ON messages(application_id);
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE drafts (
        key TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        application_id TEXT REFERENCES applications(id) ON DELETE SET NULL,
        state TEXT NOT NULL CHECK (state IN ('pending','written','sent','dismissed','retracted')),
        message_id TEXT NOT NULL,
        uid INTEGER,
        content_sha256 TEXT NOT NULL,
        due TEXT,
        updated_at TEXT NOT NULL
    );
    """,
    # 2: only messages about a job are kept; what else was read is covered by the folder
    # marks (reading is header-first now, and unrelated mail is never stored)
    """
    DELETE FROM messages WHERE kind = 'unrelated';
    """,
    # 3: send-later (each approved draft's send, recorded before it happens) and the digest
    """
    CREATE TABLE sends (
        key TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        message_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('sending','accepted','done','failed')),
        reason TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE digests (
        account TEXT PRIMARY KEY,
        last_date TEXT NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(AfterviewError):
    """The state database cannot be used (locked, full disk, unreadable, too new)."""


def _create_private(path: Path) -> None:
    """Create the directory 0700 and the file 0600 before SQLite opens it.

    The file is ours, so a looser mode is tightened; the directory may be the user's
    choice (a shared folder), so a looser one is only reported.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    elif path.stat().st_mode & 0o077:
        path.chmod(0o600)
    if path.parent.stat().st_mode & 0o077:
        log.warning(
            "%s can be read by other users; chmod 700 it: the state holds names "
            "and addresses from your mail",
            path.parent,
        )


def explain(err: sqlite3.Error, path: Path) -> StoreError:
    """SQLite's error as a user's one-line reason, with what to do about it."""
    text = str(err)
    if "locked" in text or "busy" in text:
        hint = "another Afterview process holds it; stop it or wait"
    elif "full" in text:
        hint = "the disk is full; free space and run again (nothing was lost)"
    elif "not a database" in text or "malformed" in text:
        hint = "the file is damaged; move it aside and Afterview rebuilds it from the mailbox"
    else:
        hint = text
    return StoreError(f"state database {path}: {hint}")


def open_database(path: Path, *, timeout: float) -> sqlite3.Connection:
    """Open (creating it private) the database at ``path``, migrated to :data:`SCHEMA_VERSION`.

    Autocommit mode: :class:`~afterview.pipeline.store.Store` opens its own transactions.
    """
    try:
        if str(path) != ":memory:":
            _create_private(path)
        db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        _migrate(db, path)
    except sqlite3.Error as err:
        raise explain(err, path) from None
    return db


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"state database {path} was written by a newer Afterview "
            f"(schema {version} > {SCHEMA_VERSION}); upgrade Afterview"
        )
    for number in range(version, SCHEMA_VERSION):
        db.executescript(
            f"BEGIN; {MIGRATIONS[number]}; PRAGMA user_version = {number + 1}; COMMIT;"
        )
