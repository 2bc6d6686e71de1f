"""Phrases that ask the candidate to meet or to give times, and that offer a time as one
option, in English, German, French, Spanish and Dutch.

An invitation without a time yet ("we'd like to invite you to interview"), a request to
choose or offer times, a question whether a time suits; no time is fixed while these are
asked. Matched case-insensitively on one sentence at a time (see ``lexicon.hits``).
"""

from __future__ import annotations

import re

from .cues import CHOSEN_CONDITION, CHOSEN_IF, CONDITION_OPENER, PROFILE_IF, TRIAL_WORK
from .cues import compile_all as _compile

_FLAGS = re.IGNORECASE | re.UNICODE

# Days by name, for the phrases that take a proposed day ("Thursday it is").
DAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|morgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|demain|lunes|martes|miércoles|jueves|viernes|mañana"
)

# Asking to meet: an invitation without a time yet ("we'd like to invite you to interview").
INVITE = _compile(
    (
        # a try-out at work, or a visit to the shop floor (:data:`.cues.TRIAL_WORK`): "we'd
        # like you to come in for a trial shift", "you're invited to our group assessment",
        # "pop in Thursday at 3 and ask for Dean", "Sie zum Probearbeiten einladen", "kun je
        # komen proefdraaien", "venir pour une journée d'essai", "pásate para un día de prueba"
        r"\b(?:invite|invited|invitation|inviting|like|love|want|book|come|pop|drop|swing|"
        r"stop|einladen|einzuladen|eingeladen|Einladung|laden|vorbei\w*|komm\w*|kom|komen|"
        r"langs\w*|uitnodig\w*|nodig\w*|invit\w+|venir|venez|viens|passer|passez|pasar\w*|"
        r"pásate|vente|venir)\b[^.;?!]{0,60}?\b(?:" + TRIAL_WORK + r")",
        # the verb last: "zu einer Hospitation am Dienstag um 9 Uhr in unsere Kita einladen"
        r"\b(?:"
        + TRIAL_WORK
        + r")\b(?:[^.;?!]|(?<=\d)\.){0,80}?\b(?:einladen|einzuladen|uitnodigen|"
        r"uit\s+te\s+nodigen)\b",
        r"\b(?:come|pop|drop|swing|stop|call|head)\s+(?:in|by|round|over|along|down|up)\b[^.;?!]{0,60}?"
        r"\b(?:(?:for|have)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:chat|interview|talk|coffee)|"
        r"ask\s+for\s+(?-i:[A-Z])\w+)",
        r"\b(?:invite|invitation|inviting|you(?:'ve| have| are|'re) (?:been )?invited|"
        r"(?:has|have) invited you|"
        r"(?:ask|asking) you to attend|like to (?:invite|schedule|arrange|set up|book|have|"
        r"meet|speak|talk|chat)|wants to (?:invite|schedule|arrange|set up|book|have|do|meet|"
        r"speak|talk|chat)|love to (?:invite|schedule|arrange|set up|book|have|do|chat|talk|"
        r"speak|meet))\b[^.;]{0,80}\b(?:interview|call|chat|conversation|meeting|screen|"
        r"discussion|talk|onsite|assessment|round)",
        r"\b(?:schedule|book|arrange|set up|organi[sz]e|find)\s+(?:a|an|your|the|some)\s+"
        r"(?:\w+\s+){0,2}(?:interview|call|time|slot|chat|conversation|screen|meeting)",
        r"\b(?:would like|'d like|would love|'d love|want) to (?:meet|speak (?:with|to)|"
        r"talk (?:with|to)|chat (?:with|to))\s+you\b",
        r"\boffer(?:ing)?\s+you\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:interview|call|chat|meeting|"
        r"conversation|place in the (?:next|second|final) (?:round|stage))",
        r"\bnext step (?:is|would be|will be)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:interview|call|"
        r"conversation|chat)",
        r"\b(?:move|moving|invite) you (?:forward )?to the (?:next|second|final) (?:round|stage)",
        # German
        r"\b(?:einladen|Einladung|einzuladen)\b[^.;]{0,60}(?:gespräch|interview|"
        r"kennenlernen|telefonat|videocall)",
        r"(?:gespräch|interview|kennenlernen|telefonat|videocall)\b[^.;]{0,60}"
        r"\b(?:einladen|einzuladen)\b",
        r"\b(?:möchten|würden|möchte|würde)\b[^.;?]{0,60}(?:gespräch|interview|telefonat|"
        r"videocall)\w*\b[^.;?]{0,40}\b(?:führen|vereinbaren|durchführen|machen|abstimmen)\b",
        # the separable verb: "wir laden Sie zu einem Auswahlgespräch am Dienstag ein"
        r"\b(?:laden|lade)\s+(?:Sie|dich|euch)\b[^;!?\n]{0,100}(?:gespräch|interview|"
        r"kennenlernen|termin)\w*\b[^;!?\n]{0,80}\bein\b",
        # French
        r"\b(?:inviter|invitation|convier)\b[^.;]{0,60}\b(?:entretien|échange|entrevue|rencontre)",
        # the public sector summons: "nous vous convoquons à un entretien", "le convocamos"
        r"\b(?:convoqu\w+|convocation)\b[^.;]{0,60}\b(?:entretien|épreuve|jury|oral)",
        r"\b(?:planifier|organiser|fixer|convenir d'un|caler)\s+(?:un\s+)?(?:entretien|échange|"
        r"rendez-vous|créneau|appel)",
        r"\b(?:aimerions|souhaiterions|souhaitons|voudrions|aimerais|souhaiterais|voudrais)\s+"
        r"(?:vous\s+|te\s+)?(?:proposer|organiser|avoir|planifier|fixer|faire)\s+(?:un|une)\s+"
        r"(?:\w+\s+){0,2}(?:entretien|échange|appel|rendez-vous|visio\w*|rencontre)",
        r"\b(?:aimerions|souhaiterions|voudrions)\s+vous\s+rencontrer\b|"
        r"\bnos\s+gustar[ií]a\s+conocerte\b|\b(?:würden|möchten)\s+Sie\s+(?:gerne?\s+)?"
        r"(?:[^.;?]{0,80}\s)?(?:näher\s+)?kennenlernen\b|\bwillen\s+je\s+graag\s+(?:leren\s+kennen|spreken|ontmoeten)\b",
        # Spanish
        r"\b(?:invitar(?:te|le)?|invitación|convoca\w*|citar(?:te|le)|(?:te|le) citamos)\b"
        r"[^.;]{0,60}\b(?:entrevista|llamada|conversación|reunión|prueba)",
        r"\b(?:agendar|programar|concertar|coordinar|organizar)\s+(?:una\s+)?(?:entrevista|"
        r"llamada|reunión|videollamada)",
        # the wish to hold one, in each language: "nos gustaría tener una primera entrevista
        # contigo", "nous aimerions organiser un premier échange", "möchten gern ein erstes
        # Gespräch mit Ihnen führen", "willen graag een kennismakingsgesprek met je plannen"
        r"\b(?:gustaría|encantaría|queremos|quisiéramos|queríamos)\s+(?:tener|hacer|mantener|"
        r"realizar|programar|agendar|organizar|coordinar)(?:te|le)?\s+(?:una?\s+)?(?:\w+\s+){0,2}"
        r"(?:entrevista|llamada|reunión|videollamada|conversación|charla)",
        # Dutch
        r"\b(?:uitnodigen|uitnodiging|uit te nodigen)\b[^.;]{0,60}\b(?:gesprek|interview|"
        r"kennismaking|sollicitatiegesprek)",
        # the separable verb: "we nodigen je graag uit voor een selectiegesprek"
        r"\bnodig\w*\s+(?:we\s+|wij\s+)?(?:je|u|jou)\b[^.;]{0,40}\buit\b[^.;]{0,60}"
        r"(?:gesprek|interview|kennismaking)",
        r"\b(?:willen|zouden|wil|zou)\b[^.;?]{0,40}(?:gesprek|interview)\b[^.;?]{0,30}\b"
        r"(?:hebben|voeren|houden)\b|"
        # a casual wish to talk: "¿Te apetece que hagamos una llamada?", "Fancy a quick
        # call?", "Hast du Lust auf ein Telefonat?", "Ça te dirait qu'on s'appelle ?", "Zin
        # in een kennismakingsgesprek?"
        r"\b(?:te|le|os)\s+(?:apetece|parece|iría\s+bien|vendría\s+bien|viene\s+bien)\s+"
        r"(?:que|si)\s+(?:(?:hagamos|hacemos|tengamos|tenemos|programemos|agendemos|organicemos)"
        r"\s+(?:una?\s+)?(?:\w+\s+)?(?:llamada|videollamada|entrevista|reunión|charla|"
        r"videoconferencia)|charlemos|hablemos|nos\s+veamos|nos\s+llamemos)\b",
        r"\b(?:fancy|up\s+for)\s+(?:a|an)\s+(?:quick\s+|short\s+|brief\s+)?(?:call|chat|video\s+"
        r"call|interview|meeting)\b",
        r"\b(?:hast\s+du|haben\s+Sie)\s+Lust\s+auf\s+(?:ein|einen)\s+(?:\w+\s+)?(?:Gespräch|"
        r"Telefonat|Videocall|Call|Austausch|Kennenlernen)\b",
        r"\b(?:ça|cela)\s+(?:te|vous)\s+dirait\b[^.?]{0,40}\b(?:appel|échange|entretien|"
        r"s'appeler|se\s+voir|visio\w*)",
        r"\bzin\s+in\s+(?:een\s+)?(?:\w+\s+)?(?:gesprek|belletje|videocall|kennismaking\w*)\b",
        r"\b(?:inplannen|plannen|afspreken|in te plannen)\b[^.;]{0,30}\b(?:gesprek|afspraak|"
        r"moment|interview)|\b(?:gesprek|afspraak|moment)\b[^.;]{0,30}\b(?:inplannen|plannen|"
        r"in te plannen)",
    )
)

# Availability to start the job, not to meet: "your availability to start", "tu disponibilidad
# aproximada para incorporarte", "vos disponibilités pour une prise de poste", "Ihre
# Verfügbarkeit für einen Eintritt", "je beschikbaarheid om te starten".
_NOT_TO_START = (
    r"(?!\s+(?:\w+\s+){0,2}?(?:to\s+(?:start|join|begin)\b|for\s+(?:an?\s+|the\s+|your\s+)?"
    r"(?:start|starting|joining)\b|para\s+(?:incorporar|empezar|comenzar)|de\s+incorporación|"
    r"pour\s+(?:une\s+|la\s+|votre\s+)?(?:prise\s+de\s+poste|démarr|commencer|intégr)|de\s+prise\s+de"
    r"\s+poste|om\s+te\s+(?:starten|beginnen)|(?:zum|für\s+(?:den|einen|Ihren))\s+(?:Eintritt|Start|"
    r"Arbeitsbeginn)|ab\s+wann))"
)

# Asking the candidate to choose or offer times: no time is fixed while this is asked.
CHOOSE = _compile(
    (
        r"\b(?:choose|pick|select|book|grab|find|reserve)\s+(?:a|an|any|your|the|whichever|"
        r"whatever)\s+(?:free\s+|"
        r"open\s+|convenient\s+|preferred\s+)?(?:interview\s+|call\s+)?(?:time|slot|time slot|"
        r"spot|date)",
        r"\b(?:send|share|suggest|propose|give)\s+(?:me\s+|us\s+)?(?:over\s+)?(?:your|some|a few|"
        r"a couple of|two|three|four|five|\d(?:\s*(?:-|–|to|or)\s*\d)?)\s+(?:(?:or \w+ )?"
        r"(?:available |possible |suitable |convenient )?(?:availability|times|time slots|slots|"
        r"dates|options|(?:time )?windows))",
        # "kindly revert with 2-3 slots", "come back to me with a few times"
        r"\b(?:revert|reply|respond|come back|get back)\s+(?:to (?:me|us)\s+)?with\s+(?:your\s+|"
        r"some\s+|a few\s+|a couple of\s+|two\s+|three\s+|\d(?:\s*(?:-|–|to|or)\s*\d)?\s+)?"
        r"(?:available\s+|possible\s+|suitable\s+|convenient\s+)?(?:availability|times|time "
        r"slots|slots|dates|options)\b",
        r"\b(?:what|which)\s+(?:times?|days?|dates?|slots?)\s+(?:work|suit|would work|"
        r"are you|would suit)",
        r"\bwhen (?:are|would) you (?:be )?(?:available|free)",
        rf"\b(?:your|let me know your|let us know your)\s+availability\b{_NOT_TO_START}",
        r"\bwould you be (?:available|free|able to (?:join|meet|speak|talk))",
        r"\b(?:(?:would|could|do|can)\s+you\s+(?:have|find|spare|make)|have\s+you\s+got)\s+"
        r"(?:\w+\s+){0,2}(?:minutes|mins|an hour|half an hour|some time|time)\b",
        # "just let me know a time + best number" (not a start date: "the date you can start")
        r"\blet (?:me|us) know (?:a|the|your) (?:good |best |convenient |suitable )?(?:time|"
        r"slot)\b(?!\s+(?:to|you\s+(?:can|could))\s+(?:start|join|begin))",
        # which days suit, asked in Spanish ("Dime qué días y franjas te vienen bien"; French
        # and German say it with the verbs ASK_FIT reads: "vous conviendraient", "passen")
        r"\bqué\s+(?:días?|horas?|horarios?|franjas?|momentos?|fechas?)\b[^.?]{0,40}\b(?:te|le|os|"
        r"les)\s+(?:vienen?|van?|irían?|vendrían?|encajan?|cuadran?)\s+bien\b",
        r"\b(?:here are|below are)\s+(?:a few|some|the)\s+(?:slots|times|options|dates)\b",
        r"\b(?:would|are)\s+you\s+(?:be\s+)?open\s+to\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:chat|call|"
        r"conversation|interview|meeting|coffee)",
        r"\blet (?:me|us) know which\b|\bwhich\s+(?:one|option|slot|time|day)?s?\s*(?:you\s+)?"
        r"(?:prefer|would prefer)\b|\b(?:I|we) can offer\b[^.;]{0,30}:",
        # "please reply with which one suits you", "which session works best for you?"
        r"\bwhich\s+(?:one|session|slot|time|date|day|option|of\s+(?:these|the\s+two|them))\s+"
        r"(?:suits|works|would\s+suit|would\s+work|is\s+(?:best|better))\b|"
        r"\bwelche[rs]?\s+(?:Termin\s+|davon\s+)?(?:dir|Ihnen)\s+(?:besser|am\s+besten)\s+passt\b",
        r"\breply with (?:the|a|your) (?:one|slot|time|option)|\breply with (?:a couple of|a few|"
        r"some|two|three) (?:options|slots|times|dates)",
        r"\bwelke dag\b[^.?]{0,30}\b(?:schikt|uitkomt|past)",
        r"\bwelke?\s+(?:momenten?|dag(?:en)?|tijd(?:en|stippen)?)\b[^.?]{0,30}\b(?:uitkomt|uitkomen|"
        r"schikt|schikken|past|passen)\b|\b(?:vrij|tijd)\s+(?:kunnen\s+)?maken\b",
        # German
        rf"\bTerminvorschläge?\b|\b(?:Ihre|deine)\s+Verfügbarkeit\b{_NOT_TO_START}",
        r"\b(?:schlagen|nennen)\s+(?:Sie|du)\b[^.?]{0,60}\b(?:Termine?|Alternativen|Zeitfenster|"
        r"Slots?|Zeiten)\b",
        r"\b(?:einen|einem)\s+Termin\s+(?:vereinbaren|auswählen|buchen|finden|abstimmen)",
        r"\b(?:buchen|wählen|vereinbaren|reservieren)\s+(?:Sie|du)\s+(?:bitte\s+)?(?:Ihren|deinen|"
        r"einen)\s+(?:\w*termin|\w*slot|Zeitfenster|Zeitpunkt)",
        r"\bwann\s+(?:es\s+)?(?:Ihnen|dir)\s+passt",
        # one of several times offered, to be picked: "wählen Sie ... einen der angebotenen
        # Termine aus", "choose one of the available slots", "choisissez l'un des créneaux"
        r"\b(?:wählen|suchen)\s+(?:Sie|du)\b[^.;!?]{0,80}\b(?:einen|eine|eines)\s+der\s+"
        r"(?:\w+\s+)?(?:Termine|Zeitfenster|Slots|Zeiten|Zeitpunkte)\b|\bzur\s+Auswahl\s+stehen\b|"
        r"\b(?:Ihren|deinen)\s+Wunschtermin\b",
        r"\b(?:choose|pick|select|book|reserve)\s+(?:\w+\s+){0,6}?one\s+of\s+(?:the|these|our)\s+"
        r"(?:[\w-]+\s+)?(?:times|slots|dates|sessions|options|time slots)\b",
        r"\b(?:choisir|choisissez|sélectionnez|sélectionner|réservez|réserver)\s+(?:\w+\s+){0,6}?"
        r"(?:l'un|l'une|un|une)\s+des\s+(?:\w+\s+)?(?:créneaux|horaires|dates|sessions)\b",
        r"\b(?:elige|elija|elegir|escoge|escoja|selecciona|seleccione|reserva)\s+(?:\w+\s+){0,6}?"
        r"(?:una|uno)\s+de\s+(?:los|las|estos|estas)\s+(?:\w+\s+)?(?:horarios|fechas|huecos|"
        r"franjas|turnos)\b",
        r"\b(?:kies|kiezen|selecteer|reserveer)\s+(?:\w+\s+){0,6}?(?:één|een)\s+van\s+de\s+"
        r"(?:\w+\s+)?(?:momenten|tijdstippen|data|tijdsloten|tijden)\b",
        # French
        rf"\b(?:vos|tes)\s+(?:disponibilités|dispos)\b{_NOT_TO_START}",
        r"\b(?:choisi\w*|r[ée]serv\w*|s[ée]lectionn\w*|prend\w*)\s+(?:un|votre)\s+créneau",
        # told to pick it: "choisissez directement le créneau qui vous convient" (not "vous
        # avez réservé le créneau de mardi", which books it)
        r"\b(?:choisissez|sélectionnez|réservez|choisis|sélectionne|réserve)\s+(?:\w+\s+)?"
        r"(?:le|ton)\s+créneau",
        # Spanish
        rf"\b(?:tu|su)\s+disponibilidad\b{_NOT_TO_START}|\bqué\s+disponibilidad\b{_NOT_TO_START}|"
        r"\bcuándo\s+(?:te|le)\s+(?:vendría|viene|iría|va)\s+bien\b",
        r"\b(?:elige|elija|escoge|reserva)\s+(?:un|el|tu|su)\s+(?:horario|hueco|momento)",
        # Dutch
        rf"\b(?:je|jouw|uw)\s+beschikbaarheid\b{_NOT_TO_START}",
        r"\bkies\s+(?:een|je)\s+(?:tijdstip|moment|tijdslot)",
        r"\bwanneer\s+(?:het\s+)?(?:je|u)\s+(?:uitkomt|schikt|beschikbaar)",
        r"\bwanneer\s+(?:komt|schikt|past)\s+(?:het\s+)?(?:je|jou|u|jullie)\b",
        # "send me two or three slots", said casually in each language: "Pásame dos o tres
        # huecos", "Schick mir zwei, drei Termine", "Envoie-moi deux créneaux", "Stuur me
        # twee momenten"
        r"\b(?:pása|mánda|envía|dí|manda|pasa)(?:me|nos)\s+(?:[\w,]+\s+){0,4}?(?:huecos|"
        r"horarios|franjas|fechas|opciones)\b",
        r"\b(?:schick|schicke|schicken\s+Sie|sende|senden\s+Sie|nenn|gib|geben\s+Sie)\s+(?:mir|"
        r"uns)\s+(?:[\w,]+\s+){0,4}?(?:Termine|Terminvorschläge|Zeitfenster|Slots|Zeiten|"
        r"Zeitslots)\b",
        r"\b(?:envoie|envoyez|donne|donnez|propose|proposez|indique|indiquez)-(?:moi|nous)\s+"
        r"(?:[\w,]+\s+){0,4}?(?:créneaux|disponibilités|dispos|dates|horaires)\b",
        r"\b(?:stuur|geef|mail|noem|stuurt\s+u|geeft\s+u|noemt\s+u)\s+(?:me|mij|ons)\s+"
        r"(?:[\w,]+\s+){0,4}?(?:momenten|tijdstippen|data|tijdsloten|opties|tijden)\b",
    )
)
# Whether something suits or works, or whether the candidate is free: a request for a time
# only when a meeting is in view or the question names a day or an hour ("would that work
# for you?" after a shift pattern asks about the job, "to work in Canada?" about a visa).
# The words up to a question's mark: a dot only between digits ("om 14.00 uur?")
_ASKED = r"(?:[^.?]|(?<=\d)\.(?=\d)){0,90}"
ASK_FIT = _compile(
    (
        # (the purpose may follow: "would Thursday at 2pm work for a first interview?")
        r"\b(?:would|could|does|do|can)\b[^.?]{0,90}\b(?:work|suit)\b[^.?]{0,40}\?",
        # one time put as a question: "how about Thursday at 10am?", "could we move your
        # interview to Friday at 11am?", "wie wäre es mit Donnerstag um 14 Uhr?", "que
        # diriez-vous de jeudi à 14h ?", "¿qué tal el jueves a las 14:00?", "wat dacht je van
        # donderdag om 14.00 uur?"
        r"\b(?:(?:how|what)\s+about|(?:could|can|shall|may)\s+we\s+(?:move|shift|push|bring|"
        r"switch|change)|wie\s+w(?:ä|ae)re\s+es|que\s+diriez-vous|qu(?:é|e)\s+(?:tal|te\s+"
        rf"parece|le\s+parece)|wat\s+(?:dacht|vind)\s+(?:je|u))\b{_ASKED}\?",
        r"\b(?:could you do|are you free|can you do|can you make)\b[^.?]{0,80}\?",
        # asked to come in: "can you come in Thursday at 3 to meet Chef?", "could you pop by
        # the yard on Monday?"
        r"\b(?:could|can|would|will)\s+you\s+(?:come|pop|drop|swing|stop)\s+(?:in|by|round|over|"
        r"down|into)\b[^.?]{0,80}\?",
        r"\b(?:available|free|disponibles?|disponibilidad|disponibilité|beschikbaar|vrij|"
        r"verfügbar|Zeit|time|tiempo|temps|tijd|minutes|mins?|minutos|Minuten|minuten|an hour|"
        r"langs\s+(?:kunnen\s+)?komen)\b[^.?!]{0,80}\?",
        r"\b(?:te|le|les|os)\s+(?:vendría|viene|va|iría|encaja|cuadra)\s+(?:mejor|bien)\b|"
        r"\b(?:vous|te)\s+(?:conviendrait|conviendraient|irait|iraient)\b|"
        r"\bwürde\s+(?:Ihnen|dir|euch)\b[^.?]{0,40}\bpassen|"
        r"\b(?:passt|passen|ginge|geht)\s+(?:es\s+)?(?:Ihnen|dir|euch)\b[^?]{0,100}\?|"
        r"\b(?:zou|past)\s+(?:het\s+)?(?:je|u|jou)\b[^.?]{0,40}\b(?:uitkomen|passen|schikken)",
        r"\b(?:are|would|could|can|will)\s+you\s+(?:be\s+)?(?:around|up\s+for|free|available)\b"
        r"[^.?!]{0,80}\?|\b(?:do|would)\s+you\s+have\s+(?:time|a\s+(?:moment|minute|few\s+"
        r"minutes))\b[^.?!]{0,80}\?",
    )
)
REQUEST = INVITE + CHOOSE + ASK_FIT
# A day, a date or an hour named in a question: "are you free Tuesday at 3?"
WHEN_NAMED = re.compile(
    rf"\b(?:{DAY}|today|heute|aujourd'hui|hoy|vandaag|next week|this week|nächste Woche|"
    r"la semaine prochaine|la semana que viene|la próxima semana|volgende week|morning|"
    r"afternoon|evening|Vormittag|Nachmittag|matin|après-midi|mañana|tarde|ochtend|middag)\b|"
    r"\b\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|uhr|uur|h)\b|\b\d{1,2}[:.]\d{2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    _FLAGS,
)

# The candidate addressed with a capital: "ob Sie", "si Usted", "of U".
_ADDRESSED = r"(?:Sie|Ihnen|Du|Dir|Dich|Vous|Usted|Ustedes|U|Jij|You)"

# Before a request's words: someone else's wish not yet known ("I'll let you know whether
# he'd like to speak to you") is a status update, not a request.
UNDECIDED = re.compile(
    # "If they want to meet you", "whether Priya would like to speak to you" (a name, not a day:
    # "if Tuesday suits, I'd like to invite you" still asks; not the candidate addressed:
    # "ob Sie am Dienstag Zeit haben?" asks)
    r"(?i:\b(?:whether|if|ob|si))\s+(?:(?i:he|she|they|the\s+\w+(?:\s+\w+)?|er|il|elle|"
    rf"ils|él|ella)\b|sie\b|(?!(?i:{DAY})\b|{_ADDRESSED}\b)[A-Z][a-z]+\b)[^.!?]*$"
    # Dutch "of" (whether) only before a pronoun: English "Director of Personal Lines" is no
    # one's undecided wish
    r"|(?i:\bof\s+(?:hij|zij)\b)[^.!?]*$"
    # "we may invite you to a phone interview if your profile matches": a possibility
    r"|\b(?:may|might|können|könnten|pourrons|pourrions|podemos|podríamos|kunnen|zouden)\s+"
    r"(?:\w+\s+)?$"
    # "we'll let you know whether we invite you": the employer's own choice, still open
    r"|(?i:\b(?:whether|ob|of)\s+(?:we|wir|wij)\b[^.!?]*$)"
    # the invitation itself in doubt: "we will inform you within two weeks if you are invited
    # for the case interview", "ob Sie eingeladen werden", "si vous êtes convoqué"
    r"|(?i:\b(?:whether|if|ob|si|of)\s+(?:(?:you|vous|tu|je|u)\s+(?:are|will\s+be|êtes|es|"
    r"serez|seras|wordt|bent)\s+)?$)"
    # a later step or someone else's choice: "before we schedule a talk", "who we invite"
    r"|(?i:\b(?:before|voordat|bevor|avant que|antes de que)\s+(?:we|wij|wir|nous|I|ik|ich)\b"
    r"[^.!?]*$)"
    r"|(?i:\b(?:who|wie|wen|qui|a quién)\s+(?:we|wij|wir|nous)\b[^.!?]*$)"
    # a condition on the candidate being chosen: "if there's a potential fit, someone will
    # email you to set up a call", "should you be shortlisted", "als je profiel aansluit"
    rf"|(?i:{CONDITION_OPENER}[^.!?]*\b{CHOSEN_IF}\b[^.!?]*$)"
    # the same condition said of the profile, whatever verb follows: "si tu perfil calza con lo
    # que buscamos", "if your background lines up", "wenn Ihr Profil zu uns passt"
    rf"|(?i:{CONDITION_OPENER}\s+{PROFILE_IF}[^.!?]*$)"
    # the same condition with the verb first: "Past je profiel bij wat we zoeken, dan nodigen
    # we je uit", "Passt Ihr Profil zu uns, laden wir Sie ein", "Sluit je ervaring aan, dan ..."
    r"|(?i:^\W*(?:past|passen|sluit|sluiten|voldoe\w*|matcht|passt|entspricht|überzeugt)\s+"
    r"(?:je|jouw|uw|Ihr|Ihre|dein|deine)\s+(?:\w+\s+)?(?:profiel|Profil|ervaring|Erfahrung|cv|"
    r"Lebenslauf|achtergrond|Qualifikation\w*|kwalificaties|sollicitatie|Bewerbung)\b[^.!?]*$)"
    # times the candidate already gave, thanked for: "vielen Dank für Ihre schnelle Rückmeldung
    # und die Terminvorschläge", "thanks for sending your availability", "merci pour vos
    # disponibilités" (not "thanks for applying and I'd like to set up a call")
    r"|(?i:\b(?:thanks?|thank you|danke|dank|merci|gracias|bedankt)\b[^.!?,;:]{0,30}\b(?:for|"
    r"für|pour|por|voor)\s+(?:(?!(?:I|I'd|I'll|we|we'd|we'll|ich|wir|je|nous|yo|ik|wij|do|does|"
    r"would|could|can|will|is|are)\b)[\w'’-]+\s+){0,5}$)"
)
# An invitation that is not (yet) the candidate's: the condition of being chosen comes after
# it ("we will invite you to interview on 17 November if you are shortlisted"), or others are
# invited ("we will invite shortlisted candidates to an assessment centre").
NOT_YET_YOURS = re.compile(
    rf"{CHOSEN_CONDITION.pattern}|"
    r"\b(?:invite|einladen|inviterons|invitaremos|uitnodigen)\s+(?:the\s+|all\s+|our\s+|die\s+|"
    r"les\s+|a\s+los\s+|de\s+)?(?:shortlisted|successful|selected|suitable|remaining|\d+|a few|"
    r"several|ausgewählten?|besten|candidats|candidat[oa]s|kandidaten)\b|"
    # a step after something still pending: "Once the team has reviewed it, we'll set up a
    # final conversation", "Sobald wir alle Unterlagen haben, ...", "Zodra het team ..."
    r"^\W*(?:once(?!\s+(?:again|more)\b)|sobald|une fois que|dès que|una vez que|en cuanto|"
    r"zodra)\b",
    _FLAGS,
)
# A link to a booking page: the candidate is asked to pick a time.
BOOKING_LINK = re.compile(
    r"\b(?:(?:calendly|savvycal|youcanbook|doodle|chilipiper|zcal|tidycal|koalendar)\.[a-z]+|"
    r"cal\.com|meetings\.hubspot\.com|calendar\.app\.google|"
    r"calendar\.google\.com/calendar/(?:appointments|u/\d/appointments)|"
    r"outlook\.office365?\.com/(?:owa/calendar|book)|bookings\.office\.com|"
    r"goodtime\.io|cronofy\.com)/\S+",
    re.IGNORECASE,
)

# A time in the text is only a fixed appointment when it is not offered as an option.
PROPOSAL = re.compile(
    r"\?|\b(?:would|does|do|could|can)\s+(?:\w+\s+){0,4}(?:work|suit)\b|\boptions?\b|"
    r"\bone of (?:these|the following)\b|\bplease (?:let (?:me|us) know|confirm|choose|pick|"
    r"select)\b|\bif (?:that|this|it) works\b|\bpasst (?:Ihnen|dir)|\bconviendrait|"
    r"\bte (?:viene|va) bien|\bschikt (?:het|dat)|\bkomt (?:het|dat) (?:je|u) uit|"
    r"\b(?:propos\w*|suggest\w*|how about|what about|tentative\w*|vorschlag\w*|schlage\w* "
    r"(?:ich |wir )?vor|wie wäre|que diriez|propon\w*|qué tal|te parece|voorstel\w*|"
    r"stel(?:len)? (?:ik |we )?voor|wat dacht je)\b|"
    # a time the writer can offer or move the candidate to: "we can move you to Tuesday at
    # 2pm if that's better", "können wir Sie auf Dienstag verschieben", "podemos pasarte al
    # jueves", "on peut vous décaler à jeudi", "we kunnen je naar donderdag verzetten"
    r"\bif (?:that|this|it)(?:'s| is| would be)? (?:better|easier|more "
    r"convenient|helps)\b|\b(?:can|could)\s+(?:offer|move\s+you|fit\s+you\s+in|"
    r"squeeze\s+you\s+in|shift\s+you)\b|\b(?:können|könnten)\s+wir\s+(?:Ihnen|dir)\s+"
    r"(?:\w+\s+){0,4}anbieten\b|\b(?:können|könnten)\s+wir\s+(?:Sie|dich)\b[^.]{0,60}"
    r"\b(?:verschieben|einplanen|legen)\b|\b(?:podemos|podríamos)\s+(?:ofrecer|pasar|mover|"
    r"cambiar)\w*|\b(?:pouvons|pourrions|peut|pourrait)\s+vous\s+(?:décaler|déplacer|mettre)\b|"
    r"\b(?:kunnen|zouden)\s+(?:we|wij)\s+(?:je|u)\b[^.]{0,40}\b(?:verzetten|verplaatsen|"
    r"aanbieden|inplannen)\b",
    _FLAGS,
)
