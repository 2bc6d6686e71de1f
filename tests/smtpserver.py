"""A real SMTP server for tests: aiosmtpd on loopback with STARTTLS required and AUTH.

Its certificate is self-signed for ``localhost`` and generated per server; clients trust it
through ``ca_file`` (Afterview: ``smtp.tls_ca_file``). Logins are checked against the one
user and password given, over TLS only; XOAUTH2 is offered too, with the password standing
for the bearer token (as the Dovecot fixture does). Accepted messages are kept in :attr:`received`;
setting :attr:`reject` makes the server refuse the next messages with that reply.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import logging
import ssl
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from dovecot import _free_port, _openssl

# The server thread may still say goodbye after pytest closed the captured stream.
logging.getLogger("mail.log").setLevel(logging.WARNING)


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> Message:
        return email.message_from_bytes(self.raw, policy=email.policy.default)


@dataclass
class _Handler:
    username: str
    password: str
    received: list[Received] = field(default_factory=list)
    reject: str | None = None
    logins: list[tuple[str, bool]] = field(default_factory=list)

    async def auth_XOAUTH2(self, server, args: list[str]) -> AuthResult:
        """RFC-less but common: base64 of "user=U^Aauth=Bearer T^A^A" (Google's and
        Microsoft's SMTP); only with an initial response, as clients send it."""
        try:
            fields = base64.b64decode(args[1], validate=True).decode().split("\x01")
        except (IndexError, ValueError, binascii.Error):
            return AuthResult(success=False)
        given = dict(f.split("=", 1) for f in fields if "=" in f)
        ok = given.get("user") == self.username and given.get("auth") == (f"Bearer {self.password}")
        self.logins.append(("XOAUTH2", ok))
        return AuthResult(success=ok)

    async def handle_DATA(self, server, session, envelope) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        if self.reject:
            return self.reject
        raw = envelope.original_content or envelope.content
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), raw))
        return "250 2.0.0 OK"


class SmtpTestServer:
    def __init__(self, directory: Path, username: str, password: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        key, cert = directory / "smtp.key", directory / "smtp.pem"
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                 "-keyout", key, "-out", cert, "-subj", "/CN=localhost",
                 "-addext", "subjectAltName=DNS:localhost")  # fmt: skip
        self.ca_file = cert
        self.port = _free_port()
        self.handler = _Handler(username, password)
        self.logins = self.handler.logins
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)

        def authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
            ok = (
                isinstance(auth_data, LoginPassword)
                and auth_data.login.decode() == username
                and auth_data.password.decode() == password
            )
            self.logins.append((mechanism, ok))
            return AuthResult(success=ok)

        self._controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            tls_context=context,
            require_starttls=True,
            authenticator=authenticator,
            auth_require_tls=True,
            auth_required=True,
        )

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def start(self) -> SmtpTestServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def config(self, *, save_sent: str = "auto") -> str:
        """The ``smtp:`` lines of an account (credentials: the IMAP ones, by default)."""
        return (
            "    smtp:\n"
            "      host: localhost\n"
            f"      port: {self.port}\n"
            "      security: starttls\n"
            f"      tls_ca_file: {self.ca_file}\n"
            f"      save_sent: {save_sent}\n"
        )
