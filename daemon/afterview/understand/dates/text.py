"""Text helpers shared by the date finders: normalising, lines, sentences, cue words.

Normalising maps single characters to single characters, so every offset found in the
normalised text is valid in the original too (evidence is cut from the original).
"""

from __future__ import annotations

import re

# Characters mail clients use that regexes would not expect: no-break and thin spaces
# (Google Calendar writes "3:00\u202fPM"), typographic apostrophes, minus signs.
_SAME_LENGTH = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": " ",
        "\u2019": "'",
        "\u2018": "'",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\r": "\n",
        "\t": " ",
    }
)

_SENTENCE_END = re.compile(r"(?<!\d)(?<!\b\w)\.(?=\s)|[!?;](?=\s|$)|\n[ ]*\n")


def normalise(text: str) -> str:
    """The same text, same length, with odd spaces and quotes made plain."""
    return text.translate(_SAME_LENGTH)


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def line_at(text: str, pos: int) -> str:
    return text[line_start(text, pos) : line_end(text, pos)]


def sentence_bounds(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """The sentence around text[start:end], looking at most ``reach`` characters either way.

    A sentence ends at . ! ? ; followed by space (but not after a digit, as in German
    ordinals "4. Dezember", or after an initial) or at a blank line. Single line breaks do
    not end a sentence: mail is often hard-wrapped.
    """
    lower = max(0, start - reach)
    begin = lower
    for match in _SENTENCE_END.finditer(text, lower, start):
        begin = match.end()
    stop = min(len(text), end + reach)
    match = _SENTENCE_END.search(text, end, stop)
    finish = match.start() + 1 if match else stop
    return begin, finish


def evidence(text: str, start: int, end: int, limit: int = 160) -> str:
    """The matched words, on one line, shortened for a `reasons` string."""
    snippet = " ".join(text[start:end].split())
    return snippet if len(snippet) <= limit else snippet[: limit - 1] + "…"
