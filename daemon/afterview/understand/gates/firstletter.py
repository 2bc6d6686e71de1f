"""Phrase alternations grouped by their first character, and written plainly again.

``re`` tries every alternative of an ignore-case alternation at each position of the text;
:func:`by_first_letter` puts each group of alternatives behind a look-ahead for the letters
they can start with, so that most positions cost one class test. The phrase lists are built
this way at import; :func:`plain_source` gives back the source they were made from, for the
prefilter's anchors (:mod:`.anchors`), which read the words of a phrase list.
"""

from __future__ import annotations

import re
from re import _constants as _c  # the parser behind ``re`` (``sre_parse`` before 3.11)
from re import _parser as _sre

from .patternparts import top_level


def by_first_letter(alternation: str, flags: int) -> str:
    """``(?:alternation)`` rewritten to try only the alternatives that can start with the
    character at hand: the same matches, found sooner.

    ``re`` tries a case-insensitive alternation's branches one by one at every position,
    even those whose first letter is not there. Here the alternatives are grouped by their
    possible first characters, each group opened by a look-ahead for them (``(?=[cC])``,
    under the same flags, so that case-fold extras such as "ſ" for "s" or the Kelvin sign for
    "k" pass exactly where the alternatives' own letters would). A group keeps its members
    in their order, and the alternatives whose first character cannot be told (``\\d+``, an
    optional opening) join every group and a last one for the other characters: at any
    position the branches tried, and their order, are those the plain alternation would
    succeed with. Patterns with capturing groups, back references or inline flags are left
    as they are (their numbering or meaning would change).
    """
    plain = f"(?:{alternation})"
    alternatives = top_level(alternation)
    try:
        compiled = re.compile(alternation, flags)
    except re.error:
        return plain
    if (
        alternatives is None
        or len(alternatives) < 2
        or compiled.groups  # no groups: no back references either
        or re.match(r"\(\?[aiLmsux]+\)", alternation)  # global flags would be cut off
    ):
        return plain
    firsts = [_first_characters(list(_sre.parse(alt, flags)), flags) for alt in alternatives]
    if any(_DIGIT in first for first in firsts if first) and any(
        re.fullmatch(r"\d", char, flags) for first in firsts if first for char in first
    ):
        # a digit written out and "\d" would open two groups that both pass at that digit:
        # the alternatives opening with "\d" join every group, as those of unknown opening do
        firsts = [None if first and _DIGIT in first else first for first in firsts]
    keys: list[str] = []  # one character of each class of characters the flags make equal
    for first in firsts:
        for char in sorted(first or ()):
            if not any(_same(char, key, flags) for key in keys):
                keys.append(char)
    if not keys:
        return plain
    classes = {key: sorted({c for f in firsts for c in f or () if _same(c, key, flags)})
               for key in keys}  # fmt: skip
    every = [c for chars in classes.values() for c in chars]
    unknown = [alt for alt, first in zip(alternatives, firsts, strict=True) if first is None]
    parts = []
    for key in keys:
        members = [
            alt
            for alt, first in zip(alternatives, firsts, strict=True)
            if first is None or any(_same(c, key, flags) for c in first)
        ]
        parts.append(f"(?=[{_escaped(classes[key])}])(?:{'|'.join(members)})")
    if unknown:
        parts.append(f"(?![{_escaped(every)}])(?:{'|'.join(unknown)})")
        grouped = f"(?:{'|'.join(parts)})"
    else:
        # one look-ahead for all the groups' letters first: most positions fail it at once
        # instead of failing each group's (a look-ahead is no cheap branch test in ``re``)
        grouped = f"(?:(?=[{_escaped(every)}])(?:{'|'.join(parts)}))"
    _PLAIN[grouped] = plain
    return grouped


def opening_class(source: str, flags: int) -> str | None:
    """The characters every match of ``source`` opens with, written for a character class
    (``(?=[...])`` before a pattern that no lead gates), or None when that cannot be said."""
    try:
        first = _first_characters(list(_sre.parse(source, flags)), flags)
    except re.error:
        return None
    return _escaped(sorted(first)) if first else None


_PLAIN: dict[str, str] = {}  # grouped alternation -> the plain one it was made from


def plain_source(source: str) -> str:
    """``source`` with the alternations :func:`by_first_letter` grouped written plainly again,
    for readers of a pattern's syntax (the prefilter's anchors): the same matches, without
    the look-aheads they cannot see through."""
    for grouped, plain in _PLAIN.items():
        if grouped in source:
            source = source.replace(grouped, plain)
    return source


_DIGIT = "\\d"  # an alternative opening with "\\d": written as such into the classes


def _same(a: str, b: str, flags: int) -> bool:
    """Whether the flags make ``a`` and ``b`` the same character (case folding)."""
    return a == b or (
        _DIGIT not in (a, b)
        and bool(re.fullmatch(re.escape(a), b, flags) and re.fullmatch(re.escape(b), a, flags))
    )


def _escaped(chars: list[str]) -> str:
    return "".join(c if c == _DIGIT else re.escape(c) for c in chars)


def _first_characters(items: list, flags: int) -> set[str] | None:
    """The characters (as written) one of which every match of the parsed items starts
    with, or None when that cannot be said."""
    for index, (op, av) in enumerate(items):
        if op is _c.AT:
            continue  # \b and ^ consume nothing
        if op is _c.LITERAL:
            return {chr(av)}
        if op is _c.IN:
            if all(o is _c.LITERAL for o, _ in av):
                return {chr(a) for _, a in av}
            if av == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
                return {_DIGIT}  # "\\d" (every digit Unicode knows, not only 0-9)
            return None
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None  # flags changed inside: the look-ahead would not see them
            return _first_characters(list(av[3]), flags)
        if op is _c.BRANCH:
            found: set[str] = set()
            for alternative in av[1]:
                first = _first_characters(list(alternative), flags)
                if first is None:
                    return None
                found |= first
            return found
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            first = _first_characters(list(av[2]), flags)
            if av[0] > 0 or first is None:
                return first
            # an optional opening ("(?:base\\s+)?salary"): its characters or those after it
            rest = _first_characters(items[index + 1 :], flags)
            return None if rest is None else first | rest
        return None
    return None
