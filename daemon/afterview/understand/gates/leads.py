"""A cheap gate before a phrase pattern's regex search: the words it must start with.

Searching a text with every phrase of a list costs a regex scan per phrase; most phrases
start with one of a few literal words ("regret to", "besetzt", "ne ... pas"), and a text
that contains none of them cannot match. What a pattern starts with is read from its syntax
tree in :mod:`.patternleads`. :class:`TextIndex` answers "may this pattern match?" with a
set lookup among the beginnings of the text's words (for leads that start a word) or a
substring test (for the others). A gate never says "no" when the pattern would match: it
only spares scans that cannot succeed.

Where it lets a pattern through, :func:`search` and :func:`finditer` try it only where one of
its leads occurs in the text (found with ``str.find``), not at every position: the phrase
lists are ignore-case alternations, for which ``re`` has no literal prefix to skip ahead
with, so a plain search runs the whole alternation at each character.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterator, Sequence
from operator import itemgetter

from .patternleads import MIN_LEAD, PREFIX, WORD, Leads, leading_words
from .patternparts import by_identity, inner_alternatives, needed_choices, needed_runs, top_level

_CUTS = [itemgetter(slice(k)) for k in range(MIN_LEAD, PREFIX + 1)]  # a word's first k letters


def keeps_positions(text: str, lowered: str) -> bool:
    """Whether positions in ``lowered`` (``text.lower()``) are positions in ``text``: only
    when lower-casing kept every character one character long ("İ" becomes two)."""
    return len(lowered) == len(text)


def hides_folds(lowered: str) -> bool:
    """Whether a lowered text holds "ı" or "ſ", which match "i" and "s" in an ignore-case
    pattern but lower-case to themselves: a literal test of "i" or "s" would miss them."""
    return "ı" in lowered or "ſ" in lowered


class TextIndex:
    """A text's lower-cased form and the beginnings of its words, to test many patterns'
    leads with set lookups."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower()
        self.aligned = keeps_positions(text, self.lowered)
        self.folded = hides_folds(self.lowered)
        words = [word for word in set(WORD.findall(self.lowered)) if len(word) >= MIN_LEAD]
        # each length's beginnings cut in one pass over the words (a word shorter than the
        # length gives itself, already there): what a nested comprehension does, in C
        self.beginnings = set()
        for cut in _CUTS:
            self.beginnings.update(map(cut, words))
        # a message's text is tried by dozens of patterns, many with the same leads ("we",
        # "your"): each lead is looked for once
        self._at: dict[str, list[int]] = {}

    def starts_of(self, leads: Leads) -> list[int]:
        """Ascending positions where one of ``leads`` occurs: every match starts at one.
        The list may be shared with other callers: read it, do not change it."""
        # a word-start lead no word begins with occurs nowhere a match could start
        present: Collection[str] = leads.starts & self.beginnings
        if leads.inside:
            present = [*present, *leads.inside]
        if len(present) == 1:
            for lead in present:
                at_list = self._at.get(lead)  # most patterns have one lead here, asked before
                return at_list if at_list is not None else self._positions(lead)
        found: set[int] = set()
        for lead in present:
            found.update(self._positions(lead))
        return sorted(found)

    def _positions(self, lead: str) -> list[int]:
        """Ascending positions of ``lead`` in the lowered text, found on first asking."""
        at_list = self._at.get(lead)
        if at_list is None:
            at_list = self._at[lead] = []
            lowered = self.lowered
            at = lowered.find(lead)
            while at >= 0:
                at_list.append(at)
                at = lowered.find(lead, at + 1)
        return at_list

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """Whether the text holds one of the pattern's leads (when it has some) and the
        words it needs (what :meth:`ListGate.possible` answers for a whole list)."""
        leads = leading_words(pattern)
        if leads is not None and not (
            not leads.starts.isdisjoint(self.beginnings)
            or any(lead in self.lowered for lead in leads.inside)
        ):
            return False
        return _holds_words(self, *_needed_words(pattern))


class ListGate:
    """The leads of a whole phrase list, arranged so that one text is gated against all of
    them with set operations instead of a call per pattern (a message is checked against
    dozens of lists of dozens of phrases)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._ungated: list[int] = []
        # patterns without leads that still need some words (literal runs, one word of each
        # needed alternation: ``\b(?:je|u)\s+(?:verwelkomen|welkom)``): each would scan the
        # whole text, and most texts lack those words
        self._worded: list[tuple[int, tuple[str, ...], tuple[tuple[str, ...], ...]]] = []
        self._by_start: dict[str, list[int]] = {}
        self._by_inside: dict[str, list[int]] = {}
        # patterns with leads that need more words too ("in this issue" opens with "in", in
        # every text): the leads let them through, the words then spare most of their tries
        self._also: dict[int, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {}
        self._patterns = tuple(patterns)
        self._leads = tuple(map(leading_words, patterns))  # looked up once, for spans
        for position, pattern in enumerate(patterns):
            leads = self._leads[position]
            runs, choices = _needed_words(pattern)
            if leads is None:
                if runs or choices:
                    self._worded.append((position, runs, choices))
                else:
                    self._ungated.append(position)
                continue
            if runs or choices:
                self._also[position] = (runs, choices)
            for start in leads.starts:
                self._by_start.setdefault(start, []).append(position)
            for lead in leads.inside:
                self._by_inside.setdefault(lead, []).append(position)
        self._starts = frozenset(self._by_start)
        self._inside = tuple(self._by_inside)  # each looked for once, however many share it

    def possible(self, index: TextIndex) -> list[int]:
        """Positions (ascending) of the patterns that may match the indexed text."""
        found = set(self._ungated)
        if self._worded:
            found.update(self._holding_words(index))
        by_start, by_inside = self._by_start, self._by_inside
        for start in self._starts & index.beginnings:
            found.update(by_start[start])
        for lead in filter(index.lowered.__contains__, self._inside):
            found.update(by_inside[lead])
        also = self._also
        if also and index.aligned and not index.folded:
            # _holds_words, written out: called for a few dozen patterns per text, its
            # calls and generators cost more than the tests
            lowered = index.lowered
            for position in also.keys() & found:
                runs, choices = also[position]
                for run in runs:
                    if run not in lowered:
                        found.discard(position)
                        break
                else:
                    for words in choices:
                        for word in words:
                            if word in lowered:
                                break
                        else:
                            found.discard(position)
                            break
        return sorted(found)

    def spans(self, positions: Sequence[int], index: TextIndex) -> list[tuple[int, int]]:
        """The spans of the matches :func:`finditer` gives of each pattern at ``positions``, in
        turn: one call for the list, not a generator and a lead look-up per pattern."""
        text = index.text
        found: list[tuple[int, int]] = []
        for position in positions:
            pattern, leads = self._patterns[position], self._leads[position]
            if leads is None or not index.aligned:
                found.extend(match.span() for match in pattern.finditer(text))
                continue
            done, match_at = 0, pattern.match
            for start in index.starts_of(leads):
                if start < done:
                    continue  # inside the last match: matches do not overlap
                match = match_at(text, start)
                if match:
                    found.append(match.span())
                    done = match.end()
        return found

    def _holding_words(self, index: TextIndex) -> Iterator[int]:
        """The patterns without leads whose needed words the text holds."""
        for position, runs, choices in self._worded:
            if _holds_words(index, runs, choices):
                yield position


@by_identity
def _needed_words(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """What a pattern without leads needs: literal runs all, and one word of each choice
    (:func:`.patternparts.needed_runs`, :func:`.patternparts.needed_choices`)."""
    return needed_runs(pattern), needed_choices(pattern)


def _holds_words(
    index: TextIndex, runs: tuple[str, ...], choices: tuple[tuple[str, ...], ...]
) -> bool:
    """Whether the text holds ``runs`` and a word of each of ``choices`` (True where
    lower-casing changed the text's length or left a letter that folds to another)."""
    if not index.aligned or index.folded:
        return True
    holds = index.lowered.__contains__
    return all(map(holds, runs)) and all(any(map(holds, words)) for words in choices)


@by_identity
def gate_of(patterns: Sequence[re.Pattern[str]]) -> ListGate:
    """The :class:`ListGate` of a phrase list, built on first use (the lists are module
    constants: remembered by identity)."""
    return ListGate(patterns)


def searched(patterns: Sequence[re.Pattern[str]], text: str) -> list[int]:
    """Positions (ascending) of the patterns that find a match in ``text``: the gate first,
    a search only for the patterns it lets through."""
    # one call in four searches the text searched just before (a message's new text, by the
    # hiring side's and the out-of-office lists): its index and the leads found in it serve again
    last = _LAST.index
    if last is None or last.text != text:
        last = _LAST.index = TextIndex(text)
    return found_in(patterns, last)


class _LastIndex(threading.local):
    """The last text :func:`searched` indexed, one per thread (each account's mail is read
    on its own thread)."""

    index: TextIndex | None = None


_LAST = _LastIndex()


def found_in(patterns: Sequence[re.Pattern[str]], index: TextIndex) -> list[int]:
    """:func:`searched` for a text already indexed."""
    return _pieces_of(patterns).found(index)


class _Pieces:
    """A phrase list cut into the pieces searched for it. A pattern matches where one of its
    alternatives does ("\\bpodcast\\b|...|\\d{2,3}[.,]\\d ?FM\\b"): the alternatives with
    leads are gated all together, as one list, and each is tried only where its own leads
    occur; the others scan the whole text, each only when the text holds the literal runs it
    needs (:func:`needed_runs`)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        pieces: list[re.Pattern[str]] = []
        self._owners: list[int] = []  # the position in the list of each piece's pattern
        self._rest: list[tuple[int, re.Pattern[str]]] = []
        for position, pattern in enumerate(patterns):
            split = _split(pattern)
            if split is None:
                if leading_words(pattern) is None:
                    self._rest.append((position, pattern))
                else:
                    pieces.append(pattern)
                    self._owners.append(position)
                continue
            gated, ungated = split
            pieces.extend(gated)
            self._owners.extend([position] * len(gated))
            self._rest.extend((position, rest) for rest in ungated)
        self._pieces = tuple(pieces)
        self._leads = tuple(leading_words(piece) for piece in pieces)  # looked up once
        self._gate = ListGate(self._pieces)

    def found(self, index: TextIndex) -> list[int]:
        """Positions (ascending) of the list's patterns that match the indexed text."""
        found: set[int] = set()
        pieces, leads = self._pieces, self._leads
        for piece in self._gate.possible(index):
            owner = self._owners[piece]
            if owner not in found and _search(pieces[piece], leads[piece], index) is not None:
                found.add(owner)
        for owner, rest in self._rest:
            if (
                owner not in found
                and _holds_words(index, needed_runs(rest), ())
                and rest.search(index.text)
            ):
                found.add(owner)
        return sorted(found)


_pieces_of = by_identity(_Pieces)  # a phrase list's pieces, cut on first use


@by_identity
def _split(
    pattern: re.Pattern[str],
) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]] | None:
    """An alternation as (its alternatives that have leads, the others), each compiled alone
    with the same flags, except that the others holding no literal run to look for first
    (:func:`needed_runs`) are joined into one; None when it cannot be split safely. A text holds
    a match of the pattern exactly when it holds one of a part's."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or "(?(" in source or "(?P=" in source:
        return None  # comments, conditionals and back references do not survive a split
    opening = re.match(r"\(\?[aiLmsux]+\)", source)  # global flags: already in .flags
    source = source[opening.end() if opening else 0 :]
    if re.search(r"\\[1-9]", source):
        return None
    alternatives = top_level(source)
    if alternatives is not None and len(alternatives) == 1:
        alternatives = inner_alternatives(source)
    if alternatives is None or len(alternatives) < 2:
        return None
    try:
        compiled = [re.compile(alt, pattern.flags) for alt in alternatives]
    except re.error:
        return None
    gated = tuple(c for c in compiled if leading_words(c))
    if not gated:
        return None
    without = [c for c in compiled if not leading_words(c)]
    bare = [c.pattern for c in without if not needed_runs(c)]
    ungated = [c for c in without if needed_runs(c)]
    if bare:
        ungated.append(re.compile("|".join(bare), pattern.flags))
    return gated, tuple(ungated)


def search(pattern: re.Pattern[str], index: TextIndex) -> re.Match[str] | None:
    """``pattern.search(index.text)``, tried only where the pattern's leads occur (the first
    match :func:`finditer` would give, without a generator per call)."""
    return _search(pattern, leading_words(pattern), index)


def _search(
    pattern: re.Pattern[str], leads: Leads | None, index: TextIndex
) -> re.Match[str] | None:
    """:func:`search` with the pattern's leads already known."""
    if leads is None or not index.aligned:
        return pattern.search(index.text)
    text = index.text
    for start in index.starts_of(leads):
        match = pattern.match(text, start)
        if match:
            return match
    return None


def finditer(pattern: re.Pattern[str], index: TextIndex) -> Iterator[re.Match[str]]:
    """``pattern.finditer(index.text)``, the same matches, tried only where the pattern's
    leads occur. ``match`` at a position sees the text before it (``\\b``, look-behinds),
    as a search passing that position would."""
    leads = leading_words(pattern)
    if leads is None or not index.aligned:
        yield from pattern.finditer(index.text)
        return
    text, done = index.text, 0
    for start in index.starts_of(leads):
        if start < done:
            continue  # inside the last match: matches do not overlap
        match = pattern.match(text, start)
        if match:
            yield match
            done = match.end()
