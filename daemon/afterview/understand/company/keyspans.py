"""Which words of a line spell each key of a short form: the search ``letterhead`` runs.

A short form's keys ("fenwick", "neuro"; "vdc", "techservices"; "lsin") are each spelled by a
word of the line, the start of one, the initials or starts of consecutive words (small words
such as of, für, de may be skipped) or a word's abbreviation beside another key given whole.
``assignments`` gives each placement of the keys on disjoint words; ``letterhead`` judges
whether the words left over read as the rest of an organisation's name.
"""

from __future__ import annotations

from collections.abc import Iterator

from .acronyms import SMALL_WORDS
from .names import squashes

_MAX_TRIES = 40
# The search for the words each key spells grows exponentially with a line's words: a hostile
# mail repeats a domain's letters over a line ("aaaa-aaaa-aaaa-aaaa-zq", "Aaaa Aaaa ... Zz") so
# that almost every way of placing the keys fails late. Every step counts, for one line and for
# all the lines of one text, and only so many distinct lines are examined; no real mail comes
# near (of the 2,903 fixtures and samples: 79 steps for a line, 114 for a call, 14 lines).
_MAX_STEPS = 2_000
_MAX_SEARCH = 10_000


class OutOfSteps(Exception):
    """The search has taken all the steps it may for this line."""


class Steps:
    """Steps of the search left, for the line being examined and for all the lines of one
    call: each key's spans and each placement of one count, found or not."""

    def __init__(self) -> None:
        self.spent = 0
        self.line_left = 0

    def next_line(self) -> bool:
        self.line_left = min(_MAX_STEPS, _MAX_SEARCH - self.spent)
        return self.line_left > 0

    def take(self) -> None:
        self.spent += 1
        self.line_left -= 1
        if self.line_left < 0:
            raise OutOfSteps


def assignments(
    keys: list[str], words: list[str], steps: Steps
) -> Iterator[dict[int, tuple[int, ...]]]:
    """Each key's span of words (disjoint), in any order, initials before longer starts, at
    most ``_MAX_TRIES`` of them. One key at least must be a whole word or a long start of
    one, unless a single key spells three words or more ("lsin")."""
    forms = [squashes(w) for w in words]
    small = [w.lower() in SMALL_WORDS or w == "&" for w in words]
    if sum(not s for s in small) < len(keys):
        return  # each key starts a word of its own
    # each key's spans from each word, once (a span spelled two ways is one placement)
    table = [
        [
            ()
            if small[start]
            else tuple(dict.fromkeys(_spans(key, start, forms, small, steps, others=len(keys) > 1)))
            for start in range(len(words))
        ]
        for key in keys
    ]
    if not all(any(row) for row in table):
        return  # a key no words spell
    for tries, used in enumerate(_place(0, frozenset(), table, steps)):
        if tries >= _MAX_TRIES:
            return
        solid = any(_solid(keys[k], span, forms) for k, span in used.items())
        if solid or (len(keys) == 1 and len(used[0]) >= 3):
            yield used


def _place(
    k: int, taken: frozenset[int], table: list[list[tuple[tuple[int, ...], ...]]], steps: Steps
) -> Iterator[dict[int, tuple[int, ...]]]:
    """The placements of keys ``k`` onwards on words not ``taken``."""
    if k == len(table):
        yield {}
        return
    for start, spans in enumerate(table[k]):
        if start in taken:
            continue
        for span in spans:
            steps.take()
            if not taken.intersection(span):
                for rest in _place(k + 1, taken.union(span), table, steps):
                    yield {k: span, **rest}


def _solid(key: str, span: tuple[int, ...], forms: list[frozenset[str]]) -> bool:
    """A key that is a word, a long start of one, or words whole ("techservices")."""
    if len(span) == 1:
        whole = len(key) >= 3 and key in forms[span[0]]
        return whole or (len(key) >= 4 and any(f.startswith(key) for f in forms[span[0]]))
    joined = {""}
    for i in span:
        joined = {j + f for j in joined for f in forms[i]}
    return key in joined


def _spans(
    key: str,
    start: int,
    forms: list[frozenset[str]],
    small: list[bool],
    steps: Steps,
    *,
    others: bool,
) -> Iterator[tuple[int, ...]]:
    """Spans of words from ``start`` whose starts, in order, spell ``key``."""
    for form in forms[start]:
        if form == key or (len(key) >= 3 and form.startswith(key)):
            yield (start,)
        if others and 2 <= len(key) <= 4 and len(form) > len(key) and form[0] == key[0]:
            letters = iter(form[1:])
            if all(letter in letters for letter in key[1:]):
                yield (start,)  # "vdc" of Vandecasteele, beside another key given whole
    yield from _run(key, start, forms, small, (), steps, first=True)


def _run(
    key: str,
    i: int,
    forms: list[frozenset[str]],
    small: list[bool],
    span: tuple,
    steps: Steps,
    first: bool,
) -> Iterator[tuple[int, ...]]:
    steps.take()
    if not key:
        if len(span) > 1:
            yield span
        return
    if i >= len(forms):
        return
    if small[i] and not first:
        yield from _run(key, i + 1, forms, small, span, steps, first=False)  # "für" skipped
    for form in forms[i]:
        # each start of the word the key begins with, shortest first
        for n in range(1, _shared_start(form, key) + 1):
            yield from _run(key[n:], i + 1, forms, small, (*span, i), steps, first=False)


def _shared_start(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` begin with alike."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
