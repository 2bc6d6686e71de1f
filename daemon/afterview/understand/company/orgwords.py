"""Words that say a name is an organisation's, and which kind: a public body, a trade, a group.

"Kelvedon College of Arts" is an institution's full name, "Copperleaf Bakeries" ends in a
trade's word, "Lakeshore County" in a local government's. Matching a domain's label
(``spelling.py``) and reading a signature or a branch's line (``naming``, ``branchplace``,
``fullline``) ask the same questions of a run's words, so the word lists live here once.
Other modules import these names through ``spelling``, where they always lived.
"""

from __future__ import annotations

from collections.abc import Sequence

from .names import NAME_ENDINGS, word_set

# Words that end the full names of public bodies, schools, charities and trusts.
_INSTITUTION = word_set(
    "trust council academy school college university hospital hospice association society "
    "authority federation institute commission constabulary museum library charity "
    "partnership foundation schools district"
)


def institutional(tokens: Sequence[str]) -> bool:
    """A public body's full name: "... Trust", "... College of Arts"."""
    if len(tokens) >= 4 and tokens[-2] == "of":
        tokens = tokens[:-2]
    return len(tokens) >= 2 and tokens[-1].lower() in _INSTITUTION


def is_institution(name: str) -> bool:
    """A public body's, school's or charity's full name ("Kelvedon College of Arts")."""
    return institutional(name.split())


# The words that end the names of local governments, whose desks follow them.
GOVERNMENT_WORDS = word_set("county city town borough township parish village municipality")


def names_an_organisation(words: Sequence[str]) -> bool:
    """Whether words after a name say what kind of organisation it is ("Retail", "Health
    Centre", "Group"), rather than where ("Stockport") or which branch."""
    last = words[-1].lower().strip(".")
    # a trade's word in the plural too: "Copperleaf Bakeries", "Northway Pharmacies"
    single = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else ""
    return any(
        w in NAME_ENDINGS or w in _INSTITUTION or w in _ORGANISATION_WORDS
        for w in (last, single)
        if w
    )


# Words that end organisations' names besides sector words and public bodies' endings.
_ORGANISATION_WORDS = word_set(
    "group groep gruppe groupe grupo services service holdings holding international global "
    "worldwide enterprises company centre center centres centers home homes lodge inn inns "
    "house hall club team system department agency board office ministry district hotel "
    "restaurant pub bar cafe café bistro brasserie kitchen diner pizzeria deli grill garden "
    "gardens surgery practice "
    "manor tavern tower suites resorts"
)

# the same lists, for splitting a domain's label into words (``labelsplit``)
ORGANISATION_WORDS = _ORGANISATION_WORDS
INSTITUTION_WORDS = _INSTITUTION
