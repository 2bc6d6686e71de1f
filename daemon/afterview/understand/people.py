"""The people in an interview message: who the candidate meets, and whom to write to.

Interviewers come from the invitation (attendees and organizer, minus the candidate, robots
and rooms) and from the text, where confirmations name them with an address: "Ruth Calder
(ruth.calder@x)", "with Dr. Soraya Anand, Principal Engineer (soraya@x)", "Name <addr>".
An organizer who only coordinates (a recruiter sending a panel invite that names the panel)
is left out; one who says "join me" or is named in the text stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Person
from .named import names_mentioned, people_in_text
from .named import people_in_headers as people_in_headers
from .robots import is_robot_address, is_room
from .text import whole_word_ends

_FIRST_PERSON = re.compile(
    r"\b(?:join me|with me|meet me|(?<![,;] )and I\b(?!'ve|'m|'d)|"
    r"I'll (?:be (?:there|joining|hosting)|call|ring|"
    r"join|host|meet|see|speak|talk|chat)|I will (?:be (?:joining|hosting)|call|join|host|"
    r"meet|see)|talk (?:to|with) me|speak (?:to|with) me|our (?:call|chat|conversation|"
    r"meeting)|unser (?:Telefonat|Gespräch|Treffen)|notre (?:échange|rendez-vous|entretien)|"
    r"nuestra (?:charla|reunión|llamada|conversación)|ons (?:gesprek|telefoongesprek)|"
    r"and me\b|mit mir|und mir|ich (?:rufe|freue mich auf unser)|avec moi|et moi|"
    # the sender among others: "nehmen neben mir Herr Lenz teil", "à mes côtés"
    r"besides me|alongside me|as well as me|neben mir|außer mir|à mes côtés|junto a mí|"
    r"además de mí|naast mij|"
    r"je vous appellerai|conmigo|"
    r"y yo\b|te llamaré|met mij|en mij|en ik\b|ik bel (?:je|u)|"
    r"and myself|myself and|me and\b|joined by|join(?:ing)? me\b|will join me\b|"
    r"moi-même|ainsi que moi\b|et moi-même|und ich\b|sowie ich\b|ich selbst|"
    r"mit dabei (?:ist|sind) (?:mein|meine)\b|yo mism[oa]|y conmigo|mijzelf|ikzelf|"
    r"both of us|the two of us|us both|wir beide|uns beide|nous deux|los dos|"
    r"me ?[+&] ?(?=\w)|"
    r"wij beiden|ons beiden|ons allebei|"
    # the sender attends too: "Je serai également présente", "meine Wenigkeit"
    r"I(?:'ll| will) (?:also|too) (?:be|join)|I(?:'ll| will) be there too|"
    r"je serai (?:également |aussi )?(?:présente?|là|de la partie)|meine Wenigkeit|"
    r"ich (?:bin|werde) (?:auch |ebenfalls )?(?:dabei|anwesend)|"
    r"(?:también )?estaré (?:también )?presente|ik ben er (?:ook )?bij|ik schuif (?:ook )?aan|"
    # the sender names the panel: "The panel is myself, Tom and ...", "le jury sera moi"
    r"(?:panel|interviewers?|jury|commission|comité|Kommission|tribunal)\s+(?:will\s+be|is|are|"
    r"sera|besteht\s+aus|bestaat\s+uit|estará\s+formad[oa]\s+por)\s*:?\s*(?:me|myself|moi|mir|"
    r"mí|mij)\b)",
    re.IGNORECASE,
)
# The sender holds the interview with another: "La realizaremos por Teams junto con Julián",
# "we'll run it together with Ana", "wir führen das Gespräch gemeinsam mit Herrn Lenz".
_WE_HOLD_IT_WITH = re.compile(
    r"\b(?:(?:la|lo) (?:realizaremos|haremos|tendremos|llevaremos a cabo)|we(?:'ll| will) "
    r"(?:hold|run|conduct|do|have) (?:it|the (?:interview|call|meeting|conversation))|"
    r"(?:führen|machen) wir (?:es|das Gespräch)|wir (?:führen|machen) (?:es|das Gespräch)|"
    r"nous (?:le |la )?(?:mènerons|conduirons|ferons|réaliserons)|"
    r"we (?:voeren|doen) (?:het|dit|het gesprek))\b[^.]{0,50}?\b(?:junto (?:con|a)|together "
    r"with|gemeinsam mit|zusammen mit|avec|conjointement avec|samen met)\b",
    re.IGNORECASE,
)
# Another person comes along besides the sender: "Lucie will join as well", "Leanne will jump
# on too", "Nos acompañará Patricia", "Frau Aydin wird ebenfalls teilnehmen"; said by one who
# fixes their own meeting (not a recruiter arranging others'), the sender is there too.
_ALSO_JOINS = re.compile(
    r"\b(?:(?:join|jump on|dial in|sit in|come along|be there)\w*\s+(?:us\s+)?(?:as\s+well|too|"
    r"also)|will\s+also\s+(?:join|be\s+(?:joining|there)|sit\s+in)|will\s+join\s+us|"
    r"nos\s+acompañar(?:á|án)|se\s+(?:nos\s+)?unir(?:á|án)\s+también|"
    r"(?:wird|werden)\s+(?:uns\s+)?(?:auch|ebenfalls)\s+(?:dabei\s+sein|teilnehmen|"
    r"dazukommen)|nous\s+rejoindra|sera\s+(?:également|aussi)\s+(?:présente?|de\s+la\s+partie)|"
    r"schuift\s+ook\s+aan|is\s+(?:er\s+)?ook\s+(?:bij|aanwezig))\b",
    re.IGNORECASE,
)
# The sender as an item of the list of those met: "Panel will be:\n- me\n- Tom ...",
# "1. moi (présidente du jury)", "• ich (Teamleitung)"; read on the lines, not the flat text.
_LISTED_ME = re.compile(
    r"^[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]*(?:me|myself|moi(?:-même)?|ich|yo|ik(?:zelf)?|"
    r"mijzelf)[ \t]*(?:$|[(,:–-])",
    re.IGNORECASE | re.MULTILINE,
)
# The sender says they will not be there: "I won't be on the call myself".
_NOT_ATTENDING = re.compile(
    r"\b(?:I\s+won'?t\s+be\s+(?:on|in|at|joining|there|part)|I\s+will\s+not\s+be\s+(?:on|in|at|"
    r"joining|there|part)|I'?m\s+not\s+(?:joining|on\s+the|in\s+the|part\s+of)|"
    r"ich\s+(?:bin|werde)\s+(?:selbst\s+)?nicht\s+dabei|je\s+ne\s+serai\s+pas\s+(?:présente?|là)|"
    r"no\s+estar[ée]\s+(?:presente|en\s+la)|ik\s+(?:ben|zal)\s+er\s+(?:zelf\s+)?niet\s+bij)",
    re.IGNORECASE,
)


def exclusions(me: Sequence[str], to: Sequence[str], sender_domain: str = "") -> set[str]:
    """Addresses that are the candidate: ``me``, and the To: recipients when they must be.

    Without ``me``, the candidate is the sole recipient, or among several the ones outside
    the sender's domain (a colleague in To: shares it, and may be an interviewer).
    """
    mine = {m.strip().lower() for m in me if m and m.strip()}
    if not mine or len(to) == 1:
        recipients = [a.lower() for a in to]
        outside = [a for a in recipients if sender_domain and not a.endswith("@" + sender_domain)]
        mine.update(outside if len(recipients) > 1 and outside else recipients)
    return mine


_ROLE_ACCOUNTS = frozenset(
    [
        "careers",
        "career",
        "jobs",
        "job",
        "hr",
        "recruiting",
        "recruitment",
        "talent",
        "info",
        "hello",
        "contact",
        "team",
        "people",
        "support",
        "office",
        "admin",
        "enquiries",
        "inquiries",
        "applications",
        "apply",
        "hiring",
        "rh",
        "rrhh",
        "personal",
        "bewerbung",
        "bewerbungen",
        "recrutement",
        "seleccion",
        "empleo",
        "vacatures",
        "werken",
        "sollicitaties",
        "interviews",
        "interview",
        "scheduling",
        "recruitingteam",
        "talentteam",
    ]
)


def _usable(person: Person, excluded: set[str]) -> bool:
    return (
        person.email.split("@", 1)[0] not in _ROLE_ACCOUNTS
        and person.email not in excluded
        and not is_robot_address(person.email)
        and not is_room(person.name, person.email)
    )


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
    flat = " ".join(text.split())
    panel = _panel_lines(text)
    said = _Said(
        first_person=bool(
            _FIRST_PERSON.search(flat)
            or _LISTED_ME.search(text)
            or _WE_HOLD_IT_WITH.search(flat)
            or (sender is not None and _on_panel(panel, sender))
            or (not sender_recruits and _ALSO_JOINS.search(flat))
        ),
        absent=bool(_NOT_ATTENDING.search(flat)),
    )
    lowered = text.lower()
    named_ok = [
        p
        for p in named
        if p.name and _usable(p, excluded) and p.email in lowered and not _contact(text, p)
    ]
    invited = [p for p in attendees if _usable(p, excluded) and not _absent(flat, p)]
    org = organizer if organizer and _usable(organizer, excluded) else None
    if org and _absent(flat, org):
        org = None
    if invited or org:
        return _from_invitation(invited, org, named_ok, text, sender, sender_recruits, said)
    met = [
        *named_ok,
        *_met_by_name(text, book),
        *_copied_and_met(text, copied),
        *(p for p in [*copied, *book] if _on_panel(panel, p)),
    ]
    result = {
        p.email: p
        for p in met
        if _usable(p, excluded)
        and not _absent(flat, p)
        and not _is(sender, p)
        and not _only_watches(text, p)
    }
    named_here = bool(result)
    if not result and history:
        result = _from_history(history, book, excluded, sender, author)
    # the sender when they say they attend, or when a person (not a recruiter) fixes a
    # meeting and names nobody else in the new text: "Let's do Monday at 9am"
    sender_ok = sender is not None and _usable(sender, excluded) and not said.absent
    if sender_ok and sender and (said.first_person or not (named_here or sender_recruits)):
        result.setdefault(sender.email, sender)
    return tuple(result.values())


@dataclass(frozen=True)
class _Said:
    """What the sender says of their own part: they attend ("join me"), or they do not."""

    first_person: bool
    absent: bool


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
    mentioned |= {p.email for p in named_ok}
    if org:
        sender_is_org = _is(sender, org)
        others_named = bool(mentioned - {org.email})
        keep = not (sender_is_org and said.absent) and (
            org.email in mentioned
            or (
                sender_is_org
                and (
                    said.first_person or not (sender_recruits or (others_named and not org_attends))
                )
            )
            or not result
            or not others_named
        )
        if keep:
            result = {org.email: org, **result}
    for person in named_ok:
        result.setdefault(person.email, person)
    return tuple(result.values())


def _from_history(
    history: str,
    book: Sequence[Person],
    excluded: set[str],
    sender: Person | None,
    author: Person | None,
) -> dict[str, Person]:
    """A reply that only confirms or moves the time: the people the request it answers
    named still meet the candidate ("It'd be me and Sal", "with Marcus Odeh (...)")."""
    result = {p.email: p for p in _met_in(history, book, excluded) if not _is(sender, p)}
    if author and _usable(author, excluded) and _FIRST_PERSON.search(" ".join(history.split())):
        result.setdefault(author.email, author)  # the forwarded mail's "me and Ole"
    return result


def _met_in(text: str, book: Sequence[Person], excluded: set[str]) -> list[Person]:
    """People a text names with an address where it speaks of the meeting, and people of
    ``book`` it puts next to meeting words."""
    lowered = text.lower()
    named = [
        p
        for p in people_in_text(text)
        if p.name
        and p.email in lowered
        and not _contact(text, p)
        and _MEETING_WITH.search(text[max(0, lowered.find(p.email) - 160) : lowered.find(p.email)])
    ]
    return [p for p in [*named, *_met_by_name(text, book)] if _usable(p, excluded)]


# A sentence about meeting someone, and one that only says whom to ask.
_MEETING_WITH = re.compile(
    r"\b(?:with|meet\w*|joined by|join\w*|speak(?:ing)? (?:with|to)|interview\w*|panel|mit|"
    r"treffen|kennenlernen|Gesprächspartner\w*|avec|rencontr\w*|entrevist\w*|con|conocer\w*|"
    r"met|spreken|spreekt|ontmoet\w*)\b",
    re.IGNORECASE,
)
# Right before a first name: the candidate meets that person ("with Marcus and Priya",
# "Te entrevistarán Andrés y Paola"); right after it: that person will meet the candidate
# (used with ``match(text, pos)``, where "^" would never match).
_MEETS_BEFORE = re.compile(
    r"\b(?:with|meet|meeting|and|&|plus|joined by|mit|und|avec|et|con|y|met|en|"
    r"entrevistar\w*|Gesprächspartner\w*(?:\s+(?:sind|ist))?)\s+(?:(?:Dr|Mr|Mrs|Ms|Herr|Frau|"
    r"Mme|M|Sr|Sra)\.?\s+)?$",
    re.IGNORECASE,
)
_MEETS_AFTER = re.compile(
    # "Laurent Roux, associé gérant, que je mets en copie, serait ravi de vous rencontrer":
    # a title or an aside between commas may stand between the name and the verb
    r"(?:\s+[A-Z][\w'-]+)?(?:\s*\([^()\n]{1,24}\)|\s*,[^,.;\n]{1,40}(?=,))*,?\s+"
    r"(?:would like to meet|wants to meet|(?:would|'d) (?:love|be (?:delighted|glad|happy|"
    r"pleased)) to meet|"
    r"will (?:join|interview|meet|be joining|lead|run|host)|is joining|möchte Sie|"
    r"wird (?:Sie|dabei)|würde sich freuen|vous recevra|serait (?:ravie?|heureuse?|"
    r"enchantée?) de vous rencontrer|te entrevistará|le entrevistará|sera présente?|"
    r"(?:le|te|les) (?:encantaría|gustaría) (?:conocer|entrevistar)\w*|zal (?:je|u)|"
    r"(?:wil|zou) (?:je|u) graag (?:ontmoeten|spreken))\b",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"\b(?:reach out|contact\w*|questions?|queries|Fragen|wenden Sie sich|contacter|"
    r"help you|if anything changes|(?:find|pick|book) (?:you )?a new (?:slot|time)|"
    r"reschedul\w*|verschieben|reprogramar|reporter|verzetten|"
    r"preguntas|dudas|vragen|any issues|in case|should you need|bei Rückfragen|en cas de)\b",
    re.IGNORECASE,
)


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", text) if s.strip()]


def _met_by_name(text: str, book: Sequence[Person]) -> list[Person]:
    """People of ``book`` whose first name the text puts next to meeting words ("with
    Marcus and Priya"), outside sentences that only say whom to ask."""
    if not book:
        return []
    sentences = [s for s in _sentences_of(text) if not _CONTACT.search(s)]
    found = []
    for person in book:
        first = _first_name(person) if person.name else ""
        if len(first) <= 2:
            continue
        word = re.compile(rf"\b{re.escape(first)}\b")
        if any(
            _MEETS_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()])
            or _MEETS_AFTER.match(sentence, m.end())
            for sentence in sentences
            for m in word.finditer(sentence)
        ):
            found.append(person)
    return found


def _contact(text: str, person: Person) -> bool:
    """Named only as the one to ask: "reach out to Ana (ana@x) with any questions"."""
    index = text.lower().find(person.email)
    if index < 0:
        return False
    start = max(text.rfind(". ", 0, index), text.rfind("\n\n", 0, index), 0)
    sentence = text[start : index + len(person.email)]
    return bool(_CONTACT.search(sentence)) and not _MEETING_WITH.search(sentence)


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


# Titles before a display name ("Dr. Ilse Wendt", "Prof. Jan Peeters", "Mme Louise Béliveau"):
# the text calls the person by the name after them.
_HONORIFICS = frozenset(
    [
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "herr",
        "frau",
        "mme",
        "mlle",
        "m",
        "sr",
        "sra",
        "srta",
        "dhr",
        "mevr",
        "ing",
        "mag",
        "dipl",
    ]
)


def _first_name(person: Person) -> str:
    """The name a text calls a person by: the first of their name, else an address's one
    word local part ("ines@lumenfold.example" is Ines)."""
    words = [w for w in (person.name or "").split() if w.rstrip(".").lower() not in _HONORIFICS]
    if words:
        return words[0]
    local = person.email.split("@", 1)[0]
    return local.capitalize() if local.isalpha() and local not in _ROLE_ACCOUNTS else ""


# Someone else will not be there: "Rhea will not join - just holding the calendar".
_OTHER_ABSENT = (
    r"(?:\s+[A-Z][\w'-]+)?(?:\s*\([^()\n]{1,30}\))?,?\s+(?:will\s+not|won'?t|isn'?t|is\s+not|"
    r"can(?:'|no)?t)\s+(?:be\s+)?(?:join|joining|attend|attending|there|on\s+the|in\s+the|"
    r"part\s+of)\b|(?:\s+[A-Z][\w'-]+)?\s+(?:is\s+)?(?:just|only)\s+(?:holding|blocking|"
    r"booking)\s+the\s+(?:calendar|time|slot|room)|"
    r"(?:\s+[A-Z][\w'-]+)?\s+(?:wird|ist)\s+(?:selbst\s+)?nicht\s+(?:dabei|anwesend|teilnehmen)|"
    r"(?:\s+[A-Z][\w'-]+)?\s+ne\s+sera\s+pas\s+(?:présente?|là|de\s+la\s+partie)|"
    r"(?:\s+[A-Z][\w'-]+)?\s+no\s+(?:estará|asistirá|participará)|"
    r"(?:\s+[A-Z][\w'-]+)?\s+(?:is|zal)\s+er\s+(?:zelf\s+)?niet\s+bij"
)


# compiled once: a pattern built around each first name would be compiled per message
_ABSENT_AFTER_NAME = re.compile(f"(?:{_OTHER_ABSENT})")


def _absent(flat: str, person: Person) -> bool:
    """The text says this person will not be there ("Rhea will not join", "Herr Lenz wird
    nicht teilnehmen", "Julien ne sera pas présent", "Paola no estará", "Joost is er niet
    bij")."""
    first = _first_name(person)
    if len(first) <= 2:
        return False
    return any(_ABSENT_AFTER_NAME.match(flat, end) for end in whole_word_ends(flat, first))


# A sentence about the meeting itself, beyond the words of ``_MEETING_WITH``: "suits Declan
# and myself", "nehmen ... Herr Lenz teil", "dans notre entretien", "en la entrevista".
_ABOUT_MEETING = re.compile(
    r"\b(?:suits?|works? for|available|free|attend\w*|teil|teilnehm\w*|dabei|anwesend|"
    r"Gespräch\w*|entretien\w*|présente?s?|entrevista\w*|reunión|estará\w*|gesprek\w*|"
    r"aanwezig|aanschuiven|schuift|call|chat|session|conversation|panel)\b",
    re.IGNORECASE,
)
# A sentence that names someone copied for another reason: to send things, to be kept
# informed, one the sender writes for while they are away ("Namens Femke (zij is deze week
# afwezig)", "on behalf of Dana, who is on leave").
_ONLY_ARRANGES = re.compile(
    r"\b(?:on behalf of|namens|im (?:Auftrag|Namen) von|au nom de|de la part de|"
    r"en nombre de|de parte de|away|on leave|on holiday|on vacation|out of (?:the )?office|"
    r"afwezig|met vakantie|abwesend|im Urlaub|absente?|en congé|ausente|de vacaciones|"
    r"send\w*|sends|invite|invitation|link|calendar|visibility|fyi|in the loop|"
    r"posted|travel|expenses|parking|reception|logistics|coordinat(?:e|es|ed|ing)|for info\w*|"
    r"zur Kenntnis|zur Info\w*|schickt|sendet|Einladung|pour information|pour info|"
    r"enverra|envoie|para (?:tu|su) información|enviará|ter info\w*|stuurt)\b",
    re.IGNORECASE,
)


def _copied_and_met(text: str, copied: Sequence[Person]) -> list[Person]:
    """People copied on the mail whom a sentence about the meeting names, outside sentences
    that only say whom to ask or who sends what: "Vous rencontrerez Julien Marchetti (en
    copie)", "suits Declan and myself", "neben mir nimmt Herr Lenz (in Kopie) teil"."""
    if not copied:
        return []
    sentences = [
        s for s in _sentences_of(text) if not _CONTACT.search(s) and not _ONLY_ARRANGES.search(s)
    ]
    found = []
    for person in copied:
        first = _first_name(person)
        if len(first) <= 2:
            continue
        word = re.compile(rf"\b{re.escape(first)}\b")
        if any(
            word.search(s)
            and (_MEETING_WITH.search(s) or _ABOUT_MEETING.search(s) or _FIRST_PERSON.search(s))
            for s in sentences
        ):
            found.append(person)
    return found


# A line that introduces the list of those met: "The panel will be:", "Le comité de sélection
# sera composé de :", "Ihre Gesprächspartner:", "Te entrevistarán:", "You will meet:".
_PANEL_HEAD = re.compile(
    r"\b(?:panel\w*|interviewers?|interview(?:ing)? (?:team|committee)|search committee|jury|"
    r"comité|commission|comisión|tribunal|Kommission|Gesprächspartner\w*|Auswahlgremium|"
    r"Gremium|commissie|selectiecommissie|you(?:'ll| will) (?:meet|speak with|be meeting)|"
    r"vous rencontrerez|Sie (?:treffen|sprechen mit)|conocerás|te entrevistarán|"
    r"le entrevistarán|u spreekt met|je spreekt met)\b[^\n]*:[ \t]*$",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]+\S")
# An item for someone who only watches or may stay away: "(optional)", "observer", "notulist".
_NOT_MEETING = re.compile(
    r"\b(?:optional|optionnel\w*|facultati\w*|opcional|optioneel|fakultativ|observ\w*|"
    r"note-?taker|notulist\w*|Protokoll\w*|shadow\w*)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w[\w'-]*")
_CLAUSE_END = re.compile(r"[.;!?\n]")


def _panel_lines(text: str) -> list[str]:
    """The items of lists that a line about who the candidate meets introduces."""
    items: list[str] = []
    in_panel = False
    for line in text.splitlines():
        if _ITEM.match(line):
            if in_panel and not _CONTACT.search(line) and not _NOT_MEETING.search(line):
                items.append(line)
        elif not line.strip():
            in_panel = False
        elif not (in_panel and line[:1].isspace()):  # an item's continuation keeps the list
            in_panel = bool(_PANEL_HEAD.search(line))
    return items


def _on_panel(panel: Sequence[str], person: Person) -> bool:
    """The person is an item of a panel list, by full name ("- Mme Sophie Tremblay-Nadeau,
    conseillère", "- Kari Lindqvist, Health Services Coordinator (cc'd here)")."""
    words = [w for w in (person.name or "").split() if w.rstrip(".").lower() not in _HONORIFICS]
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return any({first, last} <= set(_WORD.findall(line)) for line in panel)


def _only_watches(text: str, person: Person) -> bool:
    """Right after their name, the person is called optional or an observer ("- Niamh Walsh
    (optional, observer)", "Herr Lenz (fakultativ)"); "Slides are optional" later in the
    sentence says nothing of them."""
    first = _first_name(person)
    if len(first) <= 2:
        return False
    at = text.find(first)
    while at >= 0:
        after = _CLAUSE_END.split(text[at + len(first) : at + len(first) + 60], maxsplit=1)[0]
        if _NOT_MEETING.search(after):
            return True
        at = text.find(first, at + 1)
    return False


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
    if not _usable(host, excluded):
        return None
    first = _first_name(host)
    if len(first) <= 2:
        return None
    sentences = [s for s in _sentences_of(text) if not _CONTACT.search(s)]
    hosted = any(first in _WORD.findall(s) and _HOST.search(s) for s in sentences)
    return host if hosted or _met_by_name(text, [host]) else None
