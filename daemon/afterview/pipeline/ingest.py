"""From raw bytes to the facts the engine keeps: parse, classify, and note our own drafts.

Pure: the same bytes give the same facts. A message that cannot be parsed at all still
yields facts (kind ``unrelated`` with the problem in ``reasons``), so one bad message never
stops a pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import tzinfo

from afterview.mail.base import KEY_HEADER
from afterview.mail.message import ParsedMessage, parse_message
from afterview.pipeline.facts import (
    INCOMING,
    SENT,
    InterviewFact,
    MessageFacts,
    PersonFact,
)
from afterview.understand.classify import classify


def _person(value) -> PersonFact | None:
    return PersonFact(value.name or None, value.email.lower()) if value else None


def facts_from_raw(
    raw: bytes,
    *,
    direction: str,
    me: Iterable[str],
    default_tz: tzinfo | None = None,
    max_bytes: int = 25_000_000,
) -> MessageFacts:
    """Understand one message. ``direction`` is INCOMING (watched folders) or SENT."""
    message = parse_message(raw, max_bytes=max_bytes)
    if direction == SENT:
        return _sent_facts(message)
    return _incoming_facts(message, tuple(me), default_tz)


def _common(message: ParsedMessage) -> dict:
    return {
        "message_id": message.message_id,
        "date": message.date,
        "subject": message.subject,
        "sender": _person(message.from_),
        "recipients": tuple(a.email.lower() for a in [*message.to, *message.cc]),
        "in_reply_to": message.in_reply_to,
        "references": tuple(message.references),
    }


def _sent_facts(message: ParsedMessage) -> MessageFacts:
    return MessageFacts(
        SENT,
        "user_message",
        afterview_key=message.header(KEY_HEADER),
        **_common(message),
    )


def _incoming_facts(
    message: ParsedMessage, me: tuple[str, ...], default_tz: tzinfo | None
) -> MessageFacts:
    found = classify(message, me=me, default_tz=default_tz)
    interview = None
    if found.interview is not None:
        interview = InterviewFact(
            start=found.interview.start,
            end=found.interview.end,
            interviewers=tuple(_person(p) for p in found.interview.interviewers),
        )
    return MessageFacts(
        INCOMING,
        found.kind,
        company=found.company,
        role=found.role,
        employer_domain=found.employer_domain,
        contact=_person(found.contact),
        robot_sender=found.is_robot_sender,
        interview=interview,
        decision_by=found.decision_by,
        back_on=found.back_on,
        language=found.language,
        reasons=tuple(found.reasons) + tuple(f"problem:{p}" for p in message.problems[:3]),
        **_common(message),
    )
