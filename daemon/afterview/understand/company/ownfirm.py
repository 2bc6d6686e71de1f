"""The firm a writer says is their own: "cofounder of Mossbyte", "(CEO, Parcelwise)",
"Greg from Lumenfield here".

Founders and owners of small firms write from a free mailbox (gmail, protonmail) and sign
with their title and firm, or say who they are in the first lines; the mail's domain then
names nothing, and these words are the only place the employer is named. In five
languages: "fundadora de X", "Gründer von X", "cofondatrice de X", "oprichter van X".
Only titles that belong to the firm as a whole (founder, owner, chief executive) are read:
"Director of Nursing" or "Head of Data" names a department, not the employer.
"""

from __future__ import annotations

import re

from .spelling import leading_name

_UP = "A-ZÀ-ÖØ-Þ"
# Titles held of a whole firm, in English, Spanish, German, French and Dutch.
_OWNER_TITLE = (
    r"(?:co-?)?founders?|(?:co-?)?owners?|ceo|cto|coo|cfo|chief executive|"
    r"(?:co-?)?fundador(?:a|es)?|propietari[oa]|due[ñn][oa]|"
    r"(?:mit)?gr[üu]nder(?:in)?|mitbegr[üu]nder(?:in)?|inhaber(?:in)?|"
    r"(?:co-?)?fondat(?:eur|rice)s?|(?:co-?)?g[ée]rante?|"
    r"(?:mede)?oprichters?|eigenaa?r(?:es)?"
)
# "cofounder of Mossbyte", "one of the two founders of Pikelet Labs", "CEO at X",
# "Gründerin von Kranbau Nord", "fondatrice de l'Atelier Sève", "oprichter van Zoet"
_TITLE_OF = re.compile(
    rf"\b(?i:{_OWNER_TITLE})\s+(?i:of|at|@|de|del|von|der|bei|chez|van)\s+"
    rf"(?:(?i:the|der|die|das|la|le|l'|el|het|de)\s*)?"
    rf"(?P<name>[{_UP}](?:[^\n,.;:!?()]|\.(?=\w)){{1,60}})"
)
# A signature's "(cofounder, Parcelwise)" or "Leo Farias · CEO, Mossbyte": the title set off
# at the start of a line, after a bracket or a separator, and the firm ending it
_TITLE_COMMA = re.compile(
    rf"(?:^|[(|·•–]|\s-)[ \t]*(?i:{_OWNER_TITLE})[ \t]*,[ \t]*"
    rf"(?P<name>[{_UP}][^\n,;:!?()|·•]{{0,60}}?)[ \t.]*(?=\)|[|·•]|$)",
    re.MULTILINE,
)
# "Greg from Lumenfield here", "Ana de Hoteles Brisamar aquí", "Jana von Kranbau Nord hier"
_FROM_HERE = re.compile(
    rf"(?:^|[\s,.!-])[{_UP}][\w'’-]+(?:[ \t]+[{_UP}][\w'’-]+)?[ \t]+"
    rf"(?i:from|at|de|von)[ \t]+(?P<name>[{_UP}][\w'’&-]*(?:[ \t]+(?:[{_UP}][\w'’&-]*|&))*)"
    r"[ \t]+(?i:here|aqu[íi]|hier|ici)\b"
)


# "the former CEO of Monzo", "ex-founder of X": a firm the writer no longer speaks for
_FORMER = re.compile(
    r"(?i:former|ex|previous|past|ehemalige[rn]?|ancien(?:ne)?|antigu[oa]|voormalige?)[\s-]*$"
)


def own_firm(text: str) -> list[str]:
    """The firms ``text`` names as the writer's own, in the order found."""
    head = text[:5000]
    found = []
    for pattern in (_TITLE_OF, _TITLE_COMMA, _FROM_HERE):
        for match in pattern.finditer(head):
            if _FORMER.search(head[max(0, match.start() - 20) : match.start()]):
                continue
            name = leading_name(match.group("name"))
            if name:
                found.append(name)
    return found
