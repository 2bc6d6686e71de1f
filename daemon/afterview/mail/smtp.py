"""Sending one message through the account's SMTP server (aiosmtplib).

The caller needs to know *how* a send failed, because exactly-once depends on it:

``SmtpUnavailable``
    Nothing was handed over (no connection, no TLS, login refused): safe to try again later.
``SmtpRejected``
    The server answered the message with a 4xx/5xx: it was not accepted.
``SmtpUncertain``
    The connection broke after the message was handed over: it may have been accepted, so it
    must not simply be sent again.

TLS is always verified (system trust plus ``tls_ca_file``), STARTTLS is required when asked
for, and plain text is allowed only to a loopback host, as for IMAP.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import aiosmtplib

from afterview.credentials import Credential
from afterview.errors import MailboxError
from afterview.mail.imapconn import is_loopback_host

_TIMEOUT = 60.0
# Providers that file what their SMTP server sends in Sent themselves (save_sent: auto).
_SELF_FILING = ("gmail.com", "googlemail.com", "office365.com", "outlook.com")


class SmtpUnavailable(MailboxError):
    """Nothing was sent: the server could not be reached, secured or logged in to."""


class SmtpRejected(MailboxError):
    """The server refused the message (``code`` 4xx or 5xx)."""

    def __init__(self, code: int, text: str) -> None:
        super().__init__(f"SMTP {code}: {text}")
        self.code = code


class SmtpUncertain(MailboxError):
    """The connection failed after the message was handed over: it may have been sent."""


@dataclass(frozen=True)
class SmtpServer:
    """Where and how to send; ``credential`` is called once per send (tokens expire)."""

    host: str
    port: int
    security: str
    username: str
    credential: Callable[[], Credential]
    tls_ca_file: Path | None = None

    def files_sent_itself(self) -> bool:
        """True for providers whose SMTP server files a copy in Sent (Gmail, Office 365)."""
        host = self.host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in _SELF_FILING)

    def send(self, raw: bytes, sender: str, recipients: Sequence[str]) -> list[str]:
        """Hand ``raw`` to the server for ``recipients``; raises one of the three errors.

        Returns the recipients the server refused while accepting the message for others:
        the message went out, so it counts as sent.
        """
        if self.security == "none" and not is_loopback_host(self.host):
            raise SmtpUnavailable(
                f"refusing unencrypted SMTP to {self.host}: use security: tls or starttls"
            )
        return asyncio.run(self._send(raw, sender, list(recipients)))

    async def _send(self, raw: bytes, sender: str, recipients: list[str]) -> list[str]:
        where = f"SMTP {self.host}:{self.port}"
        client = aiosmtplib.SMTP(
            hostname=self.host,
            port=self.port,
            use_tls=self.security == "tls",
            start_tls=self.security == "starttls",
            tls_context=self._tls_context() if self.security != "none" else None,
            timeout=_TIMEOUT,
        )
        try:
            await client.connect()
            credential = self.credential()
            if credential.kind == "oauth2":
                await client.auth_xoauth2(self.username, credential.secret)
            else:
                await client.login(self.username, credential.secret)
        except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as err:
            said = _without(str(err), credential if "credential" in locals() else None)
            raise SmtpUnavailable(f"{where}: {said}") from None
        try:
            refused, _ = await client.sendmail(sender, recipients, raw)
        except aiosmtplib.SMTPRecipientsRefused as err:
            first = err.recipients[0]
            raise SmtpRejected(first.code, f"{first.recipient}: {first.message}") from None
        except aiosmtplib.SMTPResponseException as err:
            raise SmtpRejected(err.code, err.message) from None
        except (aiosmtplib.SMTPException, OSError) as err:
            raise SmtpUncertain(f"{where}: {err}") from None
        finally:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError):
                client.close()
        return sorted(refused)

    def _tls_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.tls_ca_file:
            try:
                context.load_verify_locations(cafile=str(self.tls_ca_file))
            except (OSError, ssl.SSLError) as err:
                raise SmtpUnavailable(f"smtp.tls_ca_file {self.tls_ca_file}: {err}") from None
        return context


def _without(text: str, credential: Credential | None) -> str:
    """An error text with the secret masked: a server may echo what it was sent."""
    if credential is not None and credential.secret:
        return text.replace(credential.secret, "***")
    return text
