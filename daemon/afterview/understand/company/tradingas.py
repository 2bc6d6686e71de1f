"""The name a firm trades as, where the mail gives its registered name with "t/a" and the like.

Why a module of its own: one reading of one phrase, in several languages, applied to the name
``employer`` already chose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..body.text import whole_word_ends
from .spelling import leading_name

# "<name> Ltd t/a <trading name>": compiled once and anchored at each "t/a" found, rather
# than a pattern built around every candidate name (which would be compiled per message)
_TRADING_AS = re.compile(
    # a registered name's further words may come between ("Corvid Holdings Ltd t/a ...")
    r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3}?"
    r"(?:[ \t]+(?i:ltd|limited|plc|llc|inc|gmbh|b\.\s?v\.|bv|s\.a\.s?|sarl))?\.?,?\s+"
    r"(?i:t/a|trading\s+as|d/b/a|dba|doing\s+business\s+as|h\.o\.d\.n\.|handelend\s+onder\s+de\s+naam|"
    r"sous\s+l'enseigne|exer[çc]ant\s+sous\s+le\s+nom)\s+(?P<name>[^\n,;|()]+)"
)


def trading_name(name: str, texts: Sequence[str]) -> str:
    """The name a firm trades as, where the mail says so: "Fahy Foods Ltd t/a Spud & Bun" is
    known to the people it hires as Spud & Bun."""
    for text in texts:
        for end in whole_word_ends(text, name):
            match = _TRADING_AS.match(text, end)
            traded = leading_name(match.group("name")) if match else None
            if traded:
                return traded
    return name
