"""Steps 1 to 5 of :func:`.decide.decide`: is this an employer's mail about the application?

Each step returns a decision (kind, extra details) when it settles the message, or None to
let the next one look. They weed out, in order: automatic replies (1), friends and
colleagues (2), other kinds of interviews, appointments and applications, and bulk mail (3),
out-of-office wording without headers (4), answers to calendar invitations and invitations
without any job context (5). Step 6, mail that says nothing of a job at all, is
:mod:`.aboutajob`'s.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..dates import find_return_date
from ..nonjob import contexts as nonjob
from ..nonjob.feedemand import demands_payment
from ..nonjob.hiringside import hiring_side, hiring_side_in_thread
from ..nonjob.memberoffice import members_office
from ..nonjob.othersnews import someone_elses_forward
from ..people.robots import domain_of, is_personal_domain, is_service_domain
from ..phrases import cues, lexicon
from ..phrases.cues import TRIAL_WORK
from ..reading import Reading, sentences_of
from ..role.title import find_role, names_a_job
from . import relevance, senders
from .asking import INTERVIEWISH
from .evidence import Evidence
from .hirerthread import HirerSigns
from .statedtime import INTERVIEW_WORD
from .weighing import INVITATION_WITHOUT_CONTEXT, NOT_THE_READERS_JOB

Decision = tuple[str, dict[str, Any]]

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


# A shop's, a carrier's or a bank's service desk: its automatic acknowledgement answers a
# customer, not a candidate.
_CUSTOMER_CARE = re.compile(
    r"\b(?:customer\s+(?:care|service|services|support|experience|relations)|"
    r"(?:your|the)\s+(?:order|delivery|parcel|refund|return|booking|account)\b|order\s+(?:number|no)|"
    r"Kunden(?:service|dienst|betreuung)|Bestellung|Lieferung|klantenservice|bestelling|levering|"
    r"service\s+(?:client|clientèle)|commande|livraison|atención\s+al\s+cliente|"
    r"servicio\s+al\s+cliente|pedido|envío)",
    re.IGNORECASE,
)


def from_me(r: Reading, reasons: list[str]) -> Decision | None:
    """Mail the user sent (unless it forwards someone else's)."""
    if r.sender is not None and r.sender.email in r.excluded and not r.used_forwarded:
        reasons.append("from-me")
        return "unrelated", {}
    return None


def screen(r: Reading, ev: Evidence, reasons: list[str]) -> Decision | None:
    """Steps 1 to 5, in order: the first that settles the message decides."""
    for step in (
        _automatic_reply,
        _helpdesk_acknowledgement,
        _friend_or_colleague,
        _not_the_readers_candidacy,
        _hard_negative,
        _out_of_office,
        _calendar_reply,
        _invitation_without_context,
    ):
        decided = step(r, ev, reasons)
        if decided is not None:
            return decided
    return None


def _automatic_reply(r: Reading, ev: Evidence, reasons: list[str]) -> Decision | None:
    """1. automatic replies announced by headers or subject; ATS content wins over the
    header."""
    auto_header = r.auto is not None and (
        r.auto.startswith("auto-replied")
        or (r.auto.startswith("suppress") and (ev.auto_subject or bool(ev.ooo)))
    )
    if (auto_header or ev.auto_subject) and (ev.ooo or not ev.content):
        if _customer_care(r, ev):
            reasons.append("a service desk's automatic acknowledgement, not about a job")
            return "unrelated", {}
        if auto_header:
            reasons.append(f"header:Auto-Submitted {r.auto}")
        if ev.auto_subject:
            reasons.append("subject:automatic reply")
        reasons.extend(f"phrase:{p}" for p in ev.ooo[:2])
        return "auto_reply", {}
    return None


def _customer_care(r: Reading, ev: Evidence) -> bool:
    """An automatic reply from a customer service desk that says nothing of a job or of anyone
    away: the contract's ``auto_reply`` is the employer's side not answering in person, and a
    shop's ticket for a delivery question is no part of an application."""
    return (
        not ev.ooo
        and not ev.strong_job
        and not ev.history_job
        # "we'll get back to you", "your offer code": words any service desk uses
        and ev.any_job == len(ev.job_words)
        and all(word.lower() in _SERVICE_WORDS for word in ev.job_words)
        and bool(_CUSTOMER_CARE.search(f"{r.subject}\n{r.new}"))
    )


_SERVICE_WORDS = frozenset({"get back to you", "hear back", "offer", "decision", "references"})


def _helpdesk_acknowledgement(r: Reading, ev: Evidence, reasons: list[str]) -> Decision | None:
    """A helpdesk's automatic acknowledgement of the user's own email (not of an
    application), headers or not: a person never calls their own mail automated; a help
    desk may say so in what reads like a footer."""
    said = f"{r.new}\n{r.body.footer[:2000]}"
    if (
        not ev.content
        and _AUTO_ACK.search(said)
        and _GOT_EMAIL.search(said)
        and not (r.events or lexicon.hits(lexicon.CONFIRMED, sentences_of(said)))
    ):
        if _customer_care(r, ev):
            reasons.append("a service desk's automatic acknowledgement, not about a job")
            return "unrelated", {}
        reasons.append("automatic acknowledgement of an email")
        return "auto_reply", {}
    return None


def _friend_or_colleague(r: Reading, ev: Evidence, reasons: list[str]) -> Decision | None:
    """2. a friend at a personal address: about the user's application only in the second
    person, and never while telling of their own interviews; a casual note; a colleague."""
    hirer = HirerSigns(r, ev)
    if (
        senders.personal_sender(r)
        and (
            not (cues.SECOND_PERSON_JOB.search(r.new) and cues.EMPLOYER_VOICE.search(r.new))
            or r.own_journey
            # "I've applied at the Sparkasse, could you look over it?" answered "let's go
            # through your application on Saturday at 10": a friend's help, whatever "we" says
            or hirer.friends_talk
        )
        and not hirer.settling_times
        and not hirer.offering
        and not hirer.refusing
    ):
        reasons.append("personal sender")
        return "unrelated", {}
    if senders.casual_friend(r) and not (_casual_hirer(r, ev) or hirer.settling_times):
        reasons.append("casual note without an employer's voice")
        return "unrelated", {}
    if senders.colleague(r):
        reasons.append("sender at the user's own organisation")
        return "unrelated", {}
    return None


def _not_the_readers_candidacy(r: Reading, ev: Evidence, reasons: list[str]) -> Decision | None:
    """2b. a job's words, but no candidacy of the reader's: the reader interviews someone else
    for their own employer (:mod:`.nonjob.hiringside`), a friend forwards their own news
    (:mod:`.nonjob.othersnews`), an office in a club is offered or refused
    (:mod:`.nonjob.memberoffice`), or the "job" asks them for money (:mod:`.nonjob.feedemand`)."""
    side = hiring_side(r.new) or hiring_side_in_thread(ev.history)
    if side:
        reasons.append(f"reader on the hiring side:{side[0]}"[:70])
        return "unrelated", {}
    other = someone_elses_forward(r)
    if other:
        # "Got this today, any idea what I could do better?": a friend's own outcome
        reasons.append(f"{NOT_THE_READERS_JOB}:the forwarder's own news, to {other}"[:70])
        return "unrelated", {}
    office = (ev.offer or ev.rejection) and members_office(r.new)
    if office:
        # "offer you the captain role for the B team next season": a member's office
        reasons.append(f"{NOT_THE_READERS_JOB}:a member's office: {' / '.join(office)}"[:70])
        return "unrelated", {}
    fee = demands_payment(r.new)
    if fee:
        reasons.append(f"a fee demanded of the candidate:{fee[0]}"[:70])
        return "unrelated", {}
    return None


def _hard_negative(r: Reading, ev: Evidence, reasons: list[str]) -> Decision | None:
    """3. hard negatives: other kinds of interviews, appointments and offers; bulk mail."""
    job_text = ev.job_text
    non_job = _setting_only(ev.non_job, ev, r.subject)
    if non_job and ev.history_job and not (r.robot_sender or r.bulk):
        # a person answering in a thread about the job: "the Black Friday case you sent" or
        # "our clinic" in passing does not turn it into marketing or a medical appointment,
        # unless the thread itself was about that
        non_job = [name for name in non_job if nonjob.NON_JOB_RES[name].search(ev.history)]
    if non_job and relevance.outweighs_context(r, job_text, ev.history_job):
        # "newsletter data" in a take-home, "Black Friday volumes" in an interview brief: the
        # topic of mail about the user's application; a flat or a loan still needs a job named,
        # a mock interview or an exam sitting the application itself
        hiring = _HIRING_ITSELF & set(relevance.own_job_evidence(r, job_text, ev.history_job))
        non_job = [
            name
            for name in non_job
            if name in nonjob.OTHER_APPLICATIONS or (name in nonjob.REHEARSALS and not hiring)
        ]
    if non_job and not (ev.rejection or ev.offer):
        reasons.append(f"context:{non_job[0]}")
        return "unrelated", {}
    other_thing = next((name for name in non_job if name in nonjob.OTHER_APPLICATIONS), None)
    if other_thing and not _names_a_job(ev, interviews=False):
        # a flat, a loan, a school place: its refusal or offer is not about a job
        reasons.append(f"context:{other_thing}")
        return "unrelated", {}
    if r.bulk and not (
        (cues.OWN_APPLICATION.search(job_text) and (ev.content or r.robot_sender))
        # bulk headers are a hint, not proof: an ATS or scheduler that books, invites or
        # decides for the candidate's own application is personal mail sent by a machine
        or (_own_application(r, ev) and _acts_on_the_candidate(r))
        # an ATS's receipt or booking with three sorts of evidence of the user's application
        or (
            (ev.content or r.events or r.robot_sender)
            and relevance.outweighs_context(r, job_text, ev.history_job)
        )
    ):
        reasons.append(r.bulk)
        return "unrelated", {}
    return None


# The sorts of evidence of the reader's own application that a rehearsal or a test cannot also
# have: a practice interview names a role and a "case interview", an exam a certificate.
_HIRING_ITSELF = frozenset(
    {"own application", "thread about the application", "recruiter's signature"}
)


def _acts_on_the_candidate(r: Reading) -> bool:
    """The mail books a meeting, invites to one or asks for a time: done to the reader (an
    outcome is not enough: "your offer is ready" is a lender's too)."""
    return bool(
        lexicon.hits(lexicon.CONFIRMED, r.sentences)
        or lexicon.hits(lexicon.INVITE, r.sentences, skip=lexicon.NOT_YET_YOURS)
        or lexicon.hits(lexicon.CHOOSE, r.sentences)
    )


def _own_application(r: Reading, ev: Evidence) -> bool:
    """The user's own application is meant: two sorts of evidence (without the extra one bulk
    mail needs), one of them the role named or the application said so ("your interview")
    where a newsletter's generic advice names neither."""
    sorts = relevance.own_job_evidence(r, ev.job_text, ev.history_job)
    return len(sorts) >= relevance.ENOUGH and (
        "role named" in sorts or bool(cues.OWN_APPLICATION.search(ev.job_text))
    )


def _out_of_office(r: Reading, ev: Evidence, reasons: list[str]) -> Decision | None:
    """4. out-of-office wording without headers: several signs (or one and a return date),
    and nothing else a recruiter would write."""
    if ev.ooo and not ev.content and (ev.ooo_kinds >= 2 or r.auto or _return_date(r)):
        reasons.extend(f"phrase:{p}" for p in ev.ooo[:2])
        return "auto_reply", {}
    if r.auto and ev.content:
        reasons.append(f"header:Auto-Submitted {r.auto} (content wins)")
    return None


def _calendar_reply(r: Reading, ev: Evidence, reasons: list[str]) -> Decision | None:
    """5. calendar replies: someone answered an invitation; not a new interview."""
    if r.events and r.methods <= {"REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH"}:
        reasons.append("ics:REPLY")
        related = INTERVIEWISH.search(ev.job_text) or find_role([ev.event_text], r.subject, None)
        return ("auto_reply" if related or ev.strong_job else "unrelated"), {}
    return None


def _invitation_without_context(r: Reading, ev: Evidence, reasons: list[str]) -> Decision | None:
    """A calendar invitation is an interview's only where something names the job.

    A booking whose title names a job ("Pricing Analyst II - 45 min with Graham") is one,
    and so is one sent in a thread about the application ("the updated invite is attached").
    """
    if r.events and not (
        ev.strong_job
        or INTERVIEW_WORD.search(ev.job_text)
        or ev.history_job
        or relevance.role_named(r)
        # a hiring step by its own name: "Pixelmarch x Alexis - tech chat", "Portfolio chat"
        or relevance.names_a_stage(ev.job_text)
    ):
        reasons.append(INVITATION_WITHOUT_CONTEXT)
        return "unrelated", {}
    return None


def _casual_hirer(r: Reading, ev: Evidence) -> bool:
    """A small firm's founder or manager writes as casually as a friend ("Yes perfect!! Fri
    27th at noon then"): from the firm's own domain, in a thread about the job, that is the
    employer answering, not a friend."""
    domain = domain_of(r.sender.email) if r.sender else ""
    if not domain or is_personal_domain(domain) or is_service_domain(domain):
        return False
    return ev.history_job or names_a_job(r.subject) or bool(_THANKS_FOR_COMING.search(r.new))


# Only the host thanks the reader for coming to a try-out or an interview: "thanks for coming
# to the group interview sat", "thanks for doing the trial last nite", "danke fürs
# Probearbeiten", "bedankt voor het proefdraaien" (a friend asks how it went).
_THANKS_FOR_COMING = re.compile(
    r"\b(?:thanks?|thank\s+you|cheers|danke|vielen\s+Dank|bedankt|merci|gracias)\s+(?:you\s+)?"
    r"(?:so\s+much\s+)?(?:for|f(?:ü|ue)r(?:s)?|voor|pour|por)\b[^.!?\n]{0,40}?\b(?:"
    + TRIAL_WORK
    + r"|interview|trial|Vorstellungsgespr(?:ä|ae)ch|Gespr(?:ä|ae)ch|gesprek|entretien|entrevista)",
    re.IGNORECASE,
)


def _setting_only(non_job: list[str], ev: Evidence, subject: str) -> list[str]:
    """The hard-negative contexts that still hold once the workplace is allowed for: a
    hospital, a clinic, a housing association or a bank is where the job is when the mail
    names a post or speaks of choosing among candidates (schools: only a job named)."""
    if not any(name in nonjob.SECTORS for name in non_job):
        return non_job
    # a post is also named when the mail says what was applied for ("your application for
    # Dental Nurse"), which a job board writes without "role" or "position"
    named = (
        _names_a_job(ev)
        or names_a_job(subject)
        or names_a_job(find_role((ev.job_text,), subject, None) or "")
    )
    selecting = named or bool(cues.SELECTION.search(ev.job_text))
    # a school's or a programme's own interviews ("an admissions interview with our Head of
    # Primary") name no job: there only a post, a role or hiring does
    named_beyond_interviews = _names_a_job(ev, interviews=False) or names_a_job(subject)
    return [
        name
        for name in non_job
        if name not in nonjob.SECTORS
        or (
            not (named_beyond_interviews if name in nonjob.SECTORS_NAMED_ONLY else selecting)
            and not (name == "medical" and _workplace_only(ev))
        )
    ]


def _workplace_only(ev: Evidence) -> bool:
    """Health care named only by its workplaces (a hospital, a pharmacy, a physiotherapist)
    in mail about a job or its thread: "Cedar & Vine Pharmacy", "the Pharmacy Operations
    Manager role", "at the Cheltenham hospital" are the employer, not the candidate's own
    appointment, which speaks of check-ups, prescriptions, patients or a dentist."""
    if not (ev.any_job or ev.history_job) or nonjob.SESSION_CLINIC.search(ev.job_text):
        return False
    care = nonjob.NON_JOB_RES["medical"]
    return not care.search(nonjob.MEDICAL_WORKPLACE.sub(" ", ev.job_text))


def _names_a_job(ev: Evidence, interviews: bool = True) -> bool:
    """Job words beyond those of any application ("your application" is a flat's too);
    without ``interviews``, also beyond those of any interview (a club's, a consulate's)."""
    return any(
        not cues.GENERIC_APPLICATION.fullmatch(m)
        and (interviews or not cues.GENERIC_INTERVIEW.fullmatch(m))
        for m in ev.job_matches
    )


def _return_date(r: Reading) -> date | None:
    return find_return_date(r.new, r.msg.date) if r.msg.date else None
