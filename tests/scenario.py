"""A user's mailbox on the private Dovecot, driven through the real command line."""

from __future__ import annotations

import contextlib
import email
import email.policy
import io
import json
from datetime import datetime
from email.message import EmailMessage, Message
from pathlib import Path

from afterview.cli import main
from dovecot import DovecotUser
from userconfig import write_config


class Scenario:
    def __init__(self, tmp_path: Path, user: DovecotUser, extra_config: str = "") -> None:
        self.user = user
        self.config = write_config(tmp_path, user, extra=extra_config)

    # ---- the world ---------------------------------------------------------------------

    def deliver(self, msg: EmailMessage, folder: str = "INBOX") -> str:
        self.user.deliver(bytes(msg), folder, when=msg["Date"].datetime)
        return str(msg["Message-ID"])

    def afterview(self, *args: str) -> str:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--config", str(self.config), *args])
        assert code == 0, out.getvalue()
        return out.getvalue()

    def run(self, now: str) -> str:
        return self.afterview("run", "--once", "--now", now)

    def status(self, now: str) -> dict:
        return json.loads(self.afterview("status", "--json", "--now", now))

    def app(self, now: str) -> dict:
        apps = self.status(now)["applications"]
        assert len(apps) == 1, apps
        return apps[0]

    # ---- looking, as a mail client would (never through Afterview's own code) ------------

    def folder(self, name: str) -> dict[int, tuple[Message, frozenset[bytes]]]:
        client = self.user.client()
        try:
            client.select_folder(name, readonly=True)
            uids = client.search("ALL")
            found = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
        finally:
            client.logout()
        return {
            uid: (
                email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default),
                frozenset(data[b"FLAGS"]) - {b"\\Recent"},  # session state, not a flag
            )
            for uid, data in found.items()
        }

    def drafts(self) -> dict[str, Message]:
        return {str(m["X-Afterview-Key"]): m for m, _ in self.folder("Drafts").values()}

    def flags(self, folder: str = "INBOX") -> dict[int, frozenset[bytes]]:
        return {uid: flags for uid, (_, flags) in self.folder(folder).items()}

    # ---- the user ----------------------------------------------------------------------

    def send_draft(self, key_part: str, when: datetime) -> str:
        """The user sends a draft from their client: it moves to Sent, unchanged."""
        client = self.user.client()
        try:
            client.select_folder("Drafts")
            for uid, data in client.fetch(client.search("ALL"), ["BODY.PEEK[]"]).items():
                raw = data[b"BODY[]"]
                msg = email.message_from_bytes(raw, policy=email.policy.default)
                if key_part in str(msg["X-Afterview-Key"]):
                    client.append("Sent", raw, flags=[b"\\Seen"], msg_time=when)
                    client.delete_messages([uid])
                    client.expunge()
                    return str(msg["Message-ID"])
        finally:
            client.logout()
        raise AssertionError(f"no draft matching {key_part}")

    def delete_draft(self, key_part: str, *, replace_with: bytes | None = None) -> None:
        """The user deletes a draft, or edits it (a client saves a new copy)."""
        client = self.user.client()
        try:
            client.select_folder("Drafts")
            for uid, data in client.fetch(client.search("ALL"), ["BODY.PEEK[]"]).items():
                msg = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
                if key_part in str(msg["X-Afterview-Key"]):
                    if replace_with is not None:
                        client.append("Drafts", replace_with, flags=[b"\\Draft", b"\\Seen"])
                    client.delete_messages([uid])
                    client.expunge()
                    return
        finally:
            client.logout()
        raise AssertionError(f"no draft matching {key_part}")
