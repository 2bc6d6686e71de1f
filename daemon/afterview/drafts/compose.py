"""From a due action to a complete draft: an RFC 5322 message, text/plain UTF-8.

The body comes from a Jinja2 template rendered in a ``SandboxedEnvironment`` with
``StrictUndefined``; whatever came from mail (names, subjects, company, role) and the user's
notes are passed as *data* and never compiled as template source, and are cleaned of control
and bidirectional-override characters before they reach a header or the text. Headers are
set only through ``EmailMessage``'s header API, which folds and encodes them.

Templates
---------
Built-in templates live in ``drafts/templates/<lang>/<name>.txt.j2`` for ``lang`` in
en, de, fr, es, nl and ``name`` in ``thank_you``, ``status_check``, ``rejection_reply``.
A user's ``templates.dir`` overrides them; the first file found wins, in this order::

    <dir>/<lang>/<name>.txt.j2   <dir>/<name>.txt.j2   built-in <lang>   built-in en

A template's first line may be ``Subject: ...``; it is the subject of a draft that starts a
new thread (a reply is ``Re: <the subject it answers>``). The rest, after one blank line,
is the body.

Template variables
------------------
``me_name``, ``me_first_name``
    The user's configured name and its first word.
``recipient_name``
    The recipient's display name, cleaned; None when unknown.
``recipient_first_name``
    The first name to greet them with; None when the name is missing or looks odd (an
    address, all capitals, digits, brackets, bidi controls, letters of different scripts
    mixed in one word as look-alikes): use a neutral greeting then. Fullwidth and styled
    letters are read as the plain ones ("Ｊａｎｅ" greets "Jane").
``company``, ``role``
    The employer and job title; None when unknown (use ``placeholders.role`` etc.).
``interview_day``, ``interview_date``
    Weekday and date of the interview in the draft's language ("Tuesday", "24 November";
    "Dienstag", "24. November"); None when no interview is known.
``interviewers``, ``other_interviewers``
    Names of everyone met, and of everyone but the recipient (lists, possibly empty).
``notes``, ``topic``
    The user's notes on the application (``afterview note``) and the first of them (None).
``decision_by``
    The date the employer said it would decide by, in the draft's language; None.
``step_number``
    For status checks: 1 for the first check-in of the current wait, 2 for the next, ...
``placeholders``
    Bracketed placeholders in the draft's language: ``role``, ``company`` and ``topic``
    (e.g. "[one specific thing you discussed with Jane]").
``language``
    The language code being rendered.
"""

from __future__ import annotations

import email.policy
import functools
import re
import unicodedata
from datetime import datetime, tzinfo
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from afterview.drafts import locale
from afterview.errors import ConfigError
from afterview.mail.base import KEY_HEADER
from afterview.pipeline.model import Action, Application, Event, Identity, Interview, Person
from afterview.understand.kinds.suspicious import mixed_script

TEMPLATE_NAMES = frozenset({"thank_you", "status_check", "rejection_reply"})
_MAX_REFERENCES = 20
_MAX_8BIT_LINE = 900  # bytes; RFC 5322 allows 998 per line
_MAX_NAMED_ADDRESS = 74  # "To: " and a named address within the 78 a line is folded at

# Bidirectional controls (embeddings, overrides, isolates, marks) and zero-width characters:
# invisible, and able to make a name display as something other than what it is.
_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_ATEXT = r"[A-Za-z0-9!#$%&'*+/^_`{|}~-]+"  # atext without "=" and "?": no encoded words
_MSGID = re.compile(rf"<{_ATEXT}(?:\.{_ATEXT})*@{_ATEXT}(?:\.{_ATEXT})*>")
_PRINTABLE_LINE = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*")
_REPLY_PREFIX = re.compile(r"^\s*(re|aw|sv|antw|rif|r)\s*:", re.IGNORECASE)
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "m", "mme", "mlle"}
    | {"sr", "sra", "srta", "dhr", "mevr", "drs", "ir"}
)


def clean(text: str | None) -> str:
    """One line of plain text: controls, line breaks, NUL and bidi characters removed.

    ``=?`` is broken up: the email library decodes RFC 2047 words in any header value it is
    given, so a name spelled as an encoded word would otherwise come back as whatever it
    encodes, line breaks included.
    """
    if not text:
        return ""
    text = _INVISIBLE.sub("", text)
    text = "".join(" " if unicodedata.category(ch) in {"Cc", "Zl", "Zp"} else ch for ch in text)
    return " ".join(text.split()).replace("=?", "= ?")


def first_name(raw: str | None) -> str | None:
    """The first name to greet someone by, or None when their name looks unreliable."""
    if not raw or _INVISIBLE.search(raw) or any(unicodedata.category(c) == "Cc" for c in raw):
        return None
    name = clean(unicodedata.normalize("NFKC", raw))
    if mixed_script(name):  # "Jаne" with a Cyrillic а: not what it looks like
        return None
    if (
        not name
        or any(c in name for c in '@[](){}<>,;:"/\\|_=+*#$%&')
        or any(c.isdigit() for c in name)
    ):
        return None
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 1 and name.isupper():
        return None
    words = [w for w in name.split() if w.lower().rstrip(".") not in _HONORIFICS]
    if not words:
        return None
    first = words[0]
    if len(first) < 2 or not all(c.isalpha() or c in "-'’" for c in first):
        return None
    return first[0].upper() + first[1:]


def resolve_language(preference: str | None, action: Action, app: Application) -> str:
    """The draft's language: the configured one, else (``auto``) the employer's, else en."""
    fixed = locale.normalise(preference)
    if fixed:
        return fixed
    candidates = [action.in_reply_to] if action.in_reply_to else []
    candidates += sorted(
        (e for e in app.events if e.kind != "user_message"), key=lambda e: e.at, reverse=True
    )
    for event in candidates:
        found = locale.normalise(event.language)
        if found:
            return found
    return "en"


@functools.lru_cache(maxsize=8)
def _environment(templates_dir: str | None) -> SandboxedEnvironment:
    loaders: dict[str, jinja2.BaseLoader] = {
        "builtin": jinja2.PackageLoader("afterview.drafts", "templates")
    }
    if templates_dir:
        loaders["user"] = jinja2.FileSystemLoader(templates_dir)
    return SandboxedEnvironment(
        loader=jinja2.PrefixLoader(loaders),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _template(name: str, language: str, templates_dir: Path | None) -> jinja2.Template:
    env = _environment(str(templates_dir) if templates_dir else None)
    candidates = []
    if templates_dir:
        candidates += [f"user/{language}/{name}.txt.j2", f"user/{name}.txt.j2"]
    candidates += [f"builtin/{language}/{name}.txt.j2", f"builtin/en/{name}.txt.j2"]
    try:
        return env.select_template(candidates)
    except jinja2.TemplateSyntaxError as err:
        raise ConfigError(
            err.message or "syntax error", path=err.filename, line=err.lineno, key="templates"
        ) from err


def _interview(action: Action, app: Application) -> Interview | None:
    if action.interview is not None:
        return action.interview
    scheduled = [e for e in app.events if e.kind == "interview_scheduled" and e.interview]
    return max(scheduled, key=lambda e: e.at).interview if scheduled else None


def _context(
    action: Action, app: Application, me: Identity, language: str, tz: tzinfo | None
) -> dict[str, object]:
    recipient_first = first_name(action.recipient.name)
    interview = _interview(action, app)
    day = None
    if interview is not None:
        day = interview.start.astimezone(tz).date() if tz else interview.start.date()
    people = list(interview.interviewers) if interview else []
    recipient = action.recipient.email.strip().lower()
    notes = [clean(n) for n in app.notes if clean(n)]
    return {
        "me_name": clean(me.name),
        "me_first_name": first_name(me.name) or clean(me.name),
        "recipient_name": clean(action.recipient.name) or None,
        "recipient_first_name": recipient_first,
        "company": clean(app.company) or None,
        "role": clean(app.role) or None,
        "interview_day": locale.weekday(day, language) if day else None,
        "interview_date": locale.long_date(day, language) if day else None,
        "interviewers": [clean(p.name) for p in people if clean(p.name)],
        "other_interviewers": [
            clean(p.name) for p in people if clean(p.name) and p.email.lower() != recipient
        ],
        "notes": notes,
        "topic": notes[0] if notes else None,
        "decision_by": locale.long_date(action.decision_by, language)
        if action.decision_by
        else None,
        "step_number": action.attempt,
        "placeholders": locale.placeholders(language, recipient_first),
        "language": language,
    }


def _split_subject(text: str) -> tuple[str | None, str]:
    head, _, rest = text.partition("\n")
    if head.lower().startswith("subject:"):
        return head[len("subject:") :].strip(), rest.lstrip("\n")
    return None, text


def _message_id(value: str | None) -> str | None:
    """``<left@right>`` from a parsed id, or None when it is not a plain RFC 5322 msg-id.

    Anything else is dropped, not repaired: an id like ``=?utf-8?b?...?=`` would be decoded
    by the header machinery into whatever the sender encoded, line breaks included.
    """
    value = clean(value)
    if not value.startswith("<"):
        value = f"<{value}>"
    return value if _MSGID.fullmatch(value) else None


def _thread(parent: Event) -> tuple[str | None, list[str]]:
    own = _message_id(parent.message_id)
    chain: list[str] = []
    for ref in (*parent.references, parent.message_id):
        ref_id = _message_id(ref)
        if ref_id and ref_id not in chain:
            chain.append(ref_id)
    return own, chain[-_MAX_REFERENCES:]


def _transfer_encoding(body: str) -> str:
    """8bit keeps the draft readable as stored (Maildir, the demo, ``less``); servers accept
    it in APPEND. Only a paragraph too long for a mail line needs quoted-printable."""
    longest = max((len(line.encode()) for line in body.splitlines()), default=0)
    return "8bit" if longest <= _MAX_8BIT_LINE else "quoted-printable"


def _address(person: Person) -> Address:
    """The address with its display name, or alone when the name cannot be written safely.

    A name that poses as an address is left out, and so is one too long for a single
    header line: Python folds such a line and (3.11 and others) may drop the quotes a name
    like "Doe, Jane, victim@evil.example, ..." needs, turning it into more recipients.
    """
    addr = clean(person.email)
    name = clean(person.name)
    if "@" in name:
        name = ""
    try:
        address = Address(display_name=name, addr_spec=addr)
    except (ValueError, IndexError) as err:
        raise ValueError(f"not a usable address: {addr!r}") from err
    written = formataddr((name, addr), charset="utf-8")
    if name and len(written) > _MAX_NAMED_ADDRESS:
        return Address(addr_spec=addr)
    return address


_ONE_LINE = frozenset({KEY_HEADER.lower(), "message-id", "in-reply-to", "references"})


class _DraftPolicy(email.policy.EmailPolicy):
    """SMTP line endings; the key and threading headers stay on one line when they can.

    Folding them is valid RFC 5322, but Python folds a long single token right after the
    colon, and a reader that does not unfold exactly would then see a different key or id.
    One line stays well under the 998-character limit (References is capped).
    """

    def _one_line(self, name: str, value: str) -> str | None:
        # ``value`` is the header as parsed back (encoded words decoded): only printable
        # ASCII may be written as it is; anything else is folded and encoded by the library
        if name.lower() in _ONE_LINE and len(value) < 900 and _PRINTABLE_LINE.fullmatch(value):
            return f"{name}: {value}{self.linesep}"
        return None

    def fold(self, name: str, value: str) -> str:
        return self._one_line(name, value) or super().fold(name, value)

    def fold_binary(self, name: str, value: str) -> bytes:
        line = self._one_line(name, value)
        return line.encode("ascii") if line else super().fold_binary(name, value)


_POLICY = _DraftPolicy(linesep="\r\n")


def compose(
    action: Action,
    app: Application,
    me: Identity,
    *,
    now: datetime,
    language: str,
    templates_dir: Path | None = None,
    tz: tzinfo | None = None,
) -> EmailMessage:
    """The draft for ``action``: From ``me``, To the recipient alone, dated ``now``.

    ``language`` is a supported code or ``auto`` (see ``resolve_language``); ``tz`` is the
    zone the interview's weekday and date are told in (default: the interview's own offset).
    """
    name = action.kind
    if name not in TEMPLATE_NAMES:
        raise ValueError(f"{name} actions have no draft")
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got {now.isoformat()}")
    language = resolve_language(language, action, app)
    template = _template(name, language, templates_dir)
    try:
        rendered = template.render(_context(action, app, me, language, tz))
    except jinja2.TemplateError as err:
        raise ConfigError(str(err), path=template.filename, key="templates") from err
    subject, body = _split_subject(rendered)

    message = EmailMessage(policy=_POLICY)
    message["From"] = _address(Person(me.name, me.email))
    message["To"] = _address(action.recipient)
    parent = action.in_reply_to
    if parent is not None and clean(parent.subject):
        original = clean(parent.subject)
        subject = original if _REPLY_PREFIX.match(original) else f"Re: {original}"
    message["Subject"] = clean(subject) or clean(app.role) or "Follow-up"
    message["Date"] = format_datetime(now)
    domain = clean(me.email).rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=domain)
    if parent is not None:
        own, chain = _thread(parent)
        if own:
            message["In-Reply-To"] = own
            message["References"] = " ".join(chain)
    message[KEY_HEADER] = clean(action.key)
    message.set_content(body, subtype="plain", charset="utf-8", cte=_transfer_encoding(body))
    _check_headers(bytes(message), message.keys())
    return message


def _check_headers(raw: bytes, names: list[str]) -> None:
    """The last guard: the serialised header block holds exactly the headers set, each on
    its own line or properly folded. Some Python versions write a line break that reached a
    header value as it is (CVE-2024-6923); a draft with an extra header must never exist."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    lines = head.split(b"\r\n")
    unsafe = any(b"\n" in line or b"\r" in line or b"\x00" in line for line in lines)
    found = [line.split(b":", 1)[0].lower() for line in lines if line[:1] not in (b" ", b"\t")]
    wanted = [name.lower().encode("ascii", "replace") for name in names]
    if unsafe or sorted(found) != sorted(wanted):
        raise ValueError("refusing a draft whose headers are not exactly the ones composed")
