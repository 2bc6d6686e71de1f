"""A branch's place after an employer's name is no part of the name a person gives.

"Kessler Thorne Luxembourg", "Hotel Brisamar Málaga", "Crumb & Co Leicester", "Maison Lune
Paris": a firm signs or registers its local office with the town after its name, but the
candidate says they are interviewing with Kessler Thorne. A last word is a place where it
is a city people name (an IANA zone's city, "Munich", "Málaga"), or where the mail itself
writes it as one: after a postcode ("29016 Málaga", "L-1855 Luxembourg"), before a UK
postcode ("Leicester LE1 6AA"), after a preposition of place ("in Leicester", "à Lyon",
"en Málaga", "bei München", "te Gouda") or before "time" ("half nine Luxembourg time").

The name left must still be one: two words at least or the domain's whole label, not ending
in a connector ("Bank of", "Comune di") nor in a public body's, school's or government's
word ("Technische Universität München", "Gemeente Utrecht", "Kilbride County" stay whole).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..role.title import names_a_job
from ..zonenames import zone_for_place
from .names import squash, word_set
from .naming import is_department
from .spelling import GOVERNMENT_WORDS, is_institution, names_an_organisation

# Words a name may not end in once its place is cut: connectors and the words of bodies,
# schools and governments, whose place is their own name ("Universität Wien").
_KEEP_BEFORE = GOVERNMENT_WORDS | word_set(
    "of for de du des la le di del van von der den zu am an the y et and & en und e i "
    "university "
    "universität université universidad universiteit universita college school hospital "
    "klinikum clinic council trust stadt gemeente comune ayuntamiento ville landkreis kreis "
    "provincie bistum museum zoo airport flughafen aéroport aeropuerto port hafen"
)
# A zone's city counts as a place under a continent's area only: "Canada/Eastern",
# "America/North_Dakota/Center" and "Antarctica/Davis" are no towns a firm signs with.
_AREAS = frozenset(("Europe", "America", "Asia", "Africa", "Australia"))
# Zones' cities that are also surnames or words ("America/Dawson", "America/Resolute").
_NOT_PLACES = word_set("dawson currie lindeman resolute nome creston marigot")
# a postcode, not a year ("the 2027 Graduate Program")
_AND_CO = word_set("co cie cía")
_POSTCODE_BEFORE = r"(?:\b[A-Z]{1,2}-)?\b(?!(?:19|20)\d\d\b)\d{4,5}[ \t]+"
_UK_POSTCODE_AFTER = r",?[ \t]+[A-Z]{1,2}\d[\dA-Z]?[ \t]*\d[A-Z]{2}\b"
_AT_PLACE = r"\b(?:in|near|à|en|bei|nach|te|aus|uit|vanuit|from)[ \t]+"  # "based in Leicester"


def without_branch_place(name: str, texts: Sequence[str], label: str = "") -> str:
    """``name`` without a place that ends it (module docstring); else ``name`` itself.

    ``texts``: the mail's texts, where a place may be written as one; ``label``: the
    employer domain's name label, which a one-word rest must spell."""
    words = name.split()
    if _after_and_co(words):
        return " ".join(words[:-1])
    for size in (2, 1):
        if len(words) <= size:
            continue
        place, rest = " ".join(words[-size:]), words[:-size]
        if not place[:1].isupper() or not is_place(place, _without(name, texts)):
            continue
        if rest[-1].lower() in _KEEP_BEFORE or is_institution(" ".join(rest)):
            return name
        if len([w for w in rest if w != "&"]) >= 2 or (label and squash(" ".join(rest)) == label):
            return " ".join(rest)
        return name
    return name


def _after_and_co(words: list[str]) -> bool:
    """A word after a partnership's "& Co" that names no kind of firm: "Crumb & Co
    Leicester" is Crumb & Co's branch there ("Hale & Co Solicitors" says its trade)."""
    if len(words) < 4 or words[-3] not in ("&", "and", "y", "et", "und"):
        return False
    if words[-2].lower().strip(".") not in _AND_CO or not words[-1][:1].isupper():
        return False
    last = words[-1]
    if last.endswith("s") and not is_place(last, ()):
        return False  # a trade in the plural: "Solicitors", "Opticians", "Bakers"
    return not (names_an_organisation([last]) or is_department(last) or names_a_job(last))


def _without(name: str, texts: Sequence[str]) -> list[str]:
    """The texts with the name itself taken out: "Rijksinstituut voor Bodem en Water" says
    nothing of "en Water" as a place."""
    return [text.replace(name, " ") for text in texts]


def is_place(place: str, texts: Sequence[str] = ()) -> bool:
    """Whether a word (or two) is a city people name or one the mail writes as a place.
    Initials ("DC" of a distribution centre, "LA") and words of organisations or desks
    ("in Technology") are no places by that alone."""
    if not re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+)?", place):
        return False
    if is_department(place) or names_an_organisation(place.split()):
        return False
    zone = zone_for_place(place)
    key = getattr(zone, "key", "") or ""
    if key.partition("/")[0] in _AREAS and key.count("/") == 1:
        return squash(place) not in _NOT_PLACES
    # every way of writing it as a place holds it as written: most texts lack it (the name
    # it ends is taken out of them), and those spare the pattern compiled for it
    holding = [text for text in texts if place in text]
    if not holding:
        return False
    written = _written_as_place(place)
    return any(written.search(text) for text in holding)


@lru_cache(maxsize=256)
def _written_as_place(place: str) -> re.Pattern[str]:
    """The place written as one, compiled once per place: the same last words come back in
    mail after mail from one employer."""
    p = re.escape(place)
    return re.compile(
        rf"{_POSTCODE_BEFORE}{p}\b|\b{p}{_UK_POSTCODE_AFTER}|{_AT_PLACE}{p}\b|\b{p}[ \t]+time\b"
    )


def without_branch_box(name: str, label: str, addresses: Sequence[str]) -> str:
    """ "Bramble & Birch" of "Bramble & Birch Deansgate" where the domain spells the name
    without the last word and a mailbox of the firm is named for it (deansgate.gm@...): a
    branch's or desk's mailbox, its place no part of the employer's name."""
    words = name.split()
    flat = squash(label)
    if len(words) < 3 or not flat:
        return name
    rest = " ".join(words[:-1])
    if flat not in (squash(rest), squash(rest.replace("&", "and"))):
        return name
    last = squash(words[-1])
    if len(last) < 4 or words[-2] in ("&", "and", "und", "et", "y", "en"):
        return name  # "Hale & Son", "Crumb & Co": the name's own last word, not a place
    # the box is named for the place: "deansgate.gm@", "deansgate@" (not "jason@" for "Son")
    pieces = {squash(piece) for a in addresses for piece in _BOX_PIECES.split(a.partition("@")[0])}
    return rest if last in pieces else name


_BOX_PIECES = re.compile(r"[._+-]")
