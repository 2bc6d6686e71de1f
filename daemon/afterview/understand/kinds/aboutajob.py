"""Step 6 of :func:`.decide.decide`: is the mail about a job at all, and is its outcome a job's?

Once the screens of :mod:`.screening` let a message through, it is an employer's only where
strong job words say so, or weaker ones come with something a recruiter does (an outcome, a
time, a request, a timeline). An outcome is its own evidence only when said to the reader in
a recruiter's words ("not moving forward with your application", "offer you the position"):
a car's "firm offer", a volunteer rota's "the role is filled" and a gallery's "different
direction" are said in words anyone uses, and need a word of a job beside them.
"""

from __future__ import annotations

import re

from ..dates import find_decision_by
from ..people.robots import domain_of, is_service_domain
from ..phrases import lexicon
from ..phrases.passedover import CHOSEN_PERSON, PASSED_OVER
from ..phrases.refusalguards import NOT_OFFERING, OFFER_NOT_MADE
from ..phrases.welcome import WELCOME
from ..reading import Reading
from ..role.title import names_a_job
from ..role.titlewords import JOB_NOUN
from .evidence import Evidence, Scheduling
from .statedtime import TO_CANDIDATE
from .weighing import NO_JOB_CONTEXT, NOT_THE_READERS_JOB


def not_about_a_job(r: Reading, ev: Evidence, s: Scheduling) -> str | None:
    """6. why the mail is not about a job (None when it is): it says nothing of one, or its
    outcome is said only in words anyone uses (a car's "offer", a gallery's "different
    direction"), which the rules know is no job's: a reading, not a fallback."""
    if ev.strong_job > 0:
        return None
    everyday = outcome_in_everyday_words(r, ev)
    if _relevant(r, ev, s, everyday):
        return None
    said = everyday and (ev.rejection or ev.offer)
    return f"{NOT_THE_READERS_JOB}:{said[0]}"[:70] if said else NO_JOB_CONTEXT


def _relevant(r: Reading, ev: Evidence, s: Scheduling, everyday: bool) -> bool:
    """The mail without strong job words is about a job: weaker ones with something a
    recruiter does (an outcome, a time, a request, a timeline); ``everyday``: its outcome is
    said only in words anyone uses (:func:`outcome_in_everyday_words`)."""
    some_job = ev.some_job
    sent = r.msg.date
    return (
        # "our offer ... we'd like to offer you £6,450": an outcome's own words are no more
        # evidence of a job for being said twice
        (ev.any_job >= 2 and not everyday)
        # an outcome is about a job only where something says so ("not to proceed with the
        # return" is a refund)
        or (
            ((some_job and not everyday) or addressed(r, ev))
            and bool(ev.rejection or ev.offer or ev.received)
        )
        or (some_job and bool(s.confirmed or s.request or s.cancel_text or r.events or s.stated))
        # a person at an organisation answering in a thread about the application
        or (ev.history_job and not r.robot_sender and not r.bulk)
        # the employer's own timeline: "we'll share our feedback by Wednesday"
        or (some_job and sent is not None and find_decision_by(r.new, sent) is not None)
        or _relayed_about_a_post(r)
    )


# "Naledi Khumalo via Mosaic Pay" <no-reply@teamtailor.com>: a person's display name through a tool
_VIA = re.compile(r"\S\s+(?:via|über|vía)\s+\S", re.IGNORECASE)


def _relayed_about_a_post(r: Reading) -> bool:
    """A person at the employer writing through its hiring system about a post it names
    ("sent you a message about Product Designer"): the system relays the employer's words,
    which need no job word of their own ("what is your notice period?")."""
    sender = r.sender
    if sender is None or not _VIA.search(sender.name or ""):
        return False
    return is_service_domain(domain_of(sender.email)) and any(
        names_a_job(line) for line in (r.subject, *r.new.splitlines())
    )


# Outcomes said in words that sellers, clubs, charities and apps use to their customers and
# members too ("we'd love to have you on board", "make you a firm offer", "the role is already
# filled", "went in a different direction"): said to the reader, they still need a word of a job.
_BROAD = frozenset((*WELCOME, *PASSED_OVER))
_PLAIN_REJECTION = tuple(p for p in lexicon.REJECTION if p.pattern not in _BROAD)
_PLAIN_OFFER = tuple(p for p in lexicon.OFFER if p.pattern not in _BROAD)


# What an offer says is offered when it is a job: a post, a contract, the hiring itself.
_OFFERED_JOB = re.compile(
    rf"{JOB_NOUN.pattern}|\b(?:position|role|job|post|employment|contract|hire|hiring|on\s?board|"
    r"Stelle|Position|Rolle|Vertrag|Arbeitsvertrag|einstellen|einzustellen|poste|emploi|contrat|"
    r"embauche\w*|embaucher|recruter|engager|puesto|trabajo|contrato|contrat\w+|fichar\w*|"
    r"functie|baan|aanstelling|aannemen|in\s+dienst)\b",
    re.IGNORECASE,
)
# Words of a job with an everyday sense too: a car's "offer", a volunteer rota's "role".
_EVERYDAY_SENSE = frozenset({"offer", "role", "position", "decision", "portfolio", "references"})


def outcome_in_everyday_words(r: Reading, ev: Evidence) -> bool:
    """The mail's only words of a job are ones with an everyday sense, and the outcome would be
    its own evidence: those words inside the outcome phrases themselves ("a firm offer of £7,450
    for the car", "the role is already filled" on a volunteer rota), or an outcome said only
    in words anyone uses to customers and members ("went in a different direction" to an
    artist about their "portfolio", "we went another way" in a "decision" about a supplier)."""
    if ev.history_job or not ev.job_words:
        return False
    words = [word.lower().split()[-1] for word in ev.job_words]
    if ev.any_job != len(words) or not all(word in _EVERYDAY_SENSE for word in words):
        return False
    said = " | ".join(ev.rejection + ev.offer).lower()
    if all(word in said for word in words):
        return True
    # a person chosen instead ("went with a local traveler who's credentialed") is a
    # candidate passed over; a way or a direction taken is anyone's choice
    return not _plain_outcomes(r) and not CHOSEN_PERSON.search(said)


# Spanish says "you" inside the verb: "ofrecerte el puesto", "contratarle", "incorporarte".
_SPANISH_CLITIC = re.compile(r"\b\w+(?:ar|er|ir|ando|iendo|ándo|iéndo)(?:te|le)\b", re.IGNORECASE)


def addressed(r: Reading, ev: Evidence) -> bool:
    """An outcome said to the candidate in a recruiter's own words ("not moving forward with
    your application") needs no other job word to be about the application; an offer only
    where it names the job or the hiring ("offer you the position", "Sie einstellen"): a
    buyer, a lender and a fund "would like to offer you" £6,450, a loan or a grant too."""
    if not (ev.rejection or ev.offer):
        return False
    said = [e for e in _plain_outcomes(r) if e not in ev.offer or _OFFERED_JOB.search(e)]
    # a welcome said with the job in the same sentence: "on aimerait que tu rejoignes l'équipe
    # comme office manager" (not a swimming club's "que te unas al equipo de competición")
    said += [
        offer
        for offer in ev.offer
        if any(
            offer in sentence.lower() and _OFFERED_JOB.search(sentence.lower().replace(offer, " "))
            for sentence in r.sentences
        )
    ]
    return any(TO_CANDIDATE.search(e) or _SPANISH_CLITIC.search(e) for e in said)


def _plain_outcomes(r: Reading) -> list[str]:
    """The outcome phrases said in a recruiter's own words (not in :data:`_BROAD`'s)."""
    return [
        *lexicon.hits(_PLAIN_REJECTION, r.sentences, skip=lexicon.NOT_REFUSING),
        *lexicon.soft_rejections(r.sentences),
        *lexicon.hits(_PLAIN_OFFER, r.sentences, skip=NOT_OFFERING, before=OFFER_NOT_MADE),
    ]
