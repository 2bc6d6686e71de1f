"""People named with their addresses: in running text and in quoted header lines.

"Ruth Calder (ruth.calder@x)", "with Dr. Soraya Anand, Principal Engineer (soraya@x)", an
address alone under a name, and "From: Name <addr>" / "Cc:" lines of quoted or forwarded
mail. Choosing who among them the candidate meets is ``people``'s job.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..model import Person
from .robots import EMAIL_ADDRESS

_UP = "A-ZÀ-ÖØ-ÞŁŚŻŹŽČŠŘĆ"
_NAME = re.compile(
    rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Herr|Frau|Mme|M|Sr|Sra|Dhr|Mevr)\.?\s+)?"
    rf"(?P<name>[{_UP}][\w'’-]+(?:\s+(?:(?:van|von|de|del|der|den|da|di|du|la|le|ten|ter|"
    rf"bin|al|el|ibn|abu|dos|das|do|della|zu|te|op)\s+)*[{_UP}][\w'’-]+){{1,3}})\s*$"
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
        # an agenda's time before the name: "10:00 - 10:45 AM   Owen Park, Director (o@x)"
        "am",
        "pm",
        "uhr",
        "h",
    ]
)


def _name_from_address(address: str) -> str | None:
    local = address.split("@", 1)[0]
    parts = [p for p in re.split(r"[._]", local) if p.isalpha() and len(p) > 1]
    if len(parts) >= 2:
        return " ".join(p.capitalize() for p in parts[:3])
    return None


def _name_before(segment: str, address: str = "") -> str | None:
    """The personal name that ends a phrase like "and Tilly Aronsson, who leads X".

    "our CEO, Alana Brooks (...)" has a bare name after the last comma, "Harlan Pike,
    Senior Analyst (...)" one in the first clause; when both read as names ("Dr. Matthias
    Krämer, Leiter Steuerungstechnik", "Hi Sam, ... meet Anna Berg") the one the address
    spells wins.
    """
    segment = re.split(r"[.;:!?()<>\[\]]\s|[()<>\[\]\n]|:\s*", segment)[-1]
    clauses = [c.strip(" –-\t") for c in segment.split(",")]
    found = [
        m
        for m in (
            _NAME.fullmatch(clauses[-1]) if len(clauses) > 1 else None,
            _NAME.search(clauses[0]),
            # the name that ends a longer last clause ("Hi Sam, we'd like you to meet Anna
            # Berg"), taken when the address spells it
            _NAME.search(clauses[-1]) if len(clauses) > 1 else None,
        )
        if m
    ]
    names = [n for n in (_plain_name(m.group("name")) for m in found) if n]
    if not names:
        return None
    local = _fold(address.split("@", 1)[0])
    return next((n for n in names if _spells(n, local)), names[0])


def _plain_name(raw: str) -> str | None:
    words = raw.split()
    while words and words[0].lower() in _NOT_NAME_WORDS:
        words = words[1:]
    if len(words) < 2 or any(w.lower() in _NOT_NAME_WORDS for w in words):
        return None
    return " ".join(words)


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", "", plain)


def _spells(name: str, local: str) -> bool:
    """Whether an address's local part spells a word of the name ("j.hamelink")."""
    return bool(local) and any(len(w) >= 3 and w in local for w in map(_fold, name.split()))


def people_in_text(text: str) -> list[Person]:
    """Named people with addresses in running text, in order of appearance."""
    found: dict[str, Person] = {}
    lines = text.splitlines()
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    for match in EMAIL_ADDRESS.finditer(text):
        address = match.group(0).lower().rstrip(".")
        if address in found:
            continue
        before = text[max(0, match.start() - 160) : match.start()]
        line_start = text.rfind("\n", 0, match.start()) + 1
        name = None
        opener = before.rstrip()[-1:] if before.rstrip() else ""
        if opener in "(<[" or before.rstrip().lower().endswith("mailto:"):
            name = _name_before(before.rstrip()[:-1].rstrip(), address)
        elif not text[line_start : match.start()].strip():
            # the address alone on its line: the name is on the previous line
            previous = text[: max(0, line_start - 1)].rsplit("\n", 1)[-1]
            name = _name_before(re.split(r"\s[–-]\s", previous)[0], address)
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


_HEADER_PEOPLE = re.compile(
    r"^[ \t>]*\*?(?:from|to|cc|von|an|de|à|para|van|aan|cc)\*?[ \t]*:[ \t]*(?P<rest>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_NAME_ADDRESS = re.compile(r"\"?(?P<name>[^<>,;\"\n]{2,60}?)\"?\s*<(?P<email>[^<>@\s]+@[^<>\s]+)>")


def people_in_headers(text: str) -> list[Person]:
    """People in "From: Name <addr>" / "Cc:" lines of quoted or forwarded mail."""
    found: dict[str, Person] = {}
    for line in _HEADER_PEOPLE.finditer(text):
        for match in _NAME_ADDRESS.finditer(line.group("rest")):
            email = match.group("email").lower()
            name = " ".join(match.group("name").split()).strip(" '")
            if "," in name:  # "Oduya, Marcus"
                last, _, first = name.partition(",")
                name = f"{first.strip()} {last.strip()}"
            found.setdefault(email, Person(name=name or None, email=email))
    return list(found.values())
