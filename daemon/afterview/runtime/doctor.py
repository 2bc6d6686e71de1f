"""``afterview doctor``: for each account, prove that Afterview can do its job there.

It connects, logs in, lists the server's capabilities that matter, and resolves the folders,
saying for each step what worked or the one line that explains what did not.
"""

from __future__ import annotations

from typing import TextIO

from afterview.config import Config
from afterview.credentials import describe_source
from afterview.errors import AfterviewError
from afterview.runtime.accounts import open_mailbox

_NOTABLE = ("IDLE", "UIDPLUS", "SPECIAL-USE", "CONDSTORE", "MOVE", "X-GM-EXT-1")


def doctor(config: Config, *, out: TextIO) -> int:
    """Check every account; 0 when all work, 1 when any fails (CONTRACT.md)."""
    failed = 0
    for account in config.accounts:
        imap = account.imap
        print(
            f"account {account.name}: {imap.username} at {imap.host}:{imap.port} ({imap.security})",
            file=out,
        )
        source = describe_source(
            imap.credentials, account_name=account.name, username=imap.username
        )
        print(f"  credentials: {source}", file=out)
        mailbox = open_mailbox(account)
        try:
            mailbox.connect()
            print("  login: ok", file=out)
            capabilities = mailbox.capabilities()
            notable = [c for c in _NOTABLE if c in capabilities]
            print(f"  capabilities: {' '.join(notable) or '(none of note)'}", file=out)
            if "IDLE" not in capabilities:
                print(
                    f"  note: no IDLE; new mail is polled every "
                    f"{int(account.poll_interval.total_seconds() // 60)} min",
                    file=out,
                )
            folders = mailbox.folders()
            print(
                f"  folders: watch {', '.join(folders.watch)}; drafts {folders.drafts}; "
                f"sent {folders.sent}",
                file=out,
            )
            print("  ok", file=out)
        except AfterviewError as err:
            failed += 1
            print(f"  FAILED: {err}", file=out)
        finally:
            mailbox.close()
    return 1 if failed else 0
