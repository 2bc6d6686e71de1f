"""A form tool's receipt for a form an employer uses to take applications.

Small employers (a campsite, a bakery, a club) take applications through a web form, and the
form tool sends the receipt: "Thanks for filling out Summer staff 2027 / Harbour View Campsite
is hiring for the 2027 season". No word of it says "application", yet a careful reader sees
one: the form was filled in, and the one who made the form says that they are hiring. The
same receipt for a survey, an RSVP or an order, or a newsletter that names firms hiring
elsewhere, is no application.
"""

from __future__ import annotations

import re

from ..gates.leads import searched
from ..phrases.cues import compile_all

# The receipt itself: the form was filled in, the answers were recorded.
FORM_RECEIPT = compile_all(
    (
        r"\bthank(?:s| you)\s+(?:\w+\s+)?for\s+(?:filling\s+(?:out|in)|completing)\b",
        r"\byour\s+(?:response|responses|answers|form)\s+(?:has|have|was|were)\s+(?:been\s+)?"
        r"(?:recorded|received|submitted|saved)",
        r"\b(?:we(?:'ve| have)?\s+)?received\s+your\s+(?:response|responses|form)\b",
        # German
        r"\b(?:danke|Dank|vielen Dank)\s+(?:\w+\s+){0,2}für\s+(?:das|Ihr|dein)\s+Ausfüllen",
        r"\b(?:Ihre|deine)\s+Antwort(?:en)?\s+(?:wurde|wurden)\s+(?:gespeichert|erfasst|"
        r"übermittelt)",
        # French
        r"\bmerci\s+(?:\w+\s+){0,2}d'avoir\s+(?:rempli|complété)",
        r"\b(?:votre|ta)\s+réponse\s+a\s+(?:bien\s+)?été\s+(?:enregistrée|envoyée|reçue)",
        # Spanish
        r"\bgracias\s+(?:\w+\s+){0,2}por\s+(?:completar|rellenar|llenar|responder)\b",
        r"\b(?:se\s+ha\s+registrado|hemos\s+recibido)\s+(?:tu|su)\s+respuesta",
        # Dutch
        r"\b(?:bedankt|dank)\s+(?:\w+\s+){0,2}voor\s+het\s+invullen",
        r"\b(?:je|jouw|uw)\s+(?:antwoord|antwoorden|reactie)\s+(?:is|zijn)\s+(?:geregistreerd|"
        r"opgeslagen|ontvangen)",
    )
)

# Someone saying that they hire: "Harbour View Campsite is hiring", "we're recruiting",
# "Boulangerie Marceau recrute", "Kranbau Nord sucht eine Disponentin", "buscamos
# camareros", "wij zoeken collega's".
HIRING_HERE = re.compile(
    r"\b(?:is|are|we're|we are)\s+(?:now\s+|currently\s+)?(?:hiring|recruiting)\b|"
    r"\b(?:recrute|recrutons|embauche|embauchons)\b|"
    r"\b(?:sucht|suchen)\s+(?:ab\s+sofort\s+|zum\s+[\w. ]{1,20}?\s+)?(?:eine?n?|Verstärkung|"
    r"neue|Mitarbeiter\w*|Aushilfe\w*)\b|\bwir\s+stellen\s+ein\b|"
    # "busca monitores", not "busca en la web" nor "busca tu nombre"
    r"\b(?:busca|buscamos)\s+(?!(?:en|el|la|los|las|que|por|tu|su|sus|tus|aquí)\b)\w{3,}|"
    r"\b(?:contrata|contratamos|estamos\s+contratando)\b|"
    r"\b(?:zoekt|zoeken)\s+(?:een|nieuwe|collega\w*|versterking|personeel)\b|"
    r"\bzoeken\s+wij\b",
    re.IGNORECASE,
)
# What a form is for when it is not a job: a survey, an RSVP, an order, a sign-up.
_OTHER_FORM = re.compile(
    r"\b(?:survey|feedback|questionnaire|RSVP|registration|register|sign[- ]?up|order|"
    r"booking|quiz|poll|newsletter|subscri\w+|event|webinar|satisfaction|"
    r"sondage|enquête|inscription|commande|événement|encuesta|inscripción|pedido|evento)\b|"
    # German and Dutch join nouns into one word: "Kundenumfrage", "Kursanmeldung",
    # "klanttevredenheidsonderzoek", "Onlinebestellung"
    r"(?:umfrage|anmeldung|bestellung|veranstaltung|befragung|fragebogen|aanmelding|bestelling|"
    r"evenement|vragenlijst|enquête|onderzoek)\b",
    re.IGNORECASE,
)


def hiring_form_receipt(subject: str, text: str, *, bulk: bool) -> list[str]:
    """A form's receipt from one who says they are hiring: the receipt of an application.

    ``text``: the mail's own words. A newsletter (bulk mail) names firms that hire elsewhere,
    and a receipt for a survey or an event is no application, whoever sends it.
    """
    if bulk:
        return []
    # the first phrase that matches, found through the gate of leads.searched (whose index of
    # the new text the out-of-office list's search then uses again)
    first = searched(FORM_RECEIPT, text)
    receipt = FORM_RECEIPT[first[0]].search(text) if first else None
    if receipt is None:
        return []
    hiring = HIRING_HERE.findall(text)
    # one employer hiring; a list of them is a digest of openings elsewhere
    if len(hiring) != 1:
        return []
    # the form's title: the rest of the receipt's line, and the subject
    line_end = text.find("\n", receipt.end())
    title = text[receipt.end() : line_end if line_end >= 0 else None]
    if _OTHER_FORM.search(f"{subject}\n{title}"):
        return []
    return [f"form receipt:{receipt.group().strip()}"]
