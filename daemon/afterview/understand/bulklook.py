"""Bulk mail whose headers still ask for a look at its text (the prefilter's header stage).

List-Unsubscribe and ``Precedence: bulk`` mark newsletters, but schedulers, job boards'
inboxes and recruiters' outreach tools add them too. The prefilter skips bulk mail whose
headers show nothing of a job; these three kinds show something else, which costs a glance
at the text (where the classifier's own gates decide) instead of a skip:

- a booking's time in the subject, as a scheduler confirms one ("Confirmed: Ana Costa <>
  Sam Rivera, Mon 30 Nov 22:00", "New Event: Sam Rivera - 5:00pm Wed", "Termin bestätigt:
  Do., 26. Nov., 14:30", "Rendez-vous confirmé : jeudi à 14h30");
- an employer's message relayed by a job board ("New message from Moorside Care Group",
  "Wattle Grove Aged Care sent you a message", "Neue Nachricht von", "Nuevo mensaje de",
  "Nieuw bericht van", "Vous avez reçu un message de");
- a person writing under their own name and their firm's address ("Riley Chen
  <riley@tessellate...>"): a recruiter's outreach tool sends their own mail, where a
  newsletter signs as a brand (and a person's own newsletter comes from free mail).

A newsletter that happens to match (a webinar's "Live at 3:00pm", an author's own
newsletter) costs one glance; the text stage then skips it.
"""

from __future__ import annotations

import re

from .people.robots import is_freemail

# A clock time (14:30, 5:00pm, 10 a.m., 14h30) or a scheduler's "Name <> Name".
_BOOKING_TIME = re.compile(r"(?<![\w.])\d{1,2}(?::\d{2}\b|\s?[AaPp]\.?[Mm]\b|h\d{2}\b)|\s<>\s")
_RELAYED_MESSAGE = re.compile(
    r"\b(?:new\s+message\s+from|sent\s+you\s+a\s+(?:new\s+)?message|(?:nouveau\s+)?message\s+de|"
    r"vous\s+a\s+envoyé\s+un\s+message|neue\s+Nachricht\s+von|hat\s+(?:Ihnen|dir)\s+eine\s+"
    r"Nachricht|nuevo\s+mensaje\s+de|te\s+ha\s+enviado\s+un\s+mensaje|nieuw\s+bericht\s+van|"
    r"heeft\s+(?:je|u)\s+een\s+bericht)",
    re.IGNORECASE,
)
# A display name of two or three capitalised words, none a brand's or a team's.
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'-]+")
_NOT_A_NAME = frozenset(
    {"team", "news", "weekly", "daily", "digest", "newsletter", "the", "from", "at", "by"}
    | {"via", "support", "updates", "club", "store", "shop", "offers", "deals", "events"}
    | {"community", "report", "review"}
)


def worth_a_look(subject: str, from_field: str) -> str | None:
    """Why a bulk message deserves a look at its text (a reason string), or None."""
    if _BOOKING_TIME.search(subject):
        return "bulk mail with a booking's time in its subject"
    if _RELAYED_MESSAGE.search(subject):
        return "bulk mail relaying someone's message"
    if _person_writes(from_field):
        return "bulk mail from a person under their own address"
    return None


def _person_writes(from_field: str) -> bool:
    """The From field is a person's name over an address made of it (riley@, priya.nair@)."""
    name, bracket, rest = from_field.partition("<")
    words = name.strip().strip('"').split()
    if not (bracket and 2 <= len(words) <= 3):
        return False
    if not all(_NAME_WORD.fullmatch(w) and w.lower() not in _NOT_A_NAME for w in words):
        return False
    local, _at, domain = rest.partition(">")[0].lower().partition("@")
    if is_freemail(domain):
        return False  # a person's own newsletter; a recruiter's tool sends from the firm
    first, last = words[0].lower(), words[-1].lower()
    return local.startswith(first) or local in (last, first[0] + last, f"{first[0]}.{last}")
