"""The job title a message is about ("Backend Engineer", "Stelle als Entwicklerin").

Titles are found where recruiting mail puts them: a labelled field, a phrase that frames
the title ("for the X role", "Stelle als X", "poste de X", "puesto de X", "functie X"), or a
segment of the subject that ends in a job noun. Each candidate is cut at the words that end
a title (prepositions before the company, punctuation before a new clause).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_UP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"(?:[{_UP}0-9](?:[\w/+#.&'’-]*[\w+#])?|\([^()\n]{{1,30}}\))"
_JOIN = r"(?:of|and|&|de|del|des|du|d'|für|und|en|van|voor|der|y|et|/|-|–|la|le)"
_TITLE = rf"(?P<title>{_WORD}(?:(?:\s+|\s*,\s+(?=[{_UP}]))(?:{_WORD}|{_JOIN})){{0,8}})"

_LABELLED = re.compile(
    rf"^\s*(?:job|job title|position|role|vacancy|opening|stelle|position|jobtitel|poste|"
    rf"intitulé du poste|puesto|vacante|posición|functie|vacature|rol)\s*:\s*{_TITLE}\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_PHRASES = tuple(
    re.compile(p, re.MULTILINE)
    for p in (
        rf"\b(?:[Ff]or|[Ii]n|[Aa]s|[Oo]n|[Ii]nto|[Aa]bout|[Tt]o)\s+(?:the|our|this|your|an?)\s+"
        rf"(?:open\s+|vacant\s+)?{_TITLE}\s+(?:role|position|job|vacancy|opening|opportunity|"
        rf"post|interview|team)\b",
        rf"\b(?:the|our|your)\s+{_TITLE}\s+(?:role|position|job|vacancy|opening)\s+(?:at|with|in)\b",
        rf"\b(?:applying|applied|application|interview|interviews|candidacy|offer)\s+(?:for|as)\s+"
        rf"(?:the\s+|our\s+|an?\s+)?(?:role\s+of\s+|position\s+of\s+)?{_TITLE}"
        rf"(?=\s+(?:at|with|has|have|is|was|role|position|job|on|in)\b|\s*[,.(\n!–-]|\s*$)",
        rf"\b(?:Stelle|Position|Bewerbung|Tätigkeit)\s+(?:als|zum|zur)\s+{_TITLE}",
        rf"\b(?:postes?|candidature)\s+(?:de|d'|d’|au poste de|pour le poste de)\s*{_TITLE}",
        rf"\b(?:puesto|vacante|posición|plaza|candidatura)\s+(?:de|como|para)\s+{_TITLE}",
        rf"\b(?:functie|vacature|sollicitatie)\s+(?:van|als|voor|voor de functie)?\s*{_TITLE}",
    )
)
_SUBJECT_SPLIT = re.compile(r"\s*(?::|\s[–—-]\s|\|)\s*")
_JOB_NOUN = re.compile(
    r"\b(?:engineer|developer|analyst|manager|designer|scientist|architect|lead|director|"
    r"specialist|consultant|coordinator|administrator|officer|associate|intern|internship|"
    r"assistant|accountant|planner|artist|writer|editor|researcher|technician|representative|"
    r"executive|head|vp|owner|recruiter|marketer|strategist|advisor|adviser|operator|"
    r"controller|nurse|teacher|tutor|programmer|tester|qa|sre|devops|agent|buyer|counsel|"
    r"lawyer|paralegal|economist|statistician|producer|animator|illustrator|photographer|"
    r"chef|cook|driver|mechanic|electrician|auditor|principal|fellow|apprentice|trainee|"
    r"werkstudent\w*|entwickler\w*|ingenieur\w*|berater\w*|leiter\w*|referent\w*|"
    r"sachbearbeiter\w*|développeu\w+|ingénieu\w+|chef de projet|responsable|chargée?|"
    r"diseñador\w*|desarrollador\w*|ingenier[oa]|jefe|jefa|analista|técnic[oa]|"
    r"projectleider|ontwikkelaar|adviseur|medewerker|beheerder|teamleider|coördinator|"
    r"product\s+\w+|marketing\s+\w+)\b",
    re.IGNORECASE,
)
_NOT_TITLE = re.compile(
    r"^(?:the|a|an|this|that|our|your|interview|application|role|position|job|team|"
    r"candidate|next|first|second|final|video|phone|technical|panel|company|alex|re|fwd?)$",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    rf"(?:\s+(?:{_JOIN}|at|with|in|bei|chez|en|bij|for|to|the|team|role|position))+$|[\s,.–-]+$",
    re.IGNORECASE,
)
_REQ = re.compile(r"\s*\((?:req|job|ref|id|#)[^()]*\)\s*$|\s*\(\s*[A-Z][a-z]+ [A-Z][a-z]+\s*\)$",
                  re.IGNORECASE)


def _clean(title: str, company: str | None) -> str | None:
    title = " ".join(title.split())
    title = _REQ.sub("", title)
    if company:
        cut = re.search(rf"\s+(?:at|with|bei|chez|en|bij|@|[–-])\s+{re.escape(company)}", title)
        if cut:
            title = title[: cut.start()]
        if title.lower() == company.lower():
            return None
    for _ in range(3):
        title = _TRAILING.sub("", title)
    title = title.strip(" ,.;:–-")
    if not title or len(title) > 80 or _NOT_TITLE.match(title) or len(title.split()) > 8:
        return None
    if not title[0].isupper() and not title[0].isdigit():
        return None
    return title


def find_role(texts: Iterable[str], subject: str, company: str | None) -> str | None:
    """The job title, from labelled fields, framing phrases, then the subject."""
    texts = [t for t in texts if t]
    for text in [subject, *texts]:
        for match in _LABELLED.finditer(text):
            title = _clean(match.group("title"), company)
            if title:
                return title
    for text in [*texts, subject]:
        for pattern in _PHRASES:
            for match in pattern.finditer(text):
                title = _clean(match.group("title"), company)
                if title and (_JOB_NOUN.search(title) or len(title.split()) <= 4):
                    return title
    return _from_subject(subject, company)


def _from_subject(subject: str, company: str | None) -> str | None:
    """A subject segment that ends in a job noun: "Offer: Embedded Software Engineer"."""
    text = re.sub(r"^(?:\s*(?:re|fwd?|aw|wg|tr|rv|sv)\s*:\s*)+", "", subject, flags=re.I)
    for segment in _SUBJECT_SPLIT.split(text):
        segment = re.sub(r"\s+(?:at|with|bei|chez|en|bij)\s+.+$", "", segment)
        segment = _REQ.sub("", segment).strip()
        runs = re.findall(_TITLE, segment)
        for run in runs:
            title = _clean(run if isinstance(run, str) else run[0], company)
            if title and _JOB_NOUN.search(title.split()[-1] + " " + title):
                last = title.split()[-1].strip("()")
                if _JOB_NOUN.fullmatch(last) or _JOB_NOUN.search(title):
                    return title
    return None
