"""The human sentences a decision carries as evidence (``status --why``, the demo, logs).

Kept apart from the policy so the rules read without string formatting in the way. Dates are
shown in the user's zone, in English, with fixed names (no locale) so output is stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from afterview.pipeline.model import Event, Interview, Person
from afterview.pipeline.timeline import Check, Round, Schedule, Wait

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def moment(t: datetime, tz: tzinfo) -> str:
    """``Tue 24 Nov 15:00`` in ``tz``."""
    local = t.astimezone(tz)
    return f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local:%H:%M}"


def when(interview: Interview, tz: tzinfo) -> str:
    """``Tue 24 Nov 15:00-16:00`` in ``tz``."""
    return f"{moment(interview.start, tz)}-{interview.effective_end.astimezone(tz):%H:%M}"


def who(person: Person | None) -> str:
    if person is None:
        return "someone"
    return person.name or person.email


def _interview(r: Round, tz: tzinfo) -> str:
    names = ", ".join(who(p) for p in r.interview.interviewers)
    text = f"interview {when(r.interview, tz)}" + (f" with {names}" if names else "")
    if r.cancelled_at is not None:
        text += f" (cancelled {r.cancelled_at.astimezone(tz).date().isoformat()})"
    return text


def check_reason(check: Check, wait: Wait) -> str:
    if check.ordinal > 1:
        return f"no answer to status check {check.ordinal - 1}: a second, short check-in"
    if wait.decision_by is not None:
        return f"no word since the promised decision date {wait.decision_by.isoformat()}"
    return "no word from the employer for a while: a polite check-in"


def _wait(wait: Wait, tz: tzinfo) -> str | None:
    day = wait.start.astimezone(tz).date().isoformat()
    if wait.cause == "reply" and wait.event is not None:
        return f"reply from {who(wait.event.sender)} on {day} restarted the clock"
    if wait.cause == "request":
        return f"the employer asked to schedule an interview on {day}"
    return None


def evidence(
    events: Sequence[Event],
    rounds: Sequence[Round],
    waits: Sequence[Wait],
    schedule: Schedule | None,
    terminal: Event | None,
    now: datetime,
    tz: tzinfo,
) -> tuple[str, ...]:
    """Sentences saying what the decision rests on, oldest fact first."""
    lines = [_interview(r, tz) for r in rounds]
    current = waits[-1] if waits else None
    if current is not None:
        said = _wait(current, tz)
        if said:
            lines.append(said)
        if current.decision_by is not None:
            lines.append(f"decision promised by {current.decision_by.isoformat()}")
    since = current.start if current is not None else None
    for event in events:
        if (
            event.kind == "auto_reply"
            and event.back_on
            and since is not None
            and since <= event.at <= now
        ):
            lines.append(f"{who(event.sender)} is away until {event.back_on.isoformat()}")
    if schedule is not None:
        for check in schedule.checks:
            if check.done_at is not None and check.done_at <= now:
                day = check.done_at.astimezone(tz).date().isoformat()
                lines.append(f"status check {check.ordinal} sent {day}")
        if schedule.give_up_at is not None and schedule.give_up_at <= now:
            day = schedule.give_up_at.astimezone(tz).date().isoformat()
            lines.append(f"no reply after the last check: stopped following up on {day}")
    if terminal is not None:
        day = terminal.at.astimezone(tz).date().isoformat()
        lines.append(f"{terminal.kind.replace('_', ' ')} on {day}")
    return tuple(lines)
