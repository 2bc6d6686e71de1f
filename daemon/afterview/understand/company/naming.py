"""Where the mail's own words name the employer, each a candidate for ``employer``.

A form's field ("Employer: ...", "Arbeitgeber: ..."), a phrase ("your application to X",
"Retail Assistant at X", "bei X"), a segment a subject sets beside the job ("Practice
Manager - Cedarline Physio"), a signature's company line ("Title | Company") and a desk
that signs ("Office for Curriculum Standards Recruitment Team"). Departments, job titles,
stages of hiring and references are passed over here; ``orgname`` judges the rest.
"""

from __future__ import annotations

import re

from ..role.title import names_a_job
from .names import NAME_ENDINGS, normalise_company, word_set
from .ownfirm import own_firm
from .spelling import capital_runs, is_institution, leading_name, names_an_organisation

_COMPANY_PHRASES = re.compile(
    r"(?:application (?:to|at|with)|applying (?:to|at)|applied (?:to|at)|interest in|"
    r"(?:has|have) been (?:sent|submitted) to|"
    r"[Ii]nterview (?:with|at)|[Ee]ntrevista (?:con|en)|"
    r"(?:position|role|job|vacancy|opportunity) (?:at|with)|joining|join|"
    r"career at|"
    r"(?:thanks|thank you) for applying (?:to|at)|team at|here at|on behalf of|"
    r"bei|chez|bij|werken bij|trabajar en|travailler chez|(?i:the company|la empresa|"
    r"das unternehmen|l'entreprise|la société|het bedrijf)|"
    # "Ihre Bewerbung an der Universität Seeland", "eine Tätigkeit an den Kliniken Oberau"
    r"(?i:bewerbung|tätigkeit|stelle|mitarbeit)\s+an)"
    r"\s+(?:the\s+|der\s+|die\s+|dem\s+|(?P<plural>den\s+))?"
    # "the Company Secretary's office": an officer's title, not "the company X"
    r"(?!(?i:secretary|secretaries|director|doctor|nurse)\b)"
    # a dot inside an abbreviation ("S.A.", "S.à r.l.") does not end the name
    r"(?P<name>[A-ZÀ-ÖØ-Þ](?:[^\n,.;:!?()]|\.(?=\w)){1,60})"
)
SIG_SPLIT = re.compile(r"\s*(?:\||·|•|,|–| - )\s*")
# A writer introducing themselves with the firm they write for, as people do from a phone,
# a free mailbox or a texting relay: "this is Marco from Sunridge Pharmacy", "Tami w/
# Lakeshore Drug", "soy Ana de Hoteles Brisamar", "ich bin Jana von der Firma Kranbau
# Nord", "je suis Luc de chez Boulangerie Marceau", "ik ben Joost van Bakkerij Zoet".
_INTRODUCED = re.compile(
    r"(?:\b(?i:this\s+is|it'?s|i'?m|i\s+am|my\s+name\s+is|soy|me\s+llamo|ich\s+bin|"
    r"mein\s+name\s+ist|je\s+suis|je\s+m'appelle|c'est|ik\s+ben|mijn\s+naam\s+is)\s+"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2},?\s+(?:here\s+)?"
    r"(?i:from|at|with|w/|de(?:\s+chez)?|del|von(?:\s+der)?|bei(?:\s+der)?|chez|van|bij)|"
    r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?\s+(?i:w/|here\s+(?:from|at|with)))"
    r"\s+(?:(?i:Firma|the)\s+)?(?P<name>[A-ZÀ-ÖØ-Þ](?:[^\n,.;:!?()]|\.(?=\w)){1,60})"
)


# Words of departments, functions and the sectors an agency's desk covers: "Senior
# Consultant, Product & Data" and "Principal Consultant, Energy & Utilities" name a desk.
_DEPARTMENT = word_set(
    "product data creative media engineering marketing finance sales operations people talent "
    "design technology tech digital analytics content hr legal research strategy growth "
    "platform infrastructure security customer success support and & jobs careers recruiting "
    "recruitment energy utilities life sciences financial services healthcare health public "
    "sector industrial manufacturing consumer retail property construction insurance banking "
    "professional education government telecoms commercial supply chain procurement "
    "accounting logistics transport pharma luxury fashion hospitality leisure travel "
    "automotive aerospace defence defense chemicals mining renewables entertainment gaming fmcg "
    "goods estate distribution compliance risk facilities administration payroll treasury "
    "maintenance quality"
)


def is_department(name: str) -> bool:
    """Only words of departments or sectors: "Energy & Utilities" is a desk, no employer."""
    return all(w.lower() in _DEPARTMENT for w in name.replace("&", " & ").split())


# "Retail Assistant at Oldfield Pharmacy", "Pflegefachkraft bei X": a job title, then the
# employer (the title is checked by ``names_a_job``)
_TITLE_AT = re.compile(
    r"(?P<title>[A-ZÀ-ÖØ-Þ][\w/&'’ -]{2,60}?)[ \t]+(?:at|@|bei|chez|bij)[ \t]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ](?:[^\n,.;:!?()|·]|\.(?=\w)){1,60})"
)


# "Isle Link Ferries is hiring", "Kranbau Nord sucht", "Boulangerie Marceau recrute",
# "Hoteles Brisamar busca", "Bakkerij Zoet zoekt": the name before the verb of hiring.
_HIRING = re.compile(
    r"(?<![\w'’])(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|&|of|de|del|la|"
    r"van|von|der|du))*)[ \t]+(?:(?:is|are)[ \t]+(?:now[ \t]+)?(?:hiring|recruiting)|sucht|"
    r"recrute|busca|zoekt)\b"
)
_NOT_HIRERS = word_set(
    "we i our who she he they team the a an this wir der die das unser unsere ein eine nous "
    "notre le la les un une nosotros nuestro nuestra el los las wij ons onze de het een"
)


# The words after a title that say it is one: "the Analyst position", also where the title
# runs on past a comma ("the Customer Success Manager, Public Sector role")
_BEFORE_THE_POST = re.compile(
    r"(?:,?[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w&'’/-]*|&|and|of|y|de|et|und)){0,4}[ \t]+"
    r"(?:position|role|job|vacancy|opening|team|interview|posting|post)\b"
)


# German plural nouns of firms and bodies take -n after "den" (dative): "bei den Stadtwerken
# Fallingen" is "Stadtwerke Fallingen", "an den Verkehrsbetrieben" "Verkehrsbetriebe"
_DATIVE_PLURAL = re.compile(r"(?<=\w)(werke|betriebe|dienste|bäder|häuser|ämter|kliniken)n?\b")


def nominative_plural(name: str) -> str:
    """A German firm's plural name as it is named, not as "bei den" bends it."""
    return _DATIVE_PLURAL.sub(lambda m: m.group(1), name)


def from_phrases(text: str) -> list[str]:
    """Company names introduced by phrases such as "your application to X", by a writer
    introducing themselves ("this is Marco from X"), or set after a job title ("Retail
    Assistant at Oldfield Pharmacy")."""
    found = []
    for match in _INTRODUCED.finditer(text[:5000]):
        name = leading_name(match.group("name"))
        if name:
            found.append(name)
    found.extend(own_firm(text))  # "cofounder of Mossbyte", "(CEO, Parcelwise)"
    for match in _HIRING.finditer(text[:5000]):
        name = normalise_company(match.group("name"))
        # two words at least: a lone capitalised noun is German's "der Kunde sucht"
        if name and len(name.split()) >= 2 and name.split()[0].lower() not in _NOT_HIRERS:
            found.append(name)
    for match in _TITLE_AT.finditer(text[:5000]):
        name = leading_name(match.group("name")) if names_a_job(match.group("title")) else None
        if name:
            found.append(name)
    at = 0
    while match := _COMPANY_PHRASES.search(text, at):
        at = match.end()
        runs = list(capital_runs(match.group("name")))
        rest = match.group("name")[len(" ".join(runs[0])) :] if runs else ""
        if _BEFORE_THE_POST.match(rest + text[match.end("name") : match.end("name") + 80]):
            # "interest in the Analyst position": a title, not a company; the phrase after
            # it may still name one ("... position at Harrowfield Foods")
            at = match.start("name") + 1
            continue
        if runs and match.group("name").startswith(runs[0][0]):
            name = normalise_company(" ".join(runs[0]))
            if name and match.group("plural"):
                name = nominative_plural(name)
            if name and len(name) > 1:
                found.append(name)
    return found


_FIELD = re.compile(
    r"^[ \t*]*(?:employer|company|organi[sz]ation|hiring (?:company|organi[sz]ation)|client|"
    r"arbeitgeber|unternehmen|firma|mandant|auftraggeber|entreprise|employeur|soci[ée]t[ée]|"
    r"empresa|empleador|cliente|organizaci[oó]n|werkgever|bedrijf|organisatie|opdrachtgever|"
    # academic and public hiring portals: the hiring body is an "Institution"
    r"institution|instituci[oó]n|einrichtung|[ée]tablissement|instelling)"
    r"[ \t*]*:[ \t*]*"
    r"(?P<name>[^\n]{2,80})$",
    re.IGNORECASE | re.MULTILINE,
)


def from_fields(text: str) -> str | None:
    """The employer a form states outright: "Employer: Saltmarsh Community Health NHS
    Trust", "Arbeitgeber: Kreisklinik Auenfeld", "Client: Fairhollow Housing Association"."""
    for match in _FIELD.finditer(text[:20000]):
        value = re.split(r"\s+[-–|(]\s*|,\s", match.group("name").strip())[0]
        name = normalise_company(value)
        if name and name[:1].isupper() and len(name.split()) <= 8 and "@" not in name:
            return name
    return None


_REPLY_PREFIX = re.compile(
    r"^(?:\s*(?:re|fwd?|aw|wg|tr|rv|antw|automatic reply|auto(?:matic)?[- ]?reply|"
    r"automatische antwort|automatisch antwoord|réponse automatique|respuesta automática|"
    r"out of office)\s*:\s*)+",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r"\s+[-–|/]\s+|\s*[|()\[\]]\s*|:\s+")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|&|of|and|de|van|von)$")


def beside_the_event(subject: str) -> list[str]:
    """The names a subject sets beside the interview alone: "Interview – Quarrystone Labs",
    "Kennismaking | Bakkerij Zoet", "Entretien - Maison Vey" (a day, a time or a person's
    name there is for the caller to rule out)."""
    bare = _REPLY_PREFIX.sub("", subject)
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(bare) if s.strip()]
    if len(segments) != 2 or not any(
        _STAGE_OR_LABEL.fullmatch(s) or _EVENT_ONLY.fullmatch(s) for s in segments
    ):
        return []
    return beside_the_role(bare, bare)


# A segment that is the event alone, in a word or two: "Interview", "Phone screen",
# "Vorstellungsgespräch", "Entretien d'embauche"
_EVENT_ONLY = re.compile(
    r"(?i:(?:\w+[ \t])?(?:interview\w*|screen\w*|chat|call|\w*gespräch|entretien(?: d'embauche)?|"
    r"entrevista(?: de trabajo)?|\w*gesprek|kennismaking))"
)


def beside_the_role(subject: str, text: str = "") -> list[str]:
    """The names a subject sets beside the job: "Practice Manager - Cedarline Physio
    (Harrogate)", "Fairhollow - Tenancy Services Officer" (the title is no company). Where
    no segment reads as a job title ("Ward Sister - ..."), only names ``text`` speaks of."""
    subject = _TITLE_THEN_PARENS.sub(_without_the_field, _REPLY_PREFIX.sub("", subject))
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(subject)]
    segments = [s for s in segments if s]
    if len(segments) < 2:
        return []
    titled = any(names_a_job(s.split(", ")[0]) for s in segments)
    found = []
    for segment in segments:
        head, *tail = segment.split(", ")
        if tail and names_a_job(head):
            # "Chief Operating Officer, Harcourt Mills plc": a registered name after the title
            found += [name for part in tail if (name := _registered(part))]
            continue
        if names_a_job(segment):
            continue
        segment = _registered(segment) or segment  # "Harcourt Mills plc"
        words = segment.split()
        if len(words) > 4 or _CODE.search(segment):
            continue  # "PL-2291", "REQ 4471": a reference, not a name
        if words[0].lower() in _PLAIN_SUBJECT_WORDS or not all(_NAME_WORD.match(w) for w in words):
            continue
        if _STAGE_OR_LABEL.search(segment):
            continue  # "Technical Discussion | Product Analyst", "(Ref: BAT/CT/0926)"
        if is_department(segment) or all(w.lower() in NAME_ENDINGS for w in words):
            continue  # "Product Analyst - Lending": the job's team or sector
        name = normalise_company(segment)
        if name and (titled or re.search(rf"\b{re.escape(name)}\b", text)):
            found.append(name)
    return found


_CODE = re.compile(r"\d")
# a subject's segment and the parenthesis after it: "Data Analyst (Claims)"
_TITLE_THEN_PARENS = re.compile(r"(?P<title>[^-–|/:()\[\]]+?)\s*\((?P<field>[^()]*)\)")


def _without_the_field(match: re.Match[str]) -> str:
    """A job title without the field or team it names in parentheses ("Data Analyst
    (Claims)", "Ingeniero (Obra Civil)"); a name's parenthesis (its town) stays."""
    title = match.group("title")
    return title if names_a_job(title.strip()) else match.group(0)


def _registered(part: str) -> str | None:
    """A name with its legal form ("Harcourt Mills plc"), without it; else None."""
    name = normalise_company(part)
    return name if name and name != part.strip() and name[:1].isupper() else None


# Segments of a subject that name a stage of hiring or a reference label, not an employer.
_STAGE_OR_LABEL = re.compile(
    r"\b(?:discussion|interview\w*|call|chat|screen\w*|round|conversation|meeting|session|"
    r"assessment|catch-?up|invitation|invite|confirm\w*|schedul\w*|booking|booked|reminder|"
    r"ref|reference|req|requisition|id|no|\w*gespräch\w*|termin|einladung|entretien|rendez-vous|"
    r"entrevista|llamada|reuni[oó]n|\w*gesprek\w*|uitnodiging|afspraak|kennismaking|debrief\w*|"
    r"sollicitatie\w*|bewerbung\w*|candidature|candidatura)\b",
    re.IGNORECASE,
)
# Capitalised words that open subjects without naming anyone.
_PLAIN_SUBJECT_WORDS = word_set(
    "quick great good some final first second third next latest brief short important "
    "exciting positive more further small big new interview your our the a an update "
    "feedback news role offer job urgent follow follow-up invitation application"
)


def from_sign_off(text: str, writer: str) -> list[str]:
    """The business a writer's own sign-off names, where it follows their name: "Uwe Brandl"
    then "Holzwerk Brandl – Möbel & Innenausbau", "Claire Morvan - Atelier Morvan, Lyon",
    "Site Manager | Kerr Cold Storage | Dublin 11". People writing from a free mailbox sign
    so for their firm; the first part that is no person, title, place code or department is
    its name (the town or trade after it comes later)."""
    if writer.isupper():
        writer = writer.title()  # "ROGELIO QUINTERO" signs "Rogelio Quintero"
    names = writer.split()
    if len(names) < 2 or not all(n[:1].isupper() for n in names):
        return []
    first, surname = names[0], names[-1]
    lines = [line.lstrip("> \t").strip() for line in text[:20000].splitlines()]
    # the full name, an initial and the surname, or the first name alone on its line
    # ("Imran" then "Crumb & Co Leicester", "Nadia x" with a kiss), as people sign mail they
    # write themselves
    signed = re.compile(
        rf"(?:^|\s)(?:{re.escape(first)}|[A-ZÀ-ÖØ-Þ]\.?)\s+{re.escape(surname)}\b"
        rf"|^{re.escape(surname)}$|^{re.escape(first)}(?:\s+[xX]{{1,3}})?[.!]?$"
    )
    found = []
    for i, line in enumerate(lines):
        match = signed.search(line)
        if not match or len(line[: match.end()].split()) > 4:
            continue
        following = []
        for after in lines[i + 1 : i + 3]:
            if not after:
                break
            following.append(after)
        for after in [line[match.end() :].lstrip(" ,|·•–-"), *following]:
            name = _business_part(after, first, surname) if after else None
            if name:
                found.append(name)
                break
    return found


def _business_part(line: str, first: str, surname: str) -> str | None:
    """The first part of a sign-off line that reads as a business's name."""
    if "@" in line or len(line.split()) > 12:
        return None
    for part in SIG_SPLIT.split(line):
        words = part.split()
        if not words or re.search(r"\d|[():]", part):
            continue
        if not all(w[:1].isupper() or w in _JOINERS for w in words):
            continue  # "Sent from my iPhone", "werving & selectie voor wonen"
        if words[-1] == surname and (
            len(words) == 1 or _INITIAL.fullmatch(words[0]) or words[0] == first
        ):
            continue  # "Uwe Brandl", "U. Brandl": the writer again
        if surname not in words and titled(part):
            continue  # "Site Manager"; "Steuerkanzlei Lindner" is the writer's own firm
        if names_a_job(part) or NOT_ORG.search(part) or is_department(part) or len(words) > 6:
            continue
        name = normalise_company(part)
        if name and (len(words) >= 2 or names_an_organisation(words)):
            return name
    return None


# A firm's legal word inside a part: what follows it is its place, not a job's ending.
_FIRM_MARKS = word_set("co cie cía ltd limited gmbh llc inc plc bv nv sa sl srl ag")
_JOINERS = word_set("& of and the de du des la le el del y et van der den voor für und")
_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]\.?")


def titled(part: str) -> bool:
    """A part of a signature line that reads as a job title ("Head Receptionist", "Duty
    Manager", "Supervisora"), by the title words or the endings of people's roles."""
    words = part.split()
    if not words or names_an_organisation(words) or is_institution(part):
        return False  # "Bayshore Health Center", "Ashby Manor"
    if any(w.lower().strip(".,") in _FIRM_MARKS for w in words[:-1]):
        return False  # "Crumb & Co Leicester": a firm and its town ("-er" is no role there)
    return names_a_job(part) or bool(NOT_ORG.search(part) or _ROLE_ENDING.search(words[-1]))


# The endings of words for people by their work: receptionist, supervisor, assistant,
# agent, technician, directeur, vendeuse, supervisora, camarero; German women's forms
# (Pflegehelferin, Verkäuferin, Praktikantin, Assistentin, Juristin).
_ROLE_ENDING = re.compile(
    r"(?:ist|er|or|ora|ant|ante|ent|ente|ian|eur|euse|ista|ero|era|erin|orin|antin|entin|istin)$"
)


# Words of job titles and pronouns: "Jane Roe (Recruiter)", "Sam Lee (they/them)" name no
# organisation.
NOT_ORG = re.compile(
    r"\b(?:recruit\w*|manager|coordinator|partner|director|lead|head|officer|advis[oe]r|"
    r"consultant|specialist|founder|co-founder|ceo|cto|coo|cfo|vp|engineer|analyst|assistant|"
    r"executive|associate|she|her|he|him|they|them|hr|talent\w*|people|hiring)\b|/",
    re.IGNORECASE,
)


# A sign-off line that is a desk of the employer: "Office for Curriculum Standards
# Recruitment Team", "Kreisklinik Auenfeld Personalabteilung", "Hiring Team at Lumen".
_DESK_LINE = re.compile(r"^[ \t]*(?P<line>[A-ZÀ-ÖØ-Þ][^\n@:|()]{2,80}?)[ \t]*$", re.MULTILINE)


def desks_signing(text: str) -> list[str]:
    """The employers named by desk lines among the last lines of ``text``."""
    tail = "\n".join(text.splitlines()[-15:])
    found = []
    for match in _DESK_LINE.finditer(tail):
        line = " ".join(match.group("line").split())
        name = normalise_company(line)
        words = line.split()
        if not name or name == line or len(words) > 10 or re.search(r"[,.!?]$", line):
            continue
        if _DESK_END.search(line) and name[:1].isupper() and not is_department(name):
            found.append(name)
    return found


_DESK_END = re.compile(
    r"\b(?:recruitment|recruiting|talent(?:\s+acquisition)?|hiring|hr|people|careers?|"
    r"personalabteilung|ressources humaines|recursos humanos|rrhh|rh)(?:\s+team)?\s*$|"
    r"^(?:the\s+)?(?:recruitment|recruiting|talent|hiring|hr|careers)\s+team\s+(?:at|@|of)\s",
    re.IGNORECASE,
)
