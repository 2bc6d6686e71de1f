"""The leading-word gate in front of the phrase lists must never hide a match."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.mail.message import parse_message
from afterview.understand.gates.firstletter import by_first_letter, plain_source
from afterview.understand.gates.leads import TextIndex, finditer, gate_of, searched
from afterview.understand.gates.patternleads import leading_words
from afterview.understand.nonjob import contexts as nonjob
from afterview.understand.phrases import cues, lexicon

ROOT = Path(__file__).resolve().parent / "fixtures"
LISTS = {
    "rejection": lexicon.REJECTION,
    "offer": lexicon.OFFER,
    "received": lexicon.RECEIVED,
    "confirmed": lexicon.CONFIRMED,
    "invite": lexicon.INVITE,
    "choose": lexicon.CHOOSE,
    "cancelled": lexicon.CANCELLED,
    "out of office": cues.OUT_OF_OFFICE,
    "not about a job": nonjob.NON_JOB_PATTERNS,
}
PATTERNS = [p for patterns in LISTS.values() for p in patterns]


def _texts() -> list[str]:
    texts = []
    for folder in ("mail", "holdout_a", "holdout_b"):
        for path in sorted((ROOT / folder).glob("*.eml")):
            texts.append(parse_message(path.read_bytes()).text)
    return texts


TEXTS = _texts()


def test_leads_of_a_plain_alternation() -> None:
    leads = leading_words(re.compile(r"\b(?:regret|Bedauern)\s+to", re.IGNORECASE))
    assert leads is not None
    assert leads.starts == {"regret", "bedauern"}


def test_optional_opening_gives_both_ways_in() -> None:
    leads = leading_words(re.compile(r"\b(?:your )?(?:booking|event)\s+is", re.IGNORECASE))
    assert leads is not None
    assert leads.starts == {"your", "booking", "event"}


def test_unanchored_lead_is_searched_inside_words() -> None:
    leads = leading_words(re.compile(r"(?:gespräch|interview)\b.{0,20}einladen", re.IGNORECASE))
    assert leads is not None
    assert leads.inside == {"gespräch", "interview"}
    assert TextIndex("zum Vorstellungsgespräch möchten wir Sie einladen").may_match(
        re.compile(r"(?:gespräch|interview)\b.{0,40}einladen", re.IGNORECASE)
    )


def test_a_look_ahead_opening_and_a_small_class_are_spelt_out() -> None:
    leads = leading_words(re.compile(r"\b(?=\w)(?:P[ôo]le|r[ée]serv)\w*", re.IGNORECASE))
    assert leads is not None
    assert leads.starts == {"pôle", "pole", "réserv", "reserv"}
    assert leading_words(re.compile(r"[a-z]ab")) is None  # a wide class is no lead


def test_no_gate_for_patterns_without_a_literal_start() -> None:
    assert leading_words(re.compile(r"\w*gespräch")) is None
    assert leading_words(re.compile(r"(?:a|b)\s+x")) is None  # one-letter leads gate nothing


def test_a_text_without_the_leads_is_turned_away() -> None:
    pattern = re.compile(r"\bregret to (?:inform|tell)", re.IGNORECASE)
    assert not TextIndex("Thanks for the interview yesterday.").may_match(pattern)
    assert TextIndex("We Regret to inform you").may_match(pattern)


def test_gate_never_hides_a_match_in_the_fixtures() -> None:
    for text in TEXTS:
        index = TextIndex(text)
        for pattern in PATTERNS:
            if pattern.search(text):
                assert index.may_match(pattern), (pattern.pattern[:60], text[:80])


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(TEXTS),
    st.integers(min_value=0, max_value=4000),
    st.integers(min_value=1, max_value=600),
    st.sampled_from(["", "Ü", "\n", "don't ", "We've ", "NOT "]),
)
def test_gate_never_hides_a_match_in_cut_texts(text: str, start: int, length: int, glue: str):
    piece = glue + text[start : start + length] + glue
    index = TextIndex(piece)
    for pattern in PATTERNS:
        if pattern.search(piece):
            assert index.may_match(pattern), (pattern.pattern[:60], piece[:80])


# A piece of a fixture's text, cut anywhere, and one of the phrase lists.
PIECES = st.builds(
    lambda text, start, length: text[start : start + length],
    st.sampled_from(TEXTS),
    st.integers(min_value=0, max_value=4000),
    st.integers(min_value=1, max_value=600),
)


@settings(max_examples=200, deadline=None)
@given(PIECES, st.sampled_from(sorted(LISTS)))
def test_a_whole_list_is_gated_as_its_patterns_are_one_by_one(piece: str, name: str) -> None:
    patterns = LISTS[name]
    index = TextIndex(piece)
    one_by_one = [i for i, pattern in enumerate(patterns) if index.may_match(pattern)]
    assert gate_of(patterns).possible(index) == one_by_one


@settings(max_examples=200, deadline=None)
@given(PIECES, st.sampled_from(sorted(LISTS)))
def test_searched_finds_what_searching_every_pattern_finds(piece: str, name: str) -> None:
    patterns = LISTS[name]
    every = [i for i, pattern in enumerate(patterns) if pattern.search(piece)]
    assert searched(patterns, piece) == every


@settings(max_examples=200, deadline=None)
@given(PIECES, st.sampled_from(sorted(LISTS)), st.sampled_from(["", "İ", " x\u00a0", "ẞ "]))
def test_finditer_at_leads_finds_what_a_full_scan_finds(piece: str, name: str, glue: str):
    # "İ" lower-cases to two characters: positions then no longer line up, and the scan
    # must fall back to the plain one rather than try the pattern at shifted places
    piece = glue + piece + glue
    index = TextIndex(piece)
    for pattern in LISTS[name]:
        expected = [m.span() for m in pattern.finditer(piece)]
        assert [m.span() for m in finditer(pattern, index)] == expected, pattern.pattern[:60]


def test_finditer_sees_the_text_before_a_lead() -> None:
    # a word boundary before the lead is judged with the character before it, as in a scan
    pattern = re.compile(r"\bregret\b", re.IGNORECASE)
    text = "unregret; Regret. REGRETS regret"
    found = [m.span() for m in finditer(pattern, TextIndex(text))]
    assert found == [m.span() for m in pattern.finditer(text)] == [(10, 16), (26, 32)]


# ---- alternations grouped by first letter ----------------------------------------------

_FOLDS = "ſ K İ ı ſalary KANDIDAT İNTERVIEW ınterview Sent from my phone ©2024 (C) 2024 ÉTAPE"
_MIXED = (
    r"salary|kandidat\w*|interview\w*|\d+\s+days|(?:base\s+)?pay|[ée]tape suivante|"
    r"sent (?:from|via)"
)
_PIECES = ("salary", "ſalary", "Kandidatin", "İnterview", "the next round", "3 Tage Urlaub", "CV")


def _plain_and_grouped(alternation: str, flags: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    grouped = by_first_letter(alternation, flags)
    return (
        re.compile(rf"\b(?:{alternation})\b", flags),
        re.compile(rf"\b{grouped}\b", flags),
    )


def test_grouping_keeps_every_match_with_case_folding() -> None:
    plain, grouped = _plain_and_grouped(_MIXED, re.IGNORECASE)
    assert grouped.pattern != plain.pattern  # it was rewritten, with look-aheads
    for text in (_FOLDS, _FOLDS.upper(), "3 days, étape suivante, BASE  PAY, ſent via", "pay"):
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    assert grouped.findall("ſalary İnterview ıNTERVIEW") == ["ſalary", "İnterview", "ıNTERVIEW"]


def test_patterns_with_groups_are_left_alone() -> None:
    assert by_first_letter(r"(a)bc|de", re.I) == r"(?:(a)bc|de)"
    assert by_first_letter(r"(?i)abc|de", 0) == r"(?:(?i)abc|de)"


def test_grouped_patterns_read_as_plain_for_their_syntax() -> None:
    plain = re.compile(plain_source(cues.JOB_CONTEXT.pattern), cues.JOB_CONTEXT.flags)
    assert "(?=" not in plain.pattern and "interview" in plain.pattern


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aeiklnrstvwdpyKSİıſé 0123\n", max_size=60), st.sampled_from(_PIECES))
def test_job_context_grouped_matches_as_plain(text: str, piece: str) -> None:
    plain = re.compile(plain_source(cues.JOB_CONTEXT.pattern), cues.JOB_CONTEXT.flags)
    for sample in (text + piece, piece.upper() + text, text.swapcase()):
        assert cues.JOB_CONTEXT.findall(sample) == plain.findall(sample)


def test_the_period_word_gates_hide_no_match() -> None:
    """Each simple period pattern is skipped when its text holds none of its words: every
    match it finds, in the fixtures and in phrases of each kind, must hold one of them."""
    from afterview.understand.dates import periods

    phrases = [
        "by the end of next week",
        "Anfang nächster Woche",
        "mi-next week",
        "la semana que viene",
        "EOW",
        "fin de semana",
        "el próximo mes",
        "bis Monatsende",
        "before the month is out",
        "en los próximos días",
        "binnenkort al",
        "in a fortnight's time",
        "EOD",
        "a lo largo del día",
        "in de loop van de dag",
    ]
    found = 0
    for text in [*TEXTS, *phrases]:
        for (pattern, _), words in zip(
            periods._SIMPLE_PATTERNS, periods._SIMPLE_WORDS, strict=True
        ):
            for match in pattern.finditer(text):
                found += 1
                assert any(word in match.group(0).lower() for word in words), match.group(0)
    assert found >= len(phrases)
