"""The people in an interview message: who the candidate meets, and whom to write to.

Interviewers come from the invitation (attendees and organizer, minus the candidate, robots
and rooms) and from the text, where confirmations name them with an address: "Ruth Calder
(ruth.calder@x)", "with Dr. Soraya Anand, Principal Engineer (soraya@x)", "Name <addr>".
An organizer who only coordinates (a recruiter sending a panel invite that names the panel)
is left out; one who says "join me" or is named in the text stays.
"""

from __future__ import annotations

import re
import unicodedata
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
    r"y yo\b|te llamaré|met mij|en mij|en ik\b|ik bel (?:je|u)|"
    r"and myself|myself and|me and\b|joined by|join(?:ing)? me\b|will join me\b|"
    r"moi-même|ainsi que moi\b|et moi-même|und ich\b|sowie ich\b|ich selbst|"
    r"mit dabei (?:ist|sind) (?:mein|meine)\b|yo mism[oa]|y conmigo|mijzelf|ikzelf|"
    r"both of us|the two of us|us both|wir beide|uns beide|nous deux|los dos|"
    r"wij beiden|ons beiden|ons allebei|"
    # the sender attends too: "Je serai également présente", "meine Wenigkeit"
    r"I(?:'ll| will) (?:also|too) (?:be|join)|I(?:'ll| will) be there too|"
    r"je serai (?:également |aussi )?(?:présente?|là|de la partie)|meine Wenigkeit|"
    r"ich (?:bin|werde) (?:auch |ebenfalls )?(?:dabei|anwesend)|"
    r"(?:también )?estaré (?:también )?presente|ik ben er (?:ook )?bij|ik schuif (?:ook )?aan)",
    re.IGNORECASE,
)
# The sender says they will not be there: "I won't be on the call myself".
_NOT_ATTENDING = re.compile(
    r"\b(?:I\s+won'?t\s+be\s+(?:on|in|at|joining|there|part)|I\s+will\s+not\s+be\s+(?:on|in|at|"
    r"joining|there|part)|I'?m\s+not\s+(?:joining|on\s+the|in\s+the|part\s+of)|"
    r"ich\s+(?:bin|werde)\s+(?:selbst\s+)?nicht\s+dabei|je\s+ne\s+serai\s+pas\s+(?:présente?|là)|"
    r"no\s+estar[ée]\s+(?:presente|en\s+la)|ik\s+(?:ben|zal)\s+er\s+(?:zelf\s+)?niet\s+bij)",
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


def _name_before(segment: str, address: str = "") -> str | None:
    """The personal name that ends a phrase like "and Tilly Aronsson, who leads X".

    "our CEO, Alana Brooks (...)" has a bare name after the last comma, "Harlan Pike,
    Senior Analyst (...)" one in the first clause; when both read as names ("Dr. Matthias
    Krämer, Leiter Steuerungstechnik") the one the address spells wins.
    """
    segment = re.split(r"[.;:!?()<>\[\]]\s|[()<>\[\]\n]|:\s*", segment)[-1]
    clauses = [c.strip(" –-\t") for c in segment.split(",")]
    found = [
        m
        for m in (
            _NAME.fullmatch(clauses[-1]) if len(clauses) > 1 else None,
            _NAME.search(clauses[0]),
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
    for match in _EMAIL.finditer(text):
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


def exclusions(me: Sequence[str], to: Sequence[str], sender_domain: str = "") -> set[str]:
    """Addresses that are the candidate: ``me``, and the To: recipients when they must be.

    Without ``me``, the candidate is the sole recipient, or among several the ones outside
    the sender's domain (a colleague in To: shares it, and may be an interviewer).
    """
    mine = {m.strip().lower() for m in me if m and m.strip()}
    if not mine or len(to) == 1:
        recipients = [a.lower() for a in to]
        outside = [a for a in recipients if sender_domain and not a.endswith("@" + sender_domain)]
        mine.update(outside if len(recipients) > 1 and outside else recipients)
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
        "interviews",
        "interview",
        "scheduling",
        "recruitingteam",
        "talentteam",
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
    book: Sequence[Person] = (),
    sender_recruits: bool = False,
    history: str = "",
    author: Person | None = None,
) -> tuple[Person, ...]:
    """The people the candidate meets, from the invitation and the text.

    ``named``: people named with an address in the text; ``book``: people known from the
    message's headers and history by name and address, who count when the text names them
    where it speaks of the meeting ("with Marcus and Priya"); ``sender_recruits``: the
    sender signs as a recruiter, who organises interviews more often than holding them;
    ``history``: the quoted or forwarded request, read only when the new text names nobody;
    ``author``: who wrote the forwarded mail, an interviewer when it says "me and Ole".
    """
    lowered = text.lower()
    named_ok = [
        p
        for p in named
        if p.name and _usable(p, excluded) and p.email in lowered and not _contact(text, p)
    ]
    result: dict[str, Person] = {}
    invited = [p for p in attendees if _usable(p, excluded)]
    org = organizer if organizer and _usable(organizer, excluded) else None
    flat = " ".join(text.split())
    first_person = bool(_FIRST_PERSON.search(flat))
    absent = bool(_NOT_ATTENDING.search(flat))
    sender_ok = sender is not None and _usable(sender, excluded) and not absent
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
            keep = not (sender_is_org and absent) and (
                org.email in mentioned
                or (sender_is_org and (first_person or not sender_recruits))
                or not result
                or not others_named
            )
            if keep:
                result = {org.email: org, **result}
        for person in named_ok:
            result.setdefault(person.email, person)
        return tuple(result.values())
    for person in [*named_ok, *_met_by_name(text, book)]:
        if _usable(person, excluded) and (sender is None or person.email != sender.email):
            result.setdefault(person.email, person)
    named_here = bool(result)
    if not result and history:
        # a reply that only confirms or moves the time: the people the request it answers
        # named still meet the candidate ("It'd be me and Sal", "with Marcus Odeh (...)")
        for person in _met_in(history, book, excluded):
            if sender is None or person.email != sender.email:
                result.setdefault(person.email, person)
        if author and _usable(author, excluded) and _FIRST_PERSON.search(" ".join(history.split())):
            result.setdefault(author.email, author)  # the forwarded mail's "me and Ole"
    # the sender when they say they attend, or when a person (not a recruiter) fixes a
    # meeting and names nobody else in the new text: "Let's do Monday at 9am"
    if sender_ok and sender is not None and (first_person or not (named_here or sender_recruits)):
        result.setdefault(sender.email, sender)
    return tuple(result.values())


def _met_in(text: str, book: Sequence[Person], excluded: set[str]) -> list[Person]:
    """People a text names with an address where it speaks of the meeting, and people of
    ``book`` it puts next to meeting words."""
    lowered = text.lower()
    named = [
        p
        for p in people_in_text(text)
        if p.name
        and p.email in lowered
        and not _contact(text, p)
        and _MEETING_WITH.search(text[max(0, lowered.find(p.email) - 160) : lowered.find(p.email)])
    ]
    return [p for p in [*named, *_met_by_name(text, book)] if _usable(p, excluded)]


# A sentence about meeting someone, and one that only says whom to ask.
_MEETING_WITH = re.compile(
    r"\b(?:with|meet\w*|joined by|join\w*|speak(?:ing)? (?:with|to)|interview\w*|panel|mit|"
    r"treffen|kennenlernen|Gesprächspartner\w*|avec|rencontr\w*|entrevist\w*|con|conocer\w*|"
    r"met|spreken|spreekt|ontmoet\w*)\b",
    re.IGNORECASE,
)
# Right before a first name: the candidate meets that person ("with Marcus and Priya",
# "Te entrevistarán Andrés y Paola"); right after it: that person will meet the candidate
# (used with ``match(text, pos)``, where "^" would never match).
_MEETS_BEFORE = re.compile(
    r"\b(?:with|meet|meeting|and|&|plus|joined by|mit|und|avec|et|con|y|met|en|"
    r"entrevistar\w*|Gesprächspartner\w*(?:\s+(?:sind|ist))?)\s+(?:(?:Dr|Mr|Mrs|Ms|Herr|Frau|"
    r"Mme|M|Sr|Sra)\.?\s+)?$",
    re.IGNORECASE,
)
_MEETS_AFTER = re.compile(
    # "Laurent Roux, associé gérant, que je mets en copie, serait ravi de vous rencontrer":
    # a title or an aside between commas may stand between the name and the verb
    r"(?:\s+[A-Z][\w'-]+)?(?:\s*\([^()\n]{1,24}\)|\s*,[^,.;\n]{1,40}(?=,))*,?\s+"
    r"(?:would like to meet|wants to meet|(?:would|'d) (?:love|be (?:delighted|glad|happy|"
    r"pleased)) to meet|"
    r"will (?:join|interview|meet|be joining|lead|run|host)|is joining|möchte Sie|"
    r"wird (?:Sie|dabei)|würde sich freuen|vous recevra|serait (?:ravie?|heureuse?|"
    r"enchantée?) de vous rencontrer|te entrevistará|le entrevistará|sera présente?|"
    r"(?:le|te|les) (?:encantaría|gustaría) (?:conocer|entrevistar)\w*|zal (?:je|u)|"
    r"(?:wil|zou) (?:je|u) graag (?:ontmoeten|spreken))\b",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"\b(?:reach out|contact\w*|questions?|queries|Fragen|wenden Sie sich|contacter|"
    r"help you|if anything changes|(?:find|pick|book) (?:you )?a new (?:slot|time)|"
    r"reschedul\w*|verschieben|reprogramar|reporter|verzetten|"
    r"preguntas|dudas|vragen|any issues|in case|should you need|bei Rückfragen|en cas de)\b",
    re.IGNORECASE,
)
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


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", text) if s.strip()]


def _met_by_name(text: str, book: Sequence[Person]) -> list[Person]:
    """People of ``book`` whose first name the text puts next to meeting words ("with
    Marcus and Priya"), outside sentences that only say whom to ask."""
    if not book:
        return []
    sentences = [s for s in _sentences_of(text) if not _CONTACT.search(s)]
    found = []
    for person in book:
        first = person.name.split()[0] if person.name else ""
        if len(first) <= 2:
            continue
        word = re.compile(rf"\b{re.escape(first)}\b")
        if any(
            _MEETS_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()])
            or _MEETS_AFTER.match(sentence, m.end())
            for sentence in sentences
            for m in word.finditer(sentence)
        ):
            found.append(person)
    return found


def _contact(text: str, person: Person) -> bool:
    """Named only as the one to ask: "reach out to Ana (ana@x) with any questions"."""
    index = text.lower().find(person.email)
    if index < 0:
        return False
    start = max(text.rfind(". ", 0, index), text.rfind("\n\n", 0, index), 0)
    sentence = text[start : index + len(person.email)]
    return bool(_CONTACT.search(sentence)) and not _MEETING_WITH.search(sentence)


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
