"""The daemon's pure rules (backoff, clock jumps, status line) and its systemd messages.

No server: times are given, and sd_notify goes to a real datagram socket in a temp dir.
"""

from __future__ import annotations

import socket
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from afterview.pipeline.model import Action, Decision, Person
from afterview.runtime import notify
from afterview.runtime.daemon import Daemon
from afterview.runtime.notify import Notifier
from afterview.runtime.schedule import (
    AccountState,
    ClockJumpDetector,
    auth_retry_delay,
    backoff_delay,
    next_action,
    next_due,
    status_line,
)

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # a Tuesday


def _action(kind: str, due: datetime, name: str | None = "Jane Doe") -> Action:
    person = Person(name, "jane.doe@acme.example")
    return Action(kind, kind, due, person, f"acme/{kind}/{person.email}")  # type: ignore[arg-type]


# ---- backoff --------------------------------------------------------------------------------


@pytest.mark.parametrize(("failures", "low", "high"), [(1, 0.5, 1), (2, 1, 2), (4, 4, 8)])
def test_backoff_doubles_from_one_second_with_jitter(failures, low, high):
    assert backoff_delay(failures, lambda: 0.0) == low
    assert low < backoff_delay(failures, lambda: 0.999) <= high


def test_backoff_is_capped_at_five_minutes():
    assert backoff_delay(30, lambda: 0.999) <= 300
    assert backoff_delay(30, lambda: 0.0) == 150


def test_a_rejected_login_waits_at_least_five_minutes_and_at_most_about_an_hour():
    delays = [auth_retry_delay(n, lambda: 0.0) for n in range(1, 12)]
    assert delays[0] == 300
    assert delays == sorted(delays)
    assert max(auth_retry_delay(n, lambda: 0.999) for n in range(1, 40)) <= 3600 * 1.1


# ---- clock jumps ----------------------------------------------------------------------------


class _Clock:
    def __init__(self) -> None:
        self.wall, self.mono = NOW, 1000.0

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def advance(self, wall: float, mono: float) -> None:
        self.wall += timedelta(seconds=wall)
        self.mono += mono


def test_ordinary_time_and_small_adjustments_are_not_jumps():
    clock = _Clock()
    detector = ClockJumpDetector(clock)
    clock.advance(5, 5)
    assert detector.check() is None
    clock.advance(7, 5)  # NTP stepping two seconds
    assert detector.check() is None


def test_suspend_and_clock_set_back_are_jumps():
    clock = _Clock()
    detector = ClockJumpDetector(clock)
    clock.advance(3600, 5)  # monotonic stands still while suspended
    assert detector.check() == pytest.approx(3595)
    clock.advance(5, 5)
    assert detector.check() is None  # measured from the last check, not from the start
    clock.advance(-600, 5)
    assert detector.check() == pytest.approx(-605)


# ---- when to wake, what to say ----------------------------------------------------------------


def test_next_due_is_the_earliest_future_action():
    decisions = [
        Decision("rejected", actions=(_action("rejection_reply", NOW - timedelta(hours=1)),)),
        Decision(
            "awaiting_reply",
            actions=(
                _action("status_check", NOW + timedelta(days=3)),
                _action("thank_you", NOW + timedelta(hours=4)),
            ),
        ),
    ]
    assert next_due(decisions, NOW) == NOW + timedelta(hours=4)
    assert next_action(decisions, NOW).kind == "thank_you"
    assert next_due([Decision("offer")], NOW) is None


def test_status_line_with_the_next_action_today_and_another_day():
    today = AccountState(
        "main", True, 5, _action("thank_you", datetime(2026, 11, 24, 14, tzinfo=UTC))
    )
    other = AccountState("work", True, 0)
    assert (
        status_line([today, other], NOW, LONDON)
        == "2 accounts, 5 applications, next: thank-you to Jane Doe at 14:00"
    )
    later = AccountState(
        "main", True, 1, _action("status_check", datetime(2026, 12, 1, 9, tzinfo=UTC), None)
    )
    assert status_line([later], NOW, LONDON) == (
        "1 account, 1 application, next: status check to jane.doe@acme.example on Tue 01 Dec 09:00"
    )


def test_status_line_names_accounts_that_are_failing_or_still_connecting():
    failing = AccountState(
        "work",
        True,
        problem="IMAP login to imap.example.org:993 as alex failed (" + "x" * 200 + ")",
        retry_at=datetime(2026, 11, 24, 10, 5, tzinfo=UTC),
    )
    line = status_line([AccountState("main"), failing], NOW, LONDON)
    assert line.startswith("2 accounts, 0 applications; main: connecting; work: IMAP login")
    assert line.endswith("…, retry at 10:05:00")
    assert "\n" not in line and len(line) < 200


# ---- sd_notify --------------------------------------------------------------------------------


@pytest.fixture
def notify_socket():
    with tempfile.TemporaryDirectory(prefix="avn-", dir="/tmp") as directory:
        path = str(Path(directory) / "n")
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.bind(path)
        sock.settimeout(0.01)
        yield path, sock
        sock.close()


def _received(sock: socket.socket) -> list[str]:
    out = []
    while True:
        try:
            out.append(sock.recv(4096).decode())
        except TimeoutError:
            return out


def test_notifier_sends_datagrams_and_pings_the_watchdog_only_when_asked(notify_socket):
    path, sock = notify_socket
    Notifier({"NOTIFY_SOCKET": path}).watchdog()  # no WATCHDOG_USEC: no watchdog
    notifier = Notifier({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "30000000"})
    assert notifier.watchdog_interval == 15
    notifier.ready("1 account, 0 applications")
    notifier.watchdog()
    notifier.reloading()
    notifier.stopping()
    ready, ping, reloading, stopping = _received(sock)
    assert (ready, ping, stopping) == (
        "READY=1\nSTATUS=1 account, 0 applications",
        "WATCHDOG=1",
        "STOPPING=1",
    )
    first, second = reloading.split("\n")
    assert first == "RELOADING=1"
    assert second.startswith("MONOTONIC_USEC=") and second.split("=")[1].isdigit()


def test_watchdog_meant_for_another_process_is_ignored():
    assert Notifier({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}).watchdog_interval is None


def test_without_notify_socket_nothing_is_sent():
    Notifier({}).ready("x")  # must not raise


def test_watchdog_pings_stop_while_a_watcher_is_past_its_promise(notify_socket):
    path, sock = notify_socket
    clock = _Clock()
    config = SimpleNamespace(accounts=(), timezone=LONDON)
    notifier = Notifier({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "2000000"})
    daemon = Daemon(config, notifier=notifier, clock=clock)  # type: ignore[arg-type]
    watcher = SimpleNamespace(
        account=SimpleNamespace(name="main"),
        state=AccountState("main", True, 2),
        promise=clock.mono + 60,
    )
    daemon.watchers = [watcher]  # type: ignore[list-item]
    daemon._report(started=clock.mono)
    assert _received(sock) == ["READY=1\nSTATUS=1 account, 2 applications", "WATCHDOG=1"]
    clock.advance(61, 61)  # the watcher should have reported by now, and has not
    daemon._report(started=clock.mono)
    assert _received(sock) == []
    watcher.promise = clock.mono + 60  # it made progress again
    daemon._report(started=clock.mono)
    assert _received(sock) == ["WATCHDOG=1"]


def test_a_receiver_that_stops_reading_never_blocks_the_daemon(notify_socket, monkeypatch):
    """systemd busy or wedged: the queue fills, and messages are dropped rather than waited on."""
    path, _sock = notify_socket  # never read from here on
    monkeypatch.setattr(notify, "SEND_TIMEOUT", 0.01)
    notifier = Notifier({"NOTIFY_SOCKET": path})
    sender = threading.Thread(
        target=lambda: [notifier.status(f"message {n}") for n in range(50)], daemon=True
    )
    sender.start()
    sender.join(60)  # a failure guard: with blocking sends this never ends
    assert not sender.is_alive()
