"""Migration 2: a store written before header-first reading keeps only job mail."""

from __future__ import annotations

import json
import sqlite3

from afterview.pipeline.store import Store
from afterview.pipeline.storefile import MIGRATIONS, SCHEMA_VERSION


def test_unrelated_rows_of_an_older_store_are_dropped_and_the_rest_kept(tmp_path):
    path = tmp_path / "state.db"
    old = sqlite3.connect(path)
    old.executescript(f"BEGIN; {MIGRATIONS[0]}; PRAGMA user_version = 1; COMMIT;")
    rows = [
        (1, "<news@x>", "unrelated"),
        (2, "<offer@acme>", "offer"),
        (3, "<me@x>", "user_message"),
    ]
    for uid, message_id, kind in rows:
        old.execute(
            "INSERT INTO messages VALUES ('main', 'INBOX', 7, ?, ?, NULL, ?, ?, NULL)",
            (uid, message_id, kind, json.dumps({"kind": kind})),
        )
    old.execute("INSERT INTO folder_marks VALUES ('main', 'INBOX', 7, 3, NULL)")
    old.commit()
    old.close()

    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION >= 2
        assert [m.message_id for m in store.messages("main")] == ["<offer@acme>", "<me@x>"]
        assert store.mark("main", "INBOX").last_uid == 3  # what was read stays read
