"""Who says they will not be at the interview: the writer ("I won't be on the call myself",
"je ne serai pas présente", "ich bin nicht dabei", "solo coordino") and others ("Rhea will
not join", "Herr Lenz nimmt nicht teil", "Julien ne participera pas", "Paola no estará",
"Joost is er niet bij").

Split from :mod:`.attendance`, which reads what a writer says of being there and gives these
too.
"""

from __future__ import annotations

import re

from ..body.text import whole_word_ends
from ..model import Person
from .callnames import call_names

# The sender says they will not be there: "I won't be on the call myself".
NOT_ATTENDING = re.compile(
    r"\b(?:I\s+won'?t\s+be\s+(?:on|in|at|joining|there|part)|I\s+will\s+not\s+be\s+(?:on|in|at|"
    r"joining|there|part)|I'?m\s+not\s+(?:joining|on\s+the|in\s+the|part\s+of)|"
    r"ich\s+(?:selbst\s+)?(?:bin|werde)\s+(?:selbst\s+)?(?:(?:beim|im|am)\s+\w+\s+)?nicht\s+"
    r"(?:dabei|anwesend|teilnehmen)|je\s+ne\s+serai\s+pas\s+(?:présente?|là)|"
    r"je\s+ne\s+(?:participerai|serai)\s+pas\s+(?:à\s+l'entretien|présente?)|"
    r"(?:yo\s+)?no\s+participaré|"
    r"no\s+estar[ée]\s+(?:presente|en\s+la)|ik\s+(?:ben|zal)\s+er\s+(?:zelf\s+)?niet\s+bij|"
    # the one who only sets it up: "I'm only coordinating, won't be on the call", "je ne
    # fais que coordonner", "ich koordiniere nur", "solo coordino", "ik coördineer alleen"
    r"I'?m\s+(?:only|just)\s+(?:coordinating|scheduling|arranging|organi[sz]ing|setting\s+"
    r"(?:it|this|things)\s+up)|(?:^|[,;]\s*|\band\s+)won'?t\s+be\s+(?:on|in|at|joining)\b|"
    r"je\s+ne\s+fais\s+que\s+(?:coordonner|planifier|organiser)|ich\s+(?:koordiniere|"
    r"organisiere|plane)\s+nur|(?:solo|sólo)\s+(?:coordino|organizo)|ik\s+(?:coördineer|"
    r"plan|organiseer)\s+(?:alleen|enkel|slechts))",
    re.IGNORECASE,
)


# Someone else will not be there: "Rhea will not join - just holding the calendar".
_ABSENT_AFTER_NAME = re.compile(
    # the surname, an aside in brackets and a comma may stand between the name and the verb:
    # "Dana Okafor (d@x) wird nicht teilnehmen", "Julien, en copie, ne sera pas présent"
    r"(?:\s+[A-Z][\w'-]+)?(?:\s*\([^()\n]{1,40}\))?(?:,[^,.;\n]{1,30},)?,?\s+(?:"
    r"(?:will\s+not|won'?t|isn'?t|is\s+not|can(?:'|no)?t)\s+(?:be\s+)?(?:join|joining|attend|"
    r"attending|there|on\s+the|in\s+the|part\s+of)\b|(?:is\s+)?(?:just|only)\s+(?:holding|"
    r"blocking|booking)\s+the\s+(?:calendar|time|slot|room)|"
    r"(?:wird|ist)\s+(?:selbst\s+)?nicht\s+(?:dabei|anwesend|teilnehmen)|"
    r"ne\s+sera\s+pas\s+(?:présente?|là|de\s+la\s+partie)|no\s+(?:estará|asistirá|participará)|"
    r"(?:is|zal)\s+er\s+(?:zelf\s+)?niet\s+bij|"
    # "won't be taking part", "ne participera pas", "ne se joindra pas", "nimmt nicht teil",
    # "no se unirá", "neemt niet deel", "sluit niet aan"
    r"(?:will\s+not|won'?t|isn'?t|is\s+not)\s+(?:be\s+)?tak(?:e|ing)\s+part|"
    r"ne\s+(?:participera|se\s+joindra|nous\s+rejoindra)\s+pas|"
    r"(?:nimmt|wird)\s+(?:selbst\s+)?(?:am\s+\w+\s+)?nicht\s+(?:teil|dabei\s+sein)|"
    r"no\s+se\s+(?:unirá|sumará|conectará)|(?:neemt|zal)\s+(?:zelf\s+)?niet\s+(?:deel|aansluiten)|"
    r"sluit\s+(?:zelf\s+)?niet\s+aan)"
)


def says_absent(flat: str, person: Person) -> bool:
    """The text says this person will not be there ("Rhea will not join", "Herr Lenz wird
    nicht teilnehmen", "Julien ne sera pas présent", "Paola no estará", "Joost is er niet
    bij")."""
    return any(
        _ABSENT_AFTER_NAME.match(flat, end)
        for name in call_names(person)
        for end in whole_word_ends(flat, name)
    )
