"""The employer's name, as a person reading the mail would state it.

Company: a form's own field ("Employer: ...", "Arbeitgeber: ..."); else the name found in
the text that matches the employer's own mail domain (``peregrinepayroll.example`` ->
"Peregrine Payroll", see ``spelling``), because it ties the name to who is writing. Without
such a match: the display name of an ATS sender ("Kettlebrook Energy Careers" ->
"Kettlebrook Energy"), then phrases ("your application to X", "interview with X", "bei X",
"chez X"), then the company line of a signature, and last the domain's label. Vendor names
(Greenhouse, Workable, ...), their domains under any top level, a person's display name and
legal suffixes (Inc., GmbH) never stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from .model import Person
from .names import NAME_ENDINGS, normalise_company, squash, word_set
from .orgname import looks_like_an_organisation
from .robots import domain_of, is_personal_domain, is_robot_address, is_service_domain
from .role import names_a_job
from .spelling import (
    capital_runs,
    in_full,
    is_institution,
    is_vendor_domain,
    match_domain,
    name_label,
    names_an_organisation,
    title_from_domain,
)
from .text import whole_word_ends
from .written import as_written

__all__ = [
    "NAME_ENDINGS",
    "beside_the_role",
    "capital_runs",
    "choose_company",
    "employer_domain",
    "is_vendor_domain",
    "match_domain",
    "normalise_company",
    "squash",
    "title_from_domain",
]


_COMPANY_PHRASES = re.compile(
    r"(?:application (?:to|at|with)|applying (?:to|at)|applied (?:to|at)|interest in|"
    r"(?:has|have) been (?:sent|submitted) to|"
    r"interview (?:with|at)|position at|role at|job at|joining|join|career at|"
    r"(?:thanks|thank you) for applying (?:to|at)|team at|here at|on behalf of|"
    r"bei|chez|bij|werken bij|trabajar en|travailler chez|(?i:the company|la empresa|"
    r"das unternehmen|l'entreprise|la société|het bedrijf))\s+(?:the\s+|der\s+|die\s+)?"
    # "the Company Secretary's office": an officer's title, not "the company X"
    r"(?!(?i:secretary|secretaries|director|doctor|nurse)\b)"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\n,.;:!?()]{1,60})"
)
_SIG_SPLIT = re.compile(r"\s*(?:\||·|•|,|–| - )\s*")


def employer_domain(addresses: Iterable[str], links: Iterable[str] = ()) -> str | None:
    """The first address domain that is the employer's own (not a service, not personal).

    A recruitment agency's domain gives way to a client's named further on (the interviewers
    at "saltmarshmedia.example" that an agency consultant introduces)."""
    own = [
        domain
        for address in addresses
        if (domain := domain_of(address))
        and not is_robot_address(address)
        and not is_personal_domain(domain)
        and not is_vendor_domain(domain)
    ]
    if own:
        client = next((d for d in own if not _AGENCY.search(d)), None)
        return client if _AGENCY.search(own[0]) and client else own[0]
    for url in links:
        # A careers page hosted by an ATS: "acme.recruitee.com" names the employer.
        host = re.sub(r"^https?://", "", url).split("/", 1)[0].lower()
        parts = host.split(".")
        if len(parts) >= 3 and is_service_domain(host) and parts[0] not in ("www", "app"):
            if parts[0] in _ATS_HOST_WORDS:
                # "jobs.lever.co/ashgrove": the employer is the path, not the host
                path = re.sub(r"^https?://[^/]+/?", "", url).split("/", 1)[0].lower()
                if re.fullmatch(r"[a-z0-9-]{3,40}", path):
                    return f"{path}.{parts[-1]}"
                continue
            return f"{parts[0]}.{parts[-1]}"
    return None


# Domains of recruitment agencies: they write for the employer, not as it.
AGENCY_WORDS = re.compile(
    r"talent|recruit|staffing|resourcing|headhunt|personnel|search\b|personal(?:vermittlung|"
    r"beratung|service)|recrutement|seleccion|werving",
    re.I,
)
_AGENCY = AGENCY_WORDS
# An ATS host's first label that names its product, not the employer ("jobs.lever.co").
_ATS_HOST_WORDS = frozenset(("jobs", "careers", "apply", "hire", "boards", "job-boards", "talent"))
# Words of departments, functions and the sectors an agency's desk covers: "Senior
# Consultant, Product & Data" and "Principal Consultant, Energy & Utilities" name a desk.
_DEPARTMENT = word_set(
    "product data creative media engineering marketing finance sales operations people talent "
    "design technology tech digital analytics content hr legal research strategy growth "
    "platform infrastructure security customer success support and & jobs careers recruiting "
    "recruitment energy utilities life sciences financial services healthcare health public "
    "sector industrial manufacturing consumer retail property construction insurance banking "
    "professional education government telecoms commercial supply chain procurement "
    "accounting logistics transport pharma"
)


def is_department(name: str) -> bool:
    """Only words of departments or sectors: "Energy & Utilities" is a desk, no employer."""
    return all(w.lower() in _DEPARTMENT for w in name.replace("&", " & ").split())


# "Retail Assistant at Oldfield Pharmacy", "Pflegefachkraft bei X": a job title, then the
# employer (the title is checked by ``names_a_job``)
_TITLE_AT = re.compile(
    r"(?P<title>[A-ZÀ-ÖØ-Þ][\w/&'’ -]{2,60}?)[ \t]+(?:at|@|bei|chez|bij)[ \t]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\n,.;:!?()|·]{1,60})"
)


def from_phrases(text: str) -> list[str]:
    """Company names introduced by phrases such as "your application to X", or set after
    a job title ("Retail Assistant at Oldfield Pharmacy")."""
    found = []
    for match in _TITLE_AT.finditer(text[:5000]):
        if names_a_job(match.group("title")):
            runs = list(capital_runs(match.group("name")))
            name = normalise_company(" ".join(runs[0])) if runs else None
            if name and match.group("name").startswith(runs[0][0]):
                found.append(name)
    for match in _COMPANY_PHRASES.finditer(text):
        runs = list(capital_runs(match.group("name")))
        rest = match.group("name")[len(" ".join(runs[0])) :] if runs else ""
        if re.match(r"\s+(?:position|role|job|vacancy|opening|team|interview)\b", rest):
            continue  # "interest in the Analyst position": a title, not a company
        if runs and match.group("name").startswith(runs[0][0]):
            name = normalise_company(" ".join(runs[0]))
            if name and len(name) > 1:
                found.append(name)
    return found


_FIELD = re.compile(
    r"^[ \t*]*(?:employer|company|organi[sz]ation|hiring (?:company|organi[sz]ation)|client|"
    r"arbeitgeber|unternehmen|firma|mandant|auftraggeber|entreprise|employeur|soci[ée]t[ée]|"
    r"empresa|empleador|cliente|organizaci[oó]n|werkgever|bedrijf|organisatie|opdrachtgever)"
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


def beside_the_role(subject: str, text: str = "") -> list[str]:
    """The names a subject sets beside the job: "Practice Manager - Cedarline Physio
    (Harrogate)", "Fairhollow - Tenancy Services Officer" (the title is no company). Where
    no segment reads as a job title ("Ward Sister - ..."), only names ``text`` speaks of."""
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(_REPLY_PREFIX.sub("", subject))]
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


def from_signature(signature: str) -> list[str]:
    """Company-like segments of the signature's last lines ("Title | Company", "Title, Co")."""
    found = []
    for line in reversed([x for x in signature.splitlines() if x.strip()][-4:]):
        line = line.strip()
        if re.search(r"[()@:]|\d", line) or len(line.split()) > 8:
            continue
        parts = [p for p in _SIG_SPLIT.split(line) if p]
        if len(parts) >= 2 and "," in line and not _titled(parts[0]):
            # "Harbourview Hotel, Cork": no title opens the line, so it is the employer's
            # with its address after the comma, not "Title, Company"
            name = normalise_company(parts[0])
            if name and name[0].isupper() and not is_department(name):
                found.append(name)
                continue
        if len(parts) >= 2:
            for part in reversed(parts[1:]):
                name = normalise_company(part)
                if name and name[0].isupper() and not is_department(name) and not _titled(name):
                    found.append(name)
                    break
    return found


def _titled(part: str) -> bool:
    """A part of a signature line that reads as a job title ("Head Receptionist", "Duty
    Manager", "Supervisora"), by the title words or the endings of people's roles."""
    words = part.split()
    if not words or names_an_organisation(words) or is_institution(part):
        return False  # "Bayshore Health Center", "Ashby Manor"
    return names_a_job(part) or bool(_NOT_ORG.search(part) or _ROLE_ENDING.search(words[-1]))


# The endings of words for people by their work: receptionist, supervisor, assistant,
# agent, technician, directeur, vendeuse, supervisora, camarero.
_ROLE_ENDING = re.compile(r"(?:ist|er|or|ora|ant|ante|ent|ente|ian|eur|euse|ista|ero|era)$")


_DISPLAY_NOISE = re.compile(r"\s*(?:\([^()]*\)|\bvia\s+\S.*)$", re.IGNORECASE)


_PERSON_THEN_ORG = re.compile(
    r"^(?P<person>[^(),|]+?)\s*(?:\((?P<paren>[^()]+)\)|[,|]\s*(?P<rest>.+))$"
)
# Words of job titles and pronouns: "Jane Roe (Recruiter)", "Sam Lee (they/them)" name no
# organisation.
_NOT_ORG = re.compile(
    r"\b(?:recruit\w*|manager|coordinator|partner|director|lead|head|officer|advis[oe]r|"
    r"consultant|specialist|founder|co-founder|ceo|cto|coo|cfo|vp|engineer|analyst|assistant|"
    r"executive|associate|she|her|he|him|they|them|hr|talent\w*|people|hiring)\b|/",
    re.IGNORECASE,
)


def org_beside_person(display: str, people_names: set[str]) -> str | None:
    """The organisation in a display name that pairs it with a person: "Tamsin Boucher
    (Maplebridge Credit Union)", "Mo Adebayo, Hatch & Hive", "Ana Ruiz | Lumen Labs".

    The person is a name known from the message or two or three capitalised words; "Pugh,
    Gareth" (surname first) and titles or pronouns in the second part name no organisation.
    """
    match = _PERSON_THEN_ORG.match(" ".join(display.split()))
    if not match:
        return None
    who = match.group("person").strip()
    words = who.split()
    looks_personal = who.lower() in people_names or (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and normalise_company(who) == who  # "Lakeshore Drug Recruiting (Text)": a desk
    )
    org = (match.group("paren") or match.group("rest") or "").strip()
    if not looks_personal or not org[:1].isupper() or _NOT_ORG.search(org):
        return None
    if org.lower().startswith("via "):
        return None
    name = normalise_company(org)
    return name if name and name.lower() not in people_names else None


def _written_out(name: str, texts: Sequence[str]) -> str:
    """The sender's short name as the mail writes it in full: "Lakeshore County Careers"
    writing "with the Lakeshore County Health Department", "Meridian Trust Careers" signing
    "Meridian Trust Bank". The fuller form must end in a word that names an organisation
    or recur, so that "Acme" does not become a product ("Acme Cloud Console") named once."""
    full = in_full(name, texts)
    if full == name or not full.lower().startswith(name.lower()):
        # the short name recurs more often than the full one ("joining Northgate Home &
        # Garden" once, "Northgate" three times): the full one still names the employer
        return _organisation_named(name, texts) or name
    last = full.split()[-1].lower()
    if names_an_organisation(full.split()) or is_institution(full) or last in _BODY_ENDINGS:
        return full
    flat = "\n".join(texts)
    return full if len(re.findall(rf"\b{re.escape(full)}\b", flat)) >= 2 else name


def _organisation_named(name: str, texts: Sequence[str]) -> str | None:
    """The longest form the texts write of ``name`` that ends in a word of organisations."""
    words = name.split()
    found = [
        run
        for text in texts
        for run in capital_runs(text)
        if len(run) > len(words)
        and run[: len(words)] == words
        and (names_an_organisation(run) or is_institution(" ".join(run)))
    ]
    return normalise_company(" ".join(max(found, key=len))) if found else None


# "<name> Ltd t/a <trading name>": compiled once and anchored at each "t/a" found, rather
# than a pattern built around every candidate name (which would be compiled per message)
_TRADING_AS = re.compile(
    r"(?:\s+(?i:ltd|limited|plc|llc|inc)\.?)?,?\s+(?i:t/a|trading\s+as)\s+(?P<name>[^\n,;|()]+)"
)


def _trading_name(name: str, texts: Sequence[str]) -> str:
    """The name a firm trades as, where the mail says so: "Fahy Foods Ltd t/a Spud & Bun" is
    known to the people it hires as Spud & Bun."""
    for text in texts:
        for end in whole_word_ends(text, name):
            match = _TRADING_AS.match(text, end)
            runs = list(capital_runs(match.group("name"))) if match else []
            if match and runs and match.group("name").startswith(runs[0][0]):
                return normalise_company(" ".join(runs[0])) or name
    return name


# The last words of public bodies' names that NAME_ENDINGS (words of firms) leaves out.
_BODY_ENDINGS = word_set("department agency service board office ministry directorate")


def _persons_name(display: str, people: Sequence[Person]) -> bool:
    """Whether a display name is a person's: someone of that name writes from an address
    that spells part of it ("Maya Castellanos" at maya@...; "Ashgrove" at jobs@ is not)."""
    words = display.split()
    if not 2 <= len(words) <= 4 or normalise_company(display) != display:
        return False  # "Bluefin Payments Candidate Support" at support@ is a desk
    for p in people:
        if p and p.name and p.name.lower() == display.lower():
            local = squash(p.email.partition("@")[0])
            if any(len(w) >= 3 and squash(w) in local for w in (words[0], words[-1])):
                return True
    return False


def _akin(name: str, other: str) -> bool:
    """Names that share a word: "Kestrel Water" beside "Kestrel Water Early Careers" is
    the sender's own, not a client a service writes for."""
    return bool({w.lower() for w in name.split()} & {w.lower() for w in other.split()})


def _spells_a_label(name: str, domain: str) -> bool:
    """Whether a name is one of a domain's labels ("GovRecruit" of govrecruit.service.gov)."""
    flat = squash(name)
    return len(flat) >= 3 and flat in {squash(p) for p in domain.lower().split(".")[:-1]}


def _told(texts: Sequence[str], people_names: set[str]) -> Iterator[str]:
    """The employer a service's mail names: by a phrase ("Retail Assistant at Oldfield
    Pharmacy", "your application to X"), by the desk that signs ("Office for Curriculum
    Standards Recruitment Team"), or beside the event in the subject where the mail names
    it twice ("Culture fit chat – Bravamar", "Notes from Bravamar")."""
    yield from from_phrases("\n".join(texts[:2]))
    yield from desks_signing("\n".join(texts[1:3]))
    body = "\n".join(texts[1:])
    for name in beside_the_role(texts[0] if texts else "", body):
        if not _holds_a_name(name, people_names) and len(list(whole_word_ends(body, name))) >= 2:
            yield name


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


def _holds_a_name(segment: str, people_names: set[str]) -> bool:
    """A person's full name, alone or in a segment ("Kennismaking Sanne Verhoeven"), or
    their initial and surname ("M Delahunt"), or a first name known alone with a surname."""
    words = segment.lower().split()
    for full in people_names:
        parts = full.replace(",", " ").split()
        n = len(parts)
        if n >= 2 and any(words[i : i + n] == parts for i in range(len(words) - n + 1)):
            return True
        if len(words) == 2 and len(words[0].rstrip(".")) == 1 and parts[-1:] == words[1:]:
            return True  # "M Delahunt": an initial and a surname
        if len(words) == 2 and parts == words[:1] and not names_an_organisation(words):
            return True  # "Sam Lee" of the candidate known as "Sam <sam@...>"
    return segment.lower() in people_names


def _part_of_a_name(name: str, people_names: set[str]) -> bool:
    """A person's name or part of it: "interview with Mikko" beside "Mikko Heikkinen"."""
    words = name.lower().split()
    for full in people_names:
        parts = full.replace(",", " ").split()
        if any(parts[i : i + len(words)] == words for i in range(len(parts))):
            return True
    return False


def choose_company(
    *,
    display: str,
    robot_sender: bool,
    people: Sequence[Person],
    texts: Sequence[str],
    history: Sequence[str],
    signature: str,
    domain: str | None,
    sender_domain: str = "",
) -> str | None:
    """The employer's name, by the order of evidence in the module docstring, then written
    as the mail writes it on a line of its own (``written.as_written``: word order, a
    trade's leading word, a partnership's own words such as "Avocats", no display capitals).

    ``display``: the From display name; ``people``: persons named anywhere (their names are
    never the company); ``texts``: subject, new text, signature, invitation text;
    ``history``: quoted and forwarded text, a last resort for spelling the domain.
    """
    candidates = _candidates(
        display=display,
        robot_sender=robot_sender,
        people=people,
        texts=texts,
        history=history,
        signature=signature,
        domain=domain,
        sender_domain=sender_domain,
    )
    own = name_label(domain) if domain and not is_personal_domain(domain) else ""
    # the first candidate that reads as an organisation's name: a calendar's "Canceled",
    # a reply button's "Maybe" or a bare "School" gives way to the next one
    name = next((c for c in candidates if c and looks_like_an_organisation(c, own)), None)
    return as_written(name, [*texts, *history]) if name else None


def _candidates(
    *,
    display: str,
    robot_sender: bool,
    people: Sequence[Person],
    texts: Sequence[str],
    history: Sequence[str],
    signature: str,
    domain: str | None,
    sender_domain: str = "",
) -> Iterator[str | None]:
    """The employer's name by each kind of evidence, best first (module docstring)."""
    stated = from_fields("\n".join(texts[1:]))
    if stated:
        yield stated
    people_names = {p.name.lower() for p in people if p and p.name}
    display_org = org_beside_person(display, people_names)
    if display_org and display_org.lower() not in "\n".join(texts).lower():
        display_org = None  # "Stefan Weber (Berlin)": a place unless the mail names it too
    display = _DISPLAY_NOISE.sub("", display).strip()
    if _persons_name(display, people):
        display = ""  # "Maya Castellanos via Slotwise": the host, answering as maya@...
    # an ATS writing as "Ashgrove <no-reply@...>" also appears as a Reply-To "person"
    if display_org is None and display and (robot_sender or display.lower() not in people_names):
        at = re.search(r"\b(?:at|@|from|bei|chez|van)\s+(.+)$", display)
        if at:
            display_org = normalise_company(at.group(1))
        elif robot_sender or normalise_company(display) != " ".join(display.split()):
            display_org = normalise_company(display)  # an ATS sender, or "X Careers"
    if display_org and robot_sender and _spells_a_label(display_org, sender_domain):
        # a job board or booking service signing as itself ("WorkNest" at worknest.example):
        # the employer is the one whose people it books, or the one it sent the CV to
        if domain and domain != sender_domain:
            display_org = None
        else:
            yield from (n for n in _told(texts, people_names) if not _akin(n, display_org))
    # The display name last: "X Graduate Recruitment" must not extend the name found in text.
    found = match_domain(texts, domain) or match_domain([display], domain)
    if found:
        yield _trading_name(found, [*texts, *history])
    if display_org:
        yield _written_out(display_org, texts)
    for name in [*from_phrases("\n".join(texts[:2])), *from_signature(signature)]:
        if name == display_org or not _part_of_a_name(name, people_names):
            yield name
    # a subject that sets a name beside the job ("Fairhollow - Tenancy Services Officer"),
    # which the mail speaks of, names the employer better than a domain's bare label
    mentioned = "\n".join([*texts[1:], *history])
    locals_ = {squash(p.email.partition("@")[0]) for p in people if p and p.email}
    found = match_domain(history, domain)
    if found:
        yield found  # the employer's own name, as the thread spells its domain
    for name in beside_the_role(texts[0] if texts else "", mentioned):
        if _holds_a_name(name, people_names) or squash(name) in locals_ or _titled(name):
            continue  # "Interview: Chris Lindqvist / Market Risk Data Analyst"
        if re.search(rf"\b{re.escape(name)}\b", mentioned):
            yield in_full(name, [*texts, *history])
    if domain and not is_robot_address(f"x@{domain}"):
        yield title_from_domain(domain, [*texts, *history])
