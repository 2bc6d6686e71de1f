"""What the earlier mails of a thread say of the people met, for a reply that confirms or
moves the time: the people the request named ("It'd be me and Sal", "Panel: ..."), whether
the new text keeps them ("the panel stays the same", "Ana will stand in for Tom"), and what
the sender said of themselves there (that they attend, or a recruiting title under their
name).

Split from :mod:`.people`, which decides with these whom the candidate meets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Person
from ..phrases.cues import RECRUITER_TITLE
from .attendance import says_absent, writer_attends
from .callnames import call_names
from .named import names_mentioned, people_in_text
from .named_met import MEETING_WITH, is_contact, met_by_name, on_panel, on_with_field, panel_lines
from .not_met import usable

# Where one mail of a thread ends and the one it answers starts.
_MAIL_BREAK = re.compile(
    r"^(?:[ \t>]*(?:from|von|de|van)\s*:.*|.*\b(?:wrote|schrieb|a écrit|escribió|schreef)\s*:|"
    r"[ \t>]*-{2,}.*)$",
    re.IGNORECASE | re.MULTILINE,
)


# A reply that keeps the people of the meeting it moves: "the panel and location stay the
# same", "same panel", "die Gesprächspartner bleiben gleich", "le jury reste le même", "el
# mismo tribunal", "het panel blijft hetzelfde".
SAME_PEOPLE = re.compile(
    r"\b(?:(?:panel|interviewers?|people|line-?up)\b[^.;!?]{0,30}\b(?:stays?|remains?|"
    r"(?:is|are) unchanged)\b[^.;!?]{0,10}\b(?:the\s+same|unchanged)|same\s+(?:panel|"
    r"interviewers|people)|Gesprächspartner\w*\s+bleiben\s+(?:gleich|dieselben)|"
    r"(?:jury|comité)\s+reste\s+(?:le\s+)?même|même\s+(?:jury|comité)|mismo\s+(?:tribunal|"
    r"panel|comité)|(?:panel|commissie)\s+blijft\s+(?:hetzelfde|dezelfde|gelijk))",
    re.IGNORECASE,
)


# Someone met before gives way to another: "Ana will stand in for Tom", "instead of Tom",
# "replaces", "vertritt", "remplace", "en lugar de", "vervangt", "in plaats van".
_STANDS_IN = re.compile(
    r"\b(?:instead\s+of|in\s+place\s+of|stand(?:s|ing)?\s+in|covering\s+for|replac\w*|"
    r"anstelle|statt|vertr\w*|remplac\w*|à\s+la\s+place|en\s+(?:lugar|vez)\s+de|sustitu\w*|"
    r"in\s+plaats\s+van|vervang\w*)\b",
    re.IGNORECASE,
)


def still_met(flat: str, person: Person) -> bool:
    """Nothing in the new text takes the person out of the meeting: not absent, and no one
    stands in for them."""
    return not says_absent(flat, person) and not (
        _STANDS_IN.search(flat) and names_mentioned(flat, [person])
    )


def listed_in(history: str, person: Person) -> bool:
    """The earlier mail lists the person among those met, in a field or a panel list."""
    return on_with_field(history, person) or on_panel(panel_lines(history), person)


@lru_cache(maxsize=4)  # asked by both readers below of the same history and sender
def _signed_blocks(
    history: str, sender: Person
) -> tuple[tuple[tuple[str, ...], tuple[int, ...]], ...]:
    """The sender's own earlier mails in the thread: the lines of each one signed with
    their name, and which of its last lines give the name."""
    names = [n.lower() for n in call_names(sender)]
    found = []
    for block in _MAIL_BREAK.split(history):
        lines = [line.strip(" >\t") for line in block.strip().splitlines() if line.strip(" >\t")]
        start = max(0, len(lines) - 6)
        signed = [
            i
            for i in range(start, len(lines))
            if len(lines[i].split()) <= 4 and any(lines[i].lower().startswith(n) for n in names)
        ]
        if signed:
            found.append((tuple(lines), tuple(signed)))
    return tuple(found)


def said_before(history: str, sender: Person) -> bool:
    """The sender's own earlier mail in the thread, signed with their name, said they attend
    ("You will meet Mieke Lambrecht and myself. Kind regards, Wouter"): a reply that moves or
    confirms the time keeps them in the meeting."""
    return any(
        max(signed) >= len(lines) - 3 and writer_attends("\n".join(lines), arranges=True)
        for lines, signed in _signed_blocks(history, sender)
    )


def signed_before_as_recruiter(history: str, sender: Person) -> bool:
    """The sender's own earlier mail signs with a recruiting title under their name
    ("Kind regards,\nAoife Dunne\nTalent Acquisition | Slaney")."""
    return any(
        RECRUITER_TITLE.search("\n".join(lines[i + 1 : i + 3]))
        for lines, signed in _signed_blocks(history, sender)
        for i in signed
    )


def from_history(
    history: str,
    book: Sequence[Person],
    excluded: set[str],
    sender: Person | None,
    author: Person | None,
) -> dict[str, Person]:
    """A reply that only confirms or moves the time: the people the request it answers
    named still meet the candidate ("It'd be me and Sal", "with Marcus Odeh (...)")."""
    mine = sender.email if sender else None
    result = {p.email: p for p in _met_in(history, book, excluded) if p.email != mine}
    if author and usable(author, excluded) and writer_attends(history, arranges=True):
        result.setdefault(author.email, author)  # the forwarded mail's "me and Ole"
    return result


def _met_in(text: str, book: Sequence[Person], excluded: set[str]) -> list[Person]:
    """People a text names with an address where it speaks of the meeting, and people of
    ``book`` it puts next to meeting words or lists among those met ("Panel: Thandiwe
    Mokoena (HR), Pieter Swanepoel (...)")."""
    lowered = text.lower()
    named = [
        p
        for p in people_in_text(text)
        if p.name
        and p.email in lowered
        and not is_contact(text, p)
        and MEETING_WITH.search(text[max(0, lowered.find(p.email) - 160) : lowered.find(p.email)])
    ]
    panel = panel_lines(text)
    listed = [p for p in book if on_panel(panel, p) or on_with_field(text, p)]
    return [p for p in [*named, *met_by_name(text, book), *listed] if usable(p, excluded)]
