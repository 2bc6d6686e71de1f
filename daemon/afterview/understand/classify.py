"""What a message is, for the follow-up engine: ``classify(msg) -> Classification``.

Pure (no clock, no I/O): the message's Date header is "now" for relative dates. The kind is
decided by the new text and the invitation only; quoted history, signature and footers are
context. Precision matters most for ``interview_scheduled``, ``rejection`` and ``offer`` (a
wrong draft is worse than none), so whenever the evidence for one of those is thin the
weaker kind (``employer_reply`` or ``unrelated``) is chosen, and ``reasons`` says why.

Order of decision:
1. mail from the user, hard negatives (webinars, newsletters, appointments, research
   interviews, marketing), bulk mail that is not about the user's own application;
2. automatic replies (headers or out-of-office wording), unless the content is an ATS
   acknowledgement or rejection, which wins over the header;
3. rejection, offer, cancellation (text or METHOD:CANCEL), a calendar REQUEST, a confirmed
   time in the text, a request to schedule, an acknowledgement, any other employer reply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, tzinfo
from pathlib import Path
from typing import Any

from afterview.errors import UsageError
from afterview.mail.message import ParsedMessage, parse_message

from . import cues, kindmodel, lexicon, relevance, senders
from .asking import (
    ESCAPE_HATCH,
    INTERVIEWISH,
    URL,
    fit_questions,
    invited_at,
    meeting_in_view,
    not_a_booking,
    not_ahead,
    offered,
)
from .calendar import span_of
from .dates import find_decision_by, find_interview_time, find_return_date
from .details import complete
from .kindmodel import KindModel
from .leads import searched
from .reading import Reading, read, sentences_of
from .result import Classification, Interview, to_json
from .robots import EMAIL_ADDRESS, domain_of, is_service_domain
from .role import find_role, names_a_job
from .statedtime import (
    INTERVIEW_WORD,
    MOVED_TO,
    TO_CANDIDATE,
    around,
    in_sentences,
    stated_as_fixed,
)
from .weighing import (
    INVITATION_WITHOUT_CONTEXT,
    NO_JOB_CONTEXT,
    ROBOT_WITHOUT_CONTENT,
    SOME_EMPLOYER_MESSAGE,
    UNREADABLE_CONFIRMATION,
    weigh,
)

__all__ = [
    "SHIPPED",
    "Classification",
    "Interview",
    "classify",
    "classify_file",
    "rules_only",
    "to_json",
]

JOB_STRONG = re.compile(
    r"\b(?:your application|your candidacy|you applied|applying (?:for|to)|applied (?:for|to)|"
    r"your (?:\w+ )?interview|interview (?:for|with)|hiring (?:manager|team|process)|"
    r"recruit(?:er|ing|ment)|talent acquisition|interview process|(?:the|this) [\w ,/()&-]{2,60}"
    r"\b(?:role|position|vacancy|opening)\b|job offer|offer letter|"
    # the public sector's word for a job: "the above post", "the post of Ward Clerk"
    r"(?:the|this) (?:above|advertised) (?:post|vacancy)\b|the post of\b|"
    r"Bewerbung|Stelle\b|Vorstellungsgespräch|Bewerbungsgespräch|candidature|poste\b|"
    r"recrutement|entretien d'embauche|candidatura|puesto\b|proceso de selección|"
    r"sollicitatie\w*|vacature|functie\b)",
    re.IGNORECASE,
)
# A person writing for themself: "I'll", "ich", "je vous", "yo", "ik" (not Dutch "je").
_AUTO_ACK = re.compile(
    r"\b(?:automated|automatic|auto-generated|automatically generated)\s+(?:response|reply|"
    r"acknowledge?ment|message|e-?mail|notification|confirmation)\b|"
    r"\bautomatische\s+(?:Antwort|Nachricht|E-?Mail|Eingangsbestätigung)|"
    r"\b(?:message|réponse|e-?mail)\s+automatique|\b(?:mensaje|respuesta|correo)\s+automático|"
    r"\bautomatisch\s+(?:bericht|antwoord|gegenereerd)",
    re.I,
)
_GOT_EMAIL = re.compile(
    r"\breceived your (?:e-?mail|message|request|enquiry|inquiry|query|ticket|question)\b|"
    r"\b(?:Ihre|deine)\s+(?:Anfrage|Nachricht|E-?Mail)\b[^.]{0,40}\berhalten|"
    r"\breçu\s+(?:votre|ta)\s+(?:demande|message|e-?mail|question)|"
    r"\brecibido\s+(?:tu|su)\s+(?:consulta|mensaje|correo|pregunta)|"
    r"\b(?:je|jouw|uw)\s+(?:vraag|verzoek|bericht|e-?mail)\b[^.]{0,40}\bontvangen|"
    # a ticket opened for it: "Your email has been logged under reference TA-0558124", "Ihre
    # Anfrage wurde erfasst", "votre demande a été enregistrée", "tu consulta ha sido
    # registrada", "je vraag is geregistreerd"
    r"\byour (?:e-?mail|message|request|enquiry|inquiry|query|ticket) (?:has been|was|is) "
    r"(?:logged|registered|recorded|routed|forwarded|assigned)\b|"
    r"\b(?:Ihre|deine)\s+(?:Anfrage|Nachricht|E-?Mail)\s+(?:wurde|ist)\s+(?:erfasst|registriert|"
    r"weitergeleitet)|\b(?:votre|ta)\s+(?:demande|message|e-?mail)\s+a\s+été\s+(?:enregistrée?|"
    r"transmise?)|\b(?:tu|su)\s+(?:consulta|mensaje|solicitud)\s+ha\s+sido\s+(?:registrad[oa]|"
    r"derivad[oa]|asignad[oa])|\b(?:je|jouw|uw)\s+(?:vraag|verzoek|bericht)\s+is\s+"
    r"(?:geregistreerd|doorgestuurd)",
    re.I,
)
# A person asking the candidate for something ("could you send us ...?", "are you still
# available ...?", "would that work for you?"): a reply, not a receipt. A question that asks
# nothing of the candidate ("Did you know you can track your application?") is a receipt's.
_ASKS = re.compile(
    r"\b(?:could|can|would|will)\s+you\b[^.?!\n]{0,120}\?|"
    r"\b(?:are|were)\s+you\s+(?:still\s+)?(?:available|free|able|happy|ok|okay|interested|open|"
    r"around|willing|comfortable|keen|based|eligible|authori[sz]ed)\b[^.?!\n]{0,80}\?|"
    r"\b(?:do|would)\s+you\s+(?:have|want|prefer|need|mind|hold|require)\b[^.?!\n]{0,80}\?|"
    r"\b(?:would|does|do|could|will)\s+(?:that|this|it|either|any\s+of\s+these|one\s+of\s+these)"
    r"\b[^.?!\n]{0,60}\b(?:work|suit)\b[^.?!\n]{0,30}\?|"
    r"\b(?:könnten|können|würden|hätten|wären)\s+Sie\b[^.?!]{0,120}\?|"
    r"\b(?:könntest|kannst|würdest|hättest|wärst)\s+du\b[^.?!]{0,120}\?|"
    r"\b(?:passt|passen|ginge|geht|würde|wäre)\s+(?:es\s+|das\s+)?(?:Ihnen|dir|für\s+Sie|"
    r"für\s+dich)\b[^.?!]{0,80}\?|"
    r"\b(?:pourriez|pouvez|voudriez|seriez|êtes|auriez|avez)-vous\b[^.?!]{0,120}\?|"
    r"\b(?:pourrais|peux|serais|es|aurais|as)-tu\b[^.?!]{0,120}\?|"
    r"\b(?:vous|te)\s+(?:conviendrait|convient|irait|va)\b[^.?!]{0,80}\?|"
    # Spanish asks at the question's start: "¿Nos podrías enviar ...?" (not "¿Sabías que
    # te puedes suscribir ...?")
    r"(?:¿|(?m:^))\s*(?:\w+\s+){0,2}?(?:podrías|podría|puedes|puede|tienes|tiene|estarías|"
    r"estaría|estás|está|vendría|viene|iría)\b[^.?!]{0,120}\?|"
    r"\b(?:zou|kun|kunt|wil|heb|heeft|ben|bent)\s+(?:je|jij|u)\b[^.?!]{0,120}\?|"
    r"\b(?:past|schikt)\s+(?:het|dat)\s+(?:je|jou|u)\b[^.?!]{0,80}\?",
    re.IGNORECASE,
)
_FIRST_SINGULAR = re.compile(
    r"\b(?:I|I'm|I'll|I've|I'd|ich|j'ai|je\s+(?:suis|vais|serai|reviens|reviendrai|vous|te|me)|"
    r"yo|ik)\b"
)
_LABELLED_TIME = re.compile(
    r"^\s*(?:when|date|time|date and time|new time|termin|datum|zeit|uhrzeit|quand|date et "
    r"heure|horaire|cuándo|fecha|hora|wanneer|tijd|tijdstip)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
# The header lines of a forwarded or quoted message ("From: ... / Date: ... / Subject: ..."):
# their "Date:" is when that mail was sent, not a labelled interview time.
_HEADER_LINE = (
    r"^[ \t>*]*(?:from|date|sent|to|cc|subject|von|datum|gesendet|an|betreff|de|date|envoyé|à|"
    r"objet|para|asunto|fecha|enviado|van|verzonden|aan|onderwerp|datum)\s*\*?:.*$"
)
_HEADER_BLOCK = re.compile(rf"(?:{_HEADER_LINE}\n?){{2,}}", re.IGNORECASE | re.MULTILINE)


SHIPPED = "shipped"  # classify's default model: the one in the package, when there is one


def classify(
    msg: ParsedMessage,
    *,
    me: Sequence[str] = (),
    default_tz: tzinfo | None = None,
    model: KindModel | str | None = SHIPPED,
) -> Classification:
    """Understand one parsed message. ``me``: the user's own addresses.

    The rules decide first; the word model (``model``: the shipped one by default, None
    for rules alone) is heard after them (:mod:`.weighing`).
    """
    r = read(msg, me, default_tz)
    reasons: list[str] = []
    if r.body.has_history:
        reasons.append("quoted-text-ignored")
    if r.used_forwarded:
        reasons.append("forwarded-text-read")
    if r.used_inline:
        reasons.append("inline-answers-read")
    kind, extra = _decide(r, reasons)
    second = kindmodel.load() if model == SHIPPED else model
    kind, extra = weigh(r, kind, extra, reasons, second if isinstance(second, KindModel) else None)
    return complete(r, kind, reasons, **extra)


def rules_only(
    msg: ParsedMessage, *, me: Sequence[str] = (), default_tz: tzinfo | None = None
) -> Classification:
    """What the rules alone make of a message (to measure the model against them)."""
    return classify(msg, me=me, default_tz=default_tz, model=None)


# --- the kind ------------------------------------------------------------------------------


def _decide(r: Reading, reasons: list[str]) -> tuple[str, dict[str, Any]]:
    text = r.kind_text()
    event_text = r.event_text()
    job_text = f"{r.subject}\n{r.new}\n{event_text}"
    if r.sender is not None and r.sender.email in r.excluded and not r.used_forwarded:
        reasons.append("from-me")
        return "unrelated", {}

    strong_job = len(JOB_STRONG.findall(job_text))
    any_job = len(cues.JOB_CONTEXT.findall(job_text))
    any_job += names_a_job(r.subject) or relevance.title_in_heading(r)
    any_job += bool(find_role([r.new], r.subject, None))
    # a recruiter's or an agency's signature, split off or closing the text ("Senior
    # Consultant / ... acts as an employment agency"): whoever recruits for a living writes
    # about a job
    any_job += bool(cues.RECRUITER_TITLE.search(r.body.signature)) or relevance.signs_as_recruiter(
        r
    )
    # "teams.microsoft.com/l/meetup-join" is no meetup, "x@alumni.uni.example" no alumni
    # event, and a forwarded header block says nothing of the mail's matter
    prose = URL.sub(" ", _HEADER_BLOCK.sub(" ", job_text))
    prose = EMAIL_ADDRESS.sub(" ", prose) if "@" in prose else prose
    prose = relevance.without_clashes(prose)
    non_job = [cues.NON_JOB_NAMES[i] for i in searched(cues.NON_JOB_PATTERNS, prose)]
    sentences = r.sentences
    rejection = lexicon.hits(lexicon.REJECTION, sentences, skip=lexicon.NOT_REFUSING)
    rejection = rejection or lexicon.soft_rejections(sentences)
    offer = lexicon.hits(lexicon.OFFER, sentences, before=cues.LATER_STEP)
    received = lexicon.hits(lexicon.RECEIVED, sentences)
    ooo = lexicon.hits(cues.OUT_OF_OFFICE, sentences)
    ooo_kinds = len(searched(cues.OUT_OF_OFFICE, r.new))
    auto_subject = bool(cues.AUTO_SUBJECT.match(r.msg.subject or ""))
    content = bool(rejection or received)

    # 1. automatic replies announced by headers or subject; ATS content wins over the header
    auto_header = r.auto is not None and (
        r.auto.startswith("auto-replied")
        or (r.auto.startswith("suppress") and (auto_subject or bool(ooo)))
    )
    if (auto_header or auto_subject) and (ooo or not content):
        if auto_header:
            reasons.append(f"header:Auto-Submitted {r.auto}")
        if auto_subject:
            reasons.append("subject:automatic reply")
        reasons.extend(f"phrase:{p}" for p in ooo[:2])
        return "auto_reply", {}

    # a helpdesk's automatic acknowledgement of the user's own email (not of an application)
    # (headers or not: a person never calls their own mail automated; a help desk may say so
    # in what reads like a footer)
    said = f"{r.new}\n{r.body.footer[:2000]}"
    if (
        not content
        and _AUTO_ACK.search(said)
        and _GOT_EMAIL.search(said)
        and not (r.events or lexicon.hits(lexicon.CONFIRMED, sentences_of(said)))
    ):
        reasons.append("automatic acknowledgement of an email")
        return "auto_reply", {}

    # 2. a friend at a personal address: about the user's application only in the second
    #    person, and never while telling of their own interviews
    if senders.personal_sender(r) and (
        not (cues.SECOND_PERSON_JOB.search(r.new) and cues.EMPLOYER_VOICE.search(r.new))
        or cues.OWN_JOURNEY.search(r.new)
    ):
        reasons.append("personal sender")
        return "unrelated", {}
    if senders.casual_friend(r):
        reasons.append("casual note without an employer's voice")
        return "unrelated", {}
    if senders.colleague(r):
        reasons.append("sender at the user's own organisation")
        return "unrelated", {}

    # 3. hard negatives: other kinds of interviews, appointments and offers; bulk mail
    non_job = _setting_only(non_job, job_text, r.subject)
    # The thread's history may say what it is about ("about the Pricing Analyst role");
    # it never decides the kind, but it makes a reply about "our chat" a job matter.
    history = f"{r.body.quoted[:4000]}\n{r.body.forwarded[:4000]}"
    history_job = _history_about_a_job(_unwrapped(history))
    if non_job and history_job and not (r.robot_sender or r.bulk):
        # a person answering in a thread about the job: "the Black Friday case you sent" or
        # "our clinic" in passing does not turn it into marketing or a medical appointment,
        # unless the thread itself was about that
        non_job = [name for name in non_job if cues.NON_JOB_RES[name].search(history)]
    if non_job and relevance.outweighs_context(r, job_text, history_job):
        # "newsletter data" in a take-home, "Black Friday volumes" in an interview brief: the
        # topic of mail about the user's application; a flat or a loan still needs a job named
        non_job = [name for name in non_job if name in cues.OTHER_APPLICATIONS]
    if non_job and not (rejection or offer):
        reasons.append(f"context:{non_job[0]}")
        return "unrelated", {}
    other_thing = next((name for name in non_job if name in cues.OTHER_APPLICATIONS), None)
    if other_thing and not _names_a_job(job_text, interviews=False):
        # a flat, a loan, a school place: its refusal or offer is not about a job
        reasons.append(f"context:{other_thing}")
        return "unrelated", {}
    if r.bulk and not (
        (cues.OWN_APPLICATION.search(job_text) and (content or r.robot_sender))
        # an ATS's receipt or booking with three sorts of evidence of the user's application
        or (
            (content or r.events or r.robot_sender)
            and relevance.outweighs_context(r, job_text, history_job)
        )
    ):
        reasons.append(r.bulk)
        return "unrelated", {}

    # 4. out-of-office wording without headers: several signs (or one and a return date),
    #    and nothing else a recruiter would write
    if ooo and not content and (ooo_kinds >= 2 or r.auto or _return_date(r)):
        reasons.extend(f"phrase:{p}" for p in ooo[:2])
        return "auto_reply", {}
    if r.auto and content:
        reasons.append(f"header:Auto-Submitted {r.auto} (content wins)")

    # 5. calendar replies: someone answered an invitation; not a new interview
    if r.events and r.methods <= {"REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH"}:
        reasons.append("ics:REPLY")
        related = INTERVIEWISH.search(job_text) or find_role([event_text], r.subject, None)
        return ("auto_reply" if related or strong_job else "unrelated"), {}

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
    choose_firm = lexicon.hits(lexicon.CHOOSE, sentences, before=lexicon.UNDECIDED)
    # "does it work?" asks for a time when the mail or its thread has a meeting in view
    view = f"{r.subject}\n{r.new}\n{history}"
    choose += fit_questions(sentences, view, conditional=True)
    choose_firm += fit_questions(sentences, view, conditional=False)
    if lexicon.BOOKING_LINK.search(r.new):
        choose.append("link:booking page")
        choose_firm.append("link:booking page")
    request = invite + choose
    cancel_text = lexicon.hits(lexicon.CANCELLED, sentences)
    # "... l'entretien prévu vendredi à 10h. Nous sommes contraints de l'annuler": "it" is
    # the meeting just named, and that sentence's time is the cancelled one
    cancelling, cancel_it = lexicon.cancelling_sentences(sentences)
    cancel_text += cancel_it
    if not cancel_text and (
        INTERVIEW_WORD.search(r.subject) or (history_job and INTERVIEW_WORD.search(history))
    ):
        # "so sorry - need to cancel tmrw" in a thread about the interview cancels that one
        cancel_text = lexicon.own_cancellations(sentences)
    if r.subject_counts and lexicon.CANCEL_SUBJECT.match(r.subject):
        cancel_text.append("subject:cancelled")
    # a booking whose title names a job ("Pricing Analyst II - 45 min with Graham") is one
    # and so is one sent in a thread about the application ("the updated invite is attached")
    if r.events and not (
        strong_job
        or INTERVIEW_WORD.search(job_text)
        or history_job
        or relevance.role_named(r)
        # a hiring step by its own name: "Pixelmarch x Alexis - tech chat", "Portfolio chat"
        or relevance.names_a_stage(job_text)
    ):
        reasons.append(INVITATION_WITHOUT_CONTEXT)
        return "unrelated", {}
    sent = r.msg.date
    some_job = any_job + history_job >= 1
    found = find_interview_time(text, sent, default_tz=r.tz) if sent and some_job else None
    # a reply's subject names what the thread is about ("Re: Interview - Data Analyst")
    meeting_time = bool(found) and (found.meeting or bool(INTERVIEW_WORD.search(r.subject)))

    subject_meeting = bool(INTERVIEW_WORD.search(r.subject))
    stated = (
        meeting_time
        and not choose_firm
        and stated_as_fixed(found, text, subject_meeting)
        and not not_ahead(around(text, found.evidence), found.evidence)
    )
    relevant = (
        strong_job > 0
        or any_job >= 2
        # an outcome is about a job only where something says so ("not to proceed with the
        # return" is a refund)
        or ((some_job or _addressed(rejection + offer)) and bool(rejection or offer or received))
        or (some_job and bool(confirmed or request or cancel_text or r.events or stated))
        # a person at an organisation answering in a thread about the application
        or (history_job and not r.robot_sender and not r.bulk)
        # the employer's own timeline: "we'll share our feedback by Wednesday"
        or (some_job and sent is not None and find_decision_by(r.new, sent) is not None)
    )
    if not relevant:
        reasons.append(NO_JOB_CONTEXT)
        return "unrelated", {}

    # 7. outcomes
    if rejection:
        reasons.extend(f"phrase:{p}" for p in rejection[:2])
        return "rejection", {}
    if offer:
        reasons.extend(f"phrase:{p}" for p in offer[:2])
        return "offer", {}

    # 8. times: an invitation, a cancellation, a time confirmed or stated as fixed
    cancelled_events = [e for e in r.events if e.method == "CANCEL" or e.status == "CANCELLED"]
    live_events = [e for e in r.events if e not in cancelled_events and e.start is not None]
    structured = bool(_LABELLED_TIME.search(_HEADER_BLOCK.sub(" ", text))) and bool(
        INTERVIEWISH.search(text)
    )
    if live_events:
        span = span_of(live_events)
        if span:
            reasons.append(f"ics:{live_events[0].method or 'REQUEST'}")
            reasons.extend(f"phrase:{p}" for p in confirmed[:1])
            return "interview_scheduled", {"span": span, "events": live_events, "found": found}
    if cancelled_events or cancel_text:
        # "annuler l'entretien prévu le 3 décembre à 10h" names the old time: only a time
        # outside the cancelling sentences, or one it moves the meeting to, is a new one
        moved = (
            found
            and not cancelled_events
            and (
                (confirmed and not _said_in(found.evidence, cancelling))
                or bool(MOVED_TO.search(around(text, found.evidence)))
            )
        )
        if not moved:
            reasons.append("ics:CANCEL" if cancelled_events else f"phrase:{cancel_text[0]}")
            return "interview_cancelled", {}

    if found:
        # "kindly revert with 2-3 slots that suit you between Monday and Wednesday": the
        # candidate is asked to choose within the times named
        proposal = offered(around(text, found.evidence)) or in_sentences(
            found.evidence, (*lexicon.CHOOSE, *lexicon.ASK_FIT), sentences
        )
        # "Perfect, Monday 10am it is" names no meeting: the request it answers does
        meeting = bool(
            INTERVIEWISH.search(job_text)
            # a confirmed time in a job's thread that spoke of meeting ("I'd be glad to meet",
            # "danke für die Einladung zum Termin") is that meeting's
            or (confirmed and some_job and meeting_in_view(history))
        ) and not cues.ONBOARDING.search(text)
        # "before your link expires on Sunday at 23:59", "interviews take place on 7 December"
        unbooked = not_a_booking(around(text, found.evidence), found.evidence)
        if (confirmed or structured) and meeting and not proposal and not unbooked:
            reasons.extend(f"phrase:{p}" for p in confirmed[:2])
            if not confirmed:
                reasons.append("labelled interview time")
            reasons.append(f"time:{found.evidence}"[:60])
            return "interview_scheduled", {"span": (found.start, found.end)}
        if meeting and stated and not unbooked:
            # one concrete future time for a meeting, stated and not offered as a choice:
            # "Let's go with Monday at 9", "om 15.00 uur komt ons het beste uit"
            reasons.append("one fixed time stated")
            reasons.append(f"time:{found.evidence}"[:60])
            return "interview_scheduled", {"span": (found.start, found.end)}
        if (
            meeting
            and not (proposal or found.alternatives or choose_firm)
            and not not_ahead(around(text, found.evidence), found.evidence)
            and invited_at(found.evidence, sentences)
        ):
            # the invitation itself names the one time: "we invite you to attend an
            # assessment centre on Wednesday 18 November at 9.30am" is the employer's plan
            reasons.append("invited to one named time")
            reasons.append(f"time:{found.evidence}"[:60])
            return "interview_scheduled", {"span": (found.start, found.end)}
        if found.alternatives and meeting_time and not confirmed:
            # times on several days for a meeting: options for the candidate to choose from
            reasons.append("several times offered")
            return "interview_request", {}
        if confirmed or request:
            reasons.append("time offered, not confirmed")
    if request:
        reasons.extend(f"phrase:{p}" for p in request[:2])
        return "interview_request", {}
    if (
        received
        and not r.robot_sender
        and (
            _FIRST_SINGULAR.search(r.new)
            or _ASKS.search(ESCAPE_HATCH.sub(" ", URL.sub(" ", r.new)))
        )
    ):
        # a person thanking for the application and saying more: not an automatic receipt
        reasons.append("a person's reply to the application")
        return "employer_reply", {}
    if received:
        reasons.extend(f"phrase:{p}" for p in received[:2])
        return "application_received", {}
    if confirmed and INTERVIEWISH.search(text):
        reasons.append(UNREADABLE_CONFIRMATION)
        return "employer_reply", {}
    if r.robot_sender and not is_service_domain(domain_of(r.sender.email if r.sender else "")):
        reasons.append(ROBOT_WITHOUT_CONTENT)
        return "unrelated", {}
    reasons.append(SOME_EMPLOYER_MESSAGE)
    return "employer_reply", {}


def _history_about_a_job(history: str) -> bool:
    """The thread so far is about the application: strong job words, a job named with the
    papers sent for it ("thanks for the CV ... the operations manager job"), or an interview
    with other job words ("the technical interview", "is the role remote?"), and no other kind
    of interview or appointment (a podcast, a flat viewing)."""
    if JOB_STRONG.search(history) or relevance.application_thread(history):
        return True
    return (
        bool(INTERVIEW_WORD.search(history))
        and len(cues.JOB_CONTEXT.findall(history)) >= 2
        and not any(rx.search(history) for rx in cues.NON_JOB_RES.values())
    )


# A quoted line's break and marks: "> ... about the Vice President,\n> Portfolio Operations role"
_QUOTE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?:>[ \t]?)+(?=[^\s>])")


def _unwrapped(history: str) -> str:
    """Quoted history with its hard-wrapped lines joined, so that a phrase broken across two
    quoted lines is read as one (a blank quoted line still ends a paragraph)."""
    return _QUOTE_BREAK.sub(" ", history) if ">" in history else history


def _setting_only(non_job: list[str], job_text: str, subject: str) -> list[str]:
    """The hard-negative contexts that still hold once the workplace is allowed for: a
    hospital, a clinic, a housing association or a bank is where the job is when the mail
    names a post or speaks of choosing among candidates (schools: only a job named)."""
    if not any(name in cues.SECTORS for name in non_job):
        return non_job
    named = _names_a_job(job_text) or names_a_job(subject)
    selecting = named or bool(cues.SELECTION.search(job_text))
    return [
        name
        for name in non_job
        if name not in cues.SECTORS or not (named if name in cues.SECTORS_NAMED_ONLY else selecting)
    ]


def _names_a_job(text: str, interviews: bool = True) -> bool:
    """Job words beyond those of any application ("your application" is a flat's too);
    without ``interviews``, also beyond those of any interview (a club's, a consulate's)."""
    return any(
        not cues.GENERIC_APPLICATION.fullmatch(m)
        and (interviews or not cues.GENERIC_INTERVIEW.fullmatch(m))
        for m in JOB_STRONG.findall(text)
    )


def _said_in(evidence: str, sentences: Sequence[str]) -> bool:
    """Whether ``evidence`` (a time as found) lies in one of ``sentences``."""
    words = " ".join(evidence.split())
    return any(words in " ".join(sentence.split()) for sentence in sentences)


def _addressed(evidence: list[str]) -> bool:
    """An outcome said to the candidate ("not moving forward with you") needs no other job
    word to be about the application."""
    return any(TO_CANDIDATE.search(e) for e in evidence)


def _return_date(r: Reading) -> date | None:
    return find_return_date(r.new, r.msg.date) if r.msg.date else None


# --- files -----------------------------------------------------------------------------------


def classify_file(path_or_dash: str, *, me: Sequence[str] = ()) -> dict[str, Any]:
    """``classify --json`` for one file ("-" = standard input).

    A missing or unreadable file raises ``UsageError`` (one clear line, exit 2); anything
    readable yields a JSON object, however broken the mail inside it.
    """
    import sys

    if path_or_dash == "-":
        raw = sys.stdin.buffer.read()
    else:
        path = Path(path_or_dash)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise UsageError(f"{path_or_dash}: no such file") from None
        except IsADirectoryError:
            raise UsageError(f"{path_or_dash}: is a directory, not an .eml file") from None
        except OSError as exc:
            raise UsageError(f"{path_or_dash}: cannot read: {exc.strerror or exc}") from None
    msg = parse_message(raw)
    try:
        result = classify(msg, me=me)
    except Exception as exc:  # a bug must not hide the other files' answers
        result = Classification(kind="unrelated", reasons=(f"error: {type(exc).__name__}",))
    return to_json(result, file=path_or_dash, message_id=msg.message_id)
