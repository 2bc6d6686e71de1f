"""The employer's name as the mail itself writes it, once a name has been found.

The name found first is often rebuilt from the domain ("mirabeau-assurances" -> "Mirabeau
Assurances") or cut to its distinctive words; a person writes the name the way the firm
writes it on a line of its own, in a signature, a footer or after a title:

- word order as written: "Assurances Mirabeau", not the domain's "Mirabeau Assurances";
- a word between the name's own that the domain leaves out: "Tidewater Public Radio";
- a leading word of the trade that the domain shortens: "Bankhaus Sternfeld" (sternfeld-bank),
  "Banque Delacroix-Brunner", "Minera Quebrada Roja";
- a partnership's own words: "Rüegg Amsler Partner", "Favre Mottier Avocats", "Ferrand
  Kessler Rechtsanwälte". Decision: these are words of the name; a registration suffix is
  not, and "LLP" is one like Inc., Ltd, GmbH, AG, SA, plc, PartG mbB or "& Cie"
  (``names._LEGAL``): "Quennell Dart", as most labelled mail and the contract's "not Inc."
  have it, though the letterhead writes "Quennell Dart LLP";
- a name set in capitals for display ("FAIRLIE STRACHAN") is written in the mail's own mixed
  case, else in title case; short all-capital words stay (HSE, NHS, SPF).

Only a line (or a "|"/"–"/","-separated part of one) that holds nothing but the name, with
at most two words more, counts: running text ("Thanks Pampa Austral for ...") does not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .names import GENERIC_WORDS, NAME_ENDINGS, has_legal_form, normalise_company, squash, word_set

# Words a partnership writes after the partners' names as part of its name.
_FIRM_TAIL = word_set(
    "partner partners avocats avocat rechtsanwälte rechtsanwalte anwälte associés associes "
    "associates abogados advocaten notaires notare solicitors"
)
# Capitalised words that open a line without being part of the name after them.
_NOT_LEADING = GENERIC_WORDS | word_set(
    "re fwd fw aw wg tr rv dear welcome congratulations candidature bewerbung entrevista "
    "sollicitatie vacature vacancy candidate update reminder confirmed confirmation ihr votre "
    "your tu su uw je talents talento recrutement recruiting"
)
# "Venue: X", "Employer: X": a label before the name is not part of it
_PART_SPLIT = re.compile(r"\s*(?:\||·|•|,|–|—| - |<|>|:(?=\s))\s*")
# Trades that open a firm's name in French, Spanish, German and Dutch ("Banque X",
# "Viña Los Canelos", "Minera Quebrada Roja"), named without a registered suffix too.
_TRADE_HEAD = word_set(
    "banque bank bankhaus privatbank almacenes assurances seguros versicherung cabinet estudio "
    "bodega bodegas viña viñedos minera frigorífico consorcio droguería droguerías farmacia "
    "laboratorios laboratoires fiduciaire brasserie brasseries cervecería transportes "
    "groupe grupo maison domaine château clinique clínica hôtel hotel notaría"
)
_MAX_EXTRA = 2
_MAX_PART = 80


def as_written(name: str, texts: Iterable[str]) -> str:
    """``name`` as the texts write it on a line of its own (see the module docstring)."""
    words = name.split()
    if not words or len(words) > 6:
        return name
    keys = [squash(w) for w in words if w != "&"]
    if not keys or not all(keys):
        return name
    found: Counter[str] = Counter()
    for text in texts:
        # a part writes each key within one of its words, so the key is in the part squashed,
        # hence in its line's and its text's: a text or line without all of them is skipped
        # (most are) before its parts are normalised one by one
        if not _holds_keys(text, keys):
            continue
        for line in text.splitlines():
            if len(line) > 3 * _MAX_PART or not _holds_keys(line, keys):
                continue
            for part in _PART_SPLIT.split(line):
                written = _written_form(part, keys)
                if written:
                    found[written] += 1
    if not found:
        return _uncapitalised(name)
    # the fullest form (a trade's or a partnership's word written out), then the most often
    best = max(found, key=lambda w: (len(w.split()), found[w]))
    if best.upper() == best and squash(best) == squash(name) and _accented(name, best):
        return name  # "NUBARIA ENERGIA SL" set in capitals: "Nubaria Energía", its accents
    return _uncapitalised(best, found)


def _accented(name: str, plain: str) -> bool:
    """Whether ``name`` writes accents that ``plain`` (the same letters) leaves out."""
    marked = sum(not c.isascii() for c in name)
    return marked > sum(not c.isascii() for c in plain)


def _holds_keys(text: str, keys: list[str]) -> bool:
    flat = squash(text)
    return all(key in flat for key in keys)


def _written_form(part: str, keys: list[str]) -> str | None:
    """The part, normalised, when it writes the name's words (any order), with at most two
    leading words of the trade or trailing words of a partnership more; else None."""
    part = part.strip(" \t\"'*:;!?")
    if part.count("(") != part.count(")"):
        part = part.strip("() \t")  # "(cofounder, Parcelwise)" split at its comma
    if re.search(r"[^\W\d_]{4}\.$", part) and not part.isupper():
        part = part[:-1]  # "Nettlefield Media." ending a sentence wrapped onto its own line
    if not part or len(part) > _MAX_PART or not part[0].isupper():
        return None
    core = normalise_company(part)
    if not core:
        return None
    # a registered name ("Bankhaus Sternfeld AG") is the firm's own: its leading words count
    registered = has_legal_form(part)
    tokens = core.split()
    if not all(t[0].isupper() or t == "&" or t.lower() in _CONNECTORS for t in tokens):
        return None
    used = _match(tokens, keys)
    if used is None:
        return None
    extra = [
        i
        for i in range(len(tokens))
        if i not in used and tokens[i] != "&" and tokens[i].lower() not in _CONNECTORS
    ]
    if len(extra) > _MAX_EXTRA:
        return None
    first = min(used)
    if any(tokens[i].lower().strip(":") in _NOT_LEADING for i in extra if i < first):
        return None  # "Dear Pampa Austral", "Interview Corvane Systems", "Re: ..."
    leading = [i for i in extra if i < first]
    trailing = [i for i in extra if i > max(used)]
    # words between the name's own are written out ("Tidewater Public Radio" of
    # tidewaterradio): only a tail must be a partnership's words
    if trailing and not all(tokens[i].lower() in _FIRM_TAIL for i in trailing):
        return None
    if leading and (trailing or not (registered or tokens[0].lower() in _TRADE_HEAD)):
        return None  # "Kennismaking Grachtwerk", "Recrutement Quaiverte": no trade's word
    if leading and tokens[0].lower() in _CONNECTORS:
        return None
    return " ".join(tokens)


def _match(tokens: list[str], keys: list[str]) -> set[int] | None:
    """Indexes of the tokens that spell the keys one each: equal, or (for a key of four
    letters or more) a compound that begins or ends with it ("Bankhaus", "Privatbank")."""
    used: set[int] = set()
    for key in keys:
        hit = None
        for i, token in enumerate(tokens):
            if i in used:
                continue
            flat = squash(token)
            if flat == key:
                hit = i
                break
            if hit is None and len(key) >= 4 and (flat.startswith(key) or flat.endswith(key)):
                hit = i
        if hit is None:
            return None
        used.add(hit)
    return used


def in_mixed_case(name: str, texts: Iterable[str]) -> str:
    """A name set in capitals for display, as the texts write it elsewhere in mixed case,
    else in title case (see ``_uncapitalised``)."""
    if not any(len(w) > 4 and w.isupper() for w in name.split()):
        return name
    pattern = re.compile(re.escape(name), re.IGNORECASE)
    return _uncapitalised(name, Counter(m.group(0) for t in texts for m in pattern.finditer(t)))


def _uncapitalised(name: str, found: Counter[str] | None = None) -> str:
    """A name set in capitals ("FAIRLIE STRACHAN LLP") as the mail writes it in mixed case,
    else in title case; words of four letters or fewer stay (acronyms: HSE, NHS, KPMG),
    except a word of a trade of three letters or more, which is a word a person writes in
    lower case ("TUNGABHADRA BANK" -> "Tungabhadra Bank", "ORLA CARE" -> "Orla Care")."""
    caps = [w for w in name.split() if len(w) > 4 and w.isupper()]
    if not caps:
        return name
    for other in found or ():
        if other.lower() == name.lower() and other != name and not other.isupper():
            return other
    words = name.split()
    return " ".join(_word_uncapitalised(w, i == 0) for i, w in enumerate(words))


def _word_uncapitalised(word: str, first: bool) -> str:
    if word.lower() in _CONNECTORS and not first:
        return word.lower()  # "AGUAS DE TINAMAR" -> "Aguas de Tinamar"
    # four capitals or fewer are an acronym (HSE, KPMG, LIEO), unless a trade's word
    if word.isupper() and (len(word) > 4 or (len(word) >= 3 and word.lower() in NAME_ENDINGS)):
        return word.title()
    return word


_CONNECTORS = word_set("de del du des la le el los las y of and van von der den et und")
