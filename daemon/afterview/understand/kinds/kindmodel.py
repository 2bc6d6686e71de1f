"""A second reader for the kind: a small model of which words make which kind of mail.

Why a model beside the rules: the rules (:mod:`.decide`) name their evidence and are exact
where they fire, but each one is a phrase someone thought of, and unseen mail keeps finding
wordings nobody did. On 560 independently written mails they were never tuned on, they
read 80% of kinds right. This model weighs *all* the words of the new text at once (a
multinomial logistic regression over words and word pairs, plus a few header facts),
trained on the labelled mail in ``tests/fixtures``; on the same mails, each set held out
of its training, it reads 94% right. ``classify`` asks both, and :mod:`.weighing` decides
and says in ``reasons`` which reader decided and why.

Terminology:

*features*
    what the model sees of a message: its words (``w:``), word pairs (``b:``), subject
    words (``s:``, not for replies, whose subject is the thread's), invitation words
    (``e:``) and header facts (``m:``); each weighs ``1 + ln(count)``.
*weights*
    per feature, one number per kind; a kind's score is the sum over the message's
    features, and the scores become probabilities by softmax.

The weights ship with the package (``kindmodel.json.gz``, written by ``tools/kind_model.py
train``); without the file ``classify`` runs on its rules alone. Pure: no clock, no I/O
beyond reading that file once.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import random
import re
import sys
from array import array
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from itertools import pairwise
from operator import itemgetter

from ..reading import Reading

WEIGHTS_FILE = "kindmodel.json.gz"
TEXT_CHARS = 6_000  # of the new text: the opening decides, and it bounds the cost
EVENT_CHARS = 2_000
_WORD = re.compile(r"[^\W\d_]+")

_WORDY = frozenset({"w:", "b:", "s:", "e:"})

Features = dict[str, float]


def features(r: Reading) -> Features:
    """What the model sees of one message (see the module's terminology)."""
    counts: dict[str, int] = {}

    def add(name: str) -> None:
        counts[name] = counts.get(name, 0) + 1

    if r.subject_counts:
        for word in _WORD.findall(r.subject.lower()):
            add("s:" + word)
    words = _WORD.findall(r.new[:TEXT_CHARS].lower())
    for word in words:
        add("w:" + word)
    for first, second in pairwise(words):
        add(f"b:{first}_{second}")
    for word in _WORD.findall(r.event_text()[:EVENT_CHARS].lower()):
        add("e:" + word)
    facts = {
        "m:cal": bool(r.events),
        "m:bulk": bool(r.bulk),
        "m:auto": bool(r.auto),
        "m:robot": r.robot_sender,
        "m:reply": not r.subject_counts,
        "m:hist": r.body.has_history,
        "m:lang_" + r.language: True,
        "bias": True,
    }
    facts.update({"m:method_" + method: True for method in r.methods})
    for name, present in facts.items():
        if present:
            add(name)
    return {name: 1.0 + math.log(count) for name, count in counts.items()}


class KindModel:
    """Weights per feature and kind, kept as one column of numbers per kind.

    A feature is a position in every column (``index``); a message's score for a kind is
    the sum of that kind's column at its features' positions. Columns are arrays, not
    tuples of floats: 89,000 features times nine kinds cost about 3 MB instead of 30. The
    shipped model keeps its whole numbers (weights times ``scale``), summed exactly and
    divided once per score: turning 1.4 million of them into floats was most of its loading.
    """

    def __init__(
        self,
        kinds: Sequence[str],
        index: Mapping[str, int],
        columns: Sequence[Sequence[float]],
        scale: float = 1.0,
    ) -> None:
        self.kinds = tuple(kinds)
        self.index = index
        self.columns = tuple(columns)
        self.scale = scale

    @classmethod
    def from_weights(
        cls, kinds: Sequence[str], weights: Mapping[str, Sequence[float]]
    ) -> KindModel:
        """A model from a weight row per feature (what :func:`fit` learns)."""
        names = sorted(weights)
        columns = [array("d", (weights[n][k] for n in names)) for k in range(len(kinds))]
        return cls(kinds, {n: i for i, n in enumerate(names)}, columns)

    def row(self, name: str) -> list[float]:
        at = self.index[name]
        return [column[at] / self.scale for column in self.columns]

    def scores(self, x: Features) -> list[float]:
        # most features weigh 1.0: their positions are summed per column in C, and only the
        # few repeated words are multiplied one by one
        get = self.index.get
        ones = [i for i in map(get, [n for n, v in x.items() if v == 1.0]) if i is not None]
        if len(ones) > 1:  # one itemgetter call per column picks them all, in the same order
            pick = itemgetter(*ones)
            totals = [sum(pick(column)) for column in self.columns]
        else:
            totals = [sum(map(column.__getitem__, ones)) for column in self.columns]
        for name, value in x.items():
            at = get(name) if value != 1.0 else None
            if at is not None:
                pairs = zip(totals, self.columns, strict=True)
                totals = [t + value * column[at] for t, column in pairs]
        return [total / self.scale for total in totals]

    def probabilities(self, x: Features) -> dict[str, float]:
        return dict(zip(self.kinds, _softmax(self.scores(x)), strict=True))

    def known_words(self, x: Features) -> int:
        """How many of a message's words and word pairs the model has weights for."""
        return sum(1 for name in x if name in self.index and name[:2] in _WORDY)

    def evidence(self, x: Features, kind: str, count: int = 3) -> list[str]:
        """The features that speak most for ``kind`` against the other kinds (for reasons)."""
        k = self.kinds.index(kind)

        def lift(name: str) -> float:
            row = self.row(name)
            others = (w for i, w in enumerate(row) if i != k)
            return x[name] * (row[k] - max(others))

        named = [n for n in x if n in self.index and not n.startswith(("m:", "bias"))]
        best = sorted(named, key=lift, reverse=True)[:count]
        return [n.split(":", 1)[1].replace("_", " ") for n in best if lift(n) > 0]

    def to_json(self) -> dict:
        """Names in order, and each kind's column as little-endian int16 in base64 (weights
        times :data:`_SCALE`: a thousandth is finer than any weight needs)."""
        names = sorted(self.index, key=self.index.__getitem__)
        columns = []
        for column in self.columns:
            weights = (w / self.scale for w in column)
            scaled = array("h", (max(-32767, min(32767, round(w * _SCALE))) for w in weights))
            if sys.byteorder != "little":
                scaled.byteswap()
            columns.append(base64.b64encode(scaled.tobytes()).decode("ascii"))
        return {"kinds": list(self.kinds), "names": names, "scale": _SCALE, "columns": columns}

    @classmethod
    def from_json(cls, data: Mapping) -> KindModel:
        names = data["names"]
        columns = []
        for encoded in data["columns"]:
            scaled = array("h", base64.b64decode(encoded))
            if sys.byteorder != "little":
                scaled.byteswap()
            if len(scaled) != len(names):
                raise ValueError("a column of the kind model does not fit its names")
            columns.append(scaled)
        return cls(data["kinds"], {n: i for i, n in enumerate(names)}, columns, data["scale"])


_SCALE = 1000


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _scores_of(weights: Mapping[str, Sequence[float]], x: Features, kinds: int) -> list[float]:
    """Scores straight from weight rows (while training, before the columns exist)."""
    get = weights.get
    rows = [row for row in map(get, [n for n, v in x.items() if v == 1.0]) if row]
    totals = [sum(column) for column in zip(*rows, strict=True)] or [0.0] * kinds
    for name, value in x.items():
        row = get(name) if value != 1.0 else None
        if row:
            totals = [t + value * w for t, w in zip(totals, row, strict=True)]
    return totals


@cache
def load() -> KindModel | None:
    """The shipped model, read once; None when the package has none (rules only)."""
    try:
        blob = resources.files(__package__).joinpath(WEIGHTS_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return KindModel.from_json(json.loads(gzip.decompress(blob)))


def fit(
    examples: Sequence[tuple[Features, str]],
    *,
    epochs: int = 15,
    rate: float = 0.05,
    l2: float = 1e-4,
    seed: int = 0,
) -> KindModel:
    """Train on (features, kind) pairs: softmax regression by AdaGrad, deterministic for a
    given order of ``examples`` and ``seed``."""
    kinds = tuple(sorted({kind for _, kind in examples}))
    weights: dict[str, list[float]] = {}
    squares: dict[str, list[float]] = {}
    order = list(range(len(examples)))
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            x, kind = examples[i]
            p = _softmax(_scores_of(weights, x, len(kinds)))
            for k, name in enumerate(kinds):
                gradient = p[k] - (name == kind)
                if abs(gradient) < 1e-6:
                    continue
                for feature, value in x.items():
                    row = weights.setdefault(feature, [0.0] * len(kinds))
                    acc = squares.setdefault(feature, [0.0] * len(kinds))
                    g = gradient * value + l2 * row[k]
                    acc[k] += g * g
                    row[k] -= rate * g / (math.sqrt(acc[k]) + 1e-8)
    return KindModel.from_weights(kinds, weights)


__all__ = ["Features", "KindModel", "features", "fit", "load"]
