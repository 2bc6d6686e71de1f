"""A forward of the writer's own news: ``someone_elses_forward(r) -> str | None``.

A friend forwards their own rejection or invitation to ask the reader's advice ("Got this
today, any idea what I could do better?", "Hab heute diese Absage bekommen", "J'ai reçu ça
ce matin"). The forwarded mail is addressed to the forwarder, whose name is not the reader's,
and the cover note tells it as the writer's own news: the outcome is someone else's. A recruiter
relaying a client's mail is addressed too, but its cover note speaks of the reader ("they'd like
to meet you"), and a user forwarding mail from another account of theirs bears their own name.

A friend's good news reads the same way: the cover note cheers ("I got it!!", "Ich hab die
Stelle!", "J'ai eu le poste !", "¡Me han cogido!", "Ik ben aangenomen!"), or the forwarded mail
greets the forwarder by name ("Dear Lea, we are delighted to offer you ..."): its "you" is the
forwarder. A recruiter's forward of a client's mail names the reader or "the candidate" in it.
"""

from __future__ import annotations

import re
from email.utils import parseaddr

from ..reading import Reading

_FLAGS = re.IGNORECASE | re.UNICODE
# The forwarded mail's addressee, in its header block.
_TO_LINE = re.compile(r"^[ \t>*]*(?:To|An|À|A|Para|Aan)[ \t*]*:[ \t*]*(.+)$", _FLAGS | re.M)
# The writer tells the forward as their own news.
_OWN_NEWS = re.compile(
    r"\b(?:(?:I\s+)?(?:just\s+)?(?:got|received|had)\s+(?:this|that)(?!\s+from)\b|"
    r"my\s+(?:application|interview|rejection|offer)\b|I\s+(?:didn't|did\s+not)\s+get\b|"
    r"(?:ich\s+)?(?:hab(?:e)?|habe\s+ich)\s+(?:heute\s+|gerade\s+)?(?:diese|das|die)\s+"
    r"(?:\w+\s+)?(?:bekommen|erhalten)|meine\s+(?:Bewerbung|Absage|Zusage)\b|"
    r"mein\s+(?:Vorstellungsgespräch|Interview)\b|j'ai\s+reçu\s+(?:ça|ceci|cela|ce\s+mail|"
    r"cette)|ma\s+candidature\b|mon\s+entretien\b|me\s+(?:ha|han)\s+(?:llegado|rechazado|"
    r"escrito)|(?:mi|mis)\s+(?:solicitud|candidatura|entrevista)\b|"
    r"ik\s+(?:heb|kreeg)\s+(?:dit|deze|net|vandaag)\b|mijn\s+(?:sollicitatie|gesprek|"
    r"afwijzing)\b|"
    # the writer's own success, cheered: "I got it!!", "guess who's the new Lead Designer",
    # "ich hab die Stelle", "j'ai eu le poste", "me han cogido", "ik ben aangenomen"
    r"I\s+(?:got|landed)\s+(?:it|the\s+(?:job|role|offer|position))\b|guess\s+who(?:'s|\s+is|"
    r"\s+got)\b|they\s+(?:offered|want)\s+me\b|"
    r"ich\s+(?:hab(?:e)?|bekomme?)\s+(?:die\s+Stelle|den\s+Job|es\s+geschafft)|hab's\s+geschafft|"
    r"ich\s+bin\s+(?:genommen|eingestellt)\b|j'ai\s+(?:eu|décroché|obtenu)\s+(?:le\s+poste|le\s+job|"
    r"la\s+place)|je\s+suis\s+prise?\b|ils\s+m'ont\s+(?:pris|prise|choisie?)\b|"
    r"me\s+han\s+(?:cogido|elegido|contratado|seleccionado)|(?:lo\s+)?(?:he\s+)?consegu(?:í|ido)\s+"
    r"(?:el\s+(?:puesto|trabajo)|la\s+plaza)|ik\s+ben\s+aangenomen|ik\s+heb\s+de\s+(?:baan|functie)\b)",
    _FLAGS,
)
# ... and not as the reader's: "for you", "your interview", "they'd like to meet you".
_READERS_NEWS = re.compile(
    r"\b(?:for\s+you|your\s+(?:interview|application|profile|CV)|(?:meet|invite|see|offer)\s+"
    r"you|für\s+(?:dich|Sie)|(?:deine|Ihre)\s+(?:Bewerbung|Gespräch)|pour\s+(?:toi|vous)|"
    r"(?:ta|votre)\s+candidature|para\s+(?:ti|usted)|(?:tu|su)\s+(?:candidatura|entrevista)|"
    r"voor\s+(?:jou|u)\b|(?:je|jouw|uw)\s+(?:sollicitatie|gesprek))",
    _FLAGS,
)
# The forwarded mail's greeting, naming whom it was written to.
_GREETING = re.compile(
    r"^[ \t>*]*(?:Dear|Hi|Hello|Hey|Liebe[r]?|Hallo|Bonjour|Cher|Chère|Hola|Estimad[oa]|"
    r"Querid[oa]|Beste|Hoi|Geachte)\s+(?:(?:Mr|Mrs|Ms|Mx|Dr|Herr|Frau|M|Mme|Sr|Sra|heer|"
    r"mevrouw)\.?\s+)?(\w+)",
    _FLAGS | re.M,
)
# The forwarded mail is about a candidate put forward: a client's word to a recruiter.
_A_CANDIDATE = re.compile(
    r"\b(?:your|the|this)\s+candidate\b|\b(?:Ihre[nm]?|der|die|den)\s+(?:Kandidat|Bewerber)\w*|"
    r"\b(?:votre|le|la)\s+candidate?\b|\b(?:su|el|la|tu)\s+candidat[oa]\b|"
    r"\b(?:uw|je|de)\s+kandida(?:at|te)\b",
    _FLAGS,
)


def _tokens(name: str) -> set[str]:
    return {t for t in re.findall(r"\w+", name.casefold()) if len(t) > 1}


def someone_elses_forward(r: Reading) -> str | None:
    """The forwarded mail's addressee when the forward is the writer's own news, else None."""
    if not r.used_forwarded or r.sender is None:
        return None
    to_line = _TO_LINE.search(r.body.forwarded)
    if not to_line:
        return None
    name, addr = parseaddr(to_line.group(1))
    addr = addr.casefold()
    forwarder = r.sender.email.casefold()
    theirs = (addr == forwarder) or bool(name and _tokens(name) & _tokens(r.sender.name or ""))
    readers = set().union(*(_tokens(a.name or "") for a in r.msg.to)) if r.msg.to else set()
    if not theirs or not readers or addr in r.excluded or (_tokens(name) & readers):
        return None
    cover = r.body.new
    if _READERS_NEWS.search(cover):
        return None
    if _OWN_NEWS.search(cover) or _greets_the_forwarder(r.body.forwarded, name, readers):
        return name or addr
    return None


def _greets_the_forwarder(forwarded: str, name: str, readers: set[str]) -> bool:
    """The forwarded mail greets the forwarder by name and names neither the reader nor a
    candidate put forward: its "you" is the forwarder."""
    greeting = _GREETING.search(forwarded)
    if not greeting or greeting.group(1).casefold() not in _tokens(name):
        return False
    return not (_tokens(forwarded) & readers or _A_CANDIDATE.search(forwarded))
