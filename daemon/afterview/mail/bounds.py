"""Cutting hostile mail down to a size the parsers handle in bounded time and memory.

Two library costs grow faster than the input and so are capped *before* the library runs:

* Python's MIME parser checks every line against the boundary of every enclosing
  multipart, so its time grows with lines x depth: a 70 KB message nested 1,000 levels
  deep takes tens of seconds. ``cap_multiparts`` keeps only the first ``limit`` multipart
  declarations; the parser then sees a truncated message, which it handles as any other.
* ``icalendar`` builds an object for every property of every event before anything can
  be skipped, so an invitation with 100,000 attendees or 10,000 events is expensive.
  ``bound_calendar`` keeps the first ``max_events`` events and ``max_attendees`` attendees
  of each, working on text lines.

* The same parser reads a single-part body line by line to its end, although only its
  beginning is ever decoded: ten megabytes of one-letter lines take seconds. ``cap_body``
  cuts a message that declares no multipart after ``limit`` bytes of body.

And one cost is avoided altogether: an attachment is measured (``encoded_size``) without
being decoded, which for a 50 MB base64 part would hold a second copy just to count it.
"""

from __future__ import annotations

import re
from email.message import Message

MAX_MULTIPARTS = 50
"""Multipart containers a message may declare; real mail nests fewer than ten."""

# A Content-Type header (folded or not) that declares a boundary: a multipart container.
_MULTIPART = re.compile(rb"(?im)^content-type[ \t]*:(?:[^\r\n]|\r?\n[ \t])*?boundary")
_UNFOLD = re.compile(r"\r?\n[ \t]")
_NAME = re.compile(r"^([A-Za-z0-9-]+)")


def cap_multiparts(raw: bytes, limit: int = MAX_MULTIPARTS) -> tuple[bytes, str | None]:
    """``raw`` cut before its ``limit + 1``-th multipart declaration, and a problem line."""
    # Every declaration holds the word "boundary" and no two share one: with no more of
    # those words than the limit allows, no scan (a multiline search over the whole message).
    if raw.lower().count(b"boundary") <= limit:
        return raw, None
    for count, match in enumerate(_MULTIPART.finditer(raw), start=1):
        if count > limit:
            return raw[: match.start()], f"more than {limit} multipart containers, the rest cut"
    return raw, None


_BODY_START = re.compile(rb"\r?\n\r?\n")


def cap_body(raw: bytes, limit: int) -> tuple[bytes, str | None]:
    """A single-part ``raw`` cut ``limit`` bytes into its body, and a problem line."""
    if len(raw) <= limit:
        return raw, None
    start = _BODY_START.search(raw)
    if start is None or len(raw) - start.end() <= limit:
        return raw, None
    if _MULTIPART.search(raw, 0, start.start()):  # only the top header block says so
        return raw, None
    return raw[: start.end() + limit], f"body of {len(raw) - start.end()} bytes cut to {limit}"


def bound_calendar(text: str, *, max_events: int, max_attendees: int) -> tuple[str, list[str]]:
    """The calendar with at most ``max_events`` VEVENTs and ``max_attendees`` ATTENDEEs
    each (content lines unfolded), and what was dropped."""
    if text.count("BEGIN:VEVENT") <= max_events and text.count("ATTENDEE") <= max_attendees:
        return text, []  # the common case: nothing to do, nothing copied
    kept: list[str] = []
    events = skipped_events = attendees = skipped_attendees = 0
    skipping = False
    for line in _UNFOLD.sub("", text).splitlines():
        upper = line[:20].upper()
        if upper.startswith("BEGIN:VEVENT"):
            events += 1
            attendees = 0
            skipping = events > max_events
            skipped_events += skipping
        if skipping:
            if upper.startswith("END:VEVENT"):
                skipping = False
            continue
        name = _NAME.match(upper)
        if name and name.group(1) == "ATTENDEE":
            attendees += 1
            if attendees > max_attendees:
                skipped_attendees += 1
                continue
        kept.append(line)
    problems = []
    if skipped_events:
        problems.append(f"calendar: {skipped_events} events beyond {max_events} dropped")
    if skipped_attendees:
        problems.append(f"calendar: {skipped_attendees} attendees beyond {max_attendees} dropped")
    return "\r\n".join(kept) + "\r\n", problems


def encoded_size(part: Message) -> int:
    """The decoded size of a leaf part, estimated from its encoded payload."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return 0
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte == "base64":
        return (len(payload) - payload.count("\n") - payload.count("\r")) * 3 // 4
    return len(payload)
