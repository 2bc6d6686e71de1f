"""Phrases that carry meaning in recruiting mail, in English, German, French, Spanish, Dutch.

Each list holds regular expressions (matched case-insensitively, on one sentence at a
time) written for the *kind of thing said*, not for any one sender's wording: "we have
chosen another candidate", "wir haben uns für eine andere Person entschieden" and "hemos
decidido seguir adelante con otra persona" are one pattern family. Lists are grouped by what
they signal; ``classify.py`` decides how signals combine. The lists live by topic:
outcomes (rejection in ``rejecting.py``, offer in ``offering.py``, refusals that refuse nothing
in ``refusalguards.py``), meetings (confirmed, requested, cancelled) in
``meetings.py``, acknowledgements here; context cues (automatic replies, job context, hard
negatives) are in ``cues.py``. This module also holds how phrases are looked for.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Sequence

from ..gates.firstletter import by_first_letter
from ..gates.leads import TextIndex, found_in, gate_of, search
from .cues import CONDITIONAL
from .cues import compile_all as _compile
from .meetings import (
    ASK_FIT,
    BOOKING_LINK,
    CANCEL_BARE,
    CANCEL_IT,
    CANCEL_SUBJECT,
    CANCELLED,
    CHOOSE,
    CONFIRMED,
    INVITE,
    MEETING_NAMED,
    NEW_TIME_OFFERED,
    NOT_YET_YOURS,
    PROPOSAL,
    REQUEST,
    UNDECIDED,
    WHEN_NAMED,
)
from .offering import OFFER
from .refusalguards import (
    DENIED_REJECTION,
    NEGATION,
    NO_NEWS_CONDITION,
    NOT_REFUSING,
    REJECTION_DECISION,
    REJECTION_SOFTENER,
    SCHEDULING_TALK,
)
from .rejecting import REJECTION

__all__ = [
    "ASK_FIT",
    "BOOKING_LINK",
    "CANCELLED",
    "CANCEL_BARE",
    "CANCEL_SUBJECT",
    "CHOOSE",
    "CONFIRMED",
    "INVITE",
    "NEGATION",
    "NOT_REFUSING",
    "NOT_YET_YOURS",
    "OFFER",
    "PROPOSAL",
    "RECEIVED",
    "REJECTION",
    "REJECTION_DECISION",
    "REJECTION_SOFTENER",
    "REQUEST",
    "SCHEDULING_TALK",
    "UNDECIDED",
    "WHEN_NAMED",
    "cancelling_sentences",
    "hits",
    "in_quotes",
    "own_cancellations",
    "soft_rejections",
]


RECEIVED = _compile(
    (
        r"\b(?:received|receipt of|got)\s+(?:your|the)\s+(?:\w+\s+)?(?:application|CV|resume|"
        r"résumé|submission|documents)",
        r"\b(?:application|submission)\b[^.;]{0,40}\b(?:has been|was|is|have been)\s+"
        r"(?:successfully\s+)?(?:received|submitted|sent)",
        r"\b(?:application|CV|résumé|resume|documents|materials|submission)\b[^.;]{0,60}\b(?:have|has)"
        r"\s+(?:safely\s+|successfully\s+)?(?:reached|arrived|landed|come through)",
        r"\bthank(?:s| you)\s+(?:\w+\s+)?for\s+(?:applying|your application|submitting|"
        r"your interest in (?:joining|working))",
        r"\bthanks for (?:applying|your application)\b",
        # thanks for the interest first, then for the application: "Thank you for your interest
        # in Harwick and for your application", "Dank für Ihr Interesse ... und für Ihre Bewerbung"
        r"\b(?:thank(?:s| you)|Dank|danke|merci|gracias|bedankt)\b[^.;]{0,80}\b"
        r"(?:and|und|et|y|en)\s+(?:for|für|pour|por|voor)\s+(?:your|Ihre|deine|votre|ta|tu|su|je|jouw|uw)\s+"
        r"(?:application|Bewerbung|candidature|candidatura|postulación|solicitud|sollicitatie)\b",
        # German
        r"\b(?:Eingang|Erhalt)\s+(?:Ihrer|deiner|der)\s+Bewerbung",
        r"\bBewerbung\b[^.;]{0,40}\b(?:ist|wurde|haben wir)\s+(?:erfolgreich\s+|gut\s+)?"
        r"(?:eingegangen|erhalten|übermittelt|angekommen)",
        r"\b(?:danke|Dank)\s+(?:\w+\s+){0,2}für\s+(?:Ihre|deine|die)\s+Bewerbung",
        r"\b(?:haben|habe)\s+(?:Ihre|deine)\s+Bewerbung\b[^.;]{0,60}\b(?:erhalten|bekommen)",
        r"\b(?:Ihre|deine)\s+(?:Bewerbungs)?unterlagen\b[^.;]{0,40}\b(?:eingegangen|erhalten|"
        r"angekommen)",
        # French
        r"\b(?:bien\s+)?reçu\s+(?:votre|ta)\s+candidature",
        r"\bmerci\s+(?:\w+\s+){0,2}(?:pour|de)\s+(?:votre|ta)\s+candidature",
        r"\b(?:accus(?:ons|é|e)|accuser)\s+(?:de\s+)?réception",
        r"\b(?:candidature|dossier)\b[^.;]{0,80}\b(?:a bien été|a été)\s+(?:reçue?|enregistrée?|"
        r"transmise?|envoyée?)",
        # Spanish
        r"\b(?:(?:hemos\s+)?recibido|recibimos)\s+(?:correctamente\s+|bien\s+)?(?:tu|su)\s+"
        r"(?:candidatura|solicitud|CV|currículum|postulación)",
        r"\bgracias\s+(?:\w+\s+){0,2}por\s+(?:postular(?:te|se)?|aplicar|inscribirte)\b",
        r"\bgracias\s+(?:\w+\s+){0,2}por\s+(?:tu|su)\s+(?:candidatura|solicitud|postulación|"
        r"interés en (?:unirte|formar))",
        r"\b(?:candidatura|solicitud|postulación)\b[^.;]{0,30}\b(?:ha sido\s+)?(?:recibida|"
        r"registrada)",
        # a job board's receipt, in Latin American words: "tu hoja de vida fue enviada a
        # Transportes Magdalena", "¡Te postulaste con éxito!", "¡Postulación exitosa!"
        r"\b(?:tu|su)\s+(?:hoja\s+de\s+vida|CV|currículum|postulación|candidatura)\s+(?:ya\s+)?"
        r"(?:fue|ha\s+sido)\s+(?:enviad[ao]|recibid[ao]|registrad[ao])",
        r"\bte\s+postulaste\s+(?:con\s+éxito|correctamente|exitosamente)|\bpostulación\s+"
        r"(?:exitosa|enviada|registrada|recibida)\b",
        # Dutch
        r"\b(?:je|jouw|uw)\s+sollicitatie\b[^.;]{0,40}\b(?:goed\s+)?(?:ontvangen|binnen|"
        r"verstuurd|verzonden|doorgestuurd)",
        r"\b(?:bedankt|dank)\s+(?:\w+\s+){0,2}voor\s+(?:je|jouw|uw)\s+sollicitatie",
        r"\bsollicitatie\s+is\s+(?:in goede orde\s+)?ontvangen",
    )
)


def hits(
    patterns: Sequence[re.Pattern[str]],
    sentences: Sequence[str],
    skip: re.Pattern[str] | None = None,
    before: re.Pattern[str] | None = None,
    *,
    conditional: bool = False,
    where: Callable[[str], object] | None = None,
) -> list[str]:
    """Matches in non-conditional sentences, as short evidence strings (one per sentence).

    ``skip``: sentences matching it do not count; ``before``: a match does not count when
    the sentence's words before it match (a later step: "once we extend an offer");
    ``conditional``: sentences opening with "if" count too ("if you send me two slots" still
    asks for slots); ``where``: only sentences it accepts count. Words inside quotation
    marks are reported speech ("I got the classic 'we've decided to move forward with other
    candidates'") and never count.
    """
    found: list[str] = []
    possible, chosen = _candidates(patterns, sentences)
    for sentence in chosen:
        if (not conditional and CONDITIONAL.match(sentence)) or (skip and skip.search(sentence)):
            continue
        if where is not None and not where(sentence):
            continue
        for pattern in possible:
            match = pattern.search(sentence)
            if match is None or in_quotes(sentence, match.start()):
                continue
            if before and before.search(sentence[: match.start()]):
                continue
            found.append(" ".join(match.group(0).lower().split())[:48])
            break
    return found


_Candidates = tuple[list[re.Pattern[str]], list[str]]
_Seen = dict[int, tuple[Sequence[re.Pattern[str]], _Candidates]]
_Slot = tuple[Sequence[str], str, TextIndex, _Seen]


class _LastText(threading.local):
    """The last message's sentences and index, one slot per thread: the daemon classifies
    each account's mail on its own thread, and one account's message must never be read
    with another's index."""

    slot: _Slot | None = None


_LAST = _LastText()


def _indexed(sentences: Sequence[str]) -> tuple[str, TextIndex, _Seen]:
    """The joined text of ``sentences``, its index and the candidates found so far, kept for
    the next phrase list: a message's sentences are looked at by every list in turn, some
    lists twice (firm and conditional)."""
    slot = _LAST.slot  # read once: the slot is replaced whole, never changed in place
    if slot is None or slot[0] is not sentences:
        joined = "\n".join(sentences)
        slot = _LAST.slot = (sentences, joined, TextIndex(joined), {})
    return slot[1], slot[2], slot[3]


def _candidates(patterns: Sequence[re.Pattern[str]], sentences: Sequence[str]) -> _Candidates:
    """The phrases whose leading words occur in the text (in list order) and the sentences
    where one of them matches: each such phrase scans the text once, and the per-sentence
    checks then run on few sentences with few phrases."""
    joined, index, seen = _indexed(sentences)
    kept = seen.get(id(patterns))
    if kept is None or kept[0] is not patterns:  # a list made for one call may share an id
        kept = seen[id(patterns)] = (patterns, _scan(patterns, sentences, joined, index))
    return kept[1]


def _scan(
    patterns: Sequence[re.Pattern[str]], sentences: Sequence[str], joined: str, index: TextIndex
) -> _Candidates:
    gate = gate_of(patterns)
    positions = gate.possible(index)
    possible = [patterns[i] for i in positions]
    spans = gate.spans(positions, index)
    if not spans:
        return possible, []
    starts, position = [], 0
    for sentence in sentences:
        starts.append(position)
        position += len(sentence) + 1
    chosen: set[int] = set()
    for begin, end in spans:
        first = bisect.bisect_right(starts, begin) - 1
        last = bisect.bisect_right(starts, max(begin, end - 1)) - 1
        chosen.update(range(first, last + 1))
    return possible, [sentences[i] for i in sorted(chosen)]


_OPEN_QUOTES = "“„«"
_CLOSE_QUOTES = "”“»"


def in_quotes(sentence: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation ("...", “...”, «...», „...“) of reported
    speech: a job board relaying the employer's own words under a label (Message from the
    employer: «...») quotes the sender's side, not someone else."""
    head = sentence[:position]
    if head.count('"') % 2:
        return not _RELAYED_LABEL.search(head[: head.rfind('"')])
    opened = max(head.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0:
        return False
    closed = max(head.rfind(q, opened + 1) for q in _CLOSE_QUOTES)
    return closed < 0 and not _RELAYED_LABEL.search(head[:opened])


# The label under which a job board relays the employer's message, right before its quote:
# "Message from the employer:", "Recruiter's message:", "Message du recruteur :", "Nachricht
# des Arbeitgebers:", "Mensaje de la empresa:", "Bericht van de werkgever:".
_RELAYED_LABEL = re.compile(
    r"(?:\bmessage\s+from\s+(?:the\s+)?(?:employer|recruiter|company|hiring\s+(?:team|manager))|"
    r"\b(?:employer|recruiter|company)(?:'s)?\s+(?:message|note|comment)|"
    r"\bmessage\s+(?:du|de\s+l')\s*(?:recruteur|employeur|entreprise)|"
    r"\bNachricht\s+(?:des|der|vom)\s+(?:Arbeitgebers?|Unternehmens?|Personalabteilung|"
    r"Recruiters?)|\bmensaje\s+(?:de\s+la\s+empresa|del\s+(?:reclutador|empleador))|"
    r"\bbericht\s+van\s+(?:de\s+)?(?:werkgever|recruiter|organisatie))\s*:\s*$",
    re.IGNORECASE,
)


def soft_rejections(sentences: Sequence[str]) -> list[str]:
    """ "Unfortunately ... not ... your application": softener, negation and decision together."""
    # the softener is the rarest of the words looked for: first in the whole text (a word
    # found in one sentence is found in the text they make up), then in each sentence
    if search(REJECTION_SOFTENER, _indexed(sentences)[1]) is None:
        return []
    found = []
    for sentence in sentences:
        soft = REJECTION_SOFTENER.search(sentence)
        if (
            soft is None
            or CONDITIONAL.match(sentence)
            or SCHEDULING_TALK.search(sentence)
            or DENIED_REJECTION.search(sentence)
            or NO_NEWS_CONDITION.search(sentence)
        ):
            continue
        if NEGATION.search(sentence) and REJECTION_DECISION.search(sentence):
            found.append(soft.group(0).lower())
    return found


def own_cancellations(sentences: Sequence[str]) -> list[str]:
    """The writer calling off the meeting with no object named ("so sorry - need to cancel
    tmrw"), in sentences that offer no new time in its place."""
    # the phrases open with the writer or a clause's start, which no leading word can gate:
    # look for the verbs first
    if not _in_a_sentence(_CANCEL_VERB, sentences):
        return []
    return hits(CANCEL_BARE, sentences, where=_no_new_time)


# grouped by first letter (firstletter.by_first_letter): with no word boundary before them,
# the plain alternations tried every branch at every character of the text
_CANCEL_VERB = re.compile(
    by_first_letter(r"cancel|call\w*\s+\w+\s+off|absagen|annuler|anular|afzeggen|annuleren", re.I),
    re.I,
)
_CANCELLING_IT = re.compile(
    by_first_letter(
        r"cancel|call\w*\s+(?:\w+\s+)?off|absag|abgesagt|storn|ausfall|annul|anular|afzeg|"
        r"afgezegd|niet\s+door|pas\s+lieu",
        re.I,
    ),
    re.I,
)


def _in_a_sentence(pattern: re.Pattern[str], sentences: Sequence[str]) -> bool:
    """Whether ``pattern`` (no anchors, no look-arounds) matches in one of ``sentences``. A
    match in a sentence is one in their joined text, so one search of that text says "no"
    for most mail; only where it finds one (maybe across two sentences) is each looked at."""
    joined, _index, _seen = _indexed(sentences)
    return pattern.search(joined) is not None and any(pattern.search(s) for s in sentences)


def _no_new_time(sentence: str) -> bool:
    return not (NEW_TIME_OFFERED.search(sentence) and WHEN_NAMED.search(sentence))


def cancelling_sentences(sentences: Sequence[str]) -> tuple[list[str], list[str]]:
    """The sentences that call a meeting off, and evidence for those that call off "it".

    "It" is the meeting named in the sentence before (or in its own): "Je reviens vers vous
    concernant l'entretien prévu vendredi à 10h. Nous sommes contraints de l'annuler." That
    sentence names the cancelled meeting, so a time in it is the old time, not a new one.
    """
    # most mail cancels nothing: only the patterns found in the whole text are tried per
    # sentence (a match in a sentence is one in the text they make up)
    found = [CANCELLED[i] for i in found_in(CANCELLED, _indexed(sentences)[1])]
    cancelling = [s for s in sentences if any(p.search(s) for p in found)] if found else []
    if not _in_a_sentence(_CANCELLING_IT, sentences):
        return cancelling, []
    evidence: list[str] = []
    for found in hits(CANCEL_IT, sentences, where=_no_new_time):
        for i, sentence in enumerate(sentences):
            if found not in " ".join(sentence.lower().split()):
                continue
            named = [sentence] if MEETING_NAMED.search(sentence) else []
            if i and MEETING_NAMED.search(sentences[i - 1]):
                named = [sentences[i - 1], sentence]
            if named:
                evidence.append(found)
                cancelling.extend(named)
            break
    return cancelling, evidence
