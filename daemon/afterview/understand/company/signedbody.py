"""The organisation a signature names on a line of its own.

A signature often closes with the employer's full name alone on its line, below the writer's
name and title: "Universiteit van Zuidwold", "Portavoe Borough Council", "Landesamt für
Umwelt und Arbeitsschutz Süd", "Kanton Thurgau". Where the domain is an abbreviation
("uzuidwold", "pbcni", "luas-sued", "tg-verwaltung") and nothing else in the mail spells it,
that line, not the domain's bare label, is the name a person reads as the employer.
``from_signature`` reads lines split into parts ("Title | Company"); this reads a
line that is one name and nothing else.

A line counts only where it reads as an organisation's name by its own words: capitalised
words (small words apart), a body's, trade's or kind of firm's word, no title, desk, person,
number or address. "Human Resources", "Personalamt", "Senior Recruiter", "Leeds" and "Jane
Roe" are no such line; "Banque Lumière (Singapore Branch)" is, without its branch.
"""

from __future__ import annotations

import re

from .acronyms import SMALL_WORDS
from .addedwords import DESK, LEAD, of_trade
from .names import has_legal_form, normalise_company, word_set
from .naming import NOT_ORG, SIG_SPLIT, is_department, titled
from .orgwords import institutional, names_an_organisation

# How far from the end of a signature its organisation's line may stand: below it come at
# most a desk, an address and the telephone ("Kanton Thurgau / Personalamt / ... / T +41 ...")
_LAST_LINES = 5
_PARTED_LINES = 4
_MAX_WORDS = 8
# An aside closing the line: "(Singapore Branch)", "(Asia)"
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_WORD = re.compile(r"[^\W\d_](?:[\w'’.]|-(?=\w))*|&")
# Words of bodies and firms that open a name and addedwords.LEAD lacks: "Technische
# Hochschule X", "Università di X", "Prairie Electric Cooperative", "Genossenschaft X" (its
# public bodies, "Kanton", "Landesamt", "Gemeente", "Ayuntamiento", are LEAD's already)
_BODY_LEAD = word_set(
    "hochschule fachhochschule università comune cooperative co-operative coopérative "
    "cooperativa coöperatie genossenschaft"
)
# A line's first word that says what the firm belongs to or is, not its name
_OPENS_NO_NAME = word_set("part member proud proudly a an registered teil onderdeel membre")
# A line that holds a number, an address, a separator or an aside, or ends as an
# exclamation or a question, is no name alone
_NOT_A_LONE_NAME = re.compile(r"[\d@:|·•–—,;/()]| - |[!?]$")
# A line with an aside, an address, a time or a number is no "Title | Company" line
_NOT_PARTED = re.compile(r"[()@:]|\d")
# A street's name heading an address line's parts, its number left out ("Quay Street, Galway",
# "Hauptstraße, Bamberg", "Rue des Moulins, Lyon", "Kerkstraat, Gouda"). A line alone is not
# judged by it: "Royal Botanic Gardens" and "Plaza Hotel" are names.
_STREET = re.compile(
    r"(?i:^(?:rue|avenue|boulevard|chemin|place|quai|impasse|allée|calle|avenida|paseo|plaza|"
    r"carrer|camino|ronda|travesía|via|viale|piazza)\s|"
    r"\s(?:street|st\.?|road|rd\.?|lane|row|avenue|ave\.?|drive|quay|terrace|crescent|"
    r"close|gardens|square|place|parade|walk|way|mews|wharf|court|straße|strasse|str\.|weg|"
    r"gasse|allee|platz|ring|damm|ufer)$|"
    r"\w(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|straat|laan|gracht|plein|"
    r"kade|singel|dijk)$)"
)
# Words of trades a small firm lists under its name ("Boilers - Servicing - Bathrooms",
# "Heizung · Sanitär · Solar"): a line of three or more single words under the firm's line
_LIST_PARTS = 3


def signature_names(signature: str) -> list[str]:
    """The names a signature's last lines give, the lowest line first: a line's parts
    (``from_signature``: "Title | Company") or the line as a name alone. The lowest
    is the organisation; a "Title, Department" line above it names a desk ("Manager,
    Distribution Operations" over "Prairie Electric Cooperative")."""
    lines = [x.strip() for x in signature.splitlines() if x.strip()]
    found: list[str] = []
    last = lines[-_LAST_LINES:]
    for at, line in enumerate(reversed(last)):
        parted = _parted_name(line) if at < _PARTED_LINES else None
        above = last[-at - 2] if at + 2 <= len(last) else ""
        if parted and above and _trades_under(line, above):
            parted = None  # "Boilers - Servicing - Bathrooms" under "Hollis & Daughters Ltd"
        lone = lone_name(_ASIDE.sub("", line))
        for name in (parted, lone):
            if name and name not in found:
                found.append(name)
    return found


def lone_name(line: str) -> str | None:
    """A signature's ``line`` as an organisation's name alone, or None (module docstring)."""
    if not line[:1].isupper() or _NOT_A_LONE_NAME.search(line):
        return None
    legal = has_legal_form(line)
    if line.endswith(".") and not legal:
        return None  # a sentence, not "Librería Los Tilos S.L."
    # a legal form may be written in lower case ("Volksbank Ostheide eG", "Zorgnet vzw")
    words = _WORD.findall(normalise_company(line) if legal else line)
    if not 2 <= len(words) <= _MAX_WORDS:
        # one word alone ("Personalamt", "Leeds") is a desk or a place as often as a name
        return None
    lower = [w.lower() for w in words]
    if lower[0] in _OPENS_NO_NAME:
        return None  # "Part of the X Group", "Member of the Y Network": what it belongs to
    if not all(
        w[:1].isupper() or w == "&" or low in SMALL_WORDS
        for w, low in zip(words, lower, strict=True)
    ):
        return None  # running text: "Thanks again for your time"
    if any(low in DESK for low in lower) or NOT_ORG.search(line):
        return None  # "Recruitment Team", "HR Business Partner"
    # a body's word opening the line says what it is ("Ayuntamiento de San Valero"), where a
    # surname's ending would read as a person's role ("-ero" of camarero)
    led = _body_word(lower[0])
    if is_department(line) or (not led and titled(line)):
        return None
    body = (
        led
        or legal
        or names_an_organisation(words)
        or institutional(words)
        or any(_body_word(low) for low in lower[1:])
        or of_trade(lower[-1])
    )
    name = normalise_company(line) if body else ""
    return name if name and name[:1].isupper() else None


def _trades_under(line: str, above: str) -> bool:
    """Whether ``line`` lists three or more single words (the firm's trades: "Boilers -
    Servicing - Bathrooms", "Heizung · Sanitär · Solar") under a line that is a firm's name
    alone."""
    parts = [p for p in SIG_SPLIT.split(line) if p]
    if len(parts) < _LIST_PARTS or not all(len(p.split()) == 1 for p in parts):
        return False
    return lone_name(_ASIDE.sub("", above)) is not None


def _is_street(part: str) -> bool:
    """Whether ``part`` of an address line is a street's name ("Quay Street", "Kerkstraat")."""
    return _STREET.search(" ".join(part.split())) is not None


def _body_word(word: str) -> bool:
    """A word of a public body or a kind of firm, not an article: "Hochschule", "Banque"."""
    # (LEAD's articles and small words say nothing of a body on their own)
    return word in _BODY_LEAD or (word in LEAD and word not in SMALL_WORDS)


def from_signature(signature: str) -> list[str]:
    """Company-like segments of the signature's last lines ("Title | Company", "Title, Co"),
    the lowest line first."""
    lines = [x.strip() for x in signature.splitlines() if x.strip()]
    return [name for name in map(_parted_name, reversed(lines[-_PARTED_LINES:])) if name]


def _parted_name(line: str) -> str | None:
    """The company a signature's (stripped) ``line`` of parts gives, if any."""
    if _NOT_PARTED.search(line) or len(line.split()) > 8:
        return None
    parts = [p for p in SIG_SPLIT.split(line) if p]
    if len(parts) < 2 or _is_street(parts[0]):
        return None  # "Quay Street, Galway": an address, its street and town
    registered = next((p for p in parts[:-1] if has_legal_form(p)), None)
    if registered:
        # "Coöperatie Melkweg Brabant U.A. · Veghel": the registered name, then its town
        name = normalise_company(registered)
        if name and name[0].isupper():
            return name
    if _a_desk(parts[0]):
        # "HR Department, HSE Dublin Bayside", "People Team · Lumen Grid · London": the
        # desk, then its firm, then perhaps the town
        name = normalise_company(parts[1])
        if name and name[0].isupper() and not is_department(name) and not titled(name):
            return name
    if "," in line and not titled(parts[0]):
        # "Harbourview Hotel, Cork": no title opens the line, so it is the employer's
        # with its address after the comma, not "Title, Company"
        name = normalise_company(parts[0])
        if name and name[0].isupper() and not is_department(name):
            return name
    for part in reversed(parts[1:]):
        name = normalise_company(part)
        if name and name[0].isupper() and not is_department(name) and not titled(name):
            return name
    return None


# A desk that opens a signature's line before its firm: "HR Department", "People Team"
_DESK_PART = re.compile(
    r"(?i:hr|human\s+resources|people|talent|recruitment|recruiting|personnel|"
    r"ressources\s+humaines|recursos\s+humanos|personalabteilung|personalwesen)"
    r"(?:\s+(?i:department|dept\.?|team|office|services?|division))?"
)


def _a_desk(part: str) -> bool:
    return _DESK_PART.fullmatch(part.strip()) is not None
