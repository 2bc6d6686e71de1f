"""What a compiled pattern's source and syntax tree say of every match, for the gates in
:mod:`afterview.understand.gates.leads`: the top-level alternatives of a source, the literal runs
every match holds, whether every match holds a digit; and a cache keyed by the pattern
object, which these answers are kept in.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from re import _constants as _c  # the parser behind ``re`` (``sre_parse`` before 3.11)
from re import _parser as _sre
from typing import TypeVar

_T = TypeVar("_T")
_K = TypeVar("_K")
_MAX_CACHED = 4096  # far more patterns than the rules have


def by_identity(func: Callable[[_K], _T]) -> Callable[[_K], _T]:
    """``func`` remembered for each pattern object (or phrase list). ``lru_cache`` would hash
    the pattern, and a compiled pattern's hash reads its whole program (64 µs for a
    4,000-character phrase alternation): more than the searches the answer spares; a list
    cannot be hashed at all. They are module constants; an entry keeps its key alive, so an
    id is never another object's."""
    store: dict[int, tuple[_K, _T]] = {}

    @functools.wraps(func)
    def cached(pattern: _K) -> _T:
        entry = store.get(id(pattern))
        if entry is None or entry[0] is not pattern:
            if len(store) >= _MAX_CACHED:  # patterns made on the fly must not pile up
                store.clear()
            entry = store[id(pattern)] = (pattern, func(pattern))
        return entry[1]

    return cached


def syntax_of(pattern: re.Pattern[str]) -> list | None:
    """The items of ``pattern``'s syntax tree as ``re`` parses it (None: a pattern its parser
    refuses here, about which the readers below say nothing certain)."""
    try:
        return list(_sre.parse(pattern.pattern, pattern.flags))
    except Exception:
        return None


@by_identity
def needed_runs(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lower-cased runs of ASCII literals (three or more) that every match of ``pattern``
    contains: those outside any optional part or alternation ("viewing" in
    ``\\w+'s\\s+viewing``)."""
    items = syntax_of(pattern)
    if items is None or pattern.flags & re.LOCALE:
        return ()
    runs: list[str] = []
    _runs_in(items, runs)
    return tuple(run.lower() for run in runs if len(run) >= _RUN)


_RUN = 3  # shorter runs are in almost every text


def _runs_in(items: list, runs: list[str]) -> None:
    """Append to ``runs`` the literal runs every match of the parsed items goes through."""
    run = ""
    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run += chr(av)
            continue
        runs.append(run)
        run = ""
        if op is _c.SUBPATTERN and not (av[1] or av[2]):
            _runs_in(list(av[3]), runs)
        elif op is _c.BRANCH and len(av[1]) == 1:
            _runs_in(list(av[1][0]), runs)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] > 0:
            _runs_in(list(av[2]), runs)
    runs.append(run)


@by_identity
def needed_choices(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Choices one of whose lower-cased ASCII openings (three letters or more) every match of
    ``pattern`` contains: an alternation outside any optional part, each of whose
    alternatives opens with such a run ("role", "position" or "job" of
    ``\\s+(?P<post>role|position|job)\\b``). An alternation with a shorter or no such
    opening in one alternative is no choice here."""
    items = syntax_of(pattern)
    if items is None or pattern.flags & re.LOCALE:
        return ()
    choices: list[tuple[str, ...]] = []
    _choices_in(items, choices)
    return tuple(choices)


def _choices_in(items: list, choices: list[tuple[str, ...]]) -> None:
    """Append to ``choices`` those of the alternations every match of the items goes through
    (flags inside a group do not matter: the texts are compared lower-cased)."""
    for op, av in items:
        if op is _c.SUBPATTERN:
            _choices_in(list(av[3]), choices)
        elif op is _c.BRANCH and len(av[1]) == 1:
            _choices_in(list(av[1][0]), choices)
        elif op is _c.BRANCH:
            openings = tuple(_opening(list(alternative)) for alternative in av[1])
            if all(len(opening) >= _RUN for opening in openings):
                choices.append(openings)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] > 0:
            _choices_in(list(av[2]), choices)


def _opening(items: list) -> str:
    """The lower-cased run of ASCII literals the parsed items open with."""
    run = ""
    for op, av in items:
        if op is not _c.LITERAL or av >= 128:
            break
        run += chr(av)
    return run.lower()


def inner_alternatives(source: str) -> list[str] | None:
    """A pattern of one group after zero-width openings ("\\b(?=\\w)(?:a|b|c)\\b") as the
    whole pattern with each of the group's alternatives alone in it: a text holds a match of
    the pattern exactly when it holds a match of one of them."""
    at = 0
    while True:
        if source.startswith("\\b", at):
            at += 2
        elif source.startswith(("(?=", "(?!", "(?<=", "(?<!"), at):
            at = _group_end(source, at)
            if at < 0:
                return None
        else:
            break
    if not source.startswith("(?:", at):
        return None
    end = _group_end(source, at)
    if end < 0 or source[end : end + 1] in ("*", "+", "?", "{"):
        return None  # a repeated group is no choice between its alternatives
    inner = top_level(source[at + 3 : end - 1])
    if inner is None:
        return None
    return [f"{source[:at]}(?:{alt}){source[end:]}" for alt in inner]


def _structure(source: str, at: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each ``(``, ``)`` and ``|`` of a pattern's source from ``at`` on, outside escapes and
    character classes, with the depth of groups after it; a last ``(len, "", depth)`` says
    where the walk ended and ``"["`` there that a class was left open."""
    depth, in_class = 0, False
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # a "]" right after "[" or "[^" is a literal member, not the end
            if source[at + 1 : at + 2] == "^":
                at += 1
            if source[at + 1 : at + 2] == "]":
                at += 1
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield at, char, depth
        at += 1
    yield len(source), "[" if in_class else "", depth


def _group_end(source: str, at: int) -> int:
    """The position after the ")" closing the group opened at ``at`` (-1: unbalanced)."""
    for where, char, depth in _structure(source, at):
        if char == ")" and depth == 0:
            return where + 1
    return -1


def top_level(source: str) -> list[str] | None:
    """``source`` cut at the ``|`` outside groups and character classes (None: unbalanced)."""
    parts, start = [], 0
    for where, char, depth in _structure(source):
        if depth < 0:
            return None
        if char == "|" and depth == 0:
            parts.append(source[start:where])
            start = where + 1
        elif where == len(source) and (depth or char == "["):
            return None
    parts.append(source[start:])
    return parts


@by_identity
def needs_digit(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` holds a digit ("3 pm", "14:00", "24.11."): a text
    without one (``\\d``, unicode) cannot match it, which one cheap search tells."""
    items = syntax_of(pattern)
    return items is not None and _holds_digit(items)


_DIGIT_CATEGORIES = (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT)


def _holds_digit(items: list) -> bool:
    """Whether every match of the parsed sequence goes through a digit."""
    for op, av in items:
        if op is _c.LITERAL and chr(av) in "0123456789":
            return True
        if op is _c.IN and av and all(_is_digit_member(o, a) for o, a in av):
            return True
        if op is _c.SUBPATTERN and _holds_digit(list(av[3])):
            return True
        if op is _c.BRANCH and all(_holds_digit(list(alt)) for alt in av[1]):
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] > 0 and _holds_digit(list(av[2])):
            return True
    return False


def _is_digit_member(op: object, av: object) -> bool:
    if op is _c.CATEGORY:
        return av in _DIGIT_CATEGORIES
    if op is _c.RANGE:
        low, high = av  # type: ignore[misc]
        return chr(low) >= "0" and chr(high) <= "9"
    return op is _c.LITERAL and chr(av) in "0123456789"  # type: ignore[arg-type]
