"""The one for whom the sender writes and who holds the interview: "on behalf of Mr Lim Jun
Hao, Group COO, to confirm your interview", "im Auftrag von Frau Dr. Hanna Berg lade ich Sie
ein", "Namens de voorzitter van de commissie, prof. Pieter Declercq, nodig ik u uit"; not one
away or on leave ("on behalf of Dana, who is on leave").

Split from :mod:`.named_met`, which gives it with the other readers of whom a mail names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Person
from .callnames import full_name_words
from .panel_lists import WORD

_AWAY = re.compile(
    r"\b(?:away|on leave|on holiday|on vacation|out of (?:the )?office|afwezig|met vakantie|"
    r"abwesend|im Urlaub|absente?|en congé|ausente|de vacaciones|sick|krank|malade|enferm[oa]|"
    r"ziek)\b",
    re.IGNORECASE,
)
# One who holds the interview, for whom an assistant or HR writes: "on behalf of Mr Lim Jun
# Hao, Group COO, to confirm your interview", "Namens de voorzitter van de commissie, prof.
# Pieter Declercq, nodig ik u uit", "im Auftrag von Frau Dr. Berg lade ich Sie ein".
_ON_BEHALF = re.compile(
    r"\b(?:on behalf of|namens|im (?:Auftrag|Namen) von|au nom d(?:e\b|')|de la part d(?:e\b|')|"
    # dots of "Dr." go on
    r"en nombre de\b|de parte de\b)(?P<whom>(?:[^.;!?\n]|\.(?=[ \t]\S)){1,120})",
    re.IGNORECASE,
)
_INVITES = re.compile(
    r"\b(?:invit\w*|confirm\w*|einladen|lade\w*|Einladung|bestätig\w*|nod\w*\s+[^.]{0,40}uit|"
    r"uitnodig\w*|uit te nodigen|bevestig\w*|convoc\w*|invitar\w*|confirmar\w*)",
    re.IGNORECASE,
)


def met_on_behalf(text: str, people: Sequence[Person]) -> list[Person]:
    """The one for whom the sender invites or confirms: "on behalf of Mr Lim Jun Hao, Group
    COO, to confirm your interview", "im Auftrag von Frau Dr. Hanna Berg lade ich Sie ...
    ein"; not one away or on leave ("on behalf of Dana, who is on leave")."""
    found = []
    for paragraph in re.split(r"\n\s*\n", text):
        flat = " ".join(paragraph.split())
        for match in _ON_BEHALF.finditer(flat):
            around = flat[match.start() : match.end() + 150]
            if not _INVITES.search(around) or _AWAY.search(around):
                continue
            whom = {w.lower() for w in WORD.findall(match.group("whom"))}
            found += [
                p
                for p in people
                if (words := [w.lower() for w in full_name_words(p) if len(w) > 2])
                and len(whom.intersection(words)) >= min(2, len(words))
            ]
    return list({p.email: p for p in found}.values())
