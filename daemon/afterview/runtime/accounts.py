"""Opening the mailbox of a configured account: config and credentials meet the edge."""

from __future__ import annotations

from functools import partial

from afterview.config import Account
from afterview.credentials import get_credential
from afterview.mail.imap import ImapMailbox


def open_mailbox(account: Account) -> ImapMailbox:
    """An IMAP mailbox for ``account``, not yet connected.

    The credential is fetched at every (re)connect, so a rotated OAuth2 token or a changed
    password file is picked up without a restart.
    """
    imap = account.imap
    return ImapMailbox(
        imap.host,
        imap.port,
        imap.security,
        imap.username,
        partial(get_credential, account.name, imap.username, imap.credentials),
        tls_ca_file=str(imap.tls_ca_file) if imap.tls_ca_file else None,
        folder_overrides=account.folders,
    )
