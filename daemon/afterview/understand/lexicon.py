"""Phrases that carry meaning in recruiting mail, in English, German, French, Spanish, Dutch.

Each list holds regular expressions (matched case-insensitively, on one sentence at a
time) written for the *kind of thing said*, not for any one sender's wording: "we have
chosen another candidate", "wir haben uns für eine andere Person entschieden" and "hemos
decidido seguir adelante con otra persona" are one pattern family. Lists are grouped by what
they signal; ``classify.py`` decides how signals combine. Context cues (automatic replies,
job context, hard negatives) are in ``cues.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .cues import CONDITIONAL

_FLAGS = re.IGNORECASE | re.UNICODE


def _compile(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, _FLAGS) for p in patterns)


# Who is turned down: said of the candidate or the application.
_CANDIDATE = r"(?:candidate|applicant|person|profile|individual|someone|people)s?"
_NOUN_APP = r"(?:application|candidacy|candidature|profile)"

REJECTION = _compile(
    (
        # English
        rf"\b(?:decided|chosen|chose|elected|opted|decision)\b[^.;]{{0,40}}\b(?:to )?"
        rf"(?:move|moving|proceed|proceeding|go|going|continue|progress|pursue|pursuing)"
        rf"\b[^.;]{{0,25}}\b(?:with|other) (?:an?other |other |a different |more )?"
        rf"(?:\w+ ){{0,2}}{_CANDIDATE}",
        rf"\b(?:has|have|had|we've|we)\s+(?:now\s+)?(?:chosen|selected|hired|appointed|"
        rf"decided on|gone with|found|identified|offered the (?:role|position|job) to|"
        rf"extended an offer to|made an offer to)\s+(?:an?other|other|a different|a more|"
        rf"an internal|a stronger)\b[^.;]{{0,20}}{_CANDIDATE}",
        r"\bselected (?:other )?(?:applicants|candidates|people|someone)\b[^.;]{0,30}"
        r"\b(?:whose|who|with)\b",
        r"(?:\bnot|n't)\s+(?:be\s+)?(?:moving|taking|going|progressing|proceeding|advancing)\s+"
        r"(?:forward|ahead|further)?\s*with\s+(?:your|you)\b",
        r"\b(?:won't|will not|wouldn't|would not|cannot|can't|are not|aren't|not)\s+"
        r"(?:be\s+)?(?:taking|moving|progressing|advancing|proceeding)\s+(?:with\s+)?"
        r"(?:it|yours|your application|your candidacy|you|this)\s+(?:forward|further|any further)",
        r"\b(?:will|would|can|could)\s+not\s+be\s+(?:considered|progressed|taken)\s+further",
        r"\bno longer (?:being )?(?:considered|under consideration|in consideration)",
        r"\b(?:have|has|were|was|are)\s+not\s+been\s+(?:successful|selected|shortlisted)",
        r"\b(?:you|your application|you've|you have)\s+(?:were|was|have|has|are|is)?\s*"
        r"(?:not|un)\s*(?:been\s+)?(?:successful|selected|shortlisted)\b"
        r"(?!\s+(?:a|an|the|your|any|one|yet)\b)",
        r"\bregret to (?:inform|tell|let you know|advise)",
        r"\b(?:position|role|vacancy|job|opening) (?:has|have) (?:now |since |already )?"
        r"been (?:filled|closed)",
        r"\b(?:decided|decision)\s+(?:not to|to not)\s+(?:proceed|progress|move|continue|"
        r"pursue|take|advance|invite|offer)",
        r"\bnot\s+(?:to\s+)?(?:proceed|progress|move forward|continue|advance)\s+with\s+"
        rf"(?:your|the)\s+{_NOUN_APP}",
        r"\b(?:go|going|move|moving|gone|head|heading) in (?:a different|another|a new) direction",
        r"(?:\bnot|n't)\s+(?:be\s+)?(?:inviting|progressing|taking|moving|advancing)\s+you\s+"
        r"(?:to|forward|further|through)\b",
        r"\bnot (?:be )?(?:offering|extending) you (?:the |an? )?(?:position|role|offer|job)",
        r"\bunable to (?:offer you|move forward with your|progress your)",
        r"\b(?:you|application|candidacy|candidature)\s+(?:were|was|has been|have been|is|are)\s+"
        r"unsuccessful\b|\bunsuccessful\s+(?:on this occasion|at this (?:time|stage)|"
        r"in (?:your|this)|this time)",
        r"(?:\bnot|n't|\bunable to|\bcannot)\s+(?:be\s+)?"
        r"(?:extending|extend|making|make|offering)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:job|formal|final)\s+)?(?:offer|role|position)\b",
        r"\b(?:pursue|pursuing|proceed with|proceeding with|move forward with|moving forward with|"
        r"go with|going with|progress)\s+(?:other\s+|another\s+|different\s+)?"
        r"(?:candidates?|applicants?|profiles?)\s+(?:whose|who|with|that)\b",
        r"\b(?:offer(?:ed|ing)?|give|given|giving|extend(?:ed)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}"
        r"(?:role|position|job|post|offer)\s+to\s+(?:an?other|a different|someone else|"
        r"another person|an internal)",
        r"\b(?:other|another) candidates? (?:whose|who) (?:experience|background|skills|"
        r"profile)?\s*(?:more closely|better|more) (?:match|matches|align|aligns|fit|fits)",
        # German
        r"\b(?:für|fuer|mit)\s+(?:eine[mnr]?\s+)?(?:andere[nrs]?|weitere[nrs]?)\s+"
        r"(?:Kandidat|Bewerber|Person|Profil)",
        r"\banderweitig\s+(?:entschieden|besetzt|vergeben)",
        r"\bnicht\s+(?:weiter\s+)?(?:berücksichtig|in die engere Auswahl|weiterverfolg|"
        r"weiter verfolg|für Sie entschieden)",
        r"\bgegen\s+(?:Ihre|deine)\s+(?:Bewerbung|Kandidatur)\s+entschieden",
        r"\b(?:keine|nicht)\s+(?:positive\s+)?(?:Zusage|positive Rückmeldung)",
        r"\bAbsage\b[^.;]{0,40}\b(?:Bewerbung|Kandidatur)|\b(?:Bewerbung|Kandidatur)\b[^.;]{0,60}"
        r"\bAbsage\b|\beine Absage (?:erteilen|geben|mitteilen)",
        r"\bStelle\s+(?:wurde\s+)?(?:bereits\s+)?(?:anderweitig\s+)?(?:besetzt|vergeben)",
        # French
        r"\bne\s+(?:pas|pouvons pas|pourrons pas|sommes pas en mesure de)\s+donner\s+"
        r"(?:une\s+)?suite",
        r"\bpas\s+(?:été\s+)?retenue?s?\b",
        r"\bne\s+(?:sera|seront|serez|a|avez)\s+pas\s+(?:été\s+)?retenue?s?",
        r"\b(?:un|une|d'autres|autre)\s+(?:autre\s+)?(?:candidat|candidate|profil)s?\b"
        r"[^.;]{0,40}\b(?:retenu|correspond|choisi|sélectionné|plus proche)",
        r"\b(?:choisi|décidé|retenu)\b[^.;]{0,40}\b(?:un autre|une autre|d'autres)\s+"
        r"(?:candidat|profil|personne)",
        r"\bregrett?ons\s+de\s+vous\s+(?:informer|annoncer)",
        r"\bsans\s+suite\b",
        # Spanish
        r"\b(?:seguir|continuar|avanzar)\s+(?:adelante\s+)?con\s+(?:otra|otro|otras|otros)\s+"
        r"(?:persona|candidat|perfil)",
        r"\bno\s+(?:has|ha|hemos)\s+(?:sido\s+)?(?:seleccionad|elegid)",
        r"\bno\s+(?:continuar|seguir|avanzar)(?:emos)?\s+(?:adelante\s+)?con\s+(?:tu|su)\s+"
        r"(?:candidatura|solicitud|proceso)",
        r"\b(?:decidido|elegido|optado)\b[^.;]{0,40}\b(?:otra|otro)\s+(?:persona|candidat|perfil)",
        r"\blamentamos\s+(?:informarte|informarle|comunicarte|comunicarle)",
        r"\bno\s+(?:es|era)\s+la\s+noticia\s+que\s+esperabas",
        # Dutch
        r"\b(?:gekozen|besloten|gekozen)\b[^.;]{0,40}\b(?:voor|met)\s+(?:een\s+)?(?:andere?)\s+"
        r"(?:kandida(?:a)?t|sollicitant|persoon|profiel)",
        r"\bniet\s+(?:verder|door)\s+(?:gaan|te gaan|naar)\b[^.;]{0,40}"
        r"(?:sollicitatie|procedure|ronde)",
        r"\b(?:je|jouw|uw)\s+sollicitatie\b[^.;]{0,60}\bniet\s+(?:verder|door|in aanmerking)",
        r"\bafwijzing\b|\bafgewezen\b",
        r"\bniet\s+(?:geselecteerd|uitnodigen|uit te nodigen|uitgenodigd)\b",
    )
)

# "Unfortunately" and its kin: a rejection only together with a decision about the
# candidate in the same sentence (REJECTION_DECISION) and a negation.
REJECTION_SOFTENER = re.compile(
    r"\b(?:unfortunately|regrettably|sadly|i'm afraid|we're afraid|leider|bedauerlicherweise|"
    r"malheureusement|hélas|lamentablemente|desafortunadamente|por desgracia|helaas|"
    r"jammer genoeg|spijtig genoeg)\b",
    _FLAGS,
)
REJECTION_DECISION = re.compile(
    r"\b(?:forward|further|proceed|progress|selected|successful|shortlist\w*|other candidates?|"
    r"another candidate|consider\w*|offer|application|candidacy|next (?:round|stage)|"
    r"berücksichtig\w*|weiterverfolg\w*|entschieden|Bewerbung|Auswahl|Zusage|retenue?|suite|"
    r"candidature|sélectionn\w*|seleccionad\w*|adelante|avanzar|candidatura|proceso|"
    r"sollicitatie|verder|geselecteerd|gekozen|procedure|door naar)\b",
    _FLAGS,
)
NEGATION = re.compile(
    r"\b(?:not|no|n't|never|no longer|nicht|kein\w*|nie|pas|ne|jamais|no|nunca|niet|geen)\b|n't\b",
    _FLAGS,
)
# A sentence about moving a meeting is not a rejection even with "unfortunately ... not".
SCHEDULING_TALK = re.compile(
    r"\b(?:reschedul\w*|postpone\w*|move\w*|time|slot|date|calendar|availability|"
    r"verschieben|verlegen|Termin|reporter|déplacer|créneau|reprogramar|cambiar la fecha|"
    r"verzetten|verplaatsen|afspraak)\b",
    _FLAGS,
)

OFFER = _compile(
    (
        r"\boffer(?:ing)? you (?:the|a|this|our)\b[^.;]{0,80}"
        r"\b(?:position|role|job|post|opportunity)\b",
        r"\b(?:extend|extending|make|making|send|sending|pleased to share|share)\s+(?:you\s+)?"
        r"(?:an?|our|the)\s+(?:formal\s+|verbal\s+|written\s+|official\s+)?(?:job\s+)?offer\b"
        r"(?![^.;]{0,30}\b(?:to (?:an?other|other|a different|someone)|of an? "
        r"(?:interview|call)))",
        r"\b(?:job|employment|formal|written|verbal) offer\b",
        r"\boffer (?:letter|of employment|package|details)\b",
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad)\s+to\s+(?:offer|extend)\s+you\b"
        r"(?![^.;]{0,20}\b(?:an? )?(?:interview|call|chat|meeting|slot|place))",
        r"\bwe(?:'d| would) like to offer you\b"
        r"(?!\s+(?:an? |the )?(?:interview|call|chat|meeting|slot|place|opportunity to (?:meet|"
        r"interview|speak|chat)))",
        r"\baccept (?:the|our|this) offer\b",
        # German
        r"\b(?:Vertragsangebot|Arbeitsvertrag|Jobangebot|Arbeitsangebot)\b",
        r"\b(?:Ihnen|dir|euch)\s+(?:gerne\s+)?(?:ein(?:\s+\w+)?\s+Angebot|die Stelle)\b"
        r"[^.;]{0,40}\b(?:machen|unterbreiten|anbieten)",
        r"\bZusage\s+für\s+die\s+Stelle\b|\b(?:Ihnen|dir)\s+(?:eine\s+)?Zusage\b",
        # French
        r"\b(?:offre|proposition|promesse)\s+d'embauche\b",
        r"\bvous\s+(?:proposer|offrir)\s+(?:le|ce)\s+poste\b",
        r"\b(?:offre|proposition)\s+(?:formelle|de contrat)\b",
        # Spanish
        r"\b(?:ofrecerte|ofrecerle|ofrecer(?:te|le)?)\s+(?:el|este|la)\s+"
        r"(?:puesto|posición|trabajo|plaza)\b",
        r"\b(?:oferta|propuesta)\s+(?:formal|económica|laboral\s+formal)\b|\bcarta\s+de\s+oferta\b",
        r"\bhacerte una oferta\b",
        # Dutch
        r"\b(?:arbeidsovereenkomst|contractvoorstel|aanbod voor de functie|"
        r"arbeidsvoorwaardenvoorstel)\b",
        r"\b(?:je|u|jou)\s+(?:graag\s+)?(?:de functie|een aanbod|het aanbod)\b[^.;]{0,40}"
        r"\b(?:aanbieden|doen|aan te bieden)",
    )
)

CANCELLED = _compile(
    (
        r"\b(?:I've|I have|we've|we have|I|we|had to|have to|need to|must|has been|have been|"
        r"was|is|been|unfortunately)\s+(?:to\s+)?(?:cancel(?:l?ed|l?ing)?|call(?:ed)? off)\b"
        r"[^.;]{0,60}\b(?:interview|call|meeting|conversation|chat|session|screen|panel|onsite)",
        r"\b(?:interview|call|meeting|conversation|session|screen|panel|onsite)\b[^.;]{0,60}"
        r"\b(?:has|have|had|is|was)\s+(?:been\s+)?(?:cancel(?:l)?ed|called off)",
        r"\bno longer (?:go ahead|take place|happen|proceed)\b",
        # German
        r"\b(?:Termin|Gespräch|Interview|Vorstellungsgespräch|Telefonat)\b[^.;]{0,60}"
        r"\b(?:absagen|abgesagt|storniert|stornieren|entfällt|entfallen|fällt\s+\w*\s*aus)",
        r"\b(?:absagen|abgesagt|stornieren)\b[^.;]{0,40}\b(?:Termin|Gespräch|Interview)",
        # French
        r"\b(?:annul\w+)\b[^.;]{0,60}\b(?:entretien|rendez-vous|entrevue|échange|appel)",
        r"\b(?:entretien|rendez-vous|entrevue)\b[^.;]{0,40}\b(?:annulé|annulée|n'aura pas lieu)",
        # Spanish
        r"\b(?:cancelar|cancelado|cancelada|cancelamos|anular|anulado|anulada)\b[^.;]{0,60}"
        r"\b(?:entrevista|reunión|llamada|cita)",
        r"\b(?:entrevista|reunión|llamada)\b[^.;]{0,40}\b(?:cancelada|cancelado|anulada|"
        r"no se realizará|queda cancelada)",
        # Dutch
        r"\b(?:gesprek|interview|afspraak|sollicitatiegesprek)\b[^.;]{0,60}"
        r"\b(?:afzeggen|afgezegd|geannuleerd|annuleren|gaat niet door|vervalt)",
        r"\b(?:afzeggen|annuleren|geannuleerd)\b[^.;]{0,40}\b(?:gesprek|interview|afspraak)",
    )
)
CANCEL_SUBJECT = re.compile(
    r"^\s*(?:cancel(?:l)?ed|cancel(?:l)?ation|abgesagt|absage|annul[ée]e?|annulation|"
    r"cancelad[oa]|geannuleerd)\s*(?:event|termin|événement|evento|afspraak)?\s*:",
    _FLAGS,
)

CONFIRMED = _compile(
    (
        r"\b(?:confirm(?:s|ed|ing)?|booked|scheduled|arranged|locked in|set up|"
        r"calendar invite|invitation)\b[^.;?]{0,60}\b(?:interview|call|conversation|chat|meeting|"
        r"session|panel|onsite|on-site|screen|assessment)s?\b",
        r"\b(?:moved|rescheduled|changed|shifted|pushed|brought forward)\s+(?:your|the|our)\s+"
        r"(?:\w+\s+){0,2}(?:interview|call|meeting|conversation|chat)\b",
        r"\b(?:interview|call|conversation|chat|meeting|session|panel|onsite|screen)\b"
        r"[^.;?]{0,60}\b(?:is|has been|have been|was|is now)\s+(?:now\s+)?(?:confirmed|"
        r"scheduled|booked|set|moved|rescheduled|changed|updated|arranged|planned)\b",
        r"\b(?:re)?scheduled (?:it |this |the interview |your interview |our call )?(?:to|for)\b",
        r"\b(?:we're|we are|you're|you are|we're now)\s+all set\b",
        r"\b(?:let's|let us|we'll|we will)\s+(?:lock in|go with|do|book|meet|pencil in|say)\b"
        r"[^.?]{0,40}\b(?:at|on|\d)",
        r"\b(?:speak|talk|see you|chat) (?:to you )?then\b",
        r"\bnew time\s*:",
        r"\b(?:look(?:ing)? forward to|excited to|see you)\s+(?:speaking|meeting|seeing|talking|"
        r"chatting)?\s*(?:with\s+)?(?:you\s+)?(?:on|at|then|next)\b",
        r"\b(?:has|have)\s+invited you to\b",
        r"\b(?:your )?(?:booking|event|appointment)\s+(?:is|has been)\s+"
        r"(?:confirmed|scheduled)\b",
        r"\bthis (?:message|email|e-mail|note) confirms\b",
        # German
        r"\b(?:bestätig\w*|Bestätigung|Terminbestätigung|eingeplant|vereinbart|"
        r"gebucht|verschoben auf|verlegt auf)\b",
        r"\bneue[rn]?\s+Termin\s*:",
        r"\bfreuen uns (?:auf|schon auf)\s+(?:das|unser|Ihr|dein)\s+(?:Gespräch|Interview|"
        r"Kennenlernen)\s+(?:am|um)\b",
        # French
        r"\bconfirm\w*\b[^.;?]{0,60}\b(?:entretien|rendez-vous|entrevue|échange)",
        r"\b(?:entretien|rendez-vous|entrevue)\b[^.;?]{0,40}\b(?:est |a été )?(?:prévu|fixé|"
        r"programmé|confirmé|déplacé|reporté|planifié)e?\b",
        r"\bnouvel(?:le)?\s+(?:horaire|date|heure)\s*:",
        # Spanish
        r"\bconfirm\w*\b[^.;?]{0,60}\b(?:entrevista|reunión|llamada)",
        r"\b(?:entrevista|reunión|llamada)\b[^.;?]{0,40}\b(?:queda |está |ha sido |quedó )?"
        r"(?:programada|agendada|confirmada|fijada|reprogramada|movida|cambiada)\b",
        r"\bnuevo\s+horario\s*:|\bnueva\s+(?:fecha|hora)\s*:",
        r"\b(?:quedamos|te esperamos|le esperamos|nos vemos)\s+(?:el|para el|a las|en)\b",
        # Dutch
        r"\bbevestig\w*\b[^.;?]{0,60}\b(?:gesprek|interview|afspraak|sollicitatiegesprek)",
        r"\b(?:gesprek|interview|afspraak)\b[^.;?]{0,40}\b(?:is |staat )?(?:ingepland|gepland|"
        r"verzet|verplaatst|bevestigd|vastgelegd)\b",
        r"\bnieuwe?\s+(?:tijd|datum|tijdstip)\s*:",
    )
)

REQUEST = _compile(
    (
        r"\b(?:invite|invitation|inviting|like to (?:invite|schedule|arrange|set up|book|have|"
        r"meet|speak|talk|chat)|love to (?:invite|schedule|set up|chat|talk|speak|meet))\b"
        r"[^.;]{0,80}\b(?:interview|call|chat|conversation|meeting|screen|discussion|talk|"
        r"onsite|assessment)",
        r"\b(?:schedule|book|arrange|set up|organi[sz]e|find)\s+(?:a|an|your|the|some)\s+"
        r"(?:\w+\s+){0,2}(?:interview|call|time|slot|chat|conversation|screen|meeting)",
        r"\b(?:choose|pick|select|book|grab)\s+(?:a|an|your|the)\s+(?:time|slot|time slot|"
        r"date)",
        r"\b(?:send|share|suggest|propose|give)\s+(?:me\s+|us\s+)?(?:over\s+)?(?:your|some|a few|"
        r"two|three|four|five|\d)\s+(?:(?:or \w+ )?(?:available |possible |suitable )?"
        r"(?:availability|times|time slots|slots|dates|options))",
        r"\b(?:what|which)\s+(?:times?|days?|dates?|slots?)\s+(?:work|suit|would work|"
        r"are you|would suit)",
        r"\bwhen (?:are|would) you (?:be )?(?:available|free)",
        r"\b(?:your|let me know your|let us know your)\s+availability\b",
        r"\bwould you be (?:available|free|able to (?:join|meet|speak|talk))",
        r"\b(?:would|could|does|do|can)\b[^.?]{0,90}\b(?:work|suit)\b[^.?]{0,20}\?",
        r"\b(?:could you do|are you free|can you do|can you make)\b[^.?]{0,80}\?",
        r"\b(?:would like|'d like|would love|'d love|want) to (?:meet|speak (?:with|to)|"
        r"talk (?:with|to)|chat (?:with|to))\s+you\b",
        r"\b(?:available|free|disponibles?|beschikbaar|verfügbar|Zeit|time|tiempo|temps|tijd|"
        r"langs\s+(?:kunnen\s+)?komen)\b[^.?!]{0,80}\?",
        r"\boffer(?:ing)?\s+you\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:interview|call|chat|meeting|"
        r"conversation|place in the (?:next|second|final) (?:round|stage))",
        r"\b(?:here are|below are)\s+(?:a few|some|the)\s+(?:slots|times|options|dates)\b",
        r"\breply with (?:the|a|your) (?:one|slot|time|option)",
        r"\bwelke dag\b[^.?]{0,30}\b(?:schikt|uitkomt|past)",
        r"\bnext step (?:is|would be|will be)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:interview|call|"
        r"conversation|chat)",
        r"\b(?:move|moving|invite) you (?:forward )?to the (?:next|second|final) (?:round|stage)",
        # German
        r"\b(?:einladen|Einladung|einzuladen)\b[^.;]{0,60}(?:gespräch|interview|"
        r"kennenlernen|telefonat|videocall)",
        r"(?:gespräch|interview|kennenlernen|telefonat|videocall)\b[^.;]{0,60}"
        r"\b(?:einladen|einzuladen)\b",
        r"\bTerminvorschläge?\b|\b(?:Ihre|deine)\s+Verfügbarkeit",
        r"\b(?:einen|einem)\s+Termin\s+(?:vereinbaren|auswählen|buchen|finden|abstimmen)",
        r"\bwann\s+(?:es\s+)?(?:Ihnen|dir)\s+passt",
        # French
        r"\b(?:inviter|invitation|convier)\b[^.;]{0,60}\b(?:entretien|échange|entrevue|rencontre)",
        r"\b(?:vos|tes)\s+disponibilités\b",
        r"\b(?:planifier|organiser|fixer|convenir d'un|caler)\s+(?:un\s+)?(?:entretien|échange|"
        r"rendez-vous|créneau|appel)",
        r"\b(?:choisi\w*|r[ée]serv\w*|s[ée]lectionn\w*|prend\w*)\s+(?:un|votre)\s+créneau",
        r"\b(?:aimerions|souhaiterions|voudrions)\s+vous\s+rencontrer\b|"
        r"\bnos\s+gustar[ií]a\s+conocerte\b|\b(?:würden|möchten)\s+Sie\s+(?:gerne\s+)?"
        r"kennenlernen\b|\bwillen\s+je\s+graag\s+(?:leren\s+kennen|spreken|ontmoeten)\b",
        # Spanish
        r"\b(?:invitar(?:te|le)?|invitación)\b[^.;]{0,60}\b(?:entrevista|llamada|conversación|"
        r"reunión)",
        r"\b(?:tu|su)\s+disponibilidad\b",
        r"\b(?:agendar|programar|concertar|coordinar|organizar)\s+(?:una\s+)?(?:entrevista|"
        r"llamada|reunión|videollamada)",
        r"\b(?:elige|elija|escoge|reserva)\s+(?:un|el|tu|su)\s+(?:horario|hueco|momento)",
        # Dutch
        r"\b(?:uitnodigen|uitnodiging|uit te nodigen)\b[^.;]{0,60}\b(?:gesprek|interview|"
        r"kennismaking|sollicitatiegesprek)",
        r"\b(?:je|jouw|uw)\s+beschikbaarheid\b",
        r"\b(?:inplannen|plannen|afspreken|in te plannen)\b[^.;]{0,30}\b(?:gesprek|afspraak|"
        r"moment|interview)|\b(?:gesprek|afspraak|moment)\b[^.;]{0,30}\b(?:inplannen|plannen|"
        r"in te plannen)",
        r"\bkies\s+(?:een|je)\s+(?:tijdstip|moment|tijdslot)",
        r"\bwanneer\s+(?:het\s+)?(?:je|u)\s+(?:uitkomt|schikt|beschikbaar)",
    )
)

# A time in the text is only a fixed appointment when it is not offered as an option.
PROPOSAL = re.compile(
    r"\?|\b(?:would|does|do|could|can)\s+(?:\w+\s+){0,4}(?:work|suit)\b|\boptions?\b|"
    r"\bone of (?:these|the following)\b|\bplease (?:let (?:me|us) know|confirm|choose|pick|"
    r"select)\b|\bif (?:that|this|it) works\b|\bpasst (?:Ihnen|dir)|\bconviendrait|"
    r"\bte (?:viene|va) bien|\bschikt (?:het|dat)|\bkomt (?:het|dat) (?:je|u) uit",
    _FLAGS,
)

RECEIVED = _compile(
    (
        r"\b(?:received|receipt of|got)\s+(?:your|the)\s+(?:\w+\s+)?(?:application|CV|resume|"
        r"résumé)",
        r"\b(?:application|submission)\b[^.;]{0,40}\b(?:has been|was|is|have been)\s+"
        r"(?:successfully\s+)?(?:received|submitted|sent)",
        r"\bthank(?:s| you)\s+(?:\w+\s+)?for\s+(?:applying|your application|submitting|"
        r"your interest in (?:joining|working))",
        r"\bthanks for (?:applying|your application)\b",
        # German
        r"\b(?:Eingang|Erhalt)\s+(?:Ihrer|deiner|der)\s+Bewerbung",
        r"\bBewerbung\b[^.;]{0,40}\b(?:ist|wurde|haben wir)\s+(?:erfolgreich\s+|gut\s+)?"
        r"(?:eingegangen|erhalten|übermittelt|angekommen)",
        r"\b(?:danke|Dank)\s+(?:\w+\s+){0,2}für\s+(?:Ihre|deine|die)\s+Bewerbung",
        r"\b(?:haben|habe)\s+(?:Ihre|deine)\s+Bewerbung\b[^.;]{0,60}\b(?:erhalten|bekommen)",
        # French
        r"\b(?:bien\s+)?reçu\s+(?:votre|ta)\s+candidature",
        r"\bmerci\s+(?:\w+\s+){0,2}(?:pour|de)\s+(?:votre|ta)\s+candidature",
        r"\b(?:accus(?:ons|é|e)|accuser)\s+(?:de\s+)?réception",
        r"\bcandidature\b[^.;]{0,30}\b(?:a bien été|a été)\s+(?:reçue|enregistrée|transmise)",
        # Spanish
        r"\b(?:hemos\s+)?recibido\s+(?:tu|su)\s+(?:candidatura|solicitud|CV|currículum)",
        r"\bgracias\s+(?:\w+\s+){0,2}por\s+(?:tu|su)\s+(?:candidatura|solicitud|postulación|"
        r"interés en (?:unirte|formar))",
        r"\b(?:candidatura|solicitud)\b[^.;]{0,30}\b(?:ha sido\s+)?(?:recibida|registrada)",
        # Dutch
        r"\b(?:je|jouw|uw)\s+sollicitatie\b[^.;]{0,40}\b(?:goed\s+)?(?:ontvangen|binnen)",
        r"\b(?:bedankt|dank)\s+(?:\w+\s+){0,2}voor\s+(?:je|jouw|uw)\s+sollicitatie",
        r"\bsollicitatie\s+is\s+(?:in goede orde\s+)?ontvangen",
    )
)


_COMBINED: dict[int, re.Pattern[str]] = {}


def _any(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    """One alternation of a phrase list: a cheap first look at the whole text."""
    combined = _COMBINED.get(id(patterns))
    if combined is None:
        combined = re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
        _COMBINED[id(patterns)] = combined
    return combined


def hits(
    patterns: Sequence[re.Pattern[str]],
    sentences: Sequence[str],
    skip: re.Pattern[str] | None = None,
    before: re.Pattern[str] | None = None,
) -> list[str]:
    """Matches in non-conditional sentences, as short evidence strings (one per sentence).

    ``skip``: sentences matching it do not count; ``before``: a match does not count when
    the sentence's words before it match (a later step: "once we extend an offer").
    """
    found: list[str] = []
    if not _any(patterns).search("\n".join(sentences)):
        return found
    for sentence in sentences:
        if CONDITIONAL.match(sentence) or (skip and skip.search(sentence)):
            continue
        for pattern in patterns:
            match = pattern.search(sentence)
            if match and before and before.search(sentence[: match.start()]):
                continue
            if match:
                found.append(" ".join(match.group(0).lower().split())[:48])
                break
    return found


def soft_rejections(sentences: Sequence[str]) -> list[str]:
    """ "Unfortunately ... not ... your application": softener, negation and decision together."""
    found = []
    for sentence in sentences:
        if CONDITIONAL.match(sentence) or SCHEDULING_TALK.search(sentence):
            continue
        soft = REJECTION_SOFTENER.search(sentence)
        if soft and NEGATION.search(sentence) and REJECTION_DECISION.search(sentence):
            found.append(soft.group(0).lower())
    return found
