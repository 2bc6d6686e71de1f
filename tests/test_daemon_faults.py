"""The daemon against a real Dovecot that misbehaves: restarts, kicks, outages, renumbering.

Each test runs ``afterview run`` as a process and judges it only from outside: the drafts
in the mailbox (read with a separate IMAP client), the log it writes, its exit code. The
server here is private to this module, because tests stop and restart it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import daemonkit as dk
from dovecot import _NO_UIDPLUS, DovecotServer, DovecotUser
from scenario import Scenario

pytestmark = pytest.mark.dovecot


class NoIdleServer(DovecotServer):
    """A Dovecot that does not offer IDLE, so clients must poll."""

    def _setup(self) -> None:
        super()._setup()
        capability = _NO_UIDPLUS.replace(" IDLE", "") + " UIDPLUS"
        text = self.conf.read_text()
        self.conf.write_text(
            text.replace("mail_location", f"imap_capability = {capability}\nmail_location", 1)
        )


@pytest.fixture(scope="module")
def server() -> Iterator[DovecotServer]:
    server = DovecotServer().start()
    yield server
    server.destroy()


@pytest.fixture
def user(server: DovecotServer) -> Iterator[DovecotUser]:
    yield server.add_user()
    if not _running(server):  # a test stopped it and failed before starting it again
        server.start()


def _running(server: DovecotServer) -> bool:
    try:
        server.client("u0").logout()
        return True
    except OSError:
        return False


def _world(tmp_path: Path, user: DovecotUser, **account_keys: str) -> Scenario:
    world = Scenario(tmp_path, user, dk.ALWAYS_OPEN)
    dk.with_account_keys(world.config, **account_keys)
    return world


def _draft_recipients(world: Scenario) -> Counter[str]:
    """How many drafts there are per recipient, as another mail client sees Drafts."""
    drafts = world.folder("Drafts").values()
    return Counter(str(m["X-Afterview-Key"]).rsplit("/", 1)[-1] for m, _flags in drafts)


def _wait_for_drafts(world: Scenario, *addresses: str) -> None:
    dk.wait_until(
        lambda: set(addresses) <= set(_draft_recipients(world)),
        f"drafts to {', '.join(addresses)}",
    )


def _deliver(world: Scenario, n: int) -> str:
    message, address = dk.rejection(n)
    world.deliver(message)
    return address


def test_server_restart_during_idle_reconnects_and_catches_up(tmp_path, server, user):
    world = _world(tmp_path, user)
    first = _deliver(world, 0)
    with dk.Daemon(world.config) as daemon:
        _wait_for_drafts(world, first)
        daemon.wait_log(r"IDLE on INBOX")
        sessions = dk.session_pids(user)
        server.stop()
        # The old session outlives Dovecot's master here; kill it the way a crash would:
        # the daemon sees EOF in the middle of IDLE, with no BYE.
        dk.kill_sessions(sessions)
        daemon.wait_log(r"closed during IDLE|lost while")
        daemon.wait_log(r"cannot reach IMAP server")
        server.start()
        second = _deliver(world, 1)
        _wait_for_drafts(world, first, second)
        daemon.wait_log(r"main: working again")
    assert _draft_recipients(world) == Counter({first: 1, second: 1})


def test_connection_killed_by_the_server_is_noticed(tmp_path, user):
    world = _world(tmp_path, user)
    with dk.Daemon(world.config) as daemon:
        daemon.wait_log(r"IDLE on INBOX")
        user.kick()  # doveadm kick: BYE, then the server closes the connection
        daemon.wait_log(r"closed during IDLE|lost while")
        address = _deliver(world, 2)
        _wait_for_drafts(world, address)
        assert daemon.proc.poll() is None
    assert _draft_recipients(world) == Counter({address: 1})


def test_server_down_at_start_then_up(tmp_path, server, user):
    world = _world(tmp_path, user)
    address = _deliver(world, 3)
    server.stop()
    notify = dk.NotifySocket()
    try:
        with dk.Daemon(world.config, env={"NOTIFY_SOCKET": notify.path}) as daemon:
            daemon.wait_log(r"cannot reach IMAP server .*retrying in")
            # Boot must not wait for the network: READY=1 comes with the problem in STATUS.
            ready = dk.wait_until(lambda: notify.with_key("READY"), "READY=1")
            assert "main: cannot reach IMAP server" in ready[0]["STATUS"]
            server.start()
            _wait_for_drafts(world, address)
            dk.wait_until(
                lambda: any(
                    m["STATUS"] == "1 account, 1 application" for m in notify.with_key("STATUS")
                ),
                "a STATUS without the problem",
            )
    finally:
        notify.close()


def test_mail_delivered_while_disconnected_is_caught_up(tmp_path, server, user):
    world = _world(tmp_path, user)
    with dk.Daemon(world.config) as daemon:
        daemon.wait_log(r"IDLE on INBOX")
        sessions = dk.session_pids(user)
        server.stop()
        dk.kill_sessions(sessions)
        daemon.wait_log(r"cannot reach IMAP server")
        # The MTA keeps delivering while IMAP is down: straight into the Maildir.
        message, address = dk.rejection(4)
        _drop_into_maildir(server, user, bytes(message))
        server.start()
        _wait_for_drafts(world, address)
    assert _draft_recipients(world) == Counter({address: 1})


def test_uidvalidity_reset_while_running(tmp_path, user):
    world = _world(tmp_path, user)
    first = _deliver(world, 5)
    with dk.Daemon(world.config) as daemon:
        _wait_for_drafts(world, first)
        daemon.wait_log(r"IDLE on INBOX")
        user.set_uidvalidity("INBOX", 4242)
        second = _deliver(world, 6)
        _wait_for_drafts(world, first, second)
        daemon.wait_log(r"INBOX was renumbered")
    # The first rejection was read again under the new UIDVALIDITY, and not answered twice.
    assert _draft_recipients(world) == Counter({first: 1, second: 1})


def test_wrong_password_is_reported_retried_slowly_and_fixed_by_sighup(tmp_path, user):
    world = _world(tmp_path, user)
    address = _deliver(world, 7)
    secret = tmp_path / "imap-password"
    secret.write_text("not-the-password-123\n")
    journal = {"JOURNAL_STREAM": "8:12345"}
    with dk.Daemon(world.config, env=journal, log_level="info") as daemon:
        log = daemon.wait_log(r"<3>afterview\.daemon: main: IMAP login .* failed")
        assert re.search(r"retrying in [5-9] min", log), log
        # Give a fast retry loop the chance to show itself: there must be none.
        time.sleep(3)
        assert _auth_failures(user) == 1
        secret.write_text(user.password + "\n")
        daemon.signal(signal.SIGHUP)
        _wait_for_drafts(world, address)
        log = daemon.wait_log(r"<6>afterview\.sync: main: wrote draft")
    assert "not-the-password-123" not in log
    assert all(re.match(r"<[2-7]>", line) for line in log.splitlines()), log


def test_polls_where_the_server_has_no_idle(tmp_path):
    server = NoIdleServer().start()
    try:
        user = server.add_user()
        world = _world(tmp_path, user, poll_interval="10s")
        with dk.Daemon(world.config) as daemon:
            daemon.wait_log(r"no IDLE on the server; next poll in 10 s")
            address = _deliver(world, 8)
            _wait_for_drafts(world, address)
            assert "IDLE on INBOX" not in daemon.log()
    finally:
        server.destroy()


def test_malformed_mail_is_skipped_and_the_daemon_goes_on(tmp_path, user):
    world = _world(tmp_path, user)
    broken = [
        b"\xff\xfe garbage without any header\r\n" * 50,
        b'From: <>\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\n'
        b"Content-Type: text/calendar\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!\r\n",
        b"Subject: =?utf-8?b?////?=\r\nDate: not a date\r\nFrom: a@\r\n\r\n" + b"x" * 5000,
    ]
    uids = [user.deliver(raw, flags=[b"\\Flagged"] if n else []) for n, raw in enumerate(broken)]
    with dk.Daemon(world.config) as daemon:
        daemon.wait_log(r"IDLE on INBOX")
        address = _deliver(world, 9)
        _wait_for_drafts(world, address)
        assert daemon.proc.poll() is None
    flags = world.flags()
    assert [flags[uid] for uid in uids] == [frozenset(), {b"\\Flagged"}, {b"\\Flagged"}]


def test_one_failing_account_does_not_stop_another(tmp_path, server, user):
    world = _world(tmp_path, user)
    other = server.add_user()  # its password is wrong: this account keeps failing
    bad_secret = tmp_path / "other-password"
    bad_secret.write_text("wrong-password\n")
    text = world.config.read_text()
    second = (
        "  - name: side\n"
        "    imap:\n"
        f"      host: {server.host}\n"
        f"      port: {server.port}\n"
        "      security: none\n"
        f"      username: {other.name}\n"
        f"      password_file: {bad_secret}\n"
    )
    world.config.write_text(text.replace("state:\n", second + "state:\n", 1))
    message, address = dk.rejection(13)
    world.deliver(message)
    notify = dk.NotifySocket()
    try:
        with dk.Daemon(world.config, env={"NOTIFY_SOCKET": notify.path}) as daemon:
            ready = dk.wait_until(lambda: notify.with_key("READY"), "READY=1")[0]
            assert ready["STATUS"].startswith("2 accounts, 1 application; side: IMAP login")
            _wait_for_drafts(world, address)
            daemon.wait_log(r"side: IMAP login .* failed")
    finally:
        notify.close()


def test_a_locked_state_database_is_a_clear_error_then_retried(tmp_path, user):
    world = _world(tmp_path, user)
    with dk.Daemon(world.config) as daemon:
        daemon.wait_log(r"IDLE on INBOX")
        other = sqlite3.connect(tmp_path / "state" / "state.db", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the database
        try:
            address = _deliver(world, 14)
            daemon.wait_log(r"state database .* another Afterview process holds it.*retrying")
        finally:
            other.execute("ROLLBACK")
        _wait_for_drafts(world, address)
    assert other.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    other.close()
    assert _draft_recipients(world) == Counter({address: 1})


# ---- helpers ----------------------------------------------------------------------------


def _auth_failures(user: DovecotUser) -> int:
    log = (user.server.root / "dovecot.log").read_text(errors="replace")
    return len(re.findall(rf"auth failed.*user=<{user.name}>", log))


def _drop_into_maildir(server: DovecotServer, user: DovecotUser, raw: bytes) -> None:
    """Deliver as an MTA does while IMAP is down: a file in the user's Maildir ``new/``."""
    new = server.root / "mail" / user.name / "new"
    path = new / f"{time.time_ns()}.P{os.getpid()}.afterview-test"
    tmp = new.parent / "tmp" / path.name
    tmp.write_bytes(raw)
    owner = new.stat()
    shutil.chown(tmp, owner.st_uid, owner.st_gid)
    tmp.rename(path)
