"""Whether a message is about the user's own job search, when its words also fit another matter.

A webinar, a newsletter, a sales demo or a press interview is told by its words ("workshop",
"Black Friday", "newsletter", "Account Executive"), but the same words turn up as the topic of
real hiring mail: a take-home on "newsletter engagement data", a warehouse interview about
"Black Friday volumes", the "Enterprise Account Executive" role, a meeting at the employer's
"workshop". A careful reader lets such a word decide only when nothing else says that a person
or an applicant tracking system is writing to the user about the user's own application. The
evidence of that, each of a different sort so that one phrase cannot count twice:

- the user's role is named ("for the Data Engineer role", "Re: Pricing Analyst II - 45 min");
- the sender signs as a recruiter or a talent partner;
- the thread so far is about the application;
- a step of a hiring process is named (the next round, a take-home, an onsite, a case);
- the user's own application is spoken of ("your application", "your interview for").
"""

from __future__ import annotations

import re

from ..gates.firstletter import by_first_letter
from ..gates.leads import searched
from ..nonjob import contexts as nonjob
from ..phrases import cues
from ..reading import Reading
from ..role.title import JOB_NOUN, find_role, names_a_job

# grouped by first letter (firstletter.by_first_letter): the same matches, sooner
_STAGE = re.compile(rf"\b{by_first_letter(cues.HIRING_STAGE, re.IGNORECASE)}\b", re.IGNORECASE)
# The user's application itself; "your interview" is not enough (a podcast host says it too).
_YOUR_APPLICATION = re.compile(
    r"\b(?:your (?:job )?application|your candidacy|you(?:'ve| have)? (?:recently )?applied|"
    r"thanks? (?:you )?for applying|(?:Ihre|deine) Bewerbung|(?:votre|ta) candidature|"
    r"(?:tu|su) (?:candidatura|postulación)|(?:je|jouw|uw) sollicitatie|"
    # a search firm's word for applying: "registering your interest in the appointment of COO"
    r"your interest in (?:the|this|our) (?:[\w-]+ ){0,4}(?:role|position|appointment|vacancy|"
    r"post|search)|Ihr Interesse an (?:der|dieser|unserer) (?:[\w-]+ ){0,3}(?:Position|Stelle)|"
    r"votre intérêt pour (?:le|ce|notre) (?:[\w-]+ ){0,3}poste|(?:tu|su) interés en (?:el|este|"
    r"nuestro|la|esta) (?:[\w-]+ ){0,3}(?:puesto|posición|vacante)|(?:je|uw) interesse in de "
    r"(?:[\w-]+ ){0,3}(?:functie|vacature))\b",
    re.IGNORECASE,
)
# A job named in a thread ("about the operations manager job", "Stelle als Monteur") and the
# papers of an application ("thanks for sending on the CV"): the thread is the application's.
_JOB_NAMED = re.compile(
    r"\b(?:(?:the|this|our|your) (?:[\w-]+ ){1,4}(?:job|role|position|vacancy|post)|"
    r"(?:Jobs?|Stelle|Position) als|(?:poste|emploi|job) d[e']|(?:puesto|trabajo|empleo) de|"
    r"(?:functie|baan|job) (?:van|als)|vacature)\b",
    re.IGNORECASE,
)
_PAPERS = re.compile(
    r"\b(?:(?-i:CV|C\.V\.)|résumé|cover letter|Lebenslauf|Bewerbungsunterlagen|Anschreiben|"
    r"lettre de motivation|currículum|curriculum vitae|carta de presentación|motivatiebrief|"
    r"sollicitatiebrief)\b",
    re.IGNORECASE,
)
# "Re: Operations manager job": a subject that ends in a job title and the word for a job.
_SUBJECT_JOB = re.compile(r"\b(?:job|role|position|vacancy|opening|post)\s*$", re.IGNORECASE)

# How many different sorts of evidence outweigh a context word.
ENOUGH = 2


def own_job_evidence(r: Reading, job_text: str, history_job: bool) -> list[str]:
    """The sorts of evidence that the message is about the user's own application."""
    found: list[str] = []
    if role_named(r):
        found.append("role named")
    if signs_as_recruiter(r):
        found.append("recruiter's signature")
    if history_job:
        found.append("thread about the application")
    if names_a_stage(job_text):
        found.append("hiring stage")
    if _YOUR_APPLICATION.search(job_text):
        found.append("own application")
    return found


def outweighs_context(r: Reading, job_text: str, history_job: bool) -> bool:
    """Enough evidence of the user's own application to set a context word aside. Bulk mail
    (an ATS's as well as a newsletter's) needs one sort more."""
    return len(own_job_evidence(r, job_text, history_job)) >= ENOUGH + bool(r.bulk)


def names_a_stage(text: str) -> bool:
    """A step of a hiring process is named: "the next round", "tech chat", "Fachgespräch"."""
    return bool(_STAGE.search(text))


def role_named(r: Reading) -> bool:
    """A job title in the subject or the text ("Data Chai" after "interview for" is none), or
    a segment of the subject or of an invitation's title that is one ("Confirmed: Intro call -
    Product Analyst (Lumenfold) with Femke", "Sasha / Rupert - Director, Investment Ops")."""
    if names_a_job(r.subject) or names_a_job(_SUBJECT_JOB.sub("", r.subject)):
        return True
    if title_in_heading(r):
        return True
    title = find_role([r.new], r.subject, None)
    # a job noun as a word of its own: "Parent-teacher meeting" names no teacher's job
    return bool(title) and any(JOB_NOUN.fullmatch(word) for word in title.split())


def title_in_heading(r: Reading) -> bool:
    """A segment of the subject or of an invitation's title that is a job title."""
    titles = [r.subject, *(e.summary for e in r.events[:3])]
    return any(_titled(segment) for title in titles for segment in _SEGMENT.split(title))


# Subject and invitation titles are segments: "Confirmed: Intro call - Product Analyst".
_SEGMENT = re.compile(r"\s*(?::\s|\s[–—-]\s|\s/\s|\|)\s*")
# What follows a title in a segment: the company in brackets, the person met, the day.
# and the team after a comma ("Product Designer, Newsroom"; the rank-first titles are read
# whole before it is cut).
_SEGMENT_TAIL = re.compile(
    r"\s*(?:\([^()]*\)|\s(?:with|on|at|@|mit|am|avec|le|con|el|met|op)\s.*|,(?:\s+[\w&'/-]+){1,3})$",
    re.IGNORECASE,
)
# English senior titles put the rank first: "Director, Investment Operations", "Head of
# Treasury", "VP Portfolio Operations", "Principal, Operations Excellence".
_RANK_FIRST = re.compile(
    r"(?:(?:Senior|Executive|Group|Global|Regional|Deputy|Interim|Managing|Associate|"
    r"Assistant|Non-Executive)\s+)?(?:(?:Director|Head|Vice[- ]President|Partner|Principal|"
    r"Chief)(?:,\s+|\s+of\s+)|(?:VP|SVP|EVP|AVP),?\s+)[A-Z][\w&'/-]*(?:[ ,]+[\w&'/-]+){0,6}"
)


def _titled(segment: str) -> bool:
    """A subject segment that is a job title, once the bracketed company and the person or day
    after it are cut off."""
    segment = segment.strip()
    if _RANK_FIRST.fullmatch(segment):
        return True
    for _ in range(3):
        segment = _SEGMENT_TAIL.sub("", segment.strip())
    return bool(segment) and (names_a_job(segment) or bool(_RANK_FIRST.fullmatch(segment)))


def signs_as_recruiter(r: Reading) -> bool:
    """A recruiter's or agency's title in the signature, or in the short closing lines of the
    text when no signature was split off ("Senior Consultant / Kestrel Talent Partners")."""
    if r.body.signature:
        return bool(cues.TALENT_TITLE.search(r.body.signature))
    closing = [line for line in r.new.strip().splitlines()[-8:] if 0 < len(line.strip()) <= 80]
    return bool(cues.TALENT_TITLE.search("\n".join(closing)))


# Another engagement given as the reason a meeting moves: "our client workshop got moved onto
# this slot", "I've been double-booked with a hospital appointment", "a clash with our
# webinar". What clashes is not what the mail is about.
# grouped by first letter (firstletter.by_first_letter): searched in every message's text
_CLASH = re.compile(
    r"\b"
    + by_first_letter(
        r"clash(?:es|ed|ing)? with|a clash\b|conflicts? with|double[- ]booked|"
        r"(?:got|been|was|is|were|has|have) (?:moved|booked|scheduled|put|pushed|dropped) "
        r"(?:on)?to "
        r"(?:this|that|the same|my|our|his|her|their) (?:slot|time(?:slot)?)|"
        r"(?:überschneid|kollidier)\w*|Terminkonflikt|Terminüberschneidung|doppelt gebucht|"
        r"conflit d'(?:agenda|horaire)|(?:se )?chevauch\w*|"
        r"coincid\w* con|(?:se )?(?:me |nos )?solapa\w*|"
        r"overlapt|valt samen met|dubbel geboekt",
        re.IGNORECASE,
    ),
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+")


def without_clashes(text: str) -> str:
    """The text without the sentences that give a clashing engagement as a meeting's reason to
    move: its words (a workshop, a clinic) say nothing of the mail's matter."""
    if not _CLASH.search(text):
        return text
    return _SENTENCE.sub(lambda m: " " if _CLASH.search(m.group()) else m.group(), text)


def application_thread(history: str) -> bool:
    """The quoted thread names a job and the papers sent for it, and no other matter."""
    return (
        bool(_PAPERS.search(history))
        and bool(_JOB_NAMED.search(history))
        and not searched(nonjob.NON_JOB_PATTERNS, history)
    )
