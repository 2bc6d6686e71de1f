"""What every match of a compiled pattern starts with, read from its syntax tree.

:func:`leading_words` returns the lower-cased literal strings one of which every match begins
with (split into those that start a word and those that may stand anywhere), or None when
that cannot be said (a pattern opening with ``\\w*`` or an optional group). Kept apart from
:mod:`.leads`, which uses the answer on texts, because this half walks ``re``'s parser
output and knows nothing of texts; :mod:`.lowergate` reads it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as _c  # the parser behind ``re`` (``sre_parse`` before 3.11)

from .patternparts import by_identity, syntax_of

MIN_LEAD = 2  # shorter leads ("a") are in every text and gate nothing
PREFIX = 8  # word beginnings are compared up to this many letters
WORD = re.compile(r"\w+")
_SMALL_CLASS = 4  # a character class of up to this many letters is spelt out as leads


@dataclass(frozen=True)
class Leads:
    """``starts``: words one of which a matching text has a word beginning with;
    ``inside``: strings one of which a matching text contains anywhere."""

    starts: frozenset[str]
    inside: frozenset[str]


@by_identity
def leading_words(pattern: re.Pattern[str]) -> Leads | None:
    """What every match of ``pattern`` starts with (None: nothing certain)."""
    items = syntax_of(pattern)
    if items is None:  # an exotic pattern: no gate, the search decides
        return None
    found = _leads(items, anchored=False)
    if not found or any(len(lead) < MIN_LEAD for lead, _ in found):
        return None
    starts, inside = set(), set()
    for lead, anchored in found:
        lead = lead.lower()
        word = WORD.match(lead)
        if anchored and word and word.end() >= MIN_LEAD:
            starts.add(word.group(0)[:PREFIX])  # it begins a word of the text
        else:
            inside.add(lead)
    return Leads(frozenset(starts), frozenset(inside))


def _leads(items: list, anchored: bool) -> set[tuple[str, bool]] | None:
    """Literal prefixes of a sequence of parsed items (with whether a word boundary stands
    before them); stops at the first item that is not a literal."""
    out = {("", anchored)}
    for index, (op, av) in enumerate(items):
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and all(not x for x, _ in out):
            # an optional opening ("(?:your )?booking"): its leads, or those after it
            anchor = next(iter(out))[1]
            optional = _leads(list(av[2]), anchor)
            rest = _leads(items[index + 1 :], anchor)
            if not optional or not rest or any(not x for x, _ in optional | rest):
                return {("", anchor)}
            return optional | rest
        if op is _c.AT:
            if all(not lead for lead, _ in out):
                boundary = av in (_c.AT_BOUNDARY, _c.AT_UNI_BOUNDARY, _c.AT_BEGINNING)
                out = {("", anchored or boundary)}
                continue  # a leading \b or ^ is zero-width
            break
        if op in (_c.ASSERT, _c.ASSERT_NOT) and all(not lead for lead, _ in out):
            # a look-around opening ("(?=\\w)", "(?<!at the )") consumes nothing: the match
            # starts after it
            continue
        if op is _c.LITERAL:
            out = {(lead + chr(av), a) for lead, a in out}
            continue
        if op is _c.IN and 0 < len(av) <= _SMALL_CLASS and all(o is _c.LITERAL for o, _ in av):
            out = {(lead + chr(char), a) for lead, a in out for _, char in av}  # "r[ée]serv"
            continue
        sofar = sorted(out)
        if op is _c.SUBPATTERN and not (av[1] or av[2]):  # a group without flag changes
            inner = [_leads(list(av[3]), a) for _, a in sofar]
        elif op is _c.BRANCH:
            inner = [_branch(av[1], a) for _, a in sofar]
        else:
            break
        if any(i is None for i in inner):
            break
        out = {
            (lead + more, a if lead else b)
            for (lead, a), found in zip(sofar, inner, strict=True)
            for more, b in found or ()
        }
        break  # after a group its alternatives may end anywhere: stop there
    return out


def _branch(alternatives: list, anchored: bool) -> set[tuple[str, bool]] | None:
    found: set[tuple[str, bool]] = set()
    for alternative in alternatives:
        leads = _leads(list(alternative), anchored)
        if not leads or any(not lead for lead, _ in leads):
            return None
        found |= leads
    return found
