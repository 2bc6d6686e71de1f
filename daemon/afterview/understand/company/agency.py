"""A recruitment agency writes for its client: the employer is the client, not the agency.

A careful reader knows an agency by its domain ("cobaltsearch", "harbourlight-recruitment"),
by the statement its footer must carry ("... is acting as an employment agency") or by an
agency word in the company line it signs with ("Redwood Talent Partners"). The employer is
then the client the consultant names: the company whose address appears in the forwarded or
quoted mail, else a company-like name in the subject or the new text ("Orrin Biosciences
would like to meet you", "Just off the phone with Velmont Energy") that is not the agency's
own, not a person and not a desk ("Energy & Utilities").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..people.robots import EMAIL_ADDRESS, domain_of, is_personal_domain, is_robot_address
from .employerdomain import AGENCY_WORDS
from .names import normalise_company, squash, word_set
from .naming import SIG_SPLIT, beside_the_role, from_fields, from_phrases, is_department
from .orgname import spoken_of_as_person
from .orgwords import names_an_organisation
from .spelling import (
    in_full,
    is_vendor_domain,
    leading_name,
    match_domain,
    name_label,
)
from .subjectclient import company_like, subject_names, subject_opening

_STATEMENT = re.compile(
    r"\b(?:is|are|acts?|acting)\s+(?:as\s+)?an?\s+(?:employment|recruitment|staffing|"
    r"recruiting)\s+(?:agency|business|consultancy|firm)\b|"
    r"\bist\s+(?:ein|eine)\s+(?:Personalvermittlung|Personalberatung|Personaldienstleister)|"
    r"\b(?:cabinet|agence)\s+de\s+recrutement\b|\bagencia\s+de\s+(?:selecci[oó]n|colocaci[oó]n)|"
    r"\bconsultora\s+de\s+selecci[oó]n|\bwervings?-?\s*(?:en\s+selectie)?bureau|"
    r"\brecruitmentbureau|\bexecutive\s+search\s+(?:firm|consultancy)",
    re.IGNORECASE,
)
# The kinds of firm that place people with employers, named where the sender signs
# ("Flexwerk Planning uitzendbureau", "ProStaff Personaldienstleistungen GmbH", "Senior
# Recruiter, Cardinal RPO", "Recruiting on behalf of Pillarpoint Health"): words of the
# trade itself, never of an in-house desk ("Talent Acquisition", "Werving & Selectie").
_FIRM_KIND = re.compile(
    r"\b(?:uitzendbureau|uitzendorganisatie|detacheringsbureau|wervingsbureau|"
    r"Zeitarbeit\w*|Personaldienstleist\w*|Personalvermittlung|Arbeitnehmerüberlassung|"
    r"(?:staffing|recruitment|employment|temp(?:ing)?)\s+agency|staffing\s+(?:firm|solutions)|"
    r"(?-i:RPO)|recruitment\s+process\s+outsourcing|"
    r"agence\s+d'int[ée]rim|soci[ée]t[ée]\s+de\s+travail\s+temporaire|"
    r"empresa\s+de\s+trabajo\s+temporal|(?-i:ETT))\b|"
    r"\b(?:recruit(?:ing|ment)|hiring|sourcing)\s+(?:exclusively\s+)?on\s+behalf\s+of\s+[A-Z]",
    re.IGNORECASE,
)
# Words a consultant uses for the client that never name it, and the agency's own trade.
_NOT_CLIENT = re.compile(r"^(?:The|Our|Your|My|This|That|Their|Dear|Hi|Hello)\b")


def is_agency(domain: str | None, signature: str, footer: str) -> bool:
    """Whether the sender is a recruitment agency: by its domain or its footer's statement.

    (A title line proves nothing: "Talent Acquisition" and "Graduate Recruitment" are
    in-house desks.)"""
    labels = (domain or "").lower().split(".")[:-1]
    # an ATS's mail domain ("talent-icims-mail") sends for employers, whatever words it holds
    vendor = bool(domain) and is_vendor_domain(domain or "")
    if not vendor and any(AGENCY_WORDS.search(label) for label in labels):
        return True
    if _FIRM_KIND.search(signature[-1500:]):
        return True
    return bool(_STATEMENT.search(f"{signature}\n{footer}")) or _signs_as_agency(domain, signature)


# A firm's name ending in its trade: "Halden Blake Recruitment", "Voss Personalberatung".
_TRADE = (
    r"(?:(?:board\s*(?:&|and)\s*)?executive\s+search|headhunt\w*|recruitment|recruiting|"
    r"staffing|resourcing|search|talent (?:partners|solutions)|"
    r"personnel|personalberatung|personaldienstleistungen|recrutement|"
    r"(?:cabinet\s+de\s+)?recrutement|chasseurs?\s+de\s+t[êe]tes|selecci[oó]n|"
    r"werving(?: & selectie)?)"
)
_AGENCY_TRADE = re.compile(
    r"\s+(?:(?:board\s*(?:&|and)\s*)?executive\s+search|"
    r"recruitment|recruiting|staffing|resourcing|search|talent (?:partners|solutions)|"
    r"personnel|personalberatung|personaldienstleistungen|recrutement|selecci[oó]n|"
    r"werving(?: & selectie)?)(?:\s+(?:services|solutions|consultants|group))?"
    r"(?:\s+(?:ltd|limited|gmbh|b\.?v\.?|s\.?l\.?|llc|inc)\.?)?\s*$",
    re.IGNORECASE,
)


_AGENCY_TRADE_WORD = re.compile(
    r"recruit|staffing|resourcing|search|talent|personnel|personal|recrutement|selecci|werving|"
    r"headhunt|chasseur",
    re.IGNORECASE,
)


_TRADE_ONLY = re.compile(rf"(?i:{_TRADE})(?:\s+(?i:consultants?|partners|ltd|llp|gmbh))?")


def _spells_own(name: str, trade: str, label: str) -> bool:
    """Whether the domain's label spells the firm's name before its trade: "Maple & Finch"
    of mapleandfinch, "Pennant" of pennantrec (the trade's start kept in the label)."""
    for flat in {squash(name), squash(name.replace("&", " and "))}:
        rest = label[len(flat) :] if flat and label.startswith(flat) else None
        if rest == "" or (rest and len(rest) >= 3 and squash(trade).startswith(rest)):
            return True
    return False


# Plurals that end a firm's name but no agency's trade: a recruiter's firm is called by its
# sector ("Brightwater Medical Staffing") or by its own trade's words, not "Hotels".
_GO_BETWEEN_PLURALS = word_set(
    "services solutions partners consultants associates resources networks systems "
    "technologies sciences professionals specialists people careers"
)


def _in_house(name: str) -> bool:
    """A firm named by what it runs, in the plural, signing with its own recruiting desk:
    "Harrowgate Hotels Recruitment", "Kestrel Foods Recruiting" hire for themselves."""
    words = name.split()
    last = words[-1].lower() if len(words) >= 2 else ""
    return (
        last.endswith("s") and last not in _GO_BETWEEN_PLURALS and names_an_organisation(words[-1:])
    )


def _signs_as_agency(domain: str | None, signature: str) -> bool:
    """The sender signs with their own firm's name, the one their domain spells, followed by
    an agency's trade ("Halden Blake Recruitment" from haldenblake.example, "Voss & Lind
    Executive Search GmbH"), or beside it on the same line ("Voss Lind | Board & Executive
    Search"). An in-house desk signs "Talent Acquisition" or "Recruitment Team", never its
    employer's name plus a trade."""
    label = squash(name_label(domain or ""))
    if len(label) < 4 or not _AGENCY_TRADE_WORD.search(signature):
        return False
    for line in signature.splitlines()[-8:]:
        # spaces collapsed and the line cut: the trade patterns end in \s*$, which costs
        # time by the square of a run of spaces
        line = " ".join(line.split())[:300]
        parts = SIG_SPLIT.split(line)
        for part in parts:
            trade = _AGENCY_TRADE.search(part)
            if trade is None:
                continue
            name = part[: trade.start()]
            if _spells_own(name, part[trade.start() :], label) and not _in_house(name):
                return True
        # the trade after the firm's own name ("Voss Lind | Executive Search"); a trade word
        # before it is the writer's desk ("Callie Montoya | Recruiting | Lumen Grid")
        own = [i for i, p in enumerate(parts) if squash(normalise_company(p) or p) == label]
        if own and any(_TRADE_ONLY.fullmatch(p.strip()) for p in parts[own[0] + 1 :]):
            return True
    return False


# A go-between's words for the employer it acts for: "our client", "on behalf of the
# company", "unserem Mandanten", "notre client", "nuestro cliente", "onze opdrachtgever",
# "an interview arranged through <firm>", "Rupert Anand (their COO)". Singular only:
# "our clients" is a consultancy's trade, and "client services" a job.
_FOR_CLIENT = re.compile(
    r"\b(?i:our|my)\s+client\b(?![-\w]|\s+(?:services?|base|facing|relationships?|"
    r"success|list|portfolio|accounts?|support|experience|management|work|projects?|"
    # a firm's own dealings with its customers: "our client workshop got moved"
    r"workshops?|meetings?|calls?|visits?|pitch(?:es)?|presentations?|demos?|deadlines?|"
    r"dinners?|events?|deliverables?|reviews?|sessions?)\b)|"
    r"\b(?i:on\s+behalf\s+of)\s+(?:(?:our|my|a|the)\s+client\b|the\s+company\b)|"
    r"\binterviews?\s+(?:arranged|organi[sz]ed|set\s+up)\s+(?:through|by|via)\s+(?:us\b|[A-Z])|"
    r"\b(?:their|its)\s+(?:CEO|COO|CFO|CTO|CIO|CHRO|Chair(?:man|woman|person)?|Managing\s+"
    r"Director|founders?|HR\s+(?:Director|team))\b|"
    r"\b(?i:unser(?:em|en|er|e|es)?|meine[mnrs]?|eine[mns]?)\s+(?:Mandant(?:en|in)?|"
    r"Auftraggeber(?:s|in)?)\b|\b(?:unserem|unseres|meinem|im\s+Auftrag\s+eines)\s+Kunden\b|"
    r"\bMandant(?:in)?\s*:|"
    r"\b(?i:notre|mon|(?:part|compte)\s+d'un)\s+client(?:e)?\b(?!s)|"
    r"\b(?i:nuestro|mi|(?:nombre|parte)\s+de\s+un)\s+cliente\b(?!s)|"
    r"\b(?i:onze|mijn|namens\s+een)\s+(?:opdrachtgever|klant)\b(?!en)|"
    # the employer's answer passed on "from (the) client": "PFB the confirmation from
    # client", "die Bestätigung vom Kunden", "le retour du client", "la respuesta del
    # cliente", "de terugkoppeling van de opdrachtgever"
    r"\b(?i:(?:confirmation|feedback|response|reply|answer|go-ahead)\s+(?:from|by)\s+"
    r"(?:the\s+)?client)\b(?!s)|\b(?i:vom|des)\s+Kunden\b|"
    r"\b(?i:retour|r[ée]ponse|confirmation)\s+(?i:du|de\s+notre)\s+client\b(?!s)|"
    r"\b(?i:respuesta|confirmaci[oó]n)\s+del\s+cliente\b(?!s)|"
    r"\b(?i:terugkoppeling|reactie|bevestiging)\s+van\s+de\s+(?i:opdrachtgever|klant)\b|"
    r"\b(?i:recruit(?:ing|ment)|hiring|sourcing)\s+on\s+behalf\s+of\s+[A-Z]|"
    # the client revealed by name: "the client is Kestrel Freight", "le client est X"
    r"\b(?i:the\s+client\s+is|le\s+client\s+est|el\s+cliente\s+es|der\s+(?:Kunde|Mandant)\s+ist|"
    r"de\s+(?:klant|opdrachtgever)\s+is)\s+[A-ZÀ-ÖØ-Þ]",
)


# What names the client right after the words for it: "our client is X", "notre client :
# il s'agit de la X", "Nuestro cliente, X,", "unserem Mandanten, der X", "onze opdrachtgever X".
_CLIENT_WORDS = re.compile(
    r"\b(?i:our|my)\s+client\b|\b(?i:recruit(?:ing|ment)|hiring|sourcing)\s+on\s+behalf\s+of\b|\b(?i:unser(?:em|en|er|e|es)?|meine[mnrs]?)\s+(?:Mandant\w*|"
    r"Auftraggeber\w*)|\b(?i:notre|mon)\s+client(?:e)?\b|\b(?i:nuestro|mi)\s+cliente\b|"
    r"\b(?i:onze|mijn)\s+(?:opdrachtgever|klant)\b"
)
_NAMING = re.compile(
    r"[ \t]*+(?:[,:][ \t]*+)?(?:(?:is|was|are|namely|ist|sind|est|es|die|der|das)[ \t]+)?"
    r"(?:(?:il|c)\s*(?:'\s*)?s'agit\s+(?:de\s+la|de\s+l'|du|des|de)\s+|(?:la|el|le|het|de)\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ](?:[^\n,.;:!?()]|\.(?=\w)){1,60})"
)


# Where a go-between says it took the candidate's CV or profile, or spoke of them, the
# firm it names is its client: "I've discussed your CV with X", "shortlisted by client X",
# "je cv besproken met X", "Ihr Profil bei X vorgestellt", "présenté votre candidature à
# X", "enviado tu perfil a X".
_CV_TO = re.compile(
    r"\b(?i:(?:cv|résumé|resume|profile|application|details)\s+(?:\w+\s+){0,2}?"
    r"(?:to|with)|debrief(?:ed)?\s+with|(?<![Oo]ur\s)(?<![Mm]y\s)client)\s+(?=[A-Z])|"
    r"\b(?i:(?:cv|profiel|sollicitatie)\s+(?:\w+\s+){0,2}?(?:besproken\s+met|voorgesteld\s+"
    r"(?:bij|aan)|doorgestuurd\s+naar|gedeeld\s+met))\s+|"
    r"\b(?i:(?:Profil|Lebenslauf|Unterlagen)\s+(?:\w+\s+){0,2}?(?:bei|an)(?:\s+(?:der|die|den|dem))?)"
    r"\s+(?=[A-Z])|"
    r"\b(?i:(?:CV|profil|candidature)\s+(?:\w+\s+){0,2}?(?:à|auprès\s+de)(?:\s+la|\s+l')?)"
    r"\s*(?=[A-Z])|"
    r"\b(?i:(?:CV|perfil|candidatura)\s+(?:\w+\s+){0,2}?a(?:\s+la)?)\s+(?=[A-Z])"
)

# Where the firm's name ends though capitals go on: a possessive, "and I" of the writer.
_SAID_ON = re.compile(r"['’]s\b|\s+(?:and|&)\s+I\b")


def named_client(text: str) -> str | None:
    """The name the words for the client introduce, cut at its capitalised run; else the
    firm the go-between says it took the candidate's CV to (``_CV_TO``)."""
    for match in _CLIENT_WORDS.finditer(text):
        named = _NAMING.match(text, match.end())
        name = leading_name(named.group("name")) if named else None
        if name:
            return name
    for match in _CV_TO.finditer(text):
        # "to Corvid's hiring manager", "a debrief with Aldergrove and I'm pleased"
        said = _SAID_ON.split(text[match.end() : match.end() + 80], maxsplit=1)[0]
        name = leading_name(said)
        if name:
            return name
    return None


# The client named once its name may be told, later in the paragraph that speaks of it:
# "the client has agreed to lift the confidentiality: it is Maison Perrault", "nuestro
# cliente ... puedo decirle de quién se trata: es Aceros Sierra Madre", "il s'agit de la X".
_CLIENT_WORD = re.compile(
    r"\b(?i:client(?:e)?|cliente|Mandant\w*|Auftraggeber\w*|opdrachtgever|klant)\b"
)
_REVEALED = re.compile(
    r"(?:\b(?:it\s+is|it's|this\s+is|c'est|es|ist\s+es|het\s+is|(?i:client)\s+is|"
    r"client\s+est|Kunde\s+ist|Mandant\s+ist|klant\s+is|opdrachtgever\s+is)|"
    r"il\s+s'agit\s+(?:de\s+la|de\s+l'|"
    r"du|des|de)|se\s+trata\s*(?:de|:\s*es)|handelt\s+(?:es\s+)?sich\s+um(?:\s+(?:die|den|das))?)"
    r"\s+(?P<name>[A-ZÀ-ÖØ-Þ](?:[^\n,.;:!?()]|\.(?=\w)){1,60})"
)


def revealed_client(text: str) -> str | None:
    """The client a paragraph that speaks of it then names: "... it is Maison Perrault"."""
    for paragraph in re.split(r"\n\s*\n", text):
        mention = _CLIENT_WORD.search(paragraph)
        if not mention:
            continue
        # from the mention itself: "the client is Kestrel Freight" reveals it in one go
        for match in _REVEALED.finditer(paragraph, mention.start()):
            name = leading_name(match.group("name"))
            if name:
                return name
    return None


def acts_for_client(text: str) -> bool:
    """Whether the text speaks of the employer as the sender's client (see _FOR_CLIENT)."""
    return bool(_FOR_CLIENT.search(text))


def client_domain(history: str, agency_domain: str | None, excluded: set[str]) -> str | None:
    """The domain of a company address in the forwarded or quoted mail (the client's)."""
    for match in EMAIL_ADDRESS.finditer(history[:20000]):
        address = match.group(0).lower().rstrip(".")
        domain = domain_of(address)
        if (
            address in excluded
            or domain == agency_domain
            or is_personal_domain(domain)
            or is_robot_address(address)
            or AGENCY_WORDS.search(domain.split(".")[0])
        ):
            continue
        return domain
    return None


def client_company(
    *,
    subject: str,
    new: str,
    history: str,
    domain: str | None,
    agency_domain: str | None,
    people_names: Iterable[str],
) -> str | None:
    """The agency's client, by the order in the module docstring; None when unnamed."""
    texts = [subject, new, history]
    if domain and domain != agency_domain:
        found = match_domain(texts, domain)
        if found:
            return found
    agency_label = squash((agency_domain or "").split(".")[0])
    persons = {name.lower() for name in people_names}
    firsts = {name.split()[0] for name in persons if name.split()}

    def acceptable(name: str) -> bool:
        flat = squash(name)
        return not (
            AGENCY_WORDS.search(name)
            or (agency_label and (flat in agency_label or agency_label.startswith(flat[:6])))
            or is_department(name)
            or name.lower() in persons
            or name.split()[0].lower() in firsts
            or _NOT_CLIENT.match(name)
            or (len(name.split()) == 1 and spoken_of_as_person(name, [new]))
        )

    stated = from_fields(new)  # "Mandant: Brenninger Privatbank AG"
    if stated and acceptable(stated):
        return stated
    # the client revealed by name ("the client is Kestrel Freight") before the one the CV
    # went to, who may be a person ("I've sent your CV across to Rosalind Achebe")
    revealed = revealed_client(new[:20_000])  # as much as classification reads
    if revealed and acceptable(revealed):
        return in_full(revealed, texts)
    introduced = named_client(new[:20_000])
    if introduced and acceptable(introduced):
        return in_full(introduced, texts)
    named = [n for n in from_phrases(f"{subject}\n{new}") if acceptable(n)]
    headed = [n for n in subject_names(subject, new) if acceptable(n)]
    if headed and not (named and named[0].lower() in subject.lower()):
        # the firm the subject heads with and the text speaks of outweighs a phrase's
        # place ("Dunmore Compressors - they want to meet you" ... "an interview at
        # Huddersfield")
        return in_full(headed[0], texts)
    if named:
        return in_full(named[0], texts)
    scored: list[tuple[int, int, str]] = []
    for position, name in enumerate(company_like(f"{subject}\n{new}")):
        if acceptable(name):
            first = re.escape(name.split()[0])
            mentions = sum(bool(re.search(rf"\b{first}\b", t)) for t in texts)
            scored.append((mentions, -position, name))
    if scored:
        return in_full(max(scored)[2], texts)
    beside = [n for n in beside_the_role(subject, f"{new}\n{history}") if acceptable(n)]
    if beside:
        return in_full(beside[0], texts)
    opening = subject_opening(subject)
    if opening and acceptable(opening):
        return normalise_company(opening)
    return None
