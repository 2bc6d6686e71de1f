"""The typed configuration: frozen dataclasses whose attributes follow the YAML keys.

Everything here is already validated and defaulted by the loader, so the rest of Afterview
reads plain values (``timedelta``, ``time``, ``Path``, ``ZoneInfo``) and never re-checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from afterview.credentials import CredentialSettings
from afterview.errors import UsageError

Security = Literal["tls", "starttls", "none"]
SaveSent = Literal["auto", "always", "never"]
Language = Literal["auto", "en", "de", "fr", "es", "nl"]

LANGUAGES: tuple[str, ...] = ("auto", "en", "de", "fr", "es", "nl")
SECURITIES: tuple[str, ...] = ("tls", "starttls", "none")
SAVE_SENT: tuple[str, ...] = ("auto", "always", "never")
DEFAULT_PORTS: dict[str, dict[str, int]] = {
    "imap": {"tls": 993, "starttls": 143, "none": 143},
    "smtp": {"tls": 465, "starttls": 587, "none": 25},
}
MIB = 1024 * 1024


@dataclass(frozen=True)
class Me:
    """The candidate: the From of every draft, and the language drafts are written in."""

    name: str
    email: str
    language: Language = "auto"


@dataclass(frozen=True)
class ServerSettings:
    """One IMAP or SMTP server. ``save_sent`` only has a meaning for SMTP (None for IMAP)."""

    host: str
    port: int
    security: Security
    username: str
    tls_ca_file: Path | None = None
    credentials: CredentialSettings = field(default_factory=CredentialSettings)
    save_sent: SaveSent | None = None


@dataclass(frozen=True)
class FolderSettings:
    """Folder names; None means discover (SPECIAL-USE, then common names; watch: the inbox)."""

    inbox: str = "INBOX"
    sent: str | None = None
    drafts: str | None = None
    watch: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Account:
    """One mailbox Afterview watches and writes drafts into."""

    name: str
    imap: ServerSettings
    smtp: ServerSettings | None = None
    send_later: bool = False
    folders: FolderSettings = field(default_factory=FolderSettings)
    poll_interval: timedelta = timedelta(minutes=5)
    idle_timeout: timedelta = timedelta(minutes=10)


@dataclass(frozen=True)
class Followup:
    """When each follow-up becomes due (see the sequence in DESIGN.md)."""

    thank_you_delay: timedelta = timedelta(hours=1)
    status_check_after: timedelta = timedelta(days=7)
    second_check_after: timedelta = timedelta(days=7)
    max_status_checks: int = 2
    give_up_after: timedelta = timedelta(days=14)
    business_hours: tuple[time, time] = (time(9, 0), time(17, 30))
    business_days: frozenset[int] = frozenset(range(5))  # 0 = Monday
    rejection_reply: bool = True
    lookback: timedelta = timedelta(days=60)


@dataclass(frozen=True)
class Digest:
    """The optional daily summary mailed to ``me.email``."""

    enabled: bool = False
    at: time = time(8, 0)


@dataclass(frozen=True)
class State:
    """Where the SQLite state lives."""

    path: Path


@dataclass(frozen=True)
class Templates:
    """A directory of template overrides; None: the built-in templates only."""

    dir: Path | None = None


@dataclass(frozen=True)
class Limits:
    """Bounds on what one message may make Afterview read, against hostile or broken mail."""

    max_message_bytes: int = 25 * MIB
    max_parts: int = 200
    max_ics_events: int = 500


@dataclass(frozen=True)
class Config:
    """A whole, valid configuration. ``warnings`` are problems that do not stop a run."""

    me: Me
    timezone: ZoneInfo
    accounts: tuple[Account, ...]
    followup: Followup
    digest: Digest
    state: State
    templates: Templates
    path: Path
    limits: Limits = field(default_factory=Limits)
    warnings: tuple[str, ...] = ()

    def account(self, name: str) -> Account:
        """The account called ``name``, or a ``UsageError`` listing the configured ones."""
        for account in self.accounts:
            if account.name == name:
                return account
        known = ", ".join(a.name for a in self.accounts)
        raise UsageError(f"no account named {name!r} in {self.path} (accounts: {known})")
