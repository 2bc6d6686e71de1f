"""Hostile mail through the whole of ``afterview run --once`` on a real Dovecot.

Every draft Afterview writes from hostile mail is read back with a separate client and
checked byte by byte (tests/draftcheck.py): exactly the headers the composer sets, each
once; To is one address, the one in the draft's key; text from mail appears as text, never
evaluated. Impostors start and move
nothing. (That the user's mail stays untouched is checked after every test by conftest.)
"""

from __future__ import annotations

import json
import re
from email.message import EmailMessage
from pathlib import Path

import pytest

import hostile
import mailfactory as mf
from dovecot import DovecotPool, DovecotUser
from draftcheck import check_draft
from scenario import Scenario

pytestmark = pytest.mark.dovecot


def draft_bytes(user: DovecotUser) -> list[bytes]:
    """Every message in Drafts, as the server stores it."""
    with user.client() as client:
        client.select_folder("Drafts", readonly=True)
        uids = client.search("ALL")
        found = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
    return [data[b"BODY[]"] for data in found.values()]


def check(raw: bytes) -> EmailMessage:
    """A well-formed draft (see draftcheck) in which template syntax stayed text."""
    draft = check_draft(raw, mf.ME)
    text = draft.get_content()
    assert "49" not in text and "<class" not in text and "looploop" not in text, text
    return draft


def recipients(drafts: list[EmailMessage]) -> set[str]:
    return {d["To"].addresses[0].addr_spec.lower() for d in drafts}


@pytest.mark.parametrize("story", hostile.stories(), ids=lambda s: s.name)
def test_hostile_fields_reach_drafts_only_as_data(
    story: hostile.Story, tmp_path: Path, dovecot_user: DovecotUser
) -> None:
    world = Scenario(tmp_path, dovecot_user)
    dovecot_user.deliver(story.invitation, when=hostile.INVITED)
    world.run(hostile.AFTER_INTERVIEW)
    thanks = [check(raw) for raw in draft_bytes(dovecot_user)]
    # the recruiter only sends the invitation of others (a Talent Acquisition desk, saying
    # nothing of joining): she is no one the candidate meets, so no thank-you goes to her
    assert recipients(thanks) == set(story.interviewers)
    for draft in thanks:
        first_line = draft.get_content().splitlines()[0]
        assert first_line in ("Hello,", "Dear Rita,", "Dear Hana,", "Dear Fran,"), first_line

    dovecot_user.deliver(story.rejection, when=hostile.REJECTED)
    world.run(hostile.AFTER_REJECTION)
    drafts = [check(raw) for raw in draft_bytes(dovecot_user)]
    (reply,) = [d for d in drafts if "/rejection_reply/" in str(d["X-Afterview-Key"])]
    assert recipients([reply]) == {hostile.RECRUITER}
    assert str(reply["Subject"]).strip().startswith("Re: ")
    if reply["In-Reply-To"] is not None:  # only a well-formed parent id is answered
        assert re.fullmatch(r"<[^<>\s]+@[^<>\s]+>", str(reply["In-Reply-To"]))
        assert len(str(reply["References"]).split()) <= 20


def test_the_whole_hostile_corpus_through_run_once(
    tmp_path: Path, dovecot_user: DovecotUser
) -> None:
    world = Scenario(tmp_path, dovecot_user)
    items = [*hostile.corpus(), *hostile.big_items()]
    for item in items:
        dovecot_user.deliver(item.raw, when=hostile.INVITED)
    for now in ("2026-11-20T11:00:00+00:00", hostile.AFTER_INTERVIEW, "2026-12-10T10:00:00+00:00"):
        world.run(now)  # exit 0, or Scenario fails the test
    drafts = [check(raw) for raw in draft_bytes(dovecot_user)]
    impostors = {address for _name, address in hostile.IMPOSTORS}
    assert drafts and not recipients(drafts) & impostors
    assert all(r.endswith("@" + hostile.EMPLOYER) for r in recipients(drafts)), recipients(drafts)
    status = json.loads(world.afterview("status", "--json", "--now", hostile.AFTER_INTERVIEW))
    companies = {app["company"] for app in status["applications"]}
    assert companies <= {"Acme Robotics"}, companies


def impostor_rejection(**headers: str) -> bytes:
    return hostile.message(
        [("From", '"Acme Robotics Recruiting" <careers@globex-talent.example>'),
         ("Subject", "Your application for Backend Engineer at Acme Robotics"),
         ("Date", "Wed, 25 Nov 2026 09:00:00 +0000"), *headers.items()],
        "Hi Alex,\r\n\r\nThank you for your time interviewing with us. Unfortunately, we have "
        "decided not to move forward with your application for the Backend Engineer role at "
        "Acme Robotics.\r\n\r\nBest,\r\nAcme Robotics Recruiting\r\n",
    )  # fmt: skip


def test_an_impostor_moves_nothing_unless_it_answers_the_thread(
    tmp_path: Path, dovecot_pool: DovecotPool
) -> None:
    when = hostile.INVITED
    invitation = mf.invitation(when, "20261124T150000Z", "20261124T160000Z")
    invitation_id = str(invitation["Message-ID"])

    # the impostor names the employer but answers nothing: the application does not move
    (tmp_path / "alone").mkdir()
    alone = Scenario(tmp_path / "alone", dovecot_pool.get().add_user())
    alone.deliver(invitation)
    alone.user.deliver(impostor_rejection(**{"Message-ID": "<imp-1@globex-talent.example>"}))
    alone.run("2026-11-25T10:00:00+00:00")
    app = alone.app("2026-11-25T10:00:00+00:00")
    assert app["stage"] == "thank_you_drafted", app
    assert not any("rejection_reply" in key for key in alone.drafts())

    # in the thread it counts, but the reply goes to the employer's people, never to it
    (tmp_path / "threaded").mkdir()
    threaded = Scenario(tmp_path / "threaded", dovecot_pool.get().add_user())
    threaded.deliver(invitation)
    threaded.user.deliver(
        impostor_rejection(**{"Message-ID": "<imp-2@globex-talent.example>",
                              "In-Reply-To": invitation_id, "References": invitation_id})
    )  # fmt: skip
    threaded.run("2026-11-25T10:00:00+00:00")
    assert threaded.app("2026-11-25T10:00:00+00:00")["stage"] == "rejected"
    drafts = [check(raw) for raw in draft_bytes(threaded.user)]
    assert "careers@globex-talent.example" not in recipients(drafts)


def test_impostors_alone_make_no_application_and_no_draft(
    tmp_path: Path, dovecot_user: DovecotUser
) -> None:
    world = Scenario(tmp_path, dovecot_user)
    for item in hostile.corpus():
        if item.name.startswith("impostor-"):
            dovecot_user.deliver(item.raw, when=hostile.INVITED)
    world.run(hostile.AFTER_INTERVIEW)
    assert world.status(hostile.AFTER_INTERVIEW)["applications"] == []
    assert draft_bytes(dovecot_user) == []
