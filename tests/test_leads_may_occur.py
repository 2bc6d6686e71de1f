"""The index-free gate (``Lowered.may_match``) must never hide a match, and must spare scans."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.mail.message import parse_message
from afterview.understand.gates.lowergate import Lowered
from afterview.understand.gates.patternparts import needed_choices
from afterview.understand.role import title as role

ROOT = Path(__file__).resolve().parent / "fixtures"
PATTERNS = [*role.TITLES_EN, *role.TITLES_DE, *role.TITLES_OTHER]


def _texts() -> list[str]:
    texts = []
    for folder in ("mail", "holdout_a", "holdout_b"):
        for path in sorted((ROOT / folder).glob("*.eml")):
            msg = parse_message(path.read_bytes())
            texts += [msg.text, msg.subject or ""]
    return texts


def _gate(pattern: re.Pattern[str], text: str) -> bool:
    return Lowered(text).may_match(pattern)


def test_a_required_alternation_is_a_choice() -> None:
    pattern = re.compile(r"\bthe\s+\w+\s+(?P<post>role|position|job)\b", re.IGNORECASE)
    assert needed_choices(pattern) == (("role", "position", "job"),)
    assert not _gate(pattern, "the Data Analyst opening at Acme")
    assert _gate(pattern, "the Data Analyst POSITION at Acme")


def test_optional_short_and_looked_ahead_alternations_are_no_choice() -> None:
    assert needed_choices(re.compile(r"x(?:role|post)?y")) == ()
    assert needed_choices(re.compile(r"x(?:role|at)y")) == ()  # "at" gates nothing
    assert needed_choices(re.compile(r"x(?!role|post)y")) == ()
    assert needed_choices(re.compile(r"x(?:role|\w+post)y")) == ()


def test_a_missing_needed_run_says_no() -> None:
    pattern = re.compile(r"\ben\s+tant\s+que\s+\w+", re.IGNORECASE)
    assert not _gate(pattern, "en effet, le poste de Chargé d'études")
    assert _gate(pattern, "En tant que Chargé d'études")


def test_letters_that_fold_to_others_let_every_pattern_through() -> None:
    pattern = re.compile(r"\bthe\s+\w+\s+(?:interview|post)\b", re.IGNORECASE)
    for text in ("the Analyst poſt", "the Analyst İnterview"):
        assert pattern.search(text)
        assert _gate(pattern, text)


def test_the_gate_never_hides_a_title_in_the_fixtures() -> None:
    hidden = [
        (p.pattern[:40], t[:60])
        for t in _texts()
        for p in PATTERNS
        if p.search(t) and not _gate(p, t)
    ]
    assert hidden == []


def test_the_gate_spares_most_scans_of_the_fixtures() -> None:
    texts = _texts()
    gated = sum(not _gate(p, t) for t in texts for p in PATTERNS)
    assert gated > len(texts) * len(PATTERNS) // 2


_WORDS = [
    *("the", "our", "role", "position", "Stelle", "als", "puesto", "de", "en", "tant", "que"),
    *("Data", "Analyst", "for", "applied", "join", "ſ", "İ", "\u212a", "Rôle", ",", ".", "\n"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_the_gate_never_hides_a_match_in_made_up_text(words: list[str]) -> None:
    text = " ".join(words)
    for pattern in PATTERNS:
        if pattern.search(text):
            assert _gate(pattern, text), (pattern.pattern[:40], text)
