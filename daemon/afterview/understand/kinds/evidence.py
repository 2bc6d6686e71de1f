"""What the rules of :mod:`.decide` read in a message, gathered once before they decide.

Two stages, because the second costs more and most mail never needs it: ``gather`` reads the
phrases of outcomes, receipts and absence, the job words and the thread's history that every
step looks at; ``scheduling_of`` reads what the mail says of meeting times (confirmed, asked
for, cancelled, a time named) only for mail that got past the screening steps.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from ..body.text import HEADER_FIELDS
from ..company.formreceipt import hiring_form_receipt
from ..dates import TimeSpan, find_interview_time
from ..gates.firstletter import by_first_letter
from ..gates.leads import searched
from ..nonjob import contexts as nonjob
from ..people.robots import EMAIL_ADDRESS
from ..phrases import cues, lexicon
from ..phrases.refusalguards import NOT_OFFERING, OFFER_NOT_MADE
from ..reading import Reading
from ..role.title import find_role, names_a_job
from . import relevance
from .addressee import told_to_the_reader
from .asking import URL, fit_questions, meeting_in_view, not_ahead
from .statedtime import INTERVIEW_WORD, around, stated_as_fixed

_JOB_STRONG_WORDS = (
    r"your application|your candidacy|you applied|applying (?:for|to)|applied (?:for|to)|"
    r"your (?:\w+ )?interview|interview (?:for|with)|hiring (?:manager|team|process)|"
    r"recruit(?:er|ing|ment)|talent acquisition|interview process|"
    r"(?:the|this) [\w ,/()&-]{2,60}"
    # (not a rank: "on the waiting list at position 4")
    r"\b(?:role|position|vacancy|opening)\b(?!\s+(?:#\s*)?\d)|job offer|offer letter|"
    # the public sector's word for a job: "the above post", "the post of Ward Clerk"
    r"(?:the|this) (?:above|advertised) (?:post|vacancy)\b|the (?:post|position) of\b|"
    r"Bewerbung|Stelle\b|Vorstellungsgespräch|Bewerbungsgespräch|candidature|poste\b|"
    r"recrutement|entretien d'embauche|candidatura|puesto\b|proceso de selección|"
    r"sollicitatie\w*|vacature|functie\b"
)
JOB_STRONG = re.compile(rf"\b(?:{_JOB_STRONG_WORDS})", re.IGNORECASE)
# The same matches, the alternatives grouped by first letter (firstletter.by_first_letter):
# searched in every message and its history, the plain alternation tried all its branches at
# every word's start. JOB_STRONG stays plain for the prefilter's gates, read from its words.
_JOB_STRONG_GROUPED = re.compile(
    r"\b" + by_first_letter(_JOB_STRONG_WORDS, re.IGNORECASE), re.IGNORECASE
)
# A thread's subject naming a job by its title and the word for a job: "Re: barista job",
# "KP job", "Plant Operator job + trade test", "Forklift driver vacancy - questions", "Job als
# Kellner" (not "new job", "your job alert", "job hunting": a friend's news, a board's mail, a
# topic)
_SUBJECT_JOB = re.compile(
    r"^(?:(?:re|aw|fw|fwd|tr|rv|wg|sv|antw)\s*:\s*)*(?!(?:new|old|dream|first|current|next|last|"
    r"my|your|his|her|their|our|a|an|the|this|that|any|another|great|perfect|weekly|daily)\b)"
    r"(?:(?:[\w&'/-]+\s+){1,4}(?:job|position|role|vacancy|opening)\s*(?:$|[-\u2013\u2014:+(,|])|"
    # the word for a job first: "AW: Job als Kellner", "RE: puesto de camarero", "Re: poste de
    # serveur", "Re: vacature: kok"
    r"(?:job|stelle|poste|puesto|vacante|vacature)\s*(?:als\s+|de\s+|d'|:\s*)(?!travail)[\w-]{3,})",
    re.IGNORECASE,
)
# The header lines of a forwarded or quoted message ("From: ... / Date: ... / Subject: ..."):
# their "Date:" is when that mail was sent, not a labelled interview time.
_HEADER_LINE = rf"^[ \t>*]*{HEADER_FIELDS}\s*\*?:.*$"
HEADER_BLOCK = re.compile(rf"(?:{_HEADER_LINE}\n?){{2,}}", re.IGNORECASE | re.MULTILINE)
# A quoted line's break and marks: "> ... about the Vice President,\n> Portfolio Operations role"
_QUOTE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?:>[ \t]?)+(?=[^\s>])")


@dataclass(frozen=True)
class Evidence:
    """What every step reads: the texts, the job words and the phrases found in them.

    ``job_matches``/``strong_job``: JOB_STRONG's matches in ``job_text`` and their number;
    ``job_words``: JOB_CONTEXT's; ``any_job``: weaker signs that the mail is about a job;
    ``non_job``: the hard-negative contexts named in its prose (before the workplace or the
    thread is allowed for);
    ``content``: an ATS's rejection or receipt, which wins over an automatic-reply header;
    ``untold``: outcome phrases said to a group or of others, not to the reader (not counted).
    """

    text: str
    event_text: str
    job_text: str
    job_matches: list[str]
    job_words: list[str]
    strong_job: int
    any_job: int
    non_job: list[str]
    rejection: list[str]
    offer: list[str]
    untold: list[str]
    received: list[str]
    ooo: list[str]
    ooo_kinds: int
    auto_subject: bool
    content: bool
    history: str
    history_job: bool

    @property
    def some_job(self) -> bool:
        """Anything at all, in the mail or its thread, says it is about a job."""
        return self.any_job + self.history_job >= 1


@dataclass(frozen=True)
class Scheduling:
    """What the mail says of meeting times: confirmed, asked for (``request``: invitations
    and choices, ``choose_firm``: choices not hedged by "if", ``choose_said``: those of them
    said in words, not a fit question or a booking link), called off (``cancel_text``,
    ``cancelling``: the sentences doing it), and the time it names (``found``)."""

    confirmed: list[str]
    request: list[str]
    choose_firm: list[str]
    choose_said: list[str]
    cancel_text: list[str]
    cancelling: list[str]
    found: TimeSpan | None
    meeting_time: bool
    stated: bool


class _Last(threading.local):
    """The last message's evidence, one slot per thread (each account's mail is classified
    on its own thread): what later steps of the same message may read again."""

    slot: tuple[Reading, Evidence] | None = None


_LAST = _Last()


def gathered(r: Reading) -> Evidence | None:
    """The evidence :func:`gather` found in ``r``, when it was the last message it read on
    this thread (None otherwise)."""
    slot = _LAST.slot
    return slot[1] if slot is not None and slot[0] is r else None


def gather(r: Reading) -> Evidence:
    """The evidence every step of :func:`.decide.decide` reads, found once."""
    ev = _gather(r)
    _LAST.slot = (r, ev)
    return ev


def _gather(r: Reading) -> Evidence:
    text = r.kind_text()
    event_text = r.event_text()
    job_text = f"{r.subject}\n{r.new}\n{event_text}"
    # the hard negatives first: their prose is indexed once (gates.leads keeps the last text
    # it indexed), and the new text, indexed after it by the receipts of a form, then serves
    # the out-of-office list and the hiring side's too
    non_job = _non_job(job_text)
    job_matches = _JOB_STRONG_GROUPED.findall(job_text)
    job_words = cues.JOB_CONTEXT.findall(job_text)
    any_job = len(job_words)
    any_job += (
        names_a_job(r.subject)
        or relevance.title_in_heading(r)
        or bool(_SUBJECT_JOB.match(r.subject.strip()))
    )
    any_job += bool(find_role([r.new], r.subject, None))
    # a recruiter's or an agency's signature, split off or closing the text ("Senior
    # Consultant / ... acts as an employment agency"): whoever recruits for a living writes
    # about a job
    any_job += bool(cues.RECRUITER_TITLE.search(r.body.signature)) or relevance.signs_as_recruiter(
        r
    )
    sentences = r.sentences
    rejection = lexicon.hits(lexicon.REJECTION, sentences, skip=lexicon.NOT_REFUSING)
    rejection = rejection or lexicon.soft_rejections(sentences)
    offer = lexicon.hits(lexicon.OFFER, sentences, skip=NOT_OFFERING, before=OFFER_NOT_MADE)
    untold: list[str] = []
    if (rejection or offer) and not told_to_the_reader(r.subject, r.new):
        # a post filled or offered, told to a club's members or in a digest: someone else's
        untold, rejection, offer = rejection + offer, [], []
    received = lexicon.hits(lexicon.RECEIVED, sentences)
    if not received:
        # a form tool's receipt for the form of an employer that says it is hiring
        received = hiring_form_receipt(r.subject, r.new, bulk=bool(r.bulk))
        any_job += bool(received)
    # The thread's history may say what it is about ("about the Pricing Analyst role");
    # it never decides the kind, but it makes a reply about "our chat" a job matter.
    history = f"{r.body.quoted[:4000]}\n{r.body.forwarded[:4000]}"
    return Evidence(
        text=text,
        event_text=event_text,
        job_text=job_text,
        job_matches=job_matches,
        job_words=job_words,
        strong_job=len(job_matches),
        any_job=any_job,
        non_job=non_job,
        rejection=rejection,
        offer=offer,
        untold=untold,
        received=received,
        ooo=lexicon.hits(cues.OUT_OF_OFFICE, sentences),
        ooo_kinds=len(searched(cues.OUT_OF_OFFICE, r.new)),
        auto_subject=bool(cues.AUTO_SUBJECT.match(r.msg.subject or "")),
        content=bool(rejection or received),
        history=history,
        history_job=_history_about_a_job(_unwrapped(history)),
    )


def scheduling_of(r: Reading, ev: Evidence) -> Scheduling:
    """What the mail says of meeting times (read only for mail past the screening steps)."""
    sentences = r.sentences
    confirmed = lexicon.hits(lexicon.CONFIRMED, sentences)
    # "If you send me two or three slots" still asks; "whether he'd like to speak to you"
    # reports someone else's undecided wish and asks nothing
    invite = lexicon.hits(
        lexicon.INVITE,
        sentences,
        skip=lexicon.NOT_YET_YOURS,
        before=lexicon.UNDECIDED,
        conditional=True,
    )
    choose = lexicon.hits(lexicon.CHOOSE, sentences, before=lexicon.UNDECIDED, conditional=True)
    choose_said = lexicon.hits(lexicon.CHOOSE, sentences, before=lexicon.UNDECIDED)
    choose_firm = list(choose_said)
    # "does it work?" asks for a time when the mail or its thread has a meeting in view
    view = f"{r.subject}\n{r.new}\n{ev.history}"
    choose += fit_questions(sentences, view, conditional=True)
    choose_firm += fit_questions(sentences, view, conditional=False)
    if lexicon.BOOKING_LINK.search(r.new):
        choose.append("link:booking page")
        choose_firm.append("link:booking page")
    cancel_text, cancelling = _cancellations(r, ev)
    text = ev.text
    sent = r.msg.date
    found = find_interview_time(text, sent, default_tz=r.tz) if sent and ev.some_job else None
    # a reply's subject names what the thread is about ("Re: Interview - Data Analyst")
    meeting_time = bool(found) and (found.meeting or bool(INTERVIEW_WORD.search(r.subject)))
    subject_meeting = bool(INTERVIEW_WORD.search(r.subject))
    stated = (
        meeting_time
        and not choose_firm
        and stated_as_fixed(found, text, subject_meeting)
        and not not_ahead(around(text, found.evidence), found.evidence)
    )
    return Scheduling(
        confirmed=confirmed,
        request=invite + choose,
        choose_firm=choose_firm,
        choose_said=choose_said,
        cancel_text=cancel_text,
        cancelling=cancelling,
        found=found,
        meeting_time=meeting_time,
        stated=stated,
    )


def _cancellations(r: Reading, ev: Evidence) -> tuple[list[str], list[str]]:
    """The evidence that a meeting is called off, and the sentences that call it off."""
    sentences = r.sentences
    cancel_text = lexicon.hits(lexicon.CANCELLED, sentences)
    # "... l'entretien prévu vendredi à 10h. Nous sommes contraints de l'annuler": "it" is
    # the meeting just named, and that sentence's time is the cancelled one
    cancelling, cancel_it = lexicon.cancelling_sentences(sentences)
    cancel_text += cancel_it
    if not cancel_text and (
        INTERVIEW_WORD.search(r.subject)
        or (
            (ev.history_job and INTERVIEW_WORD.search(ev.history))
            or meeting_in_a_job_thread(r, ev.history)
        )
    ):
        # "so sorry - need to cancel tmrw" in a thread about the interview cancels that one
        cancel_text = lexicon.own_cancellations(sentences)
    if r.subject_counts and lexicon.CANCEL_SUBJECT.match(r.subject):
        cancel_text.append("subject:cancelled")
    return cancel_text, cancelling


def meeting_in_a_job_thread(r: Reading, history: str) -> bool:
    """A thread named after a job in which a meeting was arranged: "Re: barista job" over
    "come in Thursday at 11 for a chat", "AW: Job als Kellnerin" over "komm morgen vorbei"."""
    return bool(_SUBJECT_JOB.match(r.subject.strip())) and meeting_in_view(history)


def _non_job(job_text: str) -> list[str]:
    """The hard-negative contexts (webinars, newsletters, appointments ...) named in the
    mail's own prose."""
    # "teams.microsoft.com/l/meetup-join" is no meetup, "x@alumni.uni.example" no alumni
    # event, and a forwarded header block says nothing of the mail's matter
    prose = URL.sub(" ", HEADER_BLOCK.sub(" ", job_text))
    prose = EMAIL_ADDRESS.sub(" ", prose) if "@" in prose else prose
    prose = relevance.without_clashes(prose)
    names = [nonjob.NON_JOB_NAMES[i] for i in searched(nonjob.NON_JOB_PATTERNS, prose)]
    # an offer's "medical/dental/vision" or a pre-employment medical books no appointment:
    # health words count only outside them
    if (
        "medical" in names
        and nonjob.BENEFITS.search(prose)
        and not nonjob.NON_JOB_RES["medical"].search(nonjob.BENEFITS.sub(" ", prose))
    ):
        names.remove("medical")
    return names


def _history_about_a_job(history: str) -> bool:
    """The thread so far is about the application: strong job words, a job named with the
    papers sent for it ("thanks for the CV ... the operations manager job"), or an interview
    with other job words ("the technical interview", "is the role remote?"), and no other kind
    of interview or appointment (a podcast, a flat viewing)."""
    if _JOB_STRONG_GROUPED.search(history) or relevance.application_thread(history):
        return True
    return (
        bool(INTERVIEW_WORD.search(history))
        and len(cues.JOB_CONTEXT.findall(history)) >= 2
        and not any(rx.search(history) for rx in nonjob.NON_JOB_RES.values())
    )


def _unwrapped(history: str) -> str:
    """Quoted history with its hard-wrapped lines joined, so that a phrase broken across two
    quoted lines is read as one (a blank quoted line still ends a paragraph)."""
    return _QUOTE_BREAK.sub(" ", history) if ">" in history else history
