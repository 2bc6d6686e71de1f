"""Opening an authenticated IMAP connection safely, and saying clearly why it failed.

Certificate and host name checks are always on; ``tls_ca_file`` only adds a trusted CA.
STARTTLS never falls back to plain text, and plain IMAP is for loopback hosts only.
Every failure becomes a one-line :class:`MailboxError` that says what went wrong and what
to change, and never contains the secret.
"""

from __future__ import annotations

import ipaddress
import re
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Protocol

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from afterview.errors import AfterviewError, MailboxError

SECURITY_PORTS = {"tls": 993, "starttls": 143, "none": 143}


class Credential(Protocol):
    """What :mod:`afterview.credentials` hands out: a secret and where it came from."""

    @property
    def kind(self) -> str: ...  # "password" | "oauth2"
    @property
    def secret(self) -> str: ...
    @property
    def source(self) -> str: ...  # for messages, e.g. "password_command"


class ImapLoginError(MailboxError):
    """The server rejected the credential: retrying soon will not help and may lock the account."""


def is_loopback_host(host: str) -> bool:
    """True for loopback addresses and ``localhost`` names: the only hosts plain IMAP may use.

    Names are not resolved: a DNS answer could point anywhere.
    """
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Endpoint:
    """Where and how to connect. Construction checks the security setting."""

    host: str
    port: int
    security: str
    username: str
    tls_ca_file: str | None = None
    timeout: SocketTimeout = field(default_factory=lambda: SocketTimeout(15, 90))

    def __post_init__(self) -> None:
        if self.security not in SECURITY_PORTS:
            raise MailboxError(f"imap.security {self.security!r}: use tls, starttls or none")
        if self.security == "none" and not is_loopback_host(self.host):
            raise MailboxError(
                f"refusing unencrypted IMAP to {self.host}: security: none is for loopback "
                "hosts only; use security: tls (port 993) or starttls (port 143)"
            )

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port} as {self.username}"

    def open(self, credential: Callable[[], Credential]) -> IMAPClient:
        """A logged-in client. Errors pass through :meth:`errors` to become readable."""
        client = self._connect()
        try:
            self._login(client, credential())
        except BaseException:
            with suppress(Exception):
                client.shutdown()
            raise
        client.normalise_times = False  # keep INTERNALDATE's zone: aware datetimes
        return client

    def _connect(self) -> IMAPClient:
        context = self._tls_context() if self.security != "none" else None
        if self.security == "tls":
            return IMAPClient(self.host, self.port, ssl=True, ssl_context=context,
                              timeout=self.timeout)  # fmt: skip
        client = IMAPClient(self.host, self.port, ssl=False, timeout=self.timeout)
        if self.security == "starttls":
            if not client.has_capability("STARTTLS"):
                client.shutdown()
                raise MailboxError(
                    f"{self.host}:{self.port} does not offer STARTTLS, so the password would "
                    "travel unencrypted; use security: tls (port 993) or a server with STARTTLS"
                )
            client.starttls(context)
        return client

    def _tls_context(self) -> ssl.SSLContext:
        """System trust plus ``tls_ca_file``; certificate and host name checks always on."""
        context = ssl.create_default_context()
        if self.tls_ca_file:
            try:
                context.load_verify_locations(cafile=self.tls_ca_file)
            except (OSError, ssl.SSLError) as err:
                raise MailboxError(
                    f"imap.tls_ca_file {self.tls_ca_file}: cannot load it as a PEM CA "
                    f"certificate ({reason(err)})"
                ) from None
        return context

    def _login(self, client: IMAPClient, credential: Credential) -> None:
        try:
            if credential.kind == "oauth2":
                client.oauth2_login(self.username, credential.secret)
            else:
                client.login(self.username, credential.secret)
        except LoginError as err:
            said = reason(err).replace(credential.secret, "***") if credential.secret else ""
            raise ImapLoginError(
                f"IMAP login to {self.where} failed ({said}); check the "
                f"{'token' if credential.kind == 'oauth2' else 'password'} from "
                f"{credential.source}"
            ) from None

    @contextmanager
    def errors(self, action: str, on_disconnect: Callable[[], None]) -> Iterator[None]:
        """Turn library, socket and TLS errors into one-line :class:`MailboxError`s.

        ``on_disconnect`` runs when the connection can no longer be trusted.
        """
        try:
            yield
        except AfterviewError:
            raise
        except IMAPClientAbortError as err:
            on_disconnect()
            raise MailboxError(
                f"connection to {self.where} lost while {action} ({reason(err)}); "
                "it is re-opened on the next attempt"
            ) from None
        except IMAPClientError as err:
            raise MailboxError(f"{self.where} refused {action}: {reason(err)}") from None
        except ssl.SSLCertVerificationError as err:
            on_disconnect()
            raise MailboxError(
                f"TLS certificate of {self.host}:{self.port} did not verify "
                f"({err.verify_message}); connect by a name the certificate lists, or, if "
                "the server uses a private CA, set imap.tls_ca_file to its certificate"
            ) from None
        except ssl.SSLError as err:
            on_disconnect()
            raise MailboxError(
                f"TLS with {self.host}:{self.port} failed ({reason(err)}); check "
                "imap.security and imap.port (993 is tls, 143 is starttls)"
            ) from None
        except OSError as err:  # includes DNS failures, refused connections and timeouts
            on_disconnect()
            raise MailboxError(
                f"cannot reach IMAP server {self.host}:{self.port} while {action} "
                f"({reason(err)}); check imap.host, imap.port and the network"
            ) from None


def reason(err: BaseException) -> str:
    """The library's message on one line, without Python's ``b'...'`` wrapping."""
    text = str(err) or type(err).__name__
    text = re.sub(r"""b(['"])(.*?)\1""", r"\2", text)
    return " ".join(text.split())
