"""Where a statement about whom the candidate meets ends: sentences and the lines of lists.

Whom a sentence names is read one statement at a time (:mod:`.named_met`), so where one
ends decides whose names go with which meeting words. Unlike a plain sentence split, a
title's point ("Dr. Vogel", "M. Benali") ends nothing, each line of a list or an agenda
stands alone, and a quoted mail's address lines ("From: ... <jess@x>") are dropped.
"""

from __future__ import annotations

import re
from functools import cache

# What follows a sentence's point (checked for titles first, see below); besides, each line
# of a list or an agenda is a unit of its own: "10:00 Research talk (incl. questions)" says
# nothing of the "11:00 Search committee meeting (Whitfield, Raman)" under it
_BREAK_AFTER_TITLES = (
    r"\s+|\n\s*\n|"
    r"\n(?=[ \t]*(?:[-*•·–][ \t]|\d{1,2}(?:[.:h]\d\d|[.)][ \t]|[ \t]*[ap]\.?m\b)))"
)


@cache
def _sentence_break() -> re.Pattern[str]:
    """Where a statement ends. A title's point ends none ("Der Auswahlkommission gehören Dr.
    Katrin Vogel ..."): the titles ``reading.TITLES`` keeps whole sentences over, and the
    French "M." (Monsieur) too. Built on first use: ``reading`` imports this package, so its
    titles are not there yet while this module loads."""
    from ..reading import TITLES

    # the cheap lookbehind first: the titles are tried only after a point
    not_after_title = "".join(rf"(?<!\b{t}\.)" for t in (*TITLES, "M"))
    return re.compile(r"(?<=[.!?])" + not_after_title + _BREAK_AFTER_TITLES)


# A quoted or forwarded mail's address line ("From: Jess Amato <jess@x>", "Cc: ...", "Von:",
# "De :", "Para:", "Aan:"): it names who wrote and got that mail, never whom the candidate
# meets, though its subject line under it may say "Your final interviews".
_ADDRESS_LINE = re.compile(
    r"^[ \t>]*\*?(?:from|to|cc|bcc|von|an|de|à|para|van|aan)\*?[ \t]*:[^\n]*@[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


def statements_of(text: str) -> list[str]:
    """The sentences and list lines of ``text``, each read for whom it says the candidate
    meets. Unlike ``reading.sentences_of`` (phrases a hard wrap may cut), a line of a panel
    list or an agenda stands alone, a title's point ("Dr. Vogel") ends nothing, and a quoted
    mail's address lines say nothing."""
    if "@" in text:
        text = _ADDRESS_LINE.sub("", text)
    return [s for s in _sentence_break().split(text) if s.strip()]
