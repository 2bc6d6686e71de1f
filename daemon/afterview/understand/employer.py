"""The employer's name and the job title, as a person reading the mail would state them.

Company: the name found in the text that matches the employer's own mail domain wins
(``peregrinepayroll.example`` -> "Peregrine Payroll"), because it ties the name to who is
writing. Without such a match: the display name of an ATS sender ("Kettlebrook Energy
Careers" -> "Kettlebrook Energy"), then phrases ("your application to X", "interview with
X", "bei X", "chez X"), then the company line of a signature, and last the domain's label.
Vendor names (Greenhouse, Workable, ...) and legal suffixes (Inc., GmbH) never stand.

Role: labelled fields ("Job:", "Stelle:", "Poste :"), then phrases ("for the X role",
"Stelle als X", "poste de X", "puesto de X", "functie X"), then the subject's title-like
segment.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .model import Person
from .robots import (
    VENDOR_NAMES,
    domain_of,
    is_personal_domain,
    is_robot_address,
    is_service_domain,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LEGAL = re.compile(
    r"(?<!&)[\s,]+(?:inc\.?|incorporated|ltd\.?|limited|llc|l\.l\.c\.|llp|l\.l\.p\.|lp|pllc|ltda|"
    r"s\.?p\.?a\.?|ohg|gbr|kgaa|vof|bvba|sprl|gmbh(?:\s*&\s*co\.?\s*kg)?|"
    r"ag|se|kg|plc|corp\.?|co\.|b\.?v\.?|n\.?v\.?|s\.?l\.?u?|s\.?a\.?s?|sarl|s\.?r\.?l\.?|"
    r"pty\.?(?:\s+ltd\.?)?|oy|ab|as|aps|e\.?\s?v\.?|pvt\.?|pte\.?|private|sdn\.?\s+bhd\.?|bhd\.?|"
    r"co|company|corporation|k\.?k\.?|a/s|sp\.?\s*z\s*o\.?\s*o\.?|ug|oü|s\.?c\.?|eurl)\s*$",
    re.IGNORECASE,
)
_DESCRIPTOR = re.compile(
    r"[\s,|–-]+(?:talent(?:\s+(?:acquisition|team|partners?))?|(?:the\s+)?hiring\s+team|"
    r"recruit(?:ing|ment)(?:\s+team)?|careers?|jobs|people(?:\s+(?:team|ops|operations))?|"
    r"human resources|hr(?:\s+team)?|rh|rrhh|recursos humanos|ressources humaines|"
    r"personalabteilung|team|via\s+\w[\w.]*|karriere|recrutement|"
    r"empleo|werken bij|notifications?|no-?reply|hq|candidate\s+(?:support|experience|care)|"
    r"help\s*desk|candidates)\s*$",
    re.IGNORECASE,
)
_DESCRIPTOR_HEAD = re.compile(
    r"^(?:careers?\s+(?:at|@)|jobs\s+(?:at|@)|team|the|ihr\s+recruiting-team\s+der|"
    r"recruiting(?:-team)?\s+(?:der|von)|das\s+team\s+(?:der|von)|l'équipe|el\s+equipo\s+de|"
    r"het\s+team\s+van|talent\s+team\s+(?:at|@)|hiring\s+team\s+(?:at|@))\s+",
    re.IGNORECASE,
)
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_CAP_RUN = re.compile(
    rf"(?<![\w@.])(?:[{_UP}][\w&'’.-]*[\w&]|[{_UP}])(?:(?:[ \t]+|[ \t]*&[ \t]*)"
    rf"(?:[{_UP}0-9][\w&'’.-]*[\w&]|[{_UP}]|of|de|del|da|do|dos|das|di|du|des|la|le|van|von|der|den|ter|ten|y|and|und|et|en)(?!\w))*"
)
_RUN_STOP = _words(
    "rh rrhh personalabteilung team talent hiring careers career recruiting recruitment hr hq "
    "people human jobs acquisition inc ltd gmbh llc ag plc corp bv nv sl sa the pvt pte private "
    "limited bhd sdn pty"
)
_CONNECTOR = frozenset(
    [
        "of",
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "du",
        "des",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "y",
        "and",
        "und",
        "et",
        "en",
    ]
)
_COMPANY_PHRASES = re.compile(
    r"(?:application (?:to|at|with)|applying (?:to|at)|applied (?:to|at)|interest in|"
    r"interview (?:with|at)|position at|role at|job at|joining|join|career at|"
    r"(?:thanks|thank you) for applying (?:to|at)|team at|here at|on behalf of|"
    r"bei|chez|bij|werken bij|trabajar en|travailler chez|(?i:the company|la empresa|"
    r"das unternehmen|l'entreprise|la société|het bedrijf))\s+(?:the\s+|der\s+|die\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\n,.;:!?()]{1,60})"
)
_SIG_SPLIT = re.compile(r"\s*(?:\||·|•|,|–| - )\s*")
_GENERIC = _words(
    "hi hello dear thanks thank you best regards the we our your this that re fwd fw interview "
    "interviews application offer job jobs role position team monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august "
    "september october november december video call zoom google teams meet microsoft please "
    "join location where when date time bonjour hallo hola hoi beste sie ihnen uns wir euch "
    "vous nous usted ustedes jullie u"
)


def normalise_company(name: str | None) -> str | None:
    """Strip descriptors ("Careers", "Talent Team") and legal suffixes; None if nothing left."""
    if not name:
        return None
    text = " ".join(name.replace("\u00a0", " ").split()).strip(" \"'·|–-,")
    for _ in range(3):
        before = text
        text = _DESCRIPTOR_HEAD.sub("", text)
        text = _DESCRIPTOR.sub("", text)
        text = _LEGAL.sub("", text)
        text = text.strip(" \"'·|–-,")
        if text == before:
            break
    if not text or text.lower() in VENDOR_NAMES or text.lower() in _GENERIC:
        return None
    return text


_TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "æ": "ae",
        "ø": "o",
        "å": "a",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
    }
)


def squash(text: str) -> str:
    """Letters and digits only, lower-cased, accents dropped ("Énergie" -> "energie")."""
    # NFKD splits accents off; dropping everything non-ASCII then drops them (and any
    # letter without an ASCII base, which the filter below would drop anyway)
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("", plain)


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=8192)
def _squashes(token: str) -> frozenset[str]:
    """A token's squashed forms: accents dropped, and German-style ("ü" -> "ue")."""
    return frozenset((squash(token), squash(token.lower().translate(_TRANSLIT))))


def _domain_labels(domain: str) -> list[str]:
    """The parts of a domain that may spell the employer ("peregrinepayroll")."""
    parts = [p for p in domain.lower().split(".") if p]
    if len(parts) < 2:
        return []
    label = squash(parts[-2]) if parts[-2] not in ("co", "com", "org", "ac") else ""
    if not label and len(parts) >= 3:
        label = squash(parts[-3])
    labels = [label] if label else []
    for prefix in ("get", "try", "join", "use", "go", "hey", "hello", "meet", "with", "team"):
        if label.startswith(prefix) and len(label) > len(prefix) + 3:
            labels.append(label[len(prefix) :])
    for suffix in ("hq", "app", "inc", "group", "global", "careers", "jobs", "team", "mail"):
        if label.endswith(suffix) and len(label) > len(suffix) + 3:
            labels.append(label[: -len(suffix)])
    return labels


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
_DEPARTMENT = _words(
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


def capital_runs(text: str) -> Iterable[list[str]]:
    for match in _CAP_RUN.finditer(text):
        tokens = match.group(0).split()
        run: list[str] = []
        for token in tokens:
            if token.lower().strip(".") in _RUN_STOP:
                break
            run.append(token)
        while run and run[-1].lower() in _CONNECTOR:
            run.pop()
        if run:
            yield run


def match_domain(texts: Iterable[str], domain: str | None) -> str | None:
    """The name in ``texts`` that spells ``domain``'s label, extended as far as it recurs.

    "peregrinepayroll" matches "Peregrine Payroll"; an abbreviated label matches the words it
    begins ("brightwatersec" -> "Brightwater Security"); a short label is extended by the
    words that follow it everywhere it appears ("oakmoss" -> "Oakmoss Retail").
    """
    labels = _domain_labels(domain or "")
    if not labels:
        return None
    counts: Counter[tuple[str, ...]] = Counter()
    for text in texts:
        flat = squash(text) + squash(text.lower().translate(_TRANSLIT))
        if not any(label[:4] in flat for label in labels):
            continue
        for run in capital_runs(text):
            for start in range(len(run)):
                _extend(run, start, labels, counts)
    if not counts:
        return None
    top = max(counts.values())
    best = " ".join(max((c for c in counts if counts[c] * 2 >= top), key=len))
    return normalise_company(_with_public_prefix(best, texts) or _with_article(best, texts) or best)


# Words that open the names of public bodies and foundations: part of the name, not a
# descriptor ("Waterschap Lingedelta" writes from lingedelta.nl).
_PUBLIC_PREFIX = re.compile(
    r"\b(?P<prefix>(?:Waterschap|Hoogheemraadschap|Gemeente|Provincie|Stichting|Hogeschool|"
    r"Zorggroep|Woonstichting|Woningcorporatie|Groep|Gruppe|Groupe|Grupo|Cabinet|Kanzlei|"
    r"Bufete|Kantoor|"
    r"Universiteit|Ziekenhuis|Stadt|Landkreis|Kreis|Gemeinde|Stadtwerke|Universität|Hochschule|"
    r"Stiftung|Klinikum|Ville de|Mairie de|Région|Département|Université|Ayuntamiento de|"
    r"Diputación de|Universidad de|Fundación|Hospital|University of|City of|County of)\s+)",
)


def _with_public_prefix(name: str, texts: Iterable[str]) -> str | None:
    for text in texts:
        for match in _PUBLIC_PREFIX.finditer(text):
            if text.startswith(name, match.end()):
                return match.group("prefix") + name
    return None


def _with_article(name: str, texts: Iterable[str]) -> str | None:
    """An article capitalised mid-sentence is part of the name ("rejoindre Les Ateliers
    Kerbrat"); a sentence's first word proves nothing."""
    for text in texts:
        start = text.find(name)
        while start > 0:
            after = text[start + len(name) : start + len(name) + 1]
            match = _ARTICLE_BEFORE.search(text, max(0, start - 16), start)
            if match and not after.isalnum():
                return f"{match.group('article')} {name}"
            start = text.find(name, start + 1)
    return None


_ARTICLE_BEFORE = re.compile(
    r"(?:[a-zß-öø-ÿ,]|\bà)\s+(?P<article>Les|Le|La|The|De|Het|El|Los|Las|Die|Der|Das)\s+$"
)


def _extend(run: list[str], start: int, labels: list[str], counts: Counter) -> None:
    forms = {""}
    for end in range(start, min(len(run), start + 6)):
        options = set(_squashes(run[end]))
        if end > start:  # "meridianhp": later words may appear as initials, "&" as "and"
            options |= {t[:1] for t in options if t}
            if run[end] == "&":
                options.add("and")
            if run[end].lower() in _CONNECTOR:
                options.add("")  # "Aciéries du Rhône" is "acieriesrhone.fr" too
        previous, forms = forms, {f + t for f in forms for t in options}
        if any(f in labels for f in forms):
            for ext in range(end + 1, min(len(run), end + 3) + 1):
                if ext > end + 1 and run[ext - 1].lower().strip(".") in _CORPORATE_TAIL:
                    break  # "Tidewell Water Services Ltd" from tidewellwater: "Tidewell Water"
                counts[tuple(run[start:ext])] += 1
            return
        if any(f.startswith(label) and len(label) >= 6 for f in forms for label in labels):
            counts[tuple(run[start : end + 1])] += 1  # abbreviated domain label
            return
        if end > start and _abbreviates(previous - {""}, run[end], labels):
            counts[tuple(run[start : end + 1])] += 1  # "lindqvist-mb": Lindqvist Maschinenbau
            return
        if not any(label.startswith(f) for f in forms for label in labels):
            return


# Words a registered name adds after the name people use; the domain that spells the name
# without them shows they are not part of it.
_CORPORATE_TAIL = _words(
    "group groep gruppe groupe grupo services service technologies technology holdings holding "
    "international global worldwide enterprises company corporation limited ltd pvt pte private"
)


def _abbreviates(forms: set[str], token: str, labels: list[str]) -> bool:
    """Whether a label ends in an abbreviation of ``token`` after one of ``forms``: its
    first letter, then some of its other letters in order ("mb" for "Maschinenbau")."""
    word = squash(token)
    for label in labels:
        for form in forms:
            rest = label[len(form) :] if label.startswith(form) else ""
            if 2 <= len(rest) <= 4 and word[:1] == rest[0] and len(word) > len(rest):
                letters = iter(word[1:])
                if all(letter in letters for letter in rest[1:]):
                    return True
    return False


def from_phrases(text: str) -> list[str]:
    """Company names introduced by phrases such as "your application to X"."""
    found = []
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


def from_signature(signature: str) -> list[str]:
    """Company-like segments of the signature's last lines ("Title | Company", "Title, Co")."""
    found = []
    for line in reversed([x for x in signature.splitlines() if x.strip()][-4:]):
        line = line.strip()
        if re.search(r"[()@:]|\d", line) or len(line.split()) > 8:
            continue
        parts = [p for p in _SIG_SPLIT.split(line) if p]
        if len(parts) >= 2:
            for part in reversed(parts[1:]):
                name = normalise_company(part)
                if name and name[0].isupper() and not is_department(name):
                    found.append(name)
                    break
    return found


def title_from_domain(domain: str | None) -> str | None:
    """The domain label as a name: "coppermillstudios" -> "Coppermill Studios"."""
    labels = _domain_labels(domain or "")
    if not labels:
        return None
    parts = (domain or "").lower().split(".")
    raw = parts[-2] if parts[-2] not in ("co", "com", "org") else parts[-3]
    words = [w for w in re.split(r"[-_]", raw) if w]
    if len(words) == 1:
        for suffix in sorted(NAME_ENDINGS, key=len, reverse=True):
            if raw.endswith(suffix) and len(raw) - len(suffix) >= 3:
                words = [raw[: -len(suffix)], suffix]
                break
    return normalise_company(" ".join(w.capitalize() for w in words))


# Words that end company names, to split a bare domain label ("coppermillstudios").
NAME_ENDINGS = _words(
    "labs lab systems software health analytics data digital retail learning energy robotics "
    "logistics studios studio group holdings bank insurance capital partners consulting "
    "solutions technologies technology tech ai media games foods clinic works industries "
    "services network print press drives motors payments pay finance hotels travel security "
    "design apps cloud bio pharma coffee freight harbour harbor housing books mobility grid "
    "ventures dynamics networks shipping marine legal assurance academy institute care water "
    "power solar construction homes properties living wealth investments trading markets "
    "brands creative agency films publishing transport rail cargo telecom automation machines "
    "devices instruments optics aerospace aviation automotive hospitality therapeutics biotech "
    "diagnostics banking credit lending maschinenbau versicherung versicherungen climate fintech "
    "insurtech proptech healthtech edtech agritech cleantech biosciences sciences brewing "
    "brewery bakery interiors furniture electronics materials chemicals mining utilities "
    "foundation university college hospital pharmacy dental advisory consultancy "
    "communications marketing events entertainment productions fashion beauty"
)
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
        2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
    )
    org = (match.group("paren") or match.group("rest") or "").strip()
    if not looks_personal or not org[:1].isupper() or _NOT_ORG.search(org):
        return None
    if org.lower().startswith("via "):
        return None
    name = normalise_company(org)
    return name if name and name.lower() not in people_names else None


def choose_company(
    *,
    display: str,
    robot_sender: bool,
    people: Sequence[Person],
    texts: Sequence[str],
    history: Sequence[str],
    signature: str,
    domain: str | None,
) -> str | None:
    """The employer's name, by the order of evidence in the module docstring.

    ``display``: the From display name; ``people``: persons named anywhere (their names are
    never the company); ``texts``: subject, new text, signature, invitation text;
    ``history``: quoted and forwarded text, a last resort for spelling the domain.
    """
    people_names = {p.name.lower() for p in people if p and p.name}
    display_org = org_beside_person(display, people_names)
    if display_org and display_org.lower() not in "\n".join(texts).lower():
        display_org = None  # "Stefan Weber (Berlin)": a place unless the mail names it too
    display = _DISPLAY_NOISE.sub("", display).strip()
    # an ATS writing as "Ashgrove <no-reply@...>" also appears as a Reply-To "person"
    if display_org is None and display and (robot_sender or display.lower() not in people_names):
        at = re.search(r"\b(?:at|@|from|bei|chez|van)\s+(.+)$", display)
        if at:
            display_org = normalise_company(at.group(1))
        elif robot_sender or normalise_company(display) != " ".join(display.split()):
            display_org = normalise_company(display)  # an ATS sender, or "X Careers"
    # The display name last: "X Graduate Recruitment" must not extend the name found in text.
    found = match_domain(texts, domain) or match_domain([display], domain)
    if found:
        return found
    if display_org:
        return display_org
    for name in [*from_phrases("\n".join(texts[:2])), *from_signature(signature)]:
        if name.lower() not in people_names or name == display_org:
            return name
    found = match_domain(history, domain)
    if found:
        return found
    if domain and not is_robot_address(f"x@{domain}"):
        return title_from_domain(domain)
    return None
