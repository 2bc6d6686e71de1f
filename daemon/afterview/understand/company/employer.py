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
from collections.abc import Iterator, Sequence

from ..model import Person
from ..people.robots import (
    is_personal_domain,
    is_robot_mailbox,
    is_service_domain,
)
from .acronyms import looks_like_acronym
from .boards import boards_employer
from .branchplace import without_branch_box, without_branch_place
from .domainlabels import article_label, is_mailbox_domain
from .employerdomain import employer_domain
from .fullline import with_article, with_brand_co, written_on_a_line
from .letterhead import letterhead_name, named_by_trade, written_in_full
from .namedpeople import akin, beside_desks, holds_a_name, part_of_a_name, signing_desks, told
from .names import NAME_ENDINGS, glued_desk_rest, normalise_company, squash
from .naming import (
    beside_the_event,
    beside_the_role,
    from_fields,
    from_phrases,
    from_sign_off,
    is_department,
    titled,
)
from .orgname import known_people, looks_like_an_organisation, names_something_else
from .ownfirm import own_firm
from .parentof import brand_of
from .personshown import (
    board_via,
    firm_after_person,
    on_behalf_of,
    sent_for,
    signs_as_person,
    without_firm,
)
from .registered import closing_firm, registered_names
from .signedbody import signature_names
from .spelling import (
    capital_runs,
    in_full,
    is_vendor_domain,
    match_domain,
    name_label,
    names_an_organisation,
    title_from_domain,
    with_public_prefix,
)
from .tradingas import trading_name
from .usedform import form_in_use
from .writers import (
    firm_display,
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


def _opens_a_label(word: str, domain: str) -> bool:
    """Whether a word opens one of a domain's labels ("Tribu" of tribu-emploi.example)."""
    flat = squash(word)
    return len(flat) >= 3 and any(squash(p).startswith(flat) for p in domain.split(".")[:-1])


_VIA_TOOL = re.compile(r"\s(?:via|über|vía)\s+\S", re.IGNORECASE)
_DISPLAY_NOISE = re.compile(r"\s*(?:\([^()]*\)|\b(?:via|über|vía)\s+\S.*)$", re.IGNORECASE)


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
    footer: str = "",
) -> str | None:
    """The employer's name, by the order of evidence in the module docstring, then written
    as the mail writes it on a line of its own (``written.as_written``: word order, a
    trade's leading word, a partnership's own words such as "Avocats", no display capitals).

    ``display``: the From display name; ``people``: persons named anywhere (their names are
    never the company); ``texts``: subject, new text, signature, invitation text;
    ``history``: quoted and forwarded text, a last resort for spelling the domain;
    ``sender``: the From address, which tells the writer's own name from a firm's;
    ``footer``: the mail's footer, where a sending tool says whom it sends for.
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
        footer=footer,
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
    full = without_branch_box(full, label, [*(p.email for p in people if p and p.email), sender])
    # "Aldgate Mutual" again and again, "Aldgate Mutual Assurance Society" once in the footer:
    # the mail's own form (of two words or more; a one-word form is a surname as often)
    full = form_in_use(full, [display, *texts])
    written = [display, *texts, *history]
    full = with_public_prefix(full, written) or full  # "Agroindustrias Pampa Serena"
    full = with_article(with_brand_co(full, written), written)
    # "thecrookedspoon": the domain spells the article the name carries
    flat = squash(label)
    return f"The {full}" if article_label(flat) and squash(full) == flat[3:] else full


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
    footer: str = "",
) -> Iterator[str | None]:
    """The employer's name by each kind of evidence, best first (module docstring)."""
    stated = from_fields("\n".join(texts[1:]))
    if stated:
        yield stated
    # "Sent via Hospitably on behalf of Tidewater Hotels": the sending tool's client
    yield sent_for([*texts[1:], footer], squash(name_label(sender_domain)))
    board = board_via(display, sender_domain)
    if board:
        # "Inès Ferrand via Welcome to the Jungle": a board passing on a recruiter's message
        # says whose ("Maison Corvelle vous a envoyé un message", "transmise à ...")
        yield from (n for n in boards_employer(texts) if not akin(n, board))
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
        yield from (n for n in boards_employer(texts) if not akin(n, display))
        # or by a registered name ("Kaveri Motors Pvt. Ltd."), not its own footer's
        notice = [texts[0], texts[1][:1500]] if len(texts) > 1 else list(texts)
        yield from (n for n in registered_names(notice) if not akin(n, display))
    if display_org and robot_sender and spells_a_label(display_org, sender_domain):
        # a job board or booking service signing as itself ("WorkNest" at worknest.example):
        # the employer is the one whose people it books, or the one it sent the CV to
        if domain and domain != sender_domain:
            display_org = None
        else:
            yield from (n for n in headed(texts) if not akin(n, display_org))
            yield from (n for n in told(texts, people_names) if not akin(n, display_org))
    if domain and not is_personal_domain(domain) and not is_service_domain(domain):
        # "fenwick-neuro" of a line "Fenwick Institute for Neuroscience"
        label = name_label(domain)
        yield written_in_full(label, texts, people_names, abbreviated=True) if label else None
    # The display name last: "X Graduate Recruitment" must not extend the name found in text.
    found = match_domain(texts, domain) or match_domain([display], domain)
    if found:
        yield trading_name(found, [*texts, *history])
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
    desks = signing_desks(texts)
    phrased = [*own_firm(signature), *beside_desks(from_phrases("\n".join(texts[:2])), desks)]
    # a signature's lines from the lowest: "Title | Company", or a body's name alone
    for name in [*phrased, *signed, *signature_names(signature)]:
        if is_department(name):
            continue  # "your interview with the Distribution Operations team": a desk's
        if name == display_org or (
            name.lower() != writer and not part_of_a_name(name, people_names)
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
        if holds_a_name(name, people_names) or squash(name) in locals_ or titled(name):
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
        if firm_display(display, texts):
            yield display
        # the thread a free mailbox's writer answers: "the baker job at Crumb & Co", its
        # quote marks taken off so that a phrase wrapped over two quoted lines reads whole
        yield from from_phrases(_unquoted("\n".join(history)))
        yield from from_sign_off("\n".join(history), display)
        # last, a reply's subject that sets a name beside the job ("Re: Product Designer –
        # Tramuntana"): the firm the thread is about, though the new text never repeats it
        subject = texts[0] if texts else ""
        for name in beside_the_role(subject, "") or beside_the_event(subject):
            if not holds_a_name(name, people_names | {writer}) and not titled(name):
                yield name
