"""Contexts in which "interview", "appointment" or "offer" are not about a job.

A podcast's interview, a user-research session, a dentist's appointment, a flat's viewing, a
loan's offer, a school place's refusal: mail about them uses a job's words and a job mail's
shapes. Each context is a named phrase list (``NON_JOB``), searched as one gated list through
``NON_JOB_NAMES``/``NON_JOB_PATTERNS``. ``OTHER_APPLICATIONS`` are the contexts that name
another thing applied for, and ``SECTORS`` those that are also places of work (a hospital, a
bank, a school), where a job named brings the mail back. The screening in ``screening.py``
weighs them; ``cues.py`` holds the job-search context they are set against.

The phrase lists themselves live in three families: ``applied.py`` (another thing applied
for or booked), ``bids.py`` (a tender or a start-up's pitch: the reader bids as a business)
and ``talk.py`` (an interview, call or mailing held for something else).
This module names, orders and compiles them and is the one other modules import.
"""

from __future__ import annotations

import re

from . import applied, bids, talk

_FLAGS = re.IGNORECASE | re.UNICODE

# Each family holds its contexts' phrase lists; this is the order in which they are searched
# and named (a mail's first context named is the reason given), which is why it is spelt out
# here rather than left to the families' own order.
_ORDER = (
    "user-research",
    "expert",
    "press",
    # a tender and a pitch first: their refusals are named by them, not by a "patient portal"
    # or a "clinic" they were for (a patient's appointment is the one the model is heard on)
    "procurement",
    "venture",
    "medical",
    "housing",
    "flatshare",
    "finance",
    "school",
    "exam",
    "study",
    "papers",
    "amateur",
    "mentoring",
    "sales",
    "purchase",
    "funding",
    "adoption",
    "submission",
    "review",
    "event",
    "rehearsal",
    "career-services",
    "volunteer",
    "membership",
    "digest",
    "marketing",
)
_FAMILIES = {**talk.CONTEXTS, **applied.CONTEXTS, **bids.CONTEXTS}
if set(_ORDER) != set(_FAMILIES):
    raise ImportError(f"nonjob: contexts unordered or missing: {set(_ORDER) ^ set(_FAMILIES)}")
NON_JOB = {name: _FAMILIES[name] for name in _ORDER}
NON_JOB_RES = {name: re.compile(p, _FLAGS) for name, p in NON_JOB.items()}
# The same as two parallel tuples, for gating them as one phrase list (leads.searched).
NON_JOB_NAMES = tuple(NON_JOB_RES)
NON_JOB_PATTERNS = tuple(NON_JOB_RES.values())
# An employer's benefits and hiring checks, which name health care without being an
# appointment: "Medical/dental/vision from day one", "health insurance", "a pre-employment
# medical", "seguro de gastos médicos mayores", "examen médico de ingreso", "visite médicale
# d'embauche", "betriebsärztliche Untersuchung", "medische keuring".
BENEFITS = re.compile(
    r"\b(?:medical|dental|vision|health)(?:\s*(?:/|,|&|and|\+)\s*(?:medical|dental|vision|"
    r"health|life))+(?:\s+(?:insurance|cover(?:age)?|plans?|benefits?))?\b|"
    r"\b(?:medical|dental|health|vision)\s+(?:insurance|cover(?:age)?|plans?|benefits?)\b|"
    r"\bpre-?employment\s+(?:medical|health)(?:\s+(?:check(?:-?up)?|assessment|screening))?|"
    r"\b(?:seguros?|gastos|examen|reconocimiento)\s+(?:de\s+)?(?:gastos\s+)?m[ée]dic[oa]s?"
    r"(?:\s+(?:mayores|de ingreso|previo))?|\bvisite\s+médicale(?:\s+d'embauche)?|"
    r"\b(?:betriebs|arbeitsmedizin)ärztlich\w*|\bmedische\s+keuring\b",
    _FLAGS,
)
# The places and professions of health care, which employ people as often as they treat them:
# a hospital, a clinic, a pharmacy, a physiotherapist. Outside these only the words of one's own
# care remain ("check-up", "hygienist", "prescription", "patient", "dentist", "Arzttermin"):
# mail that names health care only by its workplaces is no appointment of the candidate's.
MEDICAL_WORKPLACE = re.compile(
    r"\b(?:hospitals?|clinics?|pharmac(?:y|ies)|physio\w*|(?:physio)?therapists?|klinik\w*|"
    r"cliniques?|cl[ií]nicas?|kliniek(?:en)?|ziekenhuis\w*|krankenhaus\w*|h[oô]pital\w*|"
    r"apotheke\w*|pharmacie\w*|farmacia\w*|apotheek\w*|fysiotherap\w*|kinésithérap\w*|"
    r"fisioterap\w*)\b",
    _FLAGS,
)
# A clinic that is a session, not a place of care: "our CV clinic", "a careers drop-in clinic".
SESSION_CLINIC = re.compile(
    r"\b(?:cv|r[ée]sum[ée]|careers?|legal|tax|advice|drop-in|interview|jobs?|writing|coding|"
    r"skills|application|portfolio|linkedin)\s+clinics?\b",
    _FLAGS,
)
# Contexts that name another thing the user applied for or booked (a flat, a loan, a school
# place, a visa): there, "your application", a refusal or an offer are about that thing, so
# only words naming a job (a role, a position, hiring) bring the message back.
OTHER_APPLICATIONS = frozenset(applied.CONTEXTS) | frozenset(bids.CONTEXTS)
# Contexts that name the meeting itself as a rehearsal or a test: a practice interview names
# the role practised for and its "case interview", an exam its certificate ("Certified
# Tester") and its "assessment centre", so a role or a stage named does not set them aside;
# only the reader's own application, its thread or a recruiter's signature does.
REHEARSALS = frozenset({"rehearsal"})
# Of those, the ones that are also places of work: a hospital, a physio clinic, a housing
# association, a bank, a school, an immigration firm, a council's integration office, a funder,
# a buyer's procurement office and a fund employ people, so their words ("patient", "tenancy",
# "pupils", "naturalisation", "research grant", "tender", "term sheet") are the setting of a job
# as often as another thing applied for ("the Research Grants Officer post", "the Bid Writer
# role"). There, a job named (a post, a role) or an employer choosing people (SELECTION) says
# the mail is about a job.
SECTORS = frozenset(
    {"medical", "housing", "finance", "school", "volunteer", "papers", "funding"}
    | set(bids.CONTEXTS)
)
# In school admissions children are "applicants" and sit exams as "candidates", a volunteer
# programme has its own "candidature" and "entretien", and a landlord picks "another candidate"
# for a flat, and a citizenship interview is an "interview" of an applicant, a funder shortlists
# for a scholarship's interview and an accelerator interviews founders: only a job named
# brings such mail back, never selection words alone.
SECTORS_NAMED_ONLY = frozenset({"school", "volunteer", "housing", "papers", "funding", "venture"})
