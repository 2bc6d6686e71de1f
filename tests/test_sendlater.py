"""Send-later end to end: Dovecot for the mailbox, aiosmtpd (STARTTLS, AUTH) for sending.

The user approves a thank-you draft by flagging it from another IMAP client; Afterview runs
through the real command line (``run --once --now``), and what the SMTP server received
and what is left in Drafts and Sent are looked at from outside.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime

import pytest

import mailfactory as mf
from scenario import Scenario
from smtpserver import SmtpTestServer

pytestmark = pytest.mark.dovecot

APP = "acme-robotics-backend-engineer"
THANK_JANE = f"{APP}/thank_you/{mf.JANE[1]}"
THANK_BOB = f"{APP}/thank_you/{mf.BOB[1]}"
WRITTEN = "2026-11-24T17:05:00+00:00"  # the thank-yous (due 17:00) are written
LATER = "2026-11-24T17:20:00+00:00"


@pytest.fixture
def smtp(tmp_path, dovecot_user):
    server = SmtpTestServer(tmp_path / "smtp", dovecot_user.name, dovecot_user.password).start()
    yield server
    server.stop()


def _world(tmp_path, dovecot_user, smtp, *, save_sent: str = "auto") -> Scenario:
    world = Scenario(tmp_path, dovecot_user)
    text = world.config.read_text()
    account = smtp.config(save_sent=save_sent) + "    send_later: true\n"
    world.config.write_text(text.replace("state:\n", account + "state:\n", 1))
    world.deliver(
        mf.invitation(
            datetime(2026, 11, 20, 10, tzinfo=UTC), "20261124T150000Z", "20261124T160000Z"
        )
    )
    world.run(WRITTEN)
    assert set(world.drafts()) == {THANK_JANE, THANK_BOB}
    return world


def _flag(world: Scenario, key: str, *, on: bool = True) -> None:
    """The user stars a draft in their mail client (or removes the star)."""
    client = world.user.client()
    try:
        client.select_folder("Drafts")
        for uid, data in client.fetch(client.search("ALL"), ["BODY.PEEK[HEADER]"]).items():
            if key.encode() in data[b"BODY[HEADER]"]:
                (client.add_flags if on else client.remove_flags)([uid], [b"\\Flagged"])
                return
    finally:
        client.logout()
    raise AssertionError(f"no draft {key}")


def _sent_copies(world: Scenario) -> list:
    return [m for m, _ in world.folder("Sent").values()]


def test_a_flagged_draft_is_sent_once_and_an_unflagged_one_never(tmp_path, dovecot_user, smtp):
    world = _world(tmp_path, dovecot_user, smtp)
    draft = world.drafts()[THANK_JANE]
    world.run(LATER)
    assert smtp.received == [], "nothing is sent before the user approves it"
    _flag(world, THANK_JANE)
    world.run(LATER)
    assert len(smtp.received) == 1
    sent = smtp.received[0]
    assert sent.rcpt_tos == [mf.JANE[1]] and sent.mail_from == mf.ME
    assert sent.message["Message-ID"] == draft["Message-ID"]
    assert sent.message["X-Afterview-Key"] is None, "bookkeeping stays at home"
    assert sent.message.get_content() == draft.get_content()
    assert set(world.drafts()) == {THANK_BOB}
    copies = _sent_copies(world)
    assert [str(c["Message-ID"]) for c in copies] == [str(draft["Message-ID"])]
    assert str(copies[0]["X-Afterview-Key"]) == THANK_JANE
    assert ("LOGIN", True) in smtp.logins or ("PLAIN", True) in smtp.logins
    for now in (LATER, "2026-11-25T10:00:00+00:00", "2026-11-26T10:00:00+00:00"):
        world.run(now)
    assert len(smtp.received) == 1, "sent exactly once; the unflagged draft never"
    assert set(world.drafts()) == {THANK_BOB}
    assert len(_sent_copies(world)) == 1
    stage = world.app("2026-11-26T10:00:00+00:00")
    assert not [a for a in stage["planned"] if a["to"] == mf.JANE[1] and a["kind"] == "thank_you"]


def test_not_before_its_due_time_and_not_after_the_flag_is_removed(tmp_path, dovecot_user, smtp):
    world = _world(tmp_path, dovecot_user, smtp, save_sent="never")
    _flag(world, THANK_JANE)
    world.run("2026-11-24T16:55:00+00:00")  # a run (clock skew) before the 17:00 due time
    assert smtp.received == []
    _flag(world, THANK_JANE, on=False)
    world.run(LATER)
    assert smtp.received == []
    _flag(world, THANK_JANE)
    world.run(LATER)
    assert [r.rcpt_tos for r in smtp.received] == [[mf.JANE[1]]]
    assert _sent_copies(world) == [], "save_sent: never"


def test_a_draft_readdressed_by_the_user_is_not_sent(tmp_path, dovecot_user, smtp):
    world = _world(tmp_path, dovecot_user, smtp)
    original = world.drafts()[THANK_JANE]
    del original["To"]
    original["To"] = "Someone Else <someone.else@elsewhere.example>"
    world.delete_draft(THANK_JANE, replace_with=bytes(original))
    _flag(world, THANK_JANE)
    world.run(LATER)
    assert smtp.received == []
    flags = world.flags("Drafts")
    assert all(b"\\Flagged" not in f for f in flags.values()), "the approval is withdrawn"


def test_a_refused_message_stays_unflagged_with_the_reason_logged(
    tmp_path, dovecot_user, smtp, capfd
):
    world = _world(tmp_path, dovecot_user, smtp)
    smtp.handler.reject = "554 5.7.1 Message rejected as spam"
    _flag(world, THANK_JANE)
    world.run(LATER)
    assert smtp.received == []
    assert set(world.drafts()) == {THANK_JANE, THANK_BOB}
    assert all(b"\\Flagged" not in f for f in world.flags("Drafts").values())
    log = capfd.readouterr().err
    assert "554" in log and "rejected as spam" in log
    smtp.handler.reject = None
    world.run("2026-11-24T17:40:00+00:00")
    assert smtp.received == [], "not retried until the user flags it again"
    _flag(world, THANK_JANE)
    world.run("2026-11-24T17:45:00+00:00")
    assert len(smtp.received) == 1


_KILLER = textwrap.dedent(
    """
    import os, sys
    from afterview.runtime import sendlater
    from afterview.mail import smtp
    from afterview.cli import main
    when = sys.argv[1]
    original_send = smtp.SmtpServer.send
    def finish(self, *args):
        os._exit(9)  # "accepted" is committed; the copy is not filed, the draft not removed
    def send(self, *args):
        original_send(self, *args)
        os._exit(9)  # the server took it; not even "accepted" was recorded
    if when == "after-accepted":
        sendlater.SendLater._finish = finish
    else:
        smtp.SmtpServer.send = send
    sys.exit(main(sys.argv[2:]))
    """
)


@pytest.mark.parametrize("moment", ["after-accepted", "inside-smtp"])
def test_killed_after_the_server_took_it_never_sends_twice(tmp_path, dovecot_user, smtp, moment):
    world = _world(tmp_path, dovecot_user, smtp)
    _flag(world, THANK_JANE)
    killed = subprocess.run(
        [sys.executable, "-c", _KILLER, moment, "--config", str(world.config),
         "run", "--once", "--now", LATER],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert killed.returncode == 9, killed.stderr
    assert len(smtp.received) == 1
    assert THANK_JANE in world.drafts(), "killed before the draft was removed"
    for now in (LATER, "2026-11-25T10:00:00+00:00"):
        world.run(now)
    assert len(smtp.received) == 1, "never a second send"
    if moment == "after-accepted":  # known to be sent: finished as if nothing happened
        assert set(world.drafts()) == {THANK_BOB}
        assert len(_sent_copies(world)) == 1
    else:  # unknown: kept, unflagged, for the user to check
        assert THANK_JANE in world.drafts()
        assert all(b"\\Flagged" not in f for f in world.flags("Drafts").values())


def test_an_unverified_certificate_sends_nothing_and_keeps_the_approval(
    tmp_path, dovecot_user, smtp, capfd
):
    world = _world(tmp_path, dovecot_user, smtp)
    world.config.write_text(
        "\n".join(
            line for line in world.config.read_text().splitlines() if str(smtp.ca_file) not in line
        )
        + "\n"
    )  # the server's certificate is no longer trusted
    _flag(world, THANK_JANE)
    world.run(LATER)
    assert smtp.received == [] and smtp.logins == [], "no login without a verified TLS link"
    assert "will retry" in capfd.readouterr().err
    assert THANK_JANE in world.drafts()
    assert any(b"\\Flagged" in f for f in world.flags("Drafts").values()), "still approved"


def test_an_oauth2_token_logs_in_with_xoauth2(tmp_path, dovecot_user, smtp):
    """Gmail and Microsoft 365 take only a bearer token: ``oauth2_token_command`` under
    ``smtp.credentials`` logs in with XOAUTH2, the token fetched afresh for the login."""
    token = tmp_path / "token.sh"
    token.write_text(f"#!/bin/sh\necho '{dovecot_user.password}'\n")
    token.chmod(0o700)
    world = _world(tmp_path, dovecot_user, smtp)
    credentials = f'      credentials:\n        oauth2_token_command: "{token}"\n'
    text = world.config.read_text()
    world.config.write_text(text.replace("      save_sent:", credentials + "      save_sent:", 1))
    _flag(world, THANK_JANE)
    world.run(LATER)
    assert smtp.logins == [("XOAUTH2", True)]
    assert [r.rcpt_tos for r in smtp.received] == [[mf.JANE[1]]]
    assert THANK_JANE not in world.drafts()
