"""Obtaining the secret that logs in to a mail server, from one of four sources.

No password may live in the configuration file, so each server names where its secret comes
from (``CredentialSettings``):

``keyring`` (the default)
    The system keyring (Secret Service, macOS Keychain, ...), service ``afterview``, user
    ``ACCOUNT:USERNAME`` (for example ``main:alex@example.org``). The username is part of the
    entry so that an SMTP login that differs from the IMAP one gets its own entry.
    ``afterview set-password ACCOUNT`` stores it (``store_password``).
``password_command``
    A shell command (``/bin/sh -c``) whose first line of output is the password, as mbsync's
    ``PassCmd`` (``pass show mail/alex``). Run on every login, so rotated secrets are seen.
``password_file``
    A file whose first line is the password. A relative name is looked up in
    ``$CREDENTIALS_DIRECTORY``, where systemd's ``LoadCredential=`` puts secrets.
``oauth2_token_command``
    A command printing an OAuth2 access token (XOAUTH2). Run on every login, because such
    tokens expire within the hour and the command is what refreshes them.

A secret never appears in a log line, an exception message or a ``repr``: command output is
never echoed, even when the command fails.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import signal
import stat
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from afterview.errors import CredentialError

log = logging.getLogger("afterview.credentials")

KEYRING_SERVICE = "afterview"
SOURCES = ("keyring", "password_command", "password_file", "oauth2_token_command")
COMMAND_TIMEOUT = 30.0
"""Seconds a password or token command may take: enough for a GPG pinentry, not a hang."""

SourceName = Literal["keyring", "password_command", "password_file", "oauth2_token_command"]

_ALTERNATIVES = (
    "use password_command (e.g. pass), password_file (e.g. with systemd LoadCredential=), "
    "or install the keyrings.alt package"
)


@dataclass(frozen=True)
class CredentialSettings:
    """Where one server's secret comes from; ``value`` is the command or file (None: keyring)."""

    source: SourceName = "keyring"
    value: str | None = None


@dataclass(frozen=True)
class Credential:
    """A secret ready for login. ``source`` says where it came from, for messages and logs."""

    kind: Literal["password", "oauth2"]
    secret: str = field(repr=False)
    source: str

    def __str__(self) -> str:
        return f"{self.kind} from {self.source}"


def keyring_entry(account_name: str, username: str) -> tuple[str, str]:
    """The keyring (service, user) under which an account's password is stored."""
    return KEYRING_SERVICE, f"{account_name}:{username}"


def describe_source(
    settings: CredentialSettings, *, account_name: str | None = None, username: str | None = None
) -> str:
    """One human line naming the source (for ``doctor`` and ``check-config``); no secret."""
    if settings.source == "keyring":
        if account_name is None or username is None:
            return f"keyring (service {KEYRING_SERVICE})"
        service, user = keyring_entry(account_name, username)
        return f"keyring (service {service}, user {user})"
    return f"{settings.source}: {settings.value}"


def get_credential(
    account_name: str,
    username: str,
    settings: CredentialSettings,
    *,
    env: Mapping[str, str] = os.environ,
) -> Credential:
    """Fetch the secret for one login, now. Raises ``CredentialError`` (never with the secret)."""
    if settings.source == "keyring":
        return _from_keyring(account_name, username)
    if settings.value is None:
        raise CredentialError(f"account {account_name}: {settings.source} has no value")
    if settings.source == "password_command":
        secret = _run_command(settings.value, env, what="password_command")
        return Credential("password", secret, "password_command")
    if settings.source == "oauth2_token_command":
        secret = _run_command(settings.value, env, what="oauth2_token_command")
        return Credential("oauth2", secret, "oauth2_token_command")
    if settings.source == "password_file":
        path = resolve_password_file(settings.value, env)
        return Credential("password", _read_first_line(path), f"password_file {path}")
    raise CredentialError(f"account {account_name}: unknown credential source {settings.source!r}")


def store_password(account_name: str, username: str, password: str) -> None:
    """Store a password in the system keyring for ``afterview set-password``."""
    if not password:
        raise CredentialError("refusing to store an empty password")
    keyring = _usable_keyring()
    service, user = keyring_entry(account_name, username)
    try:
        keyring.set_password(service, user, password)
    except Exception as exc:  # any backend failure, reported without the password
        raise CredentialError(
            f"could not store the password in the system keyring: "
            f"{_scrub(_exc_text(exc), password)}; {_ALTERNATIVES}"
        ) from None


def resolve_password_file(value: str, env: Mapping[str, str] = os.environ) -> Path:
    """The file a ``password_file`` setting names: ``~`` and ``$VARS`` expanded, a relative
    name taken inside ``$CREDENTIALS_DIRECTORY`` (systemd's ``LoadCredential=``)."""
    text = expand_path(value, env)
    unset = unexpanded_variable(text)
    if unset:
        hint = " (systemd sets it with LoadCredential=)" if "CREDENTIALS" in unset else ""
        raise CredentialError(f"password_file {value}: {unset} is not set{hint}")
    path = Path(text)
    if path.is_absolute():
        return path
    directory = env.get("CREDENTIALS_DIRECTORY")
    if not directory:
        raise CredentialError(
            f"password_file {value} is relative and $CREDENTIALS_DIRECTORY is not set "
            "(it is set by systemd's LoadCredential=); give an absolute path"
        )
    return Path(directory) / path


_VAR = re.compile(r"\$(?:\{(\w+)\}|(\w+))")


def expand_vars(text: str, env: Mapping[str, str]) -> str:
    """``$NAME`` and ``${NAME}`` replaced from ``env``; unset variables are left as written."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        return env.get(name, match.group(0))

    return _VAR.sub(replace, text)


def unexpanded_variable(text: str) -> str | None:
    """The first ``$NAME`` still in ``text`` after expansion (so: not set), or None."""
    match = _VAR.search(text)
    return match[0] if match else None


def expand_path(text: str, env: Mapping[str, str]) -> str:
    """``~`` (from ``env``'s HOME) and ``$VARS`` expanded; unset variables left as written."""
    expanded = expand_vars(text, env)
    if expanded == "~" or expanded.startswith("~/"):
        expanded = (env.get("HOME") or str(Path.home())) + expanded[1:]
    elif expanded.startswith("~"):
        expanded = os.path.expanduser(expanded)
    return expanded


def loose_permissions(path: Path) -> str | None:
    """Why a file holding a secret (or saying how to get one) is too open, or None.
    Writable matters most: whoever can edit a config can change its password_command."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    for bits, what in (
        (stat.S_IWGRP | stat.S_IWOTH, "writable"),
        (stat.S_IRGRP | stat.S_IROTH, "readable"),
    ):
        if mode & bits:
            return f"is {what} by group/others (mode {stat.S_IMODE(mode):04o}; chmod 600 it)"
    return None


def _from_keyring(account_name: str, username: str) -> Credential:
    backend = _usable_keyring()
    service, user = keyring_entry(account_name, username)
    try:
        secret = backend.get_password(service, user)
    except Exception as exc:  # KeyringLocked, D-Bus failures, ...: all mean "not usable"
        raise CredentialError(
            f"account {account_name}: the system keyring is not usable ({_exc_text(exc)}); "
            f"{_ALTERNATIVES}"
        ) from None
    if not secret:
        raise CredentialError(
            f"account {account_name}: no password in the system keyring for service {service}, "
            f"user {user}: run `afterview set-password {account_name}`, or {_ALTERNATIVES}"
        )
    return Credential("password", secret, f"keyring (service {service}, user {user})")


def _usable_keyring():  # -> keyring.backend.KeyringBackend
    """The active keyring backend, or a ``CredentialError`` naming the alternatives."""
    import keyring
    import keyring.backends.fail

    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring):
        raise CredentialError(
            "no system keyring is available (no Secret Service, Keychain or similar found); "
            f"{_ALTERNATIVES}, then run `afterview set-password ACCOUNT`"
        )
    return backend


def _run_command(command: str, env: Mapping[str, str], *, what: str) -> str:
    """The first line a shell command prints. Its output (stdout and stderr) never leaves
    this function except as the returned secret."""
    try:
        proc = subprocess.Popen(
            ["/bin/sh", "-c", command],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(env),
            start_new_session=True,  # so a timeout can kill the whole pipeline
        )
    except OSError as exc:
        raise CredentialError(f"{what} `{command}` could not be started: {exc.strerror}") from None
    try:
        out, _err = proc.communicate(timeout=COMMAND_TIMEOUT)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise CredentialError(
            f"{what} `{command}` did not finish within {COMMAND_TIMEOUT:g}s (is it waiting "
            "for input it cannot get, such as a passphrase prompt?)"
        ) from None
    if proc.returncode != 0:
        raise CredentialError(f"{what} `{command}` failed: {_status(proc.returncode)}")
    try:
        text = out.decode("utf-8")
    except UnicodeDecodeError:
        raise CredentialError(f"{what} `{command}` printed something that is not UTF-8") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise CredentialError(f"{what} `{command}` printed nothing on its first line")
    return lines[0]


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()


def _status(returncode: int) -> str:
    if returncode < 0:
        return f"killed by signal {-returncode}"
    hint = {126: " (not executable)", 127: " (command not found)"}.get(returncode, "")
    return f"exit status {returncode}{hint} (run it in a shell to see its messages)"


def _read_first_line(path: Path) -> str:
    problem = loose_permissions(path)
    if problem:
        log.warning("password_file %s %s", path, problem)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CredentialError(f"password_file {path} does not exist") from None
    except OSError as exc:
        raise CredentialError(f"password_file {path} cannot be read: {exc.strerror}") from None
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise CredentialError(f"password_file {path} is not UTF-8 text") from None
    if not lines or not lines[0]:
        raise CredentialError(f"password_file {path} is empty on its first line")
    return lines[0]


def _exc_text(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret else text
