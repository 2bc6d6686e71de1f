"""Who is writing: a friend, a colleague, or an organisation (perhaps through a forward).

The kind of a message depends on its author's standing as much as on its words: a friend
telling of their own interviews, a colleague at the user's own employer and a recruiter all
write "interview" and "Tuesday at 3pm". These predicates look at the sender (or, when a
forward is the news, at the forwarded mail's author) and at the register of the new text.
"""

from __future__ import annotations

import re

from ..model import Person
from ..people.people import people_in_headers
from ..people.robots import domain_of, is_personal_domain, is_robot_address, is_service_domain
from ..phrases import cues
from ..reading import Reading

# Casual marks, each of its own sort: "!!", "lol", a laughing or crying face, a kiss at the
# sign-off ("x", "Ciara x", "x Tomás").
_CASUAL_MARKS = (
    re.compile(r"!!"),
    re.compile(r"\b(?:lol|haha\w*|omg|tbh|btw|xoxo)\b", re.I),
    re.compile(r"[\U0001F600-\U0001F64F\U0001F900-\U0001F9FF]"),
    # on its own line: spaces, never line breaks, around it, and no two optional runs of
    # them side by side (a line of spaces would be tried in the cube of its length)
    re.compile(
        r"^[^\S\n]*(?:(?:\w[^\S\n]*)?xx?|[^\W\d_]+ xx?|xx? [^\W\d_]+)[^\S\n]*$", re.I | re.M
    ),
)
# A friend's talk about the user's search: "how's the job hunt going?", "you'll crush it".
_FRIEND_TALK = re.compile(
    r"\b(?:how(?:'s| is| are)|hope|hoping)\s+(?:the|your)\s+(?:job\s+)?(?:hunt|search|"
    r"applications)\b|"
    r"\byou'll\s+(?:crush|smash|nail|ace|kill)\s+it\b|\bwie läuft (?:die|deine) (?:Jobsuche|"
    r"Bewerbung)|\bcomment se passe (?:ta|la) recherche|\bqué tal (?:la|tu) búsqueda|"
    r"\bhoe gaat (?:het )?(?:solliciteren|je zoektocht)",
    re.I,
)
# Sentences end at a stop, a line break or a face ("on Monday 😂 come to ours").
_SENTENCE = re.compile(r"(?<=[.!?\U0001F600-\U0001F64F\U0001F900-\U0001F9FF])\s+|\n+")
# "we" of two people ("last time we spoke", "we should catch up"), not of an organisation.
_WE_TWO = re.compile(
    r"\bwe\s+(?:last\s+)?(?:spoke|talked|met|chatted|caught up)\b|\bwe\s+(?:still\s+)?"
    r"(?:should|could|must|need to|have to)\s+(?:catch up|grab|meet up|get)\b",
    re.I,
)


def forwarded_author(r: Reading) -> Person | None:
    """The author of the forwarded mail that is the news (or None)."""
    if not r.used_forwarded:
        return None
    found = people_in_headers(r.body.forwarded[:4000])
    return found[0] if found else None


def speaks_for_an_organisation(r: Reading) -> bool:
    """A forward read as the news whose author writes from an organisation's address (not
    free mail, not the user, not a robot): a friend passing on the employer's mail."""
    author = forwarded_author(r)
    if author is None or author.email in r.excluded or is_robot_address(author.email):
        return False
    domain = domain_of(author.email)
    return not is_personal_domain(domain) and not is_service_domain(domain)


def personal_sender(r: Reading) -> bool:
    """A human at a free-mail or example domain: a friend more often than an employer."""
    if r.sender is None or r.robot_sender or speaks_for_an_organisation(r):
        return False
    return is_personal_domain(domain_of(r.sender.email))


def casual_friend(r: Reading) -> bool:
    """A person writing casually (a lower-case start, "!!", a laughing face, "how's the job
    hunt going?", their own interviews) who never speaks as an organisation: a friend,
    whatever their domain. "Last time we spoke" is the "we" of two people."""
    if r.sender is None or r.robot_sender or r.used_forwarded:
        return False
    new = r.new.strip()
    marks = sum(bool(mark.search(new)) for mark in _CASUAL_MARKS)
    casual = bool(new[:1].islower()) + marks + bool(_FRIEND_TALK.search(new))
    if cues.EMPLOYER_VOICE.search(_WE_TWO.sub(" ", new)):
        # "We're doing drinks, come to ours": a household's "we", not a firm's, when it never
        # speaks of the job and the register is plainly a friend's
        return casual >= 3 and not _firm_speaks_of_the_job(new)
    return casual >= 2 or (casual == 1 and r.own_journey)


def _firm_speaks_of_the_job(text: str) -> bool:
    """A sentence with an organisation's "we" and a job word: "we'd love you to join as our
    first data hire", "we'd like to invite you to an interview"."""
    return any(
        cues.EMPLOYER_VOICE.search(sentence) and cues.JOB_CONTEXT.search(sentence)
        for sentence in _SENTENCE.split(_WE_TWO.sub(" ", text))
    )


def colleague(r: Reading) -> bool:
    """Mail from the user's own (work) domain is about their current job, not a new one."""
    if r.sender is None or r.used_forwarded:
        return False
    domain = domain_of(r.sender.email)
    if not domain or is_personal_domain(domain) or is_service_domain(domain):
        return False
    return any(domain_of(address) == domain for address in r.excluded)
