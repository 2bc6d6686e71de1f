"""``afterview calendar``: the file a calendar app subscribes to, read back with icalendar.

The pure part builds rows by hand (every kind of planned action, a cancelled interview left
out); the end-to-end part drives the real command line against Dovecot and checks that a
second export replaces events (same UIDs) instead of adding new ones.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

import mailfactory as mf
from afterview.pipeline.model import Action, Application, Decision, Interview, Person
from afterview.runtime.engine import Row
from afterview.runtime.reminders import build_calendar
from scenario import Scenario

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
JANE = Person("Jane Doe", "jane@corp.example")


def _action(kind: str, step: str, due: datetime) -> Action:
    return Action(kind, step, due, JANE, f"corp-dev/{step}/{JANE.email}", reason="why not")


def _row(interviews: tuple[Interview, ...], actions: tuple[Action, ...]) -> Row:
    app = Application("corp-dev", "Corp", "Developer")
    return Row("main", app, Decision("awaiting_reply", actions=actions, interviews=interviews))


def _events(ics: bytes) -> dict[str, dict]:
    parsed = Calendar.from_ical(ics)
    return {
        str(e["uid"]): {
            "summary": str(e["summary"]),
            "start": e.decoded("dtstart"),
            "end": e.decoded("dtend"),
        }
        for e in parsed.walk("VEVENT")
    }


def test_every_planned_action_and_only_upcoming_interviews_become_events():
    past = Interview(NOW - timedelta(days=3), interviewers=(JANE,))
    coming = Interview(NOW + timedelta(days=2), NOW + timedelta(days=2, hours=1), (JANE,))
    actions = (
        _action("thank_you", "thank_you", NOW - timedelta(hours=1)),
        _action("status_check", "status_check_1", NOW + timedelta(days=4)),
        _action("phone_call", "phone_call_1", NOW + timedelta(days=6)),
    )
    events = _events(build_calendar([_row((past, coming), actions)], now=NOW).to_ical())
    summaries = sorted(e["summary"] for e in events.values())
    assert summaries == [
        "Consider a phone call: Corp",
        "Interview: Corp (Developer)",
        "Send status check: Corp",
        "Send thank-you: Corp",
    ]
    interview = next(e for e in events.values() if e["summary"].startswith("Interview"))
    assert interview["start"] == coming.start and interview["end"] == coming.end
    phone = next(e for e in events.values() if "phone" in e["summary"])
    assert phone["start"] == NOW + timedelta(days=6)


def test_a_moved_interview_keeps_its_uid_and_a_new_stamp_does_not_change_uids():
    first = Interview(NOW + timedelta(days=2), interviewers=(JANE,))
    moved = Interview(NOW + timedelta(days=3), interviewers=(JANE,))
    check = (_action("status_check", "status_check_1", NOW + timedelta(days=5)),)
    before = _events(build_calendar([_row((first,), check)], now=NOW).to_ical())
    after = _events(build_calendar([_row((moved,), check)], now=NOW + timedelta(hours=5)).to_ical())
    assert set(before) == set(after) and len(after) == 2
    moved_uid = next(u for u, e in after.items() if e["summary"].startswith("Interview"))
    assert before[moved_uid]["start"] == first.start
    assert after[moved_uid]["start"] == moved.start


@pytest.mark.dovecot
def test_calendar_command_round_trips_and_a_rerun_replaces_events(tmp_path, dovecot_user):
    world = Scenario(tmp_path, dovecot_user)
    world.deliver(
        mf.invitation(
            datetime(2026, 11, 20, 10, tzinfo=UTC), "20261124T150000Z", "20261124T160000Z"
        )
    )
    world.run("2026-11-21T09:00:00+00:00")
    output = tmp_path / "cal" / "afterview.ics"
    world.afterview("calendar", "--output", str(output), "--now", "2026-11-21T09:00:00+00:00")
    first = _events(output.read_bytes())
    interview = [e for e in first.values() if e["summary"].startswith("Interview")]
    assert len(interview) == 1
    assert interview[0]["start"] == datetime(2026, 11, 24, 15, tzinfo=UTC)
    thanks = {u for u, e in first.items() if "thank-you" in e["summary"]}
    assert len(thanks) == 2, first  # one per interviewer
    world.afterview("calendar", "--output", str(output), "--now", "2026-11-22T09:00:00+00:00")
    second = _events(output.read_bytes())
    assert set(second) == set(first)
    # after the interview it is no longer upcoming; the thank-yous stay until written
    world.afterview("calendar", "--output", str(output), "--now", "2026-11-24T16:30:00+00:00")
    third = _events(output.read_bytes())
    assert not [e for e in third.values() if e["summary"].startswith("Interview")]
    assert thanks <= set(third), "the same thank-yous, updated in place"
