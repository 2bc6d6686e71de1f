"""Scenario tests of the follow-up policy over hand-built histories with concrete times.

The calendar: Tuesday 24 November 2026, Europe/London (GMT in winter), business hours
09:00-17:30 Monday to Friday, the defaults of CONTRACT.md (thank-you 1 h after the end,
checks after 7 days, at most 2, give up 14 days after the last).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from afterview.config import Followup
from afterview.pipeline.model import (
    Application,
    Decision,
    Event,
    Interview,
    Person,
    is_robot_address,
)
from afterview.pipeline.policy import decide

LONDON = ZoneInfo("Europe/London")
RULES = Followup()
APP_ID = "acme-robotics-backend-engineer"
JANE = Person("Jane Doe", "jane.doe@acme.example")
BOB = Person("Bob Stone", "bob.stone@acme.example")
CAROL = Person("Carol Reyes", "carol@acme.example")
RITA = Person("Rita Recruiter", "rita@acme.example")
ROBOT = Person("Acme Careers", "noreply@workablemail.com")


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


def key(step: str, person: Person) -> str:
    return f"{APP_ID}/{step}/{person.email}"


def scheduled(
    at: str,
    start: str,
    end: str | None,
    *people: Person,
    sender: Person = RITA,
    decision_by: date | None = None,
    mid: str = "<confirm@acme.example>",
) -> Event:
    interview = Interview(t(start), t(end) if end else None, people)
    return Event(
        t(at),
        "interview_scheduled",
        mid,
        sender=sender,
        interview=interview,
        decision_by=decision_by,
        subject="Interview confirmation",
    )


def reply(at: str, sender: Person = RITA, decision_by: date | None = None, mid: str = "") -> Event:
    return Event(
        t(at),
        "employer_reply",
        mid or f"<reply-{at}@acme.example>",
        sender=sender,
        decision_by=decision_by,
        subject="Re: Next steps",
    )


def wrote(at: str, *to: Person, afterview_key: str | None = None) -> Event:
    return Event(
        t(at),
        "user_message",
        f"<me-{at}@example.org>",
        recipients=tuple(p.email for p in to),
        afterview_key=afterview_key,
    )


def event(at: str, kind: str, sender: Person | None = RITA, **fields) -> Event:
    return Event(t(at), kind, f"<{kind}-{at}@acme.example>", sender=sender, **fields)


FIRST = scheduled("2026-11-20T10:00", "2026-11-24T15:00", "2026-11-24T16:00", JANE, BOB)
THANKED = {key("thank_you", JANE): "sent", key("thank_you", BOB): "sent"}


def app(*events: Event, drafts=None, contact: Person | None = RITA, notes=()) -> Application:
    return Application(
        APP_ID, "Acme Robotics", "Backend Engineer", events, dict(drafts or {}), notes, contact
    )


def at(application: Application, now: str, rules: Followup = RULES) -> Decision:
    return decide(application, t(now), rules, LONDON)


def steps(decision: Decision, *kinds: str) -> dict[str, datetime]:
    return {a.key: a.due for a in decision.actions if not kinds or a.kind in kinds}


# --- thank-you ------------------------------------------------------------------------------


def test_one_thank_you_per_interviewer_an_hour_after_the_end() -> None:
    decision = at(app(FIRST), "2026-11-24T17:05")
    assert decision.stage == "thank_you_drafted"
    thanks = [a for a in decision.actions if a.kind == "thank_you"]
    assert {a.key: a.due for a in thanks} == {
        key("thank_you", JANE): t("2026-11-24T17:00"),
        key("thank_you", BOB): t("2026-11-24T17:00"),
    }
    assert {a.recipient for a in thanks} == {JANE, BOB}
    assert all(a.in_reply_to is None and a.interview == FIRST.interview for a in thanks)
    assert decision.next_action is not None and decision.next_action.kind == "thank_you"


def test_nothing_is_due_before_the_interview_ends() -> None:
    during = at(app(FIRST), "2026-11-24T15:30")
    assert during.stage == "interview_scheduled"
    assert all(a.due >= t("2026-11-24T16:00") for a in during.actions)
    assert {a.kind for a in during.actions} == {"thank_you"}
    after = at(app(FIRST), "2026-11-24T16:30")  # ended, thank-you not due until 17:00
    assert after.stage == "interview_scheduled"
    assert after.next_action.due == t("2026-11-24T17:00")


def test_friday_late_interview_thank_you_waits_for_monday_morning() -> None:
    friday = scheduled("2026-11-20T10:00", "2026-11-27T16:00", "2026-11-27T17:00", JANE)
    decision = at(app(friday), "2026-11-28T12:00")
    assert steps(decision)[key("thank_you", JANE)] == t("2026-11-30T09:00")
    assert decision.stage == "interview_scheduled"  # not due yet on Saturday


def test_interview_without_end_lasts_an_hour() -> None:
    open_ended = scheduled("2026-11-20T10:00", "2026-11-24T14:00", None, JANE)
    assert steps(at(app(open_ended), "2026-11-24T16:30"))[key("thank_you", JANE)] == t(
        "2026-11-24T16:00"
    )


def test_no_interviewer_named_thanks_the_contact() -> None:
    alone = scheduled("2026-11-20T10:00", "2026-11-24T15:00", "2026-11-24T16:00")
    decision = at(app(alone), "2026-11-24T17:05")
    assert [a.key for a in decision.actions if a.kind == "thank_you"] == [key("thank_you", RITA)]


def test_robots_are_never_addressed() -> None:
    calendar = Person("Google Calendar", "calendar-notification@google.com")
    robotic = scheduled(
        "2026-11-20T10:00", "2026-11-24T15:00", "2026-11-24T16:00", calendar, JANE, sender=ROBOT
    )
    decision = at(app(robotic), "2026-11-24T17:05")
    assert [a.recipient for a in decision.actions if a.kind == "thank_you"] == [JANE]
    nobody = scheduled(
        "2026-11-20T10:00", "2026-11-24T15:00", "2026-11-24T16:00", calendar, sender=ROBOT
    )
    lonely = at(app(nobody, contact=ROBOT), "2026-11-24T17:05")
    assert lonely.actions == ()
    assert lonely.stage == "awaiting_reply"


def test_user_wrote_the_thank_you_themselves() -> None:
    history = app(FIRST, wrote("2026-11-24T18:30", JANE))
    decision = at(history, "2026-11-25T10:00")
    assert [a.recipient for a in decision.actions if a.kind == "thank_you"] == [BOB]
    before = app(FIRST, wrote("2026-11-23T09:30", JANE))  # "see you tomorrow" does not count
    assert key("thank_you", JANE) in steps(at(before, "2026-11-25T10:00"))


def test_sent_or_dismissed_thank_you_is_never_drafted_again() -> None:
    drafts = {key("thank_you", JANE): "dismissed", key("thank_you", BOB): "sent"}
    for now in ("2026-11-24T17:05", "2026-11-26T10:00", "2026-11-30T12:00"):
        decision = at(app(FIRST, drafts=drafts), now)
        assert not any(a.kind == "thank_you" for a in decision.actions), now
        assert decision.stage == "awaiting_reply"


def test_unsent_thank_you_lapses_when_the_first_check_falls_due_but_is_not_removed() -> None:
    drafts = {key("thank_you", JANE): "written", key("thank_you", BOB): "sent"}
    before = at(app(FIRST, drafts=drafts), "2026-11-30T12:00")
    assert before.stage == "thank_you_drafted"
    assert before.obsolete == ()
    after = at(app(FIRST, drafts=drafts), "2026-12-01T16:05")
    assert after.stage == "status_check_drafted"
    assert after.obsolete == ()  # lapsed with time: the user's to send or delete
    assert not any(a.kind == "thank_you" for a in after.actions)


# --- status checks --------------------------------------------------------------------------


def test_first_check_a_week_after_the_interview_threaded_to_the_contact() -> None:
    history = app(FIRST, drafts=THANKED)
    waiting = at(history, "2026-11-26T10:00")
    assert waiting.stage == "awaiting_reply"
    assert waiting.next_action.kind == "status_check"
    assert waiting.next_action.due == t("2026-12-01T16:00")
    due = at(history, "2026-12-01T16:05")
    assert due.stage == "status_check_drafted"
    check = next(a for a in due.actions if a.kind == "status_check")
    assert check.key == key("status_check_1", RITA)
    assert check.in_reply_to == FIRST
    assert check.attempt == 1


def test_check_the_business_morning_after_the_promised_date() -> None:
    promised = replace(FIRST, decision_by=date(2026, 12, 4))
    decision = at(app(promised, drafts=THANKED), "2026-12-04T16:00")
    assert decision.stage == "awaiting_reply"
    assert decision.next_action.due == t("2026-12-07T09:00")
    assert decision.next_action.decision_by == date(2026, 12, 4)
    assert "decision promised by 2026-12-04" in decision.evidence
    assert "interview Tue 24 Nov 15:00-16:00 with Jane Doe, Bob Stone" in decision.evidence


def test_promise_in_a_later_reply_sets_the_check_and_the_thread() -> None:
    answer = reply("2026-11-26T11:00", decision_by=date(2026, 12, 4))
    decision = at(app(FIRST, answer, drafts=THANKED), "2026-12-07T10:00")
    check = next(a for a in decision.actions if a.kind == "status_check")
    assert check.due == t("2026-12-07T09:00")
    assert check.in_reply_to == answer
    assert decision.last_employer_contact == t("2026-11-26T11:00")


def test_reply_restarts_the_clock_and_makes_the_written_check_obsolete() -> None:
    drafts = {**THANKED, key("status_check_1", RITA): "written"}
    answer = reply("2026-12-08T11:00")
    decision = at(app(FIRST, answer, drafts=drafts), "2026-12-08T12:00")
    assert decision.stage == "awaiting_reply"
    assert decision.obsolete == (key("status_check_1", RITA),)
    check = next(a for a in decision.actions if a.kind == "status_check")
    assert (check.step, check.attempt, check.due) == ("status_check_2", 1, t("2026-12-15T11:00"))
    assert check.in_reply_to == answer
    assert decision.status_checks_sent == 0


def test_new_decision_date_replaces_the_old_one() -> None:
    promised = replace(FIRST, decision_by=date(2026, 12, 4))
    later = reply("2026-12-03T10:00", decision_by=date(2026, 12, 18))
    decision = at(app(promised, later, drafts=THANKED), "2026-12-08T10:00")
    assert decision.next_action.due == t("2026-12-21T09:00")
    assert "decision promised by 2026-12-18" in decision.evidence


def test_second_check_a_week_after_the_first_was_sent_with_a_phone_call_between() -> None:
    sent = wrote("2026-12-01T16:30", RITA, afterview_key=key("status_check_1", RITA))
    history = app(FIRST, sent, drafts={**THANKED, key("status_check_1", RITA): "sent"})
    decision = at(history, "2026-12-02T10:00")
    assert decision.status_checks_sent == 1
    assert steps(decision) == {
        key("phone_call_1", RITA): t("2026-12-03T09:00"),
        key("status_check_2", RITA): t("2026-12-08T16:30"),
    }
    assert decision.next_action.kind == "phone_call"
    second = at(history, "2026-12-08T17:00")
    assert second.stage == "status_check_drafted"
    assert [a.step for a in second.actions] == ["status_check_2"]
    assert second.actions[0].attempt == 2


def test_dismissed_first_check_still_leads_to_a_second() -> None:
    history = app(FIRST, drafts={**THANKED, key("status_check_1", RITA): "dismissed"})
    decision = at(history, "2026-12-03T10:00")
    assert decision.status_checks_sent == 0
    assert steps(decision)[key("status_check_2", RITA)] == t("2026-12-08T16:00")


def test_no_second_check_while_the_first_still_waits_in_drafts() -> None:
    history = app(FIRST, drafts={**THANKED, key("status_check_1", RITA): "written"})
    decision = at(history, "2026-12-20T10:00")
    assert [a.step for a in decision.actions if a.kind == "status_check"] == ["status_check_1"]
    assert decision.stage == "status_check_drafted"
    assert not decision.obsolete


def test_user_checking_in_by_hand_counts_as_the_check() -> None:
    history = app(FIRST, wrote("2026-12-02T09:15", RITA), drafts=THANKED)
    decision = at(history, "2026-12-02T10:00")
    assert decision.status_checks_sent == 1
    assert key("status_check_1", RITA) not in steps(decision)
    assert steps(decision)[key("status_check_2", RITA)] == t("2026-12-09T09:15")


def test_gives_up_two_weeks_after_the_last_check() -> None:
    first = wrote("2026-12-01T16:30", RITA, afterview_key=key("status_check_1", RITA))
    second = wrote("2026-12-08T16:45", RITA, afterview_key=key("status_check_2", RITA))
    history = app(FIRST, first, second, drafts=THANKED)
    assert at(history, "2026-12-22T16:00").stage == "awaiting_reply"
    assert at(history, "2026-12-22T16:00").actions == ()
    for now in ("2026-12-22T16:45", "2027-02-01T10:00"):
        decision = at(history, now)
        assert decision.stage == "no_response"
        assert decision.actions == () and decision.next_action is None
        assert decision.status_checks_sent == 2


def test_max_status_checks_is_respected() -> None:
    one = Followup(max_status_checks=1)
    decision = at(app(FIRST, drafts=THANKED), "2026-12-09T10:00", one)
    assert [a.step for a in decision.actions if a.kind == "status_check"] == ["status_check_1"]
    assert at(app(FIRST, drafts=THANKED), "2026-12-15T16:00", one).stage == "no_response"


def test_out_of_office_moves_the_next_check_and_is_no_reply() -> None:
    promised = replace(FIRST, decision_by=date(2026, 12, 4))
    away = event("2026-12-02T08:00", "auto_reply", RITA, back_on=date(2026, 12, 10))
    decision = at(app(promised, away, drafts=THANKED), "2026-12-07T10:00")
    assert decision.stage == "awaiting_reply"
    assert decision.next_action.due == t("2026-12-11T09:00")
    assert decision.last_employer_contact == t("2026-11-20T10:00")
    silent = event("2026-12-02T08:00", "auto_reply", RITA)
    assert at(app(promised, silent, drafts=THANKED), "2026-12-07T10:00").stage == (
        "status_check_drafted"
    )
    soon = event("2026-12-02T08:00", "auto_reply", RITA, back_on=date(2026, 12, 3))
    assert at(app(promised, soon, drafts=THANKED), "2026-12-07T10:00").next_action.due == t(
        "2026-12-07T09:00"
    )


# --- closing events -------------------------------------------------------------------------


def test_rejection_gets_one_gracious_reply_to_its_author() -> None:
    drafts = {key("thank_you", JANE): "written", key("thank_you", BOB): "sent"}
    no = event("2026-12-02T18:00", "rejection", JANE, subject="Your application")
    history = app(FIRST, no, drafts=drafts)
    decision = at(history, "2026-12-03T10:00")
    assert decision.stage == "rejected"
    assert [(a.kind, a.recipient, a.due) for a in decision.actions] == [
        ("rejection_reply", JANE, t("2026-12-03T09:00"))
    ]
    assert decision.actions[0].key == key("rejection_reply", JANE)
    assert decision.actions[0].in_reply_to == no
    assert decision.obsolete == (key("thank_you", JANE),)
    answered = app(FIRST, no, wrote("2026-12-03T11:00", JANE), drafts=drafts)
    assert at(answered, "2026-12-04T10:00").actions == ()
    assert at(history, "2026-12-20T10:00").actions == ()  # the moment has passed


def test_drafts_get_the_interview_that_took_place_as_context() -> None:
    no = event("2026-12-02T18:00", "rejection", JANE)
    assert at(app(FIRST, no), "2026-12-03T10:00").actions[0].interview == FIRST.interview
    second = scheduled("2026-11-26T10:00", "2026-12-08T10:00", "2026-12-08T11:00", CAROL)
    off = event("2026-11-27T10:00", "interview_cancelled", RITA, interview=second.interview)
    answer = reply("2026-11-30T10:00")  # "we will come back with a new date"
    decision = at(app(FIRST, second, off, answer, drafts=THANKED), "2026-12-07T12:00")
    check = next(a for a in decision.actions if a.kind == "status_check")
    assert check.interview == FIRST.interview
    assert decision.interviews == (FIRST.interview,)


def test_rejection_from_a_robot_goes_to_the_contact_or_nowhere() -> None:
    no = event("2026-12-02T18:00", "rejection", ROBOT)
    assert at(app(FIRST, no), "2026-12-03T10:00").actions[0].recipient == RITA
    assert at(app(FIRST, no, contact=None), "2026-12-03T10:00").actions == ()
    quiet = Followup(rejection_reply=False)
    assert at(app(FIRST, no), "2026-12-03T10:00", quiet).actions == ()


def test_nothing_after_a_rejection_ever_reopens_the_sequence() -> None:
    no = event("2026-11-26T09:30", "rejection", RITA)
    late = scheduled("2026-12-01T10:00", "2026-12-03T10:00", "2026-12-03T11:00", CAROL)
    decision = at(app(FIRST, no, late, reply("2026-12-04T10:00")), "2026-12-07T10:00")
    assert decision.stage == "rejected"
    assert {a.kind for a in decision.actions} == {"rejection_reply"}


def test_offer_and_withdrawal_close_without_actions() -> None:
    drafts = {key("thank_you", JANE): "written"}
    offer = at(app(FIRST, event("2026-11-30T10:00", "offer"), drafts=drafts), "2026-12-01T10:00")
    assert (offer.stage, offer.actions, offer.obsolete) == ("offer", (), (key("thank_you", JANE),))
    gone = event("2026-11-25T10:00", "withdrawn", None)
    withdrawn = at(app(FIRST, gone), "2026-12-10T10:00")
    assert (withdrawn.stage, withdrawn.actions) == ("withdrawn", ())


# --- rounds ---------------------------------------------------------------------------------


def test_cancellation_drops_the_thank_you() -> None:
    off = event("2026-11-23T10:00", "interview_cancelled", RITA)
    decision = at(app(FIRST, off), "2026-11-24T17:30")
    assert decision.actions == ()
    assert decision.stage == "interview_requested"
    assert decision.interviews == ()


def test_reschedule_moves_the_round() -> None:
    moved = scheduled("2026-11-21T09:00", "2026-11-26T10:00", "2026-11-26T11:00", JANE, BOB)
    history = app(FIRST, moved)
    assert at(history, "2026-11-24T17:30").stage == "interview_scheduled"
    decision = at(history, "2026-11-26T12:30")
    assert steps(decision, "thank_you") == {
        key("thank_you", JANE): t("2026-11-26T12:00"),
        key("thank_you", BOB): t("2026-11-26T12:00"),
    }
    assert decision.interviews == (moved.interview,)


def test_a_new_round_brings_new_thank_yous_with_distinct_keys() -> None:
    invite = scheduled(
        "2026-11-27T10:00", "2026-12-03T10:00", "2026-12-03T11:00", JANE, CAROL, mid="<r2@acme>"
    )
    history = app(FIRST, invite, drafts=THANKED)
    decision = at(history, "2026-12-03T12:30")
    # No check fell due between the rounds, so the first one after round 2 is number 1.
    assert steps(decision, "thank_you", "status_check") == {
        key("thank_you_2", JANE): t("2026-12-03T12:00"),
        key("thank_you", CAROL): t("2026-12-03T12:00"),
        key("status_check_1", RITA): t("2026-12-10T11:00"),
    }
    later = at(
        app(
            FIRST,
            invite,
            drafts={**THANKED, key("thank_you_2", JANE): "sent", key("thank_you", CAROL): "sent"},
        ),
        "2026-12-04T10:00",
    )
    assert steps(later, "thank_you", "status_check") == {
        key("status_check_1", RITA): t("2026-12-10T11:00")
    }
    assert len(later.interviews) == 2


# --- whole-history behaviour ----------------------------------------------------------------


def test_early_stages() -> None:
    received = event("2026-11-10T10:00", "application_received", ROBOT)
    assert at(app(received), "2026-11-20T10:00").stage == "applied"
    asked = event("2026-11-12T10:00", "interview_request", RITA)
    decision = at(app(received, asked), "2026-11-20T10:00")
    assert (decision.stage, decision.actions) == ("interview_requested", ())
    assert at(app(), "2026-11-20T10:00").stage == "applied"


def test_events_after_now_are_not_known_yet() -> None:
    no = event("2026-12-02T18:00", "rejection", JANE)
    assert at(app(FIRST, no), "2026-11-24T17:30").stage == "thank_you_drafted"


def test_same_history_in_any_order_gives_the_same_decision() -> None:
    events = [
        FIRST,
        reply("2026-11-26T11:00", decision_by=date(2026, 12, 4)),
        event("2026-12-08T08:00", "auto_reply", RITA, back_on=date(2026, 12, 9)),
        wrote("2026-11-24T18:00", JANE),
    ]
    expected = at(app(*events), "2026-12-09T12:00")
    for seed in range(5):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert at(app(*shuffled), "2026-12-09T12:00") == expected


def test_robot_address_detection() -> None:
    robots = [
        "noreply@workablemail.com",
        "no-reply@cal.com",
        "do-not-reply@acme.example",
        "notifications@app.bamboohr.com",
        "calendar-notification@google.com",
        "jobs-noreply@linkedin.com",
        "ruth@hire.lever.co",
        "mailer-daemon@acme.example",
    ]
    people = ["jane.doe@acme.example", "m.veenstra@duinzicht.example", "nora@calendarco.example"]
    assert [a for a in robots if not is_robot_address(a)] == []
    assert [a for a in people if is_robot_address(a)] == []


def test_a_crowd_of_interviewers_gets_a_bounded_number_of_thank_yous() -> None:
    crowd = [Person(f"Person {n}", f"person{n}@acme.example") for n in range(40)]
    invite = scheduled("2026-11-20T10:00", "2026-11-24T15:00", "2026-11-24T16:00", *crowd)
    decision = at(app(invite), "2026-11-24T17:05")
    thanks = [a for a in decision.actions if a.kind == "thank_you"]
    assert len(thanks) == 8
    assert len({a.recipient.email for a in thanks}) == 8
