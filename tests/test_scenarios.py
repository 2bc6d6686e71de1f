"""The follow-up sequence end to end on a real Dovecot, across simulated time (``--now``).

Every test drives ``afterview run --once --now T`` as a user would and looks at the mailbox
with a separate IMAP client. Interview: Tue 24 Nov 2026 15:00-16:00 (London = UTC then),
with Jane Doe and Bob Stone; the recruiter is Rita.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import mailfactory as mf
from scenario import Scenario

pytestmark = pytest.mark.dovecot

APP = "acme-robotics-backend-engineer"
THANK_JANE = f"{APP}/thank_you/{mf.JANE[1]}"
THANK_BOB = f"{APP}/thank_you/{mf.BOB[1]}"


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def world(tmp_path, dovecot_user) -> Scenario:
    scenario = Scenario(tmp_path, dovecot_user)
    scenario.invitation_id = scenario.deliver(
        mf.invitation(t("2026-11-20T10:00"), "20261124T150000Z", "20261124T160000Z")
    )
    return scenario


def thanked(world: Scenario) -> None:
    """Thank-you drafts written on the evening of the interview, sent the next morning."""
    world.run("2026-11-24T17:05:00+00:00")
    world.send_draft(THANK_JANE, t("2026-11-25T08:00"))
    world.send_draft(THANK_BOB, t("2026-11-25T08:01"))


def test_one_thank_you_per_interviewer_at_the_right_time_and_reruns_change_nothing(world):
    before = world.flags()
    world.run("2026-11-24T16:30:00+00:00")  # interview over, thank_you_delay not yet
    assert world.drafts() == {}
    world.run("2026-11-24T17:05:00+00:00")
    drafts = world.drafts()
    assert set(drafts) == {THANK_JANE, THANK_BOB}
    for key, draft in drafts.items():
        assert [a.addr_spec for a in draft["To"].addresses] == [key.rsplit("/", 1)[1]]
        assert draft["From"].addresses[0].addr_spec == mf.ME
        assert draft["Message-ID"] and draft["Date"]
    assert all(flags == {b"\\Draft", b"\\Seen"} for flags in world.flags("Drafts").values())
    for now in ("2026-11-24T17:30:00+00:00", "2026-11-25T09:00:00+00:00"):
        world.run(now)
    assert len(world.folder("Drafts")) == 2
    assert world.flags() == before, "incoming mail's flags must never change"
    assert world.app("2026-11-24T17:30:00+00:00")["stage"] == "thank_you_drafted"


def test_a_deleted_draft_stays_deleted(world):
    world.run("2026-11-24T17:05:00+00:00")
    world.delete_draft(THANK_BOB)
    world.run("2026-11-24T18:00:00+00:00")
    world.run("2026-11-25T10:00:00+00:00")
    assert set(world.drafts()) == {THANK_JANE}


def test_the_users_own_thank_you_means_no_draft_for_that_person(world):
    world.deliver(mf.own_thank_you(t("2026-11-24T16:20"), mf.JANE), folder="Sent")
    world.run("2026-11-24T17:05:00+00:00")
    assert set(world.drafts()) == {THANK_BOB}


def test_a_promised_date_gives_a_threaded_check_in_the_morning_after(world):
    thanked(world)
    reply_id = world.deliver(
        mf.timeline_reply(t("2026-11-26T11:00"), world.invitation_id, "by Friday 4 December")
    )
    world.run("2026-12-07T08:55:00+00:00")  # Monday before opening: nothing yet
    assert world.drafts() == {}
    world.run("2026-12-07T09:05:00+00:00")
    (key, draft), *rest = world.drafts().items()
    assert not rest
    assert key == f"{APP}/status_check_1/{mf.RECRUITER[1]}"
    assert draft["In-Reply-To"] == reply_id
    assert reply_id in draft["References"]
    app = world.app("2026-12-07T09:05:00+00:00")
    assert app["stage"] == "status_check_drafted"


def test_out_of_office_delays_the_second_check_then_no_response(world):
    thanked(world)
    world.deliver(
        mf.timeline_reply(t("2026-11-26T11:00"), world.invitation_id, "by Friday 4 December")
    )
    world.run("2026-12-07T09:05:00+00:00")
    check_id = world.send_draft("status_check_1", t("2026-12-07T09:30"))
    world.deliver(mf.out_of_office(t("2026-12-07T09:31"), check_id, "Monday 21 December"))
    world.run("2026-12-15T10:00:00+00:00")  # a week after the check: the OOO holds it back
    assert world.drafts() == {}
    planned = world.app("2026-12-15T10:00:00+00:00")["planned"]
    check = next(p for p in planned if p["kind"] == "status_check")
    assert check["due"] >= "2026-12-22"  # the first business morning after the return
    world.run("2026-12-23T10:00:00+00:00")
    assert set(world.drafts()) == {f"{APP}/status_check_2/{mf.RECRUITER[1]}"}
    world.send_draft("status_check_2", t("2026-12-23T10:30"))
    world.run("2027-01-15T10:00:00+00:00")
    app = world.app("2027-01-15T10:00:00+00:00")
    assert app["stage"] == "no_response"
    assert app["next_action"]["kind"] == "none"
    assert world.drafts() == {}


def test_rejection_gets_a_gracious_reply_and_nothing_more(world):
    thanked(world)
    world.deliver(mf.rejection(t("2026-11-27T14:00")))
    world.run("2026-11-27T15:00:00+00:00")
    assert set(world.drafts()) == {f"{APP}/rejection_reply/{mf.RECRUITER[1]}"}
    world.run("2026-12-30T10:00:00+00:00")
    assert len(world.drafts()) == 1
    assert world.app("2026-12-30T10:00:00+00:00")["stage"] == "rejected"


def test_an_offer_ends_the_sequence(world):
    thanked(world)
    world.deliver(mf.offer(t("2026-11-27T14:00")))
    world.run("2026-12-30T10:00:00+00:00")
    assert world.drafts() == {}
    app = world.app("2026-12-30T10:00:00+00:00")
    assert (app["stage"], app["next_action"]["kind"]) == ("offer", "none")


@pytest.mark.parametrize("edited", [False, True])
def test_a_reply_retracts_the_pending_check_in_unless_the_user_edited_it(world, edited):
    thanked(world)
    world.run("2026-12-02T10:00:00+00:00")  # a week after the interview: check-in drafted
    key = f"{APP}/status_check_1/{mf.RECRUITER[1]}"
    assert set(world.drafts()) == {key}
    if edited:
        draft = world.drafts()[key]
        draft.set_content("Hi Rita,\n\nMy own words, carefully chosen.\n\nAlex\n")
        world.delete_draft(key, replace_with=bytes(draft))
    world.deliver(mf.timeline_reply(t("2026-12-02T11:00"), world.invitation_id, "within two weeks"))
    world.run("2026-12-02T12:00:00+00:00")
    assert set(world.drafts()) == ({key} if edited else set())


def test_dry_run_writes_nothing_and_changes_no_state(world):
    out = world.afterview("run", "--dry-run", "--once", "--now", "2026-11-24T17:05:00+00:00")
    assert "would write 2 draft(s)" in out
    assert world.drafts() == {}
    assert world.status("2026-11-24T17:05:00+00:00")["applications"] == []


def test_a_note_is_woven_into_the_thank_you(world):
    world.run("2026-11-24T16:30:00+00:00")  # the application is known, nothing due yet
    out = world.afterview("note", "Acme", "the migration to Postgres 17")
    assert APP in out
    world.run("2026-11-24T17:05:00+00:00")
    body = world.drafts()[THANK_JANE].get_content()
    assert "the migration to Postgres 17" in body
    assert "[one specific thing" not in body


def test_close_stops_the_sequence(world):
    world.run("2026-11-24T16:30:00+00:00")
    world.afterview("close", "acme-robotics", "--reason", "withdrawn")
    world.run("2026-11-24T17:05:00+00:00")
    world.run("2026-12-10T10:00:00+00:00")
    assert world.drafts() == {}
    app = world.app("2026-12-10T10:00:00+00:00")
    assert (app["stage"], app["next_action"]["kind"]) == ("withdrawn", "none")


def test_status_table_and_its_evidence(world):
    world.run("2026-11-24T17:05:00+00:00")
    table = world.afterview("status", "--why", "--now", "2026-11-24T17:10:00+00:00")
    header, row, *evidence = table.splitlines()
    assert header.split()[:2] == ["APPLICATION", "STAGE"]
    assert "Acme Robotics · Backend Engineer" in row
    assert "thank_you_drafted" in row
    assert any("Jane Doe" in line for line in evidence)


def test_an_unknown_application_is_a_clear_usage_error(world, capsys):
    from afterview.cli import main

    assert main(["--config", str(world.config), "note", "Nowhere", "x"]) == 2
    assert "no application matches 'Nowhere'" in capsys.readouterr().err
