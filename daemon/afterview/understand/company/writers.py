"""What the sender's own name says of the employer: a person's display name beside their
firm ("Tamsin Boucher (Maplebridge Credit Union)"), a person writing through a tool for
their firm ("Naledi Khumalo via Mosaic Pay"), a display that is a person's own name (never
the employer, nor its first name alone), and the employer a service writing as itself
names on a line of its own that heads or closes its notice, as a letterhead.

Why a module of its own: ``employer`` orders the evidence; these read one kind of it, the
writer, and were growing it past what one sitting reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Person
from ..people.known_senders import VENDOR_NAMES
from .names import has_legal_form, normalise_company, squash
from .naming import NOT_ORG, is_department, titled
from .spelling import is_institution, names_an_organisation, with_public_prefix

_PERSON_THEN_ORG = re.compile(
    r"^(?P<person>[^(),|]+?)\s*(?:\((?P<paren>[^()]+)\)|[,|]\s*(?P<rest>.+))$"
)


def org_beside_person(display: str, people_names: set[str]) -> str | None:
    """The organisation in a display name that pairs it with a person: "Tamsin Boucher
    (Maplebridge Credit Union)", "Mo Adebayo, Hatch & Hive", "Ana Ruiz | Lumen Labs".

    The person is a name known from the message or two or three capitalised words; "Pugh,
    Gareth" (surname first) and titles or pronouns in the second part name no organisation.
    """
    match = _PERSON_THEN_ORG.match(" ".join(display.split()))
    if not match:
        return None
    who = match.group("person").strip()
    words = who.split()
    looks_personal = who.lower() in people_names or (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and normalise_company(who) == who  # "Lakeshore Drug Recruiting (Text)": a desk
    )
    org = (match.group("paren") or match.group("rest") or "").strip()
    if not looks_personal or not org[:1].isupper() or NOT_ORG.search(org):
        return None
    if org.lower().startswith("via "):
        return None
    if normalise_company(f"{who} {org}") == who:
        return None  # "Ferreterías Ruiz Mateo | Empleo": the firm and its desk, no person
    name = normalise_company(org)
    return name if name and name.lower() not in people_names else None


_THROUGH = re.compile(r"^(?P<who>[^()]+?)\s+(?:via|über|vía)\s+(?P<firm>[^()]+?)\s*$", re.I)


def through(display: str, sender_domain: str) -> str | None:
    """The firm a person writes for through a tool's mail: "Naledi Khumalo via Mosaic Pay"
    from teamtailor.com. The tool itself ("Maya Castellanos via Slotwise" from slotwise's
    own domain, "via Greenhouse") is none, nor a firm via a tool ("Nuvem Labs via Recrutei",
    whose firm comes first)."""
    match = _THROUGH.match(" ".join(display.split()))
    if not match:
        return None
    who, firm = match.group("who"), match.group("firm")
    if names_an_organisation(who.split()) or spells_a_label(firm, sender_domain):
        return None
    if squash(firm) in {squash(v) for v in VENDOR_NAMES} or not firm[:1].isupper():
        return None
    return normalise_company(firm) or None


def writers_given_name(display: str, sender: str) -> str:
    """The writer's first name where the display is a person's that their address spells
    ("Chloé Bernard" at chloe.bernard@): a segment of that name alone names no firm."""
    words = display.split()
    local = squash(sender.partition("@")[0])
    if not 2 <= len(words) <= 3 or names_an_organisation(words) or len(squash(words[0])) < 3:
        return ""
    if normalise_company(display) != " ".join(words):
        return ""  # "Tallyhive Recruiting": a desk
    return words[0] if squash(words[0]) in local and squash(words[-1]) in local else ""


def persons_name(display: str, people: Sequence[Person]) -> bool:
    """Whether a display name is a person's: someone of that name writes from an address
    that spells part of it ("Maya Castellanos" at maya@...; "Ashgrove" at jobs@ is not)."""
    words = display.split()
    if not 2 <= len(words) <= 4 or normalise_company(display) != display:
        return False  # "Bluefin Payments Candidate Support" at support@ is a desk
    if names_an_organisation(words):
        return False  # "Open Orchard Foundation" at openorchard-1@ (an ATS's reply box)
    for p in people:
        if p and p.name and p.name.lower() == display.lower():
            local = squash(p.email.partition("@")[0])
            if any(len(w) >= 3 and squash(w) in local for w in (words[0], words[-1])):
                return True
    return False


_HEAD_LINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’&.-]*|&|of|for|de|du|des|la|le|del|"
    r"van|von|der|für|y|et|und|and|the))+"
)


def headed(texts: Sequence[str]) -> Iterator[str]:
    """An organisation's name on a line of its own that heads or closes a service's mail
    ("South Wessex Partnership NHS Foundation Trust" above "Dear Niamh" and under
    "Recruitment Services"): the employer it writes for, as a letterhead says."""
    lines = [x.strip() for x in "\n".join(texts[1:3]).splitlines() if x.strip()]
    for line in dict.fromkeys([*lines[:1], *lines[-3:]]):
        if len(line) > 90 or not _HEAD_LINE.fullmatch(line) or len(line.split()) > 9:
            continue
        name = normalise_company(line)
        # "Stadtwerke Lindenau GmbH": its legal form says it is a firm's name
        named = has_legal_form(line) or names_an_organisation(name.split()) or is_institution(name)
        if name and named and not titled(name) and not is_department(name):
            yield name


def spells_a_label(name: str, domain: str) -> bool:
    """Whether a name is one of a domain's labels ("GovRecruit" of govrecruit.service.gov)."""
    flat = squash(name)
    return len(flat) >= 3 and flat in {squash(p) for p in domain.lower().split(".")[:-1]}


def firm_display(display: str, texts: Sequence[str]) -> bool:
    """A display that names a firm by its trade, first ("Bakkerij Hoogland", "Taberna La
    Farola") or last ("Castle Street Deli"), and that the new text writes too."""
    words = display.split()
    return (
        len(words) >= 2
        and (
            names_an_organisation(words) or bool(with_public_prefix(" ".join(words[1:]), [display]))
        )
        and any(display in text for text in texts[1:2])
    )
