"""What a text must contain before a pattern can match it: cheap gates for expensive regexes.

The classifier's phrase lists are regular expressions with word boundaries and bounded
windows; searching a page of text with all of them costs milliseconds. Most mail contains
none of their words, so a far cheaper question settles it: does the text contain the
literal pieces every match would have to contain? :func:`anchors_of` reads a compiled
pattern's syntax tree (as grep engines do) and returns those pieces in conjunctive form: one
set of alternatives per required piece. A text lacking every member of one set cannot
match, so a :class:`Gate` never says "no" when the pattern would say "yes"; it may say "yes"
when the pattern would not, which only costs the exact look it was meant to spare.

Pieces are tested against the text's words, not its characters: a piece that the pattern
puts at the start of a word is looked up among the words' beginnings, one that also ends a
word among whole words, and only the rare piece that may start inside a word ("\\w*gespräch")
is searched as a substring. That keeps a gate of hundreds of pieces at tens of microseconds.

The anchors are derived from the patterns themselves, so they follow the lexicon as it
changes; nothing here repeats its words. :mod:`.anchorindex` files the anchors of whole
phrase lists by piece and answers for a text (its ``Gates`` and ``Words``).
"""

from __future__ import annotations

import re
from re import _constants as _c  # the parser behind ``re`` (``sre_parse`` before 3.11)
from re import _parser as _sre
from typing import NamedTuple

from ..phrases.cues import STOPWORDS
from .firstletter import plain_source

MIN_PREFIX = 2  # a word's first letters: "cv" still picks few words
MIN_SUB = 3  # a substring anywhere: shorter ones are in every text
_MAX_TERMS = 64  # choices crossed into one branch's terms, at most
WORD = re.compile(r"\w+")  # a word, as pieces and texts are cut into them
_WORD_CHAR = re.compile(r"\w")
_BOUNDARIES = (_c.AT_BOUNDARY, _c.AT_UNI_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_LINE,
               _c.AT_END, _c.AT_END_LINE, _c.AT_BEGINNING_STRING, _c.AT_END_STRING)  # fmt: skip
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))


class Piece(NamedTuple):
    """One test on a text: ``word`` (a whole word), ``prefix`` (a word's start), ``sub``
    (inside a word or across words), ``phrase`` (words in this order, checked last)."""

    kind: str
    text: str


Term = frozenset[Piece]  # all of these must be found
Clause = frozenset[Term]  # at least one of these terms must be found

# Words in nearly every text: a clause of them is sound but lets everything through.
COMMON_WORDS = frozenset().union(*STOPWORDS.values()) | frozenset(
    re.findall(
        r"\w+",
        "a an i it in on at of or as by if so not no do be is me my us up out off new more "
        "other with for from this that then time will would can could",
    )
)


def _char(op, av) -> str | None:
    """A single character, also when written as a case class like ``[Ff]``."""
    if op is _c.LITERAL:
        return chr(av).lower()
    if op is _c.IN and av and all(o is _c.LITERAL for o, _ in av):
        chars = {chr(v).lower() for _, v in av}
        if len(chars) == 1:
            return chars.pop()
    return None


def _spaces(op, av) -> bool:
    """``\\s+`` and its kin: one space in a text whose white space is collapsed."""
    if op not in _REPEATS or av[0] < 1:
        return False
    inner = av[2].data
    return len(inner) == 1 and _is_space(*inner[0])


def _is_space(op, av) -> bool:
    if op is _c.LITERAL:
        return chr(av).isspace()
    return op is _c.IN and all(
        (o is _c.CATEGORY and a in (_c.CATEGORY_SPACE, _c.CATEGORY_UNI_SPACE))
        or (o is _c.LITERAL and chr(a).isspace())
        for o, a in av
    )


def _nonword_char(op, av) -> bool | None:
    """Whether a one-character element matches only non-word characters (None: not one)."""
    char = _char(op, av)
    if char is not None:
        return not _WORD_CHAR.match(char)
    if op is _c.IN:
        return all(
            (o is _c.CATEGORY and a in (_c.CATEGORY_SPACE, _c.CATEGORY_UNI_SPACE))
            or (o is _c.LITERAL and not _WORD_CHAR.match(chr(a)))
            for o, a in av
        )
    if op in (_c.ANY, _c.NOT_LITERAL):
        return False
    return None


def _opens(items, after: bool) -> bool:
    """Whether a word boundary is certain where ``items`` begin (``after``: if they match
    nothing). True when every way into the items starts with a non-word character or a
    ``\\b``; False when unsure, which is always safe (a weaker test is chosen).
    """
    if not items:
        return after
    (op, av), rest = items[0], list(items[1:])
    if op is _c.AT:
        return True if av in _BOUNDARIES else _opens(rest, after)
    single = _nonword_char(op, av)
    if single is not None:
        return single
    if op is _c.SUBPATTERN:
        return _opens([*av[-1].data, *rest], after)
    if op is _c.BRANCH:
        return all(_opens([*alt.data, *rest], after) for alt in av[1])
    if op in _REPEATS:
        low, _high, inner = av
        once = _opens([*inner.data, *rest], after)
        return once if low >= 1 else once and _opens(rest, after)
    return False


def _closes(items, before: bool) -> bool:
    """Whether a word boundary is certain where ``items`` end (``before``: if they are empty)."""
    state = before
    for op, av in items:
        if op is _c.AT:
            state = state or av in _BOUNDARIES
            continue
        single = _nonword_char(op, av)
        if single is not None:
            state = single
        elif op is _c.SUBPATTERN:
            state = _closes(av[-1].data, state)
        elif op in _REPEATS:
            low, _high, inner = av
            closes = _closes(inner.data, state)
            state = closes if low >= 1 else closes and state
        elif op is _c.BRANCH:
            state = all(_closes(alt.data, state) for alt in av[1])
        else:
            state = False
    return state


def _pieces(run: str, starts_word: bool, ends_word: bool) -> frozenset[Piece]:
    """Every sound test a literal run (lower case) offers; all of them must pass."""
    found = set()
    for match in WORD.finditer(run):
        word = match.group(0)
        begins = match.start() > 0 or starts_word
        ends = match.end() < len(run) or ends_word
        if begins and ends:
            found.add(Piece("word", word))
        elif begins and len(word) >= MIN_PREFIX:
            found.add(Piece("prefix", word))
    phrase = run.strip()
    if not found and len(phrase) >= MIN_SUB:
        found.add(Piece("sub", phrase))
    elif len(found) > 1:  # the words in this order, not merely somewhere in the text
        found.add(Piece("phrase", phrase))
    return frozenset(found)


def clause_rank(clause: Clause) -> tuple:
    """How selective a clause is, judged by its weakest way to be satisfied."""

    def termclause_rank(term: Term) -> tuple:
        strong = [p for p in term if p.text not in COMMON_WORDS]
        return (len(strong), max((len(p.text) for p in term), default=0))

    return (*min(termclause_rank(t) for t in clause), -len(clause))


def _sequence(items, starts_word: bool, ends_word: bool) -> list[Clause]:
    """Required clauses of a sequence: each literal run, and what every element requires."""
    clauses: list[Clause] = []
    run, run_starts = "", starts_word
    items = list(items)

    def flush(ends: bool) -> None:
        nonlocal run
        pieces = _pieces(run, run_starts, ends) if run else frozenset()
        if pieces:
            clauses.append(frozenset({pieces}))
        run = ""

    for index, (op, av) in enumerate(items):
        char = " " if _spaces(op, av) else _char(op, av)
        if char is not None:
            if not run:
                run_starts = _closes(items[:index], starts_word)
            run += char
            continue
        if op is _c.AT:  # zero-width: a run goes on across it
            continue
        flush(_opens(items[index:], ends_word))
        before = _closes(items[:index], starts_word)
        clauses.extend(_element(op, av, before, _opens(items[index + 1 :], ends_word)))
    flush(ends_word)
    return clauses


def _alternative(clauses: list[Clause]) -> frozenset[Term]:
    """What one way through a branch requires, as terms any of which must be present.

    Everything certain goes into every term; choices are crossed in (most selective first)
    while the number of terms stays small: "(coding|technical|home) (test|task)" needs two
    words, not merely "home".
    """
    single = frozenset(p for clause in clauses if len(clause) == 1 for term in clause for p in term)
    terms: set[Term] = {single}
    for clause in sorted((c for c in clauses if len(c) > 1), key=clause_rank, reverse=True):
        if len(terms) * len(clause) > _MAX_TERMS:
            continue
        terms = {term | choice for term in terms for choice in clause}
    return frozenset(t for t in terms if t)


def _element(op, av, starts_word: bool, ends_word: bool) -> list[Clause]:
    if op is _c.SUBPATTERN:
        return _sequence(av[-1].data, starts_word, ends_word)
    if op in _REPEATS:
        low, high, inner = av
        if low < 1:
            return []
        # between repetitions the item follows itself
        return _sequence(inner.data, starts_word, ends_word if high == 1 else False)
    if op is _c.BRANCH:
        terms: set[Term] = set()
        for alternative in av[1]:
            found = _alternative(_sequence(alternative.data, starts_word, ends_word))
            if not found:
                return []  # this way through requires nothing we can test
            terms |= found
        return [frozenset(terms)]
    return []  # classes, wildcards, lookarounds, back-references: no literal promise


def anchors_of(pattern: re.Pattern[str]) -> tuple[Clause, ...]:
    """Sets of pieces; every match of ``pattern`` contains one piece of each set.

    An empty tuple means the pattern promises nothing testable (it may match any text).
    Pieces are lower case: texts are compared lower-cased (the classifier's patterns are
    case-insensitive, or stricter than that).
    """
    parsed = _sre.parse(plain_source(pattern.pattern), pattern.flags)
    return tuple(dict.fromkeys(_sequence(parsed.data, starts_word=False, ends_word=False)))


__all__ = ["COMMON_WORDS", "WORD", "Clause", "Piece", "Term", "anchors_of", "clause_rank"]
