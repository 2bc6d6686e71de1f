"""From raw bytes to the facts the engine keeps: parse, classify, and note our own drafts.

Pure: the same bytes give the same facts. A message that cannot be parsed at all still
yields facts (kind ``unrelated`` with the problem in ``reasons``), so one bad message never
stops a pass; even a bug in the classifier costs only that message (logged, kept as
``unrelated``). The configured ``Limits`` bound what one message may cost to read, and a
sender whose display name does not match their address is marked ``suspicious``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import tzinfo

from afterview.config.model import Limits
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
from afterview.understand.kinds.suspicious import sender_suspicion
from afterview.understand.result import Classification

log = logging.getLogger("afterview.ingest")


def _person(value) -> PersonFact | None:
    return PersonFact(value.name or None, value.email.lower()) if value else None


def facts_from_raw(
    raw: bytes,
    *,
    direction: str,
    me: Iterable[str],
    default_tz: tzinfo | None = None,
    max_bytes: int = 25_000_000,
    limits: Limits | None = None,
) -> MessageFacts:
    """Understand one message. ``direction`` is INCOMING (watched folders) or SENT.

    ``limits`` (the config's) bound the work; without them ``max_bytes`` and the parser's
    defaults apply.
    """
    if limits is not None:
        message = parse_message(
            raw,
            max_bytes=limits.max_message_bytes,
            max_parts=limits.max_parts,
            max_ics_events=limits.max_ics_events,
        )
    else:
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
    try:
        found = classify(message, me=me, default_tz=default_tz)
    except Exception as exc:  # a classifier bug must cost one message, not the pass
        log.warning(
            "message %s not understood (classifier failed: %s); kept as unrelated",
            message.message_id or "without Message-ID",
            type(exc).__name__,
        )
        found = Classification("unrelated", reasons=(f"classifier-failed:{type(exc).__name__}",))
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
        suspicious=_suspicion(message, found),
        **_common(message),
    )


def _suspicion(message: ParsedMessage, found: Classification) -> str | None:
    sender = message.from_
    if sender is None or found.kind == "unrelated":
        return None
    return sender_suspicion(sender.name, sender.email, company=found.company)
