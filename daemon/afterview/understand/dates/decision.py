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
- a day more than 120 days ahead, or already past, is not a decision date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..gates.firstletter import by_first_letter
from .backref import scan_back_references
from .calledoff import names_other_meeting
from .days import keep_longest, monday_of
from .meetingday import contact_for_logistics, names_meeting_day
from .mentions import scan_dates
from .order import month_first
from .periods import scan_periods
from .rebooking import loose_rebooking
from .text import line_end, line_start, normalise, part_around, sentence_bounds, usable_sent
from .timeline_words import CANDIDATE_DEADLINE, EMPLOYER_TIMELINE, IMPERATIVE_BY

_EXCLUSIVE_BEFORE = re.compile(
    r"\b(?:before|prior\s+to|vor\s+(?:dem|der)|avant(?:\s+le)?|antes\s+del?|vóór|voor)"
    r"(?:\s+(?:the|le|el|la|den|de))?\s*$",
    re.IGNORECASE,
)
# The day is when the employer's timeline starts, not its end.
_AFTER_BEFORE = re.compile(
    r"\b(?:after|following|nach|après|después\s+del?|na|vanaf)(?:\s+(?:the|dem|der|le|el|la))?\s*$",
    re.IGNORECASE,
)
_AFTER_THAT = re.compile(
    r"\b(?:after\s+(?:that|this|then|which)|afterwards|danach|ensuite|après\s+cela|"
    r"después\s+de\s+eso|daarna|daarop)\b",
    re.IGNORECASE,
)
# An agency reports the client's promise: "they've promised to come back to me within two
# weeks", "the hiring manager will let me know by Friday", "ils reviendront vers moi",
# "sie melden sich bis Freitag bei mir". The client, not the candidate, owes the answer.
_THIRD_PARTY_BACK = re.compile(
    r"\b(?:they|he|she|the\s+(?:client|(?:hiring\s+)?(?:manager|team|panel))|"
    r"ils|elles?|le\s+client|(?-i:sie)|der\s+Kunde|ellos|el\s+cliente|zij|ze|de\s+klant)"
    r"(?:'ve|'ll|'d)?(?:\s+\w+){0,4}?\s+(?:(?:get|come|revert)\s+back\s+to\s+(?:me|us)|"
    r"let\s+(?:me|us)\s+know|revenir\s+vers\s+moi|reviendr\w*\s+vers\s+moi|"
    r"bei\s+mir\s+melden|melden\s+sich\s+(?:\w+\s+){0,4}bei\s+mir|me\s+dir[aá]n?|"
    r"laten\s+(?:het\s+)?mij\s+weten|(?:het\s+)?mij\s+(?:\w+\s+){0,3}laten\s+weten)\b",
    re.IGNORECASE,
)
# "If you have not heard from us by 30/11, please assume ...": the day is the employer's own
# last day to answer, though the sentence goes on to tell the candidate what to think.
_UNLESS_HEARD = re.compile(
    # grouped by first letter: tried at every position of every sentence, the plain
    # alternation ran all its branches there
    by_first_letter(
        r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}?heard\s+(?:back\s+)?from\s+(?:us|me)|"
        # "If you have not been contacted by Friday 13 November", "haven't received an invitation"
        r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:contacted|invited)\b|"
        r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}?received\s+(?:an?\s+)?(?:invitation|invite|call)\b|"
        r"(?:\bnot|n't)\s+hear\s+(?:back\s+)?from\s+(?:us|me)\b|"
        r"\bnicht\s+(?:\w+\s+){0,3}?(?:kontaktiert|eingeladen)\b|\bkeine\s+Einladung\b|"
        r"\bpas\s+(?:\w+\s+){0,2}?(?:contact[ée]e?s?|convoqu[ée]e?s?|invit[ée]e?s?)\b|"
        r"\bpas\s+re[çc]u\s+de\s+(?:convocation|proposition\s+d'entretien)\b|"
        r"\bno\s+(?:\w+\s+){0,2}?sido\s+(?:contactad[oa]s?|convocad[oa]s?)\b|"
        r"\bniet\s+(?:\w+\s+){0,3}?(?:benaderd|gecontacteerd|uitgenodigd)\b|\bgeen\s+uitnodiging\b|"
        r"\bno\s+(?:news|word|response|reply|answer)\s+from\s+(?:us|me)|\b(?:"
        r"nichts\s+(?:mehr\s+)?von\s+(?:uns|mir)\s+geh(?:ö|oe)rt|"
        r"keine\s+(?:r(?:ü|ue)ckmeldung|nachricht|antwort)\s+von\s+(?:uns|mir)|"
        r"(?:sans|pas\s+(?:eu|re[çc]u)\s+de)\s+(?:nouvelles|r[ée]ponse|retour)\s+de\s+"
        r"(?:notre\s+part|nous|ma\s+part)|"
        r"(?:sin|no\s+(?:has|ha|hayas|haya)\s+recibido)\s+(?:noticias|respuesta)\s+"
        r"(?:nuestras?|de\s+nuestra\s+parte|por\s+nuestra\s+parte)|"
        r"niets\s+(?:meer\s+)?van\s+(?:ons|mij)\s+(?:gehoord|vernomen)|"
        r"geen\s+(?:reactie|bericht|antwoord)\s+van\s+(?:ons|mij))",
        re.IGNORECASE,
    )
    + r"\b",
    re.IGNORECASE,
)


# A service desk's promise about a ticket is no hiring timeline ("Your ticket #4411 ...
# we will get back to you within 3 working days").
_SERVICE_DESK = re.compile(
    r"\b(?:your\s+(?:support\s+)?(?:ticket|case|request)|ticket\s*(?:#|no\b|number|id\b|nr\b)|"
    r"(?:our|the)\s+(?:support|help\s*desk|service\s*desk|customer\s+(?:service|support))"
    r"(?:\s+team)?\b(?!\s+(?:analyst|engineer|manager|role|position|lead|agent|specialist))|"
    r"kundenservice|kundendienst|service\s+client|atenci[oó]n\s+al\s+cliente|klantenservice)",
    re.IGNORECASE,
)
# Travel and lodging are no decision: "our travel desk will be in touch about your flights and
# a hotel for the night of December 2", "wir buchen Ihnen ein Hotel für den 3.12.".
_TRAVEL = re.compile(
    r"\b(?:flights?|hotel|accommodation|lodging|travel\s+(?:desk|team|agent|arrangements)|"
    r"train\s+tickets?|Flug|Flüge|Unterkunft|Anreise|Bahnticket|vols?\s+(?:aller|retour)|"
    r"h[ôo]tel|h[ée]bergement|billets?\s+de\s+train|vuelos?|alojamiento|billetes?|"
    r"vlucht(?:en)?|overnachting|treinkaartje)\b",
    re.IGNORECASE,
)
# Away until a day: "out of the office until Monday 16 November and will get back to you
# when I return" gives the day the writer is back, not the day of an answer.
_ABSENT = re.compile(
    r"\b(?:out\s+of\s+(?:the\s+)?office|away|on\s+(?:annual\s+)?(?:leave|holiday|vacation)|"
    r"nicht\s+im\s+b(?:ü|ue)ro|abwesend|im\s+urlaub|absente?|en\s+(?:cong[ée]|vacances)|"
    r"fuera\s+de\s+la\s+oficina|de\s+vacaciones|ausente|afwezig|op\s+vakantie|"
    r"niet\s+op\s+kantoor)\b",
    re.IGNORECASE,
)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|through|bis(?:\s+(?:zum|zur|einschlie(?:ß|ss)lich))?|jusqu'(?:au|à|a)|"
    r"hasta(?:\s+el)?|tot(?:\s+en\s+met)?)\s*$",
    re.IGNORECASE,
)
# How long a process usually lasts, not a span from today: "most candidates go from first
# call to outcome in about three weeks", "the process takes around four weeks", "dauert".
_PROCESS_LENGTH = re.compile(
    r"\b(?:from\s+(?:\w+\s+){1,4}?to\s+(?:\w+\s+){1,3}?|(?:takes?|took|lasts?|dauert|prend|"
    r"dure|tarda|dura|duurt)\s+(?:\w+\s+){0,3}?)$",
    re.IGNORECASE,
)
# A timeline word that announces news now, not a promise of news later: "I'm delighted to
# let you know that the panel has shortlisted you", "sorry to let you know that we had to
# cancel", "je me permets de revenir vers vous au sujet de", "leider müssen wir Ihnen
# mitteilen, dass", "nos complace informarte que", "helaas moeten we je laten weten dat".
_NEWS_NOW_BEFORE = re.compile(
    r"\b(?:pleased|delighted|happy|glad|sorry|regret|sad|thrilled|excited|writing|"
    r"plaisir|regret|permets|permettons|heureux|heureuse|ravie?s?|d[ée]sol[ée]e?s?|"
    r"complace|alegra|lamenta\w*|sentimos|siento|freuen|freue|bedauern|helaas|plezier|"
    # what comes with the mail is sent now: "Hierbij stuur ik je de uitnodiging", "anbei
    # schicke ich Ihnen", "attached I send you", "ci-joint", "adjunto te envío"
    r"hierbij|bijgaand|hiermit|anbei|herewith|attached|enclosed|ci-joint|adjunto)"
    r"(?:[\s,]+[\w']+){0,3}?[\s,]*$",
    re.IGNORECASE,
)
# ... unless a future lies between: "pleased to say we will let you know by Friday".
_FUTURE = re.compile(
    r"(?:\b(?:will|shall|werden|wird|allons|vais|vamos|voy|zullen|zal)\b|'ll\b)", re.IGNORECASE
)
_NEWS_NOW_AFTER = re.compile(r"\s*(?:,\s*)?(?:that|dass|que|qu'|dat)\b", re.IGNORECASE)
# A row of a list ("Interviews: 19 November 2026", "Shortlisting: w/c 9 November") is read
# by its own label, not by the rows around it.
_ROW_LABEL = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?(?:[^\W\d_][\w'/&()-]*[ \t]+){0,3}[^\W\d_][\w'/&()-]*[ \t]*:[ \t]"
)
# "the week commencing 23rd November", "w/c 9 Nov", "la semaine du 23 novembre": that week,
# which ends on its Friday.
_WEEK_OF = re.compile(
    r"\b(?:week\s+(?:commencing|beginning|starting|of)|w/c|(?:in\s+der\s+)?Woche\s+"
    r"(?:vom|ab\s+dem|ab)|semaine\s+du|semana\s+del|week\s+van)\s+(?:the\s+|dem\s+|le\s+|el\s+)?$",
    re.IGNORECASE,
)
# A span counted from another event than today: "within three weeks of the closing date",
# "innerhalb von zwei Wochen nach Bewerbungsschluss", "dans les 15 jours suivant la date de
# clôture", "en 10 días tras la entrevista", "binnen twee weken na de sluitingsdatum". With
# that event's day unknown, the span gives no day.
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
# ... but a span counted from the candidate's application is counted from about now: an
# acknowledgement is sent as the application arrives ("within two weeks of receiving your
# application", "nach Eingang Ihrer Bewerbung", "suivant votre candidature", "desde la
# recepción de tu candidatura", "na ontvangst van je sollicitatie").
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
# The digit rule of ``sentence_bounds`` keeps "4. Dezember" whole, but a year or a time that
# ends a sentence does end it: "... on 02/12/2026. If you are shortlisted we will ...".
_DATE_STOP = re.compile(r"[.!?](?<=(?:\d{4}|\d:\d\d)[.!?])\s+(?=[^\W\d_])")
_HORIZON = timedelta(days=120)
# Where one clause of a sentence hands over to another ("..., so please ...", "...; ...").
_CLAUSE_BREAK = re.compile(
    r",\s*(?:so|but|and\s+so|then|also|meanwhile|in\s+the\s+meantime|daher|deshalb|"
    r"aber|donc|mais|así\s+que|pero|dus|maar)\b|;|\s[–—]\s",
    re.IGNORECASE,
)


def _clause(norm: str, begin: int, finish: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence [begin, finish) that holds the span [start, end)."""
    return part_around(norm, (begin, finish), start, end, _CLAUSE_BREAK)


# Two main clauses joined by ", and": "We're hoping to interview in early December, and you
# should hear from us within the next fortnight": the timeline word dates only its own.
_AND_CLAUSE = re.compile(r",\s+and\s+(?=(?:we|you|I|they|the\s+\w+)\b)", re.IGNORECASE)


def _own_clause(norm: str, begin: int, finish: int, span: _Span) -> tuple[int, int]:
    """The main clause of the sentence holding ``span`` (the sentence when it has one)."""
    return part_around(norm, (begin, finish), span.start, span.end, _AND_CLAUSE)


def _asks_candidate(norm: str, begin: int, end: int, reported: list[tuple[int, int]]) -> bool:
    """Whether the clause sets the candidate a deadline, outside what an agency reports of
    its client ("they'll come back to me" is the client's promise, not a request)."""
    return any(
        not any(a <= m.start() < b for a, b in reported)
        for m in CANDIDATE_DEADLINE.finditer(norm, begin, end)
    )


_PUNCTUATION = re.compile(r"[,;:.!?]")


def _unless_heard(norm: str, begin: int, finish: int, span: _Span) -> bool:
    """Whether the span belongs to "if you have not heard from us by ..." (in either order,
    with no punctuation between: "bis zum 30.11. nichts von uns gehört")."""
    for match in _UNLESS_HEARD.finditer(norm, begin, finish):
        gap_start, gap_end = sorted((min(match.end(), span.end), max(match.start(), span.start)))
        if gap_end - gap_start < 60 and not _PUNCTUATION.search(norm, gap_start, gap_end):
            return True
    return False


# A sentence that opens by pointing back at the one before it gives that one's promise its
# time: "The panel will make a final decision. I'd expect that to be within the fortnight.",
# "Das sollte bis Ende nächster Woche so weit sein.", "Cela devrait être fait d'ici vendredi.",
# "Eso debería estar para el viernes.", "Dat verwachten we volgende week."
_POINTS_BACK = re.compile(
    r"\s*(?:(?:and|but|so)\s+)?(?:(?:I|we)(?:'d|'m|\s+would|\s+am|\s+are)?\s+"
    r"(?:expect|hope|anticipate|aim\s+for|think)\s+(?:that|this|it)\b|"
    r"(?:that|this|it|which)\s+(?:should|will|'ll|would|may|might|is\s+likely\s+to)\s+be\b|"
    r"(?:that|this|it)'(?:ll|s)\s+(?:likely\s+)?be\b|"
    r"(?:das|dies)\s+(?:sollte|wird|dürfte|müsste)\b|(?:cela|ça|ceci)\s+(?:devrait|sera)\b|"
    r"(?:eso|esto)\s+(?:debería|será|estará)\b|(?:dat|dit)\s+(?:zou|zal|moet|verwachten|"
    r"hopen)\b)",
    re.IGNORECASE,
)


def _continues_promise(norm: str, begin: int) -> bool:
    """Whether the sentence starting at ``begin`` points back at a promise made in the
    sentence right before it."""
    if begin < 2 or _POINTS_BACK.match(norm, begin) is None:
        return False
    before_begin, before_end = sentence_bounds(norm, begin - 2, begin - 2, reach=250)
    return _promises(norm, before_begin, min(before_end, begin))


def _skipped(
    norm: str, sentence: tuple[int, int], span: _Span, reported: list[tuple[int, int]]
) -> bool:
    """Whether the sentence holding ``span`` is no promise of the employer's own: no timeline
    word, or a deadline set for the candidate. A promise kept only if the candidate is chosen
    ("If your profile matches, we will contact you within two weeks") still is one: silence
    after that day is the answer, as after "if you have not heard from us by"."""
    begin, finish = sentence
    if (
        not reported
        and not _promises(norm, *_own_clause(norm, begin, finish, span))
        and not _continues_promise(norm, begin)
    ):
        return True
    if _SERVICE_DESK.search(norm, begin, finish):
        return True
    if _TRAVEL.search(norm, *_clause(norm, begin, finish, span.start, span.end)):
        return True
    if span.period and _PROCESS_LENGTH.search(norm, max(begin, span.start - 60), span.start):
        return True
    if _UNTIL_BEFORE.search(norm, max(begin, span.start - 24), span.start) and _ABSENT.search(
        norm, begin, finish
    ):
        return True
    # "a shortlist by the end of next week, so if you can get back to me ...": the
    # candidate's part is another clause
    clause_begin, clause_end = _clause(norm, begin, finish, span.start, span.end)
    return (
        _asks_candidate(norm, clause_begin, clause_end, reported)
        or IMPERATIVE_BY.match(norm, clause_begin, clause_end) is not None
        or _in_condition(norm, begin, finish, span)
    )


# A day inside a condition set before the promise is the condition's: "If the req reopens in
# January you'll be the first person I reach out to", "Wenn die Stelle im Januar neu
# ausgeschrieben wird, melden wir uns", "Si le poste rouvre en janvier, je vous recontacte".
_CONDITION = re.compile(r"\b(?:if|wenn|falls|si|s'il|s'ils|indien|mocht)\b", re.IGNORECASE)


def _in_condition(norm: str, begin: int, finish: int, span: _Span) -> bool:
    """Whether ``span`` lies in an if-clause that opens the sentence's promise, with no
    punctuation or promise between the "if" and the day ("If possible we'll let you know by
    Friday" promises by Friday)."""
    for condition in _CONDITION.finditer(norm, begin, span.start):
        if _PUNCTUATION.search(norm, condition.end(), span.start):
            continue
        if EMPLOYER_TIMELINE.search(norm, condition.end(), span.start):
            continue
        if EMPLOYER_TIMELINE.search(norm, span.end, finish):
            return True
    return False


# A decision already taken is no promise: "the committee met and decided to put the post on
# hold", "we have decided to cancel" (but "will be decided by Friday" is one).
_DECIDED = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)decided\b", re.I)


def _promises(norm: str, begin: int, finish: int) -> bool:
    """Whether the sentence [begin, finish) holds a timeline word that is no news given now."""
    for match in EMPLOYER_TIMELINE.finditer(norm, begin, finish):
        if _DECIDED.match(norm, match.start(), match.end()) is not None:
            continue
        if contact_for_logistics(norm, match, finish):
            continue
        now = _NEWS_NOW_BEFORE.search(norm, max(begin, match.start() - 40), match.start())
        if now is not None and _FUTURE.search(norm, now.start(), match.start()):
            now = None
        if now is None and _NEWS_NOW_AFTER.match(norm, match.end(), finish) is None:
            return True
    return False


# A heading on a line of its own ("Next steps:", "Nächste Schritte:", "Prochaines étapes :")
# names what the lines below are about; it promises nothing of its own.
_HEADING = re.compile(r"^[ \t]*[^\W\d_][^\n.!?:]{0,40}:[ \t]*\n", re.MULTILINE)


def _after_heading(norm: str, begin: int, start: int) -> int:
    """Where the sentence holding ``start`` begins once a heading line above it is cut."""
    cut = begin
    for heading in _HEADING.finditer(norm, begin, start):
        cut = heading.end()
    return cut


def _sentence(norm: str, span: _Span) -> tuple[int, int]:
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


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    day: date
    period: bool


# A mail names a handful of days; past this many it is no letter but a list, and weighing
# each against the sentences around it would take seconds.
MAX_SPANS = 100


def _dates(norm: str, sent: datetime) -> list:
    """The days the text names, numeric ones read as this writer writes them."""
    return scan_dates(norm, sent.date(), month_first=month_first(norm, sent))


def find_decision_by(text: str, sent: datetime) -> date | None:
    """The last day by which the employer said it would decide or get back, or None."""
    reference = usable_sent(sent)
    if reference is None:
        return None
    norm = normalise(text)
    sent_day = reference.date()
    named = _dates(norm, reference)
    # "the week after", "by then": counted from a day named before
    spans = [_Span(b.start, b.end, b.day, True) for b in scan_back_references(norm, named)]
    spans += [_Span(p.start, p.end, p.day, True) for p in scan_periods(norm, sent_day)]
    # the day the mail is written, named as a date, is when something was sent or received
    # ("your application of 11 November"), not an answer to come: that needs "today"
    spans += [
        _Span(m.start, m.end, m.day, False)
        for m in named
        if not m.past and (m.day != sent_day or m.kind == "relative")
    ]
    best: date | None = None
    # "if you have not heard from us by 27/11" is the employer's own last word on it: it
    # outranks the other days the mail names (interview days, a closing date)
    heard: date | None = None
    for span in keep_longest(spans)[:MAX_SPANS]:
        day = span.day
        if not span.period and _WEEK_OF.search(norm, max(0, span.start - 30), span.start):
            day = monday_of(day) + timedelta(days=4)
        # "before Friday" ends on Thursday; "before the end of next week" ends with it
        before = _EXCLUSIVE_BEFORE.search(norm, max(0, span.start - 16), span.start)
        if before and not span.period:
            day -= timedelta(days=1)
        if not sent_day <= day <= sent_day + _HORIZON:
            continue
        begin, finish = _sentence(norm, span)
        if _ANCHORED_ELSEWHERE.match(norm, span.end) and not _FROM_APPLYING.match(norm, span.end):
            continue
        reported = [(m.start(), m.end()) for m in _THIRD_PARTY_BACK.finditer(norm, begin, finish)]
        unless_heard = _unless_heard(norm, begin, finish, span)
        if not unless_heard and _skipped(norm, (begin, finish), span, reported):
            continue
        if names_other_meeting(norm, (begin, finish), span.start, span.end, _promises):
            continue
        if names_meeting_day(norm, (begin, finish), span.start, span.end):
            continue
        if span.period and loose_rebooking(norm, (begin, finish), span.start, span.end):
            continue  # "I'll be in touch early next week with new options"
        if _AFTER_BEFORE.search(norm, max(0, span.start - 20), span.start) or _AFTER_THAT.search(
            norm, span.end, finish
        ):
            continue  # "after Wednesday", "interviews on the 9th, then in touch after that"
        best = day if best is None else max(best, day)
        if unless_heard:
            heard = day if heard is None else max(heard, day)
    return heard or best
