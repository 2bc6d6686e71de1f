"""When is an out-of-office sender back? The first day they said they would be there.

"back on Monday 30 November", "returning 2.12.", "de retour le 3 décembre", "zurück am
1. Dezember", "terug op maandag", "ab dem 1. Dezember wieder im Büro" give that day.
"out of office until 24 November", "from 20 through 24 November", "bis zum 30.11.",
"jusqu'au 27 novembre", "hasta el 27 de noviembre", "tot en met 27 november" name the
last day away, so the return is the day after (a weekend is left to the caller's
business-day rules). "back next week" is next week's Monday. A stated return beats a
last day away.

The day the sender will read or answer the mail is the day they are back in all but name:
"will read your message on Monday 16 November", "je mail wordt maandag 16 november in
behandeling genomen", "je traiterai votre message le lundi", "leeré su correo el lunes",
"won't be checking emails until tomorrow" (a negated "until" names that day itself). A
part-timer who answers "when I am next in the office" and states their working days ("My
working days are Monday to Wednesday", "ik werk op maandag, dinsdag en donderdag") is back
on the next of those days.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .days import monday_of
from .lexicon import WEEKDAYS
from .mentions import scan_dates
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
    r"\b(?:until|till|til|through|thru|to|bis(?:\s+(?:einschlie(?:ß|ss)lich|einschl\.|inkl\.))?"
    r"|jusqu'(?:au|à|a)(?:\s+le)?|au|hasta(?:\s+el)?|al|t/m|tot\s+en\s+met|tot)"
    r"(?:\s+(?:and\s+including|zum|einschlie(?:ß|ss)lich|inclus|the|on|le|el|op))?\s*$",
    re.IGNORECASE,
)
_AWAY = re.compile(
    r"\b(?:out\s+of\s+(?:the\s+)?office|ooo|away|(?:i'?m|i\s+am|be)\s+out|vacation|holiday|"
    r"leave|travel\w*|(?:business\s+)?trip|on\s+site|on-site|offline|off-grid|abroad|"
    r"(?:patchy|limited|intermittent|sporadic|no)\s+(?:access|reception|signal|connectivity|"
    r"wi-?fi)|(?:in|client)\s+meetings|client\s+visits?|summit|trade\s+fair|"
    r"unterwegs|auf\s+Montage|beim\s+Kunden|en\s+mission|hors\s+ligne|en\s+s[ée]minaire|"
    r"de\s+viaje|viaje\s+de\s+negocios|sin\s+conexi[oó]n|congreso|op\s+reis|zakenreis|"
    r"beperkt\s+bereikbaar|congres|"
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
# The writer's own reading or answering of the mail, in the sentence that names the day: "I
# will read your message on Monday", "Ich lese Ihre E-Mail am Montag", "je traiterai votre
# demande le lundi", "leeré su mensaje el lunes", "je mail wordt maandag in behandeling
# genomen". Not a colleague's ("I am on leave from Friday 13 March. Jane Doe will handle
# urgent requests": the first day away), nor the mail handled "by" someone else.
_BY_OTHERS = r"(?!\s+(?:by|von|durch|par|por|door)\b)"
_VERB_EN = (
    r"(?:read\w*|answer\w*|repl(?:y|ies|ied|ying)|respond\w*|deal\w*\s+with|handl\w*|"
    r"process\w*|attend\w*\s+to|pick\w*\s+up|look\w*\s+at|check\w*|see|get\s+back|go\s+through)"
)
_AUX_EN = (
    r"(?:will|shall|can|could|should|would|am|are|won't|shan't|cannot|can't|not|be|only|then|"
    r"also|gladly|happily|personally|able\s+to|going\s+to|get\s+to|try\s+to|aim\s+to)"
)
_OWN_READING = re.compile(
    # English: "I will read", "I'll reply", "we won't be checking", "... and will respond"
    rf"\b(?:I|we)(?:'ll|'m|'d|'re)?(?:\s+{_AUX_EN})*\s+{_VERB_EN}\b|"
    rf"\b(?:I|we)\b[^.;!?]{{0,80}}?\band(?:\s+{_AUX_EN})+\s+{_VERB_EN}\b|"
    r"\b(?:your|the)\s+(?:e-?mail|message|mail|request|enquiry|inquiry)s?\s+will\s+be\s+"
    rf"(?:\w+\s+)?(?:read|answered|handled|processed|dealt\s+with|looked\s+at){_BY_OTHERS}|"
    # German: "ich lese", "am Montag beantworte ich", "wir werden ... bearbeiten"
    r"\bich\s+(?:\w+\s+){0,2}?(?:lese|beantworte|bearbeite|antworte|sichte|melde|kümmere)\b|"
    r"\b(?:lese|beantworte|bearbeite|antworte|sichte|melde|kümmere)\s+ich\b|"
    r"\bich\b[^.;!?]{0,80}?\b(?:und|dann)\s+(?:\w+\s+)?(?:lese|beantworte|bearbeite|antworte|"
    r"sichte|kümmere)\b|"
    r"\b(?:ich\s+werde|werde\s+ich|wir\s+werden|werden\s+wir)\b[^.;!?]{0,60}?\b(?:lesen|"
    r"beantworten|bearbeiten|antworten|sichten|melden|kümmern)\b|"
    r"\bwir\s+(?:\w+\s+){0,2}?(?:lesen|beantworten|bearbeiten|antworten|sichten)\b|"
    r"\b(?:lesen|beantworten|bearbeiten|antworten|sichten)\s+wir\b|"
    r"\b(?:Ihre|deine|Ihr|dein)\s+(?:E-?Mail|Mail|Nachricht|Anfrage)\b[^.;!?]{0,60}?\b(?:gelesen|"
    rf"beantwortet|bearbeitet){_BY_OTHERS}|"
    # French: "je traiterai", "nous répondrons", "je ne pourrai pas consulter"
    r"\b(?:je|j'|nous)\s*(?:\w+\s+){0,3}?(?:lirai|lis|lirons|lisons|traiterai|traiterons|"
    r"traitons|répondrai|réponds|répondrons|répondons|consulterai|consulterons|consultons|"
    r"reviendrai|reviendrons|prendrai|prendrons)\b|"
    r"\b(?:je|nous)\s+(?:ne\s+)?(?:pourrai|pourrons|vais|allons)\s+(?:pas\s+)?(?:\w+\s+)?"
    r"(?:lire|traiter|répondre|consulter)\b|"
    r"\b(?:votre|ton|ta)\s+(?:message|mail|e-mail|courriel|demande)\b[^.;!?]{0,60}?\b(?:sera|"
    rf"seront)\s+(?:\w+\s+)?(?:lue?|traitée?|consultée?){_BY_OTHERS}|"
    # Spanish: the verb's form names its person ("leeré", "respondo", "atenderemos")
    r"\b(?:leeré|leo|leeremos|leemos|responderé|respondo|responderemos|respondemos|"
    r"contestaré|contesto|contestaremos|atenderé|atiendo|atenderemos|revisaré|reviso|"
    r"revisaremos|gestionaré|gestionaremos|trataré)\b|"
    r"\b(?:podré|podremos|voy\s+a|vamos\s+a)\s+(?:\w+\s+)?(?:leer|responder|contestar|atender|"
    r"revisar)\b|"
    r"\b(?:su|tu)\s+(?:correo|mensaje|email|e-mail|solicitud)\b[^.;!?]{0,60}?\b(?:será|serán)\s+"
    rf"(?:\w+\s+)?(?:leíd[oa]|atendid[oa]|respondid[oa]|contestad[oa]|revisad[oa]){_BY_OTHERS}|"
    # Dutch: "ik lees", "lees ik", "we zullen ... beantwoorden", "je mail wordt ... gelezen"
    r"\bik\s+(?:\w+\s+)?(?:lees|beantwoord|reageer|behandel|bekijk)\b|"
    r"\b(?:lees|beantwoord|reageer|behandel|bekijk)\s+ik\b|"
    r"\bik\b[^.;!?]{0,80}?\ben\s+(?:\w+\s+)?(?:lees|reageer|behandel|bekijk)\b|"
    r"\b(?:ik\s+zal|zal\s+ik|we\s+zullen|wij\s+zullen|zullen\s+we|zullen\s+wij)\b[^.;!?]{0,60}?"
    r"\b(?:lezen|beantwoorden|reageren|behandelen|bekijken)\b|"
    r"\b(?:we|wij)\s+(?:\w+\s+)?(?:lezen|beantwoorden|reageren|behandelen|bekijken)\b|"
    r"\b(?:je|jouw|uw)\s+(?:e-?mail|mail|bericht|vraag)\b[^.;!?]{0,60}?\b(?:wordt|zal)\b"
    r"(?:(?!\bdoor\b)[^.;!?]){0,40}?\b(?:gelezen|beantwoord|behandeld|in\s+behandeling\s+"
    rf"genomen|bekeken){_BY_OTHERS}",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:not|won't|will\s+not|cannot|can't|nicht|kein\w*|pas|no|niet|geen)\b|n't\b",
    re.IGNORECASE,
)
# "when I am next in the office", "an meinem nächsten Arbeitstag", "lors de mon prochain jour
# de travail", "en mi próximo día laborable", "op mijn eerstvolgende werkdag"
_NEXT_IN = re.compile(
    r"\b(?:next\s+(?:in|at\s+(?:work|my\s+desk)|working\s+day|work\s+day)|"
    r"n(?:ä|ae)chsten\s+Arbeitstag|prochain\s+jour\s+(?:de\s+travail|ouvré|ouvrable)|"
    r"pr(?:ó|o)ximo\s+d(?:í|i)a\s+(?:laborable|de\s+trabajo|h(?:á|a)bil)|"
    r"(?:eerst)?volgende\s+werkdag)\b",
    re.IGNORECASE,
)
# The working days a part-timer states: "My working days are Monday to Wednesday", "I work on
# Mondays, Tuesdays and Thursdays", "Ik werk op maandag, dinsdag en donderdag", "Meine
# Arbeitstage sind Montag bis Mittwoch", "Je travaille le lundi et le mardi".
_WORKING_DAYS = re.compile(
    r"\b(?:working\s+days\s+are|I\s+(?:only\s+)?work(?:\s+on)?|my\s+days\s+are|Arbeitstage\s+sind|"
    r"ich\s+arbeite(?:\s+am|\s+nur)?|je\s+travaille|mes\s+jours\s+de\s+travail\s+sont|"
    r"trabajo(?:\s+los)?|mis\s+d(?:í|i)as\s+laborables\s+son|ik\s+werk(?:\s+op)?|"
    r"mijn\s+werkdagen\s+zijn)\b(?P<days>[^.;!?\n]{0,80})",
    re.IGNORECASE,
)
_DAY_WORD = re.compile(r"[^\W\d_]+")
_SPAN_WORD = re.compile(r"^(?:to|through|until|bis|à|au|a|al|tot|t/m|-|–)$", re.IGNORECASE)


def find_return_date(text: str, sent: datetime) -> date | None:
    """The first day the sender said they would be back, or None."""
    reference = usable_sent(sent)
    if reference is None:
        return None
    norm = _short_dates(_LINE_WRAP.sub(" ", normalise(text)))
    sent_day = reference.date()
    stated: list[date] = []
    last_away: list[date] = []
    away_somewhere = _AWAY.search(norm[:4000]) is not None
    for mention in scan_dates(norm, sent_day):
        if mention.past:
            continue
        if _says_back(norm, mention.start, mention.end) or _reads_then(
            norm, mention.start, mention.end
        ):
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
    return _next_working_day(norm[:4000], sent_day)


# A hard-wrapped line runs on ("will return to\nthe office on Friday"); a blank line or a
# list item still ends it.
_LINE_WRAP = re.compile(r"(?<=[^\s.!?:;])[ \t]*\n(?![ \t]*(?:\n|[-*•>]|\d+[.)]))[ \t]*")
# A short day and month after "until" as people type it: "offline til 11/16", "bis 23.11 mit",
# "until 23.11 with limited access": written out as the date scanner reads them.
_SHORT_UNTIL = re.compile(
    r"\b(?P<w>until|till|til|bis|back|zur(?:ü|ue)ck|jusqu'au|hasta\s+el|tot|t/m)\s+"
    r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?![\d/]|\.\d)\.?",
    re.IGNORECASE,
)


def _short_dates(text: str) -> str:
    """``text`` with "til 11/16" and "bis 23.11" written as "till 11/16" and "bis 23.11."."""

    def full(m: re.Match[str]) -> str:
        word = "till" if m["w"].lower() == "til" else m["w"]
        end = "." if m["sep"] == "." else ""
        return f"{word} {m['a']}{m['sep']}{m['b']}{end}"

    return _SHORT_UNTIL.sub(full, text)


def _reads_then(text: str, start: int, end: int) -> bool:
    """The day at text[start:end] is the one the writer will read or answer the mail: "will
    read your message on Monday", or "won't be checking emails until tomorrow" (not "I am away
    until Friday and will reply on my return", whose "until" names the last day away)."""
    # a date's own closing dot ("Friday 13 March.") may end the sentence too
    stop = end - 1 if text[end - 1 : end] == "." else end
    begin, finish = sentence_bounds(text, start, stop, reach=150)
    reading = list(_OWN_READING.finditer(text, begin, finish))
    if not reading or any(
        m.start("days") <= start < m.end() for m in _WORKING_DAYS.finditer(text, begin, finish)
    ):
        return False  # "Ik werk op maandag en donderdag en lees je mail op ...": not Thursday
    before = text[max(begin, start - 60) : start]
    if _UNTIL_BEFORE.search(before[-24:]):
        return bool(_NEGATED.search(before)) and any(m.end() <= start for m in reading)
    # the reading's verb said right before the day or right after it ("lees je mail op
    # maandag", "je mail wordt maandag in behandeling genomen"), and not denied ("I'm on leave
    # from Friday 12 March ... and won't be checking email": the leave's first day)
    after = text[end : min(finish, end + 40)]
    near = f"{before}\n{after}"
    return not _NEGATED.search(near) and any(start - 60 <= m.end() <= end + 40 for m in reading)


def _next_working_day(text: str, sent_day: date) -> date | None:
    """The next of the stated working days after ``sent_day``, for "when I am next in the
    office"; None without both."""
    if not _NEXT_IN.search(text):
        return None
    found = _WORKING_DAYS.search(text)
    if not found:
        return None
    days: set[int] = set()
    previous: int | None = None
    spanning = False
    for word in _DAY_WORD.findall(found.group("days")):
        number = (
            WEEKDAYS.get(word.lower().rstrip("s"))
            if word.lower() not in WEEKDAYS
            else WEEKDAYS[word.lower()]
        )
        if number is None:
            spanning = spanning or bool(_SPAN_WORD.match(word))
            continue
        if spanning and previous is not None:
            days.update(range(previous, number + 1))
        days.add(number)
        previous, spanning = number, False
    if not days or len(days) >= 7:
        return None
    day = sent_day + timedelta(days=1)
    while day.weekday() not in days:
        day += timedelta(days=1)
    return day


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
