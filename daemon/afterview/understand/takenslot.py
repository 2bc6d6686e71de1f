"""A reply that takes one of the times its thread offered: the meeting is booked.

"Half nine Wednesday works grand", "Yes perfect!! Fri 27th at 12 noon then", "Tue at 3
works", "nos quedamos con ese día y hora": the candidate (or the employer) offered slots in
the quoted mail, and the reply takes one. The kind is still decided by the new text: the
thread only says which times were on the table, so a time the reply names that is one of
them, or the one thread time the reply points at, said with a word of agreement and no
refusal, question or "I'll check" around it, is the booked interview. A careful reader
needs both: a time from the thread and a reply that takes it.
"""

from __future__ import annotations

import re

from .asking import meeting_in_view
from .dates import TimeSpan
from .dates.thread import find_thread_time, thread_times
from .reading import AGREEMENT_WORDS, Reading, sentences_of
from .requesting import DAY

# A word of agreement, in five languages ("works grand", "perfect", "c'est noté", "passt",
# "nos quedamos con", "komt goed uit"): the words an inline answer agrees with, and those that
# say a time suits.
_AGREES = re.compile(
    rf"\b(?:{AGREEMENT_WORDS}|work|perfect\w*|suits?|grand|good|brilliant|lovely|excellent|"
    r"ideal|noted|lock\w*|confirm(?:ed)?|booked|it\s+is|then|see\s+you|let's\s+(?:do|go|say)|"
    r"gut|geht\s+klar|notiert|noté|convient|va\s+pour|retenons|retient|bien|nos\s+quedamos|"
    r"quedamos|me\s+va|nos\s+va|sirve|uitstekend|schikt|past)\b",
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
# A sentence that points at a slot without a full time: a day ("Tue", "the 30th", "24/11"),
# an hour ("at 3", "15h"), or the slot itself ("the first one", "option B", "ese día").
_POINTS = re.compile(
    rf"\b(?:{DAY}|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?|\d{{1,2}}(?:st|nd|rd|"
    r"th|er|e)?|\d{1,2}[/.]\d{1,2}|first|second|third|option|slot|one|créneau|Termin|Slot|"
    r"día|hora|dag|tijd|moment)\b",
    re.IGNORECASE,
)


def thread_slot_taken(
    r: Reading, found: TimeSpan | None, confirmed: list[str], history: str
) -> TimeSpan | None:
    """The thread's time this reply takes, or None. ``found``: the time the new text names;
    ``confirmed``: the confirmation phrases found in it; ``history``: the thread."""
    if not r.msg.date or not history.strip() or not meeting_in_view(f"{r.subject}\n{history}"):
        return None
    own = sentences_of(r.body.new)
    if found is not None:
        if found.alternatives:
            return None
        at = _sentence_with(own, found.evidence)
        if at is None or not _takes(own, at):
            return None
        thread = thread_times(history, r.msg.date, default_tz=r.tz)
        return found if any(t.start == found.start for t in thread) else None
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
    """The sentence that holds ``evidence`` (phrase evidence comes lower-cased)."""
    words = " ".join(evidence.lower().split())
    for i, sentence in enumerate(sentences):
        if words in " ".join(sentence.lower().split()):
            return i
    return None


def _takes(sentences: list[str], at: int) -> bool:
    """The sentence ``at`` (or the one just before it: "Perfect. Wednesday at 3pm.") agrees,
    and ``at`` refuses, asks or defers nothing."""
    sentence = sentences[at]
    if _refuses(sentence):
        return False
    before = sentences[at - 1] if at else ""
    return bool(_AGREES.search(sentence) or (before and _AGREES.search(before)))


def _refuses(sentence: str) -> bool:
    """The sentence refuses, asks or defers (a "no problem" is no refusal)."""
    return _NOT_TAKEN.search(_NO_TROUBLE.sub(" ", sentence)) is not None


__all__ = ["thread_slot_taken"]
