"""From stored message facts to the applications the policy reasons about.

Facts are replayed through the :class:`~afterview.pipeline.linking.Linker` in date order,
so the same messages always give the same applications with the same ids. What the user
told Afterview (notes, ``close``) and what became of each draft are joined in from the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from afterview.pipeline.facts import MessageFacts, PersonFact
from afterview.pipeline.linking import Linker
from afterview.pipeline.model import Application, Event, Interview, Person

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class UserInput:
    """What the user said about one application: notes and whether they closed it."""

    notes: tuple[str, ...] = ()
    closed_reason: str | None = None
    closed_at: datetime | None = None


def _person(fact: PersonFact | None) -> Person | None:
    return Person(fact.name, fact.email) if fact else None


def _event(facts: MessageFacts) -> Event:
    interview = None
    if facts.interview is not None:
        interview = Interview(
            start=facts.interview.start,
            end=facts.interview.end,
            interviewers=tuple(Person(p.name, p.email) for p in facts.interview.interviewers),
        )
    return Event(
        at=facts.date or _EPOCH,
        kind=facts.kind,
        message_id=facts.message_id,
        references=facts.references,
        sender=None if facts.suspicious else _person(facts.sender),  # never write to them
        recipients=facts.recipients,
        interview=interview,
        decision_by=facts.decision_by,
        back_on=facts.back_on,
        subject=facts.subject,
        language=facts.language,
        afterview_key=facts.afterview_key,
    )


def _sort_key(facts: MessageFacts) -> tuple[datetime, str]:
    return (facts.date or _EPOCH, facts.message_id or "")


@dataclass(frozen=True)
class Linked:
    """Applications, and for each message id the application it joined."""

    applications: list[Application]
    membership: dict[str, str]
    languages: dict[str, str]


def build_applications(
    messages: Iterable[MessageFacts],
    *,
    me: frozenset[str],
    drafts: Mapping[str, Mapping[str, str]] | None = None,
    user_input: Mapping[str, UserInput] | None = None,
) -> Linked:
    """Group messages into applications.

    ``drafts`` maps application id to {draft key: state}; ``user_input`` maps application id
    to what the user said about it.
    """
    linker = Linker(me)
    events: dict[str, list[Event]] = {}
    contacts: dict[str, Person] = {}
    languages: dict[str, str] = {}
    membership: dict[str, str] = {}
    for facts in sorted(messages, key=_sort_key):
        link = linker.link(facts)
        if link.application_id is None:
            continue
        app_id = link.application_id
        events.setdefault(app_id, []).append(_event(facts))
        if facts.message_id:
            membership[facts.message_id] = app_id
        if facts.contact and not facts.suspicious:
            # the classifier's contact is a human; the latest one speaks for them (never an
            # impostor's, who would then receive the follow-ups)
            contacts[app_id] = _person(facts.contact)
        if facts.language and facts.direction != "sent":
            languages[app_id] = facts.language
    applications = []
    for app_id in linker.application_ids:
        company, role = linker.company_and_role(app_id)
        said = (user_input or {}).get(app_id, UserInput())
        app_events = list(events.get(app_id, ()))
        if said.closed_reason == "withdrawn":
            app_events.append(Event(at=said.closed_at or _EPOCH, kind="withdrawn", message_id=None))
        applications.append(
            Application(
                id=app_id,
                company=company,
                role=role,
                events=tuple(app_events),
                drafts=dict((drafts or {}).get(app_id, {})),
                notes=said.notes,
                contact=contacts.get(app_id),
            )
        )
    return Linked(applications, membership, languages)
