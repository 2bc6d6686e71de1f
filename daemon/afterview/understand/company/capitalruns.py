"""The runs of capitalised words a text writes: the candidates for an organisation's name.

"Tidewell Water Services Ltd", "St. Brendan's Health Centre", "Aciéries du Rhône": a name in
running text is a run of capitalised words, joined by connectors ("of", "de", "&") and cut
where a department ("HR", "Talent Team") or a legal form ("Ltd", "GmbH") begins. Finding
those runs is text search, apart from deciding which run a mail domain spells
(``spelling.py``) or what kind of organisation its words say (``orgwords.py``). Other modules
import ``capital_runs`` and ``leading_name`` through ``spelling``, where they always lived.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import normalise_company, word_set

# The capital letters names are written with, as a character class's body for the patterns here
# and in ``spelling``
UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
# A single capital before "/" opens "A/S", a legal form, not a word of the name.
# "St." and "Mt." open saints' and mountains' names ("St. Brendan's Health Centre"): their
# dot ends no sentence
_SAINT = r"(?:St|Ste|Sta|Mt|Ft)\.(?=[ \t])"
_CAP_RUN = re.compile(
    rf"(?<![\w@.])(?:{_SAINT}|[{UPPER}][\w&'’.-]*[\w&]|[{UPPER}](?!/))(?:(?:[ \t]+|[ \t]*&[ \t]*)"
    rf"(?:[{UPPER}0-9][\w&'’.-]*[\w&]|[{UPPER}](?!/)|of|de|del|da|do|dos|das|di|du|des|la|le|van|von|der|den|ter|ten|y|and|und|et|en)(?!\w))*"
)
_RUN_STOP = word_set(
    "rh rrhh personalabteilung team talent hiring careers career recruiting recruitment hr hq "
    "people human jobs acquisition inc ltd gmbh llc ag plc corp bv nv sl sa the pvt pte private "
    "limited bhd sdn pty dac clg cic sas sarl srl ltda eirl sp sapi"
)
CONNECTORS = frozenset(
    [
        "of",
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "du",
        "des",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "y",
        "and",
        "und",
        "et",
        "en",
    ]
)


def capital_runs(text: str) -> Iterable[list[str]]:
    """The runs of capitalised words in ``text``, a department or legal form cut off."""
    for run, _ in capital_runs_cut(text):
        yield run


def leading_name(text: str) -> str | None:
    """The name ``text`` opens with: its first run of capitalised words, when the text starts
    with it ("Oldfield Pharmacy" of "Oldfield Pharmacy in Leeds"), as a company's name; None
    where the text opens otherwise. What phrases such as "at X" or "our client is X" capture
    runs on past the name, so each finder cuts it here."""
    run = next(iter(capital_runs(text)), None)
    if not run or not text.startswith(run[0]):
        return None
    return normalise_company(" ".join(run)) or None


def capital_runs_cut(text: str) -> Iterable[tuple[list[str], bool]]:
    """Capitalised runs, each with whether a legal suffix cut it ("Tidewell Water Services"
    of "Tidewell Water Services Ltd": the registered name, not the one people use)."""
    for match in _CAP_RUN.finditer(text):
        tokens = match.group(0).split()
        run: list[str] = []
        legal = False
        for i, token in enumerate(tokens):
            if not run and token.lower() == "the":
                continue  # "The Larchmont": the article opens the name (see _with_article)
            if private_in_name(token, tokens[i + 1 : i + 2]):
                run.append(token)  # "Eastmere Private Hospitals"; "X Private Limited" is legal
                continue
            # "S.A.S.", "Sp. z o.o.": a dotted legal form is its letters ("sas", "sp")
            bare = token.lower().replace(".", "")
            if bare in _RUN_STOP:
                legal = bare in LEGAL_WORDS
                if not legal and len(run) >= 2 and _unit_initials(run[-1]):
                    run.pop()  # "Kitebase SDR Team": the sales desk's initials, not the name's
                break
            run.append(token)
        while run and run[-1].lower() in _TRAILING:
            run.pop()
        if run:
            yield run, legal


def _unit_initials(token: str) -> bool:
    """A desk's, region's or function's initials before its desk word ("Kitebase SDR Team",
    "Orrery EMEA Recruiting"); any other initials may be the name's ("Calderbrook NHS")."""
    return token.isupper() and token.lower() in _DESK_INITIALS


# Sales, regional and functional desks written by their initials.
_DESK_INITIALS = word_set("sdr bdr gtm emea apac amer latam dach it ops cx ux qa ta bd pr")


def private_in_name(token: str, following: list[str]) -> bool:
    """ "Private" is a legal form only before "Limited"/"Ltd" ("Infosys Private Limited");
    before another word of the name or ending it, it is part of it ("Eastmere Private
    Hospitals", "Noosa Heads Private")."""
    if token.lower() != "private":
        return False
    # at a name's end too: "Noosa Heads Private" (a hospital) spells noosaheadsprivate
    return not following or following[0].lower().strip(".") not in ("limited", "ltd")


_TRAILING = CONNECTORS | {"&"}
LEGAL_WORDS = word_set(
    "inc ltd gmbh llc ag plc corp bv nv sl sa pvt pte private limited bhd sdn pty dac clg cic"
)
