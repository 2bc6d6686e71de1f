"""The anchors of many patterns, indexed: which families of patterns might match a text.

Split from :mod:`.anchors`, which derives what one pattern's matches must contain: this
module puts the anchors of whole phrase lists (the "families") into one index by piece, so
that one look at a text's words (:class:`Words`) finds every piece it holds and only the
rules filed under those pieces are checked (:class:`Gates`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass

from .anchors import COMMON_WORDS, MIN_SUB, WORD, Clause, Piece, Term, anchors_of, clause_rank

_HEAD = 3  # prefixes are looked up by their first letters
_CACHED_WORDS = 50_000  # words whose pieces a gate remembers (a few MB)
_REMEMBERED_CHARACTERS = 4096  # characters the word splitter judges once


class _NonWordToSpace(dict):
    """A ``str.translate`` table that blanks every character ``WORD`` does not match.

    Splitting the translated text on white space then gives exactly ``WORD.findall``'s
    words at a third of its cost. Characters are judged by ``WORD`` itself on first sight
    (so the two cannot disagree) and remembered: mail uses a few hundred of them. Past
    ``_REMEMBERED_CHARACTERS`` they are judged each time, so a mail written in every
    character Unicode has cannot grow the table.
    """

    def __missing__(self, code: int) -> int:
        kept = code if WORD.match(chr(code)) else 32
        if len(self) < _REMEMBERED_CHARACTERS:
            self[code] = kept
        return kept


_BLANK_NONWORD = _NonWordToSpace()


@dataclass(frozen=True)
class Words:
    """A text as gates see it: its lower-cased words, and the text for substring pieces."""

    text: str
    words: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Words:
        low = " ".join(text.lower().split())  # patterns see wrapped lines joined by a space
        return cls(low, frozenset(low.translate(_BLANK_NONWORD).split()))


def _best(clauses: list[Clause]) -> Clause | None:
    return max(clauses, key=clause_rank) if clauses else None


def _key(term: Term) -> Piece:
    """The piece a term is indexed by: the least common one that ``found`` looks for."""
    return max(
        (p for p in term if p.kind != "phrase"),
        key=lambda p: (p.text not in COMMON_WORDS, _KIND_RANK[p.kind], len(p.text)),
    )


# A whole word picks fewer texts than a word's start, a start fewer than a substring ("day"
# is in every date); only the checking order follows, never an answer.
_KIND_RANK = {"word": 2, "prefix": 1, "sub": 0}


# A rule ready to check, clause by clause, most selective first: each clause's terms by
# the piece every one of them needs (one set operation rules most clauses out), as (pieces
# to find, phrases to search); None when each term is that one piece.
_Terms = dict[Piece, tuple[tuple[frozenset[Piece], tuple[str, ...]], ...]]
_Check = tuple[tuple[frozenset[Piece], _Terms | None], ...]


def _check(rule: tuple[Clause, ...]) -> _Check:
    checks = []
    for clause in sorted(rule, key=clause_rank, reverse=True):
        keys = frozenset(_key(term) for term in clause)
        if all(len(term) == 1 for term in clause):
            checks.append((keys, None))
            continue
        by_key: dict[Piece, list[tuple[frozenset[Piece], tuple[str, ...]]]] = {}
        for term in clause:
            pieces = frozenset(p for p in term if p.kind != "phrase")
            phrases = tuple(p.text for p in term if p.kind == "phrase")
            by_key.setdefault(_key(term), []).append((pieces, phrases))
        checks.append((keys, {key: tuple(terms) for key, terms in by_key.items()}))
    return tuple(checks)


def _satisfied(check: _Check, found: frozenset[Piece], text: str) -> bool:
    for keys, by_key in check:
        present = keys & found
        if not present:
            return False
        if by_key is not None and not _any_term(by_key, present, found, text):
            return False
    return True


def _any_term(by_key: _Terms, present: Set[Piece], found: Set[Piece], text: str) -> bool:
    # plain loops: this runs a few times per text, where generators cost more than the tests
    for key in present:
        for pieces, phrases in by_key[key]:
            if pieces <= found:
                if not phrases:
                    return True
                for phrase in phrases:
                    if phrase not in text:
                        break
                else:
                    return True
    return False


class Gates:
    """Cheap "might one of these patterns match?" answers for named families of patterns.

    One look at a text finds every piece any family mentions; only the patterns indexed
    under a found piece are then checked, so the cost follows the text, not the lexicon.
    """

    def __init__(self, families: Mapping[str, Iterable[re.Pattern[str]]]) -> None:
        self.rules: dict[str, tuple[tuple[Clause, ...], ...]] = {
            name: tuple(anchors_of(p) for p in patterns) for name, patterns in families.items()
        }
        self.open = frozenset(n for n, rules in self.rules.items() if any(not r for r in rules))
        pieces: set[Piece] = set()
        self._checks: list[_Check] = []
        by_piece: dict[str, dict[Piece, list[int]]] = {}
        for name, rules in self.rules.items():
            index = by_piece.setdefault(name, {})
            for rule in rules:
                pieces.update(p for clause in rule for term in clause for p in term)
                self._checks.append(_check(rule))
                for term in _best(list(rule)) or ():
                    index.setdefault(_key(term), []).append(len(self._checks) - 1)
        # by family, then by piece: one set operation per family asked finds the pieces its
        # rules are filed under, and a rule filed under several is checked once
        self._index = {
            name: {piece: tuple(dict.fromkeys(checks)) for piece, checks in index.items()}
            for name, index in by_piece.items()
        }
        self._keys = {name: frozenset(index) for name, index in self._index.items()}
        self._filed = frozenset().union(*self._keys.values())
        # every piece made once: looking up is cheaper than building tuples per text
        self._words = {p.text: p for p in pieces if p.kind == "word"}
        prefixes = sorted((p for p in pieces if p.kind == "prefix"), key=lambda p: p.text)
        self._short = {p.text: p for p in prefixes if len(p.text) < _HEAD}
        heads: dict[str, list[Piece]] = {}
        for prefix in prefixes:
            if len(prefix.text) >= _HEAD:
                heads.setdefault(prefix.text[:_HEAD], []).append(prefix)
        self._heads = {head: tuple(found) for head, found in heads.items()}
        subs = sorted((p for p in pieces if p.kind == "sub"), key=lambda p: p.text)
        # substrings within a word, by their first letters: a new word looks up each of its
        # places instead of searching itself for every one
        in_word: dict[str, list[Piece]] = {}
        for sub in subs:
            if WORD.fullmatch(sub.text):
                in_word.setdefault(sub.text[:MIN_SUB], []).append(sub)
        self._in_word = {head: tuple(found) for head, found in in_word.items()}
        self._in_text = tuple(p for p in subs if not WORD.fullmatch(p.text))
        self._cache: dict[str, tuple[Piece, ...]] = {}

    def found(self, words: Words) -> frozenset[Piece]:
        """Every piece of every family that the text contains.

        Every piece but a substring across words is found within one word, and a mailbox
        repeats its words from message to message: each word's pieces are worked out once
        and remembered (up to :data:`_CACHED_WORDS` words).
        """
        cache = self._cache
        hits: set[Piece] = set()
        for word in words.words:
            pieces = cache.get(word)
            if pieces is None:
                if len(cache) >= _CACHED_WORDS:
                    cache.clear()
                pieces = cache[word] = self._pieces_of(word)
            if pieces:
                hits.update(pieces)
        hits.update(p for p in self._in_text if p.text in words.text)
        return frozenset(hits)

    def _pieces_of(self, word: str) -> tuple[Piece, ...]:
        """The pieces one word of a text holds: itself, its beginnings, its substrings."""
        hits = [self._words[word]] if word in self._words else []
        hits.extend(p for p in self._heads.get(word[:_HEAD], ()) if word.startswith(p.text))
        short = self._short.get(word[:2])
        if short is not None:
            hits.append(short)
        if self._in_word:
            in_word = self._in_word
            for at in range(len(word) - MIN_SUB + 1):
                subs = in_word.get(word[at : at + MIN_SUB])
                if subs is not None:
                    hits.extend(p for p in subs if word.startswith(p.text, at))
        return tuple(hits)

    def families(
        self,
        words: Words,
        among: Iterable[str] | None = None,
        found: frozenset[Piece] | None = None,
    ) -> frozenset[str]:
        """The families (of ``among``, or all) one of whose patterns might match the text;
        never too few. ``found`` (from :meth:`found`) saves looking for the pieces again.

        Only rules filed under a found piece are checked, each once per family asked, and
        a family stops at its first rule satisfied.
        """
        found = self.found(words) if found is None else found
        asked = self.rules.keys() if among is None else frozenset(among)
        said = set(self.open & asked)
        filed = found & self._filed  # a few of the pieces found: intersect those per family
        if not filed:
            return frozenset(said)
        checks, text = self._checks, words.text
        for name in asked - said:
            keys = self._keys.get(name)
            hit = filed & keys if keys else ()
            if not hit:
                continue
            index = self._index[name]
            tried = index[next(iter(hit))] if len(hit) == 1 else _union(map(index.get, hit))
            if any(_satisfied(checks[at], found, text) for at in tried):
                said.add(name)
        return frozenset(said)


def _union(groups: Iterable[tuple[int, ...]]) -> set[int]:
    return set().union(*groups)


__all__ = ["Gates", "Words"]
