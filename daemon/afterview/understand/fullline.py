"""The employer's name as a line of its own writes it, where the name found is cut short.

A domain or a greeting gives the short form ("Tate Whitfield" of tatewhitfield, "Brightwater"
of "Jaylen w/ Brightwater here") while the sign-off writes the firm's whole name on a line
of its own: "Tate Whitfield Architects", "Prairie Steel Fabricators Ltd.", "Lodestar Travel
Nursing | Senior Recruiter". A person names the employer by that line, without its legal
form. Only a line's first part counts (a place after "Where:" or a comma is an address, not
a letterhead), and the words it adds must read as part of a name: capitalised, no digits, no
desk, title or person (``letterhead`` covers the words a body adds before or inside a name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import normalise_company, squash, word_set
from .naming import NOT_ORG, is_department, titled
from .spelling import GOVERNMENT_WORDS, names_an_organisation

# A line's first part ends at a separator a signature uses between the name and the rest.
_FIRST_PART = re.compile(r"\s*(?:\||·|•|,|;|–|—| - |\(|<)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|&")
_JOINERS = word_set("& of and de la del du des van der für y et")
# Words of desks and teams that follow a firm's name on a line but are no part of it.
_DESKS = word_set(
    "recruitment recruiting careers career talent hr people hiring jobs team teams desk office "
    "support personnel personalabteilung recrutement rh rrhh selección werving department "
    "administration building human resources"
)
# A partnership's last word: its name is whole ("Crumb & Co", "Dunn & Sons").
_WHOLE_ENDINGS = word_set("co cie sons söhne fils hijos partners associates")
# The shapes of words for a trade or an activity that close a firm's name, in five
# languages ("Staffing", "Architects", "Fabricators", "Consultancy", "Action", "Numérique",
# "Anlagenbau" apart): a town's name ("Leeds", "Lyon", "Sevilla") rarely has one.
_TRADE_SHAPE = re.compile(
    r"(?:ing|ers|ors|ists|ics|ures|ants|ents|ancy|ency|ions?|ies|ial|ives?|iques?|ung|ungen|"
    r"erie|eurs|ores|eros|istas|bau|technik|werk|ique|ía|ría|ij|erij)$",
    re.IGNORECASE,
)
_CORPORATE_TAIL = word_set("group services holdings international global worldwide")
_CODE = re.compile(r"[\d.]")
_MAX_ADDED = 3
_MAX_LINE = 90
_MAX_TEXT = 20_000


def written_on_a_line(
    name: str, texts: Iterable[str], people_names: set[str], display: str = ""
) -> str | None:
    """The longest line's first part that writes ``name`` and then up to three more words
    of a name (module docstring); None where no line does. A firm that writes as ``name``
    in its own display name ("Hollis & Dunn <jobs@...>") goes by it."""
    words = name.split()
    last = words[-1].lower().strip(".")
    if names_an_organisation(words) or last in _WHOLE_ENDINGS or last in GOVERNMENT_WORDS:
        # "Crumb & Co", "Wexley Hotel": whole already, a town may follow; "Harlan County
        # Parks Division": a local government's desk after its name
        return None
    own = normalise_company(display) or ""
    if own and squash(own).startswith(squash(name)):
        return None
    keys = [squash(w) for w in words]
    best: str | None = None
    seen: set[str] = set()  # a line met again gives the same answer: mail repeats its lines
    for text in texts:
        for line in text[:_MAX_TEXT].splitlines():
            line = line.strip(" \t>*")
            if not line or len(line) > _MAX_LINE or "@" in line or ":" in line or line in seen:
                continue
            seen.add(line)
            part = _FIRST_PART.split(line, maxsplit=1)[0].strip()
            full = normalise_company(part)
            if not full or full == name or full.lower() in people_names:
                continue
            found = _WORD.findall(full)
            if [squash(w) for w in found[: len(keys)]] != keys:
                continue
            added = found[len(keys) :]
            if _adds_a_name(added, full) and (best is None or len(full) > len(best)):
                best = full
    return best


def _adds_a_name(added: list[str], full: str) -> bool:
    """Whether the words after the short form go on with the name, not a desk, title or
    running text."""
    if not 1 <= len(added) <= _MAX_ADDED or added[-1].lower() in _JOINERS:
        return False
    if not all(w[:1].isupper() or w.lower() in _JOINERS for w in added):
        return False
    if any(_CODE.search(w) or (len(w) > 1 and w.isupper()) for w in added):
        return False  # "S.A.S.", "No. 6", "DPX4": a legal form, number or code
    if any(w.lower() in _DESKS for w in added) or NOT_ORG.search(" ".join(added)):
        return False
    if any(w.lower() in _CORPORATE_TAIL for w in added) or not _TRADE_SHAPE.search(added[-1]):
        return False  # "Leeds", "Sevilla": a town after the name; "Group": ``letterhead``'s
    return not titled(full) and not is_department(" ".join(added))
