"""Which application a message belongs to.

A job search is many applications, several per company at times (different roles), each
with its own thread of mail. A message joins an application by, in order of strength:

1. its thread: it answers (In-Reply-To/References) a message already linked;
2. its people: it comes from, or names as contact, someone already known for the application;
3. its employer: the same company name (or the same employer domain) and a compatible role.

Mail the user sent (found in Sent) and automatic replies only ever join an application that
exists; neither creates one. Everything else that is about a job creates a new application
when nothing matches, so a rejection from an ATS never heard of is still followed up.

A message from a suspicious sender (``MessageFacts.suspicious``: the display name claims
someone the address is not) joins only by thread, and teaches the application nothing: its
sender, domain and company are not learnt, so it cannot create an application, pull one
over by name, or make later mail from the same impostor look known.

The linker is pure: it holds an index built from messages already linked and answers for one
message at a time. Replaying the same messages in the same order gives the same ids.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from afterview.pipeline.facts import SENT, MessageFacts
from afterview.pipeline.model import EMPLOYER_KINDS

_LEGAL_SUFFIXES = re.compile(
    r"\b(inc|incorporated|ltd|limited|llc|plc|gmbh|ag|bv|b\.v|nv|sa|sas|sarl|sl|srl|co|corp"
    r"|corporation|company|group|holdings?)\b\.?",
    re.IGNORECASE,
)


def normalise_name(text: str | None) -> str:
    """A comparison key for company names and roles: case, accents, legal suffixes ignored."""
    if not text:
        return ""
    return _name_key(text)


# Every pass links every stored message again, and a mailbox names few companies and roles
# many times over: each distinct name is folded once.
@lru_cache(maxsize=4096)
def _name_key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = _LEGAL_SUFFIXES.sub(" ", folded.lower())
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def slug(text: str) -> str:
    return normalise_name(text).replace(" ", "-") or "application"


@dataclass
class _Known:
    """What identifies one application."""

    id: str
    company: str | None
    role: str | None
    domains: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    message_ids: set[str] = field(default_factory=set)
    last_activity: datetime | None = None

    @property
    def company_key(self) -> str:
        return normalise_name(self.company)

    @property
    def role_key(self) -> str:
        return normalise_name(self.role)

    def role_fits(self, role_key: str) -> bool:
        """``role_key``: the message's role, normalised ("" when it names none)."""
        return not role_key or not self.role or role_key == self.role_key


@dataclass(frozen=True)
class Link:
    """The answer for one message: an application id (None: not about an application)."""

    application_id: str | None
    created: bool = False
    why: str = ""


class Linker:
    """Links messages to applications; feed it messages in date order."""

    def __init__(self, me: frozenset[str] = frozenset()) -> None:
        self._me = frozenset(address.lower() for address in me)
        self._apps: dict[str, _Known] = {}
        self._rank: dict[str, int] = {}  # the order applications became known in
        # Indexes, so a message costs the same with ten applications as with a thousand.
        self._by_message: dict[str, _Known] = {}
        self._by_company: dict[str, list[_Known]] = {}
        self._by_person: dict[str, list[_Known]] = {}
        self._by_domain: dict[str, list[_Known]] = {}

    @property
    def application_ids(self) -> list[str]:
        return list(self._apps)

    def company_and_role(self, app_id: str) -> tuple[str | None, str | None]:
        known = self._apps[app_id]
        return known.company, known.role

    def adopt(self, app_id: str, company: str | None, role: str | None) -> None:
        """Make an application known that was created earlier (e.g. loaded from the store)."""
        if app_id not in self._apps:
            self._apps[app_id] = _Known(app_id, company, role)
            self._rank[app_id] = len(self._rank)
            self._index_company(self._apps[app_id])

    def link(self, facts: MessageFacts) -> Link:
        if facts.kind == "unrelated":
            return Link(None, why="unrelated")
        if facts.suspicious and facts.direction != SENT:
            return self._link_suspicious(facts)
        found = self._match(facts)
        if found is None:
            if facts.direction == SENT or facts.kind not in EMPLOYER_KINDS:
                return Link(None, why="no known application matches")
            if not (facts.company or facts.contact):
                return Link(None, why="no employer named")
            found = self._create(facts)
            created, why = True, "new application"
        else:
            found, why = found
            created = False
        self._learn(found, facts)
        return Link(found.id, created, why)

    # ---- matching ----------------------------------------------------------------------

    def _link_suspicious(self, facts: MessageFacts) -> Link:
        found = self._by_thread(facts)
        if found is None:
            return Link(None, why=f"suspicious sender, not linked: {facts.suspicious}")
        known, why = found
        self._remember_id(known, facts.message_id)
        return Link(known.id, False, f"{why} (suspicious sender: {facts.suspicious})")

    def _by_thread(self, facts: MessageFacts) -> tuple[_Known, str] | None:
        for message_id in facts.thread_ids:
            known = self._by_message.get(message_id)
            if known is not None:
                return known, f"thread {message_id}"
        return None

    def _match(self, facts: MessageFacts) -> tuple[_Known, str] | None:
        threaded = self._by_thread(facts)
        if threaded is not None:
            return threaded
        role = normalise_name(facts.role)
        people = self._people_of(facts)
        by_people = self._fitting((self._by_person.get(p, ()) for p in people), role)
        if by_people:
            return self._latest(by_people), "known person"
        if facts.direction == SENT:
            return None
        company = normalise_name(facts.company)
        if company:
            by_company = [k for k in self._by_company.get(company, ()) if k.role_fits(role)]
            if by_company:
                return self._latest(by_company), "same company"
        if facts.employer_domain:
            same_domain = self._by_domain.get(facts.employer_domain.lower(), ())
            by_domain = self._fitting([same_domain], role)
            if by_domain:
                return self._latest(by_domain), "same employer domain"
        return None

    def _people_of(self, facts: MessageFacts) -> set[str]:
        if facts.direction == SENT:
            return {r.lower() for r in facts.recipients} - self._me
        people = set()
        if facts.sender and not facts.robot_sender:
            people.add(facts.sender.email.lower())
        if facts.contact:
            people.add(facts.contact.email.lower())
        return people - self._me

    def _fitting(self, groups: Iterable[Iterable[_Known]], role_key: str) -> list[_Known]:
        """The applications in ``groups`` (index entries) whose role fits, each once, in the
        order they became known: ties in :meth:`_latest` go to the oldest, as before."""
        found = {k.id: k for group in groups for k in group if k.role_fits(role_key)}
        return sorted(found.values(), key=lambda k: self._rank[k.id])

    @staticmethod
    def _latest(candidates: list[_Known]) -> _Known:
        return max(candidates, key=lambda k: (k.last_activity is not None, k.last_activity or 0))

    # ---- learning ----------------------------------------------------------------------

    def _create(self, facts: MessageFacts) -> _Known:
        base = slug(facts.company or (facts.contact.email.split("@")[-1] if facts.contact else ""))
        if facts.role:
            base = f"{base}-{slug(facts.role)}"
        app_id, n = base, 2
        while app_id in self._apps:
            app_id, n = f"{base}-{n}", n + 1
        known = _Known(app_id, facts.company, facts.role)
        self._apps[app_id] = known
        self._rank[app_id] = len(self._rank)
        self._index_company(known)
        return known

    def _index_company(self, known: _Known) -> None:
        if known.company_key:
            self._by_company.setdefault(known.company_key, []).append(known)

    def _remember_id(self, known: _Known, message_id: str | None) -> None:
        if message_id:
            known.message_ids.add(message_id)
            self._by_message.setdefault(message_id, known)

    def _learn(self, known: _Known, facts: MessageFacts) -> None:
        self._remember_id(known, facts.message_id)
        if facts.direction == SENT:
            return
        people = self._people_of(facts)
        if facts.interview:
            people |= {p.email.lower() for p in facts.interview.interviewers} - self._me
        for person in people - known.people:
            known.people.add(person)
            self._by_person.setdefault(person, []).append(known)
        domain = (facts.employer_domain or "").lower()
        if domain and domain not in known.domains:
            known.domains.add(domain)
            self._by_domain.setdefault(domain, []).append(known)
        if known.company is None and facts.company:
            known.company = facts.company
            self._index_company(known)
        known.role = known.role or facts.role
        if facts.date and (known.last_activity is None or facts.date > known.last_activity):
            known.last_activity = facts.date
