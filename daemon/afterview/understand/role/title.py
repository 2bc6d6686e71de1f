"""The job title a message is about ("Backend Engineer", "Stelle als Entwicklerin").

Titles are found where recruiting mail puts them: a labelled field ("Job:", "Stelle:"), a
phrase that frames the title ("for the X role", "position of X", "Stelle als X", "poste de
X", "puesto de X", "functie X"), a parenthesis in an invitation title ("Sam Rivera (Data
Lead)"), or a subject segment that ends in a job noun. English titles are runs of
capitalised words; in German, French, Spanish and Dutch a title may contain lower-case words
("Chef de projet digital"), so it runs to the words that end it ("chez", "am", "op", ...).
What is found is cleaned into the title itself in :mod:`.titleclean`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..gates.lowergate import Lowered
from .titleclean import GENDER, LEADING, clean_title, title_like
from .titlewords import JOB_NOUN, JOIN

_UP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"(?:[{_UP}0-9](?:[\w/+#.&'’·-]*[\w+#])?|[a-z]+[{_UP}][\w+#]*|\([^()\n]{{1,30}}\))"
_TITLE = rf"(?P<title>{_WORD}(?:(?:\s+|\s*,\s+(?=[{_UP}])(?!I\b))(?:{_WORD}|{JOIN})){{0,8}})"
# A title that may contain lower-case words, cut later at the words that end it.
_LOOSE = rf"(?P<title>[{_UP}][^\n,.;:!?]{{1,70}})"

LABELLED_TITLE = re.compile(
    rf"^\s*(?:job|job title|position|role|vacancy|opening|stelle|jobtitel|poste|"
    rf"intitulé du poste|puesto|vacante|posición|functie|vacature|rol)\s*:\s*{_LOOSE}$",
    re.IGNORECASE | re.MULTILINE,
)
# A form's field that holds the title, bulleted or not, its value the rest of the line
# (commas and all: "Role: Software Engineer, Platform"); a question a form asks may put it on
# the next line. "Title:" and "Post:" also head a calendar entry or a letter's subject, so
# their value must name a job.
FORM_FIELD = re.compile(
    rf"^[ \t]*(?:[•*·▪◦–-][ \t]*)?(?P<field>position applied for|post applied for|applied for|"
    rf"job requisition|requisition|role applied for|job applied for|job title|role|position|"
    rf"post|title|vacancy|"
    rf"(?:which|what) (?:role|position|job) (?:are|did) you appl\w* (?:for|to)\s*\??)"
    rf"[ \t]*[:?][ \t]*(?:\n[ \t]*)?(?P<title>[{_UP}0-9][^\n]{{1,100}})$",
    re.IGNORECASE | re.MULTILINE,
)
_NEEDS_NOUN = re.compile(r"post|title", re.IGNORECASE)
# Lines run together when a mail is unwrapped: the next field ends the value ("Supply Planning
# Analyst Location: Amsterdam", "Lead Platform Engineer Current notice period: 60 days",
# "Manager, EMEA Submitted On: 11/05/2026").
_NEXT_FIELD = re.compile(
    rf"\s+(?:[{_UP}][\w-]*(?:\s(?:[a-z][\w-]*|On|At|By|Date)){{0,3}}|(?:Interview|Job|Closing|Start|Hiring|"
    rf"Work|Employment|Contract|Salary|Reference|Recruitment)\s[{_UP}][a-z]+):(?:\s.*)?$"
)
TITLES_EN = tuple(
    re.compile(p)
    for p in (
        rf"\b(?:joining|join|work|working|start|starting|aboard|onboard|board|hire\s+you)\s+"
        rf"(?:\w+\s+){{0,3}}as\s+(?:an?|our)\s+(?:(?:next|new|first)\s+)?{_TITLE}"
        rf"(?=\s*[.!,(\n]|\s*$)",
        rf"\b(?:[Ff]or|[Ii]n|[Aa]s|[Oo]n|[Ii]nto|[Aa]bout|[Tt]o|[Ww]ith)\s+(?:the|our|this|your|an?)\s+"
        rf"(?:open\s+|vacant\s+)?{_TITLE}\s+(?P<post>role|position|job|vacancy|opening|"
        rf"opportunity|post|interviews?|process|application|search|programme|program|scheme|"
        rf"internship)\b",
        rf"\b(?P<post>position|role|post|job) (?:of|as) (?:an? )?{_TITLE}",
        rf"\b(?:the|our|your)\s+{_TITLE}\s+(?P<post>role|position|job|vacancy|opening)\s+"
        rf"(?:at|with|in)\b",
        rf"\b(?:applying|applied|application|interview|interviews|candidacy|offer)\s+(?:for|as)\s+"
        rf"(?:the\s+|our\s+|an?\s+)?{_TITLE}"
        rf"(?=\s+(?:at|with|has|have|is|was|role|position|job|on|in|and|to|from)\b|\s*[,.(\n!–-]|"
        rf"\s*$)",
        rf"\b(?:the|our|this)\s+{_TITLE}\s+(?P<post>role|position|vacancy|opening)\b",
    )
)
TITLES_OTHER = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b(?:postes?|candidature)\s+(?:de|d'|d’|au poste de|pour le poste de)\s*{_LOOSE}",
        rf"\b(?:puesto|vacante|posición|plaza)\s+(?:de|como)\s+{_LOOSE}",
        rf"\b(?:functie|vacature)\s+(?:(?:van|voor|als)\s+)?{_LOOSE}",
        rf"\bsollicitatie\s+(?:als|voor de functie|voor|op de vacature)\s+{_LOOSE}",
        rf"\ben\s+tant\s+que\s+{_LOOSE}",
        rf"\b(?:rejoign\w*|rejoindre)\s+(?:\w+\s+)?comme\s+{_LOOSE}",
        rf"\b(?:equipo|incorporarte|incorporarse|unirte|contratarte)\s+como\s+{_LOOSE}",
        rf"\b(?:aannemen|aan\s+te\s+nemen|in\s+dienst)\s+als\s+{_LOOSE}",
    )
)
# German capitalises nouns, so a German title is a run of capitalised words: it ends at the
# first lower-case word ("als Data Analyst machen zu können").
TITLES_DE = tuple(
    re.compile(p)
    for p in (
        rf"\b(?i:Stelle|Position|Bewerbung|Tätigkeit)\s+(?i:als|zum|zur)\s+{_TITLE}",
        rf"\b(?i:die|der)\s+(?i:Stelle|Position)\s+{_TITLE}",
    )
)
_SUBJECT_SPLIT = re.compile(r"\s*(?::|\s[–—-]\s|\s/\s|\|)\s*")
# Job nouns a title may end in that say too little alone to make mail about a job (so they
# are no part of JOB_NOUN, which the kind rules read), but do end a title once mail is.
_TITLE_NOUN = re.compile(
    rf"(?:{JOB_NOUN.pattern}|\b(?:\w*physiotherapist|pharmacist|rn|professor|\w*professur|"
    r"lecturer|fellow|postdoc|\w*copywriter|operative|porter|barista|cashier|server|stocker|"
    r"receptionist|worker|leader|headteacher|pm|sdr|csr|rep|compositor|instructor|clerk|"
    r"dozentur|docent|onderzoeker|(?:team|crew|staff)\s+member|psychologist|inspector|"
    r"\w*therapist)\b|"
    # Dutch and German join the field to the noun: "Productieplanner", "Projektmanager"
    r"\b\w+(?:planner|manager|designer|engineer|developer|analyst|controller|assistent|"
    r"consultant|specialist|coordinator|technician|tester)\b)",
    re.IGNORECASE,
)
# What may follow a title's job noun in a subject segment without being a title's words: the
# step of the process, the news, the day ("Data Engineer Interview", "Analyst Update").
_NOT_SPECIALITY = re.compile(
    r"\b(?:interviews?|call|chat|screen\w*|application|applications|update|offer|outcome|"
    r"invitation|invite|round|test|assessment|status|feedback|questions?|next|steps?|role|"
    r"position|job|vacancy|opening|confirm\w*|schedul\w*|day|onsite|visit|meeting|decision|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|today|"
    r"tomorrow|thanks?|thank|recap|follow|reminder|booking|hiring|team|intro|panel|final|"
    r"\w*gespräch\w*|einladung|entretien|entrevista|\w*gesprek|uitnodiging|termin\w*|"
    r"kennismaking|sollicitatie|bewerbung|candidature|candidatura|proceso|b[uú]squeda|campaign|"
    r"\w*verfahren|recruitment|search|band|entrevue|charla|assignment|opdracht|casus)\b",
    re.IGNORECASE,
)
# A level after a title ("Actuarial Analyst II", "Engineer 3").
_LEVEL = re.compile(r"(?:I{1,3}|IV|V|[1-5]|Sr\.?|Jr\.?)")
# Romance titles put the job noun first: the segment that opens with one is the title.
_ROMANCE_HEAD = re.compile(
    r"(?:chef de projet|chef|responsable|chargée?\(?e?\)?|directeur|directrice|développeu\w*|"
    r"ingénieu\w*|consultante?|analyste|technicien\w*|gestionnaire|diseñador\w*|"
    r"desarrollador\w*|ingenier[oa]\w*|jef[ea]|analista|técnic[oa]\w*|consultor\w*|"
    r"responsable)\b[^\n|:]{0,60}",
    re.IGNORECASE,
)
# A run cut loose from running text that opens with a pronoun, an article or an adverb is no
# title: "functie iemand met meer ervaring", "vacature hiermee af", "functie volledig vanuit".
_NOT_LOOSE_START = re.compile(
    r"^(?:iemand|niemand|hiermee|hierbij|daarom|volledig|helaas|ook|nog|al|wel|niet|er|hier|"
    r"daar|dan|van|in|ons|onze|deze|dit|het|een|die|zijn|jouw|uw|je|"
    r"quelqu'un|personne|ce|cette|cet|ces|le|les|un|une|notre|votre|déjà|aussi|nouveau|"
    r"alguien|nadie|este|esta|ese|esa|los|las|una|nuestro|nuestra|ya|también|nuevo|"
    r"jemand|niemand|diese|dieser|unser|unsere|ihre|bereits|auch|noch)\b",
    re.IGNORECASE,
)


_SUBJECT_WORD = re.compile(r"[^\W_]+\.?")


@lru_cache(maxsize=4096)  # asked of every line part of a sign-off, and mail repeats its lines
def names_a_job(subject: str) -> bool:
    """Whether a subject ends in a job title ("Re: Data visualisation designer", "Pricing
    Analyst II", "Engineer (m/w/d)"), or a segment opens with a Romance one's head noun
    ("Analista de Datos", "Chargée d'études")."""
    text = GENDER.sub("", subject).strip()
    words = _SUBJECT_WORD.findall(text)
    while words and _LEVEL.fullmatch(words[-1]):
        words.pop()  # "Analyst II", "Engineer 3", "Developer Sr."
    if words and JOB_NOUN.fullmatch(words[-1].rstrip(".")):
        return True
    last = _SUBJECT_SPLIT.split(text)[-1].strip()
    return len(last.split()) <= 6 and bool(_ROMANCE_HEAD.fullmatch(last))


def find_role(texts: Iterable[str], subject: str, company: str | None) -> str | None:
    """The job title, from labelled fields, framing phrases, invitation titles, the subject."""
    return _find_role(tuple(t for t in texts if t), subject, company)


@lru_cache(maxsize=16)  # the screening steps ask about the same new text more than once
def _find_role(texts: tuple[str, ...], subject: str, company: str | None) -> str | None:
    for text in texts:
        for match in FORM_FIELD.finditer(text):
            title = _form_value(match, company)
            if title:
                return title
    for text in [subject, *texts]:
        for match in LABELLED_TITLE.finditer(text):
            title = clean_title(match.group("title"), company, loose=True)
            if title:
                return title
    for text in [*texts, subject]:
        # a framing phrase's own words ("applied for", "the ... role", "puesto de"): a text
        # holding none of them is not scanned for it
        lowered = Lowered(text)
        for pattern in TITLES_EN:
            if not lowered.may_match(pattern):
                continue
            for match in pattern.finditer(text):
                title = clean_title(match.group("title"), company)
                if title and _framed_title(match, title):
                    return title
        for pattern in TITLES_DE:
            if not lowered.may_match(pattern):
                continue
            for match in pattern.finditer(text):
                title = clean_title(match.group("title"), company)
                if title:
                    return title
        for pattern in TITLES_OTHER:
            if not lowered.may_match(pattern):
                continue
            for match in pattern.finditer(text):
                if _NOT_LOOSE_START.match(match.group("title")):
                    continue
                title = clean_title(match.group("title"), company, loose=True)
                if title:
                    return title
    for text in [subject, *texts[1:]]:
        found = _titled_segment(text, company)
        if found:
            return found
    return None


# Words that say the run before them is the post itself; "the Ashford job" is a site and "the
# Risk interview" a team's step, so a run without a job noun needs one of these.
_POST = re.compile(r"role|position|vacancy|opening|post|programme|program|scheme|internship", re.I)


# A unit after a comma is where the post sits, not what it is: "Legal Officer (P-3), Office of
# Legal Affairs", "Analyst, Department of Finance", "Chargé d'études, Direction des ...".
_UNIT_AFTER = re.compile(
    r",\s+(?:office|department|division|directorate|bureau|ministry|faculty|school|"
    r"direction|service|département|dirección|departamento|abteilung|afdeling)\s+"
    r"(?:of|for|de|des|du|für|van)\b.*$|"
    r"\s+[–—-]\s+(?:[\w&-]+\s+){0,3}(?:division|department|directorate|unit)$",
    re.IGNORECASE,
)


def _form_value(match: re.Match[str], company: str | None) -> str | None:
    """The title a form's field holds, if it is one (not a bare code, not a meeting's name)."""
    field = match["field"].lower()
    value = _NEXT_FIELD.sub("", match["title"])
    if field == "post":
        # a letter's "Post:" line goes on with the service after a comma: "Systems Officer,
        # Revenues & Benefits - Eastmoor District Council"
        value = value.split(",")[0]
    value = _UNIT_AFTER.sub("", value)
    title = clean_title(value, company)
    if not title or not re.search(r"[^\W\d_]{2}", title):
        return None
    return title if _TITLE_NOUN.search(title) or not _NEEDS_NOUN.fullmatch(field) else None


def _framed_title(match: re.Match[str], title: str) -> bool:
    """Whether a run an English phrase frames is a title: it has a job noun, or it is short
    and either ends in a weaker one or the phrase calls it the post."""
    if JOB_NOUN.search(title):
        return True
    post = match.groupdict().get("post")
    named = not post or bool(_POST.fullmatch(post)) or bool(_TITLE_NOUN.search(title))
    return named and len(title.split()) <= 4


def _titled_segment(text: str, company: str | None) -> str | None:
    """A segment ending in a job noun: "Offer: Embedded Software Engineer"."""
    text = re.sub(r"^(?:\s*(?:re|fwd?|aw|wg|tr|rv|sv)\s*:\s*)+", "", text, flags=re.I)
    for line in text.splitlines()[:3]:
        for segment in _SUBJECT_SPLIT.split(line):
            segment = re.sub(r"\s+(?:at|with|bei|chez|en|bij|@)\s+.+$", "", segment).strip()
            # the step or the news may stand before it: "Candidature Chargé(e) RH",
            # "Entrevista Analista Sr. de Reporting"
            romance = _ROMANCE_HEAD.match(segment) or _ROMANCE_HEAD.match(_after_step(segment))
            if romance:  # "Chef de projet digital", "Responsable e-commerce"
                title = clean_title(romance.group(0), company, loose=True)
                if title:
                    return title
            for match in re.finditer(_TITLE, segment):
                title = clean_title(match.group("title"), company)
                end = match.end()
                field = _ACADEMIC_FIELD.match(segment, end)
                if title and field and _ACADEMIC.search(title):
                    title, end = clean_title(title + field.group(0), company) or title, field.end()
                if not title:
                    continue
                words = [w for w in title.split() if not _LEVEL.fullmatch(w)]
                last = words[-1].strip("()").rsplit("-", 1)[-1] if words else ""
                from_paren = f"({title})" in segment and title_like(title)
                if JOB_NOUN.fullmatch(last) or (from_paren and JOB_NOUN.search(title)):
                    return title
                # the title must run to the segment's end: "Analista Cuentas| a Pagar" is cut
                rest = segment[end:]
                special = not rest.strip() and _speciality_after_noun(title)
                if special:
                    return special
    return None


# The kind of a step, not a post: "Entrevista técnica", "Entretien technique".
_STEP_KIND = re.compile(r"(?:técnic[oa]|technique|tecnic[oa])\b", re.IGNORECASE)


def _after_step(segment: str) -> str:
    """A segment without the step or the news that opens it ("Candidature Chargé(e) RH"),
    when what is left reads as a post: capitalised, not the step's kind ("Entrevista
    técnica")."""
    rest = LEADING.sub("", segment)
    if rest == segment or not rest[:1].isupper() or _STEP_KIND.match(rest):
        return ""
    return rest


# An academic post names its field after "in", "für" or "for": "Lecturer in Ecology",
# "Assistant Professor in Water Resources Management", "W2-Professur für Ökohydrologie".
_ACADEMIC = re.compile(r"(?:lecturer|professor|\w*professur|fellow|chair|reader|docent)$", re.I)
_ACADEMIC_FIELD = re.compile(
    rf"\s+(?:in|für|for)\s+[{_UP}][\w-]*(?:\s+(?:and|und|&|[{_UP}][\w-]*)){{0,4}}"
)


def _speciality_after_noun(title: str) -> str | None:
    """A title whose job noun is followed by its speciality: after a comma ("Backend Engineer,
    Detection"), in brackets ("Design Engineer (Control Valves)") or as a few words of a field
    ("Maintenance Engineer CHP", "Postdoc Küstenhydrologie", "Paralegal Banking & Finance");
    the step of the process before it is left out ("Kennenlerngespräch Postdoc X")."""
    words = title.split()
    # a step, a search, a code or a pay band before the title: "Proceso", "Band 7", "R-10582"
    while len(words) > 1 and (_NOT_SPECIALITY.fullmatch(words[0]) or _code(words[0])):
        words.pop(0)
    title = " ".join(words)
    if re.search(r"\([A-Z]\.\s", title):
        return None  # a person in brackets: "UX Research Lead (G. Mbeki-Larsen)"
    head, _, after_comma = title.partition(", ")
    plain = re.sub(r"\([^()]*\)", " ", head).split()
    nouns = [
        i
        for i, word in enumerate(plain)
        if _TITLE_NOUN.fullmatch(word.rsplit("-", 1)[-1]) and not _LEVEL.fullmatch(word)
    ]
    if not nouns:
        return None
    tail = " ".join([*plain[nouns[-1] + 1 :], after_comma])
    # "Head" heads a title with its field after "of" or a comma, or a job noun of its own
    # ("Head of Sales", "Head, FP&A Systems", "Head Chef"); "Head Office" is a place
    after_noun = plain[nouns[-1] + 1 : nouns[-1] + 2]
    if plain[nouns[-1]].lower() == "head" and after_noun and after_noun[0].lower() != "of":
        return None
    if len(tail.split()) > 4 or _NOT_SPECIALITY.search(tail) or any(map(_code, tail.split())):
        return None
    return title


def _code(word: str) -> bool:
    """A reference code or a band's number, not a title's word ("W2-Professur" is one)."""
    return bool(re.search(r"\d", word)) and not _TITLE_NOUN.fullmatch(word.rsplit("-", 1)[-1])
