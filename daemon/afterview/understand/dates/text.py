"""Text helpers shared by the date finders: normalising, lines, sentences, cue words.

Normalising maps single characters to single characters, so every offset found in the
normalised text is valid in the original too (evidence is cut from the original).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

from .lexicon import MONTHS, alternation

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

# A number's point ends a sentence only before a capitalised word that is no month ("more
# than 4. Send it"), and not after a German article ("am 4. Dezember", "im 2. Stock") nor
# as a dotted date's last point ("bis 27.11. Bescheid geben").
_SENTENCE_END = re.compile(
    r"(?<!\d)(?<!\b\w)\.(?=\s)|(?P<num>(?<=\d)(?<!\d\.\d)(?<!\d\.\d\d)\.(?=[ \t]+(?!(?:"
    + alternation(MONTHS)
    + r")\b)(?-i:[A-Z][a-z'])))|[!?;](?=\s|$)|\n[ ]*\n",
    re.IGNORECASE,
)
_ARTICLE_NUMBER = re.compile(
    r"\b(?:am|im|zum|zur|vom|ab|bis|seit|der|die|das|den|dem|des|beim|ihrem|ihren|unserem|"
    r"unseren|le|la|el|de|het|op)\s+\d{1,2}$",
    re.IGNORECASE,
)


def _sentence_ends(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    for match in _SENTENCE_END.finditer(text, start, stop):
        if match.group("num") and _ARTICLE_NUMBER.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue
        yield match


def normalise(text: str) -> str:
    """The same text, same length, with odd spaces and quotes made plain."""
    return text.translate(_SAME_LENGTH)


# Lines are looked up at most this far: a megabyte without a line break must not make
# every lookup scan it all.
_LINE_REACH = 500


def line_start(text: str, pos: int) -> int:
    """Start of the line holding ``pos`` (or ``_LINE_REACH`` before it, if longer)."""
    lower = max(0, pos - _LINE_REACH)
    found = text.rfind("\n", lower, pos)
    return found + 1 if found >= 0 else lower


def line_end(text: str, pos: int) -> int:
    """End of the line holding ``pos`` (or ``_LINE_REACH`` after it, if longer)."""
    upper = min(len(text), pos + _LINE_REACH)
    found = text.find("\n", pos, upper)
    return found if found >= 0 else upper


def sentence_bounds(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """The sentence around text[start:end], looking at most ``reach`` characters either way.

    A sentence ends at . ! ? ; followed by space (but not after a digit, as in German
    ordinals "4. Dezember", or after an initial) or at a blank line. Single line breaks do
    not end a sentence: mail is often hard-wrapped.
    """
    lower = max(0, start - reach)
    begin = lower
    for match in _sentence_ends(text, lower, start):
        begin = match.end()
    stop = min(len(text), end + reach)
    match = next(_sentence_ends(text, end, stop), None)
    finish = match.start() + 1 if match else stop
    return begin, finish


def part_around(
    text: str, bounds: tuple[int, int], start: int, end: int, breaks: re.Pattern[str]
) -> tuple[int, int]:
    """The part of ``bounds`` (a sentence) that holds [start, end), between the nearest
    ``breaks`` on either side: a clause, a list item, a main clause, as ``breaks`` says."""
    begin, finish = bounds
    for match in breaks.finditer(text, begin, finish):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            return begin, match.start()
    return begin, finish


def evidence(text: str, start: int, end: int, limit: int = 160) -> str:
    """The matched words, on one line, shortened for a `reasons` string."""
    snippet = " ".join(text[start:end].split())
    return snippet if len(snippet) <= limit else snippet[: limit - 1] + "…"


def usable_sent(sent: datetime) -> datetime | None:
    """The sending time to count from: a naive one is taken as UTC; one outside the years
    1900-2200 (a broken Date header) gives no reference at all, and so no dates."""
    if sent.tzinfo is None or sent.utcoffset() is None:
        sent = sent.replace(tzinfo=UTC)
    return sent if 1900 <= sent.year <= 2200 else None
