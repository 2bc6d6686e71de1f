"""Days in a promise's sentence that name a meeting, not when the employer will be back.

- A call or a mail with its own clock time is an appointment: "I'll call you on Thursday at
  10am for the screening", "ik bel je dinsdag om 10 uur", "je vous appelle jeudi à 14h",
  "te llamo el jueves a las 10" (but "I'll call you on Friday with the outcome" is a promise
  of news, and "we'll let you know by Friday 5pm" a promise with an hour).
- A day that is a meeting's own: "the joining details for Tuesday's interview", "after the
  interview on Monday", "das Gespräch am Dienstag", "l'entretien de jeudi", "la entrevista
  del lunes", "het gesprek van dinsdag".
"""

from __future__ import annotations

import re

from .timeline_words import CONTACTING, EMPLOYER_TIMELINE

_CONTACTING = re.compile(CONTACTING, re.IGNORECASE)
# An hour right after or right before the day: "Thursday at 10am", "dinsdag om 10 uur",
# "jeudi à 14h", "el jueves a las 10", "am Donnerstag um 11 Uhr", "Thursday 10:30",
# "at 3pm on Thursday".
_HOUR = (
    r"(?:(?:at|um|à|a\s+las?|om|@)\s*\d{1,2}(?:[:.h]\d\d)?(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h|uur))?"
    r"|\d{1,2}[:.]\d\d|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|uur)|\d{1,2}h\d{0,2})(?![\w])"
)
_HOUR_AFTER = re.compile(rf"[\s,]*(?:(?:morning|afternoon|vormittag|nachmittag)\s+)?{_HOUR}", re.I)
_HOUR_BEFORE = re.compile(rf"{_HOUR}\s*(?:(?:on|am|le|el|op)\s*)?$", re.IGNORECASE)
# A meeting of the candidate's own, with the day it is on ("call on Friday" may be the
# promised call itself, and "the panel meeting on 2 December" where the decision is made).
_MEETING = (
    r"(?:interviews?|screening|Vorstellungsgespr(?:ä|ae)ch|Gespr(?:ä|ae)ch|Interview|"
    r"entretien|entrevue|rendez-vous|entrevista|(?:sollicitatie)?gesprek|afspraak)"
)
_DAY_OF_MEETING_BEFORE = re.compile(
    rf"\b{_MEETING}\s+(?:on|this|next|am|vom|von|de|du|d'|del|van|op|of|for)\s*"
    r"(?:the\s+|le\s+|el\s+)?$|"
    # "with interviews the following week", "interviews next week"
    rf"\b{_MEETING}(?:s|e|en|ken)?\s+$|"
    # when the meetings are held: "Interviews will take place in the week commencing 30
    # November", "interviews are next week", "Die Gespräche finden in KW 49 statt", "Les
    # entretiens auront lieu la semaine du 30", "Las entrevistas serán el 1 de diciembre",
    # "De gesprekken vinden plaats op 1 december"
    rf"\b{_MEETING}(?:s|e|en|ken)?\s+(?:(?:will|shall|would|should)\s+)?(?:be\s+)?(?:take\s+place|taking\s+place|"
    r"held|run|running|happen\w*|scheduled|planned|are|is|ist|sind|est|sont|es|son|zijn|"
    r"finden|findet|auront\s+lieu|"
    r"aura\s+lieu|ont\s+lieu|a\s+lieu|ser[áa]n?|tendr[áa]n?\s+lugar|se\s+(?:realizar|"
    r"celebrar)[áa]n?|vinden|vindt)(?:\s+plaats)?\s+(?:(?:in|on|during|over|from|im|in\s+der|am|"
    r"dans|durant|pendant|en|durante|op|tijdens)\s+)?(?:(?:the|la|el|de|le)\s+)?"
    r"(?:(?:week\s+(?:commencing|beginning|starting|of)|w/c|Woche\s+vom|semaine\s+du|"
    r"semana\s+del|week\s+van)\s+(?:the\s+)?)?$|"
    # an event's day, whatever the event: "Interviews are expected to be held on 8 December",
    # "a second round, which would take place on 3 December", "due to take place on", "qui
    # aurait lieu le 3", "les entretiens devraient avoir lieu le", "que tendría lugar el",
    # "las entrevistas están previstas para el"
    r"\b(?:(?:will|would|shall|should|could|might|may|to|is|are|be|being)\s+(?:be\s+)?"
    r"(?:held|take\s+place|taking\s+place)|(?:aur(?:a|ait|ont|aient)|(?:doi|devr|pourr)\w*\s+"
    r"avoir)\s+lieu|tendr(?:á|a|ía|ia)n?\s+lugar|(?:est(?:á|a)n?|son|ser(?:á|a)n?)\s+"
    r"previst[oa]s?\s+para)\s+(?:(?:on|in|during|le|el|the)\s+)*$|"
    # the invitation to the meeting: "we'll send you an invite for next Tuesday", "une
    # invitation pour mardi prochain", "una invitación para el próximo martes", "een
    # uitnodiging voor volgende week dinsdag", "eine Einladung für Dienstag"
    r"\b(?:invite|invitation|Einladung|invitaci(?:ó|o)n|uitnodiging)\s+(?:for|f(?:ü|ue)r|"
    r"pour|para|voor)\s+(?:(?:the|le|el|de)\s+)?$",
    re.IGNORECASE,
)
# The same with the verb after the day, as German and Dutch put it: "die am 3. Dezember
# stattfinden würde", "die Gespräche sollen am 8. Dezember stattfinden", "dat op 3 december
# zou plaatsvinden", "worden naar verwachting op 8 december gehouden".
_EVENT_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:stattfinden|stattfindet|abgehalten|plaatsvinden|plaatsvindt|"
    r"gehouden)\b",
    re.IGNORECASE,
)
# "Tuesday's interview" (the day may be read with its "'s")
_MEETING_AFTER = re.compile(
    rf"(?:'s|’s)?\s+(?:\w+\s+)?(?:{_MEETING}|call|chat|meeting)\b", re.IGNORECASE
)


# A call or a mail to prepare the candidate or to pass on logistics brings no answer, nor one
# that is the meeting itself: "I'll
# call you Monday to prep", "I'll text you a reminder", "te mando un par de notas", "je vous
# appelle lundi pour un dernier point de préparation", "ik bel je om het voor te bereiden".
_LOGISTICS = re.compile(
    r"\b(?:prep\w*|reminder|remind|notes|link|directions|joining\s+(?:details|instructions)|"
    r"agenda|briefing|Vorbereit\w*|vorzubereiten|Erinnerung|pr[ée]par\w*|lien|notas|enlace|"
    r"recordatorio|voor\s+te\s+bereiden|voorbereid\w*|herinnering|"
    # a call that is itself the meeting: "call you on Friday for a quick screening call",
    # "pour un premier échange", "para una breve entrevista", "für ein kurzes Telefonat"
    r"(?:for|f(?:ü|ue)r|pour|para|voor)\s+(?:a|an|ein(?:e|en)?|une?|una?|een)\s+"
    r"(?:(?:quick|short|brief|first|initial|kurzes|erstes|premier|premi[èe]re|bref|breve|"
    r"primera|kort|eerste)\s+)?(?:screening|chat|call|interview|conversation|catch-up|"
    r"Gespr(?:ä|ae)ch|Telefonat|Interview|[ée]change|entretien|entrevista|llamada|charla|"
    r"gesprek|telefoontje|kennismaking))\b",
    re.IGNORECASE,
)
# Asking to call is a request: "We'd like to call you", "could we call you", "darf ich Sie
# anrufen", "pourrions-nous vous appeler", "¿podemos llamarte?".
_ASKING_BEFORE = re.compile(
    r"\b(?:(?:like|love|want|wish)\s+to|(?:could|can|may|shall|might)\s+(?:we|I)|"
    r"(?:möchten|würden|dürfen|darf)\s+(?:wir|ich)\s+(?:Sie|dich)|(?:aimerions|aimerais|"
    r"pourrions|pouvons|souhaitons)(?:-nous|-je)?\s+(?:vous|te)|podemos|podríamos|"
    r"quisiéramos|(?:mogen|kunnen|zouden)\s+(?:we|wij|ik)\s+(?:je|u))\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "the call you had", "your message you sent": a noun, not a verb
_DETERMINER_BEFORE = re.compile(r"\b(?:the|your|a|my|our|this|that)\s+$", re.IGNORECASE)


def contact_for_logistics(norm: str, match: re.Match[str], finish: int) -> bool:
    """Whether ``match`` is no promise to contact the candidate with an answer: a call or a
    mail made for preparation or logistics, or a noun ("the call you had")."""
    if _CONTACTING.fullmatch(norm, match.start(), match.end()) is None:
        return False
    if _DETERMINER_BEFORE.search(norm, max(0, match.start() - 6), match.start()):
        return True
    if _ASKING_BEFORE.search(norm, max(0, match.start() - 30), match.start()):
        return True
    return _LOGISTICS.search(norm, match.end(), min(finish, match.end() + 80)) is not None


def names_meeting_day(norm: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether the day at [start, end) of the clause [begin, finish) is a meeting's own."""
    begin, finish = clause
    possessive = norm[end - 2 : end] in ("'s", "’s") or norm[end : end + 2] in ("'s", "’s")
    if (
        (possessive and _MEETING_AFTER.match(norm, end))
        or _DAY_OF_MEETING_BEFORE.search(norm, max(begin, start - 80), start)
        or _EVENT_AFTER.match(norm, end, finish)
    ):
        return True
    timed = _HOUR_AFTER.match(norm, end, finish) is not None or (
        _HOUR_BEFORE.search(norm, max(begin, start - 20), start) is not None
    )
    if not timed:
        return False
    # timed, and the clause promises nothing but a call or a mail
    return not any(
        _CONTACTING.fullmatch(norm, m.start(), m.end()) is None
        for m in EMPLOYER_TIMELINE.finditer(norm, begin, finish)
    )
