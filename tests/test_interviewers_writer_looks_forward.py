"""Interviewers: one who fixes their own meeting (no recruiter) and says they look forward to
speaking with the candidate attends ("Looking forward to chatting with you", "Speak
Tuesday!", "Ich freue mich auf das Gespräch", "Au plaisir d'échanger avec vous", "Tengo
ganas de hablar contigo", "Ik kijk ernaar uit je te spreken"); a recruiter saying so is only
being polite.
"""

from __future__ import annotations

import pytest

from afterview.understand.people.attendance import writer_attends

_SAID = [
    "Looking forward to chatting with you on Tuesday.",
    "Looking forward to speaking with you then!",
    "Speak Tuesday!",
    "Great. Talk to you on Thursday.",
    "Ich freue mich auf das Gespräch mit Ihnen.",
    "Au plaisir d'échanger avec vous mardi.",
    "J'ai hâte d'échanger avec vous.",
    "Au plaisir de vous rencontrer.",
    "Tengo muchas ganas de hablar contigo.",
    "Encantada de conocerte el martes.",
    "Ik kijk ernaar uit je te spreken.",
]


@pytest.mark.parametrize("text", _SAID)
def test_one_fixing_their_own_meeting_who_looks_forward_attends(text):
    assert writer_attends(text, arranges=False)


@pytest.mark.parametrize("text", _SAID)
def test_a_recruiter_who_looks_forward_is_only_polite(text):
    assert not writer_attends(text, arranges=True)


@pytest.mark.parametrize(
    "text", ["Talk soon about the offer letter.", "We spoke Tuesday about the role."]
)
def test_other_talk_says_nothing(text):
    assert not writer_attends(text, arranges=False)
