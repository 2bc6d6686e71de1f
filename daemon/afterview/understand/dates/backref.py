"""Spans that point back to a day the mail already named.

- "the week after" counts from that day: "the committee now meets on 24 November; you will
  hear from us at the latest the week after" ends on the Friday of the week after the 24th
  ("in der Woche darauf", "la semaine suivante", "la semana siguiente", "de week daarna");
- "the following Friday" is the first Friday after that day ("am darauffolgenden Freitag",
  "le vendredi suivant", "el viernes siguiente", "de vrijdag daarna");
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

from .days import monday_of, next_weekday
from .lexicon import WEEKDAYS, alternation

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
# "the following week" alone follows the day named just before it, in its own sentence:
# "Interviews run until Friday 27 November, and we will contact all candidates the
# following week" (with no day before it, periods.py reads it as next week).
_FOLLOWING_WEEK = re.compile(
    r"(?<![\w'])(?:(?:in|during)\s+)?the\s+following\s+week(?![\w'])"
    r"(?!\s+(?:after|thereafter)\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
_BY_THEN = re.compile(
    r"(?<![\w'])(?:by\s+then|by\s+that\s+(?:date|day|time)|until\s+then|bis\s+dahin|"
    r"bis\s+zu\s+diesem\s+(?:Datum|Tag|Zeitpunkt)|d'ici\s+l[àa]|(?:para|hasta)\s+entonces|"
    r"(?:para|hasta)\s+esa\s+fecha|tegen\s+(?:die|dan)\s+tijd|tot\s+dan|voor\s+die\s+datum|"
    # the end of what was just dated: "Your trial week runs from 30 November to 4 December;
    # we'll give you our answer at the end of it", "an deren Ende", "à son issue", "al final
    # de la misma", "aan het eind daarvan"
    r"(?:at|by)\s+the\s+end\s+of\s+(?:it|that)(?=\s*(?:[.,;:!?)]|$))|an\s+(?:deren|dessen)\s+"
    r"Ende|(?:à|a)\s+son\s+issue|al\s+final\s+de\s+(?:la|lo)\s+mism[ao]|"
    r"aan\s+het\s+eind(?:e)?\s+daarvan)"
    r"(?![\w'])",
    re.IGNORECASE,
)
# "the following Friday", "the Friday after", "am darauffolgenden Freitag", "le vendredi
# suivant", "el viernes siguiente", "de vrijdag daarna": the first such weekday after it.
_WD = alternation(WEEKDAYS)
_WEEKDAY_AFTER = re.compile(
    rf"(?<![\w'])(?:the\s+following\s+(?P<en>{_WD})|the\s+(?P<en2>{_WD})\s+after(?:\s+that)?"
    r"(?!\s+(?:next|the|this|our|your|a|an)\b)|(?:am\s+)?darauf\s*folgenden\s+"
    rf"(?P<de>{_WD})|(?:le\s+)?(?P<fr>{_WD})\s+suivant|(?:el\s+)?(?P<es>{_WD})\s+siguiente|"
    rf"(?:de\s+)?(?P<nl>{_WD})\s+(?:daarna|erna|daarop)|de\s+daaropvolgende\s+(?P<nl2>{_WD}))"
    r"(?![\w'])",
    re.IGNORECASE,
)
# "by the end of that week", "later that week", "Ende derselben Woche", "à la fin de cette
# semaine-là", "a finales de esa semana", "aan het eind van die week": the Friday of the
# week of the day named before (a "the Monday after" before it counts as that Monday).
_THAT_WEEK = re.compile(
    r"(?<![\w'])(?:(?:the\s+)?end\s+of\s+that\s+(?:same\s+)?week|later\s+(?:that|the\s+same)\s+"
    r"week|that\s+same\s+week|the\s+same\s+week|(?:Ende|im\s+Laufe)\s+(?:derselben|jener|"
    r"der\s+gleichen)\s+Woche|in\s+(?:derselben|der\s+gleichen|jener)\s+Woche|"
    r"(?:la\s+)?fin\s+de\s+cette\s+semaine-l[àa]|(?:dans\s+)?la\s+m[êe]me\s+semaine|"
    r"(?:a\s+)?(?:finales|final)\s+de\s+esa\s+(?:misma\s+)?semana|esa\s+misma\s+semana|"
    r"la\s+misma\s+semana|(?:aan\s+het\s+)?eind(?:e)?\s+van\s+die(?:zelfde)?\s+week|"
    r"diezelfde\s+week|dezelfde\s+week)(?![\w'-])",
    re.IGNORECASE,
)
# "the Friday of that same week", "am Freitag derselben Woche", "le vendredi de la même
# semaine", "el viernes de esa misma semana", "de vrijdag van diezelfde week": that weekday
# in the week of the day named before ("We moved you to Monday 23rd ... an answer by the
# Friday of that same week" is Friday 27th, not the coming Friday the weekday alone reads).
_WEEKDAY_OF_THAT_WEEK = re.compile(
    rf"(?<![\w'])(?:the\s+)?(?P<wd>{_WD})\s+(?:of\s+(?:that|the)\s+(?:same\s+)?week|"
    r"(?:derselben|der\s+gleichen|jener)\s+Woche|de\s+(?:la\s+m[êe]me\s+semaine|"
    r"cette\s+(?:m[êe]me\s+)?semaine(?:-l[àa])?)|de\s+(?:esa|la)\s+misma\s+semana|"
    r"van\s+(?:die(?:zelfde)?|dezelfde)\s+week)(?![\w'-])",
    re.IGNORECASE,
)
# A day named before stays in reach for a few paragraphs: "Monday 23rd at half nine ...
# [a paragraph on the panel] ... an answer by the Friday of that same week".
_REACH = 800
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
    """Every "the week after", "the following Friday" and "by then" that follows a named
    day, with the day it ends, in text order."""
    if not named:
        return []  # each span counts from a day named before it: none, nothing to find
    found: list[BackReference] = []
    for pattern, week in ((_WEEK_AFTER, True), (_BY_THEN, False)):
        for match in pattern.finditer(norm):
            anchor = _last_named_before(named, match.start())
            if anchor is None:
                continue
            day = monday_of(anchor) + _FRIDAY_OF_THE_WEEK_AFTER if week else anchor
            found.append(BackReference(match.start(), match.end(), day))
    if "following" in norm.lower():
        for match in _FOLLOWING_WEEK.finditer(norm):
            anchor = _last_named_before(named, match.start(), norm)
            if anchor is not None:
                day = monday_of(anchor) + _FRIDAY_OF_THE_WEEK_AFTER
                found.append(BackReference(match.start(), match.end(), day))
    for match in _WEEKDAY_AFTER.finditer(norm):
        anchor = _last_named_before(named, match.start())
        if anchor is not None:
            weekday = WEEKDAYS[next(g for g in match.groups() if g).lower()]
            day = next_weekday(anchor, weekday)
            found.append(BackReference(match.start(), match.end(), day))
    lower = norm.lower()
    if any(word in lower for word in ("week", "woche", "semaine", "semana")):
        found += _weekday_of_that_week(norm, named)
        found += _that_week(norm, named, found)
    return sorted(found, key=lambda reference: reference.start)


def _weekday_of_that_week(norm: str, named: Sequence[_Named]) -> list[BackReference]:
    """Every "the Friday of that same week" with that weekday of the week of the day named
    last before it (the weekday's own mention inside it is no anchor)."""
    weeks = []
    for match in _WEEKDAY_OF_THAT_WEEK.finditer(norm):
        outside = [n for n in named if not match.start() <= n.start < match.end()]
        anchor = _last_named_before(outside, match.start())
        if anchor is not None:
            day = monday_of(anchor) + timedelta(days=WEEKDAYS[match.group("wd").lower()])
            weeks.append(BackReference(match.start(), match.end(), day))
    return weeks


def _that_week(
    norm: str, named: Sequence[_Named], found: list[BackReference]
) -> list[BackReference]:
    """Every "the end of that week" with the Friday of the week it points back to: the day
    named last before it, or a back reference ("the Monday after") that holds that day."""
    anchors = [n for n in named if not any(r.start <= n.start and n.end <= r.end for r in found)]
    anchors += found
    weeks = []
    for match in _THAT_WEEK.finditer(norm):
        anchor = _last_named_before(anchors, match.start())
        if anchor is not None:
            day = monday_of(anchor) + timedelta(days=4)
            weeks.append(BackReference(match.start(), match.end(), day))
    return weeks


def _last_named_before(
    named: Sequence[_Named], position: int, same_sentence_of: str | None = None
) -> date | None:
    """The day named last before ``position`` (within reach; with ``same_sentence_of``, the
    text, only in the same sentence)."""
    before = [n for n in named if position - _REACH <= n.start and n.end <= position]
    if not before:
        return None
    last = max(before, key=lambda n: n.start)
    if same_sentence_of is not None and _SENTENCE_END.search(same_sentence_of, last.end, position):
        return None
    return last.day
