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

from ..role.title import names_a_job
from .branchplace import is_place
from .names import NAME_ENDINGS, has_legal_form, normalise_company, squash, word_set
from .naming import NOT_ORG, is_department, titled
from .spelling import GOVERNMENT_WORDS, is_institution, names_an_organisation

# A line's first part ends at a separator a signature uses between the name and the rest.
_FIRST_PART = re.compile(r"\s*(?:\||·|•|,|;|–|—| - |\(|<)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|&")
_JOINERS = word_set("& of and de la del du des van der für y et")
# Words of desks and teams that follow a firm's name on a line but are no part of it.
_DESKS = word_set(
    "recruitment recruiting careers career talent hr people hiring jobs team teams desk office "
    "support personnel personalabteilung recrutement rh rrhh selección werving department "
    "administration building human resources exams examinations assessments"
)
# A partnership's last word: its name is whole ("Crumb & Co", "Dunn & Sons").
_WHOLE_ENDINGS = word_set("co cie sons söhne fils hijos partners associates")
# The shapes of words for a trade or an activity that close a firm's name, in five
# languages ("Staffing", "Architects", "Fabricators", "Consultancy", "Action", "Numérique",
# "Anlagenbau" apart): a town's name ("Leeds", "Lyon", "Sevilla") rarely has one.
_TRADE_SHAPE = re.compile(
    r"(?:ing|ers|ors|ists|ics|cts|ures|ants|ents|ancy|ency|ions?|ies|ial|ives?|iques?|ung|ungen|"
    r"erie|eurs|ores|eros|istas|bau|technik|werk|ique|ía|ría|ij|erij)$",
    re.IGNORECASE,
)
_CORPORATE_TAIL = word_set("group services holdings international global worldwide")
# The word that closes a home's or a house's name: "Larchfield House Care Home"
_PLACE_OF_CARE = word_set("home homes heim huis hogar maison")
_BEFORE_HOME = word_set("care nursing residential")
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
    # "Crumb & Co", "Wexley Hotel": whole already, a town may follow; "Harlan County Parks
    # Division": a local government's desk after its name; only a care home's "Home" may
    # still close a name of care ("Larchfield House Care" -> "... Care Home")
    whole = names_an_organisation(words) or last in _WHOLE_ENDINGS or last in GOVERNMENT_WORDS
    # "Institut Weißtanne": a body's own word makes a whole name; its field only describes it
    whole = whole or is_institution(name) or _opened_by_a_body(words)
    # "Vlasman & Kok" is a partnership's whole name: only a first part or one after a title
    # that ends in a trade's word ("Hollis & Dunn Chartered Accountants") goes on with it
    partners = "&" in words
    if whole and last not in _BEFORE_HOME:
        return None
    own = normalise_company(display) or ""
    if own and squash(own) == squash(name):
        return None  # the firm's own display name is the short form: it goes by that
    keys = [squash(w) for w in words]
    best: str | None = None
    seen: set[str] = set()  # a line met again gives the same answer: mail repeats its lines
    for text in texts:
        for line in text[:_MAX_TEXT].splitlines():
            line = line.strip(" \t>*")
            if not line or len(line) > _MAX_LINE or "@" in line or ":" in line or line in seen:
                continue
            seen.add(line)
            for full, legal, lead in _name_parts(line):
                if partners and not lead:
                    continue
                if full == name or full.lower() in people_names:
                    continue
                found = _WORD.findall(full)
                if [squash(w) for w in found[: len(keys)]] != keys:
                    continue
                added = found[len(keys) :]
                if whole and not (len(added) == 1 and added[0].lower() in _PLACE_OF_CARE):
                    continue
                if _adds_a_name(added, full, legal, strict=partners) and (
                    best is None or len(full) > len(best)
                ):
                    best = full
    return best


def _opened_by_a_body(words: list[str]) -> bool:
    """A name a body's or an organisation's own word opens ("Institut Weißtanne",
    "Universiteit Lindeveld", "Hotel Miramar"): what follows it is its field, not its name."""
    first = words[0].lower()
    return len(words) >= 2 and (first in _BODY_OPENERS or names_an_organisation([first]))


_BODY_OPENERS = word_set(
    "institut instituut instituto universität université universiteit universidad università "
    "stiftung stichting fondation fundación fondazione hochschule hogeschool klinikum "
    "ziekenhuis hôpital hospital"
)


def _name_parts(line: str) -> list[tuple[str, bool, bool]]:
    """The parts of a line that may write a name, each with whether a legal form closes it
    and whether it leads the line or follows a job title: its first, and any after it
    ("Karen Whitlock - Registered Manager, Larchfield House Care Home", "Partner · Saltmarsh
    Studio"), as signatures set a title before the employer; not one after a desk
    ("Talent Acquisition | Orbitkit Software Pvt. Ltd."), which gives the registered name
    beside the desk, not the one people use. A part must still begin with the short form's
    words, so an address's town stays out."""
    found = []
    parts = [p.strip() for p in _FIRST_PART.split(line)]
    for i, part in enumerate(parts):
        before = parts[i - 1] if i else ""
        if before and _after_a_desk(before):
            continue
        name = normalise_company(part)
        if name:
            found.append((name, has_legal_form(part), not before or names_a_job(before)))
    return found


def _after_a_desk(part: str) -> bool:
    """A part that names a desk or team ("Talent Acquisition", "People Team")."""
    words = [w.lower() for w in _WORD.findall(part)]
    if not words or names_a_job(part):
        return False  # "Office Manager", "HR Coordinator": a person's title
    return any(w in _DESKS for w in words) or is_department(part)


def _adds_a_name(added: list[str], full: str, legal: bool = False, strict: bool = False) -> bool:
    """Whether the words after the short form go on with the name, not a desk, title or
    running text: they end in a trade's or an organisation's word ("Saltmarsh Studio",
    "Tessellate AI", "Donaublick Analytics"), or a legal form closes them, which registers
    the whole name ("Severn Valve & Controls Ltd")."""
    if not 1 <= len(added) <= _MAX_ADDED or added[-1].lower() in _JOINERS:
        return False
    if not all(w[:1].isupper() or w.lower() in _JOINERS for w in added):
        return False
    # "S.A.S.", "No. 6", "DPX4": a legal form, number or code; "AI" is a sector's word
    if any(_CODE.search(w) or (len(w) > 1 and w.isupper() and not _sector(w)) for w in added):
        return False
    if any(w.lower() in _DESKS for w in added) or NOT_ORG.search(" ".join(added)):
        return False
    if any(w.lower() in _CORPORATE_TAIL for w in added):
        return False
    last = added[-1]
    if not (
        _TRADE_SHAPE.search(last)
        or last.lower() in _PLACE_OF_CARE
        or (not strict and names_an_organisation([last]))
        or (not strict and legal and not is_place(last))
    ):
        return False  # "Leeds", "Sevilla": a town after the name; "Group": ``letterhead``'s
    # a desk never carries a legal form: "Donaublick Analytics GmbH" is the firm
    return not titled(full) and (legal or not is_department(" ".join(added)))


def _sector(word: str) -> bool:
    """An upper-case word that names a sector ("AI"), not a code or a legal form."""
    return word.lower() in NAME_ENDINGS


# "Co." written straight after the name and closing it: not "Co., Ltd." nor "Co. KG"
_BRAND_CO = re.compile(r"[ \t]+Co\.(?![ \t]*,|[ \t]*(?i:ltd|limited|kg|inc|llc)\b|\w)")


def with_brand_co(name: str, texts: Iterable[str]) -> str:
    """The name with the "Co." its brand writes after it ("Drift Coffee Co.", "The Paddock
    Pub Co."): a trade name people use whole, unlike the legal form "Co., Ltd."."""
    if name.split()[-1].lower().strip(".") in _WHOLE_ENDINGS:
        return name
    for text in texts:
        text = text[:_MAX_TEXT]
        if " Co." not in text and "\tCo." not in text:
            continue  # most mail writes no "Co." at all: spare the search for the name
        for start in _starts_of(name, text):
            if _BRAND_CO.match(text, start + len(name)):
                return f"{name} Co."
    return name


def _starts_of(name: str, text: str) -> Iterable[int]:
    """Where ``name`` starts as whole words in ``text``."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = text[start - 1 : start] if start else ""
        if not before.isalnum() and not text[end : end + 1].isalnum():
            yield start
        start = text.find(name, start + 1)


_ARTICLES = ("The", "Le", "La", "Les", "El", "Los", "Las", "De", "Het")
# The article before a name that opens a line, or a line's part after a separator: a
# letterhead's or a display's place, not a sentence's
_ARTICLE_OPENING = re.compile(
    rf"(?:(?<=[\n|·•–—,])|^)[ \t>*]*(?P<article>{'|'.join(_ARTICLES)})[ \t]+$"
)
# what may follow the name there: the line's end, a separator, an address or a bracket
_NAME_CLOSED = re.compile(r"[ \t]*(?:$|[\n,|<(·–])")


def with_article(name: str, texts: Iterable[str]) -> str:
    """The name with the article it carries where a line writes it whole, as a letterhead
    or a display name does ("The Lowther Institute", "From: The Wexley Hotel"); an article
    that opens a sentence ("The Wexley team will call") proves nothing."""
    if name.split()[0] in _ARTICLES:
        return name
    for text in texts:
        text = text[:_MAX_TEXT]
        for start in _starts_of(name, text):
            found = _ARTICLE_OPENING.search(text, max(0, start - 24), start)
            if found and _NAME_CLOSED.match(text, start + len(name)):
                return f"{found.group('article')} {name}"
    return name
