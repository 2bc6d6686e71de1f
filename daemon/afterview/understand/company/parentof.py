"""The brand that hires, where the mail says it is part of the group whose name was found.

A school of a multi-academy trust, a shop of a retail group, a hotel of a chain sign "Thornfield
Academy | part of Riverbend Learning Trust", "Fernleaf Home, part of Marlow Group",
"Hotel Aurora – ein Unternehmen der Seeblick Gruppe": the domain and the footer often spell
the group, but the candidate applied to, and will work at, the brand. A person names the
brand. The group stays where the mail names no brand before it ("proud member of the X
Network" names a body the firm belongs to, not the firm).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import normalise_company, word_set

# The words that set a brand before its group, in five languages. Opens with a literal word,
# so a text without one is passed over in a single scan.
_PART_OF = re.compile(
    r"\b(?i:part\s+of|a\s+(?:division|subsidiary|brand|member\s+school)\s+of|"
    r"(?:ein\s+)?(?:Teil|Unternehmen|Tochter(?:unternehmen)?)\s+der|"
    r"onderdeel\s+van|une?\s+(?:filiale|marque|société)\s+d[eu]|filiale\s+d[eu]|membre\s+d[eu]|"
    # "forma parte del grupo X", never "por parte de X" (on X's behalf)
    r"una?\s+(?:empresa|filial|marca)\s+del?|forma\s+parte\s+del?)"
    r"[ \t]+(?:(?i:the|la|le|el|de|der|het)[ \t]+)?"
)
# What may stand between the brand and those words: a separator, "is", "proud(ly)"
_BETWEEN = re.compile(r"(?:[ \t]*[|,(–—·-])?[ \t]*(?:(?i:is|are|proud(?:ly)?|y|et|und)[ \t]+)*$")
_GOES_ON = re.compile(r"\w|[ \t]+[A-ZÀ-Þ]")
# The group's own word after the name found without it ("Noordkaap Retail" of "onderdeel van
# Noordkaap Retail Groep")
_GROUP_WORD = re.compile(r"[ \t]+(?:Groep|Group|Gruppe|Groupe|Grupo|Holding|Holdings)\b")
_MAX_WORDS = 6
_MAX_BEFORE = 120  # a name and its separator: no line's whole length is read back
_JOINERS = word_set("& of de la le du des van der den the y et und")
_NOT_BRANDS = word_set("we it this that our which who and but is are")


def brand_of(group: str, texts: Sequence[str]) -> str | None:
    """The brand a text writes as part of ``group`` (module docstring), or None."""
    flat = group.lower()
    for text in texts:
        if not text:
            continue
        for match in _PART_OF.finditer(text):
            end = match.end() + len(group)
            if text[match.end() : end].lower() != flat:
                continue  # another group
            if _GOES_ON.match(text, end) and not _GROUP_WORD.match(text, end):
                continue  # one whose name goes on ("Marlow Retail"), but for its group's word

            line_start = text.rfind("\n", 0, match.start()) + 1
            before = text[max(line_start, match.start() - _MAX_BEFORE) : match.start()]
            brand = _name_ending(before[: _BETWEEN.search(before).start()])
            if brand and brand.lower() != flat:
                return brand
    return None


def _name_ending(text: str) -> str | None:
    """The capitalised run that ends ``text`` ("Thornfield Academy"), or None."""
    words = text.split()
    taken: list[str] = []
    for word in reversed(words):
        if len(taken) >= _MAX_WORDS:
            return None  # running text, not a name
        if not taken and word.lower() in _NOT_BRANDS:
            return None  # "We are part of X": the writer's own firm, no brand
        if taken and word[-1] in ".!?:":
            break  # the sentence before: "... applying to Larchfield Care. We"
        if word[:1].isupper() or (taken and word.lower() in _JOINERS):
            taken.insert(0, word)
            continue
        break
    while taken and taken[0].lower() in _JOINERS:
        taken.pop(0)
    if not taken or taken[0].lower() in _NOT_BRANDS:
        return None
    name = normalise_company(" ".join(taken))
    return name if name and name[:1].isupper() else None
