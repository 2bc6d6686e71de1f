"""The people in an interview message: who the candidate meets, and whom to write to.

Interviewers come from the invitation (attendees and organizer, minus the candidate, robots
and rooms) and from the text, where confirmations name them with an address: "Ruth Calder
(ruth.calder@x)", "with Dr. Soraya Anand, Principal Engineer (soraya@x)", "Name <addr>".
An organizer who only coordinates (a recruiter sending a panel invite that names the panel)
is left out; one who says "join me" or is named in the text stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .model import Person
from .robots import is_robot_address, is_room

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_UP = "A-ZÀ-ÖØ-ÞŁŚŻŹŽČŠŘĆ"
_NAME = re.compile(
    rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Herr|Frau|Mme|M|Sr|Sra|Dhr|Mevr)\.?\s+)?"
    rf"(?P<name>[{_UP}][\w'’-]+(?:\s+(?:(?:van|von|de|del|der|den|da|di|du|la|le|ten|ter|"
    rf"bin|al)\s+)*[{_UP}][\w'’-]+){{1,3}})\s*$"
)
_FIRST_PERSON = re.compile(
    r"\b(?:join me|with me|meet me|and I\b|I'll (?:be (?:there|joining|hosting)|call|ring|"
    r"join|host|meet|see|speak|talk|chat)|I will (?:be (?:joining|hosting)|call|join|host|"
    r"meet|see)|talk (?:to|with) me|speak (?:to|with) me|our (?:call|chat|conversation|"
    r"meeting)|and me\b|mit mir|und mir|ich (?:rufe|freue mich auf unser)|avec moi|et moi|"
    r"je vous appellerai|conmigo|"
    r"y yo\b|te llamaré|met mij|en mij|en ik\b|ik bel (?:je|u))",
    re.IGNORECASE,
)
_NOT_NAME_WORDS = frozenset(
    [
        "interview",
        "interviewer",
        "interviewers",
        "organizer",
        "organiser",
        "team",
        "talent",
        "recruiting",
        "the",
        "our",
        "your",
        "with",
        "and",
        "contact",
        "email",
        "mail",
        "join",
        "location",
        "where",
        "when",
        "who",
        "video",
        "call",
        "meeting",
        "senior",
        "principal",
        "manager",
        "engineer",
        "head",
        "lead",
        "director",
    ]
)


def _name_from_address(address: str) -> str | None:
    local = address.split("@", 1)[0]
    parts = [p for p in re.split(r"[._]", local) if p.isalpha() and len(p) > 1]
    if len(parts) >= 2:
        return " ".join(p.capitalize() for p in parts[:3])
    return None


def _name_before(segment: str) -> str | None:
    """The personal name that ends a phrase like "and Tilly Aronsson, who leads X"."""
    segment = re.split(r"[.;:!?()<>\[\]]\s|[()<>\[\]\n]|:\s*", segment)[-1]
    clauses = [c.strip(" –-\t") for c in segment.split(",")]
    # "our CEO, Alana Brooks (...)": a bare name after the last comma; else the first clause,
    # as in "Harlan Pike, Senior Analyst (...)".
    last = _NAME.fullmatch(clauses[-1]) if len(clauses) > 1 else None
    found = last or _NAME.search(clauses[0])
    if not found:
        return None
    words = found.group("name").split()
    while words and words[0].lower() in _NOT_NAME_WORDS:
        words = words[1:]
    if len(words) < 2 or any(w.lower() in _NOT_NAME_WORDS for w in words):
        return None
    return " ".join(words)


def people_in_text(text: str) -> list[Person]:
    """Named people with addresses in running text, in order of appearance."""
    found: dict[str, Person] = {}
    lines = text.splitlines()
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    for match in _EMAIL.finditer(text):
        address = match.group(0).lower().rstrip(".")
        if address in found:
            continue
        before = text[max(0, match.start() - 160) : match.start()]
        line_start = text.rfind("\n", 0, match.start()) + 1
        name = None
        opener = before.rstrip()[-1:] if before.rstrip() else ""
        if opener in "(<[" or before.rstrip().lower().endswith("mailto:"):
            name = _name_before(before.rstrip()[:-1])
        elif not text[line_start : match.start()].strip():
            # the address alone on its line: the name is on the previous line
            previous = text[: max(0, line_start - 1)].rsplit("\n", 1)[-1]
            name = _name_before(re.split(r"\s[–-]\s", previous)[0])
        found[address] = Person(name=name or _name_from_address(address), email=address)
    return list(found.values())


def names_mentioned(text: str, people: Iterable[Person]) -> set[str]:
    """Addresses of ``people`` whose name (or first name) appears in ``text``."""
    hits = set()
    # A name alone on its line is a sign-off, not a mention ("Renee Walsh" under the text).
    lowered = "\n".join(line for line in text.lower().splitlines() if len(line.split()) > 3)
    for person in people:
        if not person.name:
            continue
        first = person.name.split()[0].lower()
        if person.name.lower() in lowered or (
            len(first) > 2 and re.search(rf"\b{re.escape(first)}\b", lowered)
        ):
            hits.add(person.email)
    return hits


def exclusions(me: Sequence[str], to: Sequence[str]) -> set[str]:
    """Addresses that are the candidate: ``me``, and the To: recipients when they must be."""
    mine = {m.strip().lower() for m in me if m and m.strip()}
    if not mine or len(to) == 1:
        mine.update(a.lower() for a in to)
    return mine


_ROLE_ACCOUNTS = frozenset(
    [
        "careers",
        "career",
        "jobs",
        "job",
        "hr",
        "recruiting",
        "recruitment",
        "talent",
        "info",
        "hello",
        "contact",
        "team",
        "people",
        "support",
        "office",
        "admin",
        "enquiries",
        "inquiries",
        "applications",
        "apply",
        "hiring",
        "rh",
        "rrhh",
        "personal",
        "bewerbung",
        "bewerbungen",
        "recrutement",
        "seleccion",
        "empleo",
        "vacatures",
        "werken",
        "sollicitaties",
    ]
)


def _usable(person: Person, excluded: set[str]) -> bool:
    return (
        person.email.split("@", 1)[0] not in _ROLE_ACCOUNTS
        and person.email not in excluded
        and not is_robot_address(person.email)
        and not is_room(person.name, person.email)
    )


def choose_interviewers(
    *,
    organizer: Person | None,
    attendees: Sequence[Person],
    named: Sequence[Person],
    text: str,
    sender: Person | None,
    excluded: set[str],
) -> tuple[Person, ...]:
    """The people the candidate meets, from the invitation and the text."""
    named_ok = [p for p in named if p.name and _usable(p, excluded)]
    result: dict[str, Person] = {}
    invited = [p for p in attendees if _usable(p, excluded)]
    org = organizer if organizer and _usable(organizer, excluded) else None
    first_person = bool(_FIRST_PERSON.search(text))
    if invited or org:
        mentioned = names_mentioned(text, [*invited, *([org] if org else [])])
        mentioned |= {p.email for p in named_ok}
        for person in invited:
            if org and person.email == org.email:
                continue
            result[person.email] = person
        if org:
            sender_is_org = sender is not None and sender.email == org.email
            others_named = bool(mentioned - {org.email})
            keep = (
                org.email in mentioned
                or (sender_is_org and first_person)
                or not result
                or not others_named
            )
            if keep:
                result = {org.email: org, **result}
        for person in named_ok:
            result.setdefault(person.email, person)
        return tuple(result.values())
    for person in named_ok:
        result.setdefault(person.email, person)
    if not result and sender and _usable(sender, excluded) and first_person:
        result[sender.email] = sender
    return tuple(result.values())


def choose_contact(
    sender: Person | None, reply_to: Sequence[Person], others: Sequence[Person], excluded: set
) -> Person | None:
    """The human to write to: the sender, else Reply-To, else a person named in the text."""
    for person in [*([sender] if sender else []), *reply_to, *others]:
        if person.email not in excluded and not is_robot_address(person.email):
            local = person.email.split("@", 1)[0]
            if local in ("careers", "jobs", "recruiting", "hr", "talent", "people", "info"):
                continue
            return person
    return None
