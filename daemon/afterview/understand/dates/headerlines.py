"""Whether a line is no part of the mail's own words: a quoted line ("> ..."), a
forwarded mail's "Sent:" line (also "Enviado el:", "Gesendet am:"), a header line in a block
that has a "From:", or an "On ... wrote:" attribution. A time on such a line is when an
older mail was written, never the interview's.
"""

from __future__ import annotations

import re

from ..body.text import HEADER_FIELDS
from .markers import ATTRIBUTION, QUOTE_OR_HEADER
from .text import line_end, line_start

# A header line of a forwarded or quoted mail ("Date: Fri, 6 Nov 2026 at 14:41"), and its
# block's "From:" line: a "Date:" in a block with a sender is when that mail was written; a
# lone "Date: Thursday, November 26" over "Time: 1:00 PM" is the meeting's own field.
_HEADER_LINE = re.compile(rf"[ \t>]*\*?{HEADER_FIELDS}\s*(?:\*\s*)?:", re.IGNORECASE)
_FROM_LINE = re.compile(r"[ \t>]*\*?(?:from|von|de|van)\s*(?:\*\s*)?:\s*\S", re.IGNORECASE)
_HEADER_BLOCK_REACH = 6  # lines up or down a header block is looked through


def quoted_or_header(text: str, line_from: int, line_to: int) -> bool:
    """A quoted line, a "Sent:" header, a header line in a block with a "From:", or an
    "On ... wrote:" attribution."""
    if QUOTE_OR_HEADER.match(text, line_from, min(line_to, line_from + 40)):
        return True
    if _HEADER_LINE.match(text, line_from) and _in_header_block(text, line_from):
        return True
    if ATTRIBUTION.search(text, max(line_from, line_to - 40), line_to):
        return True
    next_end = line_end(text, min(len(text), line_to + 1))  # a wrapped one
    return bool(ATTRIBUTION.search(text, max(line_to, next_end - 40), next_end))


def _in_header_block(text: str, line_from: int) -> bool:
    """The header line at ``line_from`` stands among header lines one of which is a
    "From:" line (the block of a forwarded or quoted mail)."""
    if _FROM_LINE.match(text, line_from):
        return True
    at = line_from
    for _ in range(_HEADER_BLOCK_REACH):  # up
        if at == 0:
            break
        at = line_start(text, at - 1)
        if not _HEADER_LINE.match(text, at):
            break
        if _FROM_LINE.match(text, at):
            return True
    at = line_end(text, line_from)
    for _ in range(_HEADER_BLOCK_REACH):  # down
        if at >= len(text):
            break
        at += 1
        if not _HEADER_LINE.match(text, at):
            break
        if _FROM_LINE.match(text, at):
            return True
        at = line_end(text, at)
    return False
