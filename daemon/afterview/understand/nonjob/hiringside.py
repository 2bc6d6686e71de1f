"""The reader on the hiring side: ``hiring_side(text) -> list[str]``.

A job seeker who is employed also interviews for their current employer: the ATS books them to
interview someone ("You've been scheduled to interview Maya Okafor", "Candidate: Maya Okafor",
"your scorecard"), and HR asks them to look over a rejection for a candidate they met ("die
Absage für Herrn Yilmaz"). Such mail has every word of an interview or an outcome, but the
candidate is someone else: it is no step of the reader's own application.

Strong signs settle it alone (the reader booked to interview a named person, an outcome for a
named third person); the tools of an interviewer (a scorecard, an interview kit, a "Candidate:"
field, the candidate's CV to read) only when two sorts are present.
"""

from __future__ import annotations

import re

from ..gates.firstletter import by_first_letter, opening_class
from ..gates.leads import searched

_FLAGS = re.IGNORECASE | re.UNICODE
_NAME = r"(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+)"
_DAYS_MONTHS = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Next|This|The)\b)"
)
_TITLE = (
    r"(?:Herrn?|Frau|Mr|Mrs|Ms|Mx|Dr|M|Mme|Mlle|Sr|Sra|Srta|dhr|mevr|de\s+heer|mevrouw|"
    r"(?:the|your)\s+candidate|candidate|(?:Ihre?n?\s+)?Kandidat(?:in|en)?|Bewerber(?:in)?|"
    r"(?:votre\s+)?candidat(?:e)?|(?:su\s+)?candidat[oa]|(?:uw\s+)?kandidaat)(?:\.\s*|\s+)"
)
# The letters a title opens with (as written: the title is matched case-sensitively), looked
# for first where a title opens an alternative: no lead gates it, so it is tried at every
# position of the text, and most positions fail this one test.
_OPENS = opening_class(_TITLE, 0)
_TITLE_OPENS = f"(?=[{_OPENS}])" if _OPENS else ""  # no look-ahead where none can be said

# The reader books or holds an interview of a named person.
_STRONG = re.compile(
    # "You've been scheduled to interview Maya Okafor", "you'll be interviewing Tom Berg"
    rf"\byou(?:'ve|\s+have|'re|\s+are)?\s+(?:been\s+)?(?:scheduled|booked|added|assigned|asked|"
    rf"invited)\s+(?:as\s+an?\s+interviewer\s+for|to\s+interview)\s+{_DAYS_MONTHS}{_NAME}|"
    rf"\byou(?:'ll|\s+will)\s+be\s+interviewing\s+{_DAYS_MONTHS}{_NAME}|"
    # ... and asked to: "bitte führe das Interview mit der Kandidatin Lea Braun"
    rf"\b(?:(?:Sie|du)\s+(?:führ(?:en|st)|hab(?:en|t))|bitte\s+führe|führe\s+bitte|führen\s+Sie\s+"
    rf"bitte)\s+(?:das\s+)?(?:Interview|Gespräch)\s+mit\s+(?:der\s+|dem\s+)?(?:{_TITLE})?{_NAME}|"
    rf"\bvous\s+(?:ferez|faites|allez\s+faire)\s+passer\s+l'entretien\s+(?:de|à)\s+{_NAME}|"
    rf"\b(?:entrevistarás|entrevistará|vas\s+a\s+entrevistar)\s+a\s+{_NAME}|"
    # an outcome prepared for a named third person: "die Absage für Herrn Yilmaz", "the
    # rejection email to Ms Patel", "l'offre pour Mme Roux", "el rechazo para la Sra. Gil"
    rf"\b(?:rejection|regret|offer|Absage|Zusage|Angebot|refus|offre|rechazo|oferta|afwijzing|"
    rf"aanbod)(?:\s+(?:letter|e-?mail|mail|note|brief|Schreiben|lettre|carta))?\s+(?:for|to|"
    rf"für|an|pour|à|para|voor|aan)\s+(?:la\s+|le\s+|el\s+)?(?-i:{_TITLE})(?-i:[A-Z][\w'-]+)|"
    # ... or to a person by first name: "the formal offer letter to Priya", "die Zusage an
    # Lena", "l'offre à Chloé", "la oferta a Lucía", "het aanbod aan Daan"
    rf"\b(?:offer|rejection|regrets?|Absage|Zusage|Angebot|refus|offre|rechazo|oferta|afwijzing|"
    rf"aanbod)(?:\s+(?:letter|e-?mail|mail|note|brief|Schreiben|lettre|carta))?\s+(?:to|an|à|a|"
    rf"aan)\s+{_DAYS_MONTHS}(?!(?:You|Your|Us|Me|Him|Her|Them|HR|Dich|Sie|Ihnen|Vous|Toi|Usted|"
    rf"Jou|Je|U)\b)(?-i:[A-Z][a-zà-ÿ]+)\b(?![@.&-]\w)|"
    # asked to send a named person the news: "send Ms Patel the rejection", "Kannst du Frau
    # Keller heute noch die Absage schicken?", "envoie à Mme Roux la réponse négative"
    rf"\b(?:send|email|give|tell|call|phone)\s+(?:{_TITLE})?{_NAME}\s+(?:\w+\s+){{0,2}}?(?:the|our|an?)\s+"
    rf"(?:rejection|offer|regrets?|bad\s+news|news)\b|"
    rf"(?-i:{_TITLE_OPENS}{_TITLE})(?-i:[A-Z][\w'-]+)\s+(?:\w+\s+){{0,3}}?"
    r"(?:die|eine|unsere|la|le|el|het|de)\s+"
    rf"(?:Absage|Zusage|Angebot|refus|réponse|offre|rechazo|oferta|afwijzing|aanbod)\b|"
    # asked to sit in on other people's interviews: "sit in on the interviews for the Payroll
    # post", "bei den Vorstellungsgesprächen dabei sein", "assister aux entretiens des
    # candidats", "estar en las entrevistas de los candidatos", "aanschuiven bij de
    # sollicitatiegesprekken"
    r"\bsit(?:ting)?\s+in\s+on\s+(?:the|our|these|those|some|all|both)\s+(?:[\w-]+\s+){0,3}?"
    r"interviews\b|\bbei\s+den\s+(?:Vorstellungs|Bewerbungs|Auswahl)?gespr(?:ä|ae)chen\s+"
    r"(?:\S+\s+){0,10}?(?:dabei\s+(?:sein|bist|sind)|beisitz\w*|mitmach\w*)\b|"
    r"\bassister\s+aux\s+entretiens\s+(?:des|de\s+nos|de\s+ces)\s+candidat|"
    r"\b(?:estar|asistir|participar)\s+en\s+las\s+entrevistas\s+(?:de|a)\s+(?:los|las|nuestr[oa]s)\s+"
    r"candidat|\baanschuiven\s+bij\s+de\s+(?:sollicitatie)?gesprekken\b|"
    # a named candidate's own step reported to the reader: "candidate Lucía Ortega has
    # withdrawn", "Kandidatin Lena Roth hat ihre Bewerbung zurückgezogen", "la candidate Anne
    # Roy a retiré sa candidature", "el candidato Luis Gil ha retirado su candidatura",
    # "kandidaat Daan de Wit heeft zich teruggetrokken"
    rf"\b(?:candidate|Kandidat(?:in)?|Bewerber(?:in)?|candidat(?:e)?|candidat[oa]|kandidaat)\s+"
    rf"{_NAME}\s+(?:has|hat|a|ha|heeft)\s+(?:[\w-]+\s+){{0,3}}?(?:withdrawn|zurückgezogen|"
    rf"retiré|retirado|teruggetrokken|ingetrokken)\b|"
    # invited to sit on the panel that assesses the applicants: "as a panel member",
    # "als commissielid", "als Jurymitglied", "en tant que membre du jury"
    r"\bas\s+an?\s+(?:interview\s+)?(?:panel|committee|jury|selection)\s+member\b|\bals\s+(?:commissielid|"
    r"jurylid|panellid|Jurymitglied|Kommissionsmitglied)\b|\ben\s+tant\s+que\s+membre\s+du\s+jury\b|"
    r"\bcomo\s+miembro\s+del\s+(?:tribunal|jurado|comité)\b|"
    # the reader named as someone else's referee: "has given your name as a referee", "Sie
    # als Referenz angegeben", "vous a cité comme référence", "te ha indicado como referencia",
    # "heeft u opgegeven als referentie" (another's application, not the reader's)
    r"\b(?:given|named|listed|put\s+down|provided|nominated)\s+(?:you|your\s+(?:name|details))\s+"
    r"as\s+(?:(?:a|an|his|her|their|one\s+of\s+(?:his|her|their))\s+)?(?:\w+\s+)?(?:referee|"
    r"reference)s?\b|\b(?:Sie|dich)\s+als\s+(?:Referenz\w*)\s+(?:angegeben|genannt)\b|"
    r"\b(?:vous|t')\s*a\s+(?:cité|désigné|indiqué|mentionné)e?\s+comme\s+(?:référence|référent\w*)|"
    r"\b(?:te|le)\s+ha\s+(?:indicado|señalado|puesto|dado)\s+como\s+(?:referencia|referente)\b|"
    r"\b(?:u|jou|je)\s+(?:als\s+referent(?:ie)?\s+(?:heeft\s+)?opgegeven|(?:heeft\s+)?opgegeven\s+"
    r"als\s+referent(?:ie)?)\b|"
    # thanked for interviewing the candidates, asked onto the interview panel
    r"\bthanks?\s+(?:you\s+)?(?:so\s+much\s+|again\s+)?for\s+(?:interviewing|meeting\s+with|"
    r"seeing|assessing|sitting\s+in\s+on)\s+(?:the|our|all|both|these|those|\w+)\s+(?:\w+\s+){0,2}?"
    r"(?:candidates|applicants|finalists)\b|"
    r"\b(?:join|sit\s+on|be\s+on|help\s+(?:with|on))\s+(?:the|our|an|my)\s+(?:\w+\s+)?"
    r"(?:interview|hiring|selection)\s+panel\b|"
    # ... or onto the panel for a post: "agreeing to join the panel for the Head of Finance
    # role", "sitting on the panel for our Staff Nurse vacancy" (a candidate meets a panel)
    r"\b(?:join(?:ing)?|sit(?:ting)?\s+on|be(?:ing)?\s+on|serv(?:e|ing)\s+on|be(?:ing)?\s+part\s+"
    r"of)\s+(?:the|our|this)\s+(?:\w+\s+)?panel\s+(?:for|on)\s+(?:the|our|this)\s+"
    r"(?:(?!interview)[\w-]+\s+){0,4}?(?:role|post|position|vacancy|job|opening|requisition)\b|"
    r"\b(?:die|den|unsere)\s+(?:Kandidat\w*|Bewerber\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:interviewt|kennengelernt|gesprochen)\s+(?:hast|haben)\b|"
    # asked to sit on the panel ("in der Auswahlkommission sitzen", "faire partie du jury",
    # "formar parte del tribunal", "in de sollicitatiecommissie zitten"); the panel alone is
    # the one a candidate meets
    r"\b(?:im|in\s+der|in\s+unserem|in\s+unserer)\s+(?:Interview|Auswahl)(?:panel|kommission|"
    r"gremium|runde)(?:\s+[\w-]+){0,5}?\s+(?:sitz\w*|mitwirk\w*|mitmach\w*|dabei\s+(?:sein|bist|sind))\b|"
    r"\bfaire\s+partie\s+du\s+(?:jury|panel)\b|\bsiéger\s+(?:au|dans\s+le)\s+(?:jury|panel|"
    r"comité\s+de\s+sélection)\b|"
    r"\b(?:participar|estar|sentarte|sentarse)\s+en\s+el\s+(?:panel|tribunal|comité)\s+de\s+"
    r"selección\b|"
    r"\bpor\s+entrevistar\s+a\s+(?:los|las|nuestr[oa]s)\s+(?:\w+\s+)?candidat[oa]s\b|"
    r"\bformar\s+parte\s+del\s+(?:tribunal|comité|panel)\b|"
    r"\b(?:interviewen|spreken)\s+van\s+de\s+kandidaten\b|"
    r"\b(?:aanschuiven\s+)?in\s+de\s+(?:sollicitatiecommissie|selectiecommissie|"
    r"benoemingscommissie)(?:\s+(?:zitten|plaatsnemen|plaats\s+nemen|aanschuiven)\b|\s+voor\s+de\s+"
    r"vacature\b)|"
    r"\b(?:tu\s+fais|vous\s+faites|tu\s+feras|vous\s+ferez)\s+partie\s+du\s+jury\b|"
    # an agency's shortlist for the reader's own opening: "the shortlist for your ML vacancy",
    # "die Shortlist für Ihre Vakanz", "pour votre poste à pourvoir", "para su vacante", "voor
    # uw vacature"
    r"\bshort-?list\s+(?:of\s+(?:candidates|profiles)\s+)?(?:for|für|pour|para|voor)\s+"
    r"(?:your|Ihre|votre|ton|su|tu|uw|jouw)\b|"
    r"\b(?:for|für|pour|para|voor)\s+(?:your|Ihre|votre|su|uw)\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}?"
    r"(?:vacancy|vacancies|requisition|open\s+(?:role|position)|Vakanz|poste\s+à\s+pourvoir|"
    r"vacante|vacature)\b",
    _FLAGS,
)
_STRONG_GATED = (_STRONG,)  # one list object, so the gate built for it is kept
# The reader takes a role in someone's interview, searched only where an interviewer is
# named (a pronoun-led pattern is slow on long mail).
_INTERVIEWER_WORD = re.compile(r"interviewe|entrevistador", _FLAGS)
_AS_INTERVIEWER = re.compile(
    # the reader takes a role in someone's interview: "als (Fach)Interviewerin teilnehmen",
    # "as the technical interviewer", "tu fais partie du jury", "como entrevistadora",
    # "als interviewer aanschuiven" (never a third person: "Ms Lee joins as interviewer")
    r"\b(?:you|(?-i:Sie|Ihnen|du|dich|dir)|tu|vous|toi|usted|tú|jij|u)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:as\s+(?:the|an?|our)|als|comme|en\s+tant\s+qu[e']\s*|como)\s+(?:[\w-]+\s+)?"
    r"(?:[\w-]*interviewer(?:in)?|intervieweu(?:r|se)|entrevistador(?:a)?)\b|"
    r"\b(?:podrías|puedes|podría|te\s+toca|le\s+toca)\s+(?:[\w-]+\s+){0,2}?como\s+"
    r"entrevistador(?:a)?\b",
    _FLAGS,
)
# The tools of an interviewer, each sort on its own (where every phrase opens a word: the word
# boundary once, then the phrases grouped by first letter, firstletter.by_first_letter).
_TOOLS = (
    re.compile(
        r"\b"
        + by_first_letter(
            r"scorecards?\b|interview\s+kit\b|Bewertungsbogen\b|Interviewleitfaden\b|"
            r"grille\s+d'évaluation\b|ficha\s+de\s+evaluación\b|beoordelingsformulier\b|"
            r"(?:scoring|score|marking|evaluation)\s+(?:sheet|grid|scheme|matrix)\b|"
            r"grille\s+de\s+notation\b|hoja\s+de\s+(?:puntuación|evaluación)\b|"
            r"scoreformulier\b",
            _FLAGS,
        ),
        _FLAGS,
    ),
    re.compile(
        r"^\s*(?:candidate|applicant|Kandidat(?:in)?|Bewerber(?:in)?|candidat(?:e)?|"
        r"candidat[oa]|kandidaat|sollicitant)\s*:\s*(?-i:[A-Z])",
        _FLAGS | re.MULTILINE,
    ),
    re.compile(
        r"\b"
        + by_first_letter(
            r"candidate(?:'s|s')?\s+(?:profiles?|resumes?|résumés?|CVs?)\b|(?:Lebensl(?:a|ä)uf\w*|"
            r"Profile?)\s+(?:des|der)\s+(?:Kandidat|Bewerber)\w*|Lebensläufe\b|"
            r"(?:CV|profil)s?\s+d(?:u|e|es)\s+(?:la\s+)?candidat\w*|"
            r"(?:CV|perfil)(?:es|s)?\s+de(?:l|\s+la|\s+los|\s+las)?\s+candidat[oa]s?\b|"
            r"cv'?s?\s+van\s+de\s+kandida(?:at|ten)\b",
            _FLAGS,
        ),
        _FLAGS,
    ),
)


def hiring_side(text: str) -> list[str]:
    """What in ``text`` puts the reader on the hiring side; empty when nothing does."""
    strong = _strong(text)
    if strong:
        return [strong]
    tools = [m.group(0) for rx in _TOOLS if (m := rx.search(text))]
    return tools if len(tools) >= 2 else []


def hiring_side_in_thread(history: str) -> list[str]:
    """The thread so far put the reader on the hiring side: only the strong signs count
    there ("can you join the interview panel for the Data Analyst candidate?")."""
    strong = _strong(history)
    return [strong] if strong else []


def _strong(text: str) -> str | None:
    # the gate rules out most text before the long alternation is tried
    found = _STRONG.search(text) if searched(_STRONG_GATED, text) else None
    found = found or (_INTERVIEWER_WORD.search(text) and _AS_INTERVIEWER.search(text))
    return found.group(0) if found else None
