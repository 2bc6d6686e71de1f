"""The rules' kind for a message: ``decide(reading, reasons) -> (kind, extra details)``.

Precision matters most for ``interview_scheduled``, ``rejection`` and ``offer`` (a wrong
draft is worse than none), so whenever the evidence for one of those is thin the weaker kind
(``employer_reply`` or ``unrelated``) is chosen, and ``reasons`` says why.

Order of decision:
0. mail from the user;
1.-5. (:mod:`.screening`) automatic replies (headers or subject, unless the content is an
   ATS acknowledgement or rejection, which wins over the header), friends and colleagues,
   hard negatives (webinars, newsletters, appointments, research interviews, marketing) and
   bulk mail that is not about the user's own application, out-of-office wording, calendar
   replies and invitations without job context; 6. (:mod:`.aboutajob`) mail that says
   nothing of a job;
7. rejection, offer;
8. a calendar REQUEST, a cancellation (text or METHOD:CANCEL), a confirmed time in the
   text, a request to schedule, an acknowledgement, any other employer reply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from ..calendar import live_and_cancelled, span_of
from ..people.robots import domain_of, is_service_domain
from ..phrases import cues, lexicon
from ..reading import Reading
from .aboutajob import not_about_a_job
from .addressee import to_a_community
from .asking import (
    ESCAPE_HATCH,
    INTERVIEWISH,
    URL,
    invited_at,
    meeting_in_view,
    not_a_booking,
    not_ahead,
    offered,
)
from .evidence import HEADER_BLOCK, Evidence, Scheduling, gather, scheduling_of
from .screening import Decision, from_me, screen
from .statedtime import MOVED_TO, around, in_sentences
from .takenslot import thread_slot_taken
from .weighing import (
    BOOKS_NOTHING,
    NOT_THE_READERS_JOB,
    ROBOT_WITHOUT_CONTENT,
    SOME_EMPLOYER_MESSAGE,
    UNREADABLE_CONFIRMATION,
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
# A person writing for themself: "I'll", "ich", "je vous", "yo", "ik" (not Dutch "je").
_FIRST_SINGULAR = re.compile(
    r"\b(?:I|I'm|I'll|I've|I'd|ich|j'ai|je\s+(?:suis|vais|serai|reviens|reviendrai|vous|te|me)|"
    r"yo|ik)\b"
)
# Thanks said "again": the application was acknowledged before, so this is no receipt but
# a person writing on ("Thank you again for your interest ... could you upload").
_THANKS_AGAIN = re.compile(
    r"\b(?:thank(?:s| you)\s+(?:\w+\s+)?again|(?:once\s+)?again,?\s+(?:many\s+)?thanks|"
    r"merci\s+encore|encore\s+merci|nochmals\s+(?:vielen\s+)?(?:Dank|danke)|"
    r"noch\s*mals\s+(?:herzlichen\s+)?Dank|gracias\s+de\s+nuevo|de\s+nuevo\s+gracias|"
    r"nuevamente\s+gracias|gracias\s+nuevamente|nogmaals\s+(?:bedankt|dank))\b",
    re.IGNORECASE,
)
_LABELLED_TIME = re.compile(
    r"^\s*(?:when|date|time|date and time|new time|termin|datum|zeit|uhrzeit|quand|date et "
    r"heure|horaire|cuándo|fecha|hora|wanneer|tijd|tijdstip)\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def decide(r: Reading, reasons: list[str]) -> Decision:
    """The rules' kind and the details :func:`.details.complete` needs; why, in ``reasons``."""
    decided = from_me(r, reasons)
    if decided is not None:
        return decided
    ev = gather(r)
    decided = screen(r, ev, reasons)
    if decided is not None:
        return decided
    s = scheduling_of(r, ev)
    community = to_a_community(r.new)
    if community and not cues.OWN_APPLICATION.search(ev.job_text):
        # "Dear members, the treasurer post is now filled": a club's, a school's or a
        # newsletter's news, not an employer writing to one candidate
        reasons.append(f"{NOT_THE_READERS_JOB}:greets {community}"[:70])
        return "unrelated", {}
    if ev.untold:
        # a post filled or offered, told to a club's members or in a digest: news of someone
        # else's post, whatever job words it has (a reading, not a fallback)
        reasons.append(f"{NOT_THE_READERS_JOB}:{ev.untold[0]}"[:70])
        return "unrelated", {}
    unrelated = not_about_a_job(r, ev, s)
    if unrelated is not None:
        reasons.append(unrelated)
        return "unrelated", {}
    return (
        _outcome(ev, reasons)
        or _booked_or_cancelled(r, ev, s, reasons)
        or _time_in_text(r, ev, s, reasons)
        or _thread_slot(r, ev, s, reasons)
        or _reply_or_receipt(r, ev, s, reasons)
    )


def _outcome(ev: Evidence, reasons: list[str]) -> Decision | None:
    """7. outcomes: a rejection, an offer."""
    if ev.rejection:
        reasons.extend(f"phrase:{p}" for p in ev.rejection[:2])
        return "rejection", {}
    if ev.offer:
        reasons.extend(f"phrase:{p}" for p in ev.offer[:2])
        return "offer", {}
    return None


def _booked_or_cancelled(
    r: Reading, ev: Evidence, s: Scheduling, reasons: list[str]
) -> Decision | None:
    """8. times: a calendar invitation, or a cancellation (in the calendar or the text)."""
    live_events, cancelled_events = live_and_cancelled(r.events)
    if live_events:
        span = span_of(live_events)
        if span:
            reasons.append(f"ics:{live_events[0].method or 'REQUEST'}")
            reasons.extend(f"phrase:{p}" for p in s.confirmed[:1])
            return "interview_scheduled", {"span": span, "events": live_events, "found": s.found}
    if cancelled_events or s.cancel_text:
        # "annuler l'entretien prévu le 3 décembre à 10h" names the old time: only a time
        # outside the cancelling sentences, or one it moves the meeting to, is a new one
        found = s.found
        moved = (
            found
            and not cancelled_events
            and (
                (
                    s.confirmed
                    and not _said_in(found.evidence, s.cancelling)
                    # "your interview, scheduled for Tuesday at 10:00 ... we must cancel your
                    # interview": the time told before the meeting is called off is its own
                    and not _told_before(ev.text, found.evidence, s.cancelling)
                )
                or bool(MOVED_TO.search(around(ev.text, found.evidence)))
            )
        )
        if not moved:
            reasons.append("ics:CANCEL" if cancelled_events else f"phrase:{s.cancel_text[0]}")
            return "interview_cancelled", {}
    return None


def _time_in_text(r: Reading, ev: Evidence, s: Scheduling, reasons: list[str]) -> Decision | None:
    """8. times: one confirmed or stated as fixed, or several offered to choose from."""
    found = s.found
    if not found:
        return None
    text, confirmed = ev.text, s.confirmed
    structured = bool(_LABELLED_TIME.search(HEADER_BLOCK.sub(" ", text))) and bool(
        INTERVIEWISH.search(text)
    )
    # "kindly revert with 2-3 slots that suit you between Monday and Wednesday": the
    # candidate is asked to choose within the times named
    proposal = (
        offered(around(text, found.evidence))
        or in_sentences(found.evidence, (*lexicon.CHOOSE, *lexicon.ASK_FIT), r.sentences)
        # a scheduler's page: "has invited you to an interview. Please choose one of the
        # times below" lists times to pick from; only a confirmation said of the time itself
        # ("your interview is confirmed for Mon 23 at 10:00") books one of them
        or bool(
            s.choose_said
            and found.alternatives
            and not in_sentences(found.evidence, lexicon.CONFIRMED, r.sentences)
        )
    )
    # "Perfect, Monday 10am it is" names no meeting: the request it answers does
    meeting = bool(
        INTERVIEWISH.search(ev.job_text)
        # a confirmed time in a job's thread that spoke of meeting ("I'd be glad to meet",
        # "danke für die Einladung zum Termin") is that meeting's
        or (confirmed and ev.some_job and meeting_in_view(ev.history))
    ) and not cues.ONBOARDING.search(text)
    # "before your link expires on Sunday at 23:59", "interviews take place on 7 December";
    # "your application was received on 11/02/2026 at 9:14 PM": no time the mail was sent at
    # or after is a meeting ahead
    unbooked = not_a_booking(around(text, found.evidence), found.evidence) or _already_past(
        r, found.start
    )
    if unbooked and meeting:
        # the rules saw the time and know it books nothing: a reading, not a fallback
        reasons.append(f"{BOOKS_NOTHING}:{found.evidence}"[:60])
    if (confirmed or structured) and meeting and not proposal and not unbooked:
        reasons.extend(f"phrase:{p}" for p in confirmed[:2])
        if not confirmed:
            reasons.append("labelled interview time")
        reasons.append(f"time:{found.evidence}"[:60])
        return "interview_scheduled", {"span": (found.start, found.end)}
    if meeting and s.stated and not unbooked:
        # one concrete future time for a meeting, stated and not offered as a choice:
        # "Let's go with Monday at 9", "om 15.00 uur komt ons het beste uit"
        reasons.append("one fixed time stated")
        reasons.append(f"time:{found.evidence}"[:60])
        return "interview_scheduled", {"span": (found.start, found.end)}
    if (
        meeting
        and not (proposal or found.alternatives or s.choose_firm)
        and not not_ahead(around(text, found.evidence), found.evidence)
        and invited_at(found.evidence, r.sentences)
    ):
        # the invitation itself names the one time: "we invite you to attend an
        # assessment centre on Wednesday 18 November at 9.30am" is the employer's plan
        reasons.append("invited to one named time")
        reasons.append(f"time:{found.evidence}"[:60])
        return "interview_scheduled", {"span": (found.start, found.end)}
    if found.alternatives and s.meeting_time and not confirmed:
        # times on several days for a meeting: options for the candidate to choose from
        reasons.append("several times offered")
        return "interview_request", {}
    if confirmed or s.request:
        reasons.append("time offered, not confirmed")
    return None


def _thread_slot(r: Reading, ev: Evidence, s: Scheduling, reasons: list[str]) -> Decision | None:
    """8. times: a reply that takes one of the times its thread offered (:mod:`.takenslot`)."""
    if s.request or s.cancel_text or cues.ONBOARDING.search(ev.text):
        return None
    found = s.found
    if found:
        near = around(ev.text, found.evidence)
        if offered(near) or not_a_booking(near, found.evidence) or not_ahead(near, found.evidence):
            return None
    slot = thread_slot_taken(r, found, s.confirmed, ev.history)
    if slot is None:
        return None
    reasons.append(f"a time the thread offered, taken: {slot.evidence}"[:70])
    # a time in the new text is the slot's; a reply that names none ("that works, see you
    # then") leaves the time to details.complete, which reads it from the thread
    return "interview_scheduled", ({"span": (slot.start, slot.end)} if found else {})


def _reply_or_receipt(r: Reading, ev: Evidence, s: Scheduling, reasons: list[str]) -> Decision:
    """8. a request to schedule, a person's reply, a receipt, any other employer reply."""
    if s.request:
        reasons.extend(f"phrase:{p}" for p in s.request[:2])
        return "interview_request", {}
    if (
        ev.received
        and not r.robot_sender
        and (
            _FIRST_SINGULAR.search(r.new)
            or _ASKS.search(ESCAPE_HATCH.sub(" ", URL.sub(" ", r.new)))
            or _THANKS_AGAIN.search(r.new)
        )
    ):
        # a person thanking for the application and saying more: not an automatic receipt
        reasons.append("a person's reply to the application")
        return "employer_reply", {}
    if ev.received:
        reasons.extend(f"phrase:{p}" for p in ev.received[:2])
        return "application_received", {}
    if s.confirmed and INTERVIEWISH.search(ev.text):
        reasons.append(UNREADABLE_CONFIRMATION)
        return "employer_reply", {}
    if r.robot_sender and not is_service_domain(domain_of(r.sender.email if r.sender else "")):
        reasons.append(ROBOT_WITHOUT_CONTENT)
        return "unrelated", {}
    reasons.append(SOME_EMPLOYER_MESSAGE)
    return "employer_reply", {}


def _already_past(r: Reading, start: datetime) -> bool:
    """``start`` is at or before the moment the mail was sent (a receipt's timestamp)."""
    sent = r.msg.date
    if sent is None or (start.tzinfo is None) != (sent.tzinfo is None):
        return False
    return start <= sent


def _told_before(text: str, evidence: str, sentences: Sequence[str]) -> bool:
    """``evidence`` (a time as found) comes in ``text`` before the first of ``sentences`` that
    is no link's label ("Termin absagen: https://...", "Cancel: https://..." offer the reader
    a button: the writer calls nothing off)."""
    sentences = [sentence for sentence in sentences if not URL.search(sentence)]
    flat = " ".join(text.split())
    at = flat.find(" ".join(evidence.split()))
    starts = [flat.find(" ".join(sentence.split())) for sentence in sentences]
    starts = [start for start in starts if start >= 0]
    return at >= 0 and bool(starts) and at < min(starts)


def _said_in(evidence: str, sentences: Sequence[str]) -> bool:
    """Whether ``evidence`` (a time as found) lies in one of ``sentences``."""
    words = " ".join(evidence.split())
    return any(words in " ".join(sentence.split()) for sentence in sentences)
