"""Transport, end to end: the password never leaves for a server Afterview cannot trust.

tests/test_imap.py checks the mailbox layer (an untrusted certificate, a wrong host name,
STARTTLS missing, plain IMAP off loopback). Here the same doors are tried through the
config file and the real commands, and what matters is checked on the server's side:
Dovecot's log must show no login attempt at all when Afterview refuses, and a TLS login
when it proceeds. A server that offers STARTTLS and then declines it must not get the
password in plain text either.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from dovecot import DovecotPool, DovecotServer, DovecotUser
from userconfig import write_config

pytestmark = pytest.mark.dovecot


@pytest.fixture(scope="module")
def tls_server(dovecot_pool: DovecotPool) -> DovecotServer:
    return dovecot_pool.get(tls="tls")


def configure(
    tmp_path: Path, user: DovecotUser, *, host: str, port: int, security: str, ca: Path | None
) -> Path:
    config = write_config(tmp_path, user)
    text = config.read_text()
    text = text.replace(f"host: {user.server.host}", f"host: {host}", 1)
    text = text.replace(f"port: {user.server.port}", f"port: {port}", 1)
    extra = f"\n      tls_ca_file: {ca}" if ca else ""
    text = text.replace("security: none", f"security: {security}{extra}", 1)
    config.write_text(text)
    return config


def afterview(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "afterview", "--config", str(config), *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def errors(result: subprocess.CompletedProcess[str]) -> list[str]:
    """Afterview's own error lines (log lines of libraries aside)."""
    return [line for line in result.stderr.splitlines() if line.startswith("afterview:")]


def logins(user: DovecotUser) -> list[str]:
    """Dovecot's log lines that name ``user``: any authentication attempt does."""
    return [line for line in user.server.log(100_000).splitlines() if f"<{user.name}>" in line]


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_no_password_reaches_a_server_whose_certificate_does_not_verify(
    security: str, tmp_path: Path, tls_server: DovecotServer
) -> None:
    user = tls_server.add_user()
    port = tls_server.tls_port if security == "tls" else tls_server.port
    ca = tls_server.ca_file

    cases = {
        "untrusted": dict(host="localhost", ca=None, says="did not verify"),
        "wrong-name": dict(host="127.0.0.1", ca=ca, says="mismatch"),
    }
    for name, case in cases.items():
        (tmp_path / name).mkdir()
        config = configure(tmp_path / name, user, host=case["host"], port=port,
                           security=security, ca=case["ca"])  # fmt: skip
        doctor = afterview(config, "doctor")
        assert doctor.returncode == 1 and case["says"] in doctor.stdout, doctor.stdout
        run = afterview(config, "run", "--once")
        assert run.returncode == 1 and case["says"] in run.stderr, run.stderr
        assert len(errors(run)) == 1, run.stderr
        assert logins(user) == [], f"{name}: the server saw a login attempt"

    (tmp_path / "trusted").mkdir()
    config = configure(tmp_path / "trusted", user, host="localhost", port=port,
                       security=security, ca=ca)  # fmt: skip
    doctor = afterview(config, "doctor")
    assert doctor.returncode == 0 and "login: ok" in doctor.stdout, doctor.stdout + doctor.stderr
    (login,) = [line for line in logins(user) if "Login:" in line]
    assert "TLS" in login, login  # the password travelled encrypted


def test_starttls_configured_but_not_offered_is_refused_before_login(
    tmp_path: Path, dovecot_user: DovecotUser
) -> None:
    config = configure(tmp_path, dovecot_user, host="localhost",
                       port=dovecot_user.server.port, security="starttls", ca=None)  # fmt: skip
    run = afterview(config, "run", "--once")
    assert run.returncode == 1
    (said,) = errors(run)
    assert "does not offer STARTTLS" in said
    assert logins(dovecot_user) == []


class DecliningServer:
    """An IMAP server (or a man in the middle) that offers STARTTLS and then declines it,
    recording every line a client sends."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        caps = b"IMAP4rev1 STARTTLS AUTH=PLAIN"
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            with conn, conn.makefile("rwb") as stream:
                stream.write(b"* OK [CAPABILITY " + caps + b"] ready\r\n")
                stream.flush()
                for line in stream:
                    self.received.append(line)
                    tag, _, command = line.strip().partition(b" ")
                    if command.upper().startswith(b"CAPABILITY"):
                        stream.write(b"* CAPABILITY " + caps + b"\r\n" + tag + b" OK done\r\n")
                    elif command.upper().startswith(b"STARTTLS"):
                        stream.write(tag + b" NO [UNAVAILABLE] not today\r\n")
                    elif command.upper().startswith(b"LOGOUT"):
                        stream.write(b"* BYE\r\n" + tag + b" OK bye\r\n")
                    else:
                        stream.write(tag + b" NO go ahead and try\r\n")
                    stream.flush()

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def declining() -> Iterator[DecliningServer]:
    server = DecliningServer()
    yield server
    server.close()


def test_a_declined_starttls_never_falls_back_to_plain_text(
    tmp_path: Path, dovecot_user: DovecotUser, declining: DecliningServer
) -> None:
    config = configure(tmp_path, dovecot_user, host="localhost", port=declining.port,
                       security="starttls", ca=None)  # fmt: skip
    for command in ("doctor", "run"):
        result = afterview(config, command, *(["--once"] if command == "run" else []))
        assert result.returncode == 1, result.stdout + result.stderr
    sent = b"".join(declining.received).upper()
    assert b"STARTTLS" in sent
    assert b"LOGIN" not in sent and b"AUTHENTICATE" not in sent, sent
    assert dovecot_user.password.encode().upper() not in sent
