"""No phrase pattern may open with an unanchored run ("[^.!?\\n]*words"): a search tries it
from every character of a text, and in a long sentence without the words that costs the
square of its length (a 20,000-character body took a minute before this check existed).
Such patterns anchor the run at a sentence's start instead. Nor may one share a run of
spaces between two quantifiers ("\\s*,?\\s*"), which costs the same on a long run of spaces."""

from __future__ import annotations

import re

from phrasepatterns import understanding_patterns

# a run of a negated class or of any character, with more pattern after it (a bare
# tokenizer such as "[^.!?\n]+" is linear: it never has to find words further on)
# ("[^\W_]+", letters, is a word's class, not a negated one)
_OPENING_RUN = re.compile(r"^(?:\(\?[a-zA-Z]+\))?(?:\[\^(?!\\W)[^\]]*\]|\.)[*+]\??(?!$)")
# two runs of the same spaces with only an optional character between them ("\s*,?\s*"):
# on a long run of spaces the engine tries every way of sharing it between the two, the
# square of its length at each start; "\s*(?:,\s*)?" reads the same text in one way
_TWIN_RUNS = re.compile(
    r"(\\s[*+]|\[ \\t\][*+])"  # a run of spaces,
    r"(?:[^\\()\[\]|?*+]|\[[^\]]*\]|\\.|\((?:\?:)?[^()]*\))\?"  # an optional piece,
    r"(?:\\s\*|\[ \\t\]\*)"  # another run that may be empty
)


def _patterns() -> list[tuple[str, str]]:
    return [(where, pattern.pattern) for where, pattern in understanding_patterns()]


def test_the_patterns_are_found() -> None:
    assert len(_patterns()) > 200  # the check below must be looking at the phrase lists


def test_no_pattern_opens_with_an_unanchored_run() -> None:
    opening = [where for where, pattern in _patterns() if _OPENING_RUN.match(pattern)]
    assert opening == []


def test_no_pattern_splits_a_run_of_spaces_two_ways() -> None:
    twins = [where for where, pattern in _patterns() if _TWIN_RUNS.search(pattern)]
    assert twins == []


def test_the_check_sees_twin_runs() -> None:
    assert _TWIN_RUNS.search(r"confirm\s*[:,-]?\s*(?:for)")
    assert _TWIN_RUNS.search(r"[ \t]*\n?[ \t]*")
    assert _TWIN_RUNS.search(r"from\s*\*?\s*:")
    assert not _TWIN_RUNS.search(r"confirm\s*(?:[:,-]\s*)?(?:for)")
    assert not _TWIN_RUNS.search(r"\s*,?\d")
    assert _TWIN_RUNS.search(r"you\s+(?:were|was)?\s*(?:not|un)")
    assert _TWIN_RUNS.search(r"quote\s*(?:#|no\.?)?\s*\d")
    assert not _TWIN_RUNS.search(r"you\s+(?:(?:were|was)\s*)?(?:not|un)")


def test_the_check_sees_such_an_opening() -> None:
    assert _OPENING_RUN.match(r"[^.!?\n]*\b(?:questions?)\b")
    assert _OPENING_RUN.match(r"(?i).*interview")
    assert not _OPENING_RUN.match(r"(?:^|(?<=[.!?\n]))[^.!?\n]*\bquestions?")
    assert not _OPENING_RUN.match(r"[^.!?\n]+")  # a tokenizer
    assert not _OPENING_RUN.match(r"[^\W_]+(?:-[^\W_]+)*")  # words
    assert not _OPENING_RUN.match(r"\s*[)\]]")  # spaces before a bracket fail at once
