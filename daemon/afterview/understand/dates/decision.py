"""By when did the employer say it would decide or get back? (CONTRACT.md `decision_by`)

A day or span counts only in a sentence where the employer speaks of its own timeline
("we'll get back to you", "expect a decision", "you'll hear from me", "wir melden uns",
"nous reviendrons vers vous", "te daremos una respuesta", "laten we je weten") and never
in one that sets the candidate a deadline ("please let us know your decision by
November 20", "reply by Friday", "bitte bis Freitag zusagen"). When several qualify, the
latest wins: it is the last day by which the employer said it would be back.

Readings, counted from the message's date (see periods.py for spans):
- "by Friday" is the next Friday *after* the sending day: a Friday mail saying "by
  Friday" most likely means next Friday (the same day would need "today");
- "before Friday", "before the 30th", "vor dem 4.12." end the day before;
- "on or before the 27th" includes it; a negated "before" ("no decision before 1 December",
  "nicht vor dem 1.", "pas avant le 1er") is the earliest day, no last one, unless it is a
  condition ("if you don't hear from us before the 4th");
- a range of one month's days ("7-11 December", "December 7-11") gives its last (dayranges.py);
- a span counted from another event ("within five days of your interview") is counted from
  that event's day when the mail names it, else gives none (anchoring.py);
- a day more than 120 days ahead, or already past, is not a decision date; nor a day that
  comes round ("every Monday"), nor the day of what the answer follows ("after the panel on
  26 November", "interviews next week, in touch soon after");
- "by then" after a count from a dated event is the count's own last day.

Which sentences are the employer's promise is promising.py's question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from .anchoring import LAST_NAMED, counted_after_event, counted_from, is_count, recount
from .backref import scan_back_references
from .calledoff import names_other_meeting
from .dayranges import scan_day_ranges
from .days import keep_longest, monday_of
from .eventspans import scan_event_spans
from .markers import CONDITION
from .meetingday import names_meeting_day
from .mentions import scan_dates
from .order import month_first
from .periods import scan_periods
from .promising import THIRD_PARTY_BACK, Span, promises, skipped, unless_heard
from .rebooking import loose_rebooking
from .text import line_end, line_start, normalise, sentence_bounds, usable_sent

_EXCLUSIVE_BEFORE = re.compile(
    # "on or before the 27th", "am oder vor dem", "le ou avant le" include the day
    r"(?<!\bor\s)(?<!\boder\s)(?<!\bou\s)(?<!\bo\s)(?<!\bof\s)"
    r"\b(?:before|prior\s+to|vor(?:\s+(?:dem|der))?|avant(?:\s+le)?|antes\s+del?|vóór|voor)"
    r"(?:\s+(?:the|le|el|la|den|de))?\s*$",
    re.IGNORECASE,
)
# "before" said of what will not happen: "No decision will be made before 1 December", "we
# can't give you an answer before Friday", "nicht vor dem 1. Dezember", "pas avant le 1er",
# "no podremos ... antes del 1", "niet voor 1 december": the day is the earliest, no last
# day. The negation is in the same stretch, no punctuation or "so"/"and" between.
_NOT_BEFORE = re.compile(
    r"(?:\b(?:not|no|never|cannot|nicht|kein\w*|nie|pas|jamais|nunca|niet|geen|nooit)\b|n't\b)"
    r"(?:(?![.,;:!?]|\s(?:[-–—]|so|and|but|then|und|aber|donc|et|mais|y|pero|en|maar)\s).){0,60}?"
    r"\b(?:before|prior\s+to|vor|avant|antes|vóór|voor)"
    r"(?:\s+(?:the|dem|der|den|le|la|el|del|de))?\W*\Z",
    re.IGNORECASE | re.DOTALL,
)
# ... but "if you don't hear from us before the 4th" names the employer's last day
_IF_BEFORE = re.compile(
    rf"(?:{CONDITION.pattern}|\b(?:should|case|sollten?|s'il|cas|caso)\b)[^.,;:!?]*\Z",
    re.IGNORECASE,
)


def _not_before(norm: str, begin: int, start: int) -> bool:
    """Whether the day at ``start`` follows a negated "before" outside a condition."""
    negated = _NOT_BEFORE.search(norm, max(begin, start - 90), start)
    return negated is not None and not _IF_BEFORE.search(
        norm, max(begin, negated.start() - 40), negated.start()
    )


# The day is when the employer's timeline starts, not its end: "after Wednesday", and the day
# of what the answer follows, "after the panel on 26 November", "after the interviews on 1 and
# 2 December", "nach dem Gespräch am 26.", "après le comité du 1er décembre", "na het gesprek
# op 26 november".
_AFTER_BEFORE = re.compile(
    r"\b(?:after|following|nach|après|después\s+del?|tras|na|vanaf)(?:(?:\s+(?:the|your|our|dem|der|"
    r"den|l'|le|la|les|el|los|las|het|de|je))?(?:\s+[^\W\d][\w'-]*){0,3}?\s+(?:on|am|le|el|op|of|"
    r"vom|du|del|van)(?:\s+(?:the|le|el))?(?:\s+\d{1,2}(?:st|nd|rd|th|er)?\.?\s*(?:and|&|-|–|und|et|"
    r"y|en|to|bis|au|al|tot))?|(?:\s+(?:the|dem|der|le|el|la))?)\s*$",
    re.IGNORECASE,
)
_AFTER_THAT = re.compile(
    r"\b(?:after\s+(?:that|this|then|which)|afterwards|danach|ensuite|après\s+cela|"
    r"después\s+de\s+eso|daarna|daarop)\b|"
    # "we interview the week after next and will be in touch soon after." (but "by Friday or
    # shortly after" still promises Friday)
    r"(?<!\bor\s)(?<!\bou\s)(?<!\bo\s)(?<!\bof\s)(?<!\boder\s)"
    # ("straight after", "right after" is the same day: "shortlist done by Friday, and we'll
    # contact you straight after")
    r"\b(?:(?:soon|shortly|not\s+long)\s+after(?:wards)?|"
    r"peu\s+(?:de\s+temps\s+)?apr[èe]s|poco\s+(?:tiempo\s+)?despu[ée]s|kurz\s+(?:darauf|nach)|"
    r"kort\s+(?:daarna|erna))(?=\s*(?:[.!?;,)]|$))",
    re.IGNORECASE,
)
# A row of a list ("Interviews: 19 November 2026", "Shortlisting: w/c 9 November") is read
# by its own label, not by the rows around it.
# (a table's row turned into text reads "Interviews | 30 November")
_ROW_LABEL = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?(?:[^\W\d_][\w'/&()-]*[ \t]+){0,3}[^\W\d_][\w'/&()-]*"
    r"[ \t]*[:|][ \t]"
)
# "the week commencing 23rd November", "w/c 9 Nov", "la semaine du 23 novembre": that week,
# which ends on its Friday.
_WEEK_OF = re.compile(
    r"\b(?:week\s+(?:commencing|beginning|starting|of)|w/c|(?:in\s+der\s+)?Woche\s+"
    r"(?:vom|ab\s+dem|ab)|semaine\s+du|semana\s+del|week\s+van)\s+(?:the\s+|dem\s+|le\s+|el\s+)?$",
    re.IGNORECASE,
)
# A day that comes round: "every Monday", "jeden Freitag", "chaque lundi", "cada lunes",
# "elke maandag".
_EVERY = re.compile(
    r"\b(?:every|each|jeden|jede|chaque|tous\s+les|cada|todos\s+los|elke|iedere)\s+$", re.I
)
# The digit rule of ``sentence_bounds`` keeps "4. Dezember" whole, but a year or a time that
# ends a sentence does end it: "... on 02/12/2026. If you are shortlisted we will ...".
_DATE_STOP = re.compile(r"[.!?](?<=(?:\d{4}|\d:\d\d)[.!?])\s+(?=[^\W\d_])")
_HORIZON = timedelta(days=120)
# A posting's closing day is no answer's: "Applications close on 30 November and we'll be in
# touch soon after", "Bewerbungsschluss ist der 30.11.", "date limite : 30 novembre", "el
# plazo cierra el 30", "de vacature sluit op 30 november".
_CLOSING_BEFORE = re.compile(
    r"\b(?:(?:applications?|advert|posting|vacancy|role|job)\s+(?:will\s+)?(?:close[sd]?|closing)|"
    r"closing\s+date|Bewerbungs(?:schluss|frist)|Ausschreibung\s+(?:endet|l(?:ä|ae)uft)|"
    r"date\s+limite\s+(?:de\s+candidature|des\s+candidatures)|cl[ôo]ture\s+des\s+candidatures|"
    r"(?:plazo|convocatoria)\s+(?:de\s+\w+\s+)?(?:cierra|termina|finaliza)|fecha\s+de\s+cierre|"
    r"(?:vacature|sollicitatietermijn)\s+(?:sluit|loopt)|sluitingsdatum)"
    r"[^.!?\n]{0,20}$",
    re.IGNORECASE,
)
# A heading on a line of its own ("Next steps:", "Nächste Schritte:", "Prochaines étapes :")
# names what the lines below are about; it promises nothing of its own.
_HEADING = re.compile(r"^[ \t]*[^\W\d_][^\n.!?:]{0,40}:[ \t]*\n", re.MULTILINE)


def _after_heading(norm: str, begin: int, start: int) -> int:
    """Where the sentence holding ``start`` begins once a heading line above it is cut."""
    cut = begin
    for heading in _HEADING.finditer(norm, begin, start):
        cut = heading.end()
    return cut


def _sentence(norm: str, span: Span) -> tuple[int, int]:
    """The sentence holding ``span``; on a labelled row of a list, the row alone."""
    row_from = line_start(norm, span.start)
    label = _ROW_LABEL.match(norm, row_from)
    if label is not None and label.end() <= span.start:
        return row_from, line_end(norm, span.end)
    # a date read with its full stop ("by Friday 20 November.") still ends its sentence there
    end = span.end - 1 if norm[span.end - 1] == "." else span.end
    begin, finish = sentence_bounds(norm, span.start, end, reach=250)
    begin = max(begin, _after_heading(norm, begin, span.start))
    for stop in _DATE_STOP.finditer(norm, begin, finish):
        if stop.end() <= span.start:
            begin = stop.end()
        elif stop.start() >= span.end:
            return begin, stop.start() + 1
    return begin, finish


# A mail names a handful of days; past this many it is no letter but a list, and weighing
# each against the sentences around it would take seconds.
MAX_SPANS = 100


def _dates(norm: str, sent: datetime) -> list:
    """The days the text names, numeric ones read as this writer writes them."""
    return scan_dates(norm, sent.date(), month_first=month_first(norm, sent))


def _anchors(norm: str, named: list, periods: list) -> tuple[list, dict]:
    """The days a later "by then" or "the week after" may point back to, in text order. A
    count from an event the mail dates ("within 14 days of the closing date of 25 November. If
    you have not heard from us by then, ...") stands for its own last day, counted from that
    event, and the event's day named after it in its sentence is no anchor of its own.

    Also the days so recounted, by the period's bounds: the spans read them again."""
    anchors = [*named]
    own = {id(mention) for mention in named}
    recounted: dict[tuple[int, int], date | None] = {}
    for period in periods:
        event = counted_from(norm, period.end)
        day = None
        if event is not None and event is not LAST_NAMED:
            bounds = (period.start, period.end)
            day = recounted[bounds] = recount(norm, bounds, event, named)
        if day is None:
            anchors.append(period)
            continue
        _, finish = sentence_bounds(norm, period.start, period.end, reach=250)
        anchors = [a for a in anchors if id(a) not in own or not period.end <= a.start < finish]
        anchors.append(replace(period, day=day))
    return sorted(anchors, key=lambda mention: mention.start), recounted


def find_decision_by(text: str, sent: datetime) -> date | None:
    """The last day by which the employer said it would decide or get back, or None."""
    reference = usable_sent(sent)
    if reference is None:
        return None
    norm = normalise(text)
    sent_day = reference.date()
    named = _dates(norm, reference)
    # "the week after", "by then": counted from a day named before
    periods = scan_periods(norm, sent_day)
    # a span names a day to count from too: "we interview next week and decide the week after"
    anchors, recounted = _anchors(norm, named, periods)
    spans = [Span(b.start, b.end, b.day, True) for b in scan_back_references(norm, anchors)]
    # "the day after", "a week later", "one week after the interview": from a day named
    spans += [Span(start, end, day, True) for start, end, day in scan_event_spans(norm, named)]
    spans += [Span(p.start, p.end, p.day, True, True) for p in periods]
    # "in the week of 7-11 December": the range's last day
    spans += [Span(start, end, day, False) for start, end, day in scan_day_ranges(norm, sent_day)]
    # the day the mail is written, named as a date, is when something was sent or received
    # ("your application of 11 November"), not an answer to come: that needs "today"
    spans += [
        Span(m.start, m.end, m.day, False)
        for m in named
        if not m.past and (m.day != sent_day or m.kind == "relative")
    ]
    best: date | None = None
    # "if you have not heard from us by 27/11" is the employer's own last word on it: it
    # outranks the other days the mail names (interview days, a closing date)
    heard: date | None = None
    kept = keep_longest(spans)[:MAX_SPANS]
    days = [(span.start, span.end) for span in kept]
    for span in kept:
        day = span.day
        event = counted_from(norm, span.end)
        if event is not None:
            bounds = (span.start, span.end)
            if not span.period:
                day = None
            elif bounds in recounted:
                day = recounted[bounds]  # already counted for the anchors
            else:
                day = recount(norm, bounds, event, named)
            if day is None:
                continue
        elif span.from_sent and is_count(norm, (span.start, span.end)):
            # "Once the interviews are done, we'll reply within ten days": from that event
            begin, _ = _sentence(norm, span)
            event = counted_after_event(norm, begin, (span.start, span.end))
            if event is not None:
                day = recount(norm, (span.start, span.end), event, named)
                if day is None:
                    continue
        if not span.period and _EVERY.search(norm, max(0, span.start - 14), span.start):
            continue  # "we review applications every Monday": a habit, no day
        if not span.period and _WEEK_OF.search(norm, max(0, span.start - 30), span.start):
            day = monday_of(day) + timedelta(days=4)
        # "before Friday" ends on Thursday; "before the end of next week" ends with it
        before = _EXCLUSIVE_BEFORE.search(norm, max(0, span.start - 16), span.start)
        if before and not span.period:
            day -= timedelta(days=1)
        if not sent_day <= day <= sent_day + _HORIZON:
            continue
        begin, finish = _sentence(norm, span)
        if _not_before(norm, begin, span.start):
            continue  # "no decision before 1 December": its earliest day, not its last
        reported = [(m.start(), m.end()) for m in THIRD_PARTY_BACK.finditer(norm, begin, finish)]
        heard_by = unless_heard(norm, begin, finish, span)
        if not heard_by and skipped(norm, (begin, finish), span, reported, days):
            continue
        if names_other_meeting(norm, (begin, finish), span.start, span.end, promises):
            continue
        if names_meeting_day(norm, (begin, finish), span.start, span.end):
            continue
        if not heard_by and _CLOSING_BEFORE.search(norm, max(begin, span.start - 80), span.start):
            continue  # "Applications close on 30 November and we'll be in touch soon after"
        if span.period and loose_rebooking(norm, (begin, finish), span.start, span.end):
            continue  # "I'll be in touch early next week with new options"
        # ("within a week after that" is counted from that day: see anchoring.py)
        if _AFTER_BEFORE.search(norm, max(begin, span.start - 80), span.start) or (
            event is not LAST_NAMED
            and _AFTER_THAT.search(norm, span.end, finish)
            # ("he'll decide by tomorrow and I'll ring you straight after": the day is the
            # decision's own)
            and not promises(norm, begin, span.start)
        ):
            continue  # "after Wednesday", "interviews on the 9th, then in touch after that"
        best = day if best is None else max(best, day)
        if heard_by:
            heard = day if heard is None else max(heard, day)
    return heard or best
