"""The form of the employer's name the mail itself uses, where it writes a longer one once.

A mail that says "Aldgate Mutual" three times (its sender "Workday on behalf of Aldgate
Mutual", "the position at Aldgate Mutual", "Aldgate Mutual Talent Acquisition") and
"Aldgate Mutual Assurance Society Limited" once in a registration notice names the employer
"Aldgate Mutual": a reader calls a firm what its own mail calls it, and the longer form,
written once, is its registered or full name. Only a form of two words or more that opens
the longer one and is written on its own at least three times as often counts; a one-word
form is too often the writer's surname ("Hoffmann" of "Hoffmann & Söhne") or a name whose
trade completes it ("Ravenscourt" of "Ravenscourt Hotels"), as the labelled mail shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .capitalruns import CONNECTORS

# How many times more often the short form must stand alone than the long one is written
_MORE_OFTEN = 3
_MAX_TEXT = 20_000


def form_in_use(name: str, texts: Sequence[str]) -> str:
    """``name`` or the shorter form opening it that ``texts`` (the mail's own words: its
    display, subject, new text, signature, invitation) use far more often."""
    words = name.split()
    if len(words) < 3:
        return name
    flat = "\n".join(text[:_MAX_TEXT] for text in texts if text)
    if words[0] not in flat:
        return name  # spare the searches: the name's first word is nowhere
    whole = max(1, _count(name, flat))
    # a one-word form is too often the writer's surname ("Hoffmann" of "Hoffmann & Söhne")
    # or the name's own first word that its trade completes ("Ravenscourt Hotels")
    for size in range(len(words) - 1, 1, -1):
        short = words[:size]
        if short[-1].lower() in CONNECTORS or short[-1] == "&" or len(short[-1]) < 3:
            continue  # "Harbour &", "Banque de": no name ends so
        alone = _count(" ".join(short), flat, following=words[size])
        if alone >= _MORE_OFTEN * whole:
            return " ".join(short)
    return name


def _count(form: str, text: str, following: str = "") -> int:
    """How often ``text`` writes ``form`` as whole words, not followed by ``following``."""
    # not inside an address or a domain ("people@greengage.example")
    pattern = rf"(?<![\w&'’@./-]){re.escape(form)}(?![\w'’-]|\.\w)"
    if following:
        pattern += rf"(?!\s+{re.escape(following)}(?!\w))"
    return len(re.findall(pattern, text))
