"""The details of a classified message: company, role, interview, people, timeline.

``complete`` turns the kind that ``decide`` (and :mod:`.kinds.weighing`) chose into a
``Classification``: the employer's name and the job title, for an interview its time (an
invitation's, shown in the zone the text names) and the people met, the employer's own
decision date, the return date of an automatic reply, and the human to write to. The
times are read in :mod:`.details_times`; the names and addresses here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .company.agency import acts_for_client, client_company, client_domain, is_agency
from .company.branchplace import without_branch_place
from .company.employer import choose_company, employer_domain, is_vendor_domain, squash
from .company.orgname import known_people, names_something_else
from .company.spelling import name_label
from .dates import find_return_date
from .details_times import booked_from_thread, employer_timeline, interview_span
from .model import Person
from .people.people import (
    booking_host,
    choose_contact,
    choose_interviewers,
    people_in_headers,
    people_in_text,
)
from .people.robots import domain_of, is_scheduler
from .phrases import cues
from .reading import Reading, person, unwrapped
from .result import Classification, Interview
from .role.title import find_role

# Kinds whose text may state the employer's own timeline (never an offer's deadline, which
# is the candidate's). A cancellation's "in touch next week with new dates" is one; its
# "new times soon" gives no day.
_TIMELINE_KINDS = frozenset(
    (
        "employer_reply",
        "interview_request",
        "interview_scheduled",
        "application_received",
        "interview_cancelled",
    )
)
_HEADER_LINE = re.compile(
    r"^\s*\*?(?:from|to|cc|bcc|sent|date|von|an|de|à|para|van|aan)\s*(?:\*\s*)?:.*@", re.IGNORECASE
)


def complete(
    r: Reading,
    kind: str,
    reasons: list[str],
    span: tuple[datetime, datetime | None] | None = None,
    events: list | None = None,
    found: Any = None,
) -> Classification:
    msg = r.msg
    if kind == "unrelated":
        return Classification(
            kind=kind,
            reasons=tuple(reasons),
            is_robot_sender=_robotic(r),
            language=r.language,
        )
    named = people_in_text(_without_header_lines(f"{r.new}\n{r.body.signature}"))
    reply_to = [p for p in (person(a) for a in msg.reply_to) if p]
    invitation = _Invitation.of(events or [])
    people = [
        *reply_to,
        *invitation.attendees,
        *named,
        *(p for p in (person(a) for a in (*msg.to, *msg.cc)) if p),
        *([invitation.organizer] if invitation.organizer else []),
    ]
    company, domain = _company(r, people, _domain(r, reply_to, invitation, named))
    interview = None
    if kind == "interview_scheduled" and not span:
        span = booked_from_thread(r, reasons)
    if kind == "interview_scheduled" and span:
        interview = _interview(r, (span, events, found), invitation, named, reply_to, reasons)
    decision_by = None
    if kind in _TIMELINE_KINDS and msg.date:
        decision_by = employer_timeline(r)
    back_on = None
    if kind == "auto_reply" and msg.date:
        back_on = find_return_date(r.new, msg.date)
    contact = choose_contact(None if r.robot_sender else r.sender, reply_to, named, r.excluded)
    return Classification(
        kind=kind,
        company=company,
        role=_role(r, company),
        interview=interview,
        decision_by=decision_by,
        back_on=back_on,
        reasons=tuple(reasons),
        employer_domain=domain,
        is_robot_sender=_robotic(r),
        contact=contact,
        language=r.language,
    )


@dataclass(frozen=True)
class _Invitation:
    """The people of a message's calendar invitations: organizer, attendees and those of
    them only optional or informed (ROLE=OPT-/NON-PARTICIPANT)."""

    organizer: Person | None
    attendees: tuple[Person, ...]
    optional: frozenset[str]

    @classmethod
    def of(cls, events: list) -> _Invitation:
        organizer = next((e.organizer for e in events if e.organizer), None)
        attendees: dict[str, Person] = {}
        optional: set[str] = set()
        for event in events:
            for p in event.attendees:
                attendees.setdefault(p.email, p)
            optional |= event.optional
        return cls(organizer, tuple(attendees.values()), frozenset(optional))


def _domain(
    r: Reading, reply_to: list[Person], invitation: _Invitation, named: list[Person]
) -> str | None:
    """The employer's domain, from everyone who writes, organises or is named; a tool's
    sender writing for someone ("Quorra via Hopscotch" at meetings@hopscotch...) is left
    out, as its domain is the tool's."""
    organizer = invitation.organizer
    tool = domain_of(r.sender.email) if r.sender and _tool_writing_for(r.sender) else None
    return employer_domain(
        [
            address
            for address in (
                *([r.sender.email] if r.sender else []),
                *(p.email for p in reply_to),
                *([organizer.email] if organizer else []),
                *(p.email for p in invitation.attendees if p.email not in r.excluded),
                *(p.email for p in named if p.email not in r.excluded),
            )
            if not tool or domain_of(address) != tool
        ],
        r.links(),
    )


_VIA = re.compile(r"\bvia\s+(?P<tool>[^\W\d_][\w .&-]*?)\s*(?:\)\s*)?$", re.IGNORECASE)


def _tool_writing_for(sender: Person) -> bool:
    """A display name "<someone> via <tool>" whose tool's name is the sending domain's own
    label: the address is the tool's ("Ana via Calendly", "Quorra via Hopscotch")."""
    via = _VIA.search(sender.name or "")
    if not via:
        return False
    tool = squash(via.group("tool").split()[0])
    label = squash(name_label(domain_of(sender.email) or ""))
    return len(tool) >= 3 and bool(label) and (label.startswith(tool) or tool.startswith(label))


def _interview(
    r: Reading,
    when: tuple[tuple[datetime, datetime | None], list | None, Any],
    invitation: _Invitation,
    named: list[Person],
    reply_to: list[Person],
    reasons: list[str],
) -> Interview:
    """The interview's time (:func:`.details_times.interview_span`) and the people met."""
    start, end = interview_span(r, when, reasons)
    organizer = invitation.organizer
    if organizer and organizer.email in invitation.optional:
        organizer = None  # an organizer optional to their own meeting only holds the diary
    interviewers = choose_interviewers(
        organizer=organizer,
        attendees=[p for p in invitation.attendees if p.email not in invitation.optional],
        named=named,
        text=f"{r.new}\n{r.event_text()}",
        sender=r.sender,
        excluded=r.excluded,
        book=_address_book(r),
        copied=_copied(r),
        sender_recruits=_signs_as_recruiter(r) or _from_agency(r),
        history=_without_header_lines(f"{r.body.forwarded}\n{r.body.quoted}"[:20000]),
        author=_forwarded_author(r),
    )
    sender_domain = domain_of(r.msg.from_.email) if r.msg.from_ else ""
    if not interviewers and reply_to and is_scheduler(sender_domain):
        interviewers = (reply_to[0],)  # a booking page's host answers to Reply-To
    elif not interviewers:
        host = booking_host(r.sender, reply_to, r.new, r.excluded)
        interviewers = (host,) if host else ()
    return Interview(start=start, end=end, interviewers=interviewers)


def _copied(r: Reading) -> list[Person]:
    """The people this mail is copied to, besides the candidate and the sender."""
    msg = r.msg
    sender = r.sender.email if r.sender else ""
    found = (person(a) for a in (*msg.cc, *msg.to))
    return [p for p in found if p and p.email not in r.excluded and p.email != sender]


def _sender_domain(r: Reading) -> str:
    return domain_of(r.sender.email) if r.sender else ""


def _from_agency(r: Reading) -> bool:
    """The sender is a go-between: an agency by its domain or sign-off, or a firm that
    speaks of the employer as its client ("our client", "unserem Mandanten")."""
    sender_domain = _sender_domain(r)
    # a sign-off the reader left in the new text still says who the sender works for
    closing = "" if r.body.signature.strip() else "\n".join(r.new.splitlines()[-15:])
    return bool(r.sender) and (
        is_agency(sender_domain, f"{r.body.signature}\n{closing}", r.body.footer)
        or acts_for_client(r.new)
    )


def _portal_of_agency(r: Reading) -> bool:
    """An agency's own candidate portal writing ("no-reply@candidates.<firm>"): its sign-off
    or the text says so, whatever words an ATS's domain happens to hold."""
    sender_domain = _sender_domain(r)
    if is_vendor_domain(sender_domain):
        return False
    return (
        is_agency(None, r.body.signature, r.body.footer)
        or acts_for_client(r.new)
        or (is_agency(sender_domain, r.body.signature, "") and not is_agency(sender_domain, "", ""))
    )


def _company(r: Reading, people: list[Person], domain: str | None) -> tuple[str | None, str | None]:
    """The employer's name and domain; for an agency's mail, its client's."""
    msg = r.msg
    sender_domain = _sender_domain(r)
    if _portal_of_agency(r) if r.robot_sender else _from_agency(r):
        history = f"{r.body.quoted}\n{r.body.forwarded}"
        if not domain or domain == sender_domain:
            # the client's people a consultant copies in ("M. Rosselet, que je mets en
            # copie") or whose mail the thread holds
            copied = " ".join(a.email for a in (*msg.cc, *msg.to) if a and a.email)
            domain = client_domain(f"{copied}\n{history}", sender_domain, r.excluded) or domain
        names = [p.name for p in (*people, *_address_book(r)) if p and p.name]
        client = client_company(
            subject=r.subject,
            new=r.new,
            history=history[:20000],
            domain=domain,
            agency_domain=sender_domain,
            people_names=names,
        )
        if client and names_something_else(client, people=known_people(people)):
            client = None  # "Tele RN", "Core Banking": the job or the desk, not the client
        if client:
            # "Maison Lune Paris": the client's branch town is no part of its name
            texts = [r.subject, r.new, history]
            return without_branch_place(client, texts, squash(name_label(domain or ""))), domain
        agency = sender_domain
    else:
        agency = ""
    company = choose_company(
        display=msg.from_.name if msg.from_ else "",
        # an ATS's address under any top level writes for the employer its display names
        robot_sender=r.robot_sender or is_vendor_domain(sender_domain),
        people=people,
        texts=[r.subject, r.new, r.body.signature, r.event_text()],
        history=[r.body.quoted, r.body.forwarded],
        signature=r.body.signature,
        domain=domain,
        sender_domain=sender_domain,
        sender=r.sender.email if r.sender else "",
        footer=r.body.footer,
    )
    if company and agency and _spells_domain(company, agency):
        return None, domain  # the agency's own name: its client, the employer, goes unnamed
    return company, domain


def _spells_domain(name: str, domain: str) -> bool:
    """Whether a name is the one a domain spells ("Vertice" of vertice-talent.example)."""
    flat = squash(name)
    label = squash(name_label(domain))
    return len(flat) >= 4 and (flat in label or label in flat)


def _address_book(r: Reading) -> list[Person]:
    """Everyone the message knows by name and address: its headers, and the header lines
    and named people of the quoted or forwarded mail."""
    msg = r.msg
    people = [person(a) for a in (msg.from_, *msg.to, *msg.cc, *msg.reply_to)]
    history = f"{r.body.quoted}\n{r.body.forwarded}"[:20000]
    found = [p for p in people if p and p.name]
    found += people_in_headers(history)
    found += [p for p in people_in_text(history) if p.name]
    return found


def _forwarded_author(r: Reading) -> Person | None:
    """Who wrote the forwarded (or first quoted) mail: the first "From:" line inside it."""
    found = people_in_headers((r.body.forwarded or r.body.quoted)[:4000])
    return found[0] if found else None


def _signs_as_recruiter(r: Reading) -> bool:
    """The sender's sign-off names a recruiting title ("Talent Acquisition", "HR")."""
    lines = [line for line in r.new.splitlines()[-12:] if 0 < len(line.split()) <= 8]
    return bool(cues.RECRUITER_TITLE.search(f"{r.body.signature}\n" + "\n".join(lines)))


def _without_header_lines(text: str) -> str:
    """Drop "From:/To:/Cc:" lines of forwarded headers: those people are not in the meeting."""
    return "\n".join(line for line in text.splitlines() if not _HEADER_LINE.match(line))


def _role(r: Reading, company: str | None) -> str | None:
    """The job title from the new text (lines unwrapped: "Chargé(e) d'études\nactuarielles"),
    the invitation and the subject; else from the quoted history of the thread."""
    found = find_role([unwrapped(r.new), r.event_text()], r.subject, company)
    if found or not r.body.has_history:
        return found
    history = f"{r.body.quoted}\n{r.body.forwarded}"[:6000]
    lines = [line.lstrip("> ").strip() for line in history.splitlines()]
    return find_role([" ".join(" ".join(lines).split())], "", company)


def _robotic(r: Reading) -> bool:
    """No person wrote this: a robot address, bulk headers, or an auto-generated message."""
    automatic = r.auto is not None and not r.auto.startswith(("auto-replied", "suppress"))
    return r.robot_sender or bool(r.bulk) or automatic
