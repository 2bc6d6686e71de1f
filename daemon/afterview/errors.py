"""Errors a user can cause, each rendered as one clear line (never a traceback).

Every exception here carries the exit code of CONTRACT.md: 1 for runtime failures
(network, server, credentials that do not work), 2 for usage and configuration errors.
"""

from __future__ import annotations


class AfterviewError(Exception):
    """Base of every error meant for the user; ``str(err)`` is the whole message."""

    exit_code = 1


class UsageError(AfterviewError):
    """The command line or the configuration is wrong: exit code 2."""

    exit_code = 2


class ConfigError(UsageError):
    """A configuration problem, formatted ``FILE:LINE: key: message``."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        key: str | None = None,
    ) -> None:
        self.path, self.line, self.key, self.detail = path, line, key, message
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(f"{where}{key + ': ' if key else ''}{message}")


class CredentialError(AfterviewError):
    """A secret could not be obtained. The message never contains the secret itself."""


class MailboxError(AfterviewError):
    """The mailbox could not be reached or refused an operation."""


class NotOwnDraftError(MailboxError):
    """Refused: an attempt to change a message Afterview did not write."""


class ConfigErrors(ConfigError):
    """Every problem found in one configuration file: ``errors`` holds one ``ConfigError``
    each, and ``str()`` is their lines (``FILE:LINE: key: message``) joined by newlines."""

    def __init__(self, errors: list[ConfigError]) -> None:
        self.errors = list(errors)
        first = self.errors[0]
        self.path, self.line, self.key = first.path, first.line, first.key
        self.detail = first.detail
        UsageError.__init__(self, "\n".join(str(error) for error in self.errors))
