"""A one-word domain label split into the words a person would write as the employer's name.

Where a mail never writes the employer's name out (an out-of-office, a one-line reply), a
reader names it from the domain, and splits the label only where the split is plain:
"orcaledger" is "Orca Ledger" (a name and a trade's word), "marskcoldchain" "Marsk Cold
Chain", "quarryandfinch" "Quarry & Finch" (two words joined by "and"), "bodegasvaldeoro"
"Bodegas Valdeoro" (a trade's word leading), "kestrelridgebh" "Kestrelridge Behavioral
Health" where the mail speaks of behavioral health. A label that is a name alone stays one
word ("Brightloaf", "Kitebase": two common words glued are a coined name, not two words),
and so does any part the mail writes whole.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

from .names import NAME_ENDINGS, word_set
from .orgwords import GOVERNMENT_WORDS, INSTITUTION_WORDS, ORGANISATION_WORDS

# Words that end organisations' names besides those ``names`` and ``orgwords`` know: the
# trades of firms that name themselves "<name> <trade>" ("Orca Ledger", "Halyard Metrics"),
# in five languages.
_MORE_TRADES = word_set(
    "ledger metrics insights outdoor provisions precision parcel commerce infotech softech "
    "softworks apothecary drug drugs kitchens mills minerals lifts elevators drones ferries "
    "landscapes seeds tools components groundworks bridgeworks fleetworks offshore wind "
    "catering audit accountants physio subsea coffee roasters bikes pets crm fresh "
    "hospitality hotels mutual capital creative medical financial finserv direktbank "
    "conseil seguros pagos datos salud viajes medien verlag zuivel bouw zorg treuhand pumpen "
    "hydraulik emballage emballages ingenierie ingenieurs analytique mobilites logistiek "
    "energia renovables creativos publicidad"
)

# Words that end a name, which a label runs together: "coldchain" is "Cold Chain".
_TRADE_PHRASES = {"coldchain": "cold chain", "realestate": "real estate"}

# Words that open a firm's name before the name itself: "Bodegas Valdeoro", "Atelier Boréal".
_LEADING = word_set(
    "atelier ateliers maison studio estudio groupe grupo agence agencia bodegas clinica "
    "clinique brasserie cabinet fiduciaire transports editorial taller tiendas banco banca "
    "caja stadtwerke zorggroep hotel casa"
)

# Abbreviations a domain ends in, spelled out only where the mail writes the words or the
# name before them: "tidewellins" beside "Tidewell" is Tidewell Insurance.
_ABBREVIATIONS = {
    "ins": "insurance",
    "bh": "behavioral health",
    "sec": "security",
    "cap": "capital",
    "med": "medical",
    "fin": "finance",
    "mfg": "manufacturing",
    "intl": "international",
    "svcs": "services",
    "grp": "group",
    "fdn": "foundation",
}

_TRADES = frozenset(
    w
    for w in NAME_ENDINGS | ORGANISATION_WORDS | INSTITUTION_WORDS | GOVERNMENT_WORDS | _MORE_TRADES
    if w.isalpha() and len(w) >= 3
) | frozenset(_TRADE_PHRASES)
_TRADES_LONGEST_FIRST = sorted(_TRADES, key=len, reverse=True)
_LEADING_BY_LENGTH = sorted(_LEADING, key=len)
# the shortest name a trade's word may be split from: "Kust Lab" is a guess, "Orca Ledger" not
_MIN_NAME = 4


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Common English words (SCOWL, see wordlist_en.LICENSE); empty if the list is missing."""
    try:
        data = resources.files(__package__).joinpath("wordlist_en.txt.gz").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return frozenset()
    return frozenset(gzip.decompress(data).decode("ascii").split())


def split_label(raw: str, mail_words: Mapping[str, str], mail_text: str = "") -> list[str]:
    """``raw`` (a squashed one-word label) as the words of a name, lower-case unless the mail
    writes them (``mail_words``: squashed -> as written); ``mail_text``: the mail, lower-cased,
    where an abbreviation's words may be written out."""
    if raw in mail_words or len(raw) < 2 * _MIN_NAME - 1:
        return [mail_words.get(raw, raw)]
    lead, rest = _leading(raw, mail_words)
    tail: list[str] = []
    abbreviation = _abbreviation(rest, mail_words, mail_text)
    if abbreviation:
        rest, tail = rest[: -len(abbreviation[0])], [abbreviation[1]]
    else:
        # one trade's word from the end: "Brightwater Health", not "Bright Water Health"
        peeled = _trade_tail(rest, mail_words)
        if peeled:
            rest, tail = rest[: -len(peeled)], [_TRADE_PHRASES.get(peeled, peeled)]
    core = _split_core(rest, mail_words)
    words = [*lead, *core, *" ".join(tail).split()]
    return [mail_words.get(w, w) for w in words]


def _leading(raw: str, mail_words: Mapping[str, str]) -> tuple[list[str], str]:
    """A trade's word that opens ``raw`` and the rest: the shorter one where two fit
    ("atelier" + "sauveterre"), unless the mail writes the rest of the longer one."""
    fits = [w for w in _LEADING_BY_LENGTH if raw.startswith(w) and len(raw) - len(w) >= _MIN_NAME]
    if not fits:
        return [], raw
    word = next((w for w in fits if raw[len(w) :] in mail_words), fits[0])
    return [word], raw[len(word) :]


def _abbreviation(
    label: str, mail_words: Mapping[str, str], mail_text: str
) -> tuple[str, str] | None:
    """An abbreviation ending ``label`` and its words, where the mail writes the name before
    it, writes the words as a phrase of their own, or writes them after the name's last word
    ("library foundation" for "oakhurstlibraryfdn"). "Hawkins" is no Hawk Insurance: the mail
    never writes "hawk"; and one word written anywhere is no evidence: "the finance team" does
    not make "brightfin" Bright Finance."""
    for short, words in _ABBREVIATIONS.items():
        head = label[: -len(short)]
        supported = (
            head in mail_words
            or (" " in words and _writes_phrase(mail_text, words))
            or _ends_before(head, words, mail_text)
        )
        if label.endswith(short) and len(head) >= _MIN_NAME + 1 and supported:
            return short, words
    return None


def _writes_phrase(text: str, phrase: str) -> bool:
    """Whether ``text`` writes ``phrase`` as whole words."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _ends_before(head: str, phrase: str, text: str) -> bool:
    """Whether ``text`` writes ``phrase`` after a word of three letters or more that ends
    ``head``: the name's own last word, then the abbreviated words."""
    after = re.finditer(rf"(\w{{3,}})\s+{re.escape(phrase)}(?!\w)", text)
    return any(head.endswith(found[1]) for found in after)


def _trade_tail(label: str, mail_words: Mapping[str, str]) -> str | None:
    """The trade's word (or a word the mail writes) that ends ``label`` after a name, unless
    the whole is one common word ("fireworks" is no Fire Works)."""
    if label in mail_words or label in common_words():
        return None
    for word in _TRADES_LONGEST_FIRST:
        # a short trade's word after a short name is as likely its own end: "Kustlab"
        least = _MIN_NAME + 1 if len(word) <= 3 else _MIN_NAME
        if label.endswith(word) and len(label) - len(word) >= least:
            return word
    return None


def _split_core(core: str, mail_words: Mapping[str, str]) -> list[str]:
    """The name itself: two words joined by "and" ("quarryandfinch" -> "quarry & finch"),
    two words the mail writes, or a word the mail writes and the rest; else whole."""
    if core in mail_words:
        return [core]
    known = common_words()
    for at in range(3, len(core) - 5):
        left, right = core[:at], core[at + 3 :]
        words = all(part in mail_words or part in known for part in (left, right))
        if core[at : at + 3] == "and" and len(right) >= 3 and words:
            return [left, "&", right]
    halves = [(core[:i], core[i:]) for i in range(3, len(core) - 2)]
    both = [(a, b) for a, b in halves if a in mail_words and b in mail_words]
    if both:
        return list(max(both, key=lambda pair: min(len(p) for p in pair)))
    one = [(a, b) for a, b in halves if a in mail_words or b in mail_words]
    if one:
        return list(max(one, key=lambda pair: max(len(p) for p in pair if p in mail_words)))
    return _name_and_word(core, known) or [core]


# The shortest common word a name may end in and be split from (see _name_and_word).
_MIN_TAIL = 6


def _name_and_word(core: str, known: frozenset[str]) -> list[str] | None:
    """A name that is no English word, then a long common word or two run together:
    "corribmotion" is "Corrib Motion", "cascadiadrivetrain" "Cascadia Drivetrain",
    "tynemouthwarriors" "Tynemouth Warriors". Two common words glued stay a coined name
    ("Kitebase"), and so does a name with a short word's ending ("Harbourlight",
    "Lumenforge": "-light", "-forge" end many one-word names)."""
    # one word before two: "tynemouth" + "warriors", not "tyne" + "mouth" + "warriors"
    for test in (lambda tail: tail in known, lambda tail: _two_words(tail, known)):
        for at in range(_MIN_NAME, len(core) - _MIN_TAIL + 1):
            name, tail = core[:at], core[at:]
            if name in known or any(name[:k] in known and at - k <= 2 for k in range(4, at)):
                continue  # a word, or a word and a plural's or suffix's letters ("harbours")
            if test(tail):
                return [name, tail]
    return None


def _two_words(tail: str, known: frozenset[str]) -> bool:
    """Whether ``tail`` is two common words, the first longer than a name's shortest
    (``_MIN_NAME``) and the second of four letters or more ("drive" + "train")."""
    return any(tail[:i] in known and tail[i:] in known for i in range(_MIN_NAME + 1, len(tail) - 3))
