"""Spans that point back to a day the mail already named.

- "the week after" counts from that day: "the committee now meets on 24 November; you will
  hear from us at the latest the week after" ends on the Friday of the week after the 24th
  ("in der Woche darauf", "la semaine suivante", "la semana siguiente", "de week daarna");
- "by then" is that day: "Interviews are on 3 December. If you have not heard from us by
  then, ..." ("bis dahin", "d'ici là", "para entonces", "tegen die tijd").

The day pointed to is the last one named before, in the same sentence or the one before
(within a few hundred characters); without one the span gives nothing ("the week after"
alone is read as next week by periods.py only when it says "the following week").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from .mentions import monday_of

_WEEK_AFTER = re.compile(
    # "the week after" ends its clause: "the week after next", "the week after Christmas"
    # and "the week after the interviews" count from something else
    r"(?<![\w'])(?:(?:in\s+)?the\s+(?:week|following\s+week)\s+(?:after|thereafter)"
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:at|from|with|or|and|by|if|once|when)\b))|"
    r"(?:in\s+)?der\s+(?:Woche|Folgewoche)\s+(?:darauf|danach)|in\s+der\s+Folgewoche|"
    r"(?:dans\s+|durant\s+)?la\s+semaine\s+(?:suivante|d'apr[èe]s|qui\s+suit)|"
    r"(?:en\s+|durante\s+)?la\s+semana\s+(?:siguiente|posterior|despu[ée]s)|"
    r"(?:in\s+)?de\s+week\s+(?:daarna|daarop|erna|erop|die\s+volgt))(?![\w'])"
    # "la semana siguiente a la entrevista", "la semaine suivante la clôture": another event
    r"(?!\s+(?:a|al|à|au|aux|la|le|les|el|de|del|des|nach|na)\b)",
    re.IGNORECASE,
)
_BY_THEN = re.compile(
    r"(?<![\w'])(?:by\s+then|by\s+that\s+(?:date|day|time)|until\s+then|bis\s+dahin|"
    r"bis\s+zu\s+diesem\s+(?:Datum|Tag|Zeitpunkt)|d'ici\s+l[àa]|(?:para|hasta)\s+entonces|"
    r"(?:para|hasta)\s+esa\s+fecha|tegen\s+(?:die|dan)\s+tijd|tot\s+dan|voor\s+die\s+datum)"
    r"(?![\w'])",
    re.IGNORECASE,
)
_REACH = 400
# "the week after" a named day ends on that following week's Friday: Monday + 7 + 4 days
_FRIDAY_OF_THE_WEEK_AFTER = timedelta(days=11)


class _Named(Protocol):
    start: int
    end: int
    day: date


@dataclass(frozen=True)
class BackReference:
    """A "the week after" or "by then" at [start, end) of the text, and the day it ends on."""

    start: int
    end: int
    day: date


def scan_back_references(norm: str, named: Sequence[_Named]) -> list[BackReference]:
    """Every "the week after" and "by then" that follows a named day, with the day it ends."""
    found: list[BackReference] = []
    for pattern, week in ((_WEEK_AFTER, True), (_BY_THEN, False)):
        for match in pattern.finditer(norm):
            before = [
                n for n in named if match.start() - _REACH <= n.start and n.end <= match.start()
            ]
            if not before:
                continue
            anchor = max(before, key=lambda n: n.start).day
            day = monday_of(anchor) + _FRIDAY_OF_THE_WEEK_AFTER if week else anchor
            found.append(BackReference(match.start(), match.end(), day))
    return found
