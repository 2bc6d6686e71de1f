"""The daemon as a systemd service sees it: signals, sd_notify, reloads, clock jumps.

sd_notify messages arrive on a real AF_UNIX datagram socket passed as ``$NOTIFY_SOCKET``,
exactly as systemd would receive them.
"""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import daemonkit as dk
import mailfactory as mf
from afterview.config import load_config
from afterview.runtime.daemon import Daemon as InProcessDaemon
from afterview.runtime.notify import Notifier
from dovecot import DovecotUser
from scenario import Scenario

pytestmark = pytest.mark.dovecot


def _world(tmp_path: Path, user: DovecotUser, extra: str = "") -> Scenario:
    return Scenario(tmp_path, user, dk.ALWAYS_OPEN + extra)


def _keys(world: Scenario) -> Counter[str]:
    return Counter(str(m["X-Afterview-Key"]) for m, _flags in world.folder("Drafts").values())


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_stop_signal_during_idle_exits_zero_quickly(tmp_path, dovecot_user, signum):
    world = _world(tmp_path, dovecot_user)
    with dk.Daemon(world.config) as daemon:
        daemon.wait_log(r"IDLE on INBOX")
        daemon.signal(signum)
        assert daemon.wait_exit(timeout=5) == 0  # the contract: stopped within 5 seconds
        assert "stopped" in daemon.log()


def test_sd_notify_ready_after_first_pass_status_watchdog_stopping(tmp_path, dovecot_user):
    world = _world(tmp_path, dovecot_user)
    message, address = dk.rejection(10)
    world.deliver(message)
    notify = dk.NotifySocket()
    env = {"NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "1000000"}  # pings every 0.5 s
    try:
        with dk.Daemon(world.config, env=env) as daemon:
            ready = dk.wait_until(lambda: notify.with_key("READY"), "READY=1")
            # READY=1 means the first pass is done: its draft is already there.
            assert [k.rsplit("/", 1)[-1] for k in _keys(world)] == [address]
            assert ready[0]["STATUS"].startswith("1 account, 1 application")
            dk.wait_until(lambda: len(notify.with_key("WATCHDOG")) >= 3, "three WATCHDOG=1")
            daemon.signal(signal.SIGTERM)
            assert daemon.wait_exit() == 0
        messages = notify.receive()
        assert [m for m in messages if "READY" in m] == [ready[0]]  # exactly once
        assert messages[-1] == {"STOPPING": "1"}
        assert all(m["WATCHDOG"] == "1" for m in messages if "WATCHDOG" in m)
    finally:
        notify.close()


def test_sighup_with_a_bad_config_keeps_the_old_one(tmp_path, dovecot_user):
    world = _world(tmp_path, dovecot_user)
    notify = dk.NotifySocket()
    try:
        with dk.Daemon(world.config, env={"NOTIFY_SOCKET": notify.path}) as daemon:
            daemon.wait_log(r"IDLE on INBOX")
            good = world.config.read_text()
            world.config.write_text(good.replace("timezone: Europe/London", "timezone: Mars/Base"))
            daemon.signal(signal.SIGHUP)
            log = daemon.wait_log(r"reloading .* failed, keeping the running config")
            assert "config.yaml:" in log and "Mars/Base" in log
            dk.wait_until(lambda: notify.with_key("RELOADING"), "RELOADING=1")
            dk.wait_until(lambda: len(notify.with_key("READY")) == 2, "READY=1 after the reload")
            # Still watching with the old config: new mail still gets its draft.
            message, address = dk.rejection(11)
            world.deliver(message)
            dk.wait_until(lambda: any(k.endswith(address) for k in _keys(world)), "a draft")
            assert daemon.proc.poll() is None
    finally:
        notify.close()


def test_sighup_applies_a_good_new_config(tmp_path, dovecot_user):
    world = _world(tmp_path, dovecot_user)
    with dk.Daemon(world.config) as daemon:
        daemon.wait_log(r"IDLE on INBOX")
        text = world.config.read_text()
        world.config.write_text(text.replace("name: Alex Candidate", "name: Alexandra Candidate"))
        daemon.signal(signal.SIGHUP)
        daemon.wait_log(r"reloaded .*config\.yaml")
        message, address = dk.rejection(12)
        world.deliver(message)
        drafts = dk.wait_until(
            lambda: [m for m, _ in world.folder("Drafts").values() if address in str(m["To"])],
            "the draft",
        )
    assert str(drafts[0]["From"]) == "Alexandra Candidate <alex@example.org>"


class _ShiftedClock:
    """The real clock, plus an offset a test can change: a suspend seen from inside."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def monotonic(self) -> float:
        return time.monotonic()


def test_wall_clock_jump_reconnects_and_runs_a_pass_at_once(tmp_path, dovecot_user, caplog):
    """After a 'suspend' of three days the thank-you notes due meanwhile are written at once.

    Without noticing the jump the watcher would sleep on until its IDLE renewal.
    """
    world = _world(tmp_path, dovecot_user)
    dk.with_account_keys(world.config, idle_timeout="10s")  # retired watchers end soon
    start = datetime.now(UTC) + timedelta(days=2)
    ics = "%Y%m%dT%H%M%SZ"
    world.deliver(
        mf.invitation(
            datetime.now(UTC) - timedelta(hours=1),
            start.strftime(ics),
            (start + timedelta(hours=1)).strftime(ics),
        )
    )
    clock = _ShiftedClock()
    daemon = InProcessDaemon(
        load_config(world.config), notifier=Notifier({}), clock=clock, tick=0.2
    )
    runner = threading.Thread(target=daemon.run, daemon=True)
    caplog.set_level("INFO", logger="afterview")
    runner.start()
    try:
        dk.wait_until(lambda: daemon.watchers and daemon.watchers[0].state.attempted, "a pass")
        assert daemon.watchers[0].state.applications == 1
        assert not _keys(world)  # the interview is two days ahead: nothing due yet
        clock.offset = timedelta(days=3)
        dk.wait_until(lambda: len(_keys(world)) == 2, "two thank-you drafts")
        assert "the wall clock jumped" in caplog.text
    finally:
        daemon.stop()
        runner.join(10)
    assert not runner.is_alive()
    assert sorted(k.split("/")[1] for k in _keys(world)) == ["thank_you", "thank_you"]


def test_a_retired_watcher_in_idle_ends_at_once(tmp_path, dovecot_user):
    """A reload or clock jump retires the watchers; one waiting in IDLE must not hold its
    connection until the IDLE renewal (here 25 minutes): servers limit connections."""
    world = _world(tmp_path, dovecot_user)
    dk.with_account_keys(world.config, idle_timeout="25m")
    clock = _ShiftedClock()
    daemon = InProcessDaemon(
        load_config(world.config), notifier=Notifier({}), clock=clock, tick=0.2
    )
    runner = threading.Thread(target=daemon.run, daemon=True)
    runner.start()
    try:
        old = dk.wait_until(lambda: daemon.watchers and daemon.watchers[0], "a watcher")
        dk.wait_until(lambda: old.idling, "the watcher in IDLE")
        clock.offset = timedelta(hours=1)  # seen as a jump: every watcher is retired
        dk.wait_until(lambda: daemon.watchers and daemon.watchers[0] is not old, "a new one")
        old.join(10)
        assert not old.is_alive()
        assert old.state.problem is None  # cut on purpose: not reported as a failure
        new = daemon.watchers[0]
        dk.wait_until(lambda: new.idling, "the new watcher in IDLE")
    finally:
        daemon.stop()
        runner.join(10)
    assert not runner.is_alive()
