"""``afterview run``: every account watched at once, until a signal says stop.

The main thread supervises; it never touches the network. It starts one
:class:`~afterview.runtime.watcher.AccountWatcher` thread per account (so one failing
account never holds up another) and then ticks every few seconds, or at once when a signal
or a watcher has news, to:

- act on signals: SIGTERM/SIGINT stop (exit 0 within seconds), SIGHUP re-reads the config
  and keeps the old one when the new one is bad;
- notice the wall clock jumping (suspend/resume, a clock set by hand): the watchers are
  replaced, which reconnects and runs a pass at once;
- talk to systemd: ``READY=1`` once every account's first pass is done (or has failed: the
  boot must not wait for the network), ``STATUS=`` a one-line summary, and ``WATCHDOG=1``
  only while every watcher keeps the promise it made about when it would report next.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

from afterview.config import Config, load_config
from afterview.errors import AfterviewError
from afterview.pipeline.store import Store
from afterview.runtime.notify import Notifier
from afterview.runtime.schedule import Clock, ClockJumpDetector, SystemClock, status_line
from afterview.runtime.watcher import AccountWatcher

log = logging.getLogger("afterview.daemon")

TICK = 5.0  # seconds between supervision rounds when nothing happens
READY_AT_THE_LATEST = 30.0  # READY=1 even if a first pass is still running by then
STOP_GRACE = 3.0  # how long a stop waits for passes in progress (systemd allows 20 s)


class Daemon:
    """The supervisor. :meth:`run` blocks until :meth:`stop`; signals call the request methods."""

    def __init__(
        self,
        config: Config,
        *,
        notifier: Notifier | None = None,
        clock: Clock | None = None,
        tick: float = TICK,
    ) -> None:
        self.config = config
        self.notifier = notifier or Notifier()
        self.clock = clock or SystemClock()
        self.tick = min(tick, self.notifier.watchdog_interval or tick)
        self.watchers: list[AccountWatcher] = []
        self._pass_locks: dict[str, threading.Lock] = {}
        self._event = threading.Event()
        self._stop_requested = self._reload_requested = False
        self._signal_note = ""
        self._ready = False
        self._status = ""
        self._stale_reported: set[str] = set()

    # ---- requests (from signal handlers or other threads: they only set flags) -------------

    def stop(self, why: str = "") -> None:
        self._signal_note = why
        self._stop_requested = True
        self._event.set()

    def reload(self, why: str = "") -> None:
        self._signal_note = why
        self._reload_requested = True
        self._event.set()

    def _changed(self) -> None:
        self._event.set()

    # ---- the supervision loop --------------------------------------------------------------

    def run(self) -> int:
        log.info(
            "watching %d account(s): %s",
            len(self.config.accounts),
            ", ".join(a.name for a in self.config.accounts),
        )
        self._prepare_store()
        started = self.clock.monotonic()
        jumps = ClockJumpDetector(self.clock)
        self._start_watchers("start")
        while not self._stop_requested:
            self._event.wait(self.tick)
            self._event.clear()
            if self._signal_note:  # logged here: logging inside a signal handler is unsafe
                log.info("%s", self._signal_note)
                self._signal_note = ""
            if self._stop_requested:
                break
            if self._reload_requested:
                self._reload()
            drift = jumps.check()
            if drift is not None:
                self._start_watchers(
                    f"the wall clock jumped {drift:+.0f} s (suspend or clock change)"
                )
            self._report(started)
        self._shutdown()
        return 0

    def _prepare_store(self) -> None:
        """Create or migrate the database once, before several threads open it."""
        try:
            Store(self.config.state.path).close()
        except AfterviewError as err:
            log.error("%s (each account retries on its own)", err)

    def _start_watchers(self, why: str) -> None:
        """Retire the current watchers and start fresh ones for the current config."""
        if self.watchers:
            log.info("%s: reconnecting every account", why)
        for old in self.watchers:
            old.retire()
        self.watchers = []
        for account in self.config.accounts:
            watcher = AccountWatcher(
                self.config,
                account,
                clock=self.clock,
                pass_lock=self._pass_locks.setdefault(account.name, threading.Lock()),
                on_change=self._changed,
            )
            self.watchers.append(watcher)
            watcher.start()

    def _reload(self) -> None:
        self._reload_requested = False
        self.notifier.reloading()
        path = self.config.path
        try:
            config = load_config(path)
        except AfterviewError as err:
            lines = str(err).splitlines() or [type(err).__name__]
            log.error("reloading %s failed, keeping the running config: %s", path, lines[0])
            for line in lines[1:]:
                log.error("  %s", line)
        else:
            for warning in config.warnings:
                log.warning("%s", warning)
            self.config = config
            log.info("reloaded %s", path)
            self._start_watchers("config reloaded")
        self.notifier.ready(self._status or "reloaded")

    def _report(self, started: float) -> None:
        states = [w.state for w in self.watchers]
        now = self.clock.now()
        status = status_line(states, now, self.config.timezone)
        if not self._ready and (
            all(s.attempted for s in states)
            or self.clock.monotonic() - started > READY_AT_THE_LATEST
        ):
            self._ready = True
            self._status = status
            self.notifier.ready(status)
            log.info("ready: %s", status)
        elif self._ready and status != self._status:
            self._status = status
            self.notifier.status(status)
        if self._healthy():
            self.notifier.watchdog()

    def _healthy(self) -> bool:
        """Whether every watcher reported when it promised; if not, systemd should know."""
        now = self.clock.monotonic()
        stale = {w.account.name for w in self.watchers if now > w.promise}
        for name in stale - self._stale_reported:
            log.error("%s: no progress in time; not reassuring the systemd watchdog", name)
        self._stale_reported = stale
        return not stale

    def _shutdown(self) -> None:
        """Let passes in progress finish for a moment; a watcher in IDLE is woken and ends.

        Leaving a pass unfinished is safe: a pass commits each step in one transaction, and
        the next start catches up from the stored marks (exactly-once drafts survive even
        SIGKILL).
        """
        log.info("stopping")
        self.notifier.stopping()
        for watcher in self.watchers:
            watcher.retire()
        deadline = self.clock.monotonic() + STOP_GRACE
        for watcher in self.watchers:
            while watcher.is_alive() and not watcher.idling and self.clock.monotonic() < deadline:
                watcher.join(0.05)
        busy = [w.account.name for w in self.watchers if w.is_alive() and not w.idling]
        if busy:
            log.warning("stopped in the middle of a pass for %s", ", ".join(busy))
        log.info("stopped")


def run_daemon(config: Config) -> int:
    """The foreground daemon of ``afterview run``, with its signal handlers."""
    daemon = Daemon(config)

    def on_stop(signum: int, _frame: FrameType | None) -> None:
        daemon.stop(f"received {signal.Signals(signum).name}")

    def on_reload(_signum: int, _frame: FrameType | None) -> None:
        daemon.reload("received SIGHUP")

    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGINT, on_stop)
    signal.signal(signal.SIGHUP, on_reload)
    return daemon.run()
