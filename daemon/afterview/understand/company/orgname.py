"""Whether a candidate for the company reads as an organisation's name at all.

Every way of finding the employer (a subject's segments, a signature's parts, a domain's
labels, a phrase such as "on behalf of the X") now and then lands on a word that is no
name: a calendar's status ("Canceled: ...", "Geannuleerd: ..."), a reply button ("Yes -
No - Maybe"), a mail or calendar product ("Gmail", "Invitación de Google"), a body's
kind without its name ("School", "TAFE", "HR Department", "Governing Board"), a region's
code or a postcode ("VIC 3002", "BC Ministry") or a country's label of a domain ("Nl").
A careful reader passes over these to the next candidate. A word that happens to be a
firm's name ("Invitation Homes", "Text Ltd" at text.example) still stands: only names made
of such words alone are refused, and a product's name stands where the employer's own
domain spells it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..dates.lexicon import MONTHS, WEEKDAYS
from ..role.titlewords import JOB_NOUN
from .branchplace import is_place
from .labelsplit import common_words
from .names import normalise_company, squash, word_set
from .spelling import is_vendor_domain, names_an_organisation

# The words calendars, mail clients and SMS relays put before or instead of a title, in
# the five languages: statuses, replies and channels.
_STATUS = word_set(
    "canceled cancelled cancellation cancelation accepted declined tentative tentatively "
    "updated update invitation invite invited reminder rescheduled moved confirmed "
    "confirmation new maybe yes no text sms message debrief going rsvp event "
    "abgesagt storniert abgelehnt zugesagt angenommen einladung aktualisiert erinnerung "
    "verschoben bestätigt bestaetigt absage zusage vielleicht "
    "annulé annulée annule accepté acceptée refusé refusée invitation rappel reporté "
    "confirmé confirmée provisoire peut-être "
    "cancelado cancelada aceptado aceptada rechazado rechazada invitación invitacion "
    "actualizado actualizada recordatorio confirmado confirmada quizás quizas "
    "geannuleerd geaccepteerd afgewezen uitnodiging bijgewerkt herinnering verplaatst "
    "bevestigd misschien"
)
# Time zones' abbreviations, which subjects and invitation titles carry ("(10:00 CET)").
_ZONES = word_set(
    "cet cest gmt bst utc est edt pst pdt cst cdt mst mdt aest aedt acst acdt awst nzst nzdt "
    "ist wet west eet eest mez mesz"
)
# Products that carry mail and invitations; a firm of that name writes from its own
# domain, which then spells it (see ``looks_like_an_organisation``).
_PRODUCTS = word_set(
    "gmail googlemail google outlook hotmail live yahoo icloud proton protonmail aol gmx "
    "calendar kalender agenda calendrier calendario zoom teams microsoft webex meet forms"
)
# Words of a body's kind, its organs and its departments: with no name beside them they
# say what the employer is, not which one ("the Governing Board", "HR Department").
_KINDS = word_set(
    "school schools college university uni institute tafe academy ministry department dept "
    "council board governing governors committee panel office trust authority district "
    "agency service services team staff faculty hr human resources personnel recruitment "
    "recruiting hiring selection people talent acquisition head central regional local state "
    "early graduate graduates campus student students emerging intern interns internship "
    "national federal public government govt division unit section branch headquarters hq "
    "schule hochschule universität ministerium abteilung personalabteilung amt behörde "
    "école université ministère direction service rh "
    "escuela universidad ministerio departamento dirección rrhh "
    "school gemeente ministerie afdeling dienst universiteit hogeschool "
    # a hiring desk's own word alone ("Team Werving", "Selección", "Bewerbermanagement")
    "werving selectie sollicitaties selección seleccion reclutamiento recrutement carrières "
    "carrieres careers employment empleo bewerbermanagement personaldienst"
)
# Codes of states and provinces, which domains and addresses carry beside a body's name.
_REGION_CODES = word_set(
    "nsw vic qld sa wa tas nt act bc ab sk mb on qc nb ns pe nl yt nu "
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh "
    "nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wv wi wy dc"
)
# Free mailboxes: a name that is only one of them is the mailbox a person writes from,
# never the employer, even where it spells the sender's domain (tess@gmail.example).
_MAILBOXES = word_set("gmail googlemail hotmail yahoo icloud protonmail aol gmx outlook live")
_NO_NAME = _STATUS | _PRODUCTS | _ZONES
_JOINERS = word_set("of the for and & de du des la le el del van der den voor für y et")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|&")


def looks_like_an_organisation(name: str, own_label: str = "") -> bool:
    """Whether ``name`` can be the employer's name (see the module docstring).

    ``own_label``: the label of the employer's own domain; a name that spells it is no
    product or status, whatever its words ("Zoom" writing from zoom.example)."""
    words = _WORD.findall(name)
    if not words:
        return False
    lower = [w.lower() for w in words]
    if len(words) == 1 and len(words[0]) <= 2 and not words[0].isupper():
        return False  # "Nl": a country's label, not an acronym
    if len(words) == 1 and lower[0] in _MAILBOXES:
        return False  # "Gmail" of tess@gmail.example: a person's mailbox
    own = bool(own_label) and squash(name) == squash(own_label)
    if not own and all(
        w in _STATUS or w in _PRODUCTS or w in _ZONES or w in _JOINERS for w in lower
    ):
        return False  # "Canceled", "Maybe", "Gmail", "Invitación de Google", "CET"
    plain = [w for w in lower if w not in _JOINERS]
    return bool(plain) and not all(w in _KINDS or w in _REGION_CODES or w.isdigit() for w in plain)


# ---- names of other things: a person, a place, a job, a step of hiring ---------------------
#
# Every way of finding the employer also lands now and then on a name of something else the
# mail speaks of: the reader's own first name in an invitation's title ("Kenji / Halyard -
# Analytics deep dive"), the person a tool writes for ("Naledi Khumalo via Mosaic Pay"), the
# job's town ("Chargé(e) RH - Lyon"), the job itself ("Controller Regional", "Tele RN",
# "Hydrologist III"), or the step it is ("Entrevue", "Technical Deep Dive"). A careful
# reader knows each for what it is and looks on for the employer.

# A job's words that JOB_NOUN leaves out: care's and trades' abbreviations, academic posts,
# German and Romance words for a post or a field of work.
_TITLE_WORDS = word_set(
    "rn lpn lvn cna np pa crna hca mgr dir sr jr snr asst coord supv tech "
    "professur professorship professor lecturer lectureship fellowship postdoc tenure "
    "sachbearbeitung stelle position poste puesto vacature vacante vacancy praktikum "
    "traineeship prácticas stagiaire stagiair ausbildung gerente encargado encargada "
    "coordinador coordinadora vendedor vendedora cajero cajera enfermero enfermera"
)
# A title's modifiers: with a job's word they still name the job ("Controller Regional").
_TITLE_MODIFIERS = word_set(
    "senior junior staff principal chief lead regional national global area district assistant "
    "associate deputy interim graduate trainee entry level track tele infusion ops "
    "i ii iii iv v 1 2 3 4 5 m w d f x h"
)
# A step of hiring and what it is made of, in the five languages: an invitation's title
# names it where a subject's segment would name a firm.
_STEP_WORDS = word_set(
    "interview interviews entrevue entretien entrevista gespräch vorstellungsgespräch "
    "kennenlernen kennenlerngespräch fachgespräch gesprek sollicitatiegesprek kennismaking "
    "call chat screen screening assessment deep dive panel onsite on-site round session "
    "presentation case study challenge exercise debrief meeting catch-up coffee intro "
    "introduction technical technique técnica técnico technisch technisches final first "
    "second third culture cultural fit video phone virtual telephone téléphonique visio "
    "llamada videollamada reunión prueba ronda tweede eerste laatste premier deuxième "
    "segunda primera zweites erstes cv resume résumé lebenslauf portfolio"
)
# Regions that jobs and desks are set in, and remote work: no town (see ``branchplace``) but
# no firm either.
_REGION_WORDS = word_set(
    "asia pacific apac emea latam americas europe africa oceania nordics nordic benelux dach "
    "mainland lower upper greater north south east west northern southern eastern western "
    "asie pacifique amérique afrique asien pazifik europa amerika afrika pacífico américa "
    "latinoamérica oceanía azië noord zuid oost nord sud est ouest süd ost "
    # where else a job is done: "Data Engineer (Remote)", "(Hybrid)", "Télétravail"
    "remote hybrid anywhere télétravail teletrabajo remoto híbrido hibrido homeoffice "
    "thuiswerken"
)
# The local part of a person's address, split into their names ("kenji.wr", "c.vasseur").
_LOCAL_SPLIT = re.compile(r"[._+-]+")
_DESK_LOCALS = word_set(
    "jobs job careers career hr recruiting recruitment talent team hello contact admin info "
    "mail office noreply no reply notifications people hiring apply"
)
# Words a greeting or a reply's link sets before a person's given name alone ("Hi Naledi,",
# "Reply to Naledi:"); a firm is greeted by its whole name, if at all.
_GREETED = re.compile(
    r"\b(?i:hi|hello|hey|dear|hallo|liebe|lieber|bonjour|salut|hola|estimad[oa]|beste|hoi|"
    r"reply to|antworten an|répondre à|responder a|antwoorden aan)[ \t]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+)\b(?![ \t]+[A-ZÀ-ÖØ-Þ])"
)


def known_people(people: Iterable[object]) -> list[tuple[str, str]]:
    """(display name, address) of ``model.Person``s, as ``names_something_else`` reads them."""
    return [(getattr(p, "name", "") or "", getattr(p, "email", "")) for p in people if p]


def names_something_else(
    name: str,
    *,
    people: Iterable[tuple[str, str]] = (),
    texts: Sequence[str] = (),
    own_label: str = "",
) -> str | None:
    """What ``name`` names instead of an employer ("person", "place", "job", "step"), or
    None where it may be one (module section above). A name that spells the employer's own
    domain label is its name whatever its words ("Tate Whitfield" at tatewhitfield.example).

    ``people``: (display name, address) of everyone the mail knows; ``texts``: its texts,
    where a town is written as one and a person is greeted or signs by their first name."""
    # (its "&" spelled "and" too: "Bramble & Birch" at brambleandbirch.example)
    if own_label and squash(own_label) in (squash(name), squash(name.replace("&", "and"))):
        return None
    words = _WORD.findall(name)
    if not words:
        return None
    lower = [w.lower() for w in words]
    if all(w in _STEP_WORDS or w in _JOINERS for w in lower):
        return "step"
    if _a_job(words):
        return "job"
    regions = [p for w in lower for p in w.split("-") if p]
    if all(w in _REGION_WORDS or w in _JOINERS for w in regions) or is_place(name):
        return "place"
    if _a_person(name, lower, list(people), texts):
        return "person"
    return None


def _a_job(words: list[str]) -> bool:
    """A job's title: a job's word, the rest its modifiers ("Regional Ops Mgr", "Tele RN",
    "Hydrologist III"), or a job's word first as German and the Romance languages write it
    ("Controller Regional", "Sachbearbeitung Umweltdaten"); an organisation's last word
    ("Chef Works Group") makes a firm of it."""
    # initials beside a job's word are its field ("Analista CRM", "Engineer II")
    parts = [
        "ii" if p.isupper() and len(p) <= 4 and p.lower() not in _TITLE_WORDS else p
        for w in words
        for p in w.split("-")
    ]
    parts = [p.lower() for p in parts if p]
    if names_an_organisation(parts):
        return False
    jobs = [p for p in parts if p in _TITLE_WORDS or JOB_NOUN.fullmatch(p) or _ROLE_NOUN.search(p)]
    if not jobs:
        return False
    if parts[0] in _TITLE_WORDS and len(words) <= 3:
        return True  # a post's word first, its field after: "Sachbearbeitung Umweltdaten"
    return all(
        p in jobs or p in _TITLE_MODIFIERS or p in _JOINERS or _ADJECTIVE.search(p) for p in parts
    )


# Adjectives after a Romance title's noun: "Controller Regional", "Gerente Comercial",
# "Responsable Technique".
_ADJECTIVE = re.compile(r"(?:al|ale|aire|ique|ivo|iva|ico|ica)$")


def _no_desk(display: str) -> bool:
    """A display name with no desk's or firm's word: "Tallyhive Recruiting" is no person."""
    return normalise_company(display) == " ".join(display.split())


# "-ologist", "-ographer", "-ician": nouns of people by their profession.
_ROLE_NOUN = re.compile(r"(?:ologist|ographer|ician|ätin|loge|login|ólog[oa])$")


def _a_person(name: str, lower: list[str], people: list[tuple[str, str]], texts) -> bool:
    """A person's name or part of it: of someone the headers or the text name, a name in a
    person's address ("kenji" of kenji.wr@...), or two or three words whose first the mail
    greets or signs alone ("Naledi Khumalo", signed "Naledi")."""
    if names_an_organisation(lower):
        return False
    for display, address in people:
        if "&" in (display or ""):
            continue  # "Bramble & Birch Deansgate" at deansgate.gm@: a branch's mailbox
        parts = [w.lower() for w in _WORD.findall(display or "")]
        local, _, domain = (address or "").lower().partition("@")
        # a person's display: their address spells their first or last name
        # ("Grace Liu" at grace.liu@), unlike "Polderkracht Energie" at no-reply@
        spelled = len(parts) >= 2 and any(squash(parts[i]) in squash(local) for i in (0, -1))
        # "Corrib Precision Engineering" <corribprecision@myworkday...>: a service's mailbox
        # named for the firm whose name it spells, no person's
        firm_box = (
            len(parts) >= 3
            and is_vendor_domain(domain)
            and squash("".join(parts[:2])) in squash(local)
        )
        if spelled and not firm_box and not names_an_organisation(parts) and _no_desk(display):
            n = len(lower)
            if any(parts[i : i + n] == lower for i in range(len(parts) - n + 1)):
                return True
        tokens = [t for t in _LOCAL_SPLIT.split(local) if t]
        if (
            len(lower) == 1
            and len(tokens) >= 2
            and lower[0] in tokens
            and lower[0] not in _DESK_LOCALS
            and lower[0] not in squash(domain)
        ):
            return True
    if len(lower) == 1 and spoken_of_as_person(name, texts):
        return True  # "Debriefed with Ingrid this morning. ... she liked you a lot"
    if 2 <= len(lower) <= 3 and all(w[:1].isupper() for w in name.split()):
        first = name.split()[0]
        return any(
            m.group("name") == first for text in texts for m in _GREETED.finditer(text[:5000])
        )
    return False


# A personal pronoun soon after a single name: people are "she" and "he", firms "they"/"it".
# English, and German "er" and Dutch "hij" (their "sie"/"ze" are also a firm's "they").
_PRONOUN = re.compile(r"\b(?:she|he|her|his|him|er|hij)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]")


def spoken_of_as_person(name: str, texts: Sequence[str]) -> bool:
    """Whether the text calls a one-word name "she" or "he" in the same or the next sentence
    after it: a person's first name, not a firm's ("Ingrid ... she liked you")."""
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    for text in texts:
        for match in pattern.finditer(text[:5000]):
            rest = text[match.end() : match.end() + 160]
            found = _PRONOUN.search(rest)
            if found is None:
                continue
            before = rest[: found.start()]
            if "\n" in before or len(_SENTENCE_END.findall(before)) > 1:
                continue  # another line or a sentence further on speaks of someone else
            # no one else named between: "Vandenplas. ... Philippe is sorry, ... his time"
            # (a date's month or weekday names no one: "with Rob on Dec 4. He's ...")
            between = _CAPITALISED.findall(before)
            if not any(
                w.lower() not in common_words()
                and w.lower() not in MONTHS
                and w.lower() not in WEEKDAYS
                for w in between
            ):
                return True
    return False


_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
