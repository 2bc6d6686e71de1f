"""The client an agency's subject or text names by the look of the name alone.

Where no words say "our client" or "the client is", a consultant's subject still heads with
the client ("Tessellate feedback", "Update Havenlicht Logistiek - Senior Data Engineer",
"Brightwater Audit – Thursday cancelled") and the text names firms that end like one
("Velmont Energy", "Orrin Biosciences"). ``agency.client_company`` asks these last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..role.title import names_a_job
from .names import GENERIC_WORDS, NAME_ENDINGS, normalise_company, word_set
from .naming import titled
from .spelling import capital_runs, is_institution


def subject_opening(subject: str) -> str | None:
    """The name a subject opens with before what it says of it ("Lumen - next steps")."""
    match = _SUBJECT_CLIENT.match(subject)
    if match and match.group("name").lower() not in _PLAIN_WORDS:
        return match.group("name")
    return None


# A subject that opens with the client's name and says what about it: "Tessellate
# feedback", "Kestrelmoor update + a couple of other things", "Lumen - next steps".
_SUBJECT_CLIENT = re.compile(
    r"^(?i:(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw)\s*:\s*)*"
    # a reply's prefix itself ("AW: Feedback ...") is no client
    r"(?!(?i:re|fwd?|aw|wg|tr|rv|sv|vs|antw)\s*:)"
    r"(?P<name>[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,2})"
    r"\s*(?:[-–:|/]\s*)?(?i:feedback|update|news|next steps|interview\w*|offer|outcome|role|"
    r"opportunity|position|vacancy|process|decision|debrief|Rückmeldung|retour|"
    r"terugkoppeling|respuesta|novedades)\b"
)
# Capitalised words that open such subjects without naming anyone.
_PLAIN_WORDS = frozenset(
    str.split(
        "quick great good some final first second third next latest brief short important "
        "exciting positive more further small big new interview your our the a an update "
        "feedback news role offer job urgent follow follow-up"
    )
)


def subject_names(subject: str, new: str) -> list[str]:
    """Names of two or more capitalised words in the subject, past its statuses and a job
    title ("Update Havenlicht Logistiek - Senior Data Engineer"), holding no job's word, that
    the text speaks of again."""
    found = []
    segments = _SEGMENTS.split(subject)
    beside_a_job = len(segments) >= 2 and any(names_a_job(s.strip()) for s in segments)
    for run in capital_runs(subject):
        # statuses and a leading job title ("Productieplanner Vandersteen") are no name
        while run and (
            run[0].lower() in _SUBJECT_STATUS
            or run[0].lower() in GENERIC_WORDS
            or _a_title(run[0], new)
        ):
            run = run[1:]
        # (its first word is no title: the loop above stopped there)
        if len(run) < 2 or len(run[0]) < 3 or any(_a_title(w, new) for w in run[1:]):
            continue  # "Senior Demand Planner Hamburg": the job and its place
        name = normalise_company(" ".join(run))
        if not name or len(name.split()) < 2:
            continue
        # the text calls the firm by its first word alone ("Dunmore have read your CV"), or
        # writes it in full where it ends like a firm or the subject sets a job beside it
        # ("Update Havenlicht Logistiek - Senior Data Engineer"); a post's name beside no
        # job ("Búsqueda confidencial – Dirección de Finanzas y Operaciones") is neither
        alone = re.search(rf"\b{re.escape(run[0])}\b(?!\s+{re.escape(run[1])}\b)", new)
        firm = run[-1].lower() in NAME_ENDINGS or is_institution(name) or beside_a_job
        if alone or (firm and re.search(rf"\b{re.escape(name)}\b", new)):
            found.append(name)
    return found


def _a_title(word: str, text: str) -> bool:
    """A word of a job title ("Planner", "Productieplanner"), unless the text speaks of it
    as a firm that acts: "Brightwater have asked me to cancel" (its "-er" is no role's)."""
    if not titled(word):
        return False
    mentions = re.finditer(rf"\b{re.escape(word)}\b", text)
    return not any(_ACTS.match(text, m.end()) for m in mentions)


# What a firm does in a consultant's words: "Brightwater have asked", "Dunmore are keen"
_ACTS = re.compile(
    r"[ \t]+(?:have|has|had|are|were|is|was|would|will|want|wants|asked|said|say|came|got|"
    r"liked|loved|need|needs|decided|called|rang|confirmed|cancelled|canceled)\b"
)


_SEGMENTS = re.compile(r"\s+[-–|/]\s+|\s*\|\s*")
# What a subject says of the news before the firm's name: "Update Havenlicht Logistiek".
_SUBJECT_STATUS = word_set(
    "re fw fwd aw wg tr rv update updates news feedback next steps invitation invite reminder "
    "quick tomorrow's today's tomorrow today urgent new your our "
    "rückmeldung einladung erinnerung retour nouvelles rappel novedades recordatorio "
    "terugkoppeling uitnodiging herinnering"
)


def company_like(text: str) -> Sequence[str]:
    """Capitalised names that end like a company's ("Velmont Energy", "Orrin Biosciences")."""
    found = []
    for run in capital_runs(text):
        if len(run) >= 2 and (run[-1].lower() in NAME_ENDINGS or is_institution(" ".join(run))):
            name = normalise_company(" ".join(run))
            if name and len(name.split()) >= 2:
                found.append(name)
    return found
