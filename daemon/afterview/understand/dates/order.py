"""Which way a numeric date is read: 04/11/2026 is April 11 to an American, 4 November to
everyone else.

A careful reader goes by the writer: a date in the mail that can only be read one way
(11/27 is month first, 27/11 day first) shows how this writer writes them all; else
English mail sent from the Americas is month first (the US and Canada write so), and
everything else day first. English is told by its stop words outnumbering any other
language's, so a two-line note ("Locked in for 12/03 at 3pm ET w/ Gwen") counts too,
while Spanish or Portuguese mail from the same offsets stays day first.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from ..phrases.cues import STOPWORDS

# Two numbers with a slash, not inside a longer number, a path or a fraction of a URL.
_SLASHED = re.compile(r"(?<![\w./-])(\d{1,2})/(\d{1,2})(?:/(?:\d{4}|\d{2}))?(?![\w/]|[.,]\d)")
_WORDS = re.compile(r"[^\W\d_]+")
_AMERICAS = (timedelta(hours=-10), timedelta(hours=-3))
_MIN_ENGLISH = 2


def month_first(text: str, sent: datetime) -> bool:
    """Whether this text writes numeric dates month first (US style)."""
    written = _as_written(text[:5000])
    if written is not None:
        return written
    offset = sent.utcoffset() or timedelta(0)
    if not _AMERICAS[0] <= offset <= _AMERICAS[1]:
        return False
    return _english(text[:5000])


def _as_written(text: str) -> bool | None:
    """The order a date that can be read only one way shows; None when none does (or the
    text shows both, as a thread of two writers may)."""
    orders = set()
    for match in _SLASHED.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if 1 <= first <= 12 < second <= 31:
            orders.add(True)
        elif 1 <= second <= 12 < first <= 31:
            orders.add(False)
    return orders.pop() if len(orders) == 1 else None


def _english(text: str) -> bool:
    words = [w.lower() for w in _WORDS.findall(text)]
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in STOPWORDS.items()}
    english = scores.pop("en", 0)
    return english >= _MIN_ENGLISH and english > max(scores.values(), default=0)


__all__ = ["month_first"]
