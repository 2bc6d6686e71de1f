"""A gate for a few patterns over a short text, without the word index of :mod:`.leads`.

:class:`.leads.TextIndex` pays for itself where dozens of phrase lists are tried on one
text; a handful of patterns (the job-title phrases of :mod:`.role.title`) over a subject or a short
new text cost less to gate by plain substring tests on the lower-cased text: the words a
match must open with (:func:`.patternleads.leading_words`), the literal runs it must hold
(:func:`.patternparts.needed_runs`) and one word of each alternation it must go through
(:func:`.patternparts.needed_choices`). Like every gate, it never says "no" where the
pattern would match.
"""

from __future__ import annotations

import re

from .leads import hides_folds, keeps_positions
from .patternleads import leading_words
from .patternparts import by_identity, needed_choices, needed_runs


class Lowered:
    """A text lower-cased once, to gate a few patterns against it (module docstring)."""

    __slots__ = ("_holds", "exact", "lowered")

    def __init__(self, text: str) -> None:
        self.lowered = lowered = text.lower()
        # lower-casing that changed the text's length or left a letter an ignore-case pattern
        # reads as another hides words: such a text is let through
        self.exact = keeps_positions(text, lowered) and not hides_folds(lowered)
        self._holds = lowered.__contains__

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """Whether the text holds every literal run a match of ``pattern`` needs
        (:func:`.patternparts.needed_runs`), one word of each alternation it needs
        (:func:`.patternparts.needed_choices`) and one of its leads, anywhere."""
        if not self.exact:
            return True
        runs, groups = _gate_words(pattern)
        holds = self._holds  # a few words in a short text: the calls cost, not the scans
        for group in groups:
            if not any(map(holds, group)):
                return False
        return all(map(holds, runs))


@by_identity
def _gate_words(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """What :meth:`Lowered.may_match` looks for: the runs all needed, and groups of words one
    of each needed (the alternations first, rarer than the leads that open most phrases)."""
    leads = leading_words(pattern)
    groups = [*needed_choices(pattern)]
    if leads is not None:
        groups.append(tuple(sorted(leads.starts | leads.inside)))
    return needed_runs(pattern), tuple(groups)
