"""Properties of the policy over random, bounded histories (hypothesis).

Histories mix every event kind, human and robot senders, reschedules and cancellations,
out-of-office replies with return dates, promised decision dates and draft states, under
random follow-up settings. A second test plays a user who sends every draft as soon as it is
due, over weeks, and counts what went out.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import event, given, settings
from hypothesis import strategies as st

from afterview.config import Followup
from afterview.pipeline.business_time import is_business_instant
from afterview.pipeline.model import (
    Application,
    Event,
    Interview,
    Person,
    is_robot_address,
)
from afterview.pipeline.policy import decide

APP_ID = "kettle-co-data-analyst"
BASE = datetime(2026, 11, 2, 8, 0, tzinfo=ZoneInfo("UTC"))
ZONES = [ZoneInfo("Europe/London"), ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo")]
HUMANS = [
    Person("Jane Doe", "jane@kettle.example"),
    Person("Bob Stone", "bob@kettle.example"),
    Person(None, "rita@kettle.example"),
]
ROBOTS = [
    Person("Kettle Careers", "noreply@workablemail.com"),
    Person("Calendar", "calendar-notification@google.com"),
    Person("Kettle", "notifications@kettle.example"),
]
PEOPLE = HUMANS + ROBOTS
EMPLOYER_KINDS = [
    "application_received",
    "interview_request",
    "interview_scheduled",
    "interview_scheduled",
    "interview_cancelled",
    "employer_reply",
    "employer_reply",
    "auto_reply",
    "auto_reply",
]
CLOSINGS = [None, None, None, None, "rejection", "rejection", "offer", "withdrawn"]
STEPS = ["thank_you", "thank_you_2", "status_check_1", "status_check_2", "status_check_3"]
STATES = ["written", "sent", "dismissed", "retracted", "pending"]
STEP_FORMAT = re.compile(r"^(thank_you(_\d+)?|status_check_\d+|rejection_reply|phone_call_\d+)$")

hours = st.integers(min_value=0, max_value=24 * 60)
ANY_KIND = st.sampled_from(EMPLOYER_KINDS)


@st.composite
def interviews(draw, at: datetime) -> Interview:
    start = at + timedelta(hours=draw(st.integers(-48, 24 * 20)))
    length = draw(st.sampled_from([None, 30, 45, 60, 150]))
    end = start + timedelta(minutes=length) if length else None
    people = draw(st.lists(st.sampled_from(PEOPLE), max_size=3))
    return Interview(start, end, tuple(people))


@st.composite
def employer_events(draw, kinds=ANY_KIND, when=hours) -> Event:
    at = BASE + timedelta(hours=draw(when))
    kind = draw(kinds)
    sender = draw(st.sampled_from([*PEOPLE, None]))
    interview = draw(interviews(at)) if kind == "interview_scheduled" else None
    if kind == "interview_cancelled" and draw(st.booleans()):
        interview = draw(interviews(at))
    day = st.dates(min_value=date(2026, 11, 1), max_value=date(2027, 2, 1))
    return Event(
        at,
        kind,
        f"<{draw(st.uuids())}@kettle.example>",
        sender=sender,
        interview=interview,
        decision_by=draw(st.none() | day) if kind != "auto_reply" else None,
        back_on=draw(st.none() | day) if kind == "auto_reply" else None,
        subject="Your application",
    )


@st.composite
def user_events(draw) -> Event:
    at = BASE + timedelta(hours=draw(hours))
    to = draw(st.lists(st.sampled_from(HUMANS), min_size=1, max_size=2))
    step = draw(st.none() | st.sampled_from(STEPS))
    afterview_key = f"{APP_ID}/{step}/{to[0].email}" if step else None
    recipients = tuple(p.email for p in to)
    return Event(at, "user_message", None, recipients=recipients, afterview_key=afterview_key)


@st.composite
def followups(draw) -> Followup:
    opening = draw(st.integers(6, 11))
    return Followup(
        thank_you_delay=timedelta(minutes=draw(st.sampled_from([0, 30, 60, 60 * 20]))),
        status_check_after=timedelta(days=draw(st.integers(1, 10))),
        second_check_after=timedelta(days=draw(st.integers(1, 10))),
        max_status_checks=draw(st.integers(0, 3)),
        give_up_after=timedelta(days=draw(st.integers(1, 20))),
        business_hours=(time(opening, 0), time(opening + draw(st.integers(1, 9)), 30)),
        business_days=draw(st.frozensets(st.integers(0, 6), min_size=1)),
        rejection_reply=draw(st.booleans()),
    )


@st.composite
def applications(draw) -> Application:
    events = []
    if draw(st.integers(0, 4)):  # most histories start with a booked interview
        first = employer_events(st.just("interview_scheduled"), st.integers(0, 72))
        events.append(draw(first))
    events += draw(st.lists(employer_events(), max_size=6))
    events += draw(st.lists(user_events(), max_size=4))
    closing = draw(st.sampled_from(CLOSINGS))
    if closing:
        events.append(draw(employer_events(st.just(closing))))
    drafts = draw(
        st.dictionaries(
            st.builds(
                lambda s, p: f"{APP_ID}/{s}/{p.email}",
                st.sampled_from(STEPS),
                st.sampled_from(HUMANS),
            ),
            st.sampled_from(STATES),
            max_size=4,
        )
    )
    contact = draw(st.sampled_from([*PEOPLE, None]))
    return Application(
        APP_ID,
        "Kettle Co",
        draw(st.none() | st.just("Data Analyst")),
        tuple(draw(st.permutations(events))),
        drafts,
        (),
        contact,
    )


def _now(draw_hours: int) -> datetime:
    return BASE + timedelta(hours=draw_hours)


@settings(max_examples=300, deadline=None)
@given(
    app=applications(),
    now_hours=st.integers(0, 24 * 90),
    rules=followups(),
    tz=st.sampled_from(ZONES),
)
def test_every_decision_keeps_the_rules(app, now_hours, rules, tz) -> None:
    now = _now(now_hours)
    decision = decide(app, now, rules, tz)
    event(f"stage={decision.stage}")
    event(f"actions={sorted({a.kind for a in decision.actions})}")

    # Deterministic, whatever the order the events come in.
    assert decide(app, now, rules, tz) == decision
    reversed_app = Application(
        app.id, app.company, app.role, app.events[::-1], app.drafts, app.notes, app.contact
    )
    assert decide(reversed_app, now, rules, tz) == decision

    checks = [a for a in decision.actions if a.kind == "status_check"]
    assert len(checks) <= rules.max_status_checks
    assert all(1 <= a.attempt <= rules.max_status_checks for a in checks)
    assert decision.status_checks_sent <= rules.max_status_checks

    for action in decision.actions:
        assert not is_robot_address(action.recipient.email)
        assert is_business_instant(action.due, rules, tz), action
        step_key = f"{app.id}/{action.step}/{action.recipient.email.lower()}"
        assert action.key == step_key and STEP_FORMAT.match(action.step)
        assert app.drafts.get(action.key) not in ("sent", "dismissed")
        if action.kind == "thank_you":
            assert action.interview is not None
            assert action.due >= action.interview.effective_end
        if action.kind in ("status_check", "phone_call"):
            assert all(action.due >= i.effective_end for i in decision.interviews), (
                action,
                decision.interviews,
            )

    known = [e for e in app.events if e.at <= now]
    if any(e.kind in ("offer", "withdrawn") for e in known):
        assert decision.actions == ()
    if any(e.kind == "rejection" for e in known):
        assert [a.kind for a in decision.actions] in ([], ["rejection_reply"])
    if decision.stage in ("no_response", "offer", "withdrawn"):
        assert decision.actions == ()

    if decision.actions:
        assert decision.next_action is not None
        assert decision.next_action.due == min(a.due for a in decision.actions)
    else:
        assert decision.next_action is None
    written = {k for k, s in app.drafts.items() if s == "written"}
    assert set(decision.obsolete) <= written
    assert not set(decision.obsolete) & {a.key for a in decision.actions}


def _restarts(app: Application) -> list[datetime]:
    """Instants at which a wait may begin: human replies and interview ends."""
    points = [e.at for e in app.events if e.kind in ("employer_reply", "interview_request")]
    points += [
        max(e.interview.effective_end, e.at)
        for e in app.events
        if e.kind == "interview_scheduled" and e.interview is not None
    ]
    return sorted(points)


@settings(max_examples=150, deadline=None)
@given(app=applications(), rules=followups(), tz=st.sampled_from(ZONES))
def test_a_user_who_sends_everything_never_exceeds_the_limits(app, rules, tz) -> None:
    employer_only = tuple(e for e in app.events if e.kind != "user_message")
    drafts: dict[str, str] = {}
    events = list(employer_only)
    sent: list[tuple[datetime, str]] = []
    now = BASE
    while now < BASE + timedelta(days=100):
        current = Application(
            app.id, app.company, app.role, tuple(events), dict(drafts), (), app.contact
        )
        for action in decide(current, now, rules, tz).actions:
            if action.due <= now and action.kind != "phone_call":
                assert action.key not in drafts, "a key came back after it was sent"
                drafts[action.key] = "sent"
                sent.append((now, action.step))
                events.append(
                    Event(
                        now,
                        "user_message",
                        None,
                        recipients=(action.recipient.email,),
                        afterview_key=action.key,
                    )
                )
        now += timedelta(hours=5)

    bounds = [BASE, *_restarts(app), now]
    for lo, hi in itertools.pairwise(bounds):
        in_wait = [s for at, s in sent if lo <= at < hi and s.startswith("status_check")]
        assert len(in_wait) <= rules.max_status_checks
    assert sum(1 for _, s in sent if s == "rejection_reply") <= 1


def test_a_promise_whose_morning_falls_inside_the_interview_sets_no_check() -> None:
    """Found by the property above: "we decide by 13 Nov" sent with the invitation to an
    interview on 13 Nov 21:00 UTC (06:00 in Tokyo on the 14th). The business morning after
    the promise is the interview itself; the check must come after it ends."""
    jane = Person("Jane Doe", "jane@kettle.example")
    utc = ZoneInfo("UTC")
    interview = Interview(datetime(2026, 11, 13, 21, 0, tzinfo=utc), None, ())
    promise = date(2026, 11, 13)
    events = (
        Event(BASE, "interview_scheduled", "<a@kettle.example>", sender=jane, interview=interview),
        Event(BASE, "interview_request", "<b@kettle.example>", sender=jane, decision_by=promise),
        Event(BASE, "user_message", None, recipients=(jane.email,)),
    )
    app = Application("kettle-co-data-analyst", "Kettle Co", None, events, {}, (), jane)
    rules = Followup(
        thank_you_delay=timedelta(0),
        status_check_after=timedelta(days=1),
        second_check_after=timedelta(days=1),
        max_status_checks=1,
        give_up_after=timedelta(days=1),
        business_hours=(time(6, 0), time(7, 30)),
        business_days=frozenset(range(6)),
    )
    decision = decide(app, _now(278), rules, ZoneInfo("Asia/Tokyo"))
    checks = [a for a in decision.actions if a.kind == "status_check"]
    assert checks
    assert all(check.due >= interview.effective_end for check in checks)
