"""A forward of the writer's own news: ``someone_elses_forward(r) -> str | None``.

A friend forwards their own rejection or invitation to ask the reader's advice ("Got this
today, any idea what I could do better?", "Hab heute diese Absage bekommen", "J'ai reçu ça
ce matin"). The forwarded mail is addressed to the forwarder, whose name is not the reader's,
and the cover note tells it as the writer's own news: the outcome is someone else's. A recruiter
relaying a client's mail is addressed too, but its cover note speaks of the reader ("they'd like
to meet you"), and a user forwarding mail from another account of theirs bears their own name.
"""

from __future__ import annotations

import re
from email.utils import parseaddr

from .reading import Reading

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
    r"afwijzing)\b)",
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
    if not _OWN_NEWS.search(cover) or _READERS_NEWS.search(cover):
        return None
    return name or addr
