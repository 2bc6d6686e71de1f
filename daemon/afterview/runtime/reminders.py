"""``afterview calendar``: interviews and planned follow-ups as an iCalendar file.

Each event's UID is derived from what it is about (the application and the step), never
from when it was written, so a calendar app subscribed to the file updates events in place
instead of piling up duplicates.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

_REMINDER_LENGTH = timedelta(minutes=15)
_LABELS = {
    "thank_you": "Send thank-you",
    "status_check": "Send status check",
    "rejection_reply": "Reply to rejection",
    "phone_call": "Consider a phone call",
}


def _uid(*parts: str) -> str:
    digest = hashlib.sha256("/".join(parts).encode()).hexdigest()[:24]
    return f"{digest}@afterview"


def build_calendar(rows: Sequence, *, now: datetime) -> Calendar:
    """Upcoming interviews and every pending action of ``rows`` (engine rows).

    Pending actions include the phone-call suggestions (no draft, only a reminder) and any
    action already due whose draft the user has not sent yet.
    """
    calendar = Calendar()
    calendar.add("prodid", "-//Afterview//Follow-up reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Afterview follow-ups")
    for row in rows:
        app, decision = row.app, row.decision
        title = app.company or app.id
        # The decision's rounds, not the raw events: a cancelled interview is dropped and a
        # moved one keeps its UID (numbered by round), so the calendar entry moves with it.
        rounds = sorted(decision.interviews, key=lambda i: i.start)
        for number, interview in enumerate(rounds, 1):
            if interview.effective_end < now:
                continue
            names = ", ".join(p.name or p.email for p in interview.interviewers)
            calendar.add_component(
                _event(
                    _uid(app.id, "interview", str(number)),
                    f"Interview: {title}" + (f" ({app.role})" if app.role else ""),
                    interview.start,
                    interview.effective_end,
                    f"With {names}." if names else "",
                    now,
                )
            )
        for action in decision.actions:
            label = _LABELS.get(action.kind, action.kind)
            who = action.recipient.name or action.recipient.email
            calendar.add_component(
                _event(
                    _uid(action.key),
                    f"{label}: {title}",
                    action.due,
                    action.due + _REMINDER_LENGTH,
                    f"{label} to {who} <{action.recipient.email}>. {action.reason}".strip(),
                    now,
                )
            )
    return calendar


def _event(
    uid: str, summary: str, start: datetime, end: datetime, description: str, now: datetime
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    return event


def write_calendar(rows: Sequence, output: Path, *, now: datetime) -> int:
    """Write atomically (a subscriber never reads half a file); return the event count."""
    calendar = build_calendar(rows, now=now)
    data = calendar.to_ical()
    output = output.expanduser()
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=".afterview-", suffix=".ics")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, output)
    return len(calendar.walk("VEVENT"))
