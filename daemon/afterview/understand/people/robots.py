"""Who is not a person: no-reply addresses, ATS and scheduling services, bulk mail.

Afterview must never address a draft to a robot, never count an ATS notification as a
human reply and never take "Greenhouse" for the employer. The lists name the services
candidates meet most (applicant tracking systems, schedulers, job boards, video tools);
an unknown service is still caught by its no-reply local part or its bulk headers. The
lists themselves are in :mod:`.known_senders`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from .known_senders import EXAMPLE_DOMAINS, FREEMAIL, SCHEDULERS, SERVICE_DOMAINS, TEXT_GATEWAYS

# An e-mail address in text. It starts only where a token starts (the lookbehind): otherwise a
# run like "a.a.a.a..." with no "@" after it is tried from every one of its characters, each
# try scanning to its end, which costs the square of its length.
EMAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


_ROBOT_LOCAL = re.compile(
    r"^(?:[\w.+-]*no[-_.]?reply[\w.+-]*|[\w.+-]*do[-_.]?not[-_.]?reply[\w.+-]*|"
    r"notifications?|notify|mailer-daemon|postmaster|calendar(?:-notification)?|"
    r"bounces?(?:[+-][\w.=-]*)?|alerts?|news(?:letter)?s?|automated|auto(?:mail)?|"
    r"system|updates?|invitations?|invites?|scheduling|scheduler|bookings?|"
    r"reply[+-][\w.=-]{6,}|[0-9a-f]{16,}|mailer|digest|marketing|hello-noreply)$",
    re.IGNORECASE,
)
# The same in German, French, Spanish, Portuguese and Dutch: a notification desk by name
# ("notificaciones@", "meldingen@"), or "do not reply" anywhere in the local part
# ("keine-antwort@", "ne-pas-repondre@", "no-contestar@", "niet-antwoorden@").
_ROBOT_LOCAL_LOCALISED = re.compile(
    r"^(?:notificaci(?:ones|on)|notifica(?:coes|ções)|notificaties|meldingen|alertes|"
    r"benachrichtigung(?:en)?|mitteilungen)$|"
    r"ne[-_.]?pas[-_.]?r[ée]pondre|no[-_.]?(?:responder|contestar)|niet[-_.]?(?:beantwoorden|"
    r"antwoorden)|geen[-_.]?antwoord|nicht[-_.]?antworten|keine[-_.]?antwort",
    re.IGNORECASE,
)


_ROOM = re.compile(
    r"\b(?:\w*room|meeting ?room|conference ?room|\w*raum|salle|sala|\w*zaal|vergaderruimte|"
    r"resource|floor \d+)\b",
    re.IGNORECASE,
)


def domain_of(address: str) -> str:
    """The lower-cased domain of an address ('' when there is none)."""
    return address.rpartition("@")[2].strip().lower().rstrip(".")


def _in(domain: str, domains: frozenset[str]) -> bool:
    parts = domain.split(".")
    if any(".".join(parts[i:]) in domains for i in range(len(parts) - 1)):
        return True
    # an example domain stands for the real one of the same name (RFC 2606): documentation
    # and test mail write "us.greenhouse-mail.example" for "us.greenhouse-mail.io"
    if len(parts) < 2 or parts[-1] not in _RESERVED_TOP:
        return False
    stems = _stems(domains)
    return any(".".join(parts[i:-1]) in stems for i in range(len(parts) - 1))


_RESERVED_TOP = frozenset(("example", "test", "invalid", "localhost"))
_MIN_STEM = 5  # "join", "gem", "cal": too short to tell a service from an employer by name


@cache
def _stems(domains: frozenset[str]) -> frozenset[str]:
    """The domains without their top level ("greenhouse-mail", "mail.teamtailor", "gmail")."""
    stems = (domain.rsplit(".", 1)[0] for domain in domains)
    return frozenset(stem for stem in stems if len(stem) >= _MIN_STEM)


# A service's sending domain is often its name and "mail": "greenhouse-mail.io",
# "workablemail.com", "myworkday-mail.com", "smartrecruiters-email.com".
_MAIL_SUFFIX = re.compile(r"(?<=\w)-?e?mails?$")


# the company, interviewer and kind steps ask these of the same few senders' domains
# (some 250 domains asked 1,700 to 2,000 times each over the benchmark's 243 messages): the
# answers are pure functions of the name and the constant lists, remembered
@lru_cache(maxsize=4096)
def is_service_domain(domain: str) -> bool:
    """An ATS, scheduler, job board or mail service domain (or a subdomain of one), also
    under its sending name ("myworkday-mail.example" for "myworkday.com")."""
    if not domain:
        return False
    domain = domain.lower()
    if _in(domain, SERVICE_DOMAINS):
        return True
    labels = domain.split(".")
    if len(labels) < 2:
        return False
    stem = _MAIL_SUFFIX.sub("", labels[-2])
    if stem == labels[-2] or len(stem) < _MIN_STEM:
        return False
    return _in(".".join([*labels[:-2], stem, labels[-1]]), SERVICE_DOMAINS) or stem in _stems(
        SERVICE_DOMAINS
    )


def is_scheduler(domain: str) -> bool:
    """A booking-page service: its invitations are hosted by the person in Reply-To."""
    return bool(domain) and _in(domain.lower(), SCHEDULERS)


@lru_cache(maxsize=4096)
def is_freemail(domain: str) -> bool:
    return bool(domain) and _in(domain.lower(), FREEMAIL)


@lru_cache(maxsize=4096)
def is_personal_domain(domain: str) -> bool:
    """A domain anyone can have an address at (free mail, RFC 2606 examples, a carrier's
    text-message gateway): not an employer."""
    if not domain:
        return False
    domain = domain.lower()
    if is_freemail(domain) or _in(domain, EXAMPLE_DOMAINS):
        return True
    return domain.rpartition(".")[0] in TEXT_GATEWAYS


def is_robot_address(address: str) -> bool:
    """No-reply, notification and service addresses: never write to them."""
    local, _, domain = address.lower().rpartition("@")
    if not local:
        return True
    return is_robot_mailbox(local) or is_service_domain(domain)


def is_robot_mailbox(local: str) -> bool:
    """Whether an address's local part is a robot's ("noreply", "notifications",
    "ne-pas-repondre"), whatever its domain."""
    return bool(_ROBOT_LOCAL.match(local) or _ROBOT_LOCAL_LOCALISED.search(local))


def is_room(name: str | None, address: str) -> bool:
    """A meeting room or other calendar resource listed as an attendee."""
    local, _, domain = address.lower().rpartition("@")
    if "resource" in domain.split(".") or "resource.calendar" in address:
        return True
    if local.startswith(("room", "rm-", "conf", "resource", "raum", "salle", "sala", "zaal")):
        return True
    return bool(name and _ROOM.search(name))


def is_bulk(header: Callable[[str], str | None]) -> str | None:
    """Why the message is bulk/list mail (a reason string), or None."""
    precedence = (header("Precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        return f"header:Precedence {precedence}"
    if header("List-Id"):
        return "header:List-Id"
    if header("List-Unsubscribe"):
        return "header:List-Unsubscribe"
    return None


def auto_submitted(header: Callable[[str], str | None]) -> str | None:
    """The value of an automatic-message header (RFC 3834 and vendor ones), or None."""
    value = (header("Auto-Submitted") or "").strip().lower()
    if value and value != "no":
        return value
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply", "X-Autogenerated"):
        if header(name):
            return (
                "auto-replied"
                if "reply" in name.lower() or "respond" in name.lower()
                else ("auto-generated")
            )
    suppress = (header("X-Auto-Response-Suppress") or "").strip().lower()
    if suppress in ("all", "oof", "dr, rn, nrn, oof, autoreply") or "oof" in suppress:
        return "suppress:" + suppress
    return None
