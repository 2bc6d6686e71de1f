"""The daily digest on a real Dovecot (and aiosmtpd when SMTP is configured).

Interview: Tue 24 Nov 2026 15:00-16:00 London (= UTC then) with Jane Doe and Bob Stone.
The digest is due from 08:00 local time, once a day, and only when it has something to say.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import mailfactory as mf
from scenario import Scenario
from smtpserver import SmtpTestServer

pytestmark = pytest.mark.dovecot

DIGEST = 'digest:\n  enabled: true\n  at: "08:00"\n'


def _digests(world: Scenario) -> list:
    return [(m, flags) for m, flags in world.folder("INBOX").values() if m["X-Afterview-Digest"]]


def _invited(world: Scenario) -> None:
    world.deliver(
        mf.invitation(
            datetime(2026, 11, 20, 10, tzinfo=UTC), "20261124T150000Z", "20261124T160000Z"
        )
    )


def test_once_a_day_from_its_time_into_the_inbox_and_never_read_as_job_mail(tmp_path, dovecot_user):
    world = Scenario(tmp_path, dovecot_user, extra_config=DIGEST)
    _invited(world)
    world.run("2026-11-23T07:55:00+00:00")
    assert _digests(world) == [], "not before 08:00"
    world.run("2026-11-23T08:05:00+00:00")
    [(digest, flags)] = _digests(world)
    assert b"\\Seen" not in flags, "it arrives unread, like mail"
    assert digest["To"].addresses[0].addr_spec == mf.ME
    text = digest.get_content()
    assert "Interviews coming up" in text and "Tue 24 Nov 15:00" in text
    assert "Jane Doe" in text and "Acme" in text
    assert "Drafts waiting" not in text, "no draft yet"
    for now in ("2026-11-23T08:30:00+00:00", "2026-11-23T20:00:00+00:00"):
        world.run(now)
    assert len(_digests(world)) == 1, "once a day"
    world.run("2026-11-24T17:05:00+00:00")  # thank-you drafts written; that day's digest
    world.run("2026-11-24T17:30:00+00:00")
    world.run("2026-11-25T08:01:00+00:00")
    digests = sorted((m for m, _ in _digests(world)), key=lambda m: m["Date"].datetime)
    assert [m["X-Afterview-Digest"] for m in digests] == ["2026-11-23", "2026-11-24", "2026-11-25"]
    second = digests[2].get_content()
    assert "Drafts waiting for your review" in second
    assert f"thank you to {mf.JANE[1]} (due Tue 24 Nov 17:00)" in second
    assert "Interviews coming up" not in second, "the interview is over"
    apps = world.status("2026-11-25T08:02:00+00:00")["applications"]
    assert len(apps) == 1, "the digest in the inbox is not job mail"


def test_nothing_to_say_sends_nothing(tmp_path, dovecot_user):
    world = Scenario(tmp_path, dovecot_user, extra_config=DIGEST)
    world.deliver(
        mf.build(("Newsletter", "news@shop.example"), "Weekly deals", "Sale!\n",
                 datetime(2026, 11, 22, 9, tzinfo=UTC))
    )  # fmt: skip
    world.run("2026-11-23T08:05:00+00:00")
    world.run("2026-11-24T08:05:00+00:00")
    assert _digests(world) == []


def test_by_smtp_with_a_refused_send_later_draft_in_it(tmp_path, dovecot_user):
    smtp = SmtpTestServer(tmp_path / "smtp", dovecot_user.name, dovecot_user.password).start()
    try:
        world = Scenario(tmp_path, dovecot_user, extra_config=DIGEST)
        text = world.config.read_text()
        account = smtp.config() + "    send_later: true\n"
        world.config.write_text(text.replace("state:\n", account + "state:\n", 1))
        _invited(world)
        world.run("2026-11-24T17:05:00+00:00")
        smtp.handler.reject = "550 5.1.1 Mailbox unavailable"
        client = world.user.client()
        try:
            client.select_folder("Drafts")
            client.add_flags(client.search("ALL"), [b"\\Flagged"])
        finally:
            client.logout()
        world.run("2026-11-24T17:20:00+00:00")
        smtp.handler.reject = None
        assert [r for r in smtp.received if not r.message["X-Afterview-Digest"]] == []
        world.run("2026-11-25T08:10:00+00:00")
        days = [str(r.message["X-Afterview-Digest"]) for r in smtp.received]
        assert days == ["2026-11-24", "2026-11-25"]
        digest = smtp.received[-1]
        assert digest.rcpt_tos == [mf.ME]
        body = digest.message.get_content()
        assert "Needs a look" in body and "550" in body and "Mailbox unavailable" in body
        assert _digests(world) == [], "sent, not appended"
    finally:
        smtp.stop()
