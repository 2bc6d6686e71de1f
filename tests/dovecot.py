"""A private, throwaway Dovecot for integration tests.

Each :class:`DovecotServer` runs its own ``dovecot -F`` from a short temporary directory on a
free loopback port, so tests talk to a real IMAP server (SPECIAL-USE, UIDPLUS, IDLE, real
UIDVALIDITY) instead of a mock. The directory must stay short: Dovecot's unix sockets live in
it and their paths must fit in ~100 characters, which a deep pytest ``tmp_path`` would not.

XOAUTH2 is offered too: Dovecot checks the bearer token like a password, so a user's password
doubles as their OAuth2 access token.

Variants are constructor arguments: folder names, whether they carry SPECIAL-USE attributes,
and TLS (``none``: ``ssl = no``, no STARTTLS; ``tls``: STARTTLS on :attr:`port` plus implicit
TLS on :attr:`tls_port`, with a certificate for ``localhost`` signed by a throwaway CA at
:attr:`ca_file`).

Every message a test delivers through :meth:`DovecotServer.deliver` is recorded in the
session's :data:`untouchable.LEDGER`, and the tests' own client (:meth:`DovecotServer.client`)
tells it what the test changed as the user; ``conftest.py`` checks after each test that
nothing else changed the user's mail.

Dovecot refuses to run mail processes as root, so as root the mail user is ``nobody``; as an
ordinary user everything runs as that user (the "rootless" recipe chasquid's CI uses).
"""

from __future__ import annotations

import atexit
import grp
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from untouchable import LEDGER, MarkingClient

STARTUP_TIMEOUT = 20.0
USERS = 400


class DovecotError(RuntimeError):
    """The test server could not be started or driven; the message carries its log tail."""


@dataclass(frozen=True)
class DovecotUser:
    """One mail account on a test server: a fresh user per test keeps tests apart."""

    server: DovecotServer
    name: str
    password: str

    def deliver(
        self,
        raw: bytes,
        folder: str = "INBOX",
        flags: Iterable[str] = (),
        when: datetime | None = None,
    ) -> int:
        return self.server.deliver(raw, folder, flags, when, user=self.name)

    def kick(self) -> None:
        self.server.kick(self.name)

    def set_uidvalidity(self, folder: str, value: int) -> None:
        self.server.set_uidvalidity(folder, value, user=self.name)

    def client(self) -> IMAPClient:
        return self.server.client(self.name)


class DovecotServer:
    """A Dovecot instance private to the test session. Use :meth:`start` and :meth:`stop`."""

    def __init__(
        self,
        *,
        special_use: bool = True,
        drafts: str = "Drafts",
        sent: str = "Sent",
        tls: str = "none",
        uidplus: bool = True,
    ) -> None:
        if tls not in ("none", "tls"):
            raise ValueError(f"tls must be 'none' or 'tls', not {tls!r}")
        if shutil.which("dovecot") is None or shutil.which("doveadm") is None:
            raise DovecotError("dovecot/doveadm not installed: apt-get install dovecot-imapd")
        self.special_use, self.drafts, self.sent, self.tls = special_use, drafts, sent, tls
        self.uidplus = uidplus
        self.host = "127.0.0.1"
        self.root = Path(tempfile.mkdtemp(prefix="av-", dir="/tmp"))
        self.port = _free_port()
        self.tls_port = _free_port() if tls == "tls" else 0
        self.ca_file: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._users = {f"u{n}": f"pw-u{n}-secret" for n in range(USERS)}
        self._next_user = 1  # u0 is the start-up probe
        self._setup()
        atexit.register(self.destroy)  # no orphaned dovecot if the test run dies

    # ---- lifecycle -------------------------------------------------------------------------

    def start(self) -> DovecotServer:
        """Start Dovecot and return once a login succeeds (or raise with the log tail)."""
        stderr = (self.root / "stderr.log").open("ab")
        self._proc = subprocess.Popen(
            ["dovecot", "-F", "-c", str(self.conf)], stdout=stderr, stderr=stderr
        )
        stderr.close()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise DovecotError(f"dovecot exited with {self._proc.returncode}:\n{self.log()}")
            try:
                with self.client("u0"):
                    return self
            except (OSError, IMAPClientError) as err:
                last_error = err
                time.sleep(0.1)
        self.stop()
        raise DovecotError(f"dovecot did not accept a login ({last_error}):\n{self.log()}")

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def password_of(self, user: str) -> str:
        return self._users[user]

    def stop(self) -> None:
        """Stop the server; its mail stays on disk for :meth:`start`/:meth:`restart`."""
        if self._proc is None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def destroy(self) -> None:
        """Stop and remove every trace of the server."""
        atexit.unregister(self.destroy)
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self, lines: int = 40) -> str:
        """The tail of Dovecot's logs, for failure messages."""
        text = ""
        for name in ("stderr.log", "dovecot.log"):
            path = self.root / name
            if path.exists():
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    # ---- users and mail --------------------------------------------------------------------

    def add_user(self) -> DovecotUser:
        """A user no test has used yet.

        Users are written to the passwd-file up front: Dovecot re-reads the file at most
        once a second, so a user added mid-session may not log in straight away.
        """
        if self._next_user >= len(self._users):
            raise DovecotError(f"all {len(self._users)} test users are used; raise USERS")
        name = f"u{self._next_user}"
        self._next_user += 1
        return DovecotUser(self, name, self._users[name])

    def client(self, user: str) -> IMAPClient:
        """A logged-in plain-text client: the "other mail client" tests act through.

        What it changes is the user's doing, not Afterview's (see ``untouchable``).
        """
        client = MarkingClient(self.host, self.port, ssl=False, timeout=10, server=self, user=user)
        try:
            client.login(user, self._users[user])
        except Exception:
            client.shutdown()
            raise
        return client

    def deliver(
        self,
        raw: bytes,
        folder: str = "INBOX",
        flags: Iterable[str] = (),
        when: datetime | None = None,
        *,
        user: str,
    ) -> int:
        """APPEND ``raw`` to ``folder`` as another client would; return its UID.

        ``when`` is the internal date (arrival time) the message gets.
        """
        flags = tuple(flags)
        with self.client(user) as client:
            response = client.append(folder, raw, flags=flags, msg_time=when)
            uid = _appenduid(response)
            if uid is None:
                raise DovecotError(f"no APPENDUID in {response!r}")
            client.select_folder(folder, readonly=True)  # the bytes as the server keeps them
            stored = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
        LEDGER.delivered(self, user, folder, stored, flags, uid)
        return uid

    def kick(self, user: str) -> None:
        """Disconnect every session of ``user`` and wait until they are gone."""
        self.doveadm("kick", user)
        deadline = time.monotonic() + 10
        while self.doveadm("who", "-1", user).strip().splitlines()[1:]:  # [0] is a header
            if time.monotonic() > deadline:
                raise DovecotError(f"{user} still connected after doveadm kick:\n{self.log()}")
            time.sleep(0.05)

    def set_uidvalidity(self, folder: str, value: int, *, user: str) -> None:
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(value), folder)

    def doveadm(self, *args: str) -> str:
        result = subprocess.run(
            ["doveadm", "-c", str(self.conf), *args], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise DovecotError(f"doveadm {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    # ---- setup -----------------------------------------------------------------------------

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    def _setup(self) -> None:
        self.root.chmod(0o755)
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir()
        if os.geteuid() == 0:
            user, group = "nobody", grp.getgrgid(pwd.getpwnam("nobody").pw_gid).gr_name
            shutil.chown(self.root / "mail", user, group)
            internal = ""
        else:
            user = pwd.getpwuid(os.getuid()).pw_name
            group = grp.getgrgid(os.getgid()).gr_name
            internal = (
                f"default_internal_user = {user}\n"
                f"default_internal_group = {group}\n"
                f"default_login_user = {user}\n"
            )
        users = "".join(f"{name}:{{PLAIN}}{pw}::::::\n" for name, pw in self._users.items())
        (self.root / "users").write_text(users)
        (self.root / "users").chmod(0o644)
        ssl = "ssl = no\n"
        if self.tls == "tls":
            cert, key = self._make_certificate()
            ssl = f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}\n"
        self.conf.write_text(
            _CONFIG.format(
                root=self.root,
                user=user,
                group=group,
                internal=internal,
                ssl=ssl,
                port=self.port,
                tls_port=self.tls_port,
                tls_listener="ssl = yes" if self.tls == "tls" else "",
                mailboxes=self._mailboxes(),
                capability="" if self.uidplus else f"imap_capability = {_NO_UIDPLUS}\n",
            )
        )

    def _mailboxes(self) -> str:
        def block(name: str, use: str) -> str:
            special = f"    special_use = {use}\n" if self.special_use else ""
            return f'  mailbox "{name}" {{\n{special}    auto = subscribe\n  }}\n'

        return block(self.drafts, r"\Drafts") + block(self.sent, r"\Sent")

    def _make_certificate(self) -> tuple[Path, Path]:
        """A CA and a ``localhost`` certificate it signed (no IP address in the names)."""
        tls = self.root / "tls"
        tls.mkdir()
        ca_key, ca, key, csr, cert = (
            tls / n for n in ("ca.key", "ca.pem", "server.key", "server.csr", "server.pem")
        )
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                 "-keyout", ca_key, "-out", ca, "-subj", "/CN=Afterview Test CA",
                 "-addext", "basicConstraints=critical,CA:TRUE",
                 "-addext", "keyUsage=critical,keyCertSign,cRLSign")  # fmt: skip
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
                 "-subj", "/CN=localhost")  # fmt: skip
        ext = tls / "ext.cnf"
        ext.write_text(
            "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n"
            "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
        )
        _openssl("x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
                 "-days", "2", "-out", cert, "-extfile", ext)  # fmt: skip
        key.chmod(0o644)
        self.ca_file = ca
        return cert, key


class DovecotPool:
    """One server per variant for the whole test session, started on first use."""

    def __init__(self) -> None:
        self._servers: dict[tuple[tuple[str, object], ...], DovecotServer] = {}

    def get(self, **variant: object) -> DovecotServer:
        """The server for ``variant`` (keyword arguments of :class:`DovecotServer`)."""
        key = tuple(sorted(variant.items()))
        if key not in self._servers:
            server = DovecotServer(**variant)  # type: ignore[arg-type]
            try:
                server.start()
            except BaseException:
                server.destroy()
                raise
            self._servers[key] = server
        return self._servers[key]

    def destroy(self) -> None:
        for server in self._servers.values():
            server.destroy()
        self._servers.clear()


def _openssl(*args: object) -> None:
    if shutil.which("openssl") is None:
        raise DovecotError("the openssl command is needed for the TLS test server")
    result = subprocess.run(
        ["openssl", *map(str, args)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise DovecotError(f"openssl {args[0]} failed: {result.stderr.strip()}")


def _appenduid(response: bytes) -> int | None:
    match = re.search(rb"\[APPENDUID \d+ (\d+)\]", response)
    return int(match.group(1)) if match else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Dovecot 2.3's post-login capabilities without UIDPLUS (for the "no UID EXPUNGE" variant).
_NO_UIDPLUS = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES "
    "THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN "
    "NAMESPACE LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN "
    "CONTEXT=SEARCH LIST-STATUS BINARY MOVE SPECIAL-USE"
)

_CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
instance_name = av-{port}
protocols = imap
listen = 127.0.0.1
{ssl}disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2
auth_failure_delay = 0
log_path = {root}/dovecot.log
{internal}{capability}mail_location = maildir:{root}/mail/%u
mail_uid = {user}
mail_gid = {group}
first_valid_uid = 1
mail_fsync = never
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={user} gid={group} home={root}/mail/%u
}}
protocol imap {{
  mail_max_userip_connections = 100
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    {tls_listener}
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
{mailboxes}}}
"""
