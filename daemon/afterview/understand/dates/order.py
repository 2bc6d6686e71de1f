"""Which way a numeric date is read: 04/11/2026 is April 11 to an American, 4 November to
everyone else.

A careful reader goes by the writer: a date in the mail that can only be read one way
(11/27 is month first, 27/11 day first) shows how this writer writes them all; else
English mail sent from the Americas is month first (the US and Canada write so), and
everything else day first. English is told by its stop words outnumbering any other
language's, so a two-line note ("Locked in for 12/03 at 3pm ET w/ Gwen") counts too,
while Spanish or Portuguese mail from the same offsets stays day first.

Mail stamped in UTC (Exchange Online, bulk senders) says nothing by its offset. There the
writer's own signs decide: a North American phone number ("(512) 555-0134", "+1 512 ...")
or a state with its ZIP code ("Austin, TX 78701") is month first, a European phone code or
British spelling ("organisation", "colour") day first. With neither, the order is unknown
(None): read day first, unless only month first names the coming weeks (daywords.py).
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
# A North American writer: "(512) 555-0134", "+1 512 555 0134", "512-555-0134", "TX 78701".
_AMERICAN = re.compile(
    r"(?:\+1[\s.-]?\(?\d{3}\)?|\(\d{3}\)|(?<![\d.+-])\d{3}-)[\s.-]?\d{3}[\s.-]\d{4}(?!\d)|"
    r"(?-i:\b[A-Z]{2}) \d{5}(?:-\d{4})?\b"
)
# A European one: a European country's phone code ("+44 20 ...", "+49 (0)30"), British
# spelling.
_EUROPEAN = re.compile(
    r"(?:(?<![\w+])\+|\(\+|\b00)(?:3\d|4\d)\)?[\s(]|\b(?:organis\w+|colour\w*|favourite|"
    r"behaviour\w*|centre|programme|analys(?:e|ed|ing)|cancelled|labour|honour\w*)\b",
    re.IGNORECASE,
)


def month_first(text: str, sent: datetime) -> bool | None:
    """Whether this text writes numeric dates month first (US style); None when it cannot be
    told (English mail stamped in UTC with no sign of the writer's country)."""
    head = text[:5000]
    written = _as_written(head)
    if written is not None:
        return written
    offset = sent.utcoffset() or timedelta(0)
    if _AMERICAS[0] <= offset <= _AMERICAS[1]:
        return _english(head)
    if offset or not _english(head):
        return False
    if _EUROPEAN.search(head):
        return False
    return True if _AMERICAN.search(head) else None


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
