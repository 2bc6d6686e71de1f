"""Separate what the sender wrote now from quoted history, signature and footer.

A careful reader decides what a message *is* from its new text only: a rejection that
quotes an earlier cheerful invitation is a rejection. The history, the signature (useful
for the sender's company and title) and the legal/unsubscribe footer are kept apart as
context. Works on plain text; HTML bodies arrive already rendered by ``html.py``, with
``<blockquote>`` content prefixed by ``> ``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from ..gates.firstletter import by_first_letter

# "On Tue, 3 Nov 2026 at 10:12, Jane <j@x> wrote:" and its translations. Gmail wraps long
# attributions over two lines, so they are matched on a line joined with the next one.
_ATTRIBUTION = re.compile(
    r"^(?:>\s*)*(?:"
    r"on\b.{3,240}\bwrote\s*:|"
    r"am\b.{3,240}\bschrieb\b.{0,120}:|"
    r"le\b.{3,240}\ba\s+écrit\s*:|"
    r"el\b.{3,240}\bescribió\s*:|"
    r"op\b.{3,240}\bschreef\b.{0,120}:|"
    r".{3,160}<[^<>@\s]+@[^<>\s]+>\s+(?:wrote|schrieb|a écrit|escribió|schreef)\s*:"
    r")\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|originalnachricht|"
    r"message d'origine|mensaje original|oorspronkelijk bericht)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|"
    r"mensaje reenviado|doorgestuurd bericht)\s*-{2,}|begin forwarded message\s*:|"
    r"anfang der weitergeleiteten nachricht\s*:|début du message réenvoyé\s*:)\s*$",
    re.IGNORECASE,
)
# The field names of a quoted or forwarded message's header lines, in five languages: their
# "Date:" is when that mail was written, never a time the mail states.
HEADER_FIELDS = (
    r"(?:from|date|sent|to|cc|subject|von|datum|gesendet|an|betreff|de|envoyé|à|objet|para|"
    r"asunto|fecha|enviado|van|verzonden|aan|onderwerp)"
)
_HEADER_FROM = re.compile(r"^\s*\*?(?:from|von|de|van)\s*(?:\*\s*)?:\s*\S", re.IGNORECASE)
_HEADER_OTHER = re.compile(
    r"^\s*\*?(?:sent|date|to|subject|cc|gesendet|datum|an|betreff|envoyé|date|à|objet|"
    r"enviado|fecha|para|asunto|verzonden|aan|onderwerp)\s*(?:\*\s*)?:",
    re.IGNORECASE,
)
_HEADER_SUBJECT = re.compile(
    r"^\s*\*?(?:subject|betreff|objet|asunto|onderwerp)\s*(?:\*\s*)?:", re.IGNORECASE
)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
_SIG_DASHES = re.compile(r"^--\s?$")

_CLOSINGS = (
    # English
    r"best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|"
    r"many thanks|thanks|thank you|thanks so much|thanks again|thanks a lot|cheers|"
    r"sincerely|yours sincerely|yours truly|yours|all the best|warmly|talk soon|"
    r"speak soon|best of luck|good luck|with thanks|respectfully|"
    # German
    r"viele grüße|beste grüße|liebe grüße|freundliche grüße|mit freundlichen grüßen|"
    r"herzliche grüße|mit besten grüßen|schöne grüße|gruß|grüße|lg|vg|"
    # French
    r"cordialement|bien cordialement|bien à vous|salutations|meilleures salutations|"
    r"bonne journée|belle journée|à bientôt|merci|merci encore|amitiés|"
    # Spanish
    r"saludos|un saludo|un cordial saludo|saludos cordiales|atentamente|un abrazo|"
    r"gracias|muchas gracias|cordialmente|"
    # Dutch
    r"met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|groeten|groet|"
    r"hartelijke groet|met hartelijke groet|bedankt"
)
_CLOSING_LINE = re.compile(rf"^\s*[¡]?(?:{_CLOSINGS})\s*[,!.]*\s*$", re.IGNORECASE)
_TIME_OR_DATE = re.compile(
    r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|"
    r"\b(?:19|20)\d{2}\b|"
    # a day of a named month, either way round ("26 November", "Fri 4 Dec", "Dec. 4"): a
    # timeline's row or a sentence, where a signature gives no dates
    r"\b\d{1,2}\.?\s+(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zéû]*\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)

_FOOTER_WORDS = (
    r"unsubscribe|opt[- ]out|manage (?:your )?(?:email |notification )?preferences|"
    r"privacy (?:policy|notice)|powered by|sent (?:with|via|using|from my)|"
    r"this (?:e-?mail|message)(?: and any attachments?)? (?:is|are|may be|contains?) "
    r"(?:confidential|intended)|do not reply|don't reply|no-?reply|"
    r"automated (?:message|e-?mail|notification)|you (?:are )?receiv(?:ed|ing) this|"
    r"view (?:this |it )?in (?:your|a) browser|abmelden|datenschutz|"
    r"se (?:désinscrire|désabonner)|désinscri|darse de baja|cancelar (?:la )?suscripción|"
    r"afmelden|uitschrijven|©|\(c\) \d{4}|all rights reserved"
)
# grouped by first letter: looked for in every line of every message (no match spans a line)
_FOOTER = re.compile(by_first_letter(_FOOTER_WORDS, re.IGNORECASE), re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_WORD_CHAR = re.compile(r"\w")


def whole_word_ends(text: str, words: str) -> Iterator[int]:
    """Where each whole-word occurrence of the literal ``words`` in ``text`` ends: a plain
    search plus a look at the characters either side, so that no pattern is compiled around
    a name found in the message."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            yield end
        at = text.find(words, at + 1)


@dataclass(frozen=True)
class Body:
    """A message body in its roles. ``new`` is what decides; the rest is context."""

    new: str
    signature: str = ""
    quoted: str = ""
    forwarded: str = ""
    footer: str = ""

    @property
    def has_history(self) -> bool:
        return bool(self.quoted.strip() or self.forwarded.strip())


def split_body(text: str) -> Body:
    """Split ``text`` into new text, signature, quoted history, forwarded mail and footer."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut, forwarded = _history_start(lines)
    head, tail = lines[:cut], lines[cut:]
    own = [line for line in head if not line.lstrip().startswith(">")]
    quoted = [line for line in head if line.lstrip().startswith(">")]
    own, footer = _drop_footer(own)
    own, signature = _split_signature(own)
    history = "\n".join(tail).strip()
    return Body(
        new=_tidy(own),
        signature=_tidy(signature),
        quoted="\n".join([*quoted, "" if forwarded else history]).strip(),
        forwarded=history if forwarded else "",
        footer=_tidy(footer),
    )


def _tidy(lines: list[str]) -> str:
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in lines)).strip()


def _history_start(lines: list[str]) -> tuple[int, bool]:
    """Index of the first line of quoted or forwarded history, and whether it is forwarded."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _FORWARD.match(stripped):
            return i, True
        if _SEPARATOR.match(stripped):
            return i, False
        if len(stripped) < 400:
            joined = stripped
            if i + 1 < len(lines) and not stripped.endswith(":"):
                joined = f"{stripped} {lines[i + 1].strip()}"
            if _ATTRIBUTION.match(stripped) or _ATTRIBUTION.match(joined):
                return i, False
        if _HEADER_FROM.match(stripped) and _header_block_follows(lines, i):
            start = i - 1 if i and _UNDERSCORES.match(lines[i - 1]) else i
            return start, False
    return len(lines), False


def _header_block_follows(lines: list[str], i: int) -> bool:
    """An Outlook-style "From: / Sent: / To: / Subject:" block starts at line ``i``."""
    following = [line for line in lines[i + 1 : i + 7] if line.strip()][:5]
    headers = [line for line in following if _HEADER_OTHER.match(line)]
    return len(headers) >= 2 and any(_HEADER_SUBJECT.match(line) for line in headers)


def _drop_footer(lines: list[str]) -> tuple[list[str], list[str]]:
    """Remove footer lines (unsubscribe, legal, "powered by") wherever they appear."""
    # one search of all lines instead of one per line: a footer phrase never spans a line
    # break, so the lines holding a match are those the matches of the joined text fall in
    joined = "\n".join(lines)
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    marked = {bisect_right(starts, match.start()) - 1 for match in _FOOTER.finditer(joined)}
    if not marked:
        return lines, []
    kept, footer = [], []
    for i, line in enumerate(lines):
        (footer if i in marked and len(line) < 400 else kept).append(line)
    return kept, footer


def _split_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    """Find the sign-off: "-- ", a closing phrase near the end, or a trailing name block."""
    for i, line in enumerate(lines):
        if _SIG_DASHES.match(line):
            return lines[:i], lines[i + 1 :]
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) < 2:
        return lines, []
    for i in content[1:]:
        if _CLOSING_LINE.match(lines[i]):
            after = [j for j in content if j > i]
            if len(after) <= 8 and all(_signature_like(lines[j]) for j in after):
                return lines[:i], lines[i:]
    # No closing phrase: trailing short paragraphs that look like a name and title block.
    start = len(lines)
    paragraphs = 0
    j = len(lines) - 1
    while j > content[0] and paragraphs < 2:
        while j > content[0] and not lines[j].strip():
            j -= 1
        block_end = j
        while j > content[0] and lines[j].strip():
            j -= 1
        block = [line for line in lines[j + 1 : block_end + 1] if line.strip()]
        if not block or len(block) > 5 or not all(_signature_like(x) for x in block):
            break
        if _introduced(lines, j, block, content[0]):
            break
        start, paragraphs = j + 1, paragraphs + 1
    return lines[:start], lines[start:]


def _introduced(lines: list[str], before: int, block: list[str], first: int) -> bool:
    """Whether the block after line ``before`` is the mail's content though it looks like a
    sign-off: a line ending in a colon introduces it ("Here are the details:"), or it is a
    table's rows ("Role | Analyst") straight after the greeting."""
    k = before
    while k >= first and not lines[k].strip():
        k -= 1
    if k < first:
        return False
    if lines[k].rstrip().endswith(":"):
        return True
    return k == first and all(" | " in line for line in block)


def _signature_like(line: str) -> bool:
    """A name, title, company or contact line rather than a sentence."""
    text = line.strip()
    if not text:
        return True
    if len(text) > 80 or text.endswith(("?", ":")):
        return False
    if re.search(r"[|·•]|@|https?://|\+?\d[\d ()-]{6,}", text) and not _TIME_OR_DATE.search(text):
        return True
    if _TIME_OR_DATE.search(text) or re.search(r"\w:\s", text):
        return False
    if text.endswith(".") and not re.search(r"\b[A-Z][a-z]{0,3}\.$", text):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > 8:
        return False
    capital = sum(1 for w in words if w[0].isupper())
    return capital / len(words) >= 0.6
