"""Whether a text says the candidate meets someone besides its writer, named without an
address: "you'll meet Anna Berg and Tom Reed", "Ihre Gesprächspartner sind Frau Berg und
Herr Reh", "Vous rencontrerez Anne Berger", "con Ana Bermejo y Tomás Rey", "met Anna Berg en
Tom de Ree".

Such people get no thank-you (there is no address to write to), but naming them says who
holds the meeting: the one who writes arranges it, and is met only when they say they take
part ("and I'll join too"). Without this, a mail that confirms a time and names only others
put its writer among the interviewers.

A name here is a run of capitalised words next to words of meeting (:func:`.named_met.met_at`)
that is no calendar word, no word of the writer's own name or domain, and, for a single word
with no title before it, no common English word ("with Engineering", "meet Product"): a
given name alone is read as a name only when it is no everyday word.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Person
from .callnames import HONORIFICS, WRITTEN_TITLES, call_names, fold, full_name_words
from .named_met import meeting_statements, met_at

# One to four capitalised words, particles between them ("Tom de Ree", "Anna von Berg"), a
# title's point kept ("Dr. Anna Berg", "Herrn Reh").
_RUN = re.compile(
    # a title written small before it: "met mevrouw Berg", "avec monsieur Rey"
    rf"(?:(?:{'|'.join(WRITTEN_TITLES)})\s+)?(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*\.?(?:\s+(?:(?:van|von|de|der|den|da|di|del|la|le|du|ten|ter)"
    r"\s+)*(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*){0,3}"
)
# Capitalised words after meeting words that name no one: pronouns of address, a meeting
# tool, a team ("mit Ihnen", "via Teams", "avec l'équipe RH").
_NO_NAME = frozenset(
    [
        "sie",
        "ihnen",
        "ihr",
        "ihre",
        "ihrem",
        "ihrer",
        "dich",
        "dir",
        "euch",
        "uns",
        "vous",
        "usted",
        "ustedes",
        "u",
        "teams",
        "zoom",
        "google",
        "meet",
        "webex",
        "skype",
        "hr",
        "rh",
        "rrhh",
        "team",
        "herrn",
        "i",
    ]
)
_TITLES = HONORIFICS | {"herrn", *WRITTEN_TITLES}


def _name_words(run: str) -> tuple[bool, list[str]]:
    """Whether the run opens with a title, and its words after the title."""
    words = [w.strip(".'’") for w in run.split()]
    titled = False
    while words and words[0].lower() in _TITLES:
        words, titled = words[1:], True
    return titled, [w for w in words if w[:1].isupper()]


def _is_name(run: str, writer: frozenset[str], domain: str) -> bool:
    """The run names a person other than the writer; it ends at a calendar word ("meet
    Anna Berg Thursday")."""
    calendar, common = _not_names()
    titled, words = _name_words(run)
    kept = []
    for word in words:
        low = word.lower()
        if low in calendar:
            break
        if (
            low in _NO_NAME
            or low[:2] in ("i'", "i’")
            or low in writer
            or (len(low) > 3 and fold(low) in domain)
        ):
            return False  # "with Sie", "and I'd", the writer, the firm ("with Northwind")
        kept.append(low)
    if not kept:
        return False
    if titled or len(kept) > 1:
        return True
    return len(kept[0]) > 2 and kept[0] not in common


@cache
def _not_names() -> tuple[frozenset[str], frozenset[str]]:
    """Month and weekday names, and the common English words, gathered once."""
    # imported here: the dates and company packages import the reading, which imports this one
    from ..company.labelsplit import common_words
    from ..dates.lexicon import MONTHS, WEEKDAYS

    return frozenset(MONTHS) | frozenset(WEEKDAYS), frozenset(common_words())


def names_others_met(text: str, writer: Person | None) -> bool:
    """The text says the candidate meets someone other than ``writer``, by name alone."""
    own: frozenset[str] = frozenset()
    domain = ""
    if writer:
        names = [*call_names(writer), *full_name_words(writer)]
        own = frozenset(w.lower().strip(",.") for name in names for w in name.split())
        domain = fold(writer.email.rpartition("@")[2])
    for sentence in meeting_statements(text):
        for run in _RUN.finditer(sentence):
            if _is_name(run.group(0), own, domain) and met_at(sentence, run.start(), run.end()):
                return True
    return False
