"""What is due when: the pure follow-up policy of DESIGN.md ("The follow-up sequence").

``decide(app, now, followup, tz)`` reads one application's history up to ``now`` and says
which stage it is in, which drafts are pending (with their due times, past or future), and
which drafts already written no longer apply. It reads no clock, no store and no mailbox, so
the same inputs always give the same decision and a state rebuilt from the mailbox reaches
the same conclusions.

The sequence, as implemented:

* thank-you: per interview round, one per interviewer (else to the application's contact),
  due ``thank_you_delay`` after the interview ends, moved into business hours. It is done
  when its draft was sent or dismissed, or when the user wrote to that person after the
  interview began; it lapses once the first status check falls due or the next interview
  begins. A second round's thank-you to someone already thanked uses step
  ``thank_you_<round>`` so its key differs from the first.
* status checks, phone call, giving up: see ``timeline.py``; a phone call is suggested two
  business days after the first check of a wait (no draft: kind ``phone_call``).
* rejection: a gracious reply to the human who wrote it (else the contact), due promptly
  and lapsing after ``give_up_after``; nothing else ever after. Offer and withdrawal close
  the application with no action; the first closing event names the stage, and a later
  ``afterview close`` still silences a pending rejection reply.
* A written draft that an event made moot (a reply, a new interview, a closing) is listed in
  ``obsolete``; one that only lapsed with time is not listed, and not written again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from afterview.pipeline import wording
from afterview.pipeline.business_time import (
    add_business_days,
    local_instant,
    next_business_instant,
)
from afterview.pipeline.model import (
    EMPLOYER_KINDS,
    Action,
    Application,
    Decision,
    Event,
    FollowupSettings,
    Interview,
    Person,
    Stage,
    address_key,
    is_addressable,
)
from afterview.pipeline.timeline import (
    DONE_STATES,
    Check,
    Round,
    Schedule,
    Wait,
    build_rounds,
    build_waits,
    first_step_after,
    schedule_checks,
    sorted_events,
)

TERMINAL = {"rejection": "rejected", "offer": "offer", "withdrawn": "withdrawn"}
PHONE_AFTER_BUSINESS_DAYS = 2
MAX_THANK_YOUS = 8


@dataclass(frozen=True)
class _Pending:
    action: Action
    expires: datetime | None


@dataclass(frozen=True)
class _Facts:
    """Everything derived from the history that the stage, actions and evidence need."""

    events: list[Event]
    rounds: list[Round]
    waits: list[Wait]
    schedules: dict[int, Schedule]  # by index into waits, open waits only
    thank_yous: list[_Pending]


def _key(app: Application, step: str, person: Person) -> str:
    return f"{app.id}/{step}/{address_key(person.email)}"


def _user_messages(events: Sequence[Event]) -> list[Event]:
    return [e for e in events if e.kind == "user_message"]


# --- thank-you ------------------------------------------------------------------------------


def _thank_you_recipients(app: Application, r: Round) -> list[Person]:
    """One per interviewer, at most ``MAX_THANK_YOUS``: an invitation listing a crowd is a
    town hall or a hostile message, and a pile of drafts would help nobody."""
    seen: set[str] = set()
    people = []
    for person in r.interview.interviewers:
        if is_addressable(person) and address_key(person.email) not in seen:
            seen.add(address_key(person.email))
            people.append(person)
    if people:
        return people[:MAX_THANK_YOUS]
    for fallback in (app.contact, r.scheduled_by.sender):
        if fallback is not None and is_addressable(fallback):
            return [fallback]
    return []


def _wrote_to(user_messages: Sequence[Event], address: str, since: datetime) -> Event | None:
    for message in user_messages:
        if message.at >= since and address in {address_key(a) for a in message.recipients}:
            return message
    return None


def _thank_yous(
    app: Application,
    rounds: Sequence[Round],
    checks: Sequence[Check],
    events: Sequence[Event],
    followup: FollowupSettings,
    tz: tzinfo,
) -> list[_Pending]:
    """Thank-yous not yet done (pending or lapsed: the caller compares ``expires``)."""
    own = _user_messages(events)
    thanked: set[str] = set()
    pending = []
    live = [r for r in rounds if r.cancelled_at is None]
    for index, r in enumerate(live):
        later = [n.interview.start for n in live[index + 1 :] if n.interview.start > r.end]
        lapses = [t for t in (first_step_after(checks, r.end), min(later, default=None)) if t]
        due = next_business_instant(max(r.end, r.end + followup.thank_you_delay), followup, tz)
        for person in _thank_you_recipients(app, r):
            address = address_key(person.email)
            step = f"thank_you_{r.number}" if address in thanked else "thank_you"
            thanked.add(address)
            key = _key(app, step, person)
            if app.drafts.get(key) in DONE_STATES or any(m.afterview_key == key for m in own):
                continue
            if _wrote_to(own, address, r.interview.start) is not None:
                continue
            action = Action(
                kind="thank_you",
                step=step,
                due=due,
                recipient=person,
                key=key,
                reason=f"thank-you for the interview of {wording.when(r.interview, tz)}",
                interview=r.interview,
            )
            pending.append(_Pending(action, min(lapses, default=None)))
    return pending


# --- status checks and phone call -----------------------------------------------------------


def _check_recipient(
    app: Application, events: Sequence[Event], wait: Wait, rounds: Sequence[Round]
) -> tuple[Person | None, Event | None]:
    """Whom a status check goes to, and the message of theirs it answers."""
    before = [e for e in events if e.at <= wait.start]
    humans = [e for e in before if e.kind in EMPLOYER_KINDS and is_addressable(e.sender)]
    person: Person | None = humans[-1].sender if humans else None
    if person is None and app.contact is not None and is_addressable(app.contact):
        person = app.contact
    if person is None:
        held = [r for r in rounds if r.cancelled_at is None and r.opened_at <= wait.start]
        for r in reversed(held):
            person = next((p for p in r.interview.interviewers if is_addressable(p)), None)
            if person is not None:
                break
    if person is None:
        return None, None
    theirs = [
        e
        for e in before
        if e.kind in EMPLOYER_KINDS
        and e.message_id
        and e.sender is not None
        and address_key(e.sender.email) == address_key(person.email)
    ]
    return person, (theirs[-1] if theirs else None)


def _latest_interview(rounds: Sequence[Round], t: datetime) -> Interview | None:
    """The last interview that took place by ``t`` (context for the draft's wording)."""
    held = [r for r in rounds if r.cancelled_at is None and r.interview.start <= t]
    return held[-1].interview if held else None


def _wait_actions(
    app: Application,
    facts: _Facts,
    index: int,
    followup: FollowupSettings,
    tz: tzinfo,
) -> list[_Pending]:
    wait, schedule = facts.waits[index], facts.schedules[index]
    person, parent = _check_recipient(app, facts.events, wait, facts.rounds)
    if person is None:
        return []
    interview = _latest_interview(facts.rounds, wait.start)
    pending = []
    for check in schedule.checks:
        if check.done_at is not None or check.dismissed:
            continue
        step = f"status_check_{check.number}"
        action = Action(
            kind="status_check",
            step=step,
            due=check.due,
            recipient=person,
            key=_key(app, step, person),
            in_reply_to=parent,
            reason=wording.check_reason(check, wait),
            interview=interview,
            decision_by=wait.decision_by,
            attempt=check.ordinal,
        )
        pending.append(_Pending(action, check.expires))
    first = next((c for c in schedule.checks if c.ordinal == 1), None)
    if first is not None:
        ref = first.settled.astimezone(tz)
        day = add_business_days(ref.date(), PHONE_AFTER_BUSINESS_DAYS, followup)
        due = local_instant(day, followup.business_hours[0], tz)
        lapse = first.expires
        if lapse is None or due < lapse:
            step = f"phone_call_{first.number}"
            action = Action(
                kind="phone_call",
                step=step,
                due=due,
                recipient=person,
                key=_key(app, step, person),
                reason="no reply to the check-in: a short phone call often gets an answer",
                interview=interview,
                decision_by=wait.decision_by,
            )
            pending.append(_Pending(action, lapse))
    return pending


# --- the decision ---------------------------------------------------------------------------


def _facts(
    app: Application,
    events: Sequence[Event],
    horizon: datetime,
    followup: FollowupSettings,
    tz: tzinfo,
) -> _Facts:
    """What the history up to ``horizon`` says; ``events``: it in order, up to ``now``."""
    events = [e for e in events if e.at <= horizon]
    rounds = build_rounds(events)
    waits = build_waits(events, rounds, horizon)
    schedules: dict[int, Schedule] = {}
    number = 1
    for index, wait in enumerate(waits):
        if not wait.open:
            continue
        schedules[index] = schedule_checks(
            wait,
            app_id=app.id,
            first_number=number,
            events=events,
            drafts=app.drafts,
            followup=followup,
            tz=tz,
            horizon=horizon,
        )
        number += len(schedules[index].checks)
    checks = [c for s in schedules.values() for c in s.checks]
    thank_yous = _thank_yous(app, rounds, checks, events, followup, tz)
    return _Facts(events, rounds, waits, schedules, thank_yous)


def _rejection_reply(
    app: Application,
    rejection: Event,
    facts: _Facts,
    events: Sequence[Event],
    followup: FollowupSettings,
    tz: tzinfo,
) -> _Pending | None:
    if not followup.rejection_reply:
        return None
    person = next((p for p in (rejection.sender, app.contact) if is_addressable(p)), None)
    if person is None:
        return None
    prefix = f"{app.id}/rejection_reply/"
    if any(state in DONE_STATES for key, state in app.drafts.items() if key.startswith(prefix)):
        return None
    if any(m.at >= rejection.at for m in _user_messages(events)):
        return None  # the user already answered (by hand or with the draft)
    action = Action(
        kind="rejection_reply",
        step="rejection_reply",
        due=next_business_instant(rejection.at, followup, tz),
        recipient=person,
        key=_key(app, "rejection_reply", person),
        in_reply_to=rejection if rejection.message_id else None,
        reason="a short, gracious reply keeps the door open",
        interview=_latest_interview(facts.rounds, rejection.at),
    )
    return _Pending(action, rejection.at + followup.give_up_after)


def _live(pending: Sequence[_Pending], now: datetime) -> list[Action]:
    return [p.action for p in pending if p.expires is None or p.expires > now]


def _open_stage(facts: _Facts, actions: Sequence[Action], now: datetime) -> Stage:
    if any(r.pending_at(now) for r in facts.rounds):
        return "interview_scheduled"
    due = {a.kind for a in actions if a.due <= now}
    if "status_check" in due:
        return "status_check_drafted"
    if "thank_you" in due:
        return "thank_you_drafted"
    if any(a.kind == "thank_you" for a in actions):
        return "interview_scheduled"  # it has ended; the thank-you is not due yet
    if not facts.waits:
        requested = any(e.kind == "interview_request" for e in facts.events)
        return "interview_requested" if requested else "applied"
    index = len(facts.waits) - 1
    wait = facts.waits[index]
    if not wait.open:
        if wait.cause == "request":
            return "interview_requested"
        had_one = any(r.cancelled_at is None and r.settled_at <= now for r in facts.rounds)
        return "awaiting_reply" if had_one else "interview_requested"
    give_up = facts.schedules[index].give_up_at
    return "no_response" if give_up is not None and give_up <= now else "awaiting_reply"


def _current_schedule(facts: _Facts) -> Schedule | None:
    return facts.schedules.get(len(facts.waits) - 1) if facts.waits else None


def _sent_in_current_wait(facts: _Facts) -> int:
    schedule = _current_schedule(facts)
    return sum(1 for c in schedule.checks if c.done_at is not None) if schedule else 0


def _obsolete(app: Application, pending: Sequence[Action]) -> tuple[str, ...]:
    """Written drafts that an event (a reply, a closing) made moot.

    A draft that merely lapsed with time is not listed: the user may still want to send it,
    and removing their drafts on a timer would surprise them.
    """
    keep = {a.key for a in pending}
    return tuple(sorted(k for k, s in app.drafts.items() if s == "written" and k not in keep))


def _next(actions: Sequence[Action]) -> Action | None:
    order = {"rejection_reply": 0, "thank_you": 1, "status_check": 2, "phone_call": 3}
    return min(actions, key=lambda a: (a.due, order[a.kind], a.key), default=None)


def decide(app: Application, now: datetime, followup: FollowupSettings, tz: tzinfo) -> Decision:
    """The stage, pending actions and obsolete drafts of ``app`` at ``now`` (pure)."""
    if now.tzinfo is None:
        raise ValueError(f"now must be timezone-aware, got {now.isoformat()}")
    events = sorted_events(app.events, now)
    terminal = next((e for e in events if e.kind in TERMINAL), None)
    horizon = terminal.at if terminal is not None else now
    facts = _facts(app, events, horizon, followup, tz)
    if terminal is not None:
        stage: Stage = TERMINAL[terminal.kind]  # type: ignore[assignment]
        reply = None
        if terminal.kind == "rejection":
            reply = _rejection_reply(app, terminal, facts, events, followup, tz)
        closed_by_user = any(e.kind == "withdrawn" for e in events)
        pending = [reply] if reply and not closed_by_user else []
        actions = _live(pending, now)
    else:
        pending = list(facts.thank_yous)
        if _current_schedule(facts) is not None:
            pending += _wait_actions(app, facts, len(facts.waits) - 1, followup, tz)
        actions = _live(pending, now)
        stage = _open_stage(facts, actions, now)
        if stage == "no_response":
            actions = []
    actions.sort(key=lambda a: (a.due, a.key))
    employer = [e.at for e in events if e.kind in EMPLOYER_KINDS - {"application_received"}]
    return Decision(
        stage=stage,
        actions=tuple(actions),
        next_action=_next(actions),
        evidence=wording.evidence(
            events, facts.rounds, facts.waits, _current_schedule(facts), terminal, now, tz
        ),
        obsolete=_obsolete(app, [p.action for p in pending]),
        status_checks_sent=_sent_in_current_wait(facts),
        last_employer_contact=max(employer, default=None),
        interviews=tuple(r.interview for r in facts.rounds if r.cancelled_at is None),
    )
