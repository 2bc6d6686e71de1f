"""One careful read of a message: the facts every later decision looks at, gathered once.

``read`` splits the body (new text vs history), parses the invitations, notes the headers
that mark robots, bulk and automatic mail, and collects the sentences of the new text.
Deciding what the message *is* happens in ``classify.py``; this module only observes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from functools import cached_property

from afterview.mail.message import Address, ParsedMessage

from .body.shorthand import spelt_out
from .body.text import Body, split_body
from .calendar import CalendarEvent, parse_calendar
from .model import Person
from .people.people import exclusions
from .people.robots import auto_submitted, domain_of, is_bulk, is_robot_address, is_service_domain
from .phrases import cues

_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|antw|r|rif|réf|ref)\s*(?:\[\d+\]\s*)?:", re.I)
_FWD_PREFIX = re.compile(r"^\s*(?:fwd?|wg|tr|rv|doorgestuurd)\s*:", re.I)
# A German ordinal is a number with a point ("am 17. November", "zum 2. Gespräch"): no end;
# nor is a dotted date before a small letter ("am 25.11. um 10.30 Uhr", "on 25.11. at 10.30").
_ORDINAL_NEXT = (
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez|Runde|Gespräch|Stock|Etage|OG)\b"
)
# A title's point ends no sentence: "Ihr Gespräch mit Dr. Katrin Vogel", "meet Prof. Lee".
TITLES = ("Dr", "Mr", "Ms", "Mrs", "Prof", "Mme", "Sr", "Sra", "Dhr", "Mevr", "Ing", "Mag", "Cllr")
_NOT_A_TITLE = "".join(rf"(?<!\b{t}\.)" for t in TITLES)
_SENTENCE = re.compile(
    rf"(?<=[.!?])(?<!\d\.){_NOT_A_TITLE}\s+(?=[\"'¡¿(]?[^\W\d_])|(?<=\d\.)\s+(?!{_ORDINAL_NEXT})"
    rf"(?=[\"'¡¿(]?[^\W\d_])(?![\"'¡¿(]?[a-zßà-öø-ÿ])|\n+"
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# (a line wrapped after a title, "... will be chaired by Prof.", goes on)
_LINE_DONE = re.compile(rf"(?:[!?:;…]|\.{_NOT_A_TITLE})\s*[\"'»”)]?$")
_LIST_ITEM = re.compile(r"^(?:[-*•·–>]|\d{1,2}[.)]\s)")
_SHORT_LINE = 40  # "Hi Alex,", "Best,", a name: lines a writer ended on purpose
_URL = re.compile(r"https?://[^\s<>()\"']+")
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# Typographic apostrophes ("won’t", "we’d") read as the plain one every phrase is written with.
_APOSTROPHE = str.maketrans({"\u2019": "'", "\u02bc": "'"})
# French inclusive writing: the feminine and plural endings after a middle dot
# ("candidat·e·s", "retenu·e", "un·e"), which split a word the phrase lists know whole.
_INCLUSIVE = re.compile(r"(?<=\w)[·⋅](?:e|ne|le|se|rice|euse|ère)?(?:[·⋅]?s)?\b")


@dataclass
class Reading:
    """Observations about one message (mutable only while ``read`` builds it)."""

    msg: ParsedMessage
    body: Body
    subject: str
    subject_counts: bool
    new: str
    sentences: list[str]
    events: list[CalendarEvent] = field(default_factory=list)
    bulk: str | None = None
    auto: str | None = None
    robot_sender: bool = False  # by address: no-reply, ATS or scheduling service
    sender: Person | None = None
    excluded: set[str] = field(default_factory=set)
    language: str = "en"
    tz: tzinfo = UTC
    used_forwarded: bool = False
    used_inline: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def methods(self) -> set[str]:
        return {e.method or "REQUEST" for e in self.events}

    @cached_property
    def own_journey(self) -> bool:
        """The new text tells of the writer's own search ("my final round", "I got an
        offer"): a friend's news, asked about by several screening steps."""
        return bool(cues.OWN_JOURNEY.search(self.new))

    def event_text(self) -> str:
        return "\n".join(f"{e.summary}\n{e.description}" for e in self.events)

    def kind_text(self) -> str:
        """Subject (unless a reply's) and new text: what decides the kind."""
        return f"{self.subject if self.subject_counts else ''}\n{self.new}"

    def links(self) -> list[str]:
        return _URL.findall(self.msg.text[:READ_CHARS])[:50]


def person(address: Address | None) -> Person | None:
    return Person(name=address.name or None, email=address.email) if address else None


def detect_language(text: str) -> str:
    """The language of most stop words in ``text`` (English when unsure)."""
    words = [w.lower() for w in _WORDS.findall(text[:4000])]
    scores = {lang: sum(map(stop.__contains__, words)) for lang, stop in cues.STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > scores["en"] + 1 else "en"


def sentences_of(text: str) -> list[str]:
    """Sentences of ``text``, with hard-wrapped lines joined back first.

    Mail is often wrapped at ~72 columns, so a phrase ("move forward with other /
    candidates") may straddle a line break; a line break ends a sentence only where the
    line looks complete (ends in punctuation, is short like a greeting, or the next line is a
    list item).
    """
    return [s.strip() for s in _SENTENCE.split(unwrapped(text)) if s and s.strip()]


def unwrapped(text: str) -> str:
    """``text`` with hard-wrapped lines joined back (see ``sentences_of``); paragraphs stay
    apart by a blank line."""
    return "\n\n".join(_unwrap(paragraph) for paragraph in _PARAGRAPH.split(text))


def _unwrap(paragraph: str) -> str:
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    if not lines:
        return ""
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1]
        if (
            _LINE_DONE.search(previous)
            or len(previous) < _SHORT_LINE
            or _LIST_ITEM.match(line)
            or _LIST_ITEM.match(previous)
        ):
            out.append(line)
        else:
            out[-1] = f"{previous} {line}"
    return "\n".join(out)


# A short cover note that points at the forward ("see below from Alma"): the forward is the news.
_POINTS_BELOW = re.compile(
    r"\b(?:see|read|details?|note|message|email) (?:\w+ ){0,2}below\b|\bforwarding\b|"
    # "PFB the confirmation from client", "please find below", "as per the trailing mail"
    r"\bPFB\b|\bfind (?:\w+ ){0,3}below\b|\b(?:below|trailing) (?:mail|e-?mail|trail)\b|"
    r"\bmail trail\b|\bnachstehend\b|\buntenstehend\w*\b|\bci-apr[èe]s\b|"
    r"\b(?:a continuación|abajo)\b|\bhieronder\b|"
    r"\bsiehe unten\b|\bunten stehende\b|\bci-dessous\b|\bver abajo\b|\bmás abajo\b|"
    r"\bzie (?:hieronder|onder)\b",
    re.IGNORECASE,
)


# Where an older message starts inside the history: its lines are no inline answers.
_OLDER_MESSAGE = re.compile(
    r"^\s*(?:(?:on|am|le|el|op)\b.{3,240}\b(?:wrote|schrieb|a écrit|escribió|schreef)\b|"
    r"\*?(?:from|von|de|van)\s*(?:\*\s*)?:\s*\S|-{2,}\s*(?:original|forwarded)|_{10,})",
    re.IGNORECASE,
)
# How much of a message's text is read, as a careful person would: the news is at the top,
# and every rule costs time in proportion to the text, so a 200,000-character body (the
# parser's own limit) must not cost seconds. Real recruiting mail, history included, is far
# shorter.
READ_CHARS = 20_000
_INLINE_MAX_WORDS = 60  # a long top note is the message itself, not a pointer to answers


# Words of agreement in five languages, shared by an inline answer that takes the quoted line
# (below) and a reply that takes an offered slot (takenslot).
AGREEMENT_WORDS = (
    r"yes|yep|yeah|perfect|great|fine|ok|okay|sure|done|agreed|works|ja|passt|gerne|perfekt|"
    r"super|prima|einverstanden|oui|parfait|d'accord|ça marche|très bien|sí|perfecto|vale|"
    r"genial|de acuerdo|goed|top|akkoord"
)
# An answer that takes the quoted line it answers: "Passt!", "Yes, that works", "Parfait"; at
# a line's start, a bare "si" is the Spanish "yes" written without its accent.
_ACCEPTS = re.compile(
    rf"^\W*(?:{AGREEMENT_WORDS}|that works|si|"
    # the option itself taken: "This one is perfect", "Der passt", "Celle-ci nous convient"
    r"(?:(?:this|that)(?: one)? (?:is (?:perfect|great|fine|good)|works|suits)|"
    r"(?:dieser?|der) (?:passt|geht)|(?:celui|celle)-(?:ci|là) (?:nous |me )?(?:va|convient)|"
    r"(?:ese|esa|este|esta) (?:nos |me )?(?:va|viene)|(?:deze|die) (?:past|is prima|komt goed))"
    r"(?![^.!?\n]{0,20}\b(?:not|nicht|pas|no|niet)\b))\b",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"^[ \t>]*(?:[-*•·–]\s+)?")


def inline_answers(history: str) -> str:
    """The sender's own lines written between the quoted lines of the history ("answers
    inline below"): unquoted lines with quoted lines before and after them. Empty when the
    history is not interleaved (a plain quote, an Outlook header block).

    An answer that accepts ("Passt! Sagen wir 10:00") keeps the quoted line it answers
    ("> - Dienstag, 1.12. vormittags"): that line says what is accepted; one that declines
    ("Da bin ich leider in Linz") does not, so the options turned down stay history."""
    lines = history.split("\n")
    quoted = [i for i, line in enumerate(lines) if line.lstrip().startswith(">")]
    if len(quoted) < 2:
        return ""
    own: list[str] = []
    sandwiched = False
    answered = ""  # the last quoted line with words, until an own line answers it
    for i in range(quoted[0] + 1, len(lines)):
        line = lines[i]
        if line.lstrip().startswith(">"):
            own.append("")
            answered = _QUOTE_MARK.sub("", line).strip() or answered
            continue
        if _OLDER_MESSAGE.match(line):
            break
        if line.strip():
            sandwiched = sandwiched or i < quoted[-1]
            if answered and _ACCEPTS.match(line):
                own.append(answered)
            answered = ""
        own.append(line)
    if not sandwiched:
        return ""
    return split_body("\n".join(own)).new


# A top note saying the answers are written into the quoted mail: "Answers in caps below",
# "answers in line below (mine start with -->)", "ich antworte dir gleich inline", "réponses
# dans le texte", "respuestas entre líneas", "antwoorden hieronder in de tekst".
_POINTS_INLINE = re.compile(
    r"\b(?:answers?|replies|responses?|comments?|mine)\b[^.!?\n]{0,30}\b(?:below|inline|in[- ]line|"
    r"in (?:caps|capitals|upper ?case|red|blue|bold)|start with)\b|"
    r"\b(?:answer(?:ed|ing)?|repl(?:y|ied|ying)|respond(?:ed|ing)?)\s+(?:\w+\s+){0,2}?"
    r"(?:inline|in[- ]line)\b|"
    r"\b(?:Antwort\w*|antworte\w*)\b[^.!?\n]{0,30}\b(?:unten|im Text|inline|in Großbuchstaben)\b|"
    r"\b(?:réponses?|répon[ds]s?)\b[^.!?\n]{0,30}\b(?:ci-dessous|dans le texte|en ligne|"
    r"en majuscules|en rouge)\b|"
    r"\b(?:respuestas?|respondo)\b[^.!?\n]{0,30}\b(?:abajo|debajo|entre líneas|en el texto|en "
    r"mayúsculas|en rojo)\b|"
    r"\b(?:antwoord\w*)\b[^.!?\n]{0,30}\b(?:hieronder|in de tekst|inline|in hoofdletters)\b",
    re.IGNORECASE,
)
# How an answer written into an unmarked quote stands out: an arrow before it ("--> Teams"),
# or capitals throughout ("TUESDAY 1ST IT IS - 2PM").
_ARROW = re.compile(r"^\s*(?:-+>|=+>|→|⇒|»)\s*")
# ... or a writer's mark repeated before each answer: "[JW] Not yet, sorry", "AN: Monday is
# good", "[KC] OK pour nous". Initials in brackets, or in capitals before a colon.
# A first name in brackets marks them too: "[Marloes] This one is perfect".
_MARK = re.compile(
    r"^\s*(?:\[(?P<bracket>[A-Z]{1,4}|[A-Z][a-zà-ÿ]{1,20})\]|(?P<colon>[A-Z]{1,4})\s*:)[ \t]*"
)
_NOT_MARKS = frozenset({"RE", "FW", "FWD", "TO", "CC", "BCC", "PS", "NB", "Q", "AW", "WG", "TR"})
_CAPS_MIN_LETTERS = 8
_HEADER_FIELD = re.compile(r"^\s*[\w-]{2,20}\s*:")  # "SUBJECT: ..." is a header, not an answer


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(letters) >= _CAPS_MIN_LETTERS and upper >= 0.9 * len(letters)


def _writers_mark(lines: list[str]) -> str | None:
    """The mark the answering writer puts before each answer: one that opens at least two
    lines of the older message ("[JW]", "AN:"), not a header's or a question's."""
    counts: dict[str, int] = {}
    for line in lines:
        found = _MARK.match(line)
        if found:
            mark = found.group("bracket") or found.group("colon")
            counts[mark] = counts.get(mark, 0) + 1
    marks = [m for m, n in counts.items() if n >= 2 and m not in _NOT_MARKS]
    return marks[0] if len(marks) == 1 else None


def _mark_of(line: str) -> str | None:
    found = _MARK.match(line)
    return (found.group("bracket") or found.group("colon")) if found else None


def _block_body(lines: list[str]) -> tuple[int, int]:
    """Where the first older message's text starts (after its header block's blank line) and
    ends (at the next older message)."""
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)
    start = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    end = next((i for i in range(start, len(lines)) if _OLDER_MESSAGE.match(lines[i])), len(lines))
    return start, end


def _quote_marks_answers(lines: list[str]) -> bool:
    """Whether the history is an unquoted Outlook block ("From: / Sent:") whose few quoted
    lines are the answering writer's, marked with ">>" ("answers inline below"), not the older
    message's text: that text opens unquoted."""
    first = next((line for line in lines if line.strip()), "")
    # (a header block, "From:", "Von:", "-----Original Message-----"; not a reply's "On ...
    # wrote:", whose quote follows it without a blank line)
    if not _OLDER_MESSAGE.match(first) or re.match(r"\s*(?:on|am|le|el|op)\b", first, re.I):
        return False
    start, end = _block_body(lines)
    text = [line for line in lines[start:end] if line.strip()]
    if not text or text[0].lstrip().startswith(">"):
        return False
    # the answers' own mark is doubled (">> Absolutely"); a single ">" is the candidate
    # quoting an older line ("> Has shortlisting been completed yet?" over "[AH] Yes"), and a
    # writer's mark of its own says which lines answer
    quoted = [line.lstrip() for line in text if line.lstrip().startswith(">")]
    return (
        bool(quoted)
        and all(line.startswith(">>") for line in quoted)
        and _writers_mark(text) is None
    )


def marked_answers(history: str, *, quote_marks: bool = False) -> str:
    """Answers written into a quoted mail that has no quote marks (an Outlook "From: / Sent:"
    block), told apart by an arrow, by capitals or by the writer's repeated mark ("[JW]",
    "AN:"): the lines so marked, in order, from the first older message only. Empty when no
    line is marked. A marked answer that accepts ("[KC] OK pour nous") keeps the line it
    answers ("- mardi 24/11 à 10h"), as in :func:`inline_answers`."""
    lines = history.split("\n")
    # the first message's text, after its header block, up to the next older message: the
    # answers are in the first one
    start, end = _block_body(lines)
    body = lines[start:end]
    mark = _writers_mark(body)
    # (``quote_marks``: the ">" lines are the answers, ">> Absolutely, that's very common")
    own: list[str] = []
    answered = ""  # the last unmarked line with words, until an answer takes it
    for line in body:
        if line.lstrip().startswith(">"):
            if quote_marks:
                own.append(_QUOTE_MARK.sub("", line))
                answered = ""
            continue
        if mark is not None and _mark_of(line) == mark:
            answer = _MARK.sub("", line)
            if answered and _ACCEPTS.match(answer):
                own.append(_QUOTE_MARK.sub("", answered).strip())
            own.append(answer)
            answered = ""
        elif _ARROW.match(line):
            own.append(_ARROW.sub("", line))
        elif _in_capitals(line) and not _HEADER_FIELD.match(line):
            own.append(line)
        elif line.strip():
            answered = line
    return "\n".join(own).strip()


# "I've answered your questions below": a pointer to answers the kind's reading does not take
# (the word model was trained on that reading), read for the details only.
_ANSWERED_BELOW = re.compile(
    r"\b(?:answer(?:ed|ing)?|repl(?:ied|ying)|respond(?:ed|ing)?)\s+(?:\w+\s+){0,2}?below\b",
    re.IGNORECASE,
)


def answers_written_in(new: str, quoted: str) -> str:
    """For the details (a decision date): the answers written into the quoted mail under a
    top note that points to them, as :func:`marked_answers` finds them, including those marked
    ">>" in an unquoted block ("answers inline below": the kind's reading takes the
    questions between such lines for the writer's). Empty when the note points to none."""
    if len(_WORDS.findall(new)) >= _INLINE_MAX_WORDS:
        return ""
    if not (_POINTS_INLINE.search(new) or _ANSWERED_BELOW.search(new)):
        return ""
    return marked_answers(quoted, quote_marks=_quote_marks_answers(quoted.split("\n")))


def _outlook_forward(quoted: str) -> str:
    """The forwarded message of a forward whose client wrote no "Forwarded message" line,
    only an Outlook "From: / Sent:" block (subject "FW:"): that block's message, without the
    older ones it quotes in turn. Empty when the history is a quote ("> ...")."""
    if not quoted or quoted.lstrip().startswith(">"):
        return ""
    lines = quoted.split("\n")
    start = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    end = next((i for i in range(start, len(lines)) if _OLDER_MESSAGE.match(lines[i])), len(lines))
    return "\n".join(lines[:end]).strip()


def _plain_words(text: str) -> str:
    """``text`` with French inclusive endings cut ("un·e autre candidat·e" is "un autre
    candidat"), for the phrase lists; the text itself stays as written."""
    return _INCLUSIVE.sub("", text) if "·" in text or "⋅" in text else text


def read(msg: ParsedMessage, me: Sequence[str], default_tz: tzinfo | None) -> Reading:
    """Observe ``msg``; never raises on content (a bad invitation is noted in problems)."""
    body = split_body(msg.text[:READ_CHARS])
    subject = msg.subject or ""
    is_reply = bool(_REPLY_PREFIX.match(subject))
    new = body.new.translate(_APOSTROPHE)
    used_forwarded = False
    words = len(_WORDS.findall(new))
    inline = inline_answers(body.quoted) if words < _INLINE_MAX_WORDS else ""
    if not inline and words < _INLINE_MAX_WORDS and _POINTS_INLINE.search(new):
        inline = marked_answers(body.quoted)
    if inline:
        new = f"{new}\n\n{inline.translate(_APOSTROPHE)}".strip()
    forwarded = body.forwarded or (
        _outlook_forward(body.quoted) if _FWD_PREFIX.match(subject) else ""
    )
    if forwarded and (words < 25 or (words < 80 and _POINTS_BELOW.search(new))):
        new = (
            f"{new}\n\n{forwarded.translate(_APOSTROPHE)}".strip()
        )  # "FYI, see below": the forward is the news
        used_forwarded = True
    subject_clean = _FWD_PREFIX.sub("", subject).strip().translate(_APOSTROPHE)
    language = detect_language(f"{subject_clean}\n{new}")
    new = spelt_out(new, language)  # "Can u do tmrw?" from a phone or a texting relay
    tz = default_tz or (msg.date.tzinfo if msg.date and msg.date.tzinfo else UTC)

    sender = person(msg.from_)
    reading = Reading(
        msg=msg,
        body=body,
        subject=subject_clean,
        subject_counts=not is_reply,
        new=new,
        sentences=sentences_of(_plain_words(f"{subject_clean if not is_reply else ''}\n{new}")),
        bulk=is_bulk(msg.header),
        auto=auto_submitted(msg.header),
        sender=sender,
        excluded=exclusions(
            me, [a.email for a in msg.to], domain_of(sender.email) if sender else ""
        ),
        language=language,
        tz=tz,
        used_forwarded=used_forwarded,
        used_inline=bool(inline),
    )
    reading.robot_sender = sender is None or is_robot_address(sender.email)
    if sender and is_service_domain(domain_of(sender.email)):
        reading.robot_sender = True
    for ics, method in msg.calendars[:10]:
        events, problems = parse_calendar(ics, default_tz=tz, mime_method=method)
        reading.events.extend(events)
        reading.problems.extend(problems[:3])
    return reading
