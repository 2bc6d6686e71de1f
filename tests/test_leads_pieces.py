"""Searching a phrase list piece by piece (each alternative of a pattern where its own leads
occur) must find exactly the patterns a plain search of each finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.understand.gates.leads import searched
from afterview.understand.gates.patternleads import leading_words
from afterview.understand.gates.patternparts import needs_digit

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


def test_a_digit_is_needed_only_where_every_way_through_has_one() -> None:
    assert needs_digit(re.compile(r"\b\d{1,2}:\d\d\b"))
    assert needs_digit(re.compile(r"(?:at|um)\s+(?:\d|[0-2]\d)h"))
    assert not needs_digit(re.compile(r"noon|\d+ ?pm"))
    assert not needs_digit(re.compile(r"[^0-9]+"))
    assert not needs_digit(re.compile(r"x(?:\d{1,2})?"))


def test_clock_patterns_that_need_a_digit_find_nothing_without_one() -> None:
    from afterview.understand.dates import clock, daywords

    patterns = [v for v in vars(clock).values() if isinstance(v, re.Pattern)]
    patterns += [pattern for pattern, _ in daywords._READERS]
    texts = [
        "at 3pm on Monday 4 May",
        "Termin am 12.11. um 14:30 Uhr",
        "le 3/4 à 15h, 2026-11-03T10:00",
        "mañana a las 10",
        "noon on the 21st, half past three",
    ]
    gated = [p for p in patterns if needs_digit(p)]
    assert len(gated) >= 15
    found = 0
    for text in texts:
        for pattern in gated:
            found += bool(pattern.search(text))
            stripped = re.sub(r"\d", "", text)
            assert pattern.search(stripped) is None, (pattern.pattern[:60], stripped)
    assert found  # the texts with their digits do hold matches
