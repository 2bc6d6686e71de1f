"""Is a time stated in the text the fixed plan for a meeting with the candidate?

A human reply often fixes an interview without any confirming phrase ("Let's go with Monday,
November 2 at 9:00am", "om 15.00 uur komt ons het beste uit"). The time counts as fixed when
it is the only day offered, a meeting with someone is named next to it (not "time" or
"date", which any appointment has, and not the team's own meeting or interviews with other
candidates), its sentence neither offers it as an option nor speaks of a decision, and the
passage speaks to the candidate. ``MOVED_TO`` marks the time a cancelled meeting moves to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..dates.markers import DECISION_TALK
from ..phrases import lexicon
from ..phrases.cues import TRIAL_WORK

# A day of exercises with the candidate is a stage of interviewing and a meeting.
_EXERCISE_DAY = (
    r"assessment(?:\s+(?:cent(?:re|er)|day))?|assessment-?cent(?:er|re)|auswahltag|probetag|"
    r"probearbeit\w*|trial\s+(?:day|shift)|centre\s+d'[ée]valuation|journ[ée]e\s+d'(?:essai|"
    r"[ée]valuation)|jornada\s+de\s+(?:evaluaci[oó]n|prueba)|d[ií]a\s+de\s+prueba|"
    r"assessmentdag|selectiedag|proefdag|" + TRIAL_WORK
)
# Words addressed to the candidate, in the five languages.
TO_CANDIDATE = re.compile(
    r"\b(?:you|your|Sie|Ihnen|Ihr\w*|du|dich|dir|dein\w*|vous|votre|tu|te|toi|tes|ton|ta|"
    r"usted|contigo|tú|tu|su|jij|je|jou|jouw|u|uw)\b",
    re.IGNORECASE,
)
INTERVIEW_WORD = re.compile(
    r"\b(?:interview\w*|entrevista\w*|entretien\w*|\w*gespräch\w*|\w*gesprek\w*|"
    r"vorstellungs\w*|kennenlern\w*|screen(?:ing)?|panel|onsite|on-site|assessment|"
    rf"case study|technical (?:call|chat|session)|hiring manager|{_EXERCISE_DAY}|"
    # the public sector's and the stage's word: "convoquée à une audition devant le jury"
    r"audition|audición|auditie|Vorsprechen)\b",
    re.IGNORECASE,
)
# A meeting with someone, named near a time that is stated as fixed (not "time" or "date",
# which name any appointment), and meetings that are the employer's own.
_MEETING = re.compile(
    r"\b(?:interview\w*|call|chat|meeting|conversation|session|round|zoom|teams|google meet|meet|"
    r"video|screen(?:ing)?|panel|on-?site|speak|talk|see you|join|visit|office|offices|"
    r"\w*gespräch\w*|Telefonat|treffen|sprechen|kennenlernen|Termin|Büro|entretien|entrevue|"
    r"rendez-vous|échange|appel|visio\w*|locaux|bureaux|retrouve\w*|verrons|entrevista|llamada|"
    r"reuni[oó]n|videollamada|oficinas?|vemos|esperamos|\w*gesprek\w*|afspraak|kennismaking\w*|"
    rf"spreken|spreekt|zien|kantoor|bellen|{_EXERCISE_DAY})\b",
    re.IGNORECASE,
)
_OTHERS_MEETING = re.compile(
    r"\b(?:team|board|all-hands|staff|company|department|leadership|planning|budget|hiring|"
    r"panel|committee|partner|investor|client|Team|Vorstands|réunion d'équipe|equipo)\s+"
    r"(?:meets?|meeting|call|session|offsite)\b|\bpanel\s+meets\b|"
    # interviews with the other candidates
    r"\binterview\w*\s+(?:\w+\s+)?(?:other|remaining|more|the\s+other|the\s+remaining)\s+"
    r"(?:candidates|applicants|people|finalists)|\b(?:interviews|Gespräche|entretiens|entrevistas|"
    r"gesprekken)\s+(?:with|mit|avec|con|met)\s+(?:the\s+)?(?:other|anderen|d'autres|otr[oa]s|"
    r"andere)\b",
    re.IGNORECASE,
)
# In the sentence of a time after a cancellation: the meeting moves there.
MOVED_TO = re.compile(
    r"\b(?:move|moving|moved|push|pushing|shift\w*|reschedul\w*)\s+(?:it|this|that|the\s+\w+|"
    r"our\s+\w+|your\s+\w+)\s+(?:\w+\s+)?(?:to|until|till)\b|\binstead\b|\bstattdessen\b|"
    r"\bverschieben\s+(?:es|ihn|das)\s+auf\b|\bà\s+la\s+place\b|\bpasse\w*\s+(?:à|au)\b|"
    r"\ben\s+su\s+lugar\b|\bin\s+plaats\s+daarvan\b",
    re.IGNORECASE,
)
# Words that make the candidate one of the party: "let's", "our call".
_WITH_US = re.compile(
    r"\blet'?s\b|\blet us\b|\bour\s+(?:call|chat|meeting|conversation|interview|session)\b",
    re.IGNORECASE,
)


def stated_as_fixed(found: Any, text: str, subject_meeting: bool) -> bool:
    """A time (near meeting words) stated as the one plan: the only day offered, in a
    sentence that neither offers it as an option nor speaks of a decision, in a passage
    that speaks to the candidate or of an interview."""
    sentence = around(text, found.evidence)
    if found.alternatives or DECISION_TALK.search(sentence):
        return False
    if lexicon.PROPOSAL.search(sentence):
        return False
    # the meeting named next to the time is one with the candidate, not the team's own
    nearby = around(text, found.evidence, reach=1)
    theirs = [m.span() for m in _OTHERS_MEETING.finditer(nearby)]
    ours = [m for m in _MEETING.finditer(nearby) if not any(a <= m.start() < b for a, b in theirs)]
    if not ours and not subject_meeting:
        return False
    passage = around(text, found.evidence, reach=2)
    return bool(
        INTERVIEW_WORD.search(passage) or TO_CANDIDATE.search(passage) or _WITH_US.search(passage)
    )


def in_sentences(evidence: str, patterns: Sequence[re.Pattern[str]], sentences: list[str]) -> bool:
    """Whether ``evidence`` lies in a sentence that one of ``patterns`` matches."""
    words = " ".join(evidence.split())
    return any(
        words in " ".join(sentence.split()) and any(p.search(sentence) for p in patterns)
        for sentence in sentences
    )


def around(text: str, evidence: str | None, reach: int = 0) -> str:
    """The sentence around a time mention (and ``reach`` sentences either side), to see
    whether it is offered or fixed and what it is for."""
    if not evidence:
        return ""
    # mail is hard-wrapped: a sentence runs over single line breaks, and the evidence has
    # its spaces collapsed
    flat = "\n\n".join(" ".join(p.split()) for p in _PARAGRAPHS.split(text))
    words = " ".join(evidence.split())
    index = flat.find(words)
    if index < 0:
        return ""
    # a time read up to its sentence's full stop ("Thursday 26 November at 2pm.") ends
    # there: the next sentence ("All interviews take place 24-26 November") is not its own
    start, end = index, index + len(words.rstrip(".!?"))
    for _ in range(reach + 1):
        found = ((flat.rfind(m, 0, max(0, start - 1)), m) for m in _ENDS)
        start = max([0, *(at + len(m) for at, m in found if at >= 0)])
        ends = [i for i in (flat.find(m, end) for m in _ENDS) if i >= 0]
        end = min(ends) + 1 if ends else len(flat)
    return flat[start:end]


_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
_ENDS = (". ", "? ", "! ", "\n\n")
