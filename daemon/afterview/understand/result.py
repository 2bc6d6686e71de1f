"""What ``classify`` concludes about one message, and its CONTRACT.md JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .model import Person

KINDS = (
    "interview_scheduled",
    "interview_request",
    "interview_cancelled",
    "rejection",
    "offer",
    "employer_reply",
    "auto_reply",
    "application_received",
    "unrelated",
)


@dataclass(frozen=True)
class Interview:
    """A fixed interview: aware start and end, and the people met (with addresses)."""

    start: datetime
    end: datetime
    interviewers: tuple[Person, ...] = ()


@dataclass(frozen=True)
class Classification:
    """The understanding of one message.

    ``kind`` is one of ``KINDS``. ``contact`` is the human to write to (the sender, or for a
    no-reply ATS sender the person in Reply-To or the text); ``employer_domain`` is the
    employer's own mail domain when one is known; ``back_on`` is an auto-reply's return
    date; ``reasons`` say, for humans, what decided.
    """

    kind: str
    company: str | None = None
    role: str | None = None
    interview: Interview | None = None
    decision_by: date | None = None
    back_on: date | None = None
    reasons: tuple[str, ...] = ()
    employer_domain: str | None = None
    is_robot_sender: bool = False
    contact: Person | None = None
    language: str = "en"


def to_json(cls: Classification, *, file: str, message_id: str | None) -> dict[str, Any]:
    """The ``classify --json`` object of CONTRACT.md, plus ``back_on``."""
    interview = None
    if cls.interview is not None:
        interview = {
            "start": cls.interview.start.isoformat(),
            "end": cls.interview.end.isoformat(),
            "interviewers": [
                {"name": p.name, "email": p.email} for p in cls.interview.interviewers
            ],
        }
    return {
        "file": file,
        "message_id": message_id,
        "kind": cls.kind,
        "company": cls.company,
        "role": cls.role,
        "interview": interview,
        "decision_by": cls.decision_by.isoformat() if cls.decision_by else None,
        "reasons": list(cls.reasons),
        "back_on": cls.back_on.isoformat() if cls.back_on else None,
    }
