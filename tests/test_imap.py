"""The IMAP backend against a real, private Dovecot (see tests/dovecot.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from imapclient import IMAPClient

from afterview.errors import MailboxError
from afterview.mail.base import FolderMark, header_value
from afterview.mail.imap import ImapLoginError, ImapMailbox
from dovecot import DovecotPool, DovecotServer, DovecotUser
from mailbox_contract import (
    KEY,
    NOW,
    Backend,
    FolderSettings,
    MailboxContract,
    message,
    mid,
)

pytestmark = pytest.mark.dovecot


@dataclass(frozen=True)
class Secret:
    """A credential as afterview.credentials hands it out."""

    secret: str
    kind: str = "password"
    source: str = "the test's password_command"


def open_mailbox(
    user: DovecotUser,
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    security: str = "none",
    credential: Callable[[], Secret] | None = None,
    **options: Any,
) -> ImapMailbox:
    return ImapMailbox(
        host,
        port or user.server.port,
        security,
        user.name,
        credential or (lambda: Secret(user.password)),
        **options,
    )


def stored(client: IMAPClient, folder: str) -> dict[str, frozenset[str]]:
    """Message-ID -> flags, through a separate connection (never the code under test)."""
    client.select_folder(folder, readonly=True)
    uids = client.search(["ALL"])
    found = client.fetch(uids, ["BODY.PEEK[HEADER]", "FLAGS"]) if uids else {}
    return {
        header_value(data[b"BODY[HEADER]"], "Message-ID") or "": frozenset(
            f.decode() for f in data[b"FLAGS"] if f != b"\\Recent"
        )
        for data in found.values()
    }


class ImapBackend(Backend):
    def __init__(self, user: DovecotUser) -> None:
        self.user = user
        self.drafts, self.sent = user.server.drafts, user.server.sent

    def open(self, folders: FolderSettings | None = None) -> ImapMailbox:
        return open_mailbox(self.user, folder_overrides=folders)

    def deliver(
        self, raw: bytes, folder: str = "INBOX", flags: Any = (), when: datetime = NOW
    ) -> None:
        self.user.deliver(raw, folder, flags, when)

    def stored(self, folder: str) -> dict[str, frozenset[str]]:
        with self.user.client() as client:
            return stored(client, folder)

    def change_uidvalidity(self, folder: str) -> None:
        with self.user.client() as client:
            current = client.select_folder(folder, readonly=True)[b"UIDVALIDITY"]
        self.user.set_uidvalidity(folder, current + 1000)


VARIANTS: dict[str, dict[str, Any]] = {
    "special-use": {},
    "gmail": {"drafts": "[Gmail]/Drafts", "sent": "[Gmail]/Sent Mail"},
    "gmail-localised": {"drafts": "[Gmail]/Entwürfe", "sent": "[Gmail]/Gesendet"},
    "names-only": {"special_use": False, "sent": "Sent Items"},
    "localised-names": {"special_use": False, "drafts": "Entwürfe", "sent": "Gesendet"},
}


class TestImapContract(MailboxContract):
    @pytest.fixture(params=["special-use", "gmail", "names-only"])
    def backend(self, request: pytest.FixtureRequest, dovecot_pool: DovecotPool) -> ImapBackend:
        return ImapBackend(dovecot_pool.get(**VARIANTS[request.param]).add_user())


# ---- folders -------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
def test_discovers_drafts_and_sent_and_writes_where_the_server_says(
    variant: str, dovecot_pool: DovecotPool
) -> None:
    server = dovecot_pool.get(**VARIANTS[variant])
    user = server.add_user()
    with open_mailbox(user) as box:
        folders = box.folders()
        uid = box.append_draft(message("d", key=KEY), NOW)
    assert (folders.inbox, folders.drafts, folders.sent) == ("INBOX", server.drafts, server.sent)
    assert folders.watch == ("INBOX",)
    with user.client() as client:
        client.select_folder(server.drafts, readonly=True)
        assert client.search(["HEADER", "Message-ID", mid("d")]) == [uid]


def test_unknown_folder_names_need_configuration(dovecot_pool: DovecotPool) -> None:
    server = dovecot_pool.get(special_use=False, drafts="Privat", sent="Ausgang")
    user = server.add_user()
    with open_mailbox(user) as box, pytest.raises(MailboxError) as caught:
        box.folders()
    assert "no drafts folder" in str(caught.value)
    assert "Privat" in str(caught.value)  # the listing helps the user pick
    configured = FolderSettings(drafts="Privat", sent="Ausgang")
    with open_mailbox(user, folder_overrides=configured) as box:
        assert (box.folders().drafts, box.folders().sent) == ("Privat", "Ausgang")


def test_a_missing_folder_is_a_clear_error(dovecot_user: DovecotUser) -> None:
    with open_mailbox(dovecot_user) as box, pytest.raises(MailboxError, match="'Archive 2019'"):
        box.list_new("Archive 2019", None)


# ---- drafts ---------------------------------------------------------------------------------


def test_appenduid_is_the_uid_the_server_gave(dovecot_user: DovecotUser) -> None:
    dovecot_user.deliver(message("filler"), "Drafts")  # so the draft's UID is not simply 1
    with open_mailbox(dovecot_user) as box:
        uid = box.append_draft(message("d", key=KEY), NOW)
        assert box.uid_by_message_id("Drafts", mid("d")) == uid  # the no-UIDPLUS fallback
    with dovecot_user.client() as client:
        client.select_folder("Drafts", readonly=True)
        assert client.search(["HEADER", "Message-ID", mid("d")]) == [uid] != [1]
        client.normalise_times = False
        assert client.fetch([uid], ["INTERNALDATE"])[uid][b"INTERNALDATE"] == NOW


@pytest.mark.parametrize("uidplus", [True, False])
def test_deleting_a_draft_expunges_nothing_else(uidplus: bool, dovecot_pool: DovecotPool) -> None:
    user = dovecot_pool.get(uidplus=uidplus).add_user()
    # The user deleted a message of their own in Drafts but has not expunged it yet.
    user.deliver(message("users-deleted"), "Drafts", flags=["\\Deleted"])
    with open_mailbox(user) as box:
        assert ("UIDPLUS" in box.capabilities()) is uidplus
        uid = box.append_draft(message("ours", key=KEY), NOW)
        assert uid is not None
        box.delete_draft(uid)
        assert box.find_drafts() == []
    with user.client() as client:
        left = stored(client, "Drafts")
    assert left[mid("users-deleted")] == {"\\Deleted"}
    if uidplus:
        assert mid("ours") not in left
    else:  # only flagged: a plain EXPUNGE would have taken the user's message too
        assert "\\Deleted" in left[mid("ours")]


# ---- connections, TLS, login ----------------------------------------------------------------


@pytest.fixture(scope="module")
def tls_server(dovecot_pool: DovecotPool) -> DovecotServer:
    return dovecot_pool.get(tls="tls")


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_needs_a_trusted_certificate_and_matching_name(
    security: str, tls_server: DovecotServer
) -> None:
    user = tls_server.add_user()
    port = tls_server.tls_port if security == "tls" else tls_server.port
    untrusted = open_mailbox(user, host="localhost", port=port, security=security)
    with pytest.raises(MailboxError, match=r"did not verify.*tls_ca_file"):
        untrusted.connect()
    ca = str(tls_server.ca_file)
    by_ip = open_mailbox(user, host="127.0.0.1", port=port, security=security, tls_ca_file=ca)
    with pytest.raises(MailboxError, match="mismatch"):
        by_ip.connect()
    with open_mailbox(user, host="localhost", port=port, security=security, tls_ca_file=ca) as box:
        assert box.folders().drafts == "Drafts"


def test_an_unreadable_ca_file_is_a_clear_error(tls_server: DovecotServer, tmp_path: Any) -> None:
    bogus = tmp_path / "ca.pem"
    bogus.write_text("not a certificate")
    box = open_mailbox(
        tls_server.add_user(), host="localhost", port=tls_server.tls_port, security="tls",
        tls_ca_file=str(bogus),
    )  # fmt: skip
    with pytest.raises(MailboxError, match=r"tls_ca_file .*ca\.pem"):
        box.connect()


def test_starttls_is_refused_when_the_server_lacks_it(dovecot_user: DovecotUser) -> None:
    box = open_mailbox(dovecot_user, host="localhost", security="starttls")
    with pytest.raises(MailboxError, match="does not offer STARTTLS"):
        box.connect()


def test_plain_imap_only_to_loopback(dovecot_user: DovecotUser) -> None:
    with pytest.raises(MailboxError, match="loopback"):
        open_mailbox(dovecot_user, host="imap.example.org")
    with open_mailbox(dovecot_user, host="localhost") as box:
        assert "IMAP4REV1" in box.capabilities()


def test_login_failure_names_the_source_but_not_the_password(dovecot_user: DovecotUser) -> None:
    wrong = "Tr0ub4dor&3-wrong"
    box = open_mailbox(dovecot_user, credential=lambda: Secret(wrong))
    with pytest.raises(ImapLoginError) as caught:
        box.connect()
    text = str(caught.value)
    assert wrong not in text
    assert "password_command" in text and "\n" not in text


def test_oauth2_tokens_log_in_with_xoauth2(dovecot_user: DovecotUser) -> None:
    token = Secret(dovecot_user.password, kind="oauth2", source="oauth2_token_command")
    with open_mailbox(dovecot_user, credential=lambda: token) as box:
        box.capabilities()
    logins = [line for line in dovecot_user.server.log(10_000).splitlines() if "Login:" in line]
    assert any(f"user=<{dovecot_user.name}>, method=XOAUTH2" in line for line in logins)
    expired = Secret("expired-token-123", kind="oauth2", source="oauth2_token_command")
    with pytest.raises(ImapLoginError, match="token from oauth2_token_command") as caught:
        open_mailbox(dovecot_user, credential=lambda: expired).connect()
    assert "expired-token-123" not in str(caught.value)


def test_unreachable_server_is_a_clear_error(dovecot_user: DovecotUser) -> None:
    from dovecot import _free_port

    box = open_mailbox(dovecot_user, port=_free_port())
    with pytest.raises(MailboxError, match="cannot reach IMAP server"):
        box.connect()


def test_reconnects_after_a_drop_asking_for_the_credential_again(
    dovecot_user: DovecotUser,
) -> None:
    asked = []

    def credential() -> Secret:
        asked.append(1)
        return Secret(dovecot_user.password)

    dovecot_user.deliver(message("one"))
    with open_mailbox(dovecot_user, credential=credential) as box:
        mark = box.list_new("INBOX", None).mark
        dovecot_user.kick()
        with pytest.raises(MailboxError, match="lost"):
            box.list_new("INBOX", mark)
        dovecot_user.deliver(message("two"))
        assert len(box.list_new("INBOX", mark).uids) == 1
    assert len(asked) == 2


def test_marks_survive_a_server_restart(dovecot_pool: DovecotPool) -> None:
    server = dovecot_pool.get(drafts="Restart Drafts")  # a server of its own to restart
    user = server.add_user()
    user.deliver(message("before"))
    with open_mailbox(user) as box:
        mark = box.list_new("INBOX", None).mark
    server.restart()
    user.deliver(message("after"))
    with open_mailbox(user) as box:
        new = box.list_new("INBOX", mark)
        assert [header_value(m.raw, "Message-ID") for m in box.fetch("INBOX", new.uids)] == [
            mid("after")
        ]


# ---- IDLE hook ------------------------------------------------------------------------------


def current_mark(box: ImapMailbox) -> FolderMark:
    return box.list_new("INBOX", None).mark


def test_idle_wait_reports_mail_already_beyond_the_mark(dovecot_user: DovecotUser) -> None:
    with open_mailbox(dovecot_user) as box:
        assert box.has_idle()
        mark = current_mark(box)
        dovecot_user.deliver(message("meanwhile"))
        assert box.idle_wait("INBOX", mark, timeout=30) is True


def test_idle_wait_times_out_quietly(dovecot_user: DovecotUser) -> None:
    with open_mailbox(dovecot_user) as box:
        assert box.idle_wait("INBOX", current_mark(box), timeout=1) is False
        assert box.list_new("INBOX", current_mark(box)).uids == []  # still connected


def test_idle_wait_ignores_mail_that_came_and_went(dovecot_user: DovecotUser) -> None:
    with open_mailbox(dovecot_user) as box:
        mark = current_mark(box)
        uid = dovecot_user.deliver(message("filtered-away"))
        with dovecot_user.client() as client:  # a server-side filter or the user moved it
            client.select_folder("INBOX")
            client.delete_messages([uid])
            client.expunge()
        # UIDNEXT moved on, but there is nothing to list: no wake-up, or the caller would spin.
        assert box.idle_wait("INBOX", mark, timeout=1) is False


def test_idle_wait_wakes_for_delivery(dovecot_user: DovecotUser) -> None:
    with open_mailbox(dovecot_user) as box:
        mark = current_mark(box)
        # Whether this lands before or during IDLE, idle_wait must say True.
        threading.Timer(0.3, dovecot_user.deliver, [message("pushed")]).start()
        assert box.idle_wait("INBOX", mark, timeout=30) is True


@pytest.mark.parametrize("security", ["none", "tls"])
def test_interrupt_ends_an_idle_wait_from_another_thread(
    security: str, dovecot_user: DovecotUser, tls_server: DovecotServer
) -> None:
    """What a retired watcher relies on: its IDLE ends now, not at the renewal."""
    if security == "tls":
        user = tls_server.add_user()
        ca = str(tls_server.ca_file)
        port = tls_server.tls_port
        box = open_mailbox(user, host="localhost", port=port, security="tls", tls_ca_file=ca)
    else:
        user, box = dovecot_user, open_mailbox(dovecot_user)
    with box:
        mark = current_mark(box)
        cutter = threading.Timer(0.3, box.interrupt)
        cutter.start()
        with pytest.raises(MailboxError):
            box.idle_wait("INBOX", mark, timeout=600)
        cutter.join()
        user.deliver(message("after the cut"))
        assert len(box.list_new("INBOX", mark).uids) == 1  # a fresh connection works


def test_idle_wait_notices_a_dropped_connection(dovecot_user: DovecotUser) -> None:
    with open_mailbox(dovecot_user) as box:
        mark = current_mark(box)
        kicker = threading.Timer(0.3, dovecot_user.kick)
        kicker.start()
        with pytest.raises(MailboxError):
            box.idle_wait("INBOX", mark, timeout=30)
        kicker.join()
        assert box.list_new("INBOX", mark).uids == []  # a fresh connection works
