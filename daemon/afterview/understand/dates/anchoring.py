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
from .lexicon import BUSINESS_DAY_UNITS, DAY_UNITS, NUMBER_PATTERN, WEEK_UNITS
from .periods import scan_periods
from .text import sentence_bounds

# The meetings a span may be counted from, in the five languages: an interview by any name,
# an onsite or a visit, a trial shift, a panel or a presentation.
MEETING_WORDS = (
    r"interview\w*|on-?sites?|site\s+visits?|visits?|trial\s+(?:shift|day|session)s?|"
    r"final\s+(?:round|stage)|presentations?|meetings?|assessment\w*|panel|"
    r"gespr(?:ä|ae)ch\w*|Vorstellungs\w+|Probe(?:arbeit|tag)\w*|Termin\w*|"
    r"entretien\w*|entrevue\w*|rencontre|visite|journ[ée]e\s+d'(?:essai|immersion)|"
    r"entrevista\w*|reuni[oó]n|visita|jornada\s+de\s+prueba|"
    r"gesprek\w*|sollicitatiegesprek\w*|bezoek|proefdag\w*|kennismaking\w*"
)
_ANCHORED_ELSEWHERE = re.compile(
    r"\s*(?:,\s*)?(?:(?:of|after|from|following)\s+(?:the|our|your|their|his|her|each)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:closing|close|deadline|end|advert\w*|posting|vacancy|"
    r"submission|receipt|completion|tasks?|assignment|test|" + MEETING_WORDS + r")\b|"
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
    re.compile(MEETING_WORDS, re.IGNORECASE),
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


# A span counted from the day just named: "Your interview is on 26 November; we'll let you
# know within two working days of that", "innerhalb einer Woche danach", "dans les cinq jours
# qui suivent", "en los dos días siguientes", "binnen een week daarna".
_FROM_THAT = re.compile(
    # ("of that" ends its clause: "of this acknowledgement" is another thing)
    r"\s*(?:,\s*)?(?:(?:of|after|from|following)\s+(?:that|this|it|then)(?:\s+(?:date|day))?"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|so|at|with|to)\b)|thereafter\b|afterwards\b|danach\b|"
    r"darauf\b|daarna\b|daarop\b|qui\s+suiv(?:ent|ront)\b|apr[èe]s\s+(?:cela|ça|cette\s+date)|"
    r"siguientes\b|despu[ée]s\s+de\s+(?:eso|esto|ello|esa\s+fecha))",
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"\b(?:thanks?\s+(?:you\s+)?(?:again\s+)?for|(?:vielen\s+)?dank\s+(?:\w+\s+)?f(?:ü|ue)r|"
    r"danke\s+f(?:ü|ue)r|merci\s+(?:encore\s+)?(?:pour|de)|gracias\s+(?:\w+\s+)?por|"
    r"bedankt\s+voor|dank\s+(?:je\s+|u\s+)?(?:wel\s+)?voor)\b",
    re.IGNORECASE,
)
# Stands for "the day named just before" among the events a span is counted from.
# (a pattern of its own: ``re`` hands out one object for equal patterns)
# A day given as a limit is no event's day: "dates for an interview before Friday".
_LIMIT_BEFORE = re.compile(
    r"\b(?:before|by|until|till|no\s+later\s+than|bis(?:\s+zum)?|vor|sp(?:ä|ae)testens|"
    r"avant(?:\s+le)?|d'ici(?:\s+le)?|antes\s+del?|hasta(?:\s+el)?|voor|vóór|uiterlijk)"
    r"(?:\s+(?:the|el|le|den))?\s*$",
    re.IGNORECASE,
)
LAST_NAMED = re.compile(r"(?!)the day named before")
_REACH = 400


# A day written with a clock time is a meeting's: "You're booked in: Tuesday 24 November at
# 10:00", "am 24.11. um 14 Uhr", "le 26 novembre à 11h", "el martes 24 a las 10:00".
# The time may stand on the next row of a list: "Date: Thursday 12 November 2026" over "Time:
# 10:00 – 11:30", "📅 Lundi 30 novembre" over "🕘 9h00 – 10h30".
_CLOCK_AFTER = re.compile(
    r"(?:[ \t]*\n[ \t]*(?:[^\w\s]{1,3}[ \t]*)?(?:(?:time|zeit|uhrzeit|heure|horaire|hora|tijd|"
    r"tijdstip)[ \t]*:[ \t]*)?|[\s,(]{0,3})"
    r"(?:(?:at|um|à|a\s+las?|om|from|von|de|starting\s+at)\s+)?\d{1,2}"
    r"(?:[:.hu]\d{2}|\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h|u)\b)",
    re.IGNORECASE,
)


def meeting_days(norm: str, named: Sequence[DateMention]) -> list[DateMention]:
    """The days named with a clock time: when no sentence names the meeting, its day."""
    return [m for m in named if _CLOCK_AFTER.match(norm, m.end)]


_COUNT = re.compile(
    rf"(?:{NUMBER_PATTERN})\s+(?:{BUSINESS_DAY_UNITS}|{DAY_UNITS}|{WEEK_UNITS})|fortnight|"
    r"quinzaine|huitaine",
    re.IGNORECASE,
)
# A promise made for after an event: "Once the interviews are done, we'll get back to you
# within ten days", "Sobald die Gespräche abgeschlossen sind, melden wir uns innerhalb einer
# Woche", "Une fois les entretiens terminés", "Una vez hechas las entrevistas", "Zodra de
# gesprekken zijn afgerond": the span counts from that event, not from the mail's day.
_ONCE = re.compile(
    r"\b(?:once|after|as\s+soon\s+as|following|sobald|nachdem|nach|une\s+fois|d[èe]s\s+que|"
    r"apr[èe]s|una\s+vez|tras|despu[ée]s\s+de|zodra|nadat|na\s+afloop\s+van)\b",
    re.IGNORECASE,
)


def is_count(norm: str, span: tuple[int, int]) -> bool:
    """Whether the span at ``norm[span]`` is a count of days or weeks ("within ten days")."""
    return _COUNT.search(norm, *span) is not None


def counted_after_event(norm: str, begin: int, span: tuple[int, int]) -> re.Pattern[str] | None:
    """The event of a clause opening the sentence [begin, ...) that the count at ``span`` is
    made for ("Once the interviews are done, within ten days"), or None (see ``is_count``: a
    day of the calendar, "by the end of the month", is the same whatever comes first)."""
    span_start, _ = span
    for once in _ONCE.finditer(norm, begin, span_start):
        if span_start - once.end() > 120:
            continue
        for words in _EVENTS:
            found = words.search(norm, once.end(), min(span_start, once.end() + 30))
            if found is not None and words is _EVENTS[0]:
                words = same_meeting(found.group())
            # a comma ends the clause; opening the sentence it needs none ("Nach dem Probetag
            # melden wir uns innerhalb von drei Werktagen")
            opens = not norm[begin : once.start()].strip()
            if found is not None and (opens or "," in norm[found.end() : span_start]):
                return words
    return None


def counted_from(norm: str, span_end: int) -> re.Pattern[str] | None:
    """The words of the event a span ending at ``span_end`` is counted from (``LAST_NAMED``:
    the day named just before it), or None when it is counted from the mail's day (no event,
    or the candidate's application)."""
    if _FROM_THAT.match(norm, span_end):
        return LAST_NAMED
    anchor = _ANCHORED_ELSEWHERE.match(norm, span_end)
    if anchor is None or _FROM_APPLYING.match(norm, span_end):
        return None
    said = anchor.group()
    meeting = _EVENTS[0].search(said)
    if meeting is not None:
        return same_meeting(meeting.group())
    return next((words for words in _EVENTS if words.search(said)), _CANDIDATES_STEP)


def same_meeting(word: str) -> re.Pattern[str]:
    """The words of the same meeting as ``word``, its plural or compound too: "interviews" for
    "interview", "Probetag" not "Gespräch" (the day of one meeting is not another's)."""
    stem = word[: max(4, len(word) - 2)]
    return re.compile(re.escape(stem), re.IGNORECASE)


def recount(
    norm: str, span: tuple[int, int], event: re.Pattern[str], named: Sequence[DateMention]
) -> date | None:
    """The last day of the span ``norm[span]``, counted from the latest day the mail names in a
    sentence about ``event``; None when it names none."""
    day = event_day(norm, named, span, event)
    if day is None:
        return None
    start, end = span
    periods = scan_periods(norm[start:end], day)
    return max(period.day for period in periods) if periods else None


def event_day(
    norm: str, named: Sequence[DateMention], span: tuple[int, int], event: re.Pattern[str]
) -> date | None:
    """The day a span at ``norm[span]`` counts from: the latest day named, outside it, in a
    sentence about ``event`` (``LAST_NAMED``: the day named just before it); for a meeting,
    failing that, the day written with a clock time. None when the mail names none."""
    start, end = span
    days = []
    if event is LAST_NAMED:
        last = last_named_before(named, start)
        days = [last] if last is not None else []
    for mention in () if event is LAST_NAMED else named:
        if mention.start < end and start < mention.end:
            continue
        if _LIMIT_BEFORE.search(norm, max(0, mention.start - 24), mention.start):
            continue  # "your availability for an interview before Friday": no event's day
        # a day read with its full stop ("am 25 de noviembre.") still ends its sentence there
        last = mention.end - 1 if norm[mention.end - 1] == "." else mention.end
        begin, finish = sentence_bounds(norm, mention.start, last, reach=250)
        if _THANKS.search(norm, begin, mention.start):
            continue  # "thank you for the interview on Monday": a meeting past
        if event.search(norm, begin, finish):
            days.append(mention.day)
    if not days and event not in _EVENTS[1:] and event is not _CANDIDATES_STEP:
        days = [m.day for m in meeting_days(norm, named) if not (m.start < end and start < m.end)]
    return max(days) if days else None


def last_named_before(named: Sequence[DateMention], position: int) -> date | None:
    """The day named last before ``position``, within reach of it."""
    before = [m for m in named if position - _REACH <= m.start and m.end <= position]
    return max(before, key=lambda m: m.start).day if before else None
