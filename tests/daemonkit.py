"""Running ``afterview run`` as a real process against the private Dovecot, and watching it.

The daemon uses the real clock, so the mail here is due at once: rejections, whose reply is
due at the next business-hours instant, with business hours covering the whole week
(:data:`ALWAYS_OPEN`). Everything waits for conditions with generous deadlines; a deadline
only turns a hang into a readable failure.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import TypeVar

import mailfactory as mf
from dovecot import DovecotUser

ALWAYS_OPEN = (
    "followup:\n"
    '  business_hours: "00:00-23:59"\n'
    "  business_days: [mon, tue, wed, thu, fri, sat, sun]\n"
)
DEADLINE = 30.0  # seconds: far beyond what any condition here needs on a busy machine

T = TypeVar("T")

_ADJECTIVES = ("Nimbus", "Harbor", "Copper", "Lumen", "Quarry", "Juniper", "Basalt", "Meridian",
               "Orchid", "Tundra", "Saffron", "Granite")  # fmt: skip
_NOUNS = ("Labs", "Analytics", "Systems", "Robotics", "Health", "Logistics", "Media")
_ROLES = ("Data Engineer", "Backend Engineer", "Product Designer", "Site Reliability Engineer")
_PEOPLE = (("Maya", "Lindqvist"), ("Tom", "Okafor"), ("Ines", "Moreau"), ("Omar", "Haddad"),
           ("Lena", "Brandt"), ("Ravi", "Menon"), ("Sofia", "Costa"))  # fmt: skip


def wait_until(
    condition: Callable[[], T], what: str, deadline: float = DEADLINE, interval: float = 0.05
) -> T:
    """Poll ``condition`` until it returns something truthy; fail naming ``what``."""
    end = time.monotonic() + deadline
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {deadline:.0f} s waiting for {what}")
        time.sleep(interval)


def rejection(n: int, when: datetime | None = None) -> tuple[EmailMessage, str]:
    """The ``n``-th of many distinct rejections (own company, role and recruiter).

    Returns the message and the address its reply draft must go to.
    """
    adjective, noun = _ADJECTIVES[n % len(_ADJECTIVES)], _NOUNS[n // len(_ADJECTIVES)]
    company = f"{adjective} {noun}"
    (first, last), role = _PEOPLE[n % len(_PEOPLE)], _ROLES[n % len(_ROLES)]
    address = f"{first}.{last}@{adjective}-{noun}.example".lower()
    message = mf.build(
        (f"{first} {last}", address),
        f"Your application for {role} at {company}",
        f"Dear Alex,\n\nThank you for your interest in the {role} position at {company} and "
        "for the time you gave us. After careful consideration we have decided not to move "
        f"forward with your application.\n\nWe wish you every success.\n{first} {last}\n"
        f"Talent Acquisition, {company}\n",
        when or datetime.now(UTC),
    )
    return message, address


MAX_REJECTIONS = len(_ADJECTIVES) * len(_NOUNS)


def with_account_keys(config: Path, **keys: str) -> Path:
    """Add keys (``idle_timeout="10s"``) to the single account of a ``write_config`` file."""
    text = config.read_text()
    lines = "".join(f"    {key}: {value}\n" for key, value in keys.items())
    config.write_text(text.replace("  - name: main\n", "  - name: main\n" + lines, 1))
    return config


class NotifySocket:
    """A real AF_UNIX datagram socket standing in for systemd's ``$NOTIFY_SOCKET``."""

    def __init__(self) -> None:
        # A short path: unix socket addresses are limited to ~108 bytes.
        self._dir = tempfile.mkdtemp(prefix="avn-", dir="/tmp")
        self.path = os.path.join(self._dir, "notify")
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind(self.path)
        self._sock.setblocking(False)
        self.messages: list[dict[str, str]] = []

    def receive(self) -> list[dict[str, str]]:
        """Every message so far, each as its ``KEY=value`` fields."""
        while True:
            try:
                data = self._sock.recv(65536)
            except BlockingIOError:
                return self.messages
            fields = dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line)
            self.messages.append(fields)

    def with_key(self, key: str) -> list[dict[str, str]]:
        return [m for m in self.receive() if key in m]

    def close(self) -> None:
        self._sock.close()
        os.unlink(self.path)
        os.rmdir(self._dir)


class Daemon:
    """``python -m afterview --config CONFIG run`` in the background, its stderr in a file."""

    def __init__(
        self,
        config: Path,
        *,
        env: dict[str, str] | None = None,
        log_level: str = "debug",
    ) -> None:
        self.config = config
        self.log_path = config.parent / f"daemon-{time.monotonic_ns()}.log"
        environment = {k: v for k, v in os.environ.items() if k not in _SYSTEMD_VARIABLES}
        environment.update(env or {})
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "afterview", "--config", str(config),
                 "--log-level", log_level, "run"],
                stdout=subprocess.DEVNULL, stderr=log, env=environment,
            )  # fmt: skip

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_log(
        self, pattern: str, *, count: int = 1, deadline: float = DEADLINE, interval: float = 0.05
    ) -> str:
        """Wait until ``pattern`` (a regex) matched ``count`` log lines; return the log."""
        regex = re.compile(pattern)

        def found() -> str | None:
            text = self.log()
            if self.proc.poll() is not None:
                raise AssertionError(f"daemon exited with {self.proc.returncode}:\n{text}")
            return text if len(regex.findall(text)) >= count else None

        try:
            return wait_until(found, f"{pattern!r} in the daemon's log", deadline, interval)
        except AssertionError as err:
            raise AssertionError(f"{err}\n--- daemon log ---\n{self.log()[-4000:]}") from None

    def signal(self, signum: signal.Signals) -> None:
        self.proc.send_signal(signum)

    def wait_exit(self, timeout: float = DEADLINE) -> int:
        return self.proc.wait(timeout=timeout)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()

    def __enter__(self) -> Daemon:
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()


_SYSTEMD_VARIABLES = ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM")


def session_pids(user: DovecotUser) -> list[int]:
    """The PIDs of the server processes serving ``user``'s connections (``doveadm who``)."""
    text = user.server.doveadm("who", "-1", user.name)
    return [int(line.split()[2]) for line in text.splitlines()[1:] if line.split()[2].isdigit()]


def kill_sessions(pids: list[int]) -> None:
    """Kill server processes (from :func:`session_pids`): EOF on the socket, no BYE first."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):  # it ended by itself meanwhile
            os.kill(pid, signal.SIGKILL)
