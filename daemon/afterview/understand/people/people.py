"""The people in an interview message: who the candidate meets, and whom to write to.

Interviewers come from the invitation (attendees and organizer, minus the candidate, robots
and rooms) and from the text, where confirmations name them with an address: "Ruth Calder
(ruth.calder@x)", "with Dr. Soraya Anand, Principal Engineer (soraya@x)", "Name <addr>".
An organizer who only coordinates (a recruiter sending a panel invite, named or not) is left
out; one who says "join me" or is named in the text stays. What a writer says of their own
presence is read in :mod:`.attendance`, whom a sentence names in :mod:`.named_met`, names
for bare addresses in :mod:`.callnames`, and what the thread's earlier mails said of the
people in :mod:`.thread_people`. Words of a forwarded mail are its author's: "me and Felix"
there puts the author in the meeting, not the one who forwards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Person
from .also_joins import also_adds_to_writer
from .attendance import ARRANGER_TITLE, NOT_ATTENDING, says_absent, writer_attends
from .callnames import first_name, is_shared_mailbox, named_on_its_line, people_of_addresses
from .named import names_mentioned, people_in_text
from .named import people_in_headers as people_in_headers
from .named_met import (
    MEETING_WITH,
    WORD,
    copied_and_met,
    is_contact,
    met_by_name,
    met_on_behalf,
    on_panel,
    on_with_field,
    only_contact,
    only_watches,
    panel_lines,
    statements_of,
)
from .not_met import go_between, usable
from .panel_lists import in_arranger_field
from .robots import domain_of, is_personal_domain, is_robot_address
from .thread_people import (
    SAME_PEOPLE,
    from_history,
    listed_in,
    said_before,
    signed_before_as_recruiter,
    still_met,
)
from .unaddressed import names_others_met

__all__ = [
    "booking_host",
    "choose_contact",
    "choose_interviewers",
    "exclusions",
    "people_in_headers",
    "people_in_text",
]


def exclusions(me: Sequence[str], to: Sequence[str], sender_domain: str = "") -> set[str]:
    """Addresses that are the candidate: ``me``, and the To: recipients when they must be.

    Without ``me``, the candidate is the sole recipient, or among several the ones outside
    the sender's domain (a colleague in To: shares it, and may be an interviewer); of those,
    the ones at a personal address when others are at a firm's (a founder writing from Gmail
    to the candidate and a colleague, an agency to the candidate and the client's manager).
    """
    mine = {m.strip().lower() for m in me if m and m.strip()}
    if not mine or len(to) == 1:
        recipients = [a.lower() for a in to]
        outside = [a for a in recipients if sender_domain and not a.endswith("@" + sender_domain)]
        personal = [a for a in outside if is_personal_domain(domain_of(a))]
        if len(recipients) > 1 and personal and len(personal) < len(outside):
            outside = personal
        mine.update(outside if len(recipients) > 1 and outside else recipients)
    return mine


# Where a forwarded or quoted mail starts inside the text read as new: its words are its
# author's ("---------- Forwarded message ---------", "-----Original Message-----",
# "Begin forwarded message:", "De : X <x@y>", "Von: X").
_FORWARD_START = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|"
    r"ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|"
    r"mensaje original|doorgestuurd bericht|oorspronkelijk bericht)|begin forwarded message|"
    r"anfang der weitergeleiteten nachricht|début du message réenvoyé|"
    r"\*?(?:from|von|de|van)\*?\s*:.*@)",
    re.IGNORECASE | re.MULTILINE,
)


def own_and_forwarded(text: str) -> tuple[str, str]:
    """The sender's own words, and the forwarded mail the text carries after them."""
    match = _FORWARD_START.search(text)
    return (text[: match.start()], text[match.start() :]) if match else (text, "")


# A sender who says it is a program, whatever its address: "It's Ava, Mercy Pines' virtual
# recruiting assistant", "I'm an AI assistant", "Ihr digitaler Bewerbungsassistent", "votre
# assistante virtuelle", "tu asistente virtual", "je digitale assistent", a robot's emoji.
_SELF_BOT = re.compile(
    r"\b(?:I'?m|I\s+am|it'?s|this\s+is|ich\s+bin|hier\s+ist|je\s+suis|c'est|soy|aquí|ik\s+ben|"
    r"hier\s+is)\b[^.!?\n]{0,50}?(?:\b(?:virtual|automated|AI|KI|virtuell\w*|digital\w*)[ -]"
    r"(?:(?:recruiting|hiring|careers?|candidate|application|scheduling)[ -])?(?:assistant|agent|"
    r"\w*[Aa]ssistent\w*)|\b(?:assistante?|agent)\s+virtuel(?:le)?|\basistente\s+(?:virtual|"
    r"digital)|\b(?:virtuele|digitale)\s+assistent|\bbot)\b|\bchat-?bot\b|🤖",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Said:
    """What the sender says of their own part: they attend ("join me"), or they do not."""

    first_person: bool
    absent: bool


def choose_interviewers(
    *,
    organizer: Person | None,
    attendees: Sequence[Person],
    named: Sequence[Person],
    text: str,
    sender: Person | None,
    excluded: set[str],
    book: Sequence[Person] = (),
    copied: Sequence[Person] = (),
    sender_recruits: bool = False,
    history: str = "",
    author: Person | None = None,
) -> tuple[Person, ...]:
    """The people the candidate meets, from the invitation and the text.

    ``named``: people named with an address in the text; ``book``: people known from the
    message's headers and history by name and address, who count when the text names them
    where it speaks of the meeting ("with Marcus and Priya"); ``copied``: the people this
    mail is copied to, who count when a sentence about the meeting names them ("Julien
    Marchetti (en copie)"); ``sender_recruits``: the sender signs as a recruiter, who
    organises interviews more often than holding them; ``history``: the quoted or forwarded
    request, read only when the new text names nobody; ``author``: who wrote the forwarded
    mail, an interviewer when it says "me and Ole".
    """
    own, forwarded = own_and_forwarded(text)
    if sender and _SELF_BOT.search(own):
        excluded = excluded | {sender.email}  # "It's Ava, ...'s virtual recruiting assistant"
    flat = " ".join(text.split())
    panel = panel_lines(text)
    signs_now = sender_recruits or bool(ARRANGER_TITLE.search(own))
    # a short reply without a signature: the sender's own earlier mail in the thread signs
    # with the title ("Aoife Dunne\nTalent Acquisition"); their "see you Friday" is then a
    # greeting, though "Thomas will join too" still puts them in the meeting
    signed_before = (
        not signs_now and sender is not None and signed_before_as_recruiter(history, sender)
    )
    arranges = signs_now or signed_before
    said = _Said(
        first_person=writer_attends(own, arranges=signs_now, greets=not signed_before)
        # a recruiter's "Marloes sluit ook aan" with no one else met named before it
        or (arranges and also_adds_to_writer(own, sender))
        or (sender is not None and on_panel(panel_lines(own), sender))
        # the forwarded confirmation lists the one who forwards it: "Panel: Gil Navarrete, ..."
        or (sender is not None and bool(forwarded) and listed_in(forwarded, sender))
        # ... or says the candidate meets them: "12:30 Wrap-up with Dev Malhotra"
        or (sender is not None and bool(forwarded) and bool(met_by_name(forwarded, [sender])))
        or (sender is not None and said_before(history, sender)),
        absent=bool(NOT_ATTENDING.search(" ".join(own.split()))),
    )
    lowered = text.lower()
    # an address the text gives bare is named by the headers or by the words before it
    by_address = {p.email: p for p in [*book, *copied] if p.name}
    named = [p if p.name else by_address.get(p.email) or named_on_its_line(text, p) for p in named]
    named_ok = [
        p
        for p in named
        if p.name
        and usable(p, excluded)
        and p.email in lowered
        and not is_contact(text, p)
        and not says_absent(flat, p)  # "Your recruiter, Dana (d@x), will not join the call"
    ]
    known = {p.email for p in [*named, *book] if p.name}
    book = [p for p in [*book, *people_of_addresses(text, known)] if usable(p, excluded)]
    invited = [p for p in attendees if usable(p, excluded) and not says_absent(flat, p)]
    org = organizer if organizer and usable(organizer, excluded) else None
    if org and says_absent(flat, org):
        org = None
    if invited or org:
        joining = [p for p in copied_and_met(text, copied) if usable(p, excluded)]
        chosen = _from_invitation(invited, org, [*named_ok, *joining], text, sender, arranges, said)
        # "Coordinator: Sneha Iyer (HR)" in the invitation: she arranges, whoever attends
        return tuple(p for p in chosen if not in_arranger_field(text, p))
    # one given with an address only as the one to ask, or under the sign-off, is still met
    # where a sentence about the meeting names them ("with Tom joining" over "Tom's details:
    # Tom Ashdown (tom@x)")
    # ... but not one whose own words there say they only arrange ("Lisa (l@x), who will
    # send you the link")
    contacts = [p for p in named if p.name and p not in named_ok and not go_between(text, p)]
    met = [
        *named_ok,
        *met_by_name(text, [*book, *contacts]),
        *copied_and_met(text, copied),
        *met_on_behalf(text, [*copied, *book]),
        # ... or a list or a booking's field names them ("Who: Ingrid Salcedo, VP ...")
        *(p for p in [*copied, *book, *contacts] if on_panel(panel, p) or on_with_field(text, p)),
    ]
    result = {
        p.email: p
        for p in met
        if usable(p, excluded)
        and not says_absent(flat, p)
        and not _is(sender, p)
        and not only_watches(text, p)
    }
    if sender and usable(sender, excluded) and _lists_self(own, sender):
        result[sender.email] = sender  # the sender's own line in the agenda
    author_ok = bool(forwarded and author and usable(author, excluded) and not _is(sender, author))
    if author and author_ok and writer_attends(forwarded, arranges=True):
        result.setdefault(author.email, author)  # the forwarded mail's "me and Felix"
    named_here = bool(result)
    if history and (not result or SAME_PEOPLE.search(flat)):
        before = from_history(history, book, excluded, sender, author)
        if sender and usable(sender, excluded) and listed_in(history, sender):
            before.setdefault(sender.email, sender)  # "Interviewers: Gurpreet Sandhu; ..."
        result = {**{a: p for a, p in before.items() if still_met(flat, p)}, **result}
    elif history and copied:
        # a reply that moves the meeting and copies the people the request said the
        # candidate meets keeps them ("put it on Dr. Landry's and Paul's calendars (both cc'd)")
        before = from_history(history, book, excluded, sender, author)
        kept = [p for p in copied if p.email in before and still_met(flat, p)]
        result = {**{p.email: p for p in kept}, **result}
    # the sender when they say they attend, or when a person (not a recruiter) fixes a
    # meeting and names nobody else in the new text: "Let's do Monday at 9am"; one who names
    # others without their addresses ("you'll meet Anna Berg and Tom Reed") arranges it
    sender_ok = sender is not None and usable(sender, excluded) and not said.absent
    if (
        sender_ok
        and sender
        and (
            said.first_person
            or not (named_here or arranges or forwarded or names_others_met(own, sender))
        )
    ):
        result.setdefault(sender.email, sender)
    elif sender and said.first_person and not said.absent and is_shared_mailbox(sender.email):
        # a desk's mailbox ("careers@") carries a person's "I'd like to meet you": the one
        # who signs it with an address of the same firm, when only one does
        signer = _desk_signer(named, sender, lowered, excluded)
        if signer:
            result.setdefault(signer.email, signer)
    return tuple(p for p in result.values() if not in_arranger_field(text, p))


def _desk_signer(
    named: Sequence[Person], sender: Person, lowered: str, excluded: set[str]
) -> Person | None:
    """The one person named with an address of the desk's firm outside the text read (so
    under the sign-off), for a desk's mailbox whose mail speaks in the first person."""
    firm = domain_of(sender.email)
    signers = [
        p
        for p in named
        if p.name and p.email not in lowered and domain_of(p.email) == firm and usable(p, excluded)
    ]
    return signers[0] if len(signers) == 1 else None


_SIGN_OFF = re.compile(
    r"\b(?:regards|best|thanks|cheers|sincerely|groet\w*|cordialement|Grüße|Gruß|saludos|"
    r"atentamente)\b",
    re.IGNORECASE,
)


def _lists_self(own: str, sender: Person) -> bool:
    """The sender puts their own address in the agenda ("3:00 PM Wrap-up with Talent /
    Florencia Giménez - florencia@x"): on its line or the one before, meeting words and no
    sign-off."""
    index = own.lower().find(sender.email)
    if index < 0:
        return False
    start = own.rfind("\n", 0, max(0, own.rfind("\n", 0, index)))
    before = own[start + 1 : index]
    # only its own sentence: "You'll meet Ana (a@x). Any questions, reach out to me at r@x"
    before = before[max(before.rfind(mark) for mark in (". ", "? ", "! ")) + 1 :]
    return bool(MEETING_WITH.search(before)) and not _SIGN_OFF.search(before)


def _is(a: Person | None, b: Person) -> bool:
    return a is not None and a.email == b.email


def _from_invitation(
    invited: list[Person],
    org: Person | None,
    named_ok: list[Person],
    text: str,
    sender: Person | None,
    sender_recruits: bool,
    said: _Said,
) -> tuple[Person, ...]:
    """The attendees, the people the text names, and the organizer unless they only
    coordinate: a sender who sends the invitation for others whom the text names, without
    saying they attend ("Marcus is back, I've rebooked you") or listing themselves as a
    required attendee, arranges the meeting."""
    result = {p.email: p for p in invited if not _is(org, p)}
    # an organizer who lists themselves as a required attendee means to be there
    org_attends = org is not None and any(_is(org, p) for p in invited)
    mentioned = names_mentioned(text, [*invited, *([org] if org else [])])
    # ... by first name, full name, or as the text calls them where it speaks of the meeting
    # ("Ihr Gespräch mit Frau Berg und Herrn Reh")
    mentioned |= {p.email for p in [*named_ok, *met_by_name(text, invited)]}
    if org:
        sender_is_org = _is(sender, org)
        others_named = bool(mentioned - {org.email})
        # the sender's own address in the text is their sign-off, not a word on who attends
        org_named = [p for p in named_ok if not (sender_is_org and _is(org, p))]
        others_met = bool(result) or any(not _is(org, p) for p in named_ok)
        keep = not (sender_is_org and said.absent) and (
            _met_here(text, org, org_named)
            or (
                sender_is_org
                and (
                    said.first_person or not (sender_recruits or (others_named and not org_attends))
                )
            )
            or not others_met
            # another person sends the invitation that the organizer holds and attends ("Anna's
            # invite for your interview; Tom will join her")
            or (org_attends and not sender_is_org and sender is not None and usable(sender, set()))
            # a recruiter who sends an invitation with others invited arranges it, named or not
            or not (others_named or (sender_is_org and sender_recruits))
        )
        if keep:
            result = {org.email: org, **result}
    for person in named_ok:
        if said.first_person or not _is(sender, person):  # not the sender's own sign-off
            result.setdefault(person.email, person)
    return tuple(result.values())


def _met_here(text: str, org: Person, named_ok: Sequence[Person]) -> bool:
    """The text names the organizer where it speaks of the meeting ("you'll meet Ana and
    me", "- Ana Ruiz, Head of Sales" under "Your panel:"), not only in a signature, a
    reply-to line or "ask for Femke at the desk"."""
    return (
        any(_is(org, p) for p in named_ok)
        or bool(met_by_name(text, [org]))
        or on_panel(panel_lines(text), org)
        or on_with_field(text, org)
        # the sender writes for them: "De la part d'Anne Berger, voici l'invitation"
        or bool(met_on_behalf(text, [org]))
    )


def choose_contact(
    sender: Person | None, reply_to: Sequence[Person], others: Sequence[Person], excluded: set
) -> Person | None:
    """The human to write to: the sender, else Reply-To, else a person named in the text."""
    for person in [*([sender] if sender else []), *reply_to, *others]:
        if person.email not in excluded and not is_robot_address(person.email):
            local = person.email.split("@", 1)[0]
            if local in ("careers", "jobs", "recruiting", "hr", "talent", "people", "info"):
                continue
            return person
    return None


# A booking page names the one who holds the meeting: "Host: Devon Park", "(host)".
_HOST = re.compile(r"\b(?:host|hosted by|Gastgeber\w*|hôte|anfitrión|organizador|gastheer)\b", re.I)


def booking_host(
    sender: Person | None, reply_to: Sequence[Person], text: str, excluded: set[str]
) -> Person | None:
    """A robot's booking mail is held by the human it gives as Reply-To, when the text names
    them as the host or as the one met ("You're booked with Martin", "Host: Devon Park");
    one it only gives as the contact ("Questions? Contact Jane") is not met."""
    if sender is None or not is_robot_address(sender.email) or not reply_to:
        return None
    host = reply_to[0]
    if not usable(host, excluded):
        return None
    first = first_name(host)
    if not first:
        return None
    sentences = [s for s in statements_of(text) if not only_contact(s)]
    hosted = any(first in WORD.findall(s) and _HOST.search(s) for s in sentences)
    return host if hosted or met_by_name(text, [host]) else None
