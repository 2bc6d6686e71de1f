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

from .names import squash, word_set

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
