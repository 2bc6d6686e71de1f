"""The full name an acronym stands for, where the mail writes it out.

A public body, school board or institute often mails from its initials ("rvdsb.example",
"aiah.example") or signs with them ("DLCD Careers") while its signature or text writes the
name in full: "Rideau Valley District School Board", "Austrian Institute for Alpine Hazards
(AIAH)", "Conseil scolaire catholique des Mille-Îles". A person names the employer by the full
form, so the initials are matched against the words the mail writes:

- small words of the name may be left out of the initials or not: of, for, and, de, des, du,
  la, van, voor, für, und, y, del ... ("Department for Learning and Child Development");
- a word in capitals gives all its letters ("Midlands Shannon ETB" of msetb), a hyphenated
  word its parts' initials ("Mille-Îles"), a long compound its parts' ("Bundesanstalt" BA,
  "Klimadatenanalyse" KDA);
- the acronym may end in a word spelled in full ("ors-armor": "Observatoire Régional de Santé
  Armor").

Initials alone prove little (any phrase has some), so the words must read as a name: they
start and end with a capital, and stand alone on a line or between brackets or separators,
or sit beside the acronym itself ("... (BAH)"), or end or open with a word of organisations
("... Board", "Institute for ..."). A certification or department named in passing is never
looked up here: only the initials of the employer's own domain or display name are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .names import NAME_ENDINGS, normalise_company, squash, word_set

# Small words a name's initials may skip, in English, French, Spanish, German and Dutch.
SMALL_WORDS = word_set(
    "of for and the at in on de des du d' l' la le les et en pour sur van voor der den het en "
    "te op für fur und von zu zur zum im am y del el los las e da do dos das di"
)
# Articles that open a name and give their initial to it: "De Groene Wissel" (dgw), "Het
# Zonnehuis", "La Ruche Verte", "El Trébol Azul", "The Old Mill"; and the particles of a
# family name that opens a firm's ("Van der Berg & Zonen" of vdbz, "Von Arnim Partner")
_ARTICLES = word_set("de het la le les el los las the van von ter ten")
# Words that say a run of words names an organisation, at its start or end.
_BODY_WORDS = word_set(
    "department ministry ministère ministerio ministerium office board authority agency "
    "agentur agence agencia institute institut instituut instituto university universität "
    "université universidad universiteit school schools college council conseil centre center "
    "centro centrum observatoire observatorium commission service services trust bureau "
    "directorate district administration verwaltung behörde amt landesamt bundesamt anstalt "
    "bundesanstalt rijksinstituut stichting fundación fondation stiftung association society "
    "federation foundation hospital health healthcare polytechnic academy team"
)
# French and Italian articles and prepositions elided before a vowel: "d'Assurance", "l'Eau".
_ELIDED = ("d'", "l'", "d’", "l’")
_BODY_STEMS = ("anstalt", "instituut", "institut", "amt", "agentur", "behörde")

# A name's words: letters with inner hyphens and apostrophes ("Val-d'Orne"), or "&".
_WORD = re.compile(r"[^\W\d_](?:[\w'’]|-(?=\w))*|&")
# What ends a stretch of text a name can run through: sentence and list punctuation.
_SEGMENT = re.compile(r"[\n()\[\]|·•–—,;:<>/\"]|\s-\s|\.(?:\s|$)")
_MAX_WORDS = 9
_MAX_LOWER = 3
_MAX_TEXT = 20_000


def spelled_out(acronym: str, texts: Iterable[str]) -> str | None:
    """The name written in ``texts`` whose initials spell ``acronym`` (squashed: "rvdsb",
    "orsarmor"), as written; the most frequent one, else the first. None where no run of
    words reads as that name (see the module docstring)."""
    if not 3 <= len(acronym) <= 16 or not acronym.isalnum():
        return None
    texts = [text[:_MAX_TEXT] for text in texts if text]
    written = _acronym_written(acronym, texts)
    found: Counter[str] = Counter()
    for text in texts:
        for segment in _SEGMENT.split(text):
            for name in _in_segment(segment, acronym, written):
                found[name] += 1
    if not found:
        return None
    top = max(found.values())
    return next(name for name, n in found.items() if n == top)


def looks_like_acronym(name: str) -> bool:
    """A short form in capitals: "DLCD", "BREO", "TBL" (not "IBM Consulting")."""
    return bool(re.fullmatch(r"[A-ZÀ-ÖØ-Þ]{2,8}", name.strip()))


def _acronym_written(acronym: str, texts: Sequence[str]) -> bool:
    """Whether the acronym itself stands in the texts in capitals ("(AIAH)", "BAH")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(acronym.upper())}(?![\w-])")
    return any(pattern.search(text) for text in texts)


def _in_segment(segment: str, acronym: str, written: bool) -> Iterable[str]:
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(segment)]
    for i, (word, start, _) in enumerate(words):
        if not _capitalised(word):
            continue
        if word.lower() in SMALL_WORDS and word.lower() not in _ARTICLES:
            continue  # "of", "für": never a name's first word; "De Groene Wissel" opens so
        if squash(word)[:1] != acronym[0]:
            continue
        end = _spell(words, i, acronym)
        if end is None:
            continue
        span = [w for w, _, _ in words[i:end]]
        alone = not segment[:start].strip() and not segment[words[end - 1][2] :].strip()
        if alone or written or _names_a_body(span):
            name = normalise_company(segment[start : words[end - 1][2]])
            if name:
                yield name


def _spell(words: list[tuple[str, int, int]], first: int, acronym: str) -> int | None:
    """The end of the shortest run of two words or more from ``first`` that spells the
    acronym with at least two initials, ending on a capitalised word; None where none does
    (the acronym written alone is no name for it)."""
    # states: (position in the acronym, initials used, lower-case words used)
    states = {(0, 0, 0)}
    for j in range(first, min(len(words), first + _MAX_WORDS)):
        word = words[j][0]
        lower = not _capitalised(word) and word.lower() not in SMALL_WORDS and word != "&"
        following = set()
        for pos, initials, lowers in states:
            if lowers + lower > _MAX_LOWER:
                continue
            for piece, counts in _pieces(word, j == first):
                if acronym.startswith(piece, pos):
                    following.add((pos + len(piece), initials + counts, lowers + lower))
        states = following
        if not states:
            return None
        if (
            j > first
            and _capitalised(word)
            and any(pos == len(acronym) and initials >= 2 for pos, initials, _ in states)
        ):
            return j + 1
    return None


def _pieces(word: str, first: bool) -> set[tuple[str, int]]:
    """What a word may give to the acronym, each with how many initials it counts as."""
    flat = squash(word)
    if not flat:
        return {("", 0)}
    if word.lower() in SMALL_WORDS or word == "&":
        return {("", 0), (flat[:1], 0)}
    pieces = {(flat[:1], 1)}
    parts = [squash(p) for p in re.split(r"[-'’]", word) if squash(p)]
    if len(parts) > 1 and word[:2].lower() in _ELIDED:
        pieces.add((parts[1][:1], 1))  # "d'Assurance" gives the A of "cpam"
    if len(parts) > 1:
        pieces.add(("".join(p[0] for p in parts), len(parts)))
    if word.isupper() and 2 <= len(flat) <= 6:
        pieces.add((flat, len(flat)))  # "ETB" of "Midlands Shannon ETB"
    if len(flat) >= 8:
        # a compound's parts: "Bundesanstalt" B-A, "Rijksinstituut" R-I, "Quayside" Q-S
        pieces |= {(flat[0] + flat[k], 2) for k in range(4, len(flat) - 2)}
    if len(flat) >= 12:
        # three parts: "Klimadatenanalyse" K-D-A of "Institut für Klimadatenanalyse (IKDA)"
        pieces |= {
            (flat[0] + flat[k] + flat[m], 3)
            for k in range(4, len(flat) - 6)
            for m in range(k + 3, len(flat) - 2)
        }
    if not first:
        pieces.add((flat, 0))  # a word spelled in full after the initials: "ors-armor"
    return pieces


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _names_a_body(span: Sequence[str]) -> bool:
    """Whether the run opens with a word of public bodies ("Institut ...", "Bundesanstalt
    für ...") or ends with one or a sector's word ("Western Coast University", "... Bank");
    a sector word opening it proves nothing ("Data Science Bootcamp")."""
    first, last = span[0].lower(), span[-1].lower()
    if first in _BODY_WORDS or first.endswith(_BODY_STEMS):
        return True
    return last in _BODY_WORDS or last in NAME_ENDINGS or last.endswith(_BODY_STEMS)


# Legal forms that may close a firm's name on its line without making it less alone:
# "Hoffmann & Söhne KG – Feinkost", "Krause & Brandt GmbH · Elektrotechnik".
_LEGAL_AFTER = word_set("kg gmbh ag ohg gbr ug ltd llp llc inc bv nv vof sarl sas sa sl slu srl")


def initials_and_trade(raw_label: str, texts: Iterable[str]) -> str | None:
    """The name a hyphenated label's initials stand for, where the label adds the firm's
    trade or field after them ("hcp-law", "hs-feinkost", "vdm-installatie", "pf-traiteur"):
    the words the mail writes whose initials they are, as a line of their own or closed only
    by a legal form; the trade's word written on with them is part of the name ("Van Dijk &
    Meijer Installatietechniek"). Two initials prove little ("Hi Sam" is H. S.), so a
    two-letter one needs the line to name the trade too, or the name to join its two words
    with "&" ("Hoffmann & Söhne", "Perrin & Fils")."""
    head, sep, tail = raw_label.partition("-")
    trade = squash(tail)
    if not sep or not head.isalpha() or not 2 <= len(head) <= 5 or len(trade) < 3:
        return None
    head = squash(head)
    found: Counter[str] = Counter()
    for text in texts:
        for line in text[:_MAX_TEXT].splitlines():
            if not any(w[:1].lower() == head[0] for w in line.split()):
                continue  # most lines hold no word the initials could open
            for segment in _SEGMENT.split(line):
                name = _initials_on(segment, head, trade)
                if name and (len(head) >= 3 or "&" in name or trade[:5] in squash(line)):
                    found[name] += 1
    if not found:
        return None
    top = max(found.values())
    return next(name for name, n in found.items() if n == top)


def _initials_on(segment: str, head: str, trade: str) -> str | None:
    """The run of ``segment`` whose initials are ``head``, where nothing but the trade's
    word or a legal form stands beside it on the segment."""
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(segment)]
    if not words or segment[: words[0][1]].strip():
        return None
    first = words[0][0]
    if not _capitalised(first) or squash(first)[:1] != head[0]:
        return None
    if first.lower() in SMALL_WORDS and first.lower() not in _ARTICLES:
        return None
    end = _spell(words, 0, head)
    if end is None:
        return None
    last = end
    if last < len(words) and squash(words[last][0]).startswith(trade[:5]):
        last += 1  # "Van Dijk & Meijer Installatietechniek" of vdm-installatie
    rest = "".join(word for word, _, _ in words[last:]).lower()
    if rest and rest not in _LEGAL_AFTER:
        return None  # "B.V." is the words "B" and "V"
    return normalise_company(segment[words[0][1] : words[last - 1][2]]) or None
