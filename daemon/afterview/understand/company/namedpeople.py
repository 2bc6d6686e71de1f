"""Whether a name a phrase gives is a person's, and the employer a service's mail names.

"Your interview with Priya Nair" names the interviewer, "Kennismaking Sanne Verhoeven" a
person, "interview with Mikko" part of one: none is the employer. A service writing as
itself names the employer by a phrase, a signing desk or beside the event.

Why a module of its own: ``employer`` orders the evidence; these tell a person's name from a
firm's among the names phrases give, which several kinds of evidence need alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..body.text import whole_word_ends
from .names import normalise_company
from .naming import beside_the_role, desks_signing, from_phrases
from .spelling import names_an_organisation


def akin(name: str, other: str) -> bool:
    """Names that share a word: "Kestrel Water" beside "Kestrel Water Early Careers" is
    the sender's own, not a client a service writes for."""
    return bool({w.lower() for w in name.split()} & {w.lower() for w in other.split()})


def told(texts: Sequence[str], people_names: set[str]) -> Iterator[str]:
    """The employer a service's mail names: by a phrase ("Retail Assistant at Oldfield
    Pharmacy", "your application to X"), by the desk that signs ("Office for Curriculum
    Standards Recruitment Team"), or beside the event in the subject where the mail names
    it twice ("Culture fit chat – Bravamar", "Notes from Bravamar")."""
    desks = signing_desks(texts)
    yield from beside_desks(from_phrases("\n".join(texts[:2])), desks)
    yield from desks
    body = "\n".join(texts[1:])
    for name in beside_the_role(texts[0] if texts else "", body):
        if not holds_a_name(name, people_names) and len(list(whole_word_ends(body, name))) >= 2:
            yield name


def signing_desks(texts: Sequence[str]) -> list[str]:
    """The firm's desks that sign the mail ("The Cobaltine Software Recruiting Team"), read
    from its new text and signature (``texts[1:3]``, after the subject)."""
    return desks_signing("\n".join(texts[1:3])) if len(texts) > 1 else []


def beside_desks(phrased: Sequence[str], desks: Sequence[str]) -> list[str]:
    """Names a phrase gives, less those that read as a person's where a firm's desk signs
    the mail (``desks``: :func:`signing_desks`): "Your interview with Priya Nair" over "The
    Cobaltine Software Recruiting Team" names the interviewer; the desk's line, put in its
    place, names the employer."""
    if not desks:
        return list(phrased)
    kept = [n for n in phrased if any(akin(n, d) for d in desks) or not reads_as_person(n)]
    # the desk stands in for the person's name it outweighed, where it did
    return kept if len(kept) == len(phrased) else [*kept, *desks]


def reads_as_person(name: str) -> bool:
    """Two or three capitalised words, none an organisation's or initials: "Priya Nair"."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and not names_an_organisation(words)
    )


def holds_a_name(segment: str, people_names: set[str]) -> bool:
    """A person's full name, alone or in a segment ("Kennismaking Sanne Verhoeven"), or
    their initial and surname ("M Delahunt"), or a first name known alone with a surname."""
    words = segment.lower().split()
    for full in people_names:
        parts = full.replace(",", " ").split()
        n = len(parts)
        if n >= 2 and any(words[i : i + n] == parts for i in range(len(words) - n + 1)):
            return True
        if len(words) == 2 and len(words[0].rstrip(".")) == 1 and parts[-1:] == words[1:]:
            return True  # "M Delahunt": an initial and a surname
        if len(words) == 2 and parts == words[:1] and not names_an_organisation(words):
            return True  # "Sam Lee" of the candidate known as "Sam <sam@...>"
    return segment.lower() in people_names


def part_of_a_name(name: str, people_names: set[str]) -> bool:
    """A person's name or part of it: "interview with Mikko" beside "Mikko Heikkinen". A
    desk writing under a display name ("Tallyhive Recruiting") is no person."""
    words = name.lower().split()
    for full in people_names:
        if normalise_company(full) != full:
            continue
        parts = full.replace(",", " ").split()
        if any(parts[i : i + len(words)] == words for i in range(len(parts))):
            return True
    return False
