"""The state store: schema, privacy of the file, marks, messages, drafts, failures."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime

import pytest

from afterview.mail.base import FolderMark
from afterview.pipeline.store import DraftRecord, SeenMessage, Store
from afterview.pipeline.storefile import SCHEMA_VERSION, StoreError

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "state" / "state.db") as opened:
        yield opened


def test_new_database_is_private_and_current(tmp_path):
    path = tmp_path / "deep" / "state.db"
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_does_not_migrate_twice(tmp_path):
    path = tmp_path / "state.db"
    with Store(path) as store:
        store.set_mark("main", "INBOX", FolderMark(7, 42))
    with Store(path) as store:
        assert store.mark("main", "INBOX") == FolderMark(7, 42)


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "state.db"
    Store(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer Afterview"):
        Store(path)


def test_marks_are_per_account_and_folder(store):
    assert store.mark("main", "INBOX") is None
    store.set_mark("main", "INBOX", FolderMark(1, 10))
    store.set_mark("main", "Sent", FolderMark(2, 3, highestmodseq=99))
    store.set_mark("main", "INBOX", FolderMark(1, 11))
    assert store.mark("main", "INBOX") == FolderMark(1, 11)
    assert store.mark("main", "Sent") == FolderMark(2, 3, 99)
    assert store.mark("other", "INBOX") is None


def test_messages_round_trip_with_facts(store):
    store.upsert_application("acme-backend", "main", "Acme", "Backend", NOW)
    seen = SeenMessage(
        "main", "INBOX", 1, 5, "<a@x>", NOW, "rejection", {"company": "Acme"}, "acme-backend"
    )
    store.add_message(seen)
    assert store.has_message("main", "<a@x>")
    assert not store.has_message("main", "<b@x>")
    assert store.messages(application_id="acme-backend") == [seen]


def test_transaction_rolls_back_everything(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.set_mark("main", "INBOX", FolderMark(1, 99))
        raise RuntimeError("crash between two steps")
    assert store.mark("main", "INBOX") is None


def test_drafts_keep_their_latest_state(store):
    record = DraftRecord(
        "app/thank_you/jane@acme.example", "main", None, "pending", "<m@x>", None, "abc", NOW
    )
    store.record_draft(record, NOW)
    store.record_draft(
        DraftRecord(record.key, "main", None, "written", "<m@x>", 12, "abc", NOW), NOW
    )
    found = store.draft(record.key)
    assert found is not None
    assert (found.state, found.uid) == ("written", 12)
    with pytest.raises(ValueError):
        store.record_draft(DraftRecord("k", "main", None, "lost", "<m@x>", None, "abc", None), NOW)


def test_notes_and_closing(store):
    store.upsert_application("acme-backend", "main", "Acme", None, NOW)
    store.add_note("acme-backend", "the migration to Postgres", NOW)
    store.close_application("acme-backend", "withdrawn", NOW)
    assert store.notes("acme-backend") == ["the migration to Postgres"]
    assert store.applications()[0]["closed_reason"] == "withdrawn"


def test_a_locked_database_is_a_clear_error(tmp_path):
    path = tmp_path / "state.db"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = Store(path, timeout=0.1)
        with pytest.raises(StoreError, match="another Afterview process"), store.transaction():
            pass
    finally:
        holder.execute("ROLLBACK")


def test_garbage_file_is_a_clear_error(tmp_path):
    path = tmp_path / "state.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="damaged"):
        Store(path)


def test_dry_run_scope_undoes_everything_nested_inside(store):
    store.set_mark("main", "INBOX", FolderMark(1, 1))
    with store.rolled_back():
        store.set_mark("main", "INBOX", FolderMark(1, 50))
        with store.transaction():
            store.set_mark("main", "Sent", FolderMark(3, 3))
        assert store.mark("main", "Sent") == FolderMark(3, 3)
    assert store.mark("main", "INBOX") == FolderMark(1, 1)
    assert store.mark("main", "Sent") is None


def test_a_loose_database_file_is_tightened_and_a_loose_directory_reported(tmp_path, caplog):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    path = shared / "state.db"
    Store(path).close()
    path.chmod(0o644)
    with Store(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert any("chmod 700" in r.getMessage() for r in caplog.records)


def test_a_full_disk_is_a_clear_error_and_loses_nothing(tmp_path):
    path = tmp_path / "state.db"
    with Store(path) as store:
        store.set_mark("main", "INBOX", FolderMark(1, 10))
        store.upsert_application("acme", "main", "Acme", None, NOW)
        # SQLite answers exactly as on a full disk once the file may not grow any more.
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match="disk is full"), store.transaction():
            for n in range(2000):
                store.add_note("acme", "x" * 500 + str(n), NOW)
    with Store(path) as store:
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.mark("main", "INBOX") == FolderMark(1, 10)
        assert store.notes("acme") == []
