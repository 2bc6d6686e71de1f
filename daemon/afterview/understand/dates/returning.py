"""When is an out-of-office sender back? The first day they said they would be there.

"back on Monday 30 November", "returning 2.12.", "de retour le 3 décembre", "zurück am
1. Dezember", "terug op maandag", "ab dem 1. Dezember wieder im Büro" give that day.
"out of office until 24 November", "from 20 through 24 November", "bis zum 30.11.",
"jusqu'au 27 novembre", "hasta el 27 de noviembre", "tot en met 27 november" name the
last day away, so the return is the day after (a weekend is left to the caller's
business-day rules). "back next week" is next week's Monday. A stated return beats a
last day away.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .mentions import monday_of, scan_dates
from .text import normalise, sentence_bounds, usable_sent

_BACK_BEFORE = re.compile(
    r"\b(?:back|return(?:ing|s)?|in\s+the\s+office|available\s+again|reachable\s+again|"
    r"zur(?:ü|ue)ck|wieder\s+(?:im\s+b(?:ü|ue)ro|da|erreichbar|verf(?:ü|ue)gbar|im\s+haus)|"
    r"de\s+retour|je\s+reviens|reviendrai|rentre|de\s+vuelta|regreso|regresar[eé]|vuelvo|"
    r"volver[eé]|me\s+reincorporo|terug|weer\s+(?:aanwezig|op\s+kantoor|bereikbaar|"
    r"beschikbaar))\b[^.;!?\n\d]{0,30}$",
    re.IGNORECASE,
)
# "from" words give the return day only when the sentence speaks of coming back.
_FROM_BEFORE = re.compile(
    r"\b(?:from|as\s+of|starting|ab|vanaf|à\s+partir\s+du|a\s+partir\s+del?)"
    r"(?:\s+(?:dem|den|the|on|op|le|el))?\s*$",
    re.IGNORECASE,
)
_COMING_BACK = re.compile(
    r"\b(?:back|return\w*|again|wieder|de\s+retour|retour|de\s+vuelta|regres\w*|weer|"
    r"terug)\b",
    re.IGNORECASE,
)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|through|thru|to|bis(?:\s+(?:einschlie(?:ß|ss)lich|einschl\.|inkl\.))?"
    r"|jusqu'(?:au|à|a)(?:\s+le)?|au|hasta(?:\s+el)?|al|t/m|tot\s+en\s+met|tot)"
    r"(?:\s+(?:and\s+including|zum|einschlie(?:ß|ss)lich|inclus|the|on|le|el|op))?\s*$",
    re.IGNORECASE,
)
_AWAY = re.compile(
    r"\b(?:out\s+of\s+(?:the\s+)?office|ooo|away|(?:i'?m|i\s+am|be)\s+out|vacation|holiday|"
    r"leave|travel\w*|"
    r"conference|unavailable|limited\s+access|abwesend|urlaub|nicht\s+im\s+b(?:ü|ue)ro|"
    r"nicht\s+erreichbar|dienstreise|absente?|cong[ée]s?|vacances|d[ée]placement|ausente|"
    r"vacaciones|fuera\s+de\s+la\s+oficina|afwezig|vakantie|niet\s+aanwezig|verlof|"
    r"niet\s+op\s+kantoor)\b",
    re.IGNORECASE,
)
_NEXT_WEEK = re.compile(
    r"\b(?:next\s+week|n(?:ä|ae)chste\s+woche|la\s+semaine\s+prochaine|"
    r"la\s+semana\s+que\s+viene|la\s+pr[oó]xima\s+semana|volgende\s+week)\b",
    re.IGNORECASE,
)
_HORIZON = timedelta(days=365)


def find_return_date(text: str, sent: datetime) -> date | None:
    """The first day the sender said they would be back, or None."""
    reference = usable_sent(sent)
    if reference is None:
        return None
    norm = normalise(text)
    sent_day = reference.date()
    stated: list[date] = []
    last_away: list[date] = []
    away_somewhere = _AWAY.search(norm[:4000]) is not None
    for mention in scan_dates(norm, sent_day):
        if mention.past:
            continue
        if _says_back(norm, mention.start, mention.end):
            stated.append(mention.day)
        elif away_somewhere and _UNTIL_BEFORE.search(
            norm, max(0, mention.start - 24), mention.start
        ):
            last_away.append(mention.day + timedelta(days=1))
    for match in _NEXT_WEEK.finditer(norm, 0, 4000):
        if _says_back(norm, match.start(), match.end()):
            stated.append(monday_of(sent_day) + timedelta(days=7))  # "back next week"
    for options in (stated, last_away):
        valid = [day for day in options if sent_day <= day <= sent_day + _HORIZON]
        if valid:
            return max(valid)
    return None


def _says_back(text: str, start: int, end: int) -> bool:
    """Whether the day at text[start:end] is introduced as the day of coming back: "back
    on ...", or "from ..." in a sentence about coming back ("ab dem 1. Dezember bin ich
    wieder da")."""
    before = text[max(0, start - 40) : start]
    if _BACK_BEFORE.search(before):
        return True
    if not _FROM_BEFORE.search(before[-24:]):
        return False
    begin, finish = sentence_bounds(text, start, end, reach=150)
    return _COMING_BACK.search(text, begin, finish) is not None
