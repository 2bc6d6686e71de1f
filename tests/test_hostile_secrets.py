"""Secrets stay secret: across real runs against Dovecot, the password, the OAuth2 token and
what ``password_command`` prints appear in no log line (at DEBUG, the IMAP protocol trace
included), no error, no ``doctor``/``status``/``check-config`` output and no byte of the
state database. Files holding state are private; files holding secrets that are not get a
warning.

Every command runs as a real ``afterview`` process, so what is checked is everything it
writes to stdout and stderr, exactly as a terminal or the journal would receive it.
"""

from __future__ import annotations

import base64
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import mailfactory as mf
from dovecot import DovecotServer, DovecotUser
from userconfig import write_config

pytestmark = pytest.mark.dovecot

INVITED = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
AFTER_INTERVIEW = "2026-11-24T17:05:00+00:00"


@pytest.fixture(scope="module")
def refusing_server() -> Iterator[DovecotServer]:
    """A server of its own for failed logins: Dovecot delays the next logins from an
    address that failed (seconds, growing), which must not slow the shared servers."""
    server = DovecotServer().start()
    yield server
    server.destroy()


def afterview(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "afterview", "--log-level", "debug", "--config", str(config),
         *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def forms(secret: str, user: str) -> list[bytes]:
    """The secret as it could leak: itself, and inside the SASL strings sent to log in."""
    sasl = [
        f"user={user}\x01auth=Bearer {secret}\x01\x01",  # XOAUTH2
        f"\x00{user}\x00{secret}",  # PLAIN
    ]
    return [secret.encode()] + [base64.b64encode(s.encode()) for s in sasl]


def configure(tmp_path: Path, user: DovecotUser, source: str) -> Path:
    """A config whose credential comes from ``source``, the secret in an innocent file."""
    config = write_config(tmp_path, user)
    if source == "password_file":
        return config
    hidden = tmp_path / "vault-entry"
    hidden.write_text(user.password + "\n")
    hidden.chmod(0o600)
    text = config.read_text()
    line = next(line for line in text.splitlines() if "password_file:" in line)
    indent = line[: len(line) - len(line.lstrip())]
    config.write_text(text.replace(line, f"{indent}{source}: cat {hidden}"))
    (tmp_path / "imap-password").unlink()
    return config


def state_bytes(tmp_path: Path) -> bytes:
    state = tmp_path / "state"
    return b"".join(p.read_bytes() for p in sorted(state.iterdir()) if p.is_file())


@pytest.mark.parametrize("source", ["password_file", "password_command", "oauth2_token_command"])
def test_no_secret_in_output_logs_errors_or_state(
    source: str, tmp_path: Path, dovecot_user: DovecotUser
) -> None:
    config = configure(tmp_path, dovecot_user, source)
    dovecot_user.deliver(bytes(mf.invitation(INVITED, "20261124T150000Z", "20261124T160000Z")))
    results = [
        afterview(config, "run", "--once", "--now", "2026-11-20T11:00:00+00:00"),
        afterview(config, "run", "--once", "--now", AFTER_INTERVIEW),
        afterview(config, "doctor"),
    ]
    if source == "password_file":  # what these print does not depend on the source
        results += [
            afterview(config, "status", "--why", "--now", AFTER_INTERVIEW),
            afterview(config, "check-config"),
        ]
    for result in results:
        assert result.returncode == 0, result.stderr[-2000:]
    assert "wrote draft" in results[1].stderr  # real work was done, at DEBUG
    # The IMAP conversation (LOGIN line, users' mail) is never logged, even at DEBUG.
    assert " LOGIN " not in results[0].stderr and "AUTHENTICATE" not in results[0].stderr
    method = "XOAUTH2" if source == "oauth2_token_command" else "PLAIN"
    logins = dovecot_user.server.log(100_000)
    assert f"user=<{dovecot_user.name}>, method={method}" in logins
    said = "".join(r.stdout + r.stderr for r in results).encode()
    stored = state_bytes(tmp_path)
    for form in forms(dovecot_user.password, dovecot_user.name):
        assert form not in said, form
        assert form not in stored, form


@pytest.mark.parametrize("source", ["oauth2_token_command", "password_command"])
def test_a_rejected_or_failing_secret_is_never_shown(
    source: str, tmp_path: Path, refusing_server: DovecotServer
) -> None:
    user = refusing_server.add_user()
    config = configure(tmp_path, user, source)
    hidden = tmp_path / "vault-entry"
    wrong = "Wr0ng-Secret-7f3a9c"
    hidden.write_text(wrong + "\n")
    refused = []
    if source == "oauth2_token_command":  # one refused login (each one slows the next)
        refused.append(afterview(config, "run", "--once"))
        assert refused[0].returncode == 1
        assert f"check the token from {source}" in refused[0].stderr

    # a command that prints the secret and then fails: its output is never echoed
    text = config.read_text().replace(f"cat {hidden}", f"cat {hidden}; cat {hidden} >&2; exit 3")
    config.write_text(text)
    failing = [afterview(config, "run", "--once"), afterview(config, "doctor")]
    assert [r.returncode for r in failing] == [1, 1]
    assert "exit status 3" in failing[0].stderr
    said = "".join(r.stdout + r.stderr for r in refused + failing).encode()
    for form in forms(wrong, user.name):
        assert form not in said, form
    assert "Traceback" not in said.decode()


def test_state_is_private_end_to_end(tmp_path: Path, dovecot_user: DovecotUser) -> None:
    config = write_config(tmp_path, dovecot_user)
    dovecot_user.deliver(bytes(mf.invitation(INVITED, "20261124T150000Z", "20261124T160000Z")))
    assert afterview(config, "run", "--once", "--now", AFTER_INTERVIEW).returncode == 0
    state = tmp_path / "state"
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    files = [p for p in state.iterdir() if p.name.startswith("state.db")]
    assert tmp_path / "state" / "state.db" in files
    for path in files:  # the database and any -wal/-shm SQLite keeps beside it
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_files_holding_secrets_that_others_can_read_get_a_warning(
    tmp_path: Path, dovecot_user: DovecotUser
) -> None:
    config = write_config(tmp_path, dovecot_user)
    quiet = afterview(config, "check-config")
    assert quiet.returncode == 0 and "group/others" not in quiet.stderr
    config.chmod(0o644)
    (tmp_path / "imap-password").chmod(0o644)
    loud = afterview(config, "check-config")
    assert loud.returncode == 0
    warnings = [line for line in loud.stderr.splitlines() if "group/others" in line]
    assert any(f"{config}: the file is readable by group/others" in w for w in warnings)
    assert any("password_file" in w or "imap-password" in w for w in warnings), warnings
    assert dovecot_user.password not in loud.stdout + loud.stderr
