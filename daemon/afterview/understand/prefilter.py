"""Which new messages can matter: decided from headers, and where needed a glance at the text.

A mailbox is mostly newsletters, notifications and personal mail; reading all of it in full
and classifying it costs I/O and milliseconds per message. The prefilter decides cheaply,
and must never turn away a message the classifier would call anything but ``unrelated``
(or, in Sent, one the follow-up engine would link to an application). Its answers:

``fetch``
    certainly worth reading in full: a known thread, person or employer, an automatic
    reply, job words in a bulk message's subject, the user's own draft in Sent;
``read``
    undecided from the headers: look at the beginning of the text (:func:`screen_text`);
``skip``
    cannot matter: bulk mail whose headers show nothing of a job (nor a booking's time, a
    relayed message or a person's own address: :mod:`.bulklook`), Sent mail to people and
    threads no application knows.

The text screen asks the classifier's own phrase lists, through the gates of
:mod:`.gates.anchorindex` (built from :mod:`.gates.anchors`), whether any of them *could*
match, and combines them as the classifier does (a phrase of a kind alone, or a weak job cue
together with scheduling words or an invitation). A gate may say
"could" wrongly; it never says "could not" wrongly, so the worst a false "could" costs is a
full read and a classification.

Pure: no I/O, no clock. What the store knows comes in as :class:`Known`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from afterview.mail.charsets import decode_words
from afterview.mail.glance import Glance

from . import classify as _classify
from .bulklook import worth_a_look
from .gates.anchorindex import Gates, Words
from .people.robots import auto_submitted, domain_of, is_bulk, is_freemail, is_service_domain
from .phrases import cues, lexicon
from .role import title as role

FETCH, READ, SKIP = "fetch", "read", "skip"


@cache
def _gates() -> Gates:
    """The classifier's phrase families as gates; built on first use (about 0.1 s).

    classify.py keeps two of its lists private; they are read here rather than copied, so
    the screen follows every change to them.
    """
    return Gates(
        {
            "job context": [cues.JOB_CONTEXT, _classify.JOB_STRONG, cues.OWN_APPLICATION],
            "rejection": lexicon.REJECTION,
            "offer": lexicon.OFFER,
            "received": lexicon.RECEIVED,
            "out of office": cues.OUT_OF_OFFICE,
            "softener": [lexicon.REJECTION_SOFTENER],
            "decision": [lexicon.REJECTION_DECISION],
            "recruiter": [cues.RECRUITER_TITLE],
            "job title": [
                *role.TITLES_EN,
                *role.TITLES_DE,
                *role.TITLES_OTHER,
                role.LABELLED_TITLE,
                role.JOB_NOUN,
            ],
            "scheduling": [
                *lexicon.CONFIRMED,
                *lexicon.REQUEST,
                *lexicon.CANCELLED,
                *lexicon.CANCEL_BARE,
            ],
            "meeting": [_classify.INTERVIEWISH],
        }
    )


# Any of these alone can make the classifier call a message relevant.
_DECISIVE = ("job context", "rejection", "offer", "received", "out of office")
# These count only with another cue: scheduling words, an invitation, or each other.
_WEAK = ("recruiter", "job title")
# The families every judgement needs; scheduling and meeting words only count beside others.
_FIRST_ASKED = frozenset((*_DECISIVE, "softener", "decision", *_WEAK))

# A field's name at the start of a line, and its value (continued on lines that start blank).
_NAME = re.compile(rb"\n([!-9;-~]+)[ \t]*:")
_VALUE = re.compile(rb"[ \t]*(.*(?:\r?\n[ \t].*)*)")
_FOLD = re.compile(r"\r?\n[ \t]*")
_ADDRESS = re.compile(r"[^\s<>,;:\"()\[\]]+@[^\s<>,;:\"()\[\]]+\w")
_MSGID = re.compile(r"<[^<>\s]{1,400}>")
_ICS_FOLD = re.compile(r"\r?\n[ \t]")
_ICS_TEXT = re.compile(r"^(?:SUMMARY|DESCRIPTION)[^:\r\n]*:(.*)$", re.MULTILINE | re.IGNORECASE)
_ICS_ESCAPE = re.compile(r"\\(.)")
_FWD = re.compile(r"^\s*(?:fwd?|wg|tr|rv|doorgestuurd)\s*:", re.IGNORECASE)
# Senders that speak for a hiring team ("Acme Careers", jobs@, talent@): bulk mail from
# them is looked at, not skipped. Whole words, and stems that start words.
_JOBBY_WORDS = frozenset(("job", "jobs", "hr", "rh", "rrhh", "people", "hiring", "personal"))
_JOBBY_STEMS = ("career", "recruit", "talent", "karriere", "bewerb", "recrut", "emploi",
                "empleo", "selecci", "werkenbij", "vacature", "sollicit", "werving")  # fmt: skip
_SENDER_WORD = re.compile(r"[^\W\d_]+")
_UNREAD = "\0unread"  # a header value not looked up yet (None: looked up, not there)
_NO_TEXT = Glance()  # a subject judged alone; never changed


@dataclass
class Known:
    """What the store already knows about the user's applications (lower-case addresses)."""

    people: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)  # employer domains (never freemail)
    message_ids: set[str] = field(default_factory=set)

    def add_person(self, address: str | None) -> None:
        if address and "@" in address:
            self.people.add(address.lower())

    def add_domain(self, domain: str | None) -> None:
        if domain and not is_freemail(domain) and not is_service_domain(domain):
            self.domains.add(domain.lower())


@dataclass(frozen=True)
class Screening:
    """The prefilter's answer for one message, with the reason (for logs and tests)."""

    verdict: str
    reason: str


class _once:  # lower case: a decorator, named as one reads it
    """``functools.cached_property`` without its lock (Python 3.11 takes one per first read,
    which costs more than most of these values): computed on first read, then an attribute."""

    def __init__(self, compute: Callable) -> None:
        self.compute, self.name = compute, compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


class Head:
    """A message's header block, read just enough for the prefilter (values decoded lazily).

    Only where each field starts is found up front (the values of a block run to kilobytes
    of Received and signature lines nobody asks about); a value is read when asked for.
    """

    def __init__(self, header: bytes) -> None:
        self._block = b"\n" + header  # every field then starts after a line end
        self._starts: dict[bytes, int] = {}  # lower-case name -> where its first value starts
        for found in _NAME.finditer(self._block):
            self._starts.setdefault(found[1].lower(), found.end())
        self._decoded: dict[str, str | None] = {}

    @classmethod
    def parse(cls, header: bytes) -> Head:
        return cls(header)

    def get(self, name: str) -> str | None:
        """The first header called ``name``, unfolded (RFC 2047 words left as they are)."""
        text = self._decoded.get(name, _UNREAD)
        if text is _UNREAD:
            text = self._decoded[name] = self._read(name)
        return text

    def _read(self, name: str) -> str | None:
        start = self._starts.get(_key(name))
        if start is None:
            return None
        text = _VALUE.match(self._block, start)[1].decode("utf-8", "replace")
        return (_FOLD.sub(" ", text) if "\n" in text else text).strip()

    @property
    def fields(self) -> dict[str, str]:
        """The MIME fields a glance at the text needs."""
        found = {}
        for name in ("content-type", "content-transfer-encoding"):
            value = self.get(name)
            if value is not None:
                found[name] = value
        return found

    @_once
    def subject(self) -> str:
        return decode_words(self.get("subject") or "")

    @_once
    def senders(self) -> tuple[str, ...]:
        """From, Reply-To and Sender addresses."""
        return _addresses(self.get(n) for n in ("from", "reply-to", "sender"))

    @_once
    def recipients(self) -> tuple[str, ...]:
        return _addresses(self.get(n) for n in ("to", "cc", "bcc"))

    @_once
    def message_id(self) -> str | None:
        found = _MSGID.search(self.get("message-id") or "")
        return found.group(0) if found else None

    @_once
    def thread_ids(self) -> tuple[str, ...]:
        """The message ids this message answers (In-Reply-To and References)."""
        text = f"{self.get('in-reply-to') or ''} {self.get('references') or ''}"
        return tuple(_MSGID.findall(text))

    @_once
    def sender_name(self) -> str:
        """The From header as written, display name and address (decoded)."""
        return decode_words(self.get("from") or "")


@cache
def _key(name: str) -> bytes:
    """A header name as :class:`Head` files it: a few dozen names, asked of every message."""
    return name.lower().encode("ascii", "replace")


def _addresses(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(a.lower() for v in values if v for a in _ADDRESS.findall(v))


# ---- the header stage -----------------------------------------------------------------------


def screen_head(head: Head, known: Known, *, sent: bool = False) -> Screening:
    """First look: decide from headers alone where they can. ``sent``: the user's own mail."""
    if sent:
        return _screen_sent(head, known)
    thread = _known_thread(head, known)
    if thread:
        return Screening(FETCH, f"answers {thread}, a known thread")
    for address in head.senders if known.people or known.domains else ():
        if address in known.people:
            return Screening(FETCH, f"from {address}, known for an application")
        if domain_of(address) in known.domains:
            return Screening(FETCH, f"from {domain_of(address)}, a known employer")
    automatic = auto_submitted(head.get)
    if (automatic or "").startswith("auto-replied") or cues.AUTO_SUBJECT.match(head.subject):
        return Screening(FETCH, "an automatic reply")
    bulk = is_bulk(head.get)
    if bulk:
        if _subject_speaks_of_a_job(head.subject):
            return Screening(FETCH, "bulk mail with job words in its subject")
        if _jobby_sender(head):
            return Screening(READ, "bulk mail from a hiring or job service")
        look = worth_a_look(head.subject, head.sender_name)
        if look:
            return Screening(READ, look)
        return Screening(SKIP, f"bulk mail ({bulk}) with nothing of a job in its headers")
    return Screening(READ, "the headers do not decide")


def _screen_sent(head: Head, known: Known) -> Screening:
    """The user's own mail matters only where an application already is (linking.py)."""
    if head.get("X-Afterview-Key"):
        return Screening(FETCH, "a draft Afterview wrote, sent")
    if head.message_id and head.message_id in known.message_ids:
        return Screening(FETCH, "a message Afterview knows, sent")
    thread = _known_thread(head, known)
    if thread:
        return Screening(FETCH, f"answers {thread}, a known thread")
    for address in head.recipients:
        if address in known.people:
            return Screening(FETCH, f"to {address}, known for an application")
        if domain_of(address) in known.domains:
            return Screening(FETCH, f"to {domain_of(address)}, a known employer")
    return Screening(SKIP, "sent to no one an application knows")


def _known_thread(head: Head, known: Known) -> str | None:
    if not known.message_ids:
        return None
    return next((i for i in head.thread_ids if i in known.message_ids), None)


def _jobby_sender(head: Head) -> bool:
    return _jobby(head.senders, head.sender_name)


@lru_cache(maxsize=4096)  # bulk mail comes from few senders, again and again
def _jobby(senders: tuple[str, ...], sender_name: str) -> bool:
    if any(is_service_domain(domain_of(a)) for a in senders):
        return True
    words = _SENDER_WORD.findall(sender_name.lower())
    return any(w in _JOBBY_WORDS or w.startswith(_JOBBY_STEMS) for w in words)


def _subject_speaks_of_a_job(subject: str) -> bool:
    return _judge(subject, _NO_TEXT) is not None


# ---- the text stage -------------------------------------------------------------------------


def screen_text(head: Head, seen: Glance) -> Screening:
    """Second look, at the beginning of the text: might the classifier find a job in it?"""
    reason = _judge(head.subject, seen)
    if reason is None:
        return Screening(SKIP, "nothing of a job in the subject or the text")
    return Screening(FETCH, reason)


def _event_text(ics: str) -> str:
    """Titles and descriptions of an invitation: what the classifier reads of it."""
    unfolded = _ICS_FOLD.sub("", ics)
    found = _ICS_TEXT.findall(unfolded)
    return "\n".join(
        _ICS_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), t) for t in found
    )


def _judge(subject: str, seen: Glance) -> str | None:
    """Why the classifier might call this relevant, or None when it cannot.

    Families are asked in order of need: most mail is settled by the first five.
    """
    gates = _gates()
    subject = _FWD.sub("", subject)
    calendars = "\n".join(_event_text(text) for text, _method in seen.calendars)
    words = Words.of(f"{subject}\n{seen.text()}\n{calendars}")
    found = gates.found(words)
    said = gates.families(words, _FIRST_ASKED, found)
    for name in _DECISIVE:
        if name in said:
            return f"{name} words"
    if "softener" in said and "decision" in said:
        return "rejection words"
    weak = [name for name in _WEAK if name in said]
    if role.names_a_job(subject):
        weak.append("a job title in the subject")
    if weak and len(weak) > 1:
        return f"{weak[0]} and {weak[1]}"
    if weak and (
        seen.calendars
        or lexicon.CANCEL_SUBJECT.match(subject)
        or gates.families(words, ("scheduling",), found)
    ):
        return f"{weak[0]} and scheduling"
    if seen.calendars and gates.families(words, ("meeting",), found):
        return "an invitation about a meeting"
    return None


__all__ = [
    "FETCH",
    "READ",
    "SKIP",
    "Head",
    "Known",
    "Screening",
    "screen_head",
    "screen_text",
]
