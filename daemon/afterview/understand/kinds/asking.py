"""Whether a time in a message is asked for, offered, fixed or no meeting at all.

The kind decision (``classify.py``) often turns on one time mention: an invitation that
names it books it, a question whether it "works" offers it, a deadline or a meeting already
held is no appointment. These reads are kept here, next to the words of meetings they use.
"""

from __future__ import annotations

import re

from ..phrases import lexicon
from ..phrases.cues import CHOSEN_CONDITION, CONDITION_OPENER, TRIAL_WORK
from ..phrases.requesting import DAY
from .statedtime import TO_CANDIDATE

# Words of a meeting of any kind (an interview, a call, a portfolio review): what makes a time
# in a job mail a meeting's time.
INTERVIEWISH = re.compile(
    r"\b(?:interview\w*|entrevista|entretien|\w*gespr(?:ä|ae)ch\w*|\w*gesprek\w*|vorstellungs\w*|"
    r"kennismaking\w*|panel|onsite|on-site|screen(?:ing)?|technical|assessment|chat|call|meeting|"
    r"conversation|round|session|zoom|teams|google meet|visio\w*|video ?call|videollamada|"
    r"llamada|reuni[oó]n|appel|échange|rendez-vous|Telefonat|Termin|videogesprek|belafspraak|"
    # the other ways of being seen: a portfolio review, a trial shift or day
    r"portfolio (?:review|walkthrough|presentation)|trial (?:day|shift)|Probe(?:arbeit\w*|tag)|"
    r"journée d'essai|día de prueba|proefdag|meeloopdag|"
    # meeting the candidate said as a plan: "Tom Reed and I will meet you on Thursday"
    r"(?:will|'ll|shall)\s+meet\s+(?:with\s+)?you|"
    rf"{TRIAL_WORK}|"
    # the public sector's and the stage's word: "convoquée à une audition devant le jury"
    r"audition|audición|auditie|Vorsprechen)\b",
    re.IGNORECASE,
)
# Links (whose "?" and words are no prose). A bare "host.example/path" starts only where a
# token starts: tried from inside a long dotted run it would rescan the run from every
# character.
URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)+/\S*")


# The way out of a booked time, not an offer of one: "Need to reschedule?", "Can't make it?"
ESCAPE_HATCH = re.compile(
    r"\b(?:need|want|have|wish) to (?:reschedule|cancel|change (?:the|your) time)\b[^?.!]{0,40}\?|"
    r"\b(?:can't|cannot|unable to) make it\b[^?.!]{0,40}\?|\b(?:any )?questions\s*\?|"
    r"\b(?:need|want)\s+(?:a\s+)?(?:different|another|new)\s+(?:time|date|slot)\s*\?",
    re.IGNORECASE,
)


def offered(window: str) -> bool:
    """The words around a time offer it as a choice ("does 3pm work?"); a "?" in a link's
    query string or in a way out of the booking ("Need to reschedule?") offers nothing."""
    return bool(lexicon.PROPOSAL.search(ESCAPE_HATCH.sub(" ", URL.sub(" ", window))))


# Times that are no meeting ahead: one by which something must be done ("the booking link
# will close at 12 noon on Monday", "bis spätestens Freitag, 12 Uhr"), and a meeting spoken
# of as past ("we enjoyed the conversation on Monday at 3pm", "das Gespräch am Montag um 15
# Uhr hat uns gut gefallen").
#
# A deadline is said right before the time, in its own clause: "closes at", "expires on", "no
# later than", "deadline:", "spätestens", "au plus tard", "a más tardar", "uiterlijk". The same
# words elsewhere in the sentence set no deadline ("confirmed for Monday at 10am at our
# office, close to Liverpool Street"; "la Frist" of a contract). Between the words and the
# time only the time's own words: a comma or a dot only inside a date ("Freitag, 20.11.").
_GAP = r"(?:[^,;:.!?\n]|[.,](?=\s*\d)|(?<=\d)\.)"
_DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:clos(?:e|es|ed|ing)|expir(?:e|es|ed|ing)|is\s+due|vence|cierra|caduca|expire|"
    r"verloopt|sluit)\s+(?:at|on|by|before|el|le|op|à|a\s+las)\b|\bno\s+later\s+than\b|"
    r"\bdeadline\b[^,;:.!?\n]{0,25}?(?::|\bis\b|\bof\b|\bon\b)|\bclosing\s+(?:date|time)\b|"
    r"\bspätestens\b|\b\w*frist\b\s*(?::|bis\b|endet\b|läuft\b)|\bau\s+plus\s+tard\b|"
    r"\bdate\s+limite\b|\ba\s+más\s+tardar\b|\bfecha\s+límite\b|\bplazo\b[^,;:.!?\n]{0,30}?"
    r"\b(?:termina|vence|finaliza|acaba|cierra|hasta)\b|\buiterlijk\b|\bsluitingsdatum\b)"
    rf"\s*:?{_GAP}{{0,30}}$",
    re.IGNORECASE,
)
_DEADLINE_AFTER = re.compile(
    r"^[^,;:.!?\n]{0,15}?\b(?:at\s+the\s+latest|au\s+plus\s+tard|spätestens|a\s+más\s+tardar|"
    r"uiterlijk)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:"
    r"enjoyed|thanks? (?:you )?(?:again )?for (?:your time|taking the time|coming in|(?:the|our) "
    r"(?:chat|call|conversation|interview|meeting|talk))|it was (?:great|good|"
    r"lovely|nice) (?:to|meeting|speaking|talking)|gefallen|angetan|Dank für (?:das|unser|Ihre "
    r"Zeit)|nous avons (?:apprécié|beaucoup apprécié)|merci pour (?:l'|notre|votre temps)|"
    r"nos gustó|gracias por (?:la|tu|su|nuestra) (?:entrevista|conversación|tiempo|llamada)|"
    r"bedankt voor (?:het|ons|je tijd)|vonden (?:het|ons) gesprek)",
    re.IGNORECASE,
)


def deadline_at(window: str, evidence: str) -> bool:
    """The time ``evidence`` in ``window`` (its sentence) is a deadline: deadline words stand
    right before it in its clause, or "at the latest" right after it."""
    flat = " ".join(window.split())
    words = " ".join(evidence.split()).rstrip(".,;")
    at = flat.find(words) if words else -1
    if at < 0:
        return False
    return bool(
        _DEADLINE_BEFORE.search(flat, max(0, at - 120), at)
        or _DEADLINE_AFTER.match(flat, at + len(words))
    )


def not_ahead(window: str, evidence: str) -> bool:
    """The time is no meeting ahead: a deadline, or a meeting spoken of as past."""
    return deadline_at(window, evidence) or bool(_PAST.search(window))


# The interview days of all candidates, not the candidate's booking: "interviews will take
# place on Monday 7 December", "die Gespräche finden am 7.12. statt", "les entretiens auront
# lieu le 7 décembre", "las entrevistas se realizarán el", "de gesprekken vinden plaats op".
_FOR_ALL = re.compile(
    r"\binterviews\s+(?:will\s+|are\s+(?:expected\s+|due\s+|likely\s+)?(?:to\s+)?)?(?:take\s+"
    r"place|be\s+held|are\s+held|be\s+conducted|run\s+(?:on|from))\b|\binterviews\s+(?:are|will\s+"
    r"be)\s+(?:provisionally\s+)?(?:scheduled|planned|expected)\s+(?:for|on|to)\b|"
    r"\b(?:Vorstellungs|Auswahl)?gespräche\s+(?:finden|werden)\b(?:[^.;]|(?<=\d)\.){0,60}\b(?:statt|stattfinden|"
    r"geführt|durchgeführt)\b|"
    r"\bles\s+entretiens\s+(?:auront\s+lieu|se\s+tiendront|se\s+dérouleront|sont\s+prévus)\b|"
    r"\blas\s+entrevistas\s+(?:se\s+(?:realizarán|celebrarán|llevarán\s+a\s+cabo)|tendrán\s+"
    r"lugar|están\s+previstas)\b|"
    r"\b(?:de\s+)?(?:selectie)?gesprekken\s+(?:vinden|worden)\b(?:[^.;]|(?<=\d)\.){0,60}\b(?:plaats|gehouden|"
    r"gevoerd)\b",
    re.IGNORECASE,
)
# "Your final interviews will take place on ..." are the candidate's own.
_YOURS_BEFORE = re.compile(
    r"\b(?:your|Ihre|deine|vos|tes|tus|sus|je|jouw|uw)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def for_all_candidates(window: str) -> bool:
    """The time is the employer's interview timetable for everyone shortlisted, not a
    meeting booked with this candidate."""
    return any(not _YOURS_BEFORE.search(window[: m.start()]) for m in _FOR_ALL.finditer(window))


def not_a_booking(window: str, evidence: str) -> bool:
    """The time ``evidence`` in ``window`` (its sentence) books nothing: one by which
    something must be done ("finish before your link expires on Sunday at 23:59") or the
    interview days of all candidates, or one planned only if the candidate is chosen ("we
    invite you to interview on Thursday at 10am if you are shortlisted")."""
    return (
        deadline_at(window, evidence)
        or for_all_candidates(window)
        or bool(CHOSEN_CONDITION.search(window))
    )


# Meeting someone, said as a verb: "are you free to speak on Tuesday?", "kennenlernen".
_MEET_VERB = re.compile(
    r"\b(?:meet|speak|talk|catch up|come in|pop in|sprechen|treffen|kennenlernen|parler|"
    r"rencontrer|échanger|hablar|vernos|conocer(?:te|le)|spreken|ontmoeten|langskomen|"
    # coming by the workplace: "mal vorbeizukommen", "drop by the yard", "passer à l'atelier"
    r"come (?:by|round|over)|drop by|stop by|swing by|vorbei(?:zu)?(?:kommen|schauen)|"
    r"passer (?:nous voir|à|au)|venir nous voir|p[aá]sate|pasarte por|pasar por|hablamos|"
    r"langs te komen)\b|\b(?:komm|schau)\w*\b[^.?!\n]{0,40}\bvorbei\b",
    re.IGNORECASE,
)


# The candidate's days offered to meet, in a thread's quoted mail: "I'm free Wednesday or
# Thursday morning", "Ich könnte Donnerstag oder Freitag nachmittags", "je suis disponible
# mardi", "el jueves por la tarde me iría genial", "ik kan woensdag of donderdag ochtend".
_AVAILABLE = re.compile(
    r"\bI(?:'m|\s+am|'d\s+be|\s+would\s+be)\s+(?:free|available)\b|"
    r"\bwould\s+(?:both\s+|all\s+)?work\s+(?:for|with)\s+me\b|"
    rf"\bI\s+(?:can|could)\s+(?:(?:do|make)\b[^.?!\n]{{0,20}}?)?\b(?:{DAY})\b|"
    rf"\bich\s+(?:könnte|kann|hätte)\b[^.?!\n]{{0,30}}\b(?:{DAY}|Zeit|vormittags|nachmittags)\b|"
    rf"\bje\s+(?:suis|serais|serai)\s+disponible\b|\bje\s+(?:peux|pourrais)\s+(?:le\s+)?(?:{DAY})\b|"
    rf"\b(?:podría|puedo|estoy\s+disponible|estaría\s+disponible)\b[^.?!\n]{{0,20}}?\b(?:{DAY})\b|"
    r"\bme\s+(?:irían?|vendrían?|viene|vienen)\s+(?:genial|bien|perfecto)\b|"
    rf"\bik\s+(?:kan|zou|ben)\b[^.?!\n]{{0,20}}?\b(?:{DAY}|beschikbaar)\b",
    re.IGNORECASE,
)


def meeting_in_view(text: str) -> bool:
    """The text speaks of meeting: an interview, a verb of meeting, or days offered to meet."""
    return bool(INTERVIEWISH.search(text) or _MEET_VERB.search(text) or _AVAILABLE.search(text))


# The terms of the job itself: a question whether they "work" asks about the job, not a time
# ("the band is €55k-€63k; does that work for you?", "passt Ihnen die Vergütung?").
_JOB_TERMS = re.compile(
    r"\b(?:salary|salaries|pay|band|rate|compensation|package|remuneration|bonus|equity|"
    r"notice period|contract|shifts?|rota|hybrid|relocat\w*|commute|visa|sponsorship|Gehalt\w*|"
    r"Vergütung|Kündigungsfrist|Vertrag|Arbeitszeit\w*|salaire|rémunération|préavis|contrat|"
    r"salario|sueldo|remuneración|preaviso|contrato|salaris|opzegtermijn)\b|[€$£]\s?\d|"
    r"\d\s?(?:k|€)\b",
    re.IGNORECASE,
)


def _about_a_time(sentence: str) -> bool:
    return not _JOB_TERMS.search(sentence) or bool(lexicon.WHEN_NAMED.search(sentence))


def fit_questions(sentences: list[str], context: str, *, conditional: bool) -> list[str]:
    """Questions whether something suits or works: about a time when a meeting is in view
    or the question itself names a day or an hour; otherwise about the job ("would that
    work for you?" after the shift pattern, "would you need a visa to work here?"). A
    question that names the job's terms (pay, notice period, contract) and no time asks about
    those."""
    found = lexicon.hits(
        lexicon.ASK_FIT,
        sentences,
        before=lexicon.UNDECIDED,
        conditional=conditional,
        where=_about_a_time,
    )
    if not found or meeting_in_view(context):
        return found
    return lexicon.hits(
        lexicon.ASK_FIT,
        sentences,
        before=lexicon.UNDECIDED,
        conditional=conditional,
        where=lexicon.WHEN_NAMED.search,
    )


# A condition anywhere in the sentence: "we will invite you to interview on 17 November if
# you are shortlisted" is a possibility, not a plan.
_CONDITION = re.compile(CONDITION_OPENER, re.IGNORECASE)


# Told to come, with no pronoun to say to whom: "Pop in Thursday at 3", "Komm gerne am Freitag
# um 10 vorbei", "Kom donderdag om 2 uur langs", "Venez mardi à 9h", "Pásate el jueves a las 5".
_COME_OVER = re.compile(
    # (after the reader's name: "Sam - pop in Friday at 2pm")
    r"\W*(?:\w+\s*[,\u2013\u2014-]\s*)?(?:(?:please|so|just|bitte|dann|alors|pues|dus|graag)\W+)?"
    r"(?:(?:come|pop|drop|swing|"
    r"stop|head)\s+(?:in|by|round|over|along|down|up)|come\s+(?:and\s+)?(?:see|meet)|komm(?:en\s+Sie)?|"
    r"kom|venez|viens|passez|pásate|pase|ven|vente)\b",
    re.IGNORECASE,
)


_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def invited_at(evidence: str, sentences: list[str]) -> bool:
    """The candidate is invited, unconditionally, in the very sentence that names the time:
    "we invite you to attend an interview on Tuesday 17 November at 10:15"."""
    # a time whose end is read further on ("0730 for the trade test. ... allow 3 hours") is
    # named where it starts
    words = _FIRST_SENTENCE.split(" ".join(evidence.split()), maxsplit=1)[0]

    def own(sentence: str) -> bool:
        return (
            words in " ".join(sentence.split())
            and bool(TO_CANDIDATE.search(sentence) or _COME_OVER.match(sentence))
            and not _CONDITION.search(sentence)
        )

    found = lexicon.hits(
        lexicon.INVITE, sentences, skip=lexicon.NOT_YET_YOURS, before=lexicon.UNDECIDED, where=own
    )
    return bool(found)
