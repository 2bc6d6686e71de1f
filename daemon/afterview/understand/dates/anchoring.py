"""A span counted from another event than the mail's own day: "within five working days of
your interview", "innerhalb von zwei Wochen nach Bewerbungsschluss", "dans les 15 jours
suivant la date de clôture", "en 10 días tras la entrevista", "binnen twee weken na de
sluitingsdatum".

When the mail names that event's day ("Your interview is on Monday 23 November", "closing
date: 30 November"), the span is counted from it, as a reader would: five working days from
Monday 23 is Monday 30. When it does not, the span gives no day: the event may be weeks away,
and counting from the mail's own day would promise an answer before the employer said it
would come. A span counted from the candidate's own step (a task's submission) gives none
either: the task's deadline is the latest day it may come, not the day it comes. A span counted from
the candidate's application is counted from about now: an acknowledgement is sent as the
application arrives ("within two weeks of receiving your application").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .days import DateMention
from .periods import scan_periods
from .text import sentence_bounds

_ANCHORED_ELSEWHERE = re.compile(
    r"\s*(?:,\s*)?(?:(?:of|after|from|following)\s+(?:the|our|your)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:closing|close|deadline|interviews?|end|advert\w*|posting|vacancy|assessments?|panel|"
    r"final\s+round|submission|receipt|completion|tasks?|assignment|test)\b|"
    # counted from the candidate's own step: "within five working days of receiving it",
    # "nach Eingang Ihrer Unterlagen", "à réception de votre travail", "tras recibir tu
    # prueba", "na ontvangst van je opdracht"
    r"(?:of|after|from)\s+(?:receiving|submitting|completing|getting)\b|"
    r"nach\s+(?:Eingang|Erhalt|Abgabe)\b|(?:à|après|dès)\s+(?:la\s+)?r[ée]ception\b|"
    r"(?:tras|despu[ée]s\s+de)\s+(?:recibir|la\s+recepci[oó]n|la\s+entrega)\b|"
    r"na\s+(?:ontvangst|inlevering|het\s+inleveren)\b|"
    r"nach\s+(?:(?:dem|der|Ablauf|Ende)\s+(?:\w+\s+){0,2}?)?(?:Bewerbungs(?:schluss|frist)|"
    r"Ausschreibung\w*|Gespr(?:ä|ae)ch\w*|Interview\w*|Frist)|"
    r"(?:apr[èe]s|suivant|à\s+compter\s+de)\s+(?:la|le|l'|les)\s*(?:date\s+(?:de\s+|limite))?"
    r"(?:cl[ôo]ture|fin|entretiens?|entrevues?|limite)|"
    r"(?:despu[ée]s\s+de|tras|desde|a\s+partir\s+de)\s+(?:la|el|del|las|los)\s+"
    r"(?:fecha\s+(?:de\s+|l[íi]mite))?(?:cierre|fin|entrevistas?|plazo|l[íi]mite)|"
    r"na\s+(?:de|het|afloop\s+van\s+de)\s+(?:sluiting\w*|deadline|gesprek\w*|interviews?|"
    r"einde|vacature\w*))",
    re.IGNORECASE,
)
_FROM_APPLYING = re.compile(
    r"\s*(?:,\s*)?(?:(?:of|after|from|following)\s+(?:(?:receiving|receipt\s+of|submitting|"
    r"(?:the\s+)?submission\s+of)\s+)?(?:your\s+|the\s+|an?\s+)?(?:application|applying|CV)\b|"
    r"(?:nach|ab)\s+(?:Eingang|Erhalt)\s+(?:Ihrer|deiner|der)\s+Bewerbung\w*|"
    r"(?:suivant|apr[èe]s|à\s+compter\s+de|d[èe]s)\s+(?:la\s+r[ée]ception\s+de\s+)?"
    r"(?:votre|ta|sa|la)\s+candidature|(?:desde|tras|despu[ée]s\s+de)\s+(?:la\s+recepci[oó]n\s+"
    r"de\s+|recibir\s+)?(?:tu|su|la)\s+(?:candidatura|solicitud)|"
    r"na\s+(?:ontvangst\s+van\s+)?(?:je|jouw|uw|de)\s+(?:sollicitatie|aanmelding))",
    re.IGNORECASE,
)
# The events a span is counted from, each with the words a sentence dating it would use.
_EVENTS = (
    re.compile(
        r"interview\w*|gespr(?:ä|ae)ch\w*|entretien\w*|entrevue\w*|entrevista\w*|gesprek\w*|"
        r"assessment\w*|panel|final\s+round",
        re.IGNORECASE,
    ),
    re.compile(
        r"closing|closes?\b|deadline|Bewerbungs(?:schluss|frist)|Frist|Ausschreibung\w*|cl[ôo]ture|"
        r"date\s+limite|cierre|plazo|fecha\s+l[íi]mite|sluiting\w*|advert\w*|posting|vacancy|"
        r"vacature\w*",
        re.IGNORECASE,
    ),
)


# The candidate's own step ("within five working days of your submission", "nach Eingang Ihrer
# Unterlagen"): its deadline is only the latest day it may come, not its day, so no day.
_CANDIDATES_STEP = re.compile(r"(?!)")


def counted_from(norm: str, span_end: int) -> re.Pattern[str] | None:
    """The words of the event a span ending at ``span_end`` is counted from, or None when it
    is counted from the mail's day (no event, or the candidate's application)."""
    anchor = _ANCHORED_ELSEWHERE.match(norm, span_end)
    if anchor is None or _FROM_APPLYING.match(norm, span_end):
        return None
    said = anchor.group()
    return next((words for words in _EVENTS if words.search(said)), _CANDIDATES_STEP)


def recount(
    norm: str, span: tuple[int, int], event: re.Pattern[str], named: Sequence[DateMention]
) -> date | None:
    """The last day of the span ``norm[span]``, counted from the latest day the mail names in a
    sentence about ``event``; None when it names none."""
    start, end = span
    days = []
    for mention in named:
        if mention.start < end and start < mention.end:
            continue
        begin, finish = sentence_bounds(norm, mention.start, mention.end, reach=250)
        if event.search(norm, begin, finish):
            days.append(mention.day)
    if not days:
        return None
    periods = scan_periods(norm[start:end], max(days))
    return max(period.day for period in periods) if periods else None
