"""``afterview run``: passes over every account until a signal says stop.

Between passes the daemon sleeps until the earliest of: the next due action, the next
poll, a signal. Errors never end the loop: a failing account is retried with exponential
backoff and jitter (1 s up to 5 min) while the others go on. SIGTERM/SIGINT stop cleanly;
SIGHUP re-reads the config and keeps the old one when the new one is bad.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
from datetime import UTC, datetime, timedelta

from afterview.config import Config, load_config
from afterview.errors import AfterviewError
from afterview.runtime.engine import decided_rows, open_store, run_once
from afterview.runtime.notify import Notifier

log = logging.getLogger("afterview.daemon")

_BACKOFF_FIRST, _BACKOFF_MAX = 1.0, 300.0


def _backoff(failures: int) -> float:
    delay = min(_BACKOFF_MAX, _BACKOFF_FIRST * 2 ** max(0, failures - 1))
    return delay * random.uniform(0.5, 1.0)


class Daemon:
    def __init__(self, config: Config, notifier: Notifier | None = None) -> None:
        self.config = config
        self.notifier = notifier or Notifier()
        self.wake = threading.Event()
        self.stopping = False
        self.reload_requested = False
        self.failures = 0

    # signal handlers only set flags; the loop acts on them
    def _on_stop(self, signum: int, _frame: object) -> None:
        log.info("received %s: stopping", signal.Signals(signum).name)
        self.stopping = True
        self.wake.set()

    def _on_reload(self, _signum: int, _frame: object) -> None:
        self.reload_requested = True
        self.wake.set()

    def _reload(self) -> None:
        self.reload_requested = False
        try:
            self.config = load_config(self.config.path)
            log.info("reloaded %s", self.config.path)
        except AfterviewError as err:
            log.error("new config rejected, keeping the old one: %s", err)

    def _sleep_seconds(self, now: datetime) -> float:
        poll = min(a.poll_interval for a in self.config.accounts).total_seconds()
        if self.failures:
            return _backoff(self.failures)
        with open_store(self.config) as store:
            dues = [
                row.decision.next_action.due
                for row in decided_rows(self.config, store, now)
                if row.decision.next_action is not None
            ]
        future = [(d - now).total_seconds() for d in dues if d > now]
        return max(1.0, min([poll, *future]))

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self._on_stop)
        signal.signal(signal.SIGINT, self._on_stop)
        signal.signal(signal.SIGHUP, self._on_reload)
        first = True
        while not self.stopping:
            if self.reload_requested:
                self._reload()
            now = datetime.now(UTC)
            try:
                with open_store(self.config) as store:
                    _reports, failures = run_once(self.config, store, now=now)
                self.failures = self.failures + 1 if failures else 0
                status = "; ".join(failures) if failures else f"last pass {now:%H:%M} ok"
            except AfterviewError as err:
                self.failures += 1
                status = str(err)
                log.error("%s", err)
            if first:
                self.notifier.ready(status)
                first = False
            else:
                self.notifier.status(status)
            # The loop came round: petting here catches a wedged loop, not a down server.
            self.notifier.watchdog()
            delay = self._sleep_seconds(datetime.now(UTC))
            if self.notifier.watchdog_interval:
                delay = min(delay, self.notifier.watchdog_interval)
            log.debug("sleeping %.0f s", delay)
            self.wake.wait(timeout=delay)
            self.wake.clear()
        self.notifier.stopping()
        return 0


def run_daemon(config: Config) -> int:
    log.info(
        "watching %d account(s); next pass every %s",
        len(config.accounts),
        timedelta(seconds=min(a.poll_interval for a in config.accounts).total_seconds()),
    )
    return Daemon(config).run()
