"""The values the follow-up policy reasons about, and the decision it returns.

Everything is a frozen dataclass so a decision can be recomputed from the same history and
compared. The policy never imports the configuration or the classifier: what it consumes
from them is described by the small Protocols below (``FollowupSettings``, ``Identity``),
whose attribute names match ``afterview.config`` so the real objects fit as they are.
The concrete values are ``afterview.config.Followup`` and ``afterview.config.Me``.

Robot detection has one home, ``afterview.understand.people.robots``: the classifier and the policy
(never address a robot) must agree on who is a person.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from email.headerregistry import Address as HeaderAddress
from functools import lru_cache
from typing import Literal, Protocol

from afterview.understand.people.robots import is_robot_address

EventKind = Literal[
    "application_received",
    "interview_request",
    "interview_scheduled",
    "interview_cancelled",
    "employer_reply",
    "auto_reply",
    "rejection",
    "offer",
    "user_message",
    "withdrawn",
]
# What the employer's side sends (an out-of-office is automatic, not the employer speaking).
EMPLOYER_KINDS = frozenset(
    {
        "application_received",
        "interview_request",
        "interview_scheduled",
        "interview_cancelled",
        "employer_reply",
        "rejection",
        "offer",
    }
)
DraftState = Literal["pending", "written", "sent", "dismissed", "retracted"]
ActionKind = Literal["thank_you", "status_check", "rejection_reply", "phone_call"]
Stage = Literal[
    "applied",
    "interview_requested",
    "interview_scheduled",
    "thank_you_drafted",
    "awaiting_reply",
    "status_check_drafted",
    "offer",
    "rejected",
    "no_response",
    "withdrawn",
]

DEFAULT_INTERVIEW_LENGTH = timedelta(hours=1)


@dataclass(frozen=True)
class Person:
    name: str | None
    email: str


@dataclass(frozen=True)
class Interview:
    """One interview (or a panel's whole span). ``end`` None means one hour after ``start``."""

    start: datetime
    end: datetime | None = None
    interviewers: tuple[Person, ...] = ()

    @property
    def effective_end(self) -> datetime:
        return self.end if self.end is not None else self.start + DEFAULT_INTERVIEW_LENGTH


@dataclass(frozen=True)
class Event:
    """One thing that happened to an application; ``at`` is timezone-aware.

    ``user_message`` is mail the user wrote to the employer's side (found in Sent);
    ``recipients`` are its addresses and ``afterview_key`` is set when it is an Afterview
    draft the user sent. ``withdrawn`` comes from ``afterview close``.
    """

    at: datetime
    kind: EventKind | str
    message_id: str | None = None
    references: tuple[str, ...] = ()
    sender: Person | None = None
    recipients: tuple[str, ...] = ()
    interview: Interview | None = None
    decision_by: date | None = None
    back_on: date | None = None
    subject: str = ""
    language: str | None = None
    afterview_key: str | None = None


@dataclass(frozen=True)
class Application:
    """One job application and everything known about it, events in any order."""

    id: str
    company: str | None
    role: str | None
    events: tuple[Event, ...] = ()
    drafts: Mapping[str, DraftState | str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    contact: Person | None = None


@dataclass(frozen=True)
class Action:
    """Something due for an application: a draft to write, or (``phone_call``) a suggestion.

    ``key`` is ``<application id>/<step>/<recipient address>`` (CONTRACT.md: the value of
    ``X-Afterview-Key``). ``in_reply_to`` is the message the draft answers, if any.
    ``interview`` and ``decision_by`` are the context the composer needs; ``attempt`` is
    the number of a status check within the current wait (1, 2, ...), whereas ``step``
    numbers checks across the whole application so that keys never repeat.
    """

    kind: ActionKind
    step: str
    due: datetime
    recipient: Person
    key: str
    in_reply_to: Event | None = None
    reason: str = ""
    interview: Interview | None = None
    decision_by: date | None = None
    attempt: int = 1


@dataclass(frozen=True)
class Decision:
    """What the policy concluded about one application at one instant.

    ``actions`` are every pending action, past due or not (the caller writes those with
    ``due <= now`` whose kind is a draft). ``next_action`` is the earliest of them, None
    for "none". ``obsolete`` holds keys of written drafts that no longer apply.
    ``status_checks_sent`` counts the checks sent in the current wait (a human reply starts
    a new wait); ``interviews`` are the rounds that were not cancelled, latest times.
    """

    stage: Stage
    actions: tuple[Action, ...] = ()
    next_action: Action | None = None
    evidence: tuple[str, ...] = ()
    obsolete: tuple[str, ...] = ()
    status_checks_sent: int = 0
    last_employer_contact: datetime | None = None
    interviews: tuple[Interview, ...] = ()


class FollowupSettings(Protocol):
    """The ``followup`` section of the configuration, as the policy reads it."""

    @property
    def thank_you_delay(self) -> timedelta: ...
    @property
    def status_check_after(self) -> timedelta: ...
    @property
    def second_check_after(self) -> timedelta: ...
    @property
    def max_status_checks(self) -> int: ...
    @property
    def give_up_after(self) -> timedelta: ...
    @property
    def business_hours(self) -> tuple[time, time]: ...
    @property
    def business_days(self) -> frozenset[int]: ...
    @property
    def rejection_reply(self) -> bool: ...


class Identity(Protocol):
    """The ``me`` section of the configuration: who the drafts are from."""

    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def language(self) -> str: ...


# --- robot addresses ------------------------------------------------------------------------

_UNWRITABLE = re.compile(r"[\x00-\x1f\x7f]|=\?")
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"  # RFC 5322 section 3.2.3
_PLAIN_ADDRESS = re.compile(rf"^{_ATEXT}(?:\.{_ATEXT})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_PLAUSIBLE = re.compile(r"^[^\s@<>(),;:\"\[\]\\]+@[^\s@<>(),;:\"\[\]\\]+\.[^\s@<>(),;:\"\[\]\\]+$")


def is_addressable(person: Person | None) -> bool:
    """A person a draft may go to: a well-formed address that is not a robot's."""
    if person is None or not _PLAUSIBLE.match(person.email.strip()):
        return False
    return _writable(person.email.strip()) and not is_robot_address(person.email)


@lru_cache(maxsize=4096)  # status asks for the same few addresses once per application
def _writable(address: str) -> bool:
    """Whether a To header can carry ``address`` as it is: no controls, nothing the header
    code would decode ("=?"), and a local part the email library accepts ("jane.@x" is not
    one), so a stranger's odd address cannot make composing the draft fail."""
    if _UNWRITABLE.search(address):
        return False
    if _PLAIN_ADDRESS.match(address):
        return True  # the common case, a plain dot-atom: the parser below is slow
    try:
        HeaderAddress(addr_spec=address)
    except (ValueError, IndexError):
        return False
    return True


def address_key(email: str) -> str:
    """The form of an address used in draft keys and comparisons."""
    return email.strip().lower()
