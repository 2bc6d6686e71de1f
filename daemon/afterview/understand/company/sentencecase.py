"""A name written in sentence case whose letters, squashed, are the domain's label.

French, Spanish, Italian, Portuguese and Dutch firms write lower-case words inside their
names: "Le Phare numérique" (lepharenumerique), "La Huerta del sur", "Bureau voor de Bouw".
Runs of capitalised words (``capitalruns``) break at those words, so the label matches
only part of the name ("Bureau") or none of it, and the domain's own title-cased label
("Lephare Numérique") would stand in for the mail's spelling.

Why a module of its own: ``spelling`` reads capitalised runs; this reads plain words, and
only where those runs left the label unspelled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import squash

_WORD = re.compile(r"[^\W_][\w'’-]*")
_GAP = re.compile(r"[ \t]+")


def sentence_case_name(
    texts: Sequence[str], labels: Sequence[str], flats: Sequence[str]
) -> str | None:
    """The words of a line that spell a label whole, from a capitalised first word, with a
    capitalised word and a lower-case word after it: "La Huerta del sur", not "The next
    step" (a sentence's own capital only), "la huerta del sur" or "Le Phare, numérique".

    ``flats`` are the texts squashed: a text that does not hold a label is not read."""
    for text, flat in zip(texts, flats, strict=True):
        wanted = [label for label in labels if len(label) >= 6 and label in flat]
        for line in text.splitlines() if wanted else ():
            flat_line = squash(line)
            here = [label for label in wanted if label in flat_line]
            if here:
                name = _spelled_in(line, here)
                if name:
                    return name
    return None


def _spelled_in(line: str, labels: list[str]) -> str | None:
    words = list(_WORD.finditer(line))
    for i, first in enumerate(words):
        if not first.group()[:1].isupper():
            continue
        spelled, j = squash(first.group()), i
        while j + 1 < len(words) and spelled not in labels:
            if not any(label.startswith(spelled) for label in labels):
                break
            if not _GAP.fullmatch(line, words[j].end(), words[j + 1].start()):
                break  # "Le Phare, numérique": a comma or a stop ends a name
            j += 1
            spelled += squash(words[j].group())
        rest = [w.group() for w in words[i + 1 : j + 1]]
        if (
            spelled in labels
            and any(w[:1].isupper() for w in rest)
            and any(w[:1].islower() for w in rest)
        ):
            return line[first.start() : words[j].end()]
    return None
