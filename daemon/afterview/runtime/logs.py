"""Logging set-up: plain lines on stderr, with journald priority prefixes under systemd.

When stderr is connected to the journal (systemd sets ``JOURNAL_STREAM``), each line starts
with ``<N>`` (sd-daemon(3)) so ``journalctl -p warning`` works, and carries no timestamp:
the journal adds its own.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

_PRIORITY = {
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}


class JournalFormatter(logging.Formatter):
    """``<priority>logger: message`` as journald parses it."""

    def format(self, record: logging.LogRecord) -> str:
        priority = _PRIORITY.get(record.levelno, 6)
        text = super().format(record)
        return "\n".join(f"<{priority}>{line}" for line in text.splitlines())


def under_journal(env: Mapping[str, str] = os.environ) -> bool:
    return bool(env.get("JOURNAL_STREAM"))


def setup_logging(level: str = "info", env: Mapping[str, str] = os.environ) -> None:
    """Configure the root logger once for the whole process."""
    handler = logging.StreamHandler(sys.stderr)
    if under_journal(env):
        handler.setFormatter(JournalFormatter("%(name)s: %(message)s"))
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # imapclient's debug log is the IMAP conversation itself (the user's mail, and the LOGIN
    # line): never let it through, whatever --log-level says. Its INFO lines ("Connection
    # closed") only repeat our own one-line errors, so they wait for --log-level debug.
    imap_level = logging.INFO if root.level <= logging.DEBUG else logging.WARNING
    logging.getLogger("imapclient").setLevel(imap_level)
