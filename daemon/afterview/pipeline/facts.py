"""What the engine keeps of each message: the facts that matter for follow-up, JSON-able.

A message is parsed and classified once, when it is first seen; these facts are stored in
the state database and everything later (linking to applications, the policy, ``status``)
works from them, so the raw mail is not fetched again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

# Where a message was found decides whose words it is.
INCOMING = "incoming"
SENT = "sent"


@dataclass(frozen=True)
class PersonFact:
    name: str | None
    email: str


@dataclass(frozen=True)
class InterviewFact:
    start: datetime
    end: datetime | None
    interviewers: tuple[PersonFact, ...] = ()


@dataclass(frozen=True)
class MessageFacts:
    """One message as the engine sees it. ``kind`` is a classify kind or ``user_message``.

    ``suspicious`` says why the sender looks like an impostor (see
    ``understand.kinds.suspicious``); such a message may only join a thread it answers.
    """

    direction: str
    kind: str
    message_id: str | None
    date: datetime | None
    subject: str = ""
    sender: PersonFact | None = None
    recipients: tuple[str, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    company: str | None = None
    role: str | None = None
    employer_domain: str | None = None
    contact: PersonFact | None = None
    robot_sender: bool = False
    interview: InterviewFact | None = None
    decision_by: date | None = None
    back_on: date | None = None
    language: str | None = None
    afterview_key: str | None = None
    reasons: tuple[str, ...] = field(default=())
    suspicious: str | None = None

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Message-IDs this message answers, nearest first."""
        ids = [self.in_reply_to] if self.in_reply_to else []
        ids.extend(ref for ref in reversed(self.references) if ref not in ids)
        return tuple(ids)

    def to_json(self) -> dict[str, Any]:
        return _jsonable(asdict(self))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MessageFacts:
        def person(value: dict | None) -> PersonFact | None:
            return PersonFact(value.get("name"), value["email"]) if value else None

        interview = data.get("interview")
        return cls(
            direction=data["direction"],
            kind=data["kind"],
            message_id=data.get("message_id"),
            date=_dt(data.get("date")),
            subject=data.get("subject") or "",
            sender=person(data.get("sender")),
            recipients=tuple(data.get("recipients") or ()),
            in_reply_to=data.get("in_reply_to"),
            references=tuple(data.get("references") or ()),
            company=data.get("company"),
            role=data.get("role"),
            employer_domain=data.get("employer_domain"),
            contact=person(data.get("contact")),
            robot_sender=bool(data.get("robot_sender")),
            interview=InterviewFact(
                start=_dt(interview["start"]),
                end=_dt(interview.get("end")),
                interviewers=tuple(person(p) for p in interview.get("interviewers") or ()),
            )
            if interview
            else None,
            decision_by=date.fromisoformat(data["decision_by"])
            if data.get("decision_by")
            else None,
            back_on=date.fromisoformat(data["back_on"]) if data.get("back_on") else None,
            language=data.get("language"),
            afterview_key=data.get("afterview_key"),
            reasons=tuple(data.get("reasons") or ()),
            suspicious=data.get("suspicious"),
        )


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
