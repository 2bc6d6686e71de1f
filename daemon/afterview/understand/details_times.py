"""The times among a message's details: when the interview is, and by when the employer decides.

Split from :mod:`.details`, which reads names and addresses: these read dates, taking the
quoted thread, the signature and a forwarded mail into account where the kind (decided by
the new text alone) did not. ``interview_span`` shows an invitation's time in the zone the
text names, ``booked_from_thread`` takes a booking reply's time from the thread it answers,
``employer_timeline`` finds the date by which the employer means to decide.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any

from .dates import find_decision_by, find_interview_time
from .dates.thread import find_thread_time
from .dates.zones import sender_zone
from .people.people import own_and_forwarded, people_in_headers
from .reading import Reading, answers_written_in

_DEFAULT_LENGTH = timedelta(hours=1)


def interview_span(
    r: Reading,
    when: tuple[tuple[datetime, datetime | None], list | None, Any],
    reasons: list[str],
) -> tuple[datetime, datetime]:
    """The interview's start and end (an hour after the start when no end is said)."""
    span, events, found = when
    if not events:
        span = _dated_by_thread(r, span)
    elif all(event.all_day for event in events):
        if found and found.start.date() == span[0].date():
            # An invitation saved as an all-day event (a scheduler's or a hand-made one)
            # holds only the day; the text gives its hour ("Tuesday 10 November at 14:00").
            span = (found.start, found.end)
    elif r.msg.date and span[0].tzinfo is r.tz and isinstance(r.tz, timezone):
        span = _floating_in_season(r, span)
    start, end = _present(span, events, found, r.tz)
    if end is None or end <= start:
        end = start + _DEFAULT_LENGTH
        reasons.append("end assumed one hour after start")
    return start, end


def _dated_by_thread(
    r: Reading, span: tuple[datetime, datetime | None]
) -> tuple[datetime, datetime | None]:
    """The text's time read again with the quoted thread and the signature at hand:
    "Thursday at 2 works" in a reply is the Thursday the thread dates ("Thursday Nov 26,
    14:00"), not the coming one; a bare "10:00" under a server's UTC Date header is in the
    zone of the writer's phone code or city, often only in the signature ("T +31 38 ...").
    Only the details use these; the kind is decided by the new text alone."""
    history = f"{r.body.quoted}\n{r.body.forwarded}"
    signature = r.body.signature
    if not r.msg.date or not (history.strip() or signature.strip()):
        return span
    found = find_interview_time(
        r.kind_text(), r.msg.date, default_tz=r.tz, history=history, signature=signature
    )
    return (found.start, found.end) if found else span


def _floating_in_season(
    r: Reading, span: tuple[datetime, datetime | None]
) -> tuple[datetime, datetime | None]:
    """An invitation's floating time (no zone: ATS exports, hand-made files) was placed in
    the Date header's offset, which is the sender's zone only in the sending day's season:
    DTSTART:20261027T100000 sent at +02:00 from Germany on 20 October is 10:00 winter time."""
    assert r.msg.date is not None
    zone = sender_zone(r.msg.date, r.language)
    start, end = span
    return start.replace(tzinfo=zone), end.replace(tzinfo=zone) if end else None


def booked_from_thread(r: Reading, reasons: list[str]) -> tuple[datetime, datetime | None] | None:
    """The time a booking reply that names no full time takes from the quoted thread
    ("Tue at 3 works", "see below, you're confirmed"): see :mod:`.dates.thread`."""
    if not r.msg.date:
        return None
    history = f"{r.body.forwarded}\n{r.body.quoted}"
    found = find_thread_time(r.kind_text(), history, r.msg.date, default_tz=r.tz)
    if found is None:
        return None
    reasons.append(f"time from the thread: {found.evidence}")
    return found.start, found.end


def _present(span, events, found, tz: tzinfo) -> tuple[datetime, datetime | None]:
    """Invitation times in UTC are shown in the zone the text names, else in the offset the
    text's wall clock reveals ("Zeit: 9.15 Uhr" beside DTSTART 08:15Z is +01:00), else in
    the reader's zone."""
    start, end = span
    if not events or start.utcoffset() != timedelta(0):
        return start, end
    zone = found.start.tzinfo if found and found.start == start else _wall_offset(found, start)
    zone = zone or tz
    return start.astimezone(zone), end.astimezone(zone) if end else None


def _wall_offset(found, start: datetime) -> tzinfo | None:
    """The offset at which the text's time of day is the invitation's instant."""
    if not found:
        return None
    shift = found.start.replace(tzinfo=None) - start.replace(tzinfo=None)
    whole = shift.total_seconds() % 1800 == 0 and abs(shift) <= timedelta(hours=14)
    return timezone(shift) if whole and shift else None


def employer_timeline(r: Reading) -> date | None:
    """The employer's own timeline, from sentences that speak of deciding or getting back;
    failing those, from a forwarded mail of the employer's side ("Teodora asked me to pass
    this along": the manager's "we plan to decide by Friday, December 4" below it is the
    employer's word, though the one who forwards it names no date). A forwarded mail of the
    candidate's own promises nothing of the employer's."""
    own, forwarded = _own_words_and_forward(r)
    # answers written into the candidate's quoted mail ("I've answered your questions below")
    answers = "" if r.used_forwarded else answers_written_in(r.body.new, r.body.quoted)
    if answers and answers not in own:
        own = f"{own}\n\n{answers}"
    found = find_decision_by(own, r.msg.date)
    if found or not forwarded or not _employer_side(r, forwarded):
        return found
    return find_decision_by(_first_mail(forwarded), r.msg.date)


# The start of an older mail inside a forward: its header block or a reply's attribution.
_OLDER_MAIL = re.compile(
    r"^[ \t>]*(?:\*?(?:from|von|de|van)\s*(?:\*\s*)?:\s*\S|"
    r"(?:on|am|le|el|op)\b.{3,240}\b(?:wrote|schrieb|a écrit|escribió|schreef)\s*:)",
    re.IGNORECASE | re.MULTILINE,
)


def _own_words_and_forward(r: Reading) -> tuple[str, str]:
    """The sender's own words (with any inline answers), and the forwarded mail: the part of
    the text read as new from where a forward starts, when the reading took the forward in
    ("FYI, see below"), else the forwarded part of the body."""
    if not r.used_forwarded:
        return r.new, r.body.forwarded[:8000]
    return own_and_forwarded(r.new)


def _employer_side(r: Reading, forwarded: str) -> bool:
    """Whether neither the forwarded mail's author nor the one forwarding it is the
    candidate: a colleague's or a client's mail passed on."""
    authors = people_in_headers(forwarded[:4000])
    sender = r.sender.email if r.sender else None
    return (
        bool(authors) and authors[0].email not in r.excluded and sender not in (None, *r.excluded)
    )


def _first_mail(forwarded: str) -> str:
    """The forwarded mail's own text, without the older mails it quotes in turn."""
    starts = [m.start() for m in _OLDER_MAIL.finditer(forwarded)]
    body_at = forwarded.find("\n\n", starts[0] if starts else 0)
    if body_at == -1:
        return forwarded
    return forwarded[: next((s for s in starts if s > body_at), len(forwarded))]
