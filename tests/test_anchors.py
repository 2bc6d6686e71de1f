"""Gates from anchors: never "no" where a pattern matches, and "no" for most other text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.mail.message import parse_message
from afterview.understand.gates.anchorindex import Gates, Words
from afterview.understand.gates.anchors import anchors_of
from afterview.understand.prefilter import _gates
from afterview.understand.reading import sentences_of

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "mail").glob("*.eml"))
SAMPLES = sorted(Path("/work/shared/samples").glob("*.eml"))


def gate(pattern: str, flags: int = re.IGNORECASE) -> Gates:
    return Gates({"p": [re.compile(pattern, flags)]})


def says(g: Gates, text: str) -> bool:
    return "p" in g.families(Words.of(text))


# ---- what anchors promise ------------------------------------------------------------------


def test_a_phrase_needs_its_words_in_order():
    g = gate(r"\bregret\s+to\s+inform\b")
    assert says(g, "We REGRET to\n   inform you that")
    assert not says(g, "I regret nothing. Please inform me; to be sure.")


def test_each_alternative_of_a_branch_opens_the_gate():
    g = gate(r"\b(?:offer|contract)\s+letter\b")
    assert says(g, "your offer letter") and says(g, "the contract letter")
    assert not says(g, "a letter from the bank")


def test_optional_parts_promise_nothing():
    g = gate(r"\b(?:dear\s+)?sam\b")
    assert says(g, "hi sam") and not says(g, "hi alex")


def test_a_word_start_is_a_prefix_and_an_inner_piece_a_substring():
    assert says(gate(r"\binterview\w*"), "after interviewing three people")
    assert says(gate(r"\w*gespräch\b"), "zum Vorstellungsgespräch")
    assert not says(gate(r"\binterview\w*"), "a review of the week")


def test_short_whole_words_count_only_as_words():
    g = gate(r"\b(?:CV|HR)\b")
    assert says(g, "please send your CV") and says(g, "from HR.")
    assert not says(g, "the chrome cvs store")


def test_classes_and_lookarounds_promise_nothing():
    assert anchors_of(re.compile(r"(?<=x)\d+[a-z]?")) == ()
    g = Gates({"p": [re.compile(r"\d{4}")]})
    assert "p" in g.open and says(g, "no digits at all")


def test_all_required_pieces_must_be_there():
    g = gate(r"\bhave\s+chosen\b[^.]{0,40}\banother\s+candidate")
    assert says(g, "we have chosen, after much thought, another candidate")
    assert not says(g, "we have chosen a date")


# ---- soundness on the classifier's own lists --------------------------------------------


def _families() -> dict[str, list[re.Pattern[str]]]:
    from afterview.understand import classify
    from afterview.understand.phrases import cues, lexicon
    from afterview.understand.role import title as role

    return {
        "job context": [cues.JOB_CONTEXT, classify.JOB_STRONG, cues.OWN_APPLICATION],
        "rejection": list(lexicon.REJECTION),
        "offer": list(lexicon.OFFER),
        "received": list(lexicon.RECEIVED),
        "out of office": list(cues.OUT_OF_OFFICE),
        "softener": [lexicon.REJECTION_SOFTENER],
        "decision": [lexicon.REJECTION_DECISION],
        "recruiter": [cues.RECRUITER_TITLE],
        "job title": [
            *role.TITLES_EN,
            *role.TITLES_DE,
            *role.TITLES_OTHER,
            role.LABELLED_TITLE,
            role.JOB_NOUN,
        ],
        "scheduling": [
            *lexicon.CONFIRMED,
            *lexicon.REQUEST,
            *lexicon.CANCELLED,
            *lexicon.CANCEL_BARE,
        ],
        "meeting": [classify.INTERVIEWISH],
    }


def _unsound(text: str) -> list[str]:
    """Patterns that match ``text`` although the prefilter's gate for them says no."""
    said = _gates().families(Words.of(text))
    return [
        f"{name}: {pattern.pattern[:70]}"
        for name, patterns in _families().items()
        if name not in said
        for pattern in patterns
        if pattern.search(text)
    ]


def _texts() -> list[str]:
    texts = []
    for path in FIXTURES + SAMPLES:
        message = parse_message(path.read_bytes())
        text = f"{message.subject}\n{message.text}"
        texts.append(text)
        texts.extend(sentences_of(text))
    return texts


def test_the_prefilter_gates_cover_every_family_of_the_classifier():
    assert set(_families()) == set(_gates().rules)


def test_no_gate_closes_on_real_mail_a_pattern_matches():
    """Every sentence and whole text of every fixture and sample, every phrase pattern."""
    failures = [(text[:60], miss) for text in _texts() for miss in _unsound(text)]
    assert not failures, failures[:5]


def test_the_gates_close_on_everyday_text():
    everyday = [
        "Are you around this weekend? The kids loved the park.",
        "Your order has shipped and will arrive on Tuesday.",
        "Mum says hello and asks whether you got her parcel.",
    ]
    for text in everyday:
        said = _gates().families(Words.of(text))
        assert not said & {"job context", "rejection", "offer", "received", "out of office"}


def _vocabulary() -> list[str]:
    """Words the lexicon is made of, and ordinary ones, to build hard texts from."""
    pieces = {
        piece.text
        for rules in _gates().rules.values()
        for rule in rules
        for clause in rule
        for term in clause
        for piece in term
    }
    return [*sorted(pieces), "the", "we", "you", "not", "your", "sam", "friday", "a", "to"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_no_gate_closes_on_generated_text_a_pattern_matches(data):
    words = _vocabulary()
    count = data.draw(st.integers(min_value=1, max_value=14))
    parts = data.draw(st.lists(st.sampled_from(words), min_size=count, max_size=count))
    gaps = data.draw(
        st.lists(
            st.sampled_from([" ", "  ", "\n", ", ", ". ", "-", "'"]), min_size=count, max_size=count
        )
    )
    text = "".join(word + gap for word, gap in zip(parts, gaps, strict=True))
    assert not _unsound(text), text


@pytest.mark.parametrize("case", [str.upper, str.title])
def test_case_does_not_matter(case):
    g = gate(r"\bthank(?:s| you)\s+for\s+applying\b")
    assert says(g, case("thank you for applying"))


def _all_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, p) for name, patterns in _families().items() for p in patterns]


@pytest.mark.parametrize(
    ("name", "pattern"), _all_patterns(), ids=lambda v: v if isinstance(v, str) else None
)
def test_every_string_a_pattern_matches_opens_its_gate(name, pattern):
    """Strings drawn from the pattern itself (with arbitrary text around them)."""

    @settings(max_examples=3, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(st.from_regex(pattern))
    def check(text):
        if pattern.search(text):
            assert name in _gates().families(Words.of(text)), text

    check()


def test_words_of_a_text_in_every_script_are_found_and_the_table_stays_bounded():
    """The word splitter remembers a bounded number of characters; past it, words are
    still those ``WORD.findall`` gives."""
    from afterview.understand.gates import anchorindex

    text = " ".join(chr(code) * 2 for code in range(0x4E00, 0x4E00 + 6000))
    text += " plain words stay"
    words = Words.of(text)
    assert len(anchorindex._BLANK_NONWORD) <= anchorindex._REMEMBERED_CHARACTERS
    assert words.words == frozenset(w.lower() for w in anchorindex.WORD.findall(text))
