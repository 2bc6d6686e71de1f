"""The daemon's small pure decisions: how long to back off, when to wake, what to tell systemd.

Kept apart from the threads that act on them so each rule is tested without a server or a
clock: every function takes the instant, the count or the random draw it depends on.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Protocol

from afterview.pipeline.model import Action, Decision

BACKOFF_FIRST = 1.0  # seconds: the first retry after a network or server error
BACKOFF_MAX = 300.0  # 5 minutes
AUTH_RETRY_FIRST = 300.0  # a rejected login is retried after 5 minutes at the earliest
AUTH_RETRY_MAX = 3600.0  # servers lock accounts that fail logins often: at most hourly then
FAILURES_FORGOTTEN_AFTER = 600.0  # a failure after 10 quiet minutes starts the backoff again
CLOCK_JUMP_THRESHOLD = 30.0  # seconds the wall clock may drift from the monotonic one

_KIND_WORDS = {
    "thank_you": "thank-you",
    "status_check": "status check",
    "rejection_reply": "reply to rejection",
    "phone_call": "phone call",
}


def backoff_delay(failures: int, draw: Callable[[], float] = random.random) -> float:
    """Seconds to wait after the ``failures``-th consecutive failure: 1 s doubling to 5 min.

    The jitter (the upper half of the interval, from ``draw`` in [0, 1)) keeps several
    accounts, or several machines, from retrying in lock step.
    """
    base = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** max(0, failures - 1))
    return base * (0.5 + draw() / 2)


def auth_retry_delay(failures: int, draw: Callable[[], float] = random.random) -> float:
    """Seconds to wait after a rejected credential: 5 minutes doubling to an hour.

    Retrying a wrong password quickly only gets the account locked by the provider; a fixed
    credential is picked up at once on SIGHUP (``systemctl --user reload afterview``).
    """
    base = min(AUTH_RETRY_MAX, AUTH_RETRY_FIRST * 2 ** max(0, failures - 1))
    return base * (1 + draw() / 10)


class Clock(Protocol):
    """Where the daemon reads time: ``now`` for decisions, ``monotonic`` for waiting."""

    def now(self) -> datetime: ...
    def monotonic(self) -> float: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class ClockJumpDetector:
    """Notices the wall clock moving apart from the monotonic clock.

    Linux's monotonic clock stands still during suspend while the wall clock does not, so a
    resume after an hour shows up as an hour of drift; so does someone setting the clock.
    Either way connections are likely dead and due times have moved: time to reconnect.
    """

    def __init__(self, clock: Clock, threshold: float = CLOCK_JUMP_THRESHOLD) -> None:
        self._clock, self._threshold = clock, threshold
        self._last = self._read()

    def _read(self) -> tuple[float, float]:
        return self._clock.now().timestamp(), self._clock.monotonic()

    def check(self) -> float | None:
        """The drift in seconds since the last check, when beyond the threshold; else None."""
        wall, mono = self._read()
        drift = (wall - self._last[0]) - (mono - self._last[1])
        self._last = (wall, mono)
        return drift if abs(drift) > self._threshold else None


def next_due(decisions: Iterable[Decision], now: datetime) -> datetime | None:
    """The earliest pending action still in the future: when the next pass should run."""
    return min((a.due for d in decisions for a in d.actions if a.due > now), default=None)


def next_action(decisions: Iterable[Decision], now: datetime) -> Action | None:
    """The earliest future action, for the one-line status."""
    future = [a for d in decisions for a in d.actions if a.due > now]
    return min(future, key=lambda a: a.due, default=None)


@dataclass(frozen=True)
class AccountState:
    """What one account's watcher last reported, for ``STATUS=`` and the watchdog."""

    account: str
    attempted: bool = False  # its first pass finished (or failed): counts towards READY=1
    applications: int = 0
    next_action: Action | None = None
    problem: str | None = None  # one line, None while healthy
    retry_at: datetime | None = None


def describe_action(action: Action, now: datetime, tz: tzinfo) -> str:
    """``thank-you to Jane Doe at 14:00`` (a weekday and date when it is not today)."""
    who = action.recipient.name or action.recipient.email
    local, today = action.due.astimezone(tz), now.astimezone(tz).date()
    when = f"at {local:%H:%M}" if local.date() == today else f"on {local:%a %d %b %H:%M}"
    return f"{_KIND_WORDS.get(action.kind, action.kind)} to {who} {when}"


def status_line(states: Iterable[AccountState], now: datetime, tz: tzinfo) -> str:
    """One line for ``systemctl status``: counts, the next action, and what is failing."""
    states = list(states)
    accounts = len(states)
    apps = sum(s.applications for s in states)
    parts = [f"{accounts} account{'s' * (accounts != 1)}, {apps} application{'s' * (apps != 1)}"]
    upcoming = [s.next_action for s in states if s.next_action and s.next_action.due > now]
    if upcoming:
        parts[0] += ", next: " + describe_action(min(upcoming, key=lambda a: a.due), now, tz)
    for state in states:
        if not state.attempted:
            parts.append(f"{state.account}: connecting")
        elif state.problem:
            retry = f", retry at {state.retry_at.astimezone(tz):%H:%M:%S}" if state.retry_at else ""
            parts.append(f"{state.account}: {_shorten(state.problem, 90)}{retry}")
    return "; ".join(parts)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
