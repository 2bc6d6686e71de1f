"""The employer's full name from a line that writes it out, given a short form of it.

A domain or a display name often gives the employer's name short ("fenwick-neuro", "Avalon
OSC", "vdc-techservices", "Alborada", "LSIN Nord") while a signature's organisation line, a
letterhead or a footer writes it in full on a line of its own: "Fenwick Institute for
Neuroscience", "Avalon Ocean Sciences Centre", "Vandecasteele Tech Services NV", "Tiendas
Alborada", "Landesamt für Statistik und Informationstechnik Nord". A person names the
employer by that line.

A line (or a part of one between "|", "–", "·", ",") writes the short form out when each of
the short form's words is, in the line, a whole word, the start of one ("neuro" of
Neuroscience), the initials or starts of consecutive words ("osc", "techservices", "coco" of
County Council; small words such as of, für, de may be skipped), or a word's abbreviation
("vdc" of Vandecasteele) beside another word given whole. The line must read as an
organisation: capitalised words only (small words apart), a word of organisations, trades or
public bodies or a legal form, no job title, desk, person or address; words it adds are a
trade's or body's word before the name ("Supermercados", "University of"), words between the
short form's own ("Institute for"), a body's word after it ("... Carers' Centre") or the
complement of a body's word ("Mallee Institute for Dryland Research").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .acronyms import SMALL_WORDS
from .keyspans import OutOfSteps, Steps, assignments
from .names import NAME_ENDINGS, has_legal_form, normalise_company, squash, squashes, word_set
from .naming import NOT_ORG
from .written import in_mixed_case

# Words of public bodies, institutions and organisations that may end a full name after the
# short form's own words ("Brightlane Carers' Centre", "Kilbride County Council").
_BODY_END = word_set(
    "centre center centro centrum council trust foundation fondation fundación stiftung "
    "stichting institute institut instituut instituto university universität université "
    "universidad universiteit college school academy hospital hospice clinic klinikum clinique "
    "clínica association society federation authority commission agency board museum library "
    "laboratory laboratories observatory observatoire partners partnership"
)
# Words of trades, bodies and kinds of firm that open a full name before the short form's
# own words, in five languages ("Tiendas Alborada", "Supermercados Gavia", "Stadt X").
_LEAD = _BODY_END | word_set(
    "the the le la les el los las de het der die das groupe grupo gruppe groep group conseil "
    "consejo solutions soluciones tiendas tienda supermercados supermercado almacenes farmacias "
    "farmacia droguería hotel hôtel hoteles restaurant restaurante cafetería panadería maison "
    "banque banco bank bankhaus cabinet bufete kanzlei estudio atelier studio agence agentur "
    "stadt gemeinde landkreis kanton landesamt bundesamt amt ministerium ministère ministerio "
    "ministry department departement département gemeente provincie waterschap zorggroep "
    "hogeschool ville région ayuntamiento diputación city county borough royal national "
    "laboratoires laboratorios clínica clinique hospital hôpital transportes transports "
    "industrias industries constructora inmobiliaria editorial éditions "
    # shops and trades that open their names ("Panaderías Marbruma", "Boulangeries Kerlo")
    "panadería panaderías pastelería pastelerías ferretería ferreterías librería librerías "
    "zapaterías joyería joyerías ópticas óptica carnicerías autoservicios distribuidora "
    "boulangerie boulangeries pâtisseries pharmacie pharmacies librairie librairies "
    "quincaillerie bäckerei metzgerei apotheke apotheken buchhandlung autohaus "
    "bakkerij bakkerijen slagerij apotheek boekhandel garagebedrijf"
)
# Words of desks, teams and job titles: a line naming one is a desk or a person's title.
_DESK = word_set(
    "recruitment recruiting careers career talent hr people hiring jobs employment team "
    "selection selección seleccion reclutamiento personal personaldienst bewerbermanagement "
    "personalabteilung recrutement carrières carrieres rh rrhh humanos humano ressources "
    "werving sollicitaties office desk helpdesk support admissions estates"
)
# Words that set a desk or a job before the employer: "Finance Systems at X", "IT bei X"
_AT = word_set("at @ bei bij chez")
_PARTS = re.compile(r"\s*(?:\||·|•|,|;|–|—| - |:\s|\(|\)|<|>)\s*")
_INITIAL = re.compile(r"(?<![\w'’])[^\W\d_]")
_WORD = re.compile(r"[^\W\d_](?:[\w'’]|[-.](?=\w))*|&")
_MAX_PART = 90
_MAX_WORDS = 9
_MAX_ADDED = 4
_MAX_TEXT = 20_000
# Only so many distinct lines of one call are examined (``keyspans`` counts the steps).
_MAX_LINES = 200


def written_in_full(
    short: str,
    texts: Sequence[str],
    people_names: frozenset[str] | set[str] = frozenset(),
    *,
    abbreviated: bool = False,
) -> str | None:
    """The line of ``texts`` that writes the short form ``short`` in full (module docstring),
    the one with most words, else the most often written; None where no line does.

    ``abbreviated``: only a line the short form abbreviates counts (a key standing for
    several words or the start of one), as a domain's label must: "alborada" proves nothing
    of a line "Alborada Centro Comercial", "fenwick-neuro" does of its line."""
    keys = [squash(w) for w in _WORD.findall(short.replace("-", " "))]
    keys = [k for k in keys if k and k not in SMALL_WORDS and k != "and"]
    if not keys or len(keys) > 5:
        return None
    # cut to size before they are remembered: a hostile mail's text is not kept
    cut = tuple(text[:_MAX_TEXT] for text in texts)
    return _written_in_full(tuple(keys), cut, frozenset(people_names), abbreviated)


@lru_cache(maxsize=64)
def _written_in_full(
    keys: tuple[str, ...], texts: tuple[str, ...], people_names: frozenset[str], abbreviated: bool
) -> str | None:
    # the same domain's label is asked of the same texts for a candidate and for the name
    # found: remembered (a tuple of the texts hashes by their strings' cached hashes)
    keys = list(keys)
    found: Counter[str] = Counter()
    initials = {k[0] for k in keys}
    seen: dict[str, str | None] = {}  # a line repeated is examined once, counted each time
    steps = Steps()
    for part, starts in (p for text in texts for p in _parts(text)):
        # each key starts some word of the line: a cheap test before the full one
        if not initials <= starts:
            continue
        if part not in seen:
            if len(seen) >= _MAX_LINES or not steps.next_line():
                continue  # no new line examined, those seen still counted
            seen[part] = _writes_out(part, keys, people_names, abbreviated, steps)
        if seen[part]:
            found[seen[part]] += 1
    if not found:
        return None
    best = max(found, key=lambda name: (len(name.split()), found[name]))
    return best if len(squash(best)) > len("".join(keys)) else None


@lru_cache(maxsize=32)
def _parts(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The parts of the text's lines that may be a name, each with its words' first letters
    (asked of the same texts for the name found and for the domain's label)."""
    found = []
    for line in text.splitlines():
        if len(line) > 3 * _MAX_PART or "@" in line or "://" in line:
            continue
        for part in _PARTS.split(line):
            if part.lstrip(" \t\"'*")[:1].isupper():
                starts = frozenset(squash(c) for c in _INITIAL.findall(part))
                found.append((part, starts))
    return tuple(found)


def _writes_out(
    part: str,
    keys: list[str],
    people_names: frozenset[str] | set[str],
    abbreviated: bool,
    steps: Steps,
) -> str | None:
    """The part as a name where it writes out ``keys`` and reads as an organisation (a line
    whose search runs out of steps does not)."""
    part = part.strip(" \t\"'*.!?")
    if not part or len(part) > _MAX_PART or not part[0].isupper() or re.search(r"\d", part):
        return None
    name = normalise_company(part)
    if not name or NOT_ORG.search(name) or name.lower() in people_names:
        return None
    words = _WORD.findall(name)
    if not 1 <= len(words) <= _MAX_WORDS:
        return None
    lower = [w.lower().strip(".") for w in words]
    if not all(
        w[:1].isupper() or w == "&" or low in SMALL_WORDS
        for w, low in zip(words, lower, strict=True)
    ):
        return None  # running text: "Thank you for applying to ..."
    if any(low in _DESK for low in lower):
        return None
    if any(full in name.lower() for full in people_names if " " in full):
        return None
    legal = has_legal_form(part)
    if not legal and not any(_of_trade(w) or w in _LEAD for w in lower):
        return None  # no organisation's word: however the keys fall, not a name
    try:
        for used in assignments(keys, words, steps):
            if abbreviated and not _abbreviated(used, keys, words):
                continue
            if _reads_as_full_name(words, lower, used, legal):
                return name
    except OutOfSteps:
        return None
    return None


def _reads_as_full_name(words: list[str], lower: list[str], used: dict, legal: bool) -> bool:
    """Whether the words the line adds to the short form's are a body's or trade's (see the
    module docstring), and the line names an organisation at all."""
    matched = sorted(i for span in used.values() for i in span)
    first, last = matched[0], matched[-1]
    plain = [i for i in range(len(words)) if i not in matched and lower[i] not in SMALL_WORDS]
    if len(plain) > _MAX_ADDED:
        return False
    if any(lower[i] not in _LEAD and not _of_trade(lower[i]) for i in plain if i < first):
        return False
    if any(lower[i] in _AT for i in range(first)):
        return False  # "Senior Manager, Finance Systems at Nilgiri Software Labs": a desk's
    tail = list(range(last + 1, len(words)))
    return not tail or _body_tail(lower, first, last)  # an organisation's word: _writes_out


def _body_tail(lower: list[str], first: int, last: int) -> bool:
    """Words after the short form's own: a body's word that ends the name ("Brightlane
    Carers' Centre"); two words after a name running on with "&" ("Ardmore Physiotherapy &
    Sports Injury Clinic"). A complement ("Aarewald Institute for Aquatic Research") is no
    part of the short form unless the short form abbreviates it ("mallee-idr")."""
    tail = lower[last + 1 :]
    room = 2 if "&" in lower[first : last + 1] else 1
    return len(tail) <= room and tail[-1] in _BODY_END


def _of_trade(word: str) -> bool:
    single = word[:-1] if word.endswith("s") else word
    return word in NAME_ENDINGS or single in NAME_ENDINGS or word in _BODY_END


def _abbreviated(used: dict, keys: list[str], words: list[str]) -> bool:
    """Whether a key stands for several words or for the start of one: the line then spells
    out what the short form abbreviates, which proves it names the same body."""
    return any(len(span) > 1 or keys[k] not in squashes(words[span[0]]) for k, span in used.items())


def letterhead_name(
    name: str,
    label: str,
    display: str,
    texts: Sequence[Sequence[str]],
    people_names: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """The name as a line of its own writes it in full, of the name found ("Mallee
    Institute" of a display name, "Alborada" of a domain) or of the domain's label the line
    abbreviates ("mallee-idr": Mallee Institute for Dryland Research). A registered tail the
    firm's own display name leaves out stays out ("Narmada Consulting" signing its mail,
    "Narmada Consulting Services Pvt. Ltd." in the footer)."""
    first = squash(name.split()[0])
    for found in texts:
        full = written_in_full(name, found, people_names)
        if not full and label:
            full = written_in_full(label, found, people_names, abbreviated=True)
            if full and not squash(full).startswith(first) and first not in squash(full):
                full = None
        if full:
            return in_mixed_case(
                _without_corporate_tail(full, display), [t for f in texts for t in f]
            )
    return None


# A registered firm's last word that its own display name may leave out
_CORPORATE_TAIL = word_set("group services holdings international global worldwide")


def _without_corporate_tail(full: str, display: str) -> str:
    words = full.split()
    short = " ".join(words[:-1])
    if len(words) >= 3 and words[-1].lower() in _CORPORATE_TAIL and short in display:
        return short
    return full
