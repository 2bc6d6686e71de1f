"""The employer's own mail domain among a message's addresses, or a careers page's link.

Why a module of its own: which domain is the employer's (not a service's, a free mailbox's
or an agency's) is a question of addresses and hosts, asked before any name is read;
``employer`` then reads the names the mail writes for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..people.robots import domain_of, is_personal_domain, is_robot_address, is_service_domain
from .domainlabels import is_mailbox_domain
from .names import word_set
from .spelling import is_vendor_domain


def employer_domain(addresses: Iterable[str], links: Iterable[str] = ()) -> str | None:
    """The first address domain that is the employer's own (not a service, not personal).

    A recruitment agency's domain gives way to a client's named further on (the interviewers
    at "saltmarshmedia.example" that an agency consultant introduces)."""
    own = [
        domain
        for address in addresses
        if (domain := domain_of(address))
        and not is_robot_address(address)
        and not is_personal_domain(domain)
        and not is_vendor_domain(domain)
        and not is_mailbox_domain(domain)  # "inbox.example", "gmx-mail.example"
    ]
    if own:
        client = next((d for d in own if not AGENCY_WORDS.search(d)), None)
        return client if AGENCY_WORDS.search(own[0]) and client else own[0]
    for url in links:
        # A careers page hosted by an ATS: "acme.recruitee.com" names the employer.
        host = re.sub(r"^https?://", "", url).split("/", 1)[0].lower()
        parts = host.split(".")
        if len(parts) >= 3 and is_service_domain(host) and parts[0] not in ("www", "app"):
            if parts[0] in _ATS_HOST_WORDS:
                # "jobs.lever.co/ashgrove": the employer is the path, not the host
                path = re.sub(r"^https?://[^/]+/?", "", url).split("/", 1)[0].lower()
                if re.fullmatch(r"[a-z0-9-]{3,40}", path) and path not in _LINK_PATHS:
                    return f"{path}.{parts[-1]}"
                continue
            return f"{parts[0]}.{parts[-1]}"
    return None


# Domains of recruitment agencies: they write for the employer, not as it.
AGENCY_WORDS = re.compile(
    r"talent|recruit|staffing|resourcing|headhunt|personnel|search\b|personal(?:vermittlung|"
    r"beratung|service)|recrutement|seleccion|werving",
    re.I,
)
# An ATS host's first label that names its product, not the employer ("jobs.lever.co").
_ATS_HOST_WORDS = frozenset(("jobs", "careers", "apply", "hire", "boards", "job-boards", "talent"))
# A path's first part that is the service's own page or action, not an employer
# ("jobs.smartrecruiters.example/confirm/...", ".../privacy", ".../en/...").
_LINK_PATHS = word_set(
    "confirm accept decline reply respond rsvp apply login signin sign-in logout account "
    "unsubscribe privacy terms help support track click redirect link links invite invitation "
    "invitations schedule scheduling booking book events event calendar candidate candidates "
    "portal jobs job api app static assets images img cdn email mail settings preferences "
    "feedback survey status"
)
