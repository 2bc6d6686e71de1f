"""Who a list or a booking's field says the candidate meets: the items under "The panel will
be:" or "Vous rencontrerez :", a "With: ..." line, and those of them only watching ("(optional,
observer)").

Lists and fields are read line by line, not sentence by sentence, so they live apart from
:mod:`.named_met`, whose readers look at meeting words around a name within a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Person
from .callnames import call_names, full_name_words
from .not_met import CONTACT

# A line that introduces the list of those met: "The panel will be:", "Le comité de sélection
# sera composé de :", "Ihre Gesprächspartner:", "Te entrevistarán:", "You will meet:".
_PANEL_HEAD = re.compile(
    r"\b(?:panel\w*|interviewers?|interview(?:ing)? (?:team|committee)|search committee|jury|"
    r"comité|commission|comisión|tribunal|Kommission|Gesprächspartner\w*|Auswahlgremium|"
    r"Gremium|commissie|selectiecommissie|you(?:'ll| will) (?:meet|speak with|be meeting)|"
    r"vous rencontrerez|Sie (?:treffen|sprechen mit)|conocerás|te entrevistarán|"
    r"le entrevistarán|u spreekt met|je spreekt met|"
    # those taking part: "Am Gespräch nehmen teil:", "Participeront à l'entretien :",
    # "Participarán:", "Aan het gesprek nemen deel:", "Taking part:"
    r"nehmen\s+teil|Teilnehm\w*|participer\w*|participar\w*|participants?|participantes|"
    r"nemen\s+deel|deelnemers|taking\s+part|attending)\b[^\n]*:[ \t]*$",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]+\S")
# An unmarked line of a list under such a head, led by a name: "  Kwame Asante - Director,
# Network Planning", "Dr. Ines Vogt (Laborleitung)", "Brigid Thorne, Talent Partner".
_NAME_ITEM = re.compile(
    r"^[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Herr|Frau|Mme|M|Sr|Sra|Prof|Dhr|Mevr)\.?[ \t]+)?"
    r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|der|den|del|la|le|da|di|ten|"
    r"ter)){1,4}"
    r"[ \t]*(?:[-–—,(|:]|$)"
)
# An item for someone who only watches or may stay away: "(optional)", "observer", "notulist".
_NOT_MEETING = re.compile(
    r"\b(?:optional|optionnel\w*|facultati\w*|opcional|optioneel|fakultativ|observ\w*|"
    r"note-?taker|notulist\w*|Protokoll\w*|shadow\w*)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"\w[\w'-]*")
_CLAUSE_END = re.compile(r"[.;!?\n]")


@lru_cache(maxsize=8)  # one message's text, own part and history are each asked several times
def panel_lines(text: str) -> tuple[str, ...]:
    """The items of lists that a line about who the candidate meets introduces."""
    items: list[str] = []
    in_panel = marked = False
    heading_only = False  # the head was read and no line of its list yet
    for line in text.splitlines():
        if _ITEM.match(line):
            marked = True
            heading_only = False
            if in_panel and not CONTACT.search(line) and not _NOT_MEETING.search(line):
                items.append(line)
        elif not line.strip():
            # a blank line ends the list, but one right under its head sets it apart ("The
            # interview panel will be:\n\n    Helen Marsh - Head of ...")
            in_panel = in_panel and heading_only
            heading_only = False
        elif in_panel and not marked and _NAME_ITEM.match(line):
            # a list without marks: each line names one ("You'll meet:\n  Kwame Asante - ...")
            heading_only = False
            if not CONTACT.search(line) and not _NOT_MEETING.search(line):
                items.append(line)
        elif not (in_panel and line[:1].isspace()):  # an item's continuation keeps the list
            # a heading ends in a colon: most lines have none, and need no search
            in_panel = heading_only = ":" in line and bool(_PANEL_HEAD.search(line))
            marked = False
    return tuple(items)


def on_panel(panel: Sequence[str], person: Person) -> bool:
    """The person is an item of a panel list, by full name ("- Mme Sophie Tremblay-Nadeau,
    conseillère", "- Kari Lindqvist, Health Services Coordinator (cc'd here)")."""
    words = full_name_words(person)
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return any({first, last} <= set(WORD.findall(line)) for line in panel)


# A booking's field naming whom the candidate meets: "With: Linnea Bergqvist (Talent
# Acquisition) and Johan Ek", "Who: ...", "Interviewers: ...", "Mit: ...", "Avec : ...",
# "Jury : ...".
_WITH_FIELD = re.compile(
    r"^[ \t*]*(?:with|who|interviewers?|panel|attendees|mit|wer|Gesprächspartner\w*|avec|qui|"
    r"intervenants?|con|quién|quiénes|entrevistador\w*|met|wie|gesprekspartners?|"
    # a panel's field on one line: "Jury : ...", "Participan: ...", "Commissie: ..."
    r"jury|comité|commission|comisión|tribunal|Kommission|commissie|participants?|"
    r"participan(?:tes)?|Teilnehmer\w*|deelnemers)"
    r"[ \t*]*:(?P<rest>.*)$",
    re.IGNORECASE | re.MULTILINE,
)


def on_with_field(text: str, person: Person) -> bool:
    """The person is named in a booking's "With:" / "Who:" field, by full name."""
    words = full_name_words(person)
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return any(
        {first, last} <= set(WORD.findall(m.group("rest"))) for m in _WITH_FIELD.finditer(text)
    )


def only_watches(text: str, person: Person) -> bool:
    """Right after their name, the person is called optional or an observer ("- Niamh Walsh
    (optional, observer)", "Herr Lenz (fakultativ)"); "Slides are optional" later in the
    sentence says nothing of them."""
    for name in call_names(person)[:1]:
        at = text.find(name)
        while at >= 0:
            after = _CLAUSE_END.split(text[at + len(name) : at + len(name) + 60], maxsplit=1)[0]
            if _NOT_MEETING.search(after):
                return True
            at = text.find(name, at + 1)
    return False


# A field that names the one who arranges the interview, not one who holds it: "Coordinator:
# Sneha Iyer (HR)", "Scheduled by: ...", "Recruiter: ...", "Koordination: Frau Weiß",
# "Coordinatrice : ...", "Coordinadora: Lucía Gil", "Coördinator: ...". A booking's
# "Organisatrice : Léa Fontanel" is its host, so organisers are not among them.
_ARRANGER_FIELD = re.compile(
    r"^[ \t*]*(?:(?:interview\s+|recruiting\s+)?(?:coordinat(?:or|ed\s+by)|scheduler|"
    r"scheduled\s+by|recruiter)|Koordinat\w*|Recruiter\w*|coordinat(?:eur|rice)|"
    r"recrut(?:eur|euse)|coordinador\w*|reclutador\w*|co[öo]rdinator)[ \t*]*:(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)


def in_arranger_field(text: str, person: Person) -> bool:
    """The person is named, by full name, in a field that gives who arranges the interview
    ("Coordinator: Sneha Iyer (HR)"), not in one of those met."""
    words = full_name_words(person)
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return any(
        {first, last} <= set(WORD.findall(m.group("rest"))) for m in _ARRANGER_FIELD.finditer(text)
    ) and not on_with_field(text, person)
