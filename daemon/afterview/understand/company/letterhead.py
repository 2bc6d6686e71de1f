"""The employer's full name from a line that writes it out, given a short form of it.

A domain or a display name often gives the employer's name short ("fenwick-neuro", "Avalon
OSC", "vdc-techservices", "Alborada", "LSIN Nord") while a signature's organisation line, a
letterhead or a footer writes it in full on a line of its own: "Fenwick Institute for
Neuroscience", "Avalon Ocean Sciences Centre", "Vandecasteele Tech Services NV", "Tiendas
Alborada", "Landesamt für Statistik und Informationstechnik Nord". A person names the
employer by that line.

A line (or a part of one between "|", "–", "·", ",") writes the short form out when each of
the short form's words is, in the line, a whole word, the start of one ("neuro" of
Neuroscience), the initials or starts of consecutive words ("osc", "techservices", "coco" of
County Council; small words such as of, für, de may be skipped), or a word's abbreviation
("vdc" of Vandecasteele) beside another word given whole. The line must read as an
organisation: capitalised words only (small words apart), a word of organisations, trades or
public bodies or a legal form, no job title, desk, person or address; words it adds are a
trade's or body's word before the name ("Supermercados", "University of"), words between the
short form's own ("Institute for"), a body's word after it ("... Carers' Centre") or the
complement of a body's word ("Mallee Institute for Dryland Research"), or one trade's word
that closes the part as written ("Orrery Technologies", "Rutas del Caribe Logística"), not a
corporate tail ("Group"), nor a registered name's ("Harbourlight Software Ltd": the firm's
own text names it "Harbourlight") or a desk's ("Legal Recruitment").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

from .acronyms import SMALL_WORDS
from .addedwords import (
    CORPORATE_TAIL,
    DESK,
    LEAD,
    abbreviated_by,
    of_trade,
    reads_as_full_name,
    trade_word,
)
from .names import has_legal_form, normalise_company, squash, squashes
from .naming import NOT_ORG
from .written import in_mixed_case

_PARTS = re.compile(r"\s*(?:\||·|•|,|;|–|—| - |:\s|\(|\)|<|>)\s*")
_INITIAL = re.compile(r"(?<![\w'’])[^\W\d_]")
_WORD = re.compile(r"[^\W\d_](?:[\w'’]|[-.](?=\w))*|&")
_MAX_PART = 90
_MAX_WORDS = 9
_MAX_TEXT = 20_000
_MAX_TRIES = 40
# The search for the words each key spells grows exponentially with a line's words: a hostile
# mail repeats a domain's letters over a line ("aaaa-aaaa-aaaa-aaaa-zq", "Aaaa Aaaa ... Zz") so
# that almost every way of placing the keys fails late. Every step counts, for one line and for
# all the lines of one text, and only so many distinct lines are examined; no real mail comes
# near (of the 2,903 fixtures and samples: 79 steps for a line, 114 for a call, 14 lines).
_MAX_STEPS = 2_000
_MAX_SEARCH = 10_000
_MAX_LINES = 200


def written_in_full(
    short: str,
    texts: Sequence[str],
    people_names: frozenset[str] | set[str] = frozenset(),
    *,
    abbreviated: bool = False,
) -> str | None:
    """The line of ``texts`` that writes the short form ``short`` in full (module docstring),
    the one with most words, else the most often written; None where no line does.

    ``abbreviated``: only a line the short form abbreviates counts (a key standing for
    several words or the start of one), as a domain's label must: "alborada" proves nothing
    of a line "Alborada Centro Comercial", "fenwick-neuro" does of its line."""
    keys = [squash(w) for w in _WORD.findall(short.replace("-", " "))]
    keys = [k for k in keys if k and k not in SMALL_WORDS and k != "and"]
    if not keys or len(keys) > 5:
        return None
    # cut to size before they are remembered: a hostile mail's text is not kept
    cut = tuple(text[:_MAX_TEXT] for text in texts)
    return _written_in_full(tuple(keys), cut, frozenset(people_names), abbreviated)


@lru_cache(maxsize=64)
def _written_in_full(
    keys: tuple[str, ...], texts: tuple[str, ...], people_names: frozenset[str], abbreviated: bool
) -> str | None:
    # the same domain's label is asked of the same texts for a candidate and for the name
    # found: remembered (a tuple of the texts hashes by their strings' cached hashes)
    keys = list(keys)
    found: Counter[str] = Counter()
    initials = {k[0] for k in keys}
    seen: dict[str, str | None] = {}  # a line repeated is examined once, counted each time
    steps = _Steps()
    for part, starts in (p for text in texts for p in _parts(text)):
        # each key starts some word of the line: a cheap test before the full one
        if not initials <= starts:
            continue
        if part not in seen:
            if len(seen) >= _MAX_LINES or not steps.next_line():
                continue  # no new line examined, those seen still counted
            seen[part] = _writes_out(part, keys, people_names, abbreviated, steps)
        if seen[part]:
            found[seen[part]] += 1
    if not found:
        return None
    best = max(found, key=lambda name: (len(name.split()), found[name]))
    return best if len(squash(best)) > len("".join(keys)) else None


@lru_cache(maxsize=32)
def _parts(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The parts of the text's lines that may be a name, each with its words' first letters
    (asked of the same texts for the name found and for the domain's label)."""
    found = []
    for line in text.splitlines():
        if len(line) > 3 * _MAX_PART or "@" in line or "://" in line:
            continue
        for part in _PARTS.split(line):
            if part.lstrip(" \t\"'*")[:1].isupper():
                starts = frozenset(squash(c) for c in _INITIAL.findall(part))
                found.append((part, starts))
    return tuple(found)


class _OutOfSteps(Exception):
    """The search has taken all the steps it may for this line."""


class _Steps:
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
            raise _OutOfSteps


def _writes_out(
    part: str,
    keys: list[str],
    people_names: frozenset[str] | set[str],
    abbreviated: bool,
    steps: _Steps,
) -> str | None:
    """The part as a name where it writes out ``keys`` and reads as an organisation (a line
    whose search runs out of steps does not)."""
    part = part.strip(" \t\"'*.!?")
    if not part or len(part) > _MAX_PART or not part[0].isupper() or re.search(r"\d", part):
        return None
    name = normalise_company(part)
    if not name or NOT_ORG.search(name) or name.lower() in people_names:
        return None
    words = _WORD.findall(name)
    if not 1 <= len(words) <= _MAX_WORDS:
        return None
    lower = [w.lower().strip(".") for w in words]
    if not all(
        w[:1].isupper() or w == "&" or low in SMALL_WORDS
        for w, low in zip(words, lower, strict=True)
    ):
        return None  # running text: "Thank you for applying to ..."
    if any(low in DESK for low in lower):
        return None
    if any(full in name.lower() for full in people_names if " " in full):
        return None
    legal = has_legal_form(part)
    # a trade's word may close the name where the part ends with it as written: not a
    # registered name ("Harbourlight Software Ltd"), nor a desk cut off ("... Legal Recruitment")
    trade_tail = not legal and name == " ".join(part.split())
    if not legal and not any(of_trade(w) or w in LEAD for w in lower):
        return None  # no organisation's word: however the keys fall, not a name
    try:
        for used in _assignments(keys, words, steps):
            if abbreviated and not abbreviated_by(used, keys, words):
                continue
            if reads_as_full_name(words, lower, used, trade_tail):
                return name
    except _OutOfSteps:
        return None
    return None


def _assignments(
    keys: list[str], words: list[str], steps: _Steps
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
    k: int, taken: frozenset[int], table: list[list[tuple[tuple[int, ...], ...]]], steps: _Steps
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
    steps: _Steps,
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
    steps: _Steps,
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


def named_by_trade(person: str, name: str) -> bool:
    """Whether a "person" the mail names is the firm: ``name`` then one trade's word
    ("Orrery Technologies" read as a name from "Recruiting Coordinator, Orrery Technologies")."""
    words = person.lower().split()
    return len(words) >= 2 and words[:-1] == name.lower().split() and trade_word(words[-1])


def letterhead_name(
    name: str,
    label: str,
    display: str,
    texts: Sequence[Sequence[str]],
    people_names: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """The name as a line of its own writes it in full, of the name found ("Mallee
    Institute" of a display name, "Alborada" of a domain) or of the domain's label the line
    abbreviates ("mallee-idr": Mallee Institute for Dryland Research). A registered tail the
    firm's own display name leaves out stays out ("Narmada Consulting" signing its mail,
    "Narmada Consulting Services Pvt. Ltd." in the footer)."""
    first = squash(name.split()[0])
    for found in texts:
        full = written_in_full(name, found, people_names)
        if not full and label:
            full = written_in_full(label, found, people_names, abbreviated=True)
            if full and not squash(full).startswith(first) and first not in squash(full):
                full = None
        if full:
            return in_mixed_case(
                _without_corporate_tail(full, display), [t for f in texts for t in f]
            )
    return None


def _without_corporate_tail(full: str, display: str) -> str:
    words = full.split()
    short = " ".join(words[:-1])
    if len(words) >= 3 and words[-1].lower() in CORPORATE_TAIL and short in display:
        return short
    return full
