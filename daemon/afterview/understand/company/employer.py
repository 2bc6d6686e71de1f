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

from ..body.text import whole_word_ends
from ..model import Person
from ..people.robots import (
    domain_of,
    is_personal_domain,
    is_robot_address,
    is_robot_mailbox,
    is_service_domain,
)
from .acronyms import looks_like_acronym
from .boards import boards_employer
from .branchplace import without_branch_place
from .domainlabels import is_mailbox_domain
from .fullline import with_article, with_brand_co, written_on_a_line
from .letterhead import letterhead_name, named_by_trade, written_in_full
from .names import NAME_ENDINGS, glued_desk_rest, normalise_company, squash, word_set
from .naming import (
    beside_the_event,
    beside_the_role,
    desks_signing,
    from_fields,
    from_phrases,
    from_sign_off,
    is_department,
    titled,
)
from .orgname import known_people, looks_like_an_organisation, names_something_else
from .ownfirm import own_firm
from .parentof import brand_of
from .personshown import firm_after_person, on_behalf_of, signs_as_person, without_firm
from .registered import closing_firm, registered_names
from .signedbody import signature_names
from .spelling import (
    capital_runs,
    in_full,
    is_vendor_domain,
    leading_name,
    match_domain,
    name_label,
    names_an_organisation,
    title_from_domain,
    with_public_prefix,
)
from .writers import (
    headed,
    org_beside_person,
    persons_name,
    spells_a_label,
    through,
    writers_given_name,
)
from .written import as_written
from .writtenout import written_out

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
        and not is_mailbox_domain(domain)  # "inbox.example", "gmx-mail.example"
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
                if re.fullmatch(r"[a-z0-9-]{3,40}", path) and path not in _LINK_PATHS:
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
# A path's first part that is the service's own page or action, not an employer
# ("jobs.smartrecruiters.example/confirm/...", ".../privacy", ".../en/...").
_LINK_PATHS = word_set(
    "confirm accept decline reply respond rsvp apply login signin sign-in logout account "
    "unsubscribe privacy terms help support track click redirect link links invite invitation "
    "invitations schedule scheduling booking book events event calendar candidate candidates "
    "portal jobs job api app static assets images img cdn email mail settings preferences "
    "feedback survey status"
)


_VIA_TOOL = re.compile(r"\s(?:via|über|vía)\s+\S", re.IGNORECASE)
_DISPLAY_NOISE = re.compile(r"\s*(?:\([^()]*\)|\b(?:via|über|vía)\s+\S.*)$", re.IGNORECASE)


# "<name> Ltd t/a <trading name>": compiled once and anchored at each "t/a" found, rather
# than a pattern built around every candidate name (which would be compiled per message)
_TRADING_AS = re.compile(
    # a registered name's further words may come between ("Corvid Holdings Ltd t/a ...")
    r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,3}?"
    r"(?:[ \t]+(?i:ltd|limited|plc|llc|inc|gmbh|b\.\s?v\.|bv|s\.a\.s?|sarl))?\.?,?\s+"
    r"(?i:t/a|trading\s+as|d/b/a|dba|doing\s+business\s+as|h\.o\.d\.n\.|handelend\s+onder\s+de\s+naam|"
    r"sous\s+l'enseigne|exer[çc]ant\s+sous\s+le\s+nom)\s+(?P<name>[^\n,;|()]+)"
)


def _trading_name(name: str, texts: Sequence[str]) -> str:
    """The name a firm trades as, where the mail says so: "Fahy Foods Ltd t/a Spud & Bun" is
    known to the people it hires as Spud & Bun."""
    for text in texts:
        for end in whole_word_ends(text, name):
            match = _TRADING_AS.match(text, end)
            traded = leading_name(match.group("name")) if match else None
            if traded:
                return traded
    return name


def _akin(name: str, other: str) -> bool:
    """Names that share a word: "Kestrel Water" beside "Kestrel Water Early Careers" is
    the sender's own, not a client a service writes for."""
    return bool({w.lower() for w in name.split()} & {w.lower() for w in other.split()})


def _opens_a_label(word: str, domain: str) -> bool:
    """Whether a word opens one of a domain's labels ("Tribu" of tribu-emploi.example)."""
    flat = squash(word)
    return len(flat) >= 3 and any(squash(p).startswith(flat) for p in domain.split(".")[:-1])


def _told(texts: Sequence[str], people_names: set[str]) -> Iterator[str]:
    """The employer a service's mail names: by a phrase ("Retail Assistant at Oldfield
    Pharmacy", "your application to X"), by the desk that signs ("Office for Curriculum
    Standards Recruitment Team"), or beside the event in the subject where the mail names
    it twice ("Culture fit chat – Bravamar", "Notes from Bravamar")."""
    yield from _beside_desks(from_phrases("\n".join(texts[:2])), texts)
    yield from desks_signing("\n".join(texts[1:3]))
    body = "\n".join(texts[1:])
    for name in beside_the_role(texts[0] if texts else "", body):
        if not _holds_a_name(name, people_names) and len(list(whole_word_ends(body, name))) >= 2:
            yield name


def _beside_desks(phrased: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Names a phrase gives, less those that read as a person's where a firm's desk signs
    the mail: "Your interview with Priya Nair" over "The Cobaltine Software Recruiting
    Team" names the interviewer; the desk's line, put in its place, names the employer."""
    desks = desks_signing("\n".join(texts[1:3])) if len(texts) > 1 else []
    if not desks:
        return list(phrased)
    kept = [n for n in phrased if any(_akin(n, d) for d in desks) or not _reads_as_person(n)]
    # the desk stands in for the person's name it outweighed, where it did
    return kept if len(kept) == len(phrased) else [*kept, *desks]


def _reads_as_person(name: str) -> bool:
    """Two or three capitalised words, none an organisation's or initials: "Priya Nair"."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and not names_an_organisation(words)
    )


def _firm_display(display: str, texts: Sequence[str]) -> bool:
    """A display that names a firm by its trade, first ("Bakkerij Hoogland", "Taberna La
    Farola") or last ("Castle Street Deli"), and that the new text writes too."""
    words = display.split()
    return (
        len(words) >= 2
        and (
            names_an_organisation(words) or bool(with_public_prefix(" ".join(words[1:]), [display]))
        )
        and any(display in text for text in texts[1:2])
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
    """A person's name or part of it: "interview with Mikko" beside "Mikko Heikkinen". A
    desk writing under a display name ("Tallyhive Recruiting") is no person."""
    words = name.lower().split()
    for full in people_names:
        if normalise_company(full) != full:
            continue
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
    sender: str = "",
) -> str | None:
    """The employer's name, by the order of evidence in the module docstring, then written
    as the mail writes it on a line of its own (``written.as_written``: word order, a
    trade's leading word, a partnership's own words such as "Avocats", no display capitals).

    ``display``: the From display name; ``people``: persons named anywhere (their names are
    never the company); ``texts``: subject, new text, signature, invitation text;
    ``history``: quoted and forwarded text, a last resort for spelling the domain;
    ``sender``: the From address, which tells the writer's own name from a firm's.
    """
    # "Orton &amp; Vale": an HTML entity left in the text is the ampersand a reader sees
    texts, history = _unescaped(texts), _unescaped(history)
    signature, display = signature.replace("&amp;", "&"), display.replace("&amp;", "&")
    candidates = _candidates(
        display=display,
        robot_sender=robot_sender,
        people=people,
        texts=texts,
        history=history,
        signature=signature,
        domain=domain,
        sender_domain=sender_domain,
        sender=sender,
    )
    own = name_label(domain) if domain and not is_personal_domain(domain) else ""
    # the first candidate that reads as an organisation's name: a calendar's "Canceled",
    # a reply button's "Maybe" or a bare "School" gives way to the next one, and so does
    # the name of a person, a town, the job or the interview's step ("Kenji", "Lyon",
    # "Controller Regional", "Technical Deep Dive")
    known = without_firm(known_people(people))
    shown = firm_after_person(display, sender)
    # the writer's own first name alone ("Chloé / Sam" of chloe.bernard@) is no firm
    given = writers_given_name(display, sender)
    mail = [*texts, *history]  # every text of the mail, new and quoted
    name = next(
        (
            c
            for c in candidates
            if c
            and looks_like_an_organisation(c, own)
            and c != given
            and not _mailbox_word(c)
            and (
                c == shown  # the firm a "Person - Firm" display names, whatever else it spells
                or not names_something_else(c, people=known, texts=mail, own_label=own)
            )
        ),
        None,
    )
    if not name:
        return None
    # "Thornfield Academy | part of Riverbend Learning Trust": the brand hires, not its group
    brand = brand_of(name, mail)
    if brand and looks_like_an_organisation(brand) and not names_something_else(brand):
        name = brand
    name = _without_glued_desk(name, mail)
    if name == from_fields("\n".join(texts[1:])):
        return as_written(name, mail)
    label = name_label(domain or sender_domain)
    if _no_employer_domain(domain or sender_domain):
        label = ""
    people_names = {
        p.name.lower() for p in people if p and p.name and not named_by_trade(p.name, name)
    }
    full = letterhead_name(name, label, display, [texts, history], people_names)
    if not full:
        # "Tate Whitfield" of the domain, signed "Tate Whitfield Architects"
        # also an inline reply's quoted sign-off, an ATS's display ("Severn Valve & Controls")
        full = written_on_a_line(name, [*texts[1:4], *history, display], people_names, display)
        full = as_written(full or name, mail)
    # "Kessler Thorne Luxembourg", "Crumb & Co Leicester": the branch's town is no part
    full = without_branch_place(full, mail, squash(label))
    written = [display, *texts, *history]
    full = with_public_prefix(full, written) or full  # "Agroindustrias Pampa Serena"
    return with_article(with_brand_co(full, written), written)


_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def _unquoted(text: str) -> str:
    """Quoted mail without its ">" marks: "role at" then ">> Gristmill." reads as one phrase."""
    return _QUOTE_MARKS.sub("", text)


def _unescaped(texts: Sequence[str]) -> list[str]:
    return [t.replace("&amp;", "&") if "&amp;" in t else t for t in texts]


def _mailbox_word(name: str) -> bool:
    """A robot mailbox's name shown as a display ("noreply", "Do-Not-Reply", "Notifications"):
    the address's own word, never a firm's."""
    local = re.sub(r"[^a-z0-9._-]", "", name.lower())
    # a display without a Latin letter ("ヒビヤデータワークス 採用担当") is left to other evidence
    return not local or is_robot_mailbox(local)


def _no_employer_domain(domain: str) -> bool:
    """A domain that spells no employer: a service's, a free or other mailbox's."""
    return is_vendor_domain(domain) or is_personal_domain(domain) or is_mailbox_domain(domain)


def _without_glued_desk(name: str, texts: Sequence[str]) -> str:
    """ "Orano" of "Orano Carrières" where the mail writes "Orano" alone too; "Fair
    Employment" stays whole where it never writes "Fair" without its second word."""
    rest = glued_desk_rest(name)
    if not rest:
        return name
    desk = re.escape(name[len(rest) :].strip(" -–|·,"))
    alone = re.compile(rf"\b{re.escape(rest)}\b(?![\s,|–·-]*{desk})")
    return rest if any(alone.search(text) for text in texts) else name


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
    sender: str = "",
) -> Iterator[str | None]:
    """The employer's name by each kind of evidence, best first (module docstring)."""
    stated = from_fields("\n".join(texts[1:]))
    if stated:
        yield stated
    # "Sanne Visser - Polderlink" from polderlink@...: the firm, without its writer
    display = firm_after_person(display, sender) or on_behalf_of(display) or display
    signer = ""
    people_names = {p.name.lower() for p in people if p and p.name}
    display_org = org_beside_person(display, people_names)
    if display_org and display_org.lower() not in "\n".join(texts).lower():
        display_org = None  # "Stefan Weber (Berlin)": a place unless the mail names it too
    via = bool(_VIA_TOOL.search(display))
    for_firm = through(display, sender_domain)
    display = _DISPLAY_NOISE.sub("", display).strip()
    # "Nuvem Labs via Recrutei": the firm that writes through a tool, where its words name
    # an organisation ("Maya Castellanos via Slotwise" is a host, not the employer)
    by_tool = via and names_an_organisation(display.split()) and not titled(display)
    if persons_name(display, people):
        display = ""  # "Maya Castellanos via Slotwise": the host, answering as maya@...
    elif robot_sender and signs_as_person(display, texts[1:3], sender):
        signer = display  # a recruiter's name on a service's mail, signed over title and firm
        display = ""
    # an ATS writing as "Ashgrove <no-reply@...>" also appears as a Reply-To "person"
    if display_org is None and display and (robot_sender or display.lower() not in people_names):
        at = re.search(r"\b(?:at|@|from|bei|bij|chez|van)\s+(.+)$", display)
        if at:
            display_org = normalise_company(at.group(1))
        elif by_tool or robot_sender or normalise_company(display) != " ".join(display.split()):
            display_org = normalise_company(display)  # an ATS sender, or "X Careers"
    if display and _opens_a_label(display.split()[0], sender_domain):
        # a job board writing as itself ("Jobsprout" at jobsprout.example): where it says
        # the application went ("sent to X", "message from X"), X is the employer
        yield from (n for n in boards_employer(texts) if not _akin(n, display))
        # or by a registered name ("Kaveri Motors Pvt. Ltd."), not its own footer's
        notice = [texts[0], texts[1][:1500]] if len(texts) > 1 else list(texts)
        yield from (n for n in registered_names(notice) if not _akin(n, display))
    if display_org and robot_sender and spells_a_label(display_org, sender_domain):
        # a job board or booking service signing as itself ("WorkNest" at worknest.example):
        # the employer is the one whose people it books, or the one it sent the CV to
        if domain and domain != sender_domain:
            display_org = None
        else:
            yield from (n for n in headed(texts) if not _akin(n, display_org))
            yield from (n for n in _told(texts, people_names) if not _akin(n, display_org))
    if domain and not is_personal_domain(domain) and not is_service_domain(domain):
        # "fenwick-neuro" of a line "Fenwick Institute for Neuroscience"
        label = name_label(domain)
        yield written_in_full(label, texts, people_names, abbreviated=True) if label else None
    # The display name last: "X Graduate Recruitment" must not extend the name found in text.
    found = match_domain(texts, domain) or match_domain([display], domain)
    if found:
        yield _trading_name(found, [*texts, *history])
    if display_org:
        yield written_out(display_org, texts)
    if for_firm:
        yield written_out(for_firm, texts)
    # "Lucie Ferrand - Cabinet Ferrand, Nantes": the writer's own name first, where the
    # display is a person's ("Castle Street Deli" writing as itself names the employer)
    words = display.split()
    writer = display.lower() if len(words) >= 2 and not names_an_organisation(words) else ""
    # someone writing from a free mailbox signs for their business under their own name
    # ("B. Auer" then "Gärtnerei Auer · Rosenheim"): that line before a signature's last part
    signed = (
        from_sign_off("\n".join(texts[1:3]), signer or display)
        if not domain or _no_employer_domain(domain)
        else []
    )
    # a founder's or owner's own title line ("founder, Gossamer Skincare") names the firm
    # in full where the text says "founder of Gossamer"
    phrased = [*own_firm(signature), *_beside_desks(from_phrases("\n".join(texts[:2])), texts)]
    # a signature's lines from the lowest: "Title | Company", or a body's name alone
    for name in [*phrased, *signed, *signature_names(signature)]:
        if is_department(name):
            continue  # "your interview with the Distribution Operations team": a desk's
        if name == display_org or (
            name.lower() != writer and not _part_of_a_name(name, people_names)
        ):
            yield name
    # a subject that sets a name beside the job ("Fairhollow - Tenancy Services Officer"),
    # which the mail speaks of, names the employer better than a domain's bare label
    mentioned = "\n".join([*texts[1:], *history])
    locals_ = {squash(p.email.partition("@")[0]) for p in people if p and p.email}
    found = match_domain(history, domain)
    if found:
        yield found  # the employer's own name, as the thread spells its domain
    for name in beside_the_role(texts[0] if texts else "", mentioned):
        if _holds_a_name(name, people_names) or squash(name) in locals_ or titled(name):
            continue  # "Interview: Chris Lindqvist / Market Risk Data Analyst"
        full = in_full(name, [*texts, *history])
        # "Eastmoor DC" of a subject, written "Eastmoor District Council"; a bare acronym
        # ("GMT") spelled out somewhere names nothing by that alone
        spelled = full != name and not looks_like_acronym(name)
        if spelled or re.search(rf"\b{re.escape(name)}\b", mentioned):
            yield full
    if domain and not is_service_domain(domain):
        # "fc.example" signed "Fromagerie Chevrot S.A.S.": a short label spells no name; the
        # registered name the sign-off closes with is the firm's
        if len(name_label(domain)) <= 5:
            yield from closing_firm(texts[1:3])
        yield title_from_domain(domain, [display, *texts, *history])
    if not domain or _no_employer_domain(domain):
        # a shop writing from a free mailbox under its own name, which its text repeats:
        # "Bakkerij Hoogland <info.hoogland@freemail...>", "... werken bij Bakkerij Hoogland"
        if _firm_display(display, texts):
            yield display
        # the thread a free mailbox's writer answers: "the baker job at Crumb & Co", its
        # quote marks taken off so that a phrase wrapped over two quoted lines reads whole
        yield from from_phrases(_unquoted("\n".join(history)))
        yield from from_sign_off("\n".join(history), display)
        # last, a reply's subject that sets a name beside the job ("Re: Product Designer –
        # Tramuntana"): the firm the thread is about, though the new text never repeats it
        subject = texts[0] if texts else ""
        for name in beside_the_role(subject, "") or beside_the_event(subject):
            if not _holds_a_name(name, people_names | {writer}) and not titled(name):
                yield name
