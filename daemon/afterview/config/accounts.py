"""Reading ``accounts:``: the IMAP and SMTP servers, their credential sources and folders."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import yaml

from afterview.config.model import (
    DEFAULT_PORTS,
    SAVE_SENT,
    SECURITIES,
    Account,
    FolderSettings,
    ServerSettings,
)
from afterview.config.values import is_loopback_host
from afterview.config.yamltree import Located, Reader
from afterview.credentials import (
    SOURCES,
    CredentialSettings,
    loose_permissions,
    resolve_password_file,
)
from afterview.errors import CredentialError

_ACCOUNT_KEYS = ("name", "imap", "smtp", "send_later", "folders", "poll_interval", "idle_timeout")
_SERVER_KEYS = ("host", "port", "security", "username", "tls_ca_file", "credentials", *SOURCES)
_SMTP_KEYS = (*_SERVER_KEYS, "save_sent")
_FOLDER_KEYS = ("inbox", "sent", "drafts", "watch")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_MIN_POLL = timedelta(seconds=10)
_MAX_IDLE = timedelta(minutes=29)  # RFC 2177: servers may drop an IDLE older than 30 minutes
# A port that belongs to the other security mode: a common copy-paste slip worth a warning.
_MISMATCHED_PORTS = {
    ("imap", "tls"): {143},
    ("imap", "starttls"): {993},
    ("smtp", "tls"): {587, 25},
    ("smtp", "starttls"): {465},
}


def read_accounts(r: Reader, at: Located, *, me_email: str) -> tuple[Account, ...]:
    """Every account; names must be unique because state and keyring entries use them."""
    items = r.sequence(at)
    if items is None:
        return ()
    if not items:
        r.error(at, "at least one account is needed")
    accounts: list[Account] = []
    for item in items:
        account = _account(r, item, me_email)
        if account is None:
            continue
        if any(a.name == account.name for a in accounts):
            r.error(item.child("name", item.node), f"a second account named {account.name!r}")
        accounts.append(account)
    return tuple(accounts)


def _account(r: Reader, at: Located, me_email: str) -> Account | None:
    fields = r.mapping(at, _ACCOUNT_KEYS, required=("name", "imap"))
    if fields is None:
        return None
    name = _name(r, fields["name"]) if "name" in fields else None
    imap = _server(r, fields["imap"], "imap", me_email, None) if "imap" in fields else None
    smtp = None
    if "smtp" in fields:
        username = imap.username if imap else ""
        smtp = _server(r, fields["smtp"], "smtp", username, imap.credentials if imap else None)
    send_later = r.boolean(fields["send_later"]) if "send_later" in fields else False
    if send_later and "smtp" not in fields:
        r.error(fields["send_later"], "send_later needs an smtp: section to send with")
    folders = _folders(r, fields["folders"]) if "folders" in fields else FolderSettings()
    poll, idle = Account.poll_interval, Account.idle_timeout  # the dataclass defaults
    if "poll_interval" in fields:
        poll = r.duration(fields["poll_interval"], minimum=_MIN_POLL)
    if "idle_timeout" in fields:
        idle = r.duration(fields["idle_timeout"], minimum=_MIN_POLL, maximum=_MAX_IDLE)
    if None in (name, imap, send_later, folders, poll, idle):
        return None
    return Account(name, imap, smtp, send_later, folders, poll, idle)  # type: ignore[arg-type]


def _name(r: Reader, at: Located) -> str | None:
    name = r.string(at)
    if name is not None and not _NAME.fullmatch(name):
        r.error(
            at,
            f"use letters, digits, '.', '_' and '-' only (it names keyring entries), got {name!r}",
        )
        return None
    return name


def _server(
    r: Reader,
    at: Located,
    kind: str,
    default_username: str,
    inherited: CredentialSettings | None,
) -> ServerSettings | None:
    fields = r.mapping(at, _SMTP_KEYS if kind == "smtp" else _SERVER_KEYS, required=("host",))
    if fields is None:
        return None
    host = _host(r, fields["host"]) if "host" in fields else None
    security = r.choice(fields["security"], SECURITIES) if "security" in fields else "tls"
    if "port" in fields:
        port = r.integer(fields["port"], minimum=1, maximum=65535)
        if port in _MISMATCHED_PORTS.get((kind, security or ""), ()):
            r.warn(
                fields["port"],
                f"port {port} usually goes with another security than {security}; check both",
            )
    else:
        port = DEFAULT_PORTS[kind][security or "tls"]
    username = r.string(fields["username"]) if "username" in fields else default_username
    if host and security == "none" and not is_loopback_host(host):
        r.error(
            fields["security"],
            f"none would send your password unencrypted, so it is only "
            f"allowed for loopback hosts (localhost, 127.0.0.1, ::1), not {host!r}; "
            "use tls or starttls",
        )
    ca_file = _ca_file(r, fields["tls_ca_file"]) if "tls_ca_file" in fields else None
    credentials = _credentials(r, at, fields) or inherited or CredentialSettings()
    save_sent = None
    if kind == "smtp":
        save_sent = r.choice(fields["save_sent"], SAVE_SENT) if "save_sent" in fields else "auto"
    if None in (host, security, port, username) or (kind == "smtp" and save_sent is None):
        return None
    return ServerSettings(
        host,
        port,
        security,
        username,
        ca_file,
        credentials,
        save_sent,  # type: ignore[arg-type]
    )


def _host(r: Reader, at: Located) -> str | None:
    host = r.string(at)
    if host is None:
        return None
    if "://" in host or "/" in host or any(c.isspace() for c in host):
        r.error(at, f"expected a host name such as imap.example.org, got {host!r}")
        return None
    if host.count(":") == 1:
        r.error(at, f"give the port as port:, not in the host name ({host!r})")
        return None
    return host


def _ca_file(r: Reader, at: Located) -> Path | None:
    path = r.path(at)
    if path is not None and not path.is_file():
        r.error(at, f"no such file: {path}")
        return None
    return path


def _credentials(r: Reader, at: Located, fields: dict[str, Located]) -> CredentialSettings | None:
    """The one credential source given (directly, or under ``credentials:``), None if none."""
    sources = {key: fields[key] for key in SOURCES if key in fields}
    if "credentials" in fields:
        nested = r.mapping(fields["credentials"], SOURCES) or {}
        if sources and nested:
            r.error(
                fields["credentials"],
                f"give the credential source either here or directly under {at.key}, not both",
            )
        sources = sources or nested
    keyring = sources.pop("keyring", None)
    keyring_flag = _keyring_flag(r, keyring) if keyring is not None else None
    given = list(sources.items())
    if keyring_flag:
        given.insert(0, ("keyring", keyring))
    if len(given) > 1:
        names = " and ".join(name for name, _ in given)
        both = "both" if len(given) == 2 else "all"
        r.error(given[1][1], f"one credential source per server, but {names} are {both} given")
        return None
    if not given:
        if keyring_flag is False:
            r.error(
                keyring,
                "keyring: false, but no other credential source is given "
                "(password_command, password_file or oauth2_token_command)",
            )
        return None
    name, where = given[0]
    if name == "keyring":
        return CredentialSettings("keyring")
    value = r.string(where)
    if value is None:
        return None
    if name == "password_file":
        _check_password_file(r, where, value)
    return CredentialSettings(name, value)  # type: ignore[arg-type]


def _keyring_flag(r: Reader, at: Located) -> bool | None:
    if isinstance(at.node, yaml.ScalarNode) and at.node.tag.endswith(":bool"):
        return r.boolean(at)
    # Never echo the value: a string here is most likely the password itself.
    r.error(
        at,
        "expected true or false (the password itself goes into the keyring with "
        "`afterview set-password ACCOUNT`, never into this file)",
    )
    return None


def _check_password_file(r: Reader, at: Located, value: str) -> None:
    """Warn early about a password file that is missing or too open, when it can be located
    now (a ``$CREDENTIALS_DIRECTORY`` path is only known inside the service)."""
    try:
        path = resolve_password_file(value, r.env)
    except CredentialError:
        return
    if not path.exists():
        r.warn(at, f"{path} does not exist (yet)")
        return
    problem = loose_permissions(path)
    if problem:
        r.warn(at, f"{path} {problem}")


def _folders(r: Reader, at: Located) -> FolderSettings | None:
    fields = r.mapping(at, _FOLDER_KEYS)
    if fields is None:
        return None
    names = {key: r.string(fields[key]) for key in ("inbox", "sent", "drafts") if key in fields}
    watch: tuple[str, ...] | None = None
    if "watch" in fields:
        watch = _watch(r, fields["watch"])
    if any(value is None for value in names.values()):
        return None
    return FolderSettings(
        names.get("inbox") or "INBOX", names.get("sent"), names.get("drafts"), watch
    )


def _watch(r: Reader, at: Located) -> tuple[str, ...] | None:
    if isinstance(at.node, yaml.ScalarNode):
        single = r.string(at)
        return (single,) if single else None
    items = r.sequence(at)
    if items is None:
        return None
    if not items:
        r.error(at, "list at least one folder (or leave watch out: the inbox)")
        return None
    names = [r.string(item) for item in items]
    if any(name is None for name in names):
        return None
    return tuple(dict.fromkeys(names))  # type: ignore[arg-type]
