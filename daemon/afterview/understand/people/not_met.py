"""Whom a mail names but the candidate does not meet: the one to ask ("questions? reach out
to Ana"), the go-between of the process ("reply to your recruiter", "she will send you the
link").

Kept apart from :mod:`.named_met` because both the sentence readers there and the person
tests of :mod:`.people` ask it first: a sentence that only says whom to ask names no one met,
whatever meeting words it has, and one copied to coordinate is no interviewer.
"""

from __future__ import annotations

import re

from ..gates.firstletter import by_first_letter
from ..model import Person
from .callnames import is_shared_mailbox
from .robots import is_robot_address, is_room

# A sentence about meeting someone (which a mere contact's sentence lacks), and one that
# only says whom to ask.
MEETING_WITH = re.compile(
    r"\b(?:with|meet\w*|joined by|join\w*|speak(?:ing)? (?:with|to)|interview\w*|panel|mit|"
    r"treffen|kennenlernen|Gesprächspartner\w*|avec|rencontr\w*|entrevist\w*|con|conocer\w*|"
    r"met|spreken|spreekt|ontmoet\w*|reçue?s?\s+par|recibid[oa]s?\s+por|recibir(?:á|án)|ontvangen\s+door|"
    r"seen\s+by)\b",
    re.IGNORECASE,
)
# The person asks the candidate things: "Sandrine vous posera quelques questions", "Tom will
# ask you about ...": a sentence about the meeting, for all its "questions".
ASKS_YOU = re.compile(
    r"\b(?:(?:vous|te)\s+posera|will\s+ask\s+you|'ll\s+ask\s+you|wird\s+Ihnen\b[^.]{0,40}"
    r"\bFragen|stellt\s+Ihnen|(?:te|le)\s+hará|zal\s+(?:je|u)\b[^.]{0,40}\bvragen|"
    # a part of the meeting given to questions: "une session de questions avec Hugo"
    r"(?:session|séance|round|ronde|sesión|ronda|Runde)\s+(?:de\s+|of\s+|für\s+|van\s+)?"
    r"(?:questions|preguntas|Fragen|vragen))\b",
    re.IGNORECASE,
)
CONTACT = re.compile(
    # grouped by first letter (firstletter.by_first_letter): the same matches, sooner
    r"\b"
    + by_first_letter(
        r"reach out|contact\w*|questions?|queries|Fragen|wenden Sie sich|contacter|"
        r"help you|if anything changes|(?:find|pick|book) (?:you )?a new (?:slot|time)|"
        # "if you need to reschedule", "should it need to be rescheduled"; "we've rescheduled
        # your interview with him" moves the meeting and says whom it is with
        r"reschedul(?!ed\b)\w*|be rescheduled|verschieben|reprogramar|reporter|verzetten|"
        r"preguntas|dudas|vragen|any issues|in case|should you need|bei Rückfragen|en cas de|"
        r"(?:something|anything) comes up|(?:will|can|happy to) help|accommodations?|"
        r"(?:need|want|wish) to (?:change|move|cancel|rearrange|shift)|cambiar algo|etwas ändern|"
        r"changer quoi que ce soit|"
        r"modifier quelque chose|iets (?:wijzigen|veranderen|aanpassen)|"
        # what to do if the time does not suit: "if the new time doesn't work, reply and Farah
        # will sort something out", "si l'horaire ne vous convient pas", "si no te va bien"
        r"(?:doesn't|does not|don't|do not|won't|can't) (?:work|suit)|sort (?:something|it|"
        r"things) out|ne (?:vous |te )?convient pas|no (?:te|le) (?:va|viene)|passt (?:\w+ )?nicht|"
        r"schikt (?:\w+ )?niet|komt (?:\w+ )?niet uit",
        re.IGNORECASE,
    )
    + r"\b",
    re.IGNORECASE,
)
# One given as the go-between of the process, not of the meeting: "reply to your recruiter,
# Ana (ana@x)", "her assistant (c@x) will contact you for the badge", "she is the person to
# call", "Ihre Ansprechpartnerin", "votre interlocutrice", "tu persona de contacto", "je
# contactpersoon", "will set it up", "sends you the link".
_COORDINATES = re.compile(
    r"\b(?:(?:reply|write|respond|get back)\s+to\s+(?:your|the)\s+recruit\w*|"
    r"(?:your|the)\s+(?:recruit(?:er|ing\s+(?:contact|coordinator|partner))|"
    r"(?:interview|recruiting|talent)\s+coordinator|point\s+of\s+contact|contact\s+person)|"
    # a coordinator of the firm's: "Kari (k@x), our hiring coordinator, will meet you at reception"
    r"our\s+(?:interview|recruiting|recruitment|talent|hiring)\s+coordinator|"
    r"(?:will|'ll|shall)\s+(?:contact|email|e-mail|write\s+to)\s+you|person\s+to\s+call|"
    r"(?:will|'ll)\s+(?:set\s+(?:it|this|that|things|everything)\s+up|send\s+(?:you\s+(?:the|a|"
    r"your)\s+(?:[\w-]+\s+){0,2}?|the\s+)(?:link|invite|invitation|details))|Ansprechpartner\w*|(?:votre|ton|ta)\s+interlocut\w+|"
    r"vous\s+contactera|(?:tu|su)\s+(?:persona\s+de\s+)?contacto|(?:te|le)\s+contactará|"
    # the one to confirm to: "please confirm by replying to HR officer Lisa (l@x)", "en
    # répondant à", "respondiendo a", "per Antwort an", "door te antwoorden aan"
    r"(?:by\s+)?(?:replying|responding|writing\s+back)\s+to|en\s+répondant\s+à|"
    r"respondiendo\s+a|(?:per\s+)?Antwort\s+an|(?:te\s+)?(?:antwoorden|reageren)\s+(?:aan|naar)|"
    r"(?:je|uw|jouw)\s+(?:contactpersoon|aanspreekpunt)|(?:zal|neemt)\s+(?:je|u)\b[^.]{0,20}"
    r"\bcontact)",
    re.IGNORECASE,
)

# The one named is called the interviewer, before the name ("your interviewer, Dan (d@x)", "Ihr
# Gesprächspartner", "tu entrevistadora", "je gesprekspartner") or after it ("who will
# interview you", "qui mènera l'entretien", "que te entrevistará", "die het gesprek voert").
_CALLED_INTERVIEWER = re.compile(
    r"\b(?:(?:your|the)\s+interviewer|Ihr\w*\s+Gesprächspartner\w*|(?:tu|su)\s+entrevistador\w*|"
    r"(?:je|uw)\s+gesprekspartner)\b",
    re.IGNORECASE,
)
_WHO_INTERVIEWS = re.compile(
    r"\b(?:who(?:'ll|\s+will)\s+(?:interview|lead|conduct|run|host)|qui\s+(?:mènera|conduira|"
    r"animera|fera\s+passer)\s+l'entretien|que\s+(?:te|le)\s+entrevistará|die\s+(?:het\s+"
    r"gesprek\s+)?(?:voert|leidt|afneemt))\b",
    re.IGNORECASE,
)


def only_contact(sentence: str) -> bool:
    """A sentence that only says whom to ask ("questions? ask Ana"), unless the person asks
    the candidate things in the meeting ("Sandrine vous posera quelques questions")."""
    return bool(CONTACT.search(sentence)) and not ASKS_YOU.search(sentence)


def is_contact(text: str, person: Person) -> bool:
    """Named only as the one to ask: "reach out to Ana (ana@x) with any questions"."""
    found = _sentence_of_address(text, person.email)
    if found is None:
        return False
    index, start, end = found
    sentence = text[start : index + len(person.email)]
    # called the one who interviews right beside the address: "Your interviewer, Dan (d@x),
    # will contact you with the link", "Claire (c@x), qui mènera l'entretien, vous contactera"
    # (only their own stretch: not past another's address in brackets before or after)
    before = text[max(start, index - 70) : index].rpartition(")")[2]
    after = text[index : index + len(person.email) + 50].partition("(")[0]
    if _called_interviewer(before, after):
        return False
    # the rest of the sentence says what they do: "Cécile (c@x) will contact you for the badge"
    if _COORDINATES.search(text[max(start, index - 80) : end]):
        return True
    return only_contact(sentence) and not MEETING_WITH.search(sentence)


def go_between(text: str, person: Person) -> bool:
    """Their own stretch of the sentence that gives their address says they arrange, not
    meet: "... and Lisa Grey (l@x), who will send you the link"; unlike :func:`is_contact`,
    another's clause in the same sentence ("Tom (t@x), who will interview you, and ...")
    does not count, so a sentence about the meeting that names them does not make them met."""
    found = _sentence_of_address(text, person.email)
    if found is None:
        return False
    index, start, end = found
    before = text[max(start, index - 80) : index].rpartition(")")[2]
    after = text[index:end].partition("(")[0]
    return bool(_COORDINATES.search(before + after)) and not _called_interviewer(before, after)


def _sentence_of_address(text: str, email: str) -> tuple[int, int, int] | None:
    """Where ``email`` first stands in ``text``, and the start and end of its sentence."""
    index = text.lower().find(email)
    if index < 0:
        return None
    start = max(text.rfind(". ", 0, index), text.rfind("\n\n", 0, index), 0)
    ends = [i for i in (text.find(". ", index), text.find("\n\n", index)) if i >= 0]
    return index, start, min(ends, default=len(text))


def _called_interviewer(before: str, after: str) -> bool:
    """The words right before or after an address call its owner the one who interviews."""
    return bool(_CALLED_INTERVIEWER.search(before) or _WHO_INTERVIEWS.search(after))


# A desk's mailbox written as one word: a recruiting desk's word and what it books
# ("careersbookings@", "recruitingscheduling@", "talentteam@", "hrtermine@"), or the booking
# desk alone ("bookings@", "interviews@", "termine@", "citas@").
_DESK_HEADS = (
    "recruiting",
    "recruitment",
    "careers",
    "career",
    "jobs",
    "hr",
    "talent",
    "hiring",
    "people",
    "bewerbungen",
    "bewerbung",
    "recrutement",
    "seleccion",
    "empleo",
    "vacatures",
    "karriere",
    "werving",
    "",
)
_DESK_TAILS = frozenset(
    [
        "bookings",
        "booking",
        "scheduling",
        "schedule",
        "calendar",
        "interviews",
        "interview",
        "team",
        "desk",
        "office",
        "termine",
        "terminplanung",
        "planning",
        "agenda",
        "citas",
        "entrevistas",
        "rdv",
        "rendezvous",
        "afspraken",
    ]
)


def _desk_mailbox(address: str) -> bool:
    local = address.split("@", 1)[0].lower()
    return any(local.startswith(h) and local[len(h) :] in _DESK_TAILS for h in _DESK_HEADS)


def usable(person: Person, excluded: set[str]) -> bool:
    """A person who can be met at all: not the candidate (``excluded``), a robot, a shared
    mailbox ("recruiting@", "careersbookings@") or a room."""
    return (
        person.email not in excluded
        and not is_robot_address(person.email)
        and not is_shared_mailbox(person.email)
        and not _desk_mailbox(person.email)
        and not is_room(person.name, person.email)
    )
