"""The shape of an application's history: interview rounds, waits, and the checks in a wait.

The policy (``policy.py``) reads an application through three notions built here:

round
    One interview. The first ``interview_scheduled`` opens it; a later one that arrives before
    the interview ended, or names the same start, updates it (a reschedule or a duplicate);
    one arriving after it ended opens a new round. ``interview_cancelled`` cancels the round
    it names by start time, else the latest round that had not ended yet.
wait
    A stretch of time in which the next move is the employer's. Waits start at the end of a
    round and at every human reply (``employer_reply``, ``interview_request``); an
    ``auto_reply`` never starts one. A wait is *open* when status checks may be scheduled
    in it, *closed* while the ball is elsewhere: an interview is coming up, the employer
    asked to schedule one, or the interview was cancelled.
check
    A status check in an open wait: the first on the business morning after the promised
    decision date, else ``status_check_after`` after the wait began; each further one
    ``second_check_after`` after the previous was sent (or dismissed: then after it fell
    due), never while the previous one still waits for the user; at most
    ``max_status_checks``; an out-of-office's return date pushes the next one later.

Checks are numbered across the whole application (``status_check_3`` after a reply reset
the count), so a key never names two different drafts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from itertools import pairwise

from afterview.pipeline.business_time import business_morning_after, next_business_instant
from afterview.pipeline.model import Event, FollowupSettings, Interview

HUMAN_REPLIES = frozenset({"employer_reply", "interview_request"})
DONE_STATES = frozenset({"sent", "dismissed"})


@dataclass(frozen=True)
class Round:
    number: int
    interview: Interview
    opened_at: datetime
    opened_seq: int
    scheduled_by: Event
    cancelled_at: datetime | None = None

    @property
    def end(self) -> datetime:
        return self.interview.effective_end

    @property
    def settled_at(self) -> datetime:
        """When the wait after this interview begins (late news of it: on arrival)."""
        return max(self.end, self.opened_at)

    def pending_at(self, t: datetime) -> bool:
        """True while the interview is booked and still ahead of (or under way at) ``t``."""
        cancelled = self.cancelled_at is not None and self.cancelled_at <= t
        return self.opened_at <= t < self.settled_at and not cancelled


@dataclass(frozen=True)
class Wait:
    start: datetime
    open: bool
    cause: str  # "interview", "reply", "request", "scheduled", "cancelled"
    decision_by: date | None
    event: Event | None = None
    round: Round | None = None
    end: datetime | None = None  # the next wait's start; None for the current wait


@dataclass(frozen=True)
class Check:
    ordinal: int  # within its wait, from 1
    number: int  # across the application, from 1
    due: datetime
    done_at: datetime | None  # when it was sent (or the user wrote on their own)
    dismissed: bool
    expires: datetime | None  # when the next step falls due and this one lapses

    @property
    def settled(self) -> datetime:
        """What the next step counts from: when it was sent, never before it was due."""
        return max(self.done_at, self.due) if self.done_at else self.due


@dataclass(frozen=True)
class Schedule:
    checks: tuple[Check, ...]
    give_up_at: datetime | None


# At one instant: news of the interview before replies, the user's mail, then closings.
_KIND_RANK = {
    kind: rank
    for rank, kind in enumerate(
        (
            "application_received",
            "interview_request",
            "interview_scheduled",
            "interview_cancelled",
            "employer_reply",
            "auto_reply",
            "user_message",
            "rejection",
            "offer",
            "withdrawn",
        )
    )
}


def sorted_events(events: Sequence[Event], horizon: datetime) -> list[Event]:
    """Events up to ``horizon`` in one total order, whatever order they were given in.

    Time first; ties (mail often shares a second) by kind, then by the whole event, so
    that the same history always reads the same way.
    """
    known = sorted(
        (e for e in events if e.at <= horizon),
        key=_rank,
    )
    # The last key (the whole event) is costly, so it is paid only where the first two tie.
    tied = any(_rank(a) == _rank(b) for a, b in pairwise(known))
    return sorted(known, key=lambda e: (*_rank(e), repr(e))) if tied else known


def _rank(event: Event) -> tuple[datetime, int]:
    return event.at, _KIND_RANK.get(event.kind, len(_KIND_RANK))


# --- rounds ---------------------------------------------------------------------------------


def _merged(old: Interview, new: Interview) -> Interview:
    return new if new.interviewers else replace(new, interviewers=old.interviewers)


def _cancelled_index(rounds: list[Round], event: Event) -> int | None:
    live = [i for i, r in enumerate(rounds) if r.cancelled_at is None]
    if event.interview is not None:
        for i in reversed(live):
            if rounds[i].interview.start == event.interview.start:
                return i
    for i in reversed(live):
        if rounds[i].end > event.at:
            return i
    return None


def build_rounds(events: Sequence[Event]) -> list[Round]:
    """The interview rounds of time-ordered ``events``, with their latest times."""
    rounds: list[Round] = []
    for seq, event in enumerate(events):
        if event.kind == "interview_scheduled" and event.interview is not None:
            current = rounds[-1] if rounds else None
            if (
                current is not None
                and current.cancelled_at is None
                and (event.at < current.end or event.interview.start == current.interview.start)
            ):
                merged = _merged(current.interview, event.interview)
                rounds[-1] = replace(current, interview=merged, scheduled_by=event)
            else:
                rounds.append(Round(len(rounds) + 1, event.interview, event.at, seq, event))
        elif event.kind == "interview_cancelled":
            index = _cancelled_index(rounds, event)
            if index is not None:
                rounds[index] = replace(rounds[index], cancelled_at=event.at)
    return rounds


# --- waits ----------------------------------------------------------------------------------


def _promised(events: Sequence[Event], t: datetime) -> date | None:
    """The latest decision date the employer gave up to ``t``, if it has not passed by ``t``."""
    promised = None
    for event in events:
        if event.at > t:
            break
        if event.decision_by is not None and (
            event.kind in HUMAN_REPLIES or event.kind == "interview_scheduled"
        ):
            promised = event.decision_by
    return promised if promised is not None and promised >= t.date() else None


def build_waits(events: Sequence[Event], rounds: Sequence[Round], horizon: datetime) -> list[Wait]:
    """The waits of time-ordered ``events``, oldest first, each ending where the next begins."""
    starts: list[tuple[datetime, int, int, Wait]] = []
    for seq, event in enumerate(events):
        if event.kind not in HUMAN_REPLIES:
            continue
        busy = any(r.pending_at(event.at) for r in rounds)
        if event.kind == "interview_request":
            cause, is_open = "request", False
        else:
            cause, is_open = ("scheduled", False) if busy else ("reply", True)
        starts.append((event.at, 0, seq, Wait(event.at, is_open, cause, None, event=event)))
    for r in rounds:
        starts.append((r.opened_at, 0, r.opened_seq, Wait(r.opened_at, False, "scheduled", None)))
        if r.cancelled_at is not None:
            wait = Wait(r.cancelled_at, False, "cancelled", None, round=r)
            starts.append((r.cancelled_at, 0, len(events) + r.number, wait))
        elif r.settled_at <= horizon:
            wait = Wait(r.settled_at, True, "interview", None, round=r)
            starts.append((r.settled_at, 1, r.number, wait))
    starts.sort(key=lambda item: item[:3])
    waits = [w for *_, w in starts]
    # A wait only holds until the next one begins; the last one is current.
    return [
        replace(
            w,
            decision_by=_promised(events, w.start) if w.open else None,
            end=waits[i + 1].start if i + 1 < len(waits) else None,
        )
        for i, w in enumerate(waits)
    ]


# --- checks ---------------------------------------------------------------------------------


def _step_done(
    prefix: str, drafts: Mapping[str, str], user_messages: Sequence[Event]
) -> tuple[bool, bool, datetime | None]:
    """(sent, dismissed, sent_at) for the draft keys starting with ``prefix``."""
    sent_at = min(
        (m.at for m in user_messages if (m.afterview_key or "").startswith(prefix)), default=None
    )
    states = {state for key, state in drafts.items() if key.startswith(prefix)}
    sent = sent_at is not None or "sent" in states
    return sent, "dismissed" in states and not sent, sent_at


def _back_on(events: Sequence[Event], since: datetime, before: datetime) -> date | None:
    dates = [
        e.back_on for e in events if e.kind == "auto_reply" and e.back_on and since <= e.at < before
    ]
    return max(dates, default=None)


def _promised_morning(wait: Wait, followup: FollowupSettings, tz: tzinfo) -> datetime | None:
    """The business morning after the day the employer promised to decide by, if it comes
    after the wait began: a promise whose day passed before (a decision date given before an
    interview that ends later) says nothing of when to check after it."""
    if wait.decision_by is None:
        return None
    morning = business_morning_after(wait.decision_by, followup, tz)
    return morning if morning > wait.start else None


def schedule_checks(
    wait: Wait,
    *,
    app_id: str,
    first_number: int,
    events: Sequence[Event],
    drafts: Mapping[str, str],
    followup: FollowupSettings,
    tz: tzinfo,
    horizon: datetime,
) -> Schedule:
    """The status checks of the open ``wait``: those it reached, and the next one if current.

    A check counts as sent when a draft with its step was sent (or found in Sent), or when
    the user wrote to the employer on their own once it was due.
    """
    limit = wait.end
    own = [e for e in events if e.kind == "user_message"]
    manual = [e for e in own if e.afterview_key is None and (limit is None or e.at < limit)]
    checks: list[Check] = []
    ref = wait.start
    promised = _promised_morning(wait, followup, tz)
    for ordinal in range(1, followup.max_status_checks + 1):
        if ordinal == 1 and promised is not None:
            due = promised
        else:
            delay = followup.status_check_after if ordinal == 1 else followup.second_check_after
            due = next_business_instant(ref + delay, followup, tz)
        back_on = _back_on(events, ref, due)
        if back_on is not None:
            due = max(due, business_morning_after(back_on, followup, tz))
        if limit is not None and due >= limit:
            break  # a reply (or a new interview) came first: this check never fell due
        number = first_number + ordinal - 1
        sent, dismissed, sent_at = _step_done(f"{app_id}/status_check_{number}/", drafts, own)
        if not sent and not dismissed:
            by_hand = next((m for m in manual if m.at >= due), None)
            if by_hand is not None:
                sent, sent_at = True, by_hand.at
                manual.remove(by_hand)
        done_at = (sent_at or due) if sent else None
        checks.append(Check(ordinal, number, due, done_at, dismissed, None))
        ref = checks[-1].settled
        if due > horizon:
            break  # the next check of the current wait: nothing after it is known yet
        if not sent and not dismissed:
            break  # the user has not acted on this check yet: no "once more" before it
    give_up_at = None
    if len(checks) == followup.max_status_checks and (not checks or checks[-1].due <= horizon):
        if not checks:
            ref = promised if promised is not None else wait.start + followup.status_check_after
        give_up_at = ref + followup.give_up_after
    lapse = [c.due for c in checks[1:]] + [give_up_at]
    return Schedule(
        tuple(replace(c, expires=lapse[i]) for i, c in enumerate(checks)),
        give_up_at,
    )


def first_step_after(checks: Sequence[Check], t: datetime) -> datetime | None:
    """The due time of the first status check at or after ``t``."""
    return min((c.due for c in checks if c.due >= t), default=None)
