"""Exactly once: a process killed between any two steps of writing a draft never duplicates it.

The kill is real (``os._exit`` in a child process, no cleanup, no commit), placed by patching
the store from outside the product code: right after a draft is recorded as pending (before
the APPEND), and right after the APPEND (before it is recorded as written).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime

import pytest

import mailfactory as mf
from scenario import Scenario

pytestmark = pytest.mark.dovecot

NOW = "2026-11-24T17:05:00+00:00"

_KILLER = textwrap.dedent(
    """
    import os, sys
    from afterview.pipeline import store
    from afterview.cli import main
    original = store.Store.record_draft
    when = sys.argv[1]
    def record_draft(self, record, at):
        if when == "before-append" and record.state == "pending":
            original(self, record, at)
            os._exit(9)
        if when == "after-append" and record.state == "written":
            os._exit(9)
        return original(self, record, at)
    store.Store.record_draft = record_draft
    sys.exit(main(sys.argv[2:]))
    """
)


@pytest.mark.parametrize("moment", ["before-append", "after-append"])
def test_killed_while_writing_a_draft_then_rerun(tmp_path, dovecot_user, moment):
    world = Scenario(tmp_path, dovecot_user)
    world.deliver(
        mf.invitation(
            datetime(2026, 11, 20, 10, tzinfo=UTC), "20261124T150000Z", "20261124T160000Z"
        )
    )
    killed = subprocess.run(
        [sys.executable, "-c", _KILLER, moment, "--config", str(world.config),
         "run", "--once", "--now", NOW],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert killed.returncode == 9, killed.stderr
    expected_after_kill = 0 if moment == "before-append" else 1
    assert len(world.folder("Drafts")) == expected_after_kill
    world.run(NOW)
    world.run(NOW)
    keys = [str(m["X-Afterview-Key"]) for m, _ in world.folder("Drafts").values()]
    assert sorted(keys) == sorted(
        f"acme-robotics-backend-engineer/thank_you/{p[1]}" for p in (mf.JANE, mf.BOB)
    )
