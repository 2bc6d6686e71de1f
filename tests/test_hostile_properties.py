"""Property tests over hostile input: what no mail may do, whatever it holds.

Inputs are assembled from the pieces attacks are made of (line breaks, NUL, encoded words
hiding line breaks, bidi controls, template syntax, address punctuation) mixed with random
text. Bounded for the normal suite (about two thousand examples in all, no deadline); the
atheris target in fuzz/ runs the parser and classifier for as long as one likes.
"""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hostile
from afterview.config import Me
from afterview.drafts.compose import compose
from afterview.mail.bounds import bound_calendar, cap_multiparts
from afterview.mail.message import parse_message
from afterview.pipeline.facts import INCOMING
from afterview.pipeline.ingest import facts_from_raw
from afterview.pipeline.model import (
    Action,
    Application,
    Event,
    Interview,
    Person,
    is_addressable,
)
from afterview.understand.calendar import parse_calendar
from afterview.understand.kinds.suspicious import sender_suspicion
from afterview.understand.result import KINDS
from draftcheck import check_draft

ME = Me("Alex Candidate", "alex@example.org")
NOW = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def bounded(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


def _word(data: bytes, encoding: str = "b") -> str:
    if encoding == "b":
        return f"=?utf-8?b?{base64.b64encode(data).decode()}?="
    return "=?utf-8?q?" + "".join(f"={c:02X}" for c in data) + "?="


PIECES = [
    "\r\n", "\n", "\r", "\x00", "\t", " ", "\r\n ", "Bcc: victim@evil.example", "X-Evil: 1",
    _word(b"\r\nBcc: victim@evil.example\r\n"), _word(b"Jane\r\nX-Evil: 1", "q"),
    _word(b"\x00\x1b[2J"), "=?", "?=", "=?utf-8?b?", "{{ 7*111111 }}", "{0.__class__}",
    "{% for x in range(3) %}Zq{% endfor %}", "%(password)s", "\u202e", "\u2066", "\u200b",
    ":", ";", ",", "<", ">", '"', "\\", "@", "(", ")", "Jane", "Doe", "Acme", "Rita", "Jаne",
]  # fmt: skip
hostile_text = st.lists(
    st.sampled_from(PIECES) | st.text(max_size=6) | st.binary(max_size=12).map(_word),
    max_size=10,
).map("".join)
addresses = st.from_regex(r"[a-z0-9][a-z0-9._+-]{0,15}@[a-z0-9-]{1,12}\.example", fullmatch=True)
odd_addresses = st.builds(
    lambda local, domain: f"{local}@{domain}.example", hostile_text, hostile_text
)
message_ids = hostile_text | addresses.map(lambda a: f"<{a}>")


# ---- parsing: nothing hostile reaches a field unclean -------------------------------------


@bounded(250)
@given(
    name=hostile_text,
    subject=hostile_text,
    message_id=message_ids,
    reply_to=message_ids,
    body=hostile_text,
    cal_name=hostile_text,
)
def test_hostile_headers_become_clean_facts(
    name: str, subject: str, message_id: str, reply_to: str, body: str, cal_name: str
) -> None:
    def header(text: str) -> bytes:
        return text.encode("utf-8", "surrogateescape")

    raw = hostile.with_calendar(
        hostile.ics(attendees=[(cal_name, f"jane.doe@{hostile.EMPLOYER}")], summary=body),
        sender=f'"{name}" <{hostile.RECRUITER}>',
        subject=subject,
        message_id=message_id,
        body=body,
    ).replace(b"\r\nDate:", b"\r\nIn-Reply-To: " + header(reply_to) + b"\r\nDate:", 1)
    facts = facts_from_raw(raw, direction=INCOMING, me=[ME.email])
    assert facts.kind in KINDS
    assert not any(r.startswith("classifier-failed") for r in facts.reasons)
    people = [facts.sender, facts.contact]
    if facts.interview:
        people += list(facts.interview.interviewers)
    fields = [facts.subject, facts.message_id, facts.in_reply_to, facts.company, facts.role]
    fields += [p.name for p in people if p] + [p.email for p in people if p]
    fields += list(facts.references)
    assert not any(CONTROL.search(f) for f in fields if f), fields
    assert all("=?" not in p.email for p in people if p)


@bounded(300)
@given(st.binary(max_size=3000))
def test_random_bytes_after_a_plausible_header(tail: bytes) -> None:
    raw = hostile.message([("Content-Type", "multipart/mixed; boundary=b")], tail)
    assert parse_message(raw).problems is not None
    assert facts_from_raw(raw, direction=INCOMING, me=[ME.email]).kind in KINDS


# ---- drafts: no input adds or alters a header ---------------------------------------------


@bounded(300)
@given(
    name=hostile_text,
    email=addresses | odd_addresses,
    subject=hostile_text,
    parent_id=message_ids,
    references=st.lists(message_ids, max_size=4),
    company=hostile_text,
    role=hostile_text,
    note=hostile_text,
    kind=st.sampled_from(["thank_you", "status_check", "rejection_reply"]),
    language=st.sampled_from(["en", "de", "fr", "es", "nl"]),
)
def test_no_mail_text_adds_or_alters_a_draft_header(
    name: str,
    email: str,
    subject: str,
    parent_id: str,
    references: list[str],
    company: str,
    role: str,
    note: str,
    kind: str,
    language: str,
) -> None:
    person = Person(name, email)
    if not is_addressable(person):
        return  # the policy never picks such a recipient
    interview = Interview(NOW - timedelta(hours=2), NOW - timedelta(hours=1), (person,))
    parent = Event(
        NOW - timedelta(days=1),
        "employer_reply",
        parent_id,
        references=tuple(references),
        sender=person,
        subject=subject,
    )
    step = "status_check_1" if kind == "status_check" else kind
    action = Action(
        kind=kind,  # type: ignore[arg-type]
        step=step,
        due=NOW,
        recipient=person,
        key=f"acme-robotics/{step}/{email.lower()}",  # as the policy keys it
        in_reply_to=parent if kind != "thank_you" else None,
        interview=interview,
    )
    app = Application("acme-robotics", company, role, (parent,), {}, (note,), person)
    draft = check_draft(bytes(compose(action, app, ME, now=NOW, language=language)), ME.email)
    assert draft["To"].addresses[0].addr_spec == email
    assert str(draft["X-Afterview-Key"]) == action.key
    text = draft.get_content()
    assert "777777" not in text and "ZqZqZq" not in text and "<class" not in text


# ---- impostor check and bounds: total functions ------------------------------------------


@bounded(300)
@given(name=st.none() | hostile_text | st.text(), address=st.text(max_size=60) | addresses)
def test_sender_suspicion_is_total_and_one_line(name: str | None, address: str) -> None:
    reason = sender_suspicion(name, address, company=name)
    assert reason is None or (reason and "\n" not in reason and "\r" not in reason)


@bounded(150)
@given(
    events=st.integers(0, 12),
    attendees=st.integers(0, 30),
    max_events=st.integers(1, 6),
    max_attendees=st.integers(1, 10),
)
def test_bound_calendar_never_keeps_more_than_asked(
    events: int, attendees: int, max_events: int, max_attendees: int
) -> None:
    people = [(f"P{n}", f"p{n}@acme.example") for n in range(attendees)]
    text = hostile.ics(attendees=people, events=events)
    kept, _ = bound_calendar(text, max_events=max_events, max_attendees=max_attendees)
    found, _ = parse_calendar(kept, default_tz=UTC)
    assert len(found) == min(events, max_events)
    assert all(len(e.attendees) <= max_attendees for e in found)


@bounded(100)
@given(depth=st.integers(1, 80), limit=st.integers(1, 60))
def test_cap_multiparts_keeps_a_prefix_with_at_most_limit_containers(
    depth: int, limit: int
) -> None:
    raw = hostile.nested(depth)
    kept, problem = cap_multiparts(raw, limit)
    assert raw.startswith(kept)
    assert (problem is None) == (depth <= limit)
    assert len(re.findall(rb"boundary=", kept)) == min(depth, limit)
