"""A letterhead search no mail can make long: the employer's full name from a line that
writes a short form out (understand/company/letterhead.py) tries the ways each key of the short form
may fall on a line's words, and a hostile mail can make nearly all of them fail late (a domain
"aaaa-aaaa-aaaa-aaaa-zq", hundreds of lines "Aaaa Aaaa ... Zz"). No timings here: a hook
counts the search's recursive calls and stops a search that goes past a bound, which the
search before its step budget passed by orders of magnitude on one such line.
"""

from __future__ import annotations

import functools
import itertools
import string
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company import letterhead
from classifymail import ME, mail

# calls of the search's recursive generators one call of written_in_full may make
_BOUND = 50_000
_PAIRS = list(itertools.islice(itertools.product(string.ascii_lowercase, repeat=2), 450))


class _TooLong(AssertionError):
    pass


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    yield _counting(monkeypatch)
    _forget()


def _counting(patch: pytest.MonkeyPatch) -> dict[str, int]:
    """Counts of the search's calls by function, from now; more than ``_BOUND`` in all
    fails."""
    counted = {"_run": 0, "_place": 0, "_writes_out": 0}

    def counting(name: str, original: Callable) -> Callable:
        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            counted[name] += 1
            if counted["_run"] + counted["_place"] > _BOUND:
                raise _TooLong(f"the search went past {_BOUND:,} calls")
            return original(*args, **kwargs)

        return wrapper

    for name in counted:
        patch.setattr(letterhead, name, counting(name, getattr(letterhead, name)))
    _forget()
    return counted


def _forget() -> None:
    # remembered answers would hide the search from the counts
    letterhead._written_in_full.cache_clear()
    letterhead._parts.cache_clear()


def _lines(template: str) -> str:
    return "\n".join(template.format(a=a, b=b) for a, b in _PAIRS)


HOSTILE = {
    # the shape a review found: the last key ("zq") fits no word, every other way is tried
    "a key no word spells": (
        "aaaa-aaaa-aaaa-aaaa-zq",
        "Aaaa Aaaa Aaaa Aaaa Aaaa Aaaa Aaaa Aa{a}{b} Zz",
    ),
    # an organisation's word, and "zq" spelled: many full placements
    "every key spelled": (
        "aaaa-aaaa-aaaa-aaaa-zq",
        "Aaaa Aaaa Aaaa Aaaa Aaaa Aaaa Aa{a}{b} Zqab Centre",
    ),
    # five keys on four words they can spell: every placement fails at the last key
    "one word short": (
        "aaaa-aaaa-aaaa-aaaa-aaaa",
        "Aaaa Aaaa Aaaa Aa{a}{b} Centre Bbbb Cccc Dddd Eeee",
    ),
    # a key of many letters, spelled by the starts of words in many ways
    "a long key": (
        "a" * 40 + "-zq",
        "Aaaaaa Aaaaaa Aaaaaa Aaaaaa Aaaaaa Aaaaaa Aaaa{a}{b} Centre Zq",
    ),
}


@pytest.mark.parametrize("case", HOSTILE)
@pytest.mark.parametrize("abbreviated", [False, True])
def test_hostile_lines_take_a_bounded_search(
    calls: dict[str, int], case: str, abbreviated: bool
) -> None:
    short, template = HOSTILE[case]
    text = _lines(template)[: letterhead._MAX_TEXT]
    letterhead.written_in_full(short, [text], abbreviated=abbreviated)
    assert calls["_writes_out"] <= letterhead._MAX_LINES


def test_a_repeated_line_is_examined_once_and_counted_each_time(calls: dict[str, int]) -> None:
    hostile = "Bhaa Bbaa Haab Bbbb Hhhh Bbhh Hbbh Bhhb Zz Centre\n" * 300  # within the cut
    # two full names of as many words: the one written more often wins
    text = "Kind regards\nBrackwater Harbour Trust\n" + hostile + "Brackwater Harbour Centre\n" * 3
    assert letterhead.written_in_full("brackwater-harbour", [text]) == "Brackwater Harbour Centre"
    assert calls["_writes_out"] == 3  # the hostile line, and each name once


def test_the_letterhead_is_still_found_beside_hostile_lines(calls: dict[str, int]) -> None:
    text = "Best wishes,\nOrla Quinn\nTamsin Institute for Neuroscience\n" + _lines(
        HOSTILE["one word short"][1]
    )
    found = letterhead.written_in_full("tamsin-neuro", [text], abbreviated=True)
    assert found == "Tamsin Institute for Neuroscience"


def test_classify_reads_the_hostile_mail_with_a_bounded_search(calls: dict[str, int]) -> None:
    # the reviewer's message: the sender's domain and 450 different lines of its letters
    body = "Hello Sam,\n\n" + _lines(HOSTILE["a key no word spells"][1])
    raw = mail(body, frm="Jane <jane@aaaa-aaaa-aaaa-aaaa-zq.example>", subject="Interview")
    result = classify(parse_message(raw), me=(ME,))
    assert result.kind  # classified at all, within the bound the hook holds it to


_PIECES = ["Aaaa", "Aa", "Aab", "Ab", "Centre", "Trust", "of", "&", "Zq", "Zz", "GmbH", "Bbbb"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    keys=st.lists(
        st.sampled_from(["a", "aa", "aaaa", "aab", "ab", "zq", "abab"]), min_size=1, max_size=5
    ),
    lines=st.lists(
        st.lists(st.sampled_from(_PIECES), min_size=1, max_size=9), min_size=1, max_size=40
    ),
    abbreviated=st.booleans(),
)
def test_any_line_of_short_words_takes_a_bounded_search(
    keys: list[str], lines: list[list[str]], abbreviated: bool
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        counted = _counting(patch)
        # lines made distinct so that each is searched (a repeated one is searched once)
        text = "\n".join(
            f"{' '.join(words)} Aa{a}{b}"
            for words, (a, b) in zip(lines, _PAIRS[: len(lines)], strict=True)
        )
        letterhead.written_in_full("-".join(keys), [text], abbreviated=abbreviated)
        assert counted["_writes_out"] <= len(lines)
    _forget()
