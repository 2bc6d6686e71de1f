"""Searching a phrase list piece by piece (each alternative of a pattern where its own leads
occur) must find exactly the patterns a plain search of each finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.understand.leads import leading_words, searched

# shapes the pieces take apart: a look-behind before the leads, one group after zero-width
# openings, alternatives without leads that need a literal run, and one that needs none
_PATTERNS = (
    re.compile(r"(?<!\bat the )(?<!\bto our )\bworkshop\b(?!\s+manager)", re.IGNORECASE),
    re.compile(
        r"\b(?=\w)(?:flat viewing|lettings|\w+'s\s+viewing|(?:a|an)\s+higher\s+bid|"
        r"(?:one|two)[- ]bed(?:room)?)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bpodcast\b|\b(?:a|as) guest (?:on|for)\b|\b\d{2,3}[.,]\d ?FM\b", re.IGNORECASE),
    re.compile(r"\b\d+\s+new\s+(?:[\w-]+\s+){1,2}jobs\b|\bnewsletter\b", re.IGNORECASE),
    re.compile(r"(?:ab|cd)+ef|\bxyz\b", re.IGNORECASE),  # a repeated group is not cut up
    re.compile(r"\bsession\b|\bkick-?off\b"),
)

_WORDS = (
    "workshop", "WORKSHOP manager", "at the workshop", "to our Workshop", "flat viewing",
    "Sam's viewing", "Sam’s viewing", "a higher bid", "an  higher bid", "two-bedroom",
    "one bed", "podcast", "as a guest on", "as guest for", "98.5 FM", "104,2FM",
    "3 new data jobs", "12 new jobs", "newsletter", "ababef", "cdef", "xyz", "Session",
    "session", "kickoff", "kick-off", "ı", "ſ", "İ", "ſession", "ınterview",
)  # fmt: skip


def test_a_look_behind_opening_leaves_the_leads_after_it() -> None:
    leads = leading_words(_PATTERNS[0])
    assert leads is not None
    assert leads.starts == {"workshop"}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8), st.sampled_from([" ", "\n", ". ", ""]))
def test_pieces_find_what_a_plain_search_finds(words: list[str], glue: str) -> None:
    text = glue.join(words)
    expected = [i for i, pattern in enumerate(_PATTERNS) if pattern.search(text)]
    assert searched(_PATTERNS, text) == expected, text
