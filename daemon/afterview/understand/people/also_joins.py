"""Whether a recruiter's "X joins as well" puts the recruiter in the meeting.

"Marloes (teamleider) sluit ook aan", "Teilnehmen werden außerdem Frau Dr. Yildiz", "Anna
Kerr will join as well": another joins besides someone. When the mail names no one else the
candidate meets before it (no "your interview with Tom Hale", no "with our hiring manager",
no panel), that someone can only be the writer, who then holds the meeting though they sign
as a recruiter. :mod:`.attendance` reads the same words as the writer's presence only for a
sender who does not arrange meetings for others; this is the recruiter's case.
"""

from __future__ import annotations

import re

from ..model import Person
from .unaddressed import names_others_met

# Another person comes along in addition ("also", "as well", "too", "außerdem", "ebenfalls",
# "également", "también", "ook"): only the additive forms, not "we'll talk about ..." or "nos
# acompañará", which say nothing of a base.
ADDS_ANOTHER = re.compile(
    r"\b(?:(?:join|jump\s+on|hop\s+on|dial\s+in|sit\s+in|come\s+along|be\s+there)\w*\s+(?:us\s+)?"
    r"(?:as\s+well|too|also)|will\s+also\s+(?:join|be\s+(?:joining|there|on\s+the\s+(?:call|"
    r"panel|interview))|sit\s+in|attend)|"
    r"(?:teilnehmen|dabei\s+sein)\s+(?:werden|wird)\s+(?:außerdem|ebenfalls|auch)|"
    r"(?:wird|werden|nimmt|nehmen|ist|sind)\s+(?:uns\s+)?(?:außerdem|ebenfalls|auch)\s+(?:\w+\s+){0,4}?"
    r"(?:dabei(?:\s+sein)?|teil(?:nehmen)?|dazukommen|anwesend)|"
    r"(?:participera|participeront|sera|seront)\s+(?:également|aussi)|"
    r"(?:participará|participarán|estará|estarán|se\s+unirá|se\s+unirán)\s+también|"
    r"también\s+(?:participará|participarán|estará|estarán|se\s+unirá|se\s+unirán)|"
    r"(?:sluit|sluiten|schuift|schuiven)\s+(?:\w+\s+){0,3}?ook\s+aan|"
    r"(?:is|zijn)\s+(?:er\s+)?ook\s+(?:bij|aanwezig))\b",
    re.IGNORECASE,
)
# Someone met named by their part, not by name, before the "also": "your interview with our
# hiring manager", "Ihr Gespräch mit unserem Teamleiter", "vous rencontrerez notre directeur",
# "con nuestra jefa", "met onze teamleider", "the panel".
_ROLE_MET = re.compile(
    r"\b(?:(?:with|meet(?:ing)?|speak(?:ing)?\s+(?:with|to)|mit|avec|rencontrer\w*|con|"
    r"conocer\w*|met)\s+(?:the|our|your|a|an|dem|der|den|unserem|unserer|unseren|Ihrem|Ihrer|"
    r"le|la|les|l'|notre|nos|votre|el|los|las|nuestro|nuestra|nuestros|tu|de|het|onze|je|uw)\s*"
    r"(?!(?:role|position|post|job|application|team'?s?\s+(?:calendar|link))\b)\w|"
    r"\bpanel\b|\bjury\b|\bcomité\b|\bcommissie\b|\bKommission\b|\bGremium\b|\btribunal\b)",
    re.IGNORECASE,
)


def also_adds_to_writer(own: str, sender: Person | None) -> bool:
    """The writer's own words say another joins "as well" where no one else met is named
    before it, by name or by part."""
    if sender is None:
        return False
    flat = " ".join(own.split())
    for match in ADDS_ANOTHER.finditer(flat):
        before = flat[: match.start()]
        # the one who joins is named in the same sentence, before the verb: leave them out
        sentence_from = max(before.rfind(mark) for mark in (". ", "! ", "? ", "; ")) + 1
        earlier = before[:sentence_from]
        if not _ROLE_MET.search(earlier) and not names_others_met(earlier, sender):
            return True
    return False
