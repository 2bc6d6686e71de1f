"""A reply that takes one of the times its thread offered: the meeting is booked.

"Half nine Wednesday works grand", "Yes perfect!! Fri 27th at 12 noon then", "Tue at 3
works", "nos quedamos con ese día y hora": the candidate (or the employer) offered slots in
the quoted mail, and the reply takes one. The kind is still decided by the new text: the
thread only says which times were on the table, so a time the reply names that is one of
them, or the one thread time the reply points at, said with a word of agreement and no
refusal, question or "I'll check" around it, is the booked interview. A careful reader
needs both: a time from the thread and a reply that takes it. A reply may also settle the
hour on a day the thread put forward ("passt, dann am 3.12. um 11 Uhr" over "Donnerstag
Nachmittag würde passen"); several times offered in the thread are a meeting's whatever the
thread calls it; an option line answered inline is taken by the "Yes" on the line after it.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..dates import TimeSpan
from ..dates.mentions import scan_dates
from ..dates.order import month_first
from ..dates.thread import find_thread_time, thread_times
from ..phrases.requesting import DAY
from ..reading import AGREEMENT_WORDS, Reading, sentences_of
from .asking import meeting_in_view

# A word of agreement, in five languages ("works grand", "perfect", "c'est noté", "passt",
# "nos quedamos con", "komt goed uit"): the words an inline answer agrees with, and those that
# say a time suits.
_AGREES = re.compile(
    rf"\b(?:{AGREEMENT_WORDS}|work|perfect\w*|suits?|grand|good|brilliant|lovely|excellent|"
    r"ideal|noted|lock\w*|confirm(?:ed)?|booked|it\s+is|then|see\s+you|let's\s+(?:do|go|say)|"
    r"gut|geht\s+klar|notiert|noté|convient|va\s+pour|retenons|retient|bien|nos\s+quedamos|"
    r"quedamos|me\s+va|nos\s+va|sirve|uitstekend|schikt|past|lukt|fijn|"
    # a time picked: "We take the Wednesday 18 at 14h30", "nehmen wir", "on prend", "cogemos"
    r"(?:we|I)(?:'ll|\s+will)?\s+take|let's\s+take|nehmen\s+wir|wir\s+nehmen|on\s+prend|"
    r"nous\s+prenons|je\s+prends|cogemos|tomamos|nemen\s+we|we\s+nemen)\b",
    re.IGNORECASE,
)
# A refusal, a question, or a time not settled yet: "Wednesday doesn't work", "I'll check with
# the chef and confirm", "je vérifie", "ich kläre das", "lo confirmo mañana", "ik laat het weten".
# A bare "no" or "si" is no refusal ("No problem at all, Tuesday works", "Si, perfecto"): "no"
# refuses as an answer of its own ("No, ...") or as the negation of the verb that would agree
# ("no nos va", "no puedo"), "si" as the French or Spanish "if" before its clause.
_NOT_TAKEN = re.compile(
    r"\?|\b(?:not|never|won't|can't|cannot|unfortunately|sadly|instead|if|unless|check|"
    r"get\s+back|let\s+you\s+know|will\s+confirm|to\s+confirm|tentative\w*|provisional\w*|"
    r"pencil\w*|cancel\w*|nicht|kein\w*|leider|falls|wenn|prüfe\w*|kläre\w*|melde|pas|ne|"
    r"malheureusement|vérifie\w*|reviens|reviendrai|annul\w*|lamentablemente|"
    r"desafortunadamente|verific\w*|confirmaré|aviso|niet|geen|helaas|als|tenzij|"
    r"laat\s+(?:het\s+)?weten|afzeggen)\b|n't\b|"
    r"\bno\b(?=\s*(?:[,.;:!]|$))|"
    r"\bno\s+(?:(?:me|nos|te|le|les|se|lo|la|nous|us)\s+)*(?:va|van|viene|vienen|sirve|"
    r"encaja|cuadra|conviene|funciona|queda|puedo|podemos|podré|podremos|puede|pueden|llego|"
    r"llegamos|estoy|estamos|es\s+posible|longer|good|go|way)\b|"
    r"\bsi\b(?!\s*(?:[,.;:!]|$))",
    re.IGNORECASE,
)
# "No problem" and its kin agree: their negation denies a trouble, not the time ("No problem at
# all, Tuesday at 3 works", "Kein Problem, Dienstag um 15 Uhr passt", "pas de souci", "no hay
# problema", "geen probleem"). Taken out before a refusal is looked for.
_NO_TROUBLE = re.compile(
    r"\b(?:no|not\s+a|kein(?:e|en)?|pas\s+de|aucun|ningún|sin|geen)\s+(?:problem\w*|worr(?:y|ies)|"
    r"bother|issue|Sorgen?|Ursache|Thema|probl[eè]me|soucis?|inconveniente|probleem|zorgen|"
    r"punt)\b|\bno\s+(?:hay|pasa)\s+(?:ningún\s+)?(?:problema|inconveniente|nada)\b",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"^[ \t>]+", re.MULTILINE)
# A sentence that points at a slot without a full time: a day ("Tue", "the 30th", "24/11"),
# an hour ("at 3", "15h"), or the slot itself ("the first one", "option B", "ese día").
_POINTS = re.compile(
    rf"\b(?:{DAY}|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?|\d{{1,2}}(?:st|nd|rd|"
    r"th|er|e)?|\d{1,2}[/.]\d{1,2}|first|second|third|option|slot|one|créneau|Termin|Slot|"
    r"día|hora|dag|tijd|moment)\b",
    re.IGNORECASE,
)


# Words that settle a time rather than agree to a question: "dann", "then", "alors",
# "entonces", "dan", "booked", "fix", "it is", "lock".
_SETTLES = re.compile(
    r"\b(?:then|so|booked|lock\w*|confirm(?:ed)?|it\s+is|dann|fix|fest|gebucht|"
    r"eingetragen|alors|donc|noté|réservé|entonces|reservad[oa]|apuntad[oa]|dan|genoteerd|"
    r"vastgelegd|staat|(?:we|I)(?:'ll|\s+will)?\s+take|let's\s+take|nehmen\s+wir|wir\s+nehmen|"
    r"on\s+prend|nous\s+prenons|je\s+prends|cogemos|tomamos|nemen\s+we|we\s+nemen)\b",
    re.IGNORECASE,
)
# An option line on its own ("B) Tue 11/17, 10:30am PT", "- Thursday 12th, half nine"), and
# an inline answer that takes it, opening with agreement ("Yes - let's lock this one").
_BARE_OPTION = re.compile(r"^\W{0,3}(?:[A-Za-z0-9][).:]\s*)?[\w ,/:.'-]{0,40}$")
_ANSWER_AGREES = re.compile(rf"^\W*(?:{AGREEMENT_WORDS}|let's|that\s+one)\b", re.IGNORECASE)


def thread_slot_taken(
    r: Reading, found: TimeSpan | None, confirmed: list[str], history: str
) -> TimeSpan | None:
    """The thread's time this reply takes, or None. ``found``: the time the new text names;
    ``confirmed``: the confirmation phrases found in it; ``history``: the thread."""
    if not r.msg.date or not history.strip():
        return None
    thread = thread_times(history, r.msg.date, default_tz=r.tz)
    # times to choose from ("Would any of these suit? - Tue 10th, 2pm - Wed 11th, 11:00")
    # are a meeting's, whatever the thread calls it
    if not (meeting_in_view(f"{r.subject}\n{history}") or len({t.start for t in thread}) > 1):
        return None
    # an inline answer ("B) Tue 11/17, 10:30am" over "Yes - let's lock this one") is the
    # reply's own text
    own = sentences_of(r.new if r.used_inline else r.body.new)
    if found is not None:
        if found.alternatives:
            return None
        at = _sentence_with(own, found.evidence)
        if at is None or not _takes(own, at):
            return None
        if any(t.start == found.start for t in thread):
            return found
        # "passt, dann am 3.12. um 11 Uhr" over "Donnerstag, der 3.12., um 11 Uhr würde
        # passen"; "super, dann machen wir das fix: Dienstag um halb drei" over "Dienstag
        # Nachmittag würde passen": the reply settles, on a day the thread put forward, the
        # hour the thread left open or wrote in a way not read as a time
        settles = (
            _SETTLES.search(own[at]) and _agrees_first(own[at], found.evidence)
        ) or _said_to_suit(own[at], found.evidence)
        return found if settles and _day_in_thread(found, history, r.msg.date) else None
    slot = find_thread_time(r.kind_text(), history, r.msg.date, default_tz=r.tz)
    if slot is None:
        return None
    if confirmed:
        # "el martes a las 10 no nos va bien" still holds the words that would confirm it
        said = [_sentence_with(own, evidence) for evidence in confirmed]
        return None if any(i is not None and _refuses(own[i]) for i in said) else slot
    pointing = [i for i, s in enumerate(own) if _POINTS.search(s)]
    return slot if pointing and _takes(own, pointing[0]) else None


def _sentence_with(sentences: list[str], evidence: str) -> int | None:
    """The sentence that holds ``evidence`` (phrase evidence comes lower-cased), or the one
    it starts in when it runs over a sentence's end ("the Tuesday option - see below. That's
    10:00 to 11:00")."""
    words = " ".join(evidence.lower().split())
    flat = [" ".join(sentence.lower().split()) for sentence in sentences]
    for i, sentence in enumerate(flat):
        if words in sentence:
            return i
    for i, sentence in enumerate(flat[:-1]):
        joined = f"{sentence} {flat[i + 1]}"
        at = joined.find(words)
        if 0 <= at < len(sentence):
            return i
    return None


def _takes(sentences: list[str], at: int) -> bool:
    """The sentence ``at`` (or the one just before it: "Perfect. Wednesday at 3pm.") agrees,
    and ``at`` refuses, asks or defers nothing. An option line answered inline ("B) Tue
    11/17, 10:30am" over "Yes - let's lock this one.") is taken by the sentence after it."""
    sentence = sentences[at]
    if _refuses(sentence):
        return False
    before = sentences[at - 1] if at else ""
    if _AGREES.search(sentence) or (before and _AGREES.search(before)):
        return True
    after = sentences[at + 1] if at + 1 < len(sentences) else ""
    return bool(
        _BARE_OPTION.match(sentence)
        and after
        and _ANSWER_AGREES.match(after)
        and not _refuses(after)
    )


def _agrees_first(sentence: str, evidence: str) -> bool:
    """A word of agreement comes before the time in its sentence ("passt, dann am 3.12.")."""
    flat = " ".join(sentence.split())
    at = flat.lower().find(" ".join(evidence.lower().split()))
    return at > 0 and bool(_AGREES.search(flat[:at]))


# A time said to suit right after it: "Thursday half two is grand", "Dienstag um 10 passt
# gut", "mardi 15h nous convient", "el jueves a las 5 nos va bien", "donderdag om 3 komt goed uit".
_SUITS_AFTER = re.compile(
    r"^\W{0,3}(?:is|'s)\s+(?:grand|fine|good|great|perfect|ideal|brilliant|lovely|ok|okay|"
    r"spot\s+on)\b|^\W{0,3}(?:works|suits|passt|past|komt\s+(?:ons\s+|mij\s+)?(?:goed|prima)|"
    r"(?:me|nos|nous|te)\s+(?:va|viene|convient)|ist\s+(?:gut|super|perfekt|prima)|"
    r"(?:est|c'est)\s+parfait|is\s+(?:prima|perfect))\b",
    re.IGNORECASE,
)


def _said_to_suit(sentence: str, evidence: str) -> bool:
    """The words right after the time ``evidence`` say it suits ("Thursday half two is grand")."""
    flat = " ".join(sentence.split())
    words = " ".join(evidence.split())
    at = flat.lower().find(words.lower())
    return at >= 0 and bool(_SUITS_AFTER.search(flat[at + len(words) :]))


def _day_in_thread(found: TimeSpan, history: str, sent: datetime) -> bool:
    """The thread names the day of ``found``: its date, or its weekday."""
    plain = _QUOTE_MARKS.sub("", history[:8000])
    day = found.start.date()
    return any(
        m.day == day or (m.kind == "weekday" and m.day.weekday() == day.weekday())
        for m in scan_dates(plain, sent.date(), month_first=month_first(plain, sent))
        if not m.past
    )


def _refuses(sentence: str) -> bool:
    """The sentence refuses, asks or defers (a "no problem" is no refusal)."""
    return _NOT_TAKEN.search(_NO_TROUBLE.sub(" ", sentence)) is not None


__all__ = ["thread_slot_taken"]
