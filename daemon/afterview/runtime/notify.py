"""systemd's notify protocol (sd_notify(3)) in a few lines: no dependency needed.

Without ``$NOTIFY_SOCKET`` (not under systemd, or in tests) every call is a no-op. Only the
daemon's main thread sends (``NotifyAccess=main`` would accept the other threads too, as
they share the PID, but one sender keeps the messages in order).
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Mapping

SEND_TIMEOUT = 1.0  # seconds


class Notifier:
    def __init__(self, env: Mapping[str, str] = os.environ) -> None:
        address = env.get("NOTIFY_SOCKET", "")
        if address.startswith("@"):  # abstract namespace
            address = "\0" + address[1:]
        self._address = address or None
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        mine = not pid or pid == str(os.getpid())
        # sd_watchdog_enabled(3): ping at half the interval, and only if meant for us
        self.watchdog_interval = int(usec) / 2_000_000 if usec.isdigit() and mine else None

    def send(self, **fields: str) -> None:
        if not self._address:
            return
        text = "\n".join(f"{key.upper()}={value}" for key, value in fields.items())
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                # A receiver that stops reading fills its queue, and a plain send would then
                # block the supervisor for good: better to lose one message.
                sock.settimeout(SEND_TIMEOUT)
                sock.connect(self._address)
                sock.sendall(text.encode())
        except OSError:
            pass  # systemd gone, not listening or not keeping up: nothing useful to do

    def ready(self, status: str) -> None:
        self.send(ready="1", status=status)

    def status(self, status: str) -> None:
        self.send(status=status)

    def reloading(self) -> None:
        """Tell systemd a reload started; :meth:`ready` says it is over (sd_notify(3))."""
        usec = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        self.send(reloading="1", monotonic_usec=str(usec))

    def watchdog(self) -> None:
        if self.watchdog_interval is not None:
            self.send(watchdog="1")

    def stopping(self) -> None:
        self.send(stopping="1")
