"""What a mail domain says of its owner: the label that names it, and that label as words.

"brackenmoor" of "brackenmoor.gov.example"; "peregrinepayroll" also without the prefixes
and trade suffixes a firm adds to its name in a domain ("getacme", "cedarandvinerx"); a
service's domain (an ATS's, under any top level) names no employer; and, where the mail
writes no name that the label spells, the label split into the words a person would write
("coppermillstudios" -> "Coppermill Studios", "kestrelandfinch" -> "Kestrel & Finch").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..people.known_senders import SERVICE_DOMAINS, VENDOR_NAMES
from .labelsplit import common_words, split_label
from .names import normalise_company, squash, word_set

# Second-level labels that say what kind of body a domain belongs to, not which one:
# "brackenmoor.gov.uk", "kvu.ac.uk", "harrowfield.nhs.uk", "mairie.gouv.fr".
_GENERIC_LEVEL = frozenset(
    word_set(
        "co com org net ac edu sch gov govt gouv gob gv nhs police mod ltd plc me or ne go k12 tafe"
    )
)


# A state's or province's label between a public body and its generic level or country:
# "vsa.vic.gov.au", "dlcd.sa.gov.au", "sd88.bc.ca" (Australian states, Canadian provinces)
_REGIONS = frozenset(word_set("vic nsw qld tas act sa wa nt bc ab sk mb qc ns nb nl pe yt nu"))
# Top levels reserved for examples and tests (RFC 2606): "heuvelrand.nl.example" stands for
# "heuvelrand.nl", so a country, region or generic label before one is the real top level.
_RESERVED_TOP = frozenset(("example", "test", "invalid", "localhost"))


def name_label(domain: str) -> str:
    """The label of a domain that names its owner: the one before the TLD, or before a
    generic second level ("brackenmoor" of "brackenmoor.gov.example"), past a region's
    label ("vsa.vic.gov.au"); in a school's "stbrendans.bristol.sch.uk" the town's."""
    # each mail asks this of its few domains many times over: remembered, a domain's length
    return _name_label_cached(domain) if len(domain) <= _MAX_REMEMBERED else _name_label(domain)


# Only a domain of a real domain's length is remembered (253 characters at most).
_MAX_REMEMBERED = 255


@lru_cache(maxsize=1024)
def _name_label_cached(domain: str) -> str:
    return _name_label(domain)


def _name_label(domain: str) -> str:
    parts = [p for p in domain.lower().split(".") if p]
    if len(parts) >= 3 and parts[-1] in _RESERVED_TOP:
        stands_for = parts[-2]
        if len(stands_for) == 2 or stands_for in _GENERIC_LEVEL or stands_for in _REGIONS:
            parts = parts[:-1]
    if len(parts) < 2:
        return ""
    at = len(parts) - 2
    if "sch" in parts[-3:]:
        # UK schools: name.town.sch.uk, so the name is two labels before "sch" (one, if no town)
        school = parts.index("sch")
        at = school - 2 if school >= 2 else school - 1
    else:
        while at > 0 and (parts[at] in _GENERIC_LEVEL or parts[at] in _REGIONS):
            at -= 1
        if parts[at] in _GENERIC_LEVEL:
            return ""
    return parts[at] if at >= 0 else ""


# What a firm adds after its name in a domain: "acmehq", "brightjobs", a trade's or a
# country's tag ("harborlinerx": Rx, a pharmacy; "tealbrookuk")
_TAGS = ("hq", "app", "inc", "group", "global", "careers", "jobs", "team", "mail", "rx", "uk")


# The country or region a firm's domain adds after a hyphen: "apa-nz", "banquelumiere-asia"
_PLACE_TAGS = word_set(
    "uk us usa eu de at ch fr be nl lu es it pt ie nz au ca sg hk in jp za mx br ar cl "
    "co dk se no fi pl cz asia apac emea latam europe nordic nordics dach benelux"
)


def domain_labels(domain: str) -> list[str]:
    """The parts of a domain that may spell the employer ("peregrinepayroll")."""
    raw = name_label(domain)
    label = squash(raw)
    labels = [label] if label else []
    head, _, tag = raw.rpartition("-")
    if tag in _PLACE_TAGS and len(squash(head)) >= 3:
        labels.append(squash(head))  # "apa-nz", "kestrelfreight-de": the firm in a country
    for prefix in ("get", "try", "join", "use", "go", "hey", "hello", "meet", "with", "team"):
        if label.startswith(prefix) and len(label) > len(prefix) + 3:
            labels.append(label[len(prefix) :])
    if article_label(label):
        labels.append(label[3:])  # "thecrookedspoon": "The Crooked Spoon" writes "Crooked Spoon"
    for suffix in _TAGS:
        if label.endswith(suffix) and len(label) > len(suffix) + 3:
            labels.append(label[: -len(suffix)])
    # a plural the name writes in the singular: "brightwateracademies" is "Brightwater
    # Academy Trust", "harbourclinics" "Harbour Clinic"
    if label.endswith("ies") and len(label) > 7:
        labels.append(label[:-3] + "y")
    elif label.endswith("s") and not label.endswith(("ss", "us", "is")) and len(label) > 7:
        labels.append(label[:-1])
    return labels


def article_label(label: str) -> bool:
    """Whether a squashed label opens with the article of the name it spells
    ("thecrookedspoon"), not with a word that begins "the" ("theatreworks", "thermofab")."""
    if not label.startswith("the") or len(label) < 9:
        return False
    words = common_words()
    return not any(label[:k] in words for k in range(4, min(len(label), 12) + 1))


# The names services go by in their domains ("myworkday", "icims", "smartrecruiters"); not
# the short ones or ordinary words an employer's domain may be too ("join", "monster").
_VENDOR_LABELS = frozenset(
    label
    for label in (
        *(squash(d.split(".")[-2]) for d in SERVICE_DOMAINS),
        *(squash(name) for name in VENDOR_NAMES),
    )
    if len(label) >= 5
) - word_set(
    "google microsoft outlook teams calendar fountain monster indeed polymer paradox homerun "
    "pinpoint doodle lever whereby"
)


def is_vendor_domain(domain: str) -> bool:
    """A service's domain under any top level ("myworkday.example", "tenant.icims.eu",
    "workable.co.uk"): an ATS mails for many employers, so it is never the employer's."""
    return _vendor_cached(domain) if len(domain) <= _MAX_REMEMBERED else _vendor(domain)


@lru_cache(maxsize=1024)
def _vendor_cached(domain: str) -> bool:
    return _vendor(domain)


def _vendor(domain: str) -> bool:
    label = name_label(domain)
    # "talent-icims-mail", "myworkday-mail": a vendor's name among a label's parts
    return squash(label) in _VENDOR_LABELS or any(
        squash(part) in _VENDOR_LABELS for part in label.split("-")
    )


# The pieces mail services' domains are made of: a mailbox's own words in five languages and
# the names of free mailboxes and of the services that send mail for employers. A domain
# spelled by these alone ("gmx-mail", "inbox", "correo", "myworkdaymail", "web-mail") is a
# mailbox anyone or any employer writes from, never the employer.
_MAILBOX_PIECES = tuple(
    sorted(
        word_set(
            "mail email emails webmail inbox mailbox post posteo correo courriel courrier "
            "messagerie postfach bericht berichten my web e free net online box gmx gmail "
            "googlemail google yahoo ymail hotmail outlook live icloud aol proton protonmail "
            "laposte orange workday myworkday forms smartrecruiters greenhouse lever"
        ),
        key=len,
        reverse=True,
    )
)
_MAILBOX_CORE = word_set(
    "mail email emails webmail inbox mailbox posteo correo courriel courrier messagerie "
    "postfach gmx gmail googlemail yahoo ymail hotmail outlook icloud aol protonmail laposte "
    "forms"
)


def is_mailbox_domain(domain: str) -> bool:
    """A mail service's domain by its name alone ("gmx-mail.example", "inbox.example",
    "correo.example", "myworkdaymail.example"): its label is made of mailbox words and
    services' names only, one of them a mailbox's own word ("google" alone is an employer
    too)."""
    domain = domain or ""
    return _mailbox_cached(domain) if len(domain) <= _MAX_REMEMBERED else _mailbox(domain)


@lru_cache(maxsize=1024)
def _mailbox_cached(domain: str) -> bool:
    return _mailbox(domain)


def _mailbox(domain: str) -> bool:
    label = squash(name_label(domain))
    pieces = _pieces(label)
    # "post" with another mailbox word is a mailbox ("webpost", "freenet-post"); alone it
    # may be a postal service, an employer
    return bool(pieces) and (
        any(p in _MAILBOX_CORE for p in pieces) or (len(pieces) >= 2 and "post" in pieces)
    )


def _pieces(label: str) -> list[str] | None:
    """``label`` cut into mailbox pieces, longest first at each point; None if it cannot be."""
    if not label:
        return []
    for piece in _MAILBOX_PIECES:
        if label.startswith(piece):
            rest = _pieces(label[len(piece) :])
            if rest is not None:
                return [piece, *rest]
    return None


def title_from_domain(domain: str | None, texts: Iterable[str] = ()) -> str | None:
    """The domain label as a name: "coppermillstudios" -> "Coppermill Studios"; split where
    the mail writes one of its words ("tynemouthwarriors" beside "the Warriors",
    "lumorainfotech" beside "at Lumora") before a split at a word of organisations."""
    labels = domain_labels(domain or "")
    if not labels or is_vendor_domain(domain or ""):
        return None
    raw = name_label(domain or "")
    words = [w for w in re.split(r"[-_]", raw) if w]
    if len(words) >= 2 and words[-1] in _PLACE_TAGS and len(words[0]) >= 3:
        words = words[:-1]  # "Kestrel Freight" of kestrelfreight-de, not "Kestrelfreight De"
    if len(words) == 1:
        words = split_label(words[0], *_mail_words(texts))
    return normalise_company(" ".join(w[:1].upper() + w[1:] for w in words))


_MAIL_WORD = re.compile(r"[^\W\d_]{5,}")
# addresses and links spell the domain itself, not the words the mail writes
# (an address is tried from a token's start only: a hostile endless word is read once)
_ADDRESS_OR_LINK = re.compile(r"(?<!\S)\S*@\S*|\b(?:https?://|www\.)\S+", re.IGNORECASE)
_MAX_WORDS_TEXT = 20_000


def _mail_words(texts: Iterable[str]) -> tuple[dict[str, str], str]:
    """The mail's words of five letters or more, squashed, each with its written form; and
    the mail's text, lower-cased, without addresses and links."""
    found: dict[str, str] = {}
    kept = []
    for text in texts:
        text = _ADDRESS_OR_LINK.sub(" ", text[:_MAX_WORDS_TEXT])
        kept.append(text.lower())
        for word in _MAIL_WORD.findall(text):
            found.setdefault(squash(word), word.lower())
    return found, "\n".join(kept)
