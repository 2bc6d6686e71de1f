"""The anchors of many patterns, indexed: which families of patterns might match a text.

Split from :mod:`.anchors`, which derives what one pattern's matches must contain: this
module puts the anchors of whole phrase lists (the "families") into one index by piece, so
that one look at a text's words (:class:`Words`) finds every piece it holds and only the
rules filed under those pieces are checked (:class:`Gates`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .anchors import COMMON_WORDS, WORD, Clause, Piece, Term, anchors_of, clause_rank

_HEAD = 3  # prefixes are looked up by their first letters
_CACHED_WORDS = 50_000  # words whose pieces a gate remembers (a few MB)


@dataclass(frozen=True)
class Words:
    """A text as gates see it: its lower-cased words, and the text for substring pieces."""

    text: str
    words: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Words:
        low = " ".join(text.lower().split())  # patterns see wrapped lines joined by a space
        return cls(low, frozenset(WORD.findall(low)))


def _best(clauses: list[Clause]) -> Clause | None:
    return max(clauses, key=clause_rank) if clauses else None


def _key(term: Term) -> Piece:
    """The piece a term is indexed by: the least common one that ``found`` looks for."""
    return max(
        (p for p in term if p.kind != "phrase"),
        key=lambda p: (p.text not in COMMON_WORDS, p.kind == "word", len(p.text)),
    )


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
        if by_key is not None and not any(
            pieces <= found and all(p in text for p in phrases)
            for key in present
            for pieces, phrases in by_key[key]
        ):
            return False
    return True


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
        by_piece: dict[Piece, list[tuple[str, _Check]]] = {}
        for name, rules in self.rules.items():
            for rule in rules:
                pieces.update(p for clause in rule for term in clause for p in term)
                check = _check(rule)
                for term in _best(list(rule)) or ():
                    by_piece.setdefault(_key(term), []).append((name, check))
        # one index across families: one look-up per piece found answers them all
        self._by_piece = {piece: tuple(checks) for piece, checks in by_piece.items()}
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
        self._in_word = tuple(p for p in subs if WORD.fullmatch(p.text))
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
        hits.extend(p for p in self._in_word if p.text in word)
        return tuple(hits)

    def families(
        self,
        words: Words,
        among: Iterable[str] | None = None,
        found: frozenset[Piece] | None = None,
    ) -> frozenset[str]:
        """The families (of ``among``, or all) one of whose patterns might match the text;
        never too few. ``found`` (from :meth:`found`) saves looking for the pieces again.

        One walk over the pieces found: only rules indexed under one of them are checked,
        and a family already known to match is not checked again.
        """
        found = self.found(words) if found is None else found
        asked = self.rules.keys() if among is None else frozenset(among)
        said = set(self.open & asked)
        for piece in found:
            for name, check in self._by_piece.get(piece, ()):
                if name in asked and name not in said and _satisfied(check, found, words.text):
                    said.add(name)
        return frozenset(said)


__all__ = ["Gates", "Words"]
