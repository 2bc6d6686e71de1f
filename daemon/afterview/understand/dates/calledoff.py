"""A meeting called off: which of a cancellation's days are no promise of an answer.

Since a cancellation's "I'll be in touch next week with new dates" is a day by which the
employer said it would get back (CONTRACT.md `decision_by`), its sentences are read like any
other; but three kinds of day in them name something else:

- the meeting called off, and the reason's days: "we have to cancel the interview tomorrow",
  "den Termin vom Dienstag, 24. November absagen", "Euan is off this week so I'm cancelling
  this one": in a sentence that calls a meeting off, a day counts only when a promise shares
  its own clause (split at commas, dashes, "so", "because", "and") and nothing is called off
  there;
- the new meeting: "in touch to find a new slot, most likely in the week of the 14th", "with
  alternative dates - hopefully early December", "en cuanto tenga nuevas fechas,
  probablemente para la próxima semana": a day set off after the new dates, with no promise
  between, or with none in its own clause ("pushing them for a new time this week, I'll
  text you the second I hear"); but "I'll come back to you with new dates next week" says
  when;
- someone's diary: "once I have his diary for the week of 30 November".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .text import part_around

_CALLED_OFF = re.compile(
    r"\b(?:cancel\w*|call(?:ing|ed)?\s+(?:\w+\s+){0,3}?off|pull\s+(?:\w+\s+){0,2}?(?:call|"
    r"conversation|interview|meeting)|postpon\w*|absag\w*|abgesagt\w*|annul\w*|"
    r"cancelar\w*|cancelad[oa]s?|cancel[oó]|suspend\w*|aplaz\w*|afzeg\w*|afgezegd|"
    r"annuleer\w*|geannuleerd)\b",
    re.IGNORECASE,
)
# What is called off may be the decision itself: "our decision has been postponed to Friday";
# and a German answer either way names the refusal's noun with its pair, no meeting called
# off: "Die Zu- oder Absage erhalten Sie bis Freitag", "Zusage oder Absage", "Zu-/Absage".
_DECISION_NOUN = re.compile(
    r"\b(?:decision|outcome|Entscheidung|Ergebnis|d[ée]cision|decisi[oó]n|beslissing|besluit|"
    r"Zu-\s*(?:oder|und|/)\s*Absage|Zusage\s+oder\s+Absage|Absage\s+oder\s+Zusage)\b",
    re.IGNORECASE,
)
_FINE_BREAK = re.compile(
    r"[,;:()]|\s[-–—]\s|\b(?:so|but|because|as|since|and|da|weil|und|aber|car|mais|et|"
    r"porque|pero|y|omdat|maar|want)\b",
    re.IGNORECASE,
)
_NEW_MEETING = re.compile(
    r"\b(?:(?:new|alternative|other|fresh|different)\s+(?:\w+\s+)?(?:dates?|times?|slots?|"
    r"options?|days?)|rearrang\w*|reschedul\w*|neue[nrs]?\s+(?:\w+\s+)?Termin\w*|Ersatztermin\w*|"
    r"neu\s+(?:zu\s+)?(?:vereinbaren|terminieren|ansetzen)|nouve(?:lles?|aux)\s+(?:dates?|"
    r"cr[ée]neaux|horaires?|rendez-vous)|reprogramm\w*|reprogram\w*|nuev[oa]s?\s+(?:fechas?|"
    r"horarios?|citas?|d[ií]as?)|nieuwe?\s+(?:data|datum|tijden|afspraak|momenten|tijdstippen)|"
    r"verzetten|inplannen)\b",
    re.IGNORECASE,
)
# What the new dates are for: "some new options for early December", "neue Termine für die
# Woche ab dem 7.12.", "de nouveaux créneaux pour début décembre", "nuevas fechas para la
# semana del 7", "nieuwe data voor begin december".
_FOR_THEM = re.compile(
    r"\s+(?:for|f(?:ü|ue)r|pour|para|voor)\s+(?:(?:the|die|le|la|el|de)\s+)?"
    r"(?:(?:week|Woche|semaine|semana)\s+(?:of|commencing|beginning|ab(?:\s+dem)?|du|del|van)"
    r"\s+(?:the\s+|le\s+|el\s+)?)?",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"[,;(]|\s[-–—]\s")
_DIARY_FOR = re.compile(
    r"\b(?:diary|calendar|availability|schedule|Kalender|Terminkalender|agenda|"
    r"disponibilit[ée]s?|disponibilidad)\s+(?:for|f(?:ü|ue)r|pour|para|voor)\s+(?:the\s+)?"
    r"(?:week\s+(?:of|commencing|beginning|starting)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _fine_clause(norm: str, begin: int, finish: int, start: int, end: int) -> tuple[int, int]:
    """The smallest clause of [begin, finish) holding [start, end)."""
    return part_around(norm, (begin, finish), start, end, _FINE_BREAK)


def names_other_meeting(
    norm: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    promises: Callable[[str, int, int], bool],
) -> bool:
    """Whether the day at [start, end) names a called-off or a new meeting, or a diary, rather
    than when the employer will be back. ``promises(norm, begin, finish)`` says whether a
    stretch holds the employer's promise (passed in: it lives in ``decision``, which imports
    this module)."""
    begin, finish = sentence
    if _DIARY_FOR.search(norm, max(begin, start - 30), start):
        return True
    for new in _NEW_MEETING.finditer(norm, begin, start):
        # "with new dates next week" is when; "new dates - hopefully early December" and
        # "new options for early December" are them
        aside = _ASIDE.search(norm, new.end(), start)
        if aside is not None and not promises(norm, new.end(), start):
            return True
        if _FOR_THEM.fullmatch(norm, new.end(), start):
            return True
        # "I'm pushing them for a new time this week, I'll text you the second I hear": the
        # promise is another clause's
        if not promises(norm, *_fine_clause(norm, begin, finish, start, end)):
            return True
    called_off = _CALLED_OFF.search(norm, begin, finish)
    if called_off is None or _DECISION_NOUN.search(norm, begin, finish):
        return False
    fine = _fine_clause(norm, begin, finish, start, end)
    return not promises(norm, *fine) or _CALLED_OFF.search(norm, *fine) is not None
