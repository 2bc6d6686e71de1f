"""Senders who are not who their display name says: ``sender_suspicion(name, address)``.

Anyone can write any display name. A stranger who calls themselves "Google Calendar" or
"Acme Robotics Recruiting" from an unrelated domain, or who spells a name with look-alike
letters from another script, should not be able to start or move an application on
their own: the linker lets such a message join only a thread it provably answers.

The checks are deliberately narrow, because a false alarm costs a real follow-up:

* invisible and bidirectional control characters in the name;
* look-alike spelling: one word mixing Latin with Cyrillic or Greek letters, or a domain
  label that does (or that is wholly made of letters imitating Latin ones);
* a display name that is itself an address at another domain;
* a name that *is* a calendar, scheduling or ATS brand ("Google Calendar", "Workday
  Notifications") while the address is not at that brand's domains;
* a name that claims an organisation ("Acme Robotics Recruiting", "Rita | Acme Robotics",
  or the company the message is about) while the domain shares nothing with it, is a
  free-mail domain, or matches it only when digits are read as letters (``acme-r0botics``).

Mail sent through a known ATS or scheduler on the employer's behalf is not an impostor:
those domains send for everyone. Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..people.robots import EMAIL_ADDRESS, domain_of, is_freemail, is_service_domain

__all__ = ["fold", "mixed_script", "sender_suspicion"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _words_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Letters of other scripts drawn like Latin ones, each with the Latin letter it imitates
# (lower case: input is case-folded first).
_LOOKALIKES = (
    "аa вb еe іi јj кk мm нh һh оo рp сc ѕs тt уy үy хx ԁd ԛq ԝw ӏi ɩi ɡg "
    "αa βb εe ιi κk νv οo ρp τt υu χx ζz ηn"
)
_CONFUSABLE = str.maketrans({pair[0]: pair[1] for pair in _LOOKALIKES.split()})
_DIGIT_LOOKALIKES = str.maketrans("01345", "oleas")
_CONFUSABLE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE"})

# Brands whose mail comes from a few known domains: a name that is only the brand (plus
# generic words) is a claim to be them.
_BRANDS: dict[str, tuple[str, ...]] = {
    "google": ("google.com",),
    "google calendar": ("google.com",),
    "google meet": ("google.com",),
    "calendly": ("calendly.com",),
    "greenhouse": ("greenhouse.io", "greenhouse-mail.io"),
    "lever": ("lever.co",),
    "workday": ("workday.com", "myworkday.com", "myworkdayjobs.com"),
    "smartrecruiters": ("smartrecruiters.com", "smartrecruiters-mail.com"),
    "icims": ("icims.com",),
    "taleo": ("taleo.net", "oracle.com", "oraclecloud.com"),
    "ashby": ("ashbyhq.com", "ashby.io"),
    "workable": ("workable.com", "workablemail.com"),
    "teamtailor": ("teamtailor.com", "teamtailor-mail.com"),
    "jobvite": ("jobvite.com",),
    "bamboohr": ("bamboohr.com",),
    "recruitee": ("recruitee.com",),
    "personio": ("personio.de", "personio.com"),
    "successfactors": ("successfactors.com", "successfactors.eu", "sap.com"),
    "hirevue": ("hirevue.com",),
    "codility": ("codility.com",),
    "hackerrank": ("hackerrank.com",),
    "goodtime": ("goodtime.io",),
    "linkedin": ("linkedin.com",),
    "indeed": ("indeed.com", "indeedemail.com"),
    "glassdoor": ("glassdoor.com",),
    "zoom": ("zoom.us", "zoom.com"),
    "microsoft teams": ("microsoft.com",),
    "webex": ("webex.com", "cisco.com"),
}
# Words that say "a department or a robot of": they do not name anyone.
_GENERIC = _words_of(
    "notification notifications noreply no reply do not team jobs job careers career "
    "invitation invitations invites scheduling scheduler alerts alert updates support mailer "
    "recruiting recruitment recruiter recruiters talent acquisition hiring hr people the "
    "on behalf of by and human resources karriere personal recrutement rh reclutamiento "
    "empleo werving selectie bewerbungen bewerbung service services"
    # job titles: "Jane Doe | Senior Talent Partner" claims no organisation
    " partner partners specialist coordinator manager lead senior junior head "
    "director associate assistant officer executive consultant advisor sourcer generalist "
    "principal global technical tech operations for"
)
# Words that make the rest of a name an organisation's ("Acme Robotics Recruiting").
_ORG_WORDS = _words_of(
    "recruiting recruitment talent acquisition hiring careers career jobs hr "
    "karriere recrutement reclutamiento werving"
)
_LEGAL = _words_of(
    "inc incorporated ltd limited llc plc gmbh ag bv nv sa sas sarl sl srl co corp "
    "corporation company group holding holdings"
)
# Domain labels that say nothing about whose domain it is.
_PLAIN_LABELS = _words_of(
    "mail email em e m mx smtp www jobs careers hr talent recruiting notifications notify "
    "info news bounce bounces send com org net"
)
# "Rita from Acme", "Jane at Acme": what follows names an organisation.
_FROM_ORG = re.compile(r"\s+(?:at|from|@)\s+", re.IGNORECASE)
# "Jane Doe | Acme", "Jane (Acme Recruiting)", "Jane, HR": a part that may name one.
_PARTS = re.compile(r"\s*[|()\[\],]\s*|\s+[-–—/]\s+")
_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*", re.UNICODE)
_COUNTRY_TLD = re.compile(r"^(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$")


def sender_suspicion(name: str | None, address: str, *, company: str | None = None) -> str | None:
    """Why the sender ``name <address>`` looks like an impostor (one short line), or None.

    ``company`` is the employer the message is about, when known: a display name that
    carries it is a claim to speak for that company.
    """
    if _CONTROL.search(address):  # the parser never yields one; say so in one line anyway
        return "address contains control characters"
    domain = domain_of(address)
    if not domain:
        return None
    lookalike = _lookalike_domain(domain)
    if lookalike:
        return lookalike
    if not name:
        return None
    if _INVISIBLE.search(name):
        return "display name hides bidirectional or invisible characters"
    if mixed_script(name):
        return "display name mixes look-alike letters from different scripts"
    shown = EMAIL_ADDRESS.search(name)
    site = domain_of(shown.group(0)) if shown else ""
    if site and not _same_site(site, domain):
        return f"display name shows an address at {site}, mail is from {domain}"
    brand = _brand_claim(name)
    if brand and not _brand_domain(domain, _BRANDS[brand]):
        return f"display name claims to be {brand.title()}, address is at {domain}"
    if is_service_domain(domain):
        return None  # an ATS or scheduler sends for every employer
    for org in _organisations(name, company):
        why = _unrelated(org, domain)
        if why:
            return f"display name claims {org!r}, {why}"
    return None


def fold(text: str) -> str:
    """Compatibility-normalised, case-folded, accents dropped, look-alike letters as Latin."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(_CONFUSABLE)


def mixed_script(text: str) -> bool:
    """True when one word mixes letters of scripts that imitate each other (Latin, Cyrillic,
    Greek...), as in "Jаne" with a Cyrillic а. Words wholly in one script are fine."""
    normalised = unicodedata.normalize("NFKC", text)
    return any(len(_scripts(word) & _CONFUSABLE_SCRIPTS) > 1 for word in _WORD.findall(normalised))


# ---- helpers ----------------------------------------------------------------------------------


def _scripts(word: str) -> set[str]:
    found = set()
    for ch in word:
        if ch.isalpha():
            try:
                found.add(unicodedata.name(ch).split()[0])
            except ValueError:
                continue
    return found


def _lookalike_domain(domain: str) -> str | None:
    for label in domain.split("."):
        text = label
        if label.startswith("xn--"):
            try:
                text = label.encode("ascii").decode("idna")
            except (UnicodeError, ValueError):
                return f"address domain {domain} has an undecodable label"
        if text.isascii():
            continue
        scripts = _scripts(text) & _CONFUSABLE_SCRIPTS
        if len(scripts) > 1:
            return f"address domain {domain} mixes look-alike letters from different scripts"
        skeleton = fold(text)
        if scripts - {"LATIN"} and skeleton.isascii() and skeleton.isalnum():
            return f"address domain {domain} imitates {skeleton} with look-alike letters"
    return None


def _same_site(a: str, b: str) -> bool:
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _brand_claim(name: str) -> str | None:
    words = [w for w in _words(name) if w not in _GENERIC]
    claim = " ".join(words)
    return claim if claim in _BRANDS else None


def _brand_domain(domain: str, domains: Iterable[str]) -> bool:
    for own in domains:
        if _same_site(domain, own):
            return True
        label = own.split(".")[0]
        first, _, rest = domain.partition(".")
        if first == label and _COUNTRY_TLD.match(rest):  # linkedin.de, indeed.co.uk
            return True
    return False


def _organisations(name: str, company: str | None) -> list[str]:
    """The organisations the display name claims to speak for (possibly none)."""
    claims: list[str] = []
    head, *after = _FROM_ORG.split(name, maxsplit=1)
    for part in _PARTS.split(head):
        words = _words(part)
        # "Acme Robotics Recruiting": the organisation's name comes before the department
        marker = next((i for i, w in enumerate(words) if w in _ORG_WORDS or w in _LEGAL), 0)
        claims.append(_core(words[:marker]))
    claims += [_core(_words(part)) for part in after]
    if company:
        core = _core(_words(company))
        if core and f" {core} " in f" {' '.join(_words(name))} ":
            claims.append(core)
    return [claim for claim in dict.fromkeys(claims) if claim]


def _core(words: list[str]) -> str:
    return " ".join(w for w in words if w not in _GENERIC and w not in _LEGAL)


def _unrelated(org: str, domain: str) -> str | None:
    """Why ``domain`` cannot be ``org``'s, or None when it plausibly is."""
    if is_freemail(domain):
        return f"address is at the free-mail domain {domain}"
    words = [w for w in re.findall(r"[a-z0-9]+", org) if w]
    if not words:
        return None
    labels = [
        label.replace("-", "")
        for label in domain.split(".")[:-1]
        if label and label not in _PLAIN_LABELS
    ]
    flat_domain = "".join(labels)
    flat_org = "".join(words)
    # Müller at mueller.de: the domain spells umlauts out
    spelled = re.sub(r"([aou])e", r"\1", flat_domain)
    if flat_org in flat_domain or flat_org in spelled:
        return None
    if any(len(label) >= 3 and label in flat_org for label in labels):
        return None
    if flat_org in flat_domain.translate(_DIGIT_LOOKALIKES):
        return f"address domain {domain} imitates it with digits for letters"
    if any(len(w) >= 4 and w in flat_domain for w in words):
        return None
    if len(words) >= 2 and "".join(w[0] for w in words) in labels:
        return None  # International Business Machines at ibm.com
    return f"address is at unrelated {domain}"
