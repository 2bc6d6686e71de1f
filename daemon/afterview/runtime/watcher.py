"""One account, watched by one thread: pass, wait for news, pass again; on errors, back off.

A watcher keeps one IMAP connection. After every pass it waits for the earliest of: news
in the inbox (IDLE, or a poll where the server has no IDLE), the IDLE renewal or poll
interval, and the next due action. Then it runs the same :class:`AccountPass` as
``run --once``, which also catches up from the stored UID marks: after a reconnect nothing
that arrived meanwhile is missed, and IDLE is only ever a hint.

A watcher's configuration never changes. On SIGHUP or a clock jump the daemon *retires*
the watcher and starts a fresh one. A retired watcher runs no more passes: when it sits in
IDLE its connection is cut from the daemon's thread and it ends at once, so an account never
holds two connections for long (at exit the process need not wait for it: no state is open
in IDLE). Passes of the old and the new watcher of one account never overlap: both take the
account's pass lock, and the old one checks under the lock that it is still current.

Errors never end the thread. Network and server errors are retried with exponential
backoff and jitter (1 s up to 5 min); a rejected credential is retried only every 5 minutes
or more, so the provider does not lock the account; a locked or full state database is a
:class:`~afterview.pipeline.storefile.StoreError` (its transactions leave it intact) and is
retried the same way as the network.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from afterview.config import Account, Config
from afterview.errors import AfterviewError, CredentialError
from afterview.mail.imap import ImapLoginError, ImapMailbox
from afterview.pipeline.store import Store
from afterview.pipeline.storefile import StoreError
from afterview.runtime.accounts import open_mailbox
from afterview.runtime.schedule import (
    FAILURES_FORGOTTEN_AFTER,
    AccountState,
    Clock,
    auth_retry_delay,
    backoff_delay,
    next_action,
    next_due,
)
from afterview.runtime.sync import AccountPass

log = logging.getLogger("afterview.daemon")

PASS_BOUND = 1800.0  # a pass that takes longer than this is taken as wedged (watchdog)
READ_TIMEOUT_MARGIN = 2 * 90.0 + 30.0  # IDLE DONE and the next command may each time out
MIN_IDLE = 1.0  # shorter waits are not worth an IDLE round trip: run the pass instead


class AccountWatcher(threading.Thread):
    """Watches ``account`` until :meth:`retire`; reports through :attr:`state`."""

    def __init__(
        self,
        config: Config,
        account: Account,
        *,
        clock: Clock,
        pass_lock: threading.Lock,
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(name=f"watch-{account.name}", daemon=True)
        self.config, self.account, self.clock = config, account, clock
        self._pass_lock, self._on_change = pass_lock, on_change
        self._box: ImapMailbox | None = None
        self._store: Store | None = None
        self._retired = threading.Event()
        self._wake = threading.Event()
        self._next_due: datetime | None = None
        self._failures, self._last_failure = 0, float("-inf")
        self.state = AccountState(account.name)
        self.idling = False  # in IDLE: safe to abandon at exit
        self.promise = clock.monotonic() + PASS_BOUND  # when it must have reported again

    # ---- control from the daemon's thread -------------------------------------------------

    def retire(self) -> None:
        """Stop after the current step; never run another pass.

        A watcher waiting in IDLE is woken (its connection cut from here) so that it ends
        now: left there, it would hold a second connection to the server until its IDLE
        renewal (``idle_timeout``, 10 minutes by default), and servers limit connections
        per account.
        """
        self._retired.set()
        self._wake.set()
        box = self._box
        if self.idling and box is not None:
            box.interrupt()

    @property
    def retired(self) -> bool:
        return self._retired.is_set()

    # ---- the thread ------------------------------------------------------------------------

    def run(self) -> None:
        try:
            self._loop()
        finally:
            self._disconnect()
            self._close_store()

    def _loop(self) -> None:
        auth_failures = 0
        while not self.retired:
            try:
                if not self._pass():
                    return
                auth_failures = 0
                self._wait_for_news()
            except (ImapLoginError, CredentialError) as err:
                auth_failures += 1
                self._failed(err, auth_retry_delay(auth_failures), auth=True)
            except AfterviewError as err:
                self._failed(err, backoff_delay(self._count_failure()))
            except Exception as err:  # a bug must not silently end the watching
                log.debug("%s: internal error", self.account.name, exc_info=True)
                error = AfterviewError(f"internal error: {type(err).__name__}: {err}")
                self._failed(error, backoff_delay(self._count_failure()))

    def _count_failure(self) -> int:
        """Failures in a row; one after a long quiet spell starts again from the first delay.

        Not reset by a successful pass: a server that accepts a login and then drops every
        connection must still see the delays grow.
        """
        now = self.clock.monotonic()
        if now - self._last_failure > FAILURES_FORGOTTEN_AFTER:
            self._failures = 0
        self._failures, self._last_failure = self._failures + 1, now
        return self._failures

    def _failed(self, err: AfterviewError, delay: float, *, auth: bool = False) -> None:
        """Log it, drop the connection (and a failing database), sleep ``delay``."""
        self._disconnect()
        if isinstance(err, StoreError):
            self._close_store()
        if self.retired:
            return
        if auth:
            log.error(
                "%s: %s; retrying in %d min (after fixing it, `systemctl --user reload "
                "afterview` or SIGHUP retries at once)",
                self.account.name,
                err,
                round(delay / 60),
            )
        else:
            log.warning("%s: %s; retrying in %.0f s", self.account.name, err, delay)
        retry_at = self.clock.now() + timedelta(seconds=delay)
        self._report(attempted=True, problem=str(err), retry_at=retry_at)
        self._sleep(delay)

    def _sleep(self, seconds: float) -> None:
        self.promise = self.clock.monotonic() + seconds + 30
        self._wake.wait(seconds)
        self._wake.clear()

    # ---- a pass ----------------------------------------------------------------------------

    def _pass(self) -> bool:
        """One :class:`AccountPass`; False when the watcher was retired meanwhile."""
        self.promise = self.clock.monotonic() + PASS_BOUND
        with self._pass_lock:
            if self.retired:
                return False
            now = self.clock.now()
            report = AccountPass(
                self.config, self.account, self._mailbox, self._db(), now=now
            ).run()
        decisions = list(report.decisions.values())
        self._next_due = next_due(decisions, now)
        recovered = self.state.problem is not None
        self._report(
            attempted=True,
            applications=len(decisions),
            next_action=next_action(decisions, now),
            problem=None,
            retry_at=None,
        )
        if recovered:
            log.info("%s: working again", self.account.name)
        log.debug(
            "%s: pass done: %d application(s), %d draft(s) written, next due %s",
            self.account.name,
            len(decisions),
            len(report.written),
            self._next_due.isoformat() if self._next_due else "-",
        )
        return True

    @property
    def _mailbox(self) -> ImapMailbox:
        """Made in this thread, so that even a bad account setting is a retried error."""
        if self._box is None:
            self._box = open_mailbox(self.account)
        return self._box

    def _disconnect(self) -> None:
        if self._box is not None:
            self._box.close()

    def _db(self) -> Store:
        """This thread's own connection: SQLite connections are not shared across threads."""
        if self._store is None:
            self._store = Store(self.config.state.path)
        return self._store

    def _close_store(self) -> None:
        store, self._store = self._store, None
        if store is not None:
            try:
                store.close()
            except Exception as err:  # closing a failed database must not hide the failure
                log.debug("%s: closing the state database: %s", self.account.name, err)

    def _report(self, **changes: object) -> None:
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]
        self._on_change()

    # ---- waiting ---------------------------------------------------------------------------

    def _wait_for_news(self) -> None:
        """Return when the next pass is due: news, IDLE renewal or poll time, a due action."""
        idle = self._mailbox.has_idle()
        period = self.account.idle_timeout if idle else self.account.poll_interval
        wait = period.total_seconds()
        if self._next_due is not None:
            until_due = (self._next_due - self.clock.now()).total_seconds()
            wait = min(wait, max(0.0, until_due) + 0.05)  # +: wake just after, not just before
        deadline = self.clock.monotonic() + wait
        if not idle:
            log.debug("%s: no IDLE on the server; next poll in %.0f s", self.account.name, wait)
            self._sleep(wait)
            return
        folders = self._mailbox.folders()
        folder = folders.inbox if folders.inbox in folders.watch else folders.watch[0]
        while not self.retired:
            remaining = deadline - self.clock.monotonic()
            if remaining < MIN_IDLE:
                return
            mark = self._db().mark(self.account.name, folder)
            self.promise = self.clock.monotonic() + remaining + READ_TIMEOUT_MARGIN
            log.debug("%s: IDLE on %s for %.0f s", self.account.name, folder, remaining)
            self.idling = True
            try:
                if self._mailbox.idle_wait(folder, mark, remaining):
                    return
            finally:
                self.idling = False
