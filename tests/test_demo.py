"""The demo, as a newcomer runs it: it must work offline and its drafts must really exist."""

from __future__ import annotations

import email
import email.policy
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path


def keys_in(folder: Path) -> set[str]:
    found = set()
    for path in [*folder.glob("cur/*"), *folder.glob("new/*")]:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if message["X-Afterview-Key"]:
            found.add(str(message["X-Afterview-Key"]))
    return found


REPO = Path(__file__).resolve().parent.parent


def check_story(out: str, maildir: Path) -> None:
    """Every draft the story reports is in the mailbox, exactly once, where it should be."""
    assert f"neomutt -f {maildir}" in out

    reported = re.findall(r"draft written to Drafts \((\S+) for (\S+)\)", out)
    removed = set(re.findall(r"obsolete draft removed: (\S+)", out))
    assert len(reported) >= 6
    drafts, sent = keys_in(maildir / ".Drafts"), keys_in(maildir / ".Sent")
    for step, address in reported:
        matching = {k for k in drafts | sent | removed if k.endswith(f"/{step}/{address}")}
        assert len(matching) == 1, (step, address)
    assert not drafts & removed
    assert not drafts & sent

    # A thank-you per interviewer, the job alert ignored, the offer ends the sequence.
    assert any(s == "thank_you" and a.startswith("neil.forsyth@") for s, a in reported)
    assert any(s == "thank_you" and a.startswith("ruth.calder@") for s, a in reported)
    assert "not about an application: ignored" in out
    assert "→ offer" in out


def test_demo_drafts_exist_in_the_demo_mailbox(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "afterview", "demo", "--dir", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    check_story(result.stdout, tmp_path / "demo" / "Maildir")


def test_make_demo_from_a_fresh_clone(tmp_path):
    """What a newcomer does first: clone, `make demo` (it builds its own .venv)."""
    clone = tmp_path / "afterview"
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True, timeout=60)
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    result = subprocess.run(
        ["make", "demo"], cwd=clone, capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    mailbox = re.search(r"^Mailbox: (\S+)", result.stdout, re.MULTILINE)
    assert mailbox, result.stdout[:500]
    maildir = Path(mailbox.group(1))
    try:
        check_story(result.stdout, maildir)
    finally:
        shutil.rmtree(maildir.parent, ignore_errors=True)
