"""Firms a text names by their registered name: capitalised words closed by a legal form
("Kaveri Motors Pvt. Ltd.", "Panificadora Los Álamos S.R.L.", "Brunnhuber Haustechnik GmbH").

A job board or placement portal writing as itself names the employer so, in the notice
("... ist bei der Brunnhuber Haustechnik GmbH eingegangen"): a legal form marks a firm's
name where the words around it are the service's own. The service's own footer carries one
too; ``employer`` leaves out names that share a word with the service's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .names import normalise_company

_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|&|de|del|la|las|los|y|du|des|van|der|den)"
_FORM = (
    r"(?:S\.\s?A\.(?:\s?de\s?C\.\s?V\.)?|S\.\s?R\.\s?L\.|S\.\s?L\.|S\.\s?A\.\s?S\.|SARL|SAS|SpA|"
    r"GmbH(?:\s?&\s?Co\.\s?KG)?|AG|KG|SE|Ltd\.?|Limited|Pvt\.?\s+Ltd\.?|Private\s+Limited|"
    r"Inc\.?|LLC|LLP|plc|PLC|B\.\s?V\.|N\.\s?V\.|Pty\.?\s+Ltd\.?|eG|U\.\s?A\.)"
)
_REGISTERED = re.compile(
    rf"(?<![\w'’.-])(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+{_WORD}){{0,5}}?),?\s+{_FORM}(?![\w])"
)
# Words that open a sentence or a notice, not a firm's name ("Dear", "The")
_OPENERS = frozenset(("The", "Dear", "Hi", "Hello", "Your", "Our", "This", "At", "From", "By"))


def registered_names(texts: Sequence[str]) -> Iterator[str]:
    """The names written with a legal form, in the order the texts give them, without it."""
    for text in texts:
        for match in _REGISTERED.finditer(text[:20000]):
            words = match.group("name").split()
            while words and words[0] in _OPENERS:
                words = words[1:]
            if len(words) < 1 or words[0][:1].islower():
                continue
            name = normalise_company(" ".join(words))
            if name and len(name) > 2:
                yield name


# A line that is a registered name alone, perhaps with its town after a separator:
# "Fromagerie Chevrot S.A.S.", "Coöperatie Melkweg Brabant U.A. · Veghel"
_WHOLE_LINE = re.compile(rf"[ \t]*{_REGISTERED.pattern}[ \t]*(?:(?:[,·|–-][^\n]{{0,40}})?)$")


def closing_firm(texts: Sequence[str]) -> Iterator[str]:
    """The registered name on a line of its own among the last lines of a mail's sign-off:
    the firm that signs, where its domain's label spells no word of it ("fc.example")."""
    for text in texts:
        lines = [line for line in text.splitlines() if line.strip()][-6:]
        for line in lines:
            match = _WHOLE_LINE.match(line)
            if match:
                yield from registered_names([line])
