"""The names a text calls a person by, and names for addresses written without one.

A display name is not always "Given Surname": corporate directories write "Kaya, Ruben" and
"Boer, Ilse de", East Asian names put the family name first ("LIM Jun Hao", "Goh Siew Mei"),
and titles come before ("Dr. Ilse Wendt"). The text calls such a person "Ruben", "Jun Hao",
"Siew Mei" or "Ilse": :func:`call_names` gives every name to look for, so that a sentence
about the meeting finds its people whatever the directory wrote.

Addresses also stand in text without the name next to them ("Cathal's email is
cathal@x", "Herr Dr. Jens Oberholz (Leitung Automatisierung, j.oberholz@x)"):
:func:`people_of_addresses` names them from the words of the text the address spells.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import Person
from .robots import EMAIL_ADDRESS, is_robot_address

# Titles before a display name ("Dr. Ilse Wendt", "Prof. Jan Peeters", "Mme Louise Béliveau"):
# the text calls the person by the name after them.
# Titles written out in full before a surname, which the honorifics' abbreviations miss
# ("met mevrouw Berg", "avec Monsieur Rey", "con la señora Ruiz").
WRITTEN_TITLES = ("mevrouw", "meneer", "madame", "monsieur", "señor", "señora")
HONORIFICS = frozenset(
    [
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "herr",
        "frau",
        "mme",
        "mlle",
        "m",
        "sr",
        "sra",
        "srta",
        "dhr",
        "mevr",
        "ing",
        "mag",
        "dipl",
        "di",
        "cllr",
        "univ",
    ]
)
# Shared mailboxes of a team, never one person: "careers@", "recruiting@".
ROLE_ACCOUNTS = frozenset(
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
        "talento",
        "empleos",
        "carreras",
        "karriere",
        "stellen",
        "jobs",
        "emplois",
        "carrieres",
        "werving",
        "reclutamiento",
        "recrutamento",
        "personalabteilung",
        "berufungen",
        "earlycareers",
        "exams",
        "notices",
        "notifications",
    ]
)
# Words of a shared mailbox's parts: "recruiting-calendar@", "talent.team@", "early-careers@".
_MAILBOX_WORDS = ROLE_ACCOUNTS | {
    "calendar",
    "calendars",
    "meetings",
    "events",
    "early",
    "campus",
    "exam",
    "exams",
    "notice",
    "notices",
    "notification",
    "notifications",
    "alerts",
    "sms",
    "relay",
    "graduates",
    "uk",
    "us",
    "eu",
    "de",
    "fr",
    "nl",
    "es",
    "global",
}


# A recruiting desk's word that heads a team's mailbox whatever the unit or region after it:
# "recruit.ed@" (the Emergency Department's), "talent.latam@", "careers-uk@".
_RECRUITING_DESK = frozenset(
    [
        "recruit",
        "recruiting",
        "recruitment",
        "careers",
        "career",
        "jobs",
        "hr",
        "rh",
        "rrhh",
        "talent",
        "hiring",
        "bewerbung",
        "bewerbungen",
        "recrutement",
        "seleccion",
        "empleo",
        "vacatures",
        "karriere",
        "werving",
        "reclutamiento",
        "recrutamento",
    ]
)


def is_shared_mailbox(address: str) -> bool:
    """A team's or a machine's mailbox, not a person's: "careers@", "recruiting-calendar@",
    "recruit.ed@", "talent.latam@", "ne-pas-repondre@", and every other no-reply address
    :func:`.robots.is_robot_address` knows."""
    local = address.split("@", 1)[0].lower()
    if local in ROLE_ACCOUNTS or is_robot_address(address):
        return True
    parts = [p for p in re.split(r"[-_.+]", local) if p]
    if len(parts) > 1 and all(p in _MAILBOX_WORDS or p.isdigit() for p in parts):
        return True
    # the desk's word must head it: after a name ("anna.hr@") it is Anna's, in HR
    return len(parts) > 1 and parts[0] in _RECRUITING_DESK


# Letters after a name that are degrees or titles: "Celeste Ambrose, DNP", "Hofbauer Ernst, DI Dr."
_DEGREE = re.compile(r"^(?:[A-Z]{2,6}|[A-Z][a-z]{0,3}\.?(?:-[A-Z][a-z]*\.?)?)$")
# Degrees and suffixes a display name ends with without a comma ("Amit Rao MD", "Lena Berg
# PhD", "John Ortiz Jr."): never a surname, so the text's "Dr. Rao" finds its person.
_SUFFIXES = frozenset(
    [
        "md",
        "phd",
        "dphil",
        "rn",
        "dnp",
        "msn",
        "bsn",
        "mba",
        "cpa",
        "esq",
        "jr",
        "sr",
        "ii",
        "iii",
        "iv",
        "dds",
        "dmd",
        "pharmd",
        "mph",
        "facs",
        "frcs",
        "mrcp",
        "bsc",
        "msc",
    ]
)


def _given_words(name: str) -> list[str]:
    """The words of a display name in "Given Surname" order, without titles."""
    name = " ".join(name.split())
    if name.count(",") == 1:
        before, after = (part.strip() for part in name.split(","))
        after_words = after.split()
        if after_words and all(
            _DEGREE.match(w) or w.rstrip(".").lower() in HONORIFICS for w in after_words
        ):
            name = before  # "Celeste Ambrose, DNP": degrees after the name
        elif before and after_words:  # "Kaya, Ruben", "Boer, Ilse de"
            particles = [w for w in after_words[1:] if w.islower()]
            given = [w for w in after_words if w not in particles]
            name = " ".join([*given, *particles, before])
    words = [w for w in name.split() if w.rstrip(".").lower() not in HONORIFICS]
    while len(words) > 2 and fold(words[-1]) in _SUFFIXES:
        words.pop()
    return [w for w in words if w.strip(".,")]


def call_names(person: Person) -> list[str]:
    """The names a text may call ``person`` by, most likely first: the given name ("Ruben"
    of "Kaya, Ruben"), the given names after a family name in capitals ("Jun Hao" of "LIM
    Jun Hao") or of a three-word name ("Siew Mei" of "Goh Siew Mei"); else the one word of
    an address's local part ("ines@x" is Ines). Names of two letters or fewer are left out:
    they would match too much."""
    words = _given_words(person.name or "")
    names: list[str] = []
    if words:
        capitals = [w for w in words if len(w) > 1 and w.isupper()]
        if capitals and len(capitals) < len(words):  # "LIM Jun Hao", "TAN Wei Ling"
            names.append(" ".join(w for w in words if w not in capitals))
        names.append(words[0].strip(",."))
        if len(words) == 3 and words[1][:1].isupper():
            names.append(f"{words[1]} {words[2]}")
    else:
        local = person.email.split("@", 1)[0]
        if local.isalpha() and local not in ROLE_ACCOUNTS:
            names.append(local.capitalize())
    return [n for n in dict.fromkeys(names) if len(n) > 2]


def first_name(person: Person) -> str:
    """The name a text most likely calls a person by ('' when none is usable)."""
    names = call_names(person)
    return names[0] if names else ""


def full_name_words(person: Person) -> list[str]:
    """Given name and surname, for matching a list item by full name."""
    return _given_words(person.name or "")


# A run of capitalised words: a name as written in running text ("Cathal", "Jens Oberholz").
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}")


def fold(text: str) -> str:
    """Lower-case ASCII letters only: "Selvática" and "selvaticalabs" compare."""
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", "", plain)


def name_before_address(text: str, start: int, reach: int = 300) -> str | None:
    """The name the address at ``start`` spells among the capitalised words of the
    ``reach`` characters before it (the nearest such name), or None."""
    address = EMAIL_ADDRESS.match(text, start)
    if not address:
        return None
    local, _, domain = address.group(0).partition("@")
    if not domain.rpartition(".")[2].isalpha() or re.search(r"\d{3}", local):
        return None  # "19_meeting_x@thread.v2" of a Teams link, "4471@": no one's address
    local = fold(local)
    before = text[max(0, start - reach) : start]
    best = None
    for name in _CAPITALISED.finditer(before):
        words = [w.removesuffix("'s").removesuffix("’s") for w in name.group(0).split()]
        words = [w for w in words if w.rstrip(".").lower() not in HONORIFICS]
        if words and any(len(fold(w)) >= 3 and fold(w) in local for w in words):
            best = " ".join(words)
    return best


def people_of_addresses(text: str, known: set[str]) -> list[Person]:
    """People whose address the text gives apart from their name, named by the words of
    the text their address spells: "Cathal's email is cathal@x" is Cathal, "Herr Dr. Jens
    Oberholz (Leitung Automatisierung, j.oberholz@x)" is Jens Oberholz. Only the 300
    characters before the address are read, and only a name whose surname or given name the
    local part holds: an address that spells no nearby name stays unnamed."""
    found: dict[str, Person] = {}
    for match in EMAIL_ADDRESS.finditer(text):
        address = match.group(0).lower().rstrip(".")
        if address in known or address in found or is_shared_mailbox(address):
            continue
        name = name_before_address(text, match.start())
        if name:
            found[address] = Person(name=name, email=address)
    return list(found.values())


def named_on_its_line(text: str, person: Person) -> Person:
    """A person found with an address but no name gets the name written before the address
    on its line ("Kofi Mensah-Bonsu, Senior Data Engineer - kofi.mensah-bonsu@x")."""
    if person.name:
        return person
    at = text.lower().find(person.email)
    if at < 0:
        return person
    line_start = text.rfind("\n", 0, at) + 1
    name = name_before_address(text[line_start:], at - line_start, reach=at - line_start)
    return Person(name=name, email=person.email) if name else person
