"""Phrases of meetings (confirmed, requested, cancelled) in English, German, French, Spanish, Dutch.

Regular expressions matched case-insensitively on one sentence at a time (see
``lexicon.hits``), written for the *kind of thing said*, not for any one sender's wording.
A confirmation fixes a time ("you're booked in for", "ya quedó agendada"); a request asks the
candidate to choose or offer times; a cancellation calls a meeting off; a proposal marks a
time as one option among others.
"""

from __future__ import annotations

import re

from .cues import CHOSEN_CONDITION, CHOSEN_IF, CONDITION_OPENER, PROFILE_IF
from .cues import compile_all as _compile

_FLAGS = re.IGNORECASE | re.UNICODE

# A gap inside a phrase: any words but a sentence's end; a dot after a digit is a time's or a
# date's ("ons gesprek van donderdag om 10.00 uur afzeggen", "am 24.11. absagen").
_GAP = r"(?:[^.;]|(?<=\d)\.)"

CANCELLED = _compile(
    (
        # (someone else's: "another candidate had to cancel their interview" frees a slot)
        r"\b(?:I've|I have|we've|we have|I|we|had to|have to|need to|must|has been|have been|"
        r"was|is|been|unfortunately)\s+(?:to\s+)?(?:cancel(?:l?ed|l?ing)?|call(?:ed)? off)\b"
        rf"(?!\s+(?:their|his|her)\b){_GAP}{{0,60}}\b(?:interview|call|meeting|conversation|chat|session|screen|panel|onsite)",
        # ... in any register: "the Technical Round 1 scheduled on 10th Nov stands cancelled",
        # "is hereby cancelled"
        rf"\b(?:interview|call|meeting|conversation|session|screen|panel|onsite|round)\b"
        rf"{_GAP}{{0,60}}\b(?:has|have|had|is|was|stands?|now\s+stands?)\s+(?:been\s+|hereby\s+|"
        r"now\s+)?(?:cancel(?:l)?ed|called off)",
        r"\bno longer (?:go ahead|take place|happen|proceed)\b",
        rf"\bnot\s+(?:be\s+)?(?:going\s+ahead|happening|taking\s+place|running)\s+with\b{_GAP}{{0,40}}"
        r"\b(?:session|interview|call|meeting|chat|round|screen|panel)",
        rf"\b(?:session|interview|call|meeting|chat|round|screen|panel)\b{_GAP}{{0,40}}\b(?:is|will|"
        r"won't|can't|cannot)\s+(?:not\s+)?(?:be\s+)?(?:going\s+ahead|go\s+ahead|happen|take\s+place)\b",
        # called off in a word: "so Monday's meeting at Harcourt is off", "the interview's off"
        rf"\b(?:interview|call|meeting|chat|session|screen|panel|onsite)(?:'s)?\b{_GAP}{{0,40}}?"
        r"(?:'s|\s(?:is|are|was))\s+(?:now\s+|sadly\s+|unfortunately\s+|definitely\s+)?off\b"
        r"(?!-|\s+(?:to|at|on|the|your|our|site|line|camera|record)\b)",
        # German
        rf"\b(?:Termin|Gespräch|Interview|Vorstellungsgespräch|Telefonat)\b{_GAP}{{0,60}}"
        r"\b(?:absagen|abgesagt|storniert|stornieren|entfällt|entfallen|fällt\s+\w*\s*aus)",
        rf"\b(?:absagen|abgesagt|stornieren)\b{_GAP}{{0,40}}\b(?:Termin|Gespräch|Interview)",
        # French
        rf"\b(?:annul\w+)\b{_GAP}{{0,60}}\b(?:entretien|rendez-vous|entrevue|échange|appel)",
        rf"\b(?:entretien|rendez-vous|entrevue)\b{_GAP}{{0,40}}"
        r"\b(?:annulé|annulée|n'aura pas lieu)",
        # Spanish
        rf"\b(?:cancelar|cancelado|cancelada|cancelamos|anular|anulado|anulada)\b{_GAP}{{0,60}}"
        r"\b(?:entrevista|reunión|llamada|cita)",
        rf"\b(?:entrevista|reunión|llamada)\b{_GAP}{{0,40}}\b(?:cancelada|cancelado|anulada|"
        r"no se realizará|queda cancelada)",
        # Dutch
        rf"\b(?:gesprek|interview|afspraak|sollicitatiegesprek)\b{_GAP}{{0,60}}"
        r"\b(?:afzeggen|afgezegd|geannuleerd|annuleren|gaat niet door|vervalt)",
        rf"\b(?:afzeggen|annuleren|geannuleerd)\b{_GAP}{{0,40}}\b(?:gesprek|interview|afspraak)",
    )
)
# Cancelling with no object named, in a thread about a meeting: "need to cancel tmrw",
# "muss leider absagen", "je dois annuler", "tengo que cancelar", "moet helaas afzeggen". The
# writer cancels: "I"/"we", or no subject at the start of a clause ("so sorry - need to
# cancel"); "another candidate had to cancel, so we can move you to Tuesday" cancels nothing
# of the candidate's.
CANCEL_BARE = _compile(
    (
        r"(?m)(?:^\W*|[-–—,:;!]\s*|\b(?:but|so)\s+|\b(?:I|we|I'll|we'll|I'm|we're|I've|we've|"
        r"I'd|we'd)\s+(?:\w+\s+){0,2}?)(?:(?:so|really|unfortunately|sadly|now|also)\s+)?"
        r"(?:need|have|had|got|must|going)\s+to\s+(?:cancel|call\s+(?:it|this|that)\s+off)\b"
        r"(?!\s+(?:my|your|the|our|a|an|this|that|his|her|their)\s+(?!interview|call|meeting|chat|"
        r"session|slot|appointment)\w+)",
        r"\b(?:(?:ich|wir)\s+(?:\w+\s+){0,2}?(?:muss|müssen)|(?:muss|müssen)\s+(?:ich|wir))\s+"
        r"(?:\w+\s+){0,3}?absagen\b",
        r"(?m)^\W*(?:\w+\W+)?(?:muss|müssen)\s+(?:(?:leider|es|kurzfristig|den Termin)\s+){0,3}"
        r"absagen\b",
        r"\b(?:je|nous)\s+(?:\w+\s+){0,2}?(?:dois|devons|vais\s+devoir|allons\s+devoir)\s+"
        r"(?:malheureusement\s+|hélas\s+)?annuler\b",
        r"\b(?:tengo|tenemos|tendré|tendremos)\s+que\s+(?:cancelar|anular)(?:lo|la)?\b",
        r"\b(?:(?:ik|we|wij)\s+(?:\w+\s+){0,2}?(?:moet|moeten)|(?:moet|moeten)\s+(?:ik|we|wij))\s+"
        r"(?:\w+\s+){0,3}?(?:afzeggen|annuleren)\b",
        r"(?m)^\W*(?:\w+\W+)?(?:moet|moeten)\s+(?:(?:het|helaas)\s+)*(?:afzeggen|annuleren)\b",
    )
)
# The writer calling off "it", the meeting just named ("Je reviens vers vous concernant
# l'entretien prévu vendredi. Nous sommes contraints de l'annuler", "About Thursday's call:
# I'm afraid we have to cancel it", "Ihr Gespräch am Montag: wir müssen es leider absagen"):
# a cancellation only where the sentence before (or its own) names a meeting.
CANCEL_IT = _compile(
    (
        r"\b(?:I|we|I've|we've|I'm|we're|I'll|we'll)\b[^.;?]{0,30}?\b(?:cancel(?:l?ed|l?ing)?|"
        r"call(?:ed|ing)?\s+off)\s+(?:it|this|that)\b(?!\s+(?:\w+\s+)?(?:and|to)\s+(?:re)?book)",
        r"(?m)(?:^|[.;:]\s)\W*(?:it|this|that)(?:'s|\s+has|\s+had|\s+is|\s+will|\s+must)\s+"
        r"(?:now\s+|sadly\s+|unfortunately\s+)?(?:to\s+)?(?:be(?:en)?\s+)?(?:cancel(?:l)?ed|called\s+off)",
        r"\b(?:nous|je|j')\b[^.;?]{0,40}?\bl'annul(?:er|ons|e)\b|\b(?:il|elle)\s+(?:est|a\s+été|doit\s+"
        r"être)\s+(?:malheureusement\s+)?annulée?\b|\b(?:il|elle)\s+n'aura\s+pas\s+lieu\b",
        r"\b(?:wir|ich)\b[^.;?]{0,40}?\b(?:ihn|es|diesen|dieses)\s+(?:\w+\s+){0,2}?(?:absagen|"
        r"stornieren|ausfallen\s+lassen)\b|\b(?:er|es)\s+(?:muss|wird|wurde)\s+(?:\w+\s+){0,2}?"
        r"(?:abgesagt|ausfallen|storniert)\b",
        r"\b(?:cancelarla|cancelarlo|anularla|anularlo|suspenderla|suspenderlo)\b|\b(?:la|lo)\s+"
        r"(?:hemos|he)\s+(?:tenido\s+que\s+)?(?:cancelad[oa]|anulad[oa]|cancelar|anular)\b",
        r"\b(?:we|wij|ik)\b[^.;?]{0,40}?\b(?:het|hem|deze)\s+(?:\w+\s+){0,2}?(?:afzeggen|"
        r"annuleren|afgezegd|geannuleerd)\b|\b(?:het|hij)\s+gaat\s+(?:helaas\s+)?niet\s+door\b",
    )
)
# A meeting named, for the sentence before a cancelled "it".
MEETING_NAMED = re.compile(
    r"\b(?:interview\w*|call|meeting|chat|conversation|session|screen\w*|panel|onsite|"
    r"entretien|rendez-vous|entrevue|échange|\w*gespräch\w*|Termin|Interview|entrevista|"
    r"reunión|llamada|cita|\w*gesprek|afspraak)s?\b",
    _FLAGS,
)
# A new time offered in the same breath: "..., so we can move you to Tuesday at 2pm",
# "could we do Thursday instead?" (a move, not a cancellation).
NEW_TIME_OFFERED = re.compile(
    r"\b(?:move|moving|shift\w*|push\w*|reschedul\w*|bring\w*)\s+(?:you|us|it|this|that|"
    r"things|the\s+\w+|our\s+\w+|your\s+\w+)\s+(?:\w+\s+)?(?:to|until|till)\b|\binstead\b|"
    r"\bcan\s+(?:do|offer|fit\s+you\s+in|see\s+you)\b|\bstattdessen\b|\bà\s+la\s+place\b|"
    r"\ben\s+su\s+lugar\b|\bin\s+plaats\s+daarvan\b|\b(?:verschieben|verlegen|décaler|"
    r"reporter|mover|pasar|verzetten|verplaatsen)\b",
    _FLAGS,
)
CANCEL_SUBJECT = re.compile(
    r"^\s*(?:cancel(?:l)?ed|cancel(?:l)?ation|abgesagt|absage|annul[ée]e?|annulation|"
    r"cancelad[oa]|geannuleerd)\s*(?:event|termin|événement|evento|afspraak)?\s*:",
    _FLAGS,
)

# Days by name, for the phrases that take a proposed day ("Thursday it is").
_DAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|morgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|demain|lunes|martes|miércoles|jueves|viernes|mañana"
)

# A zone after a time: "3pm ET", "15:00 (CET)", "10am your time".
_ZONE_WORD = r"(?:\(?[A-Z]{1,4}T\)?|\(?UTC\)?|\(?GMT\)?|(?:your|my|our|UK|US|local)\s+time)"

# The names of a session with the candidate, for "your ... has been confirmed".
_SESSION = (
    r"(?:interview|call|chat|meeting|session|screen|screening|panel|onsite|on-site|assessment|"
    r"conversation|round|deep dive|walkthrough|review|presentation|visit|appointment|slot|"
    r"booking|exercise|pairing|test|case study|trial (?:day|shift)|tour|coffee|lunch|"
    r"deep-dive|loop|super ?day)"
)

CONFIRMED = _compile(
    (
        r"\b(?:confirm(?:s|ed|ing)?|booked|scheduled|arranged|locked in|set up|"
        r"calendar invite|invitation)\b[^.;?]{0,60}\b(?:interview|call|conversation|chat|meeting|"
        r"session|panel|onsite|on-site|screen|assessment|round)s?\b",
        r"\b(?:you(?:'re| are)|we(?:'re| are)|it(?:'s| is))\s+(?:all\s+)?(?:confirmed|booked|"
        r"scheduled|set)\s+(?:in\s+)?(?:for|on)\b",
        r"\b(?:moved|rescheduled|changed|shifted|pushed|brought forward)\s+(?:your|the|our)\s+"
        r"(?:\w+\s+){0,2}(?:interview|call|meeting|conversation|chat)\b",
        r"\b(?:interview|call|conversation|chat|meeting|session|panel|onsite|screen)s?\b"
        r"[^.;?]{0,60}\b(?:is|are|has been|have been|was|were|is now|are now)\s+(?:now\s+)?"
        r"(?:confirmed|"
        r"scheduled|booked|set|moved|rescheduled|changed|updated|arranged|planned)\b",
        r"\b(?:re)?scheduled (?:it |this |the interview |your interview |our call )?(?:to|for)\b",
        # the candidate's own session by any name: "Your Technical Deep Dive for the Staff
        # Engineer role has been rescheduled"
        # (a meeting by its name, not "your application ... has been confirmed")
        r"\byour\s+(?:(?!(?:for|with|at|on|to|of|in)\b)[\w&'-]+\s+){0,4}?"
        rf"{_SESSION}s?\b(?:\s+(?:for|with|at|on|in)\s+[^.;?]{{0,70}}?)?\s+(?:has been|was|is now|"
        r"have been)\s+(?:rescheduled|confirmed|booked|scheduled)\b",
        r"\b(?:we're|we are|you're|you are|we're now)\s+all set\b",
        r"\b(?:let's|lets|let us|we'll|we will)\s+(?:lock (?:it |that |this )?in|go with|do|book|"
        r"meet|pencil (?:it |that |you )?in|say)\b"
        r"[^.?]{0,40}\b(?:at|on|\d)",
        r"\b(?:speak|talk|see you|chat) (?:to you )?then\b",
        r"\bsee you (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
        r"\bnew time\s*:",
        r"\b(?:look(?:ing)? forward to|excited to|see you)\s+(?:speaking|meeting|seeing|talking|"
        r"chatting)?\s*(?:with\s+)?(?:you\s+)?(?:on|at|then|next)\b",
        r"\b(?:has|have)\s+invited you to\b",
        r"\b(?:your )?(?:booking|event|appointment)\s+(?:is|has been)\s+"
        r"(?:confirmed|scheduled)\b",
        r"\bthis (?:message|email|e-mail|note) confirms\b",
        # a move stated as done: "I've moved us to Friday at 11:00"
        r"\b(?:moved|rescheduled|shifted|pushed)\s+(?:us|it|things|you)\s+(?:back\s+|forward\s+)?to\b",
        # the candidate's proposed time accepted: "Tomorrow at 9:30 works perfectly"
        r"\b(?:works|suits)\s+(?:perfectly|great|well|fine|nicely|for (?:me|us|both of us))\b",
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
        r"\b(?:komt|past)\s+(?:ons|mij|me)\s+(?:het\s+)?(?:beste|best|prima|goed)(?:\s+uit)?\b",
        r"\bstaat\s+(?:genoteerd|vast|gepland|in de agenda)\b|\btot\s+dan\b",
        # moved or booked, in any tense: "we've had to move your interview to Friday",
        # "I've booked you in for", "ya quedó agendada tu entrevista", "on part sur mardi"
        r"\b(?:move|moving|moved|reschedul\w*|shift\w*|push\w*|bring\w* forward)\s+(?:your|the|"
        r"our)\s+(?:\w+\s+){0,2}(?:interview|call|meeting|conversation|chat|session|screen)\b"
        r"[^.;?]{0,40}\b(?:to|for|until)\b",
        r"\b(?:booked|put|pencil+ed|scheduled|locked|confirmed)\s+(?:you|it|this|that|us)\s+in\b",
        r"\b(?:locked|booked)\s+in\b(?!\s+(?:to|with)\b)",
        r"\byou(?:'re| are)\s+now\s+(?:on|at|booked\s+(?:in\s+)?for|down\s+for|scheduled\s+for)\b",
        # the candidate's choice taken: "Thursday it is!", "Monday 10am it is", "Thursday is
        # fine", "Donderdag is prima", "Donnerstag passt gut", "jeudi, c'est parfait"
        # (the time may carry its zone or date: "Thursday 3pm ET it is", "Thursday, 19 Nov at
        # 15:00 (CET) it is")
        rf"\b(?:{_DAY})\b[^.?!\n]{{0,32}}?\s+it\s+is\s*(?:then\s*)?(?:[.!,:;]|\s[-–—]\s|$)",
        rf"(?:am|pm|noon|\d[:.]\d\d)\s+(?:{_ZONE_WORD}\s+)?it\s+is\s*(?:then\s*)?(?:[.!,]|$)",
        # the same in other words: "va pour jeudi 15h", "dann also Donnerstag um 15 Uhr.",
        # "donderdag om 15.00 uur dan!"
        rf"\bva\s+pour\s+(?:le\s+)?(?:{_DAY})\b",
        rf"(?m)^\W*(?:dann\s+)?also\s+(?:am\s+)?(?:{_DAY})\b(?:\s+(?:um\s+)?\d{{1,2}}(?:[:.]\d{{2}})?"
        r"(?:\s*Uhr)?)?\s*[.!]",
        rf"(?m)^\W*(?:{_DAY})\b(?:\s+(?:om\s+)?\d{{1,2}}(?:[:.]\d{{2}})?(?:\s*uur)?)?\s+dan\s*[.!]",
        rf"(?m)^(?:(?:el|le|on|op)\s+)?(?:{_DAY})\b[^.?!]{{0,30}}?\s(?:is|works|suits|ist|passt|"
        r"c'est|est|nous va|me va|me viene|komt|past)\s+(?:(?:ons|mij|uns|mir|us|me)\s+)?"
        r"(?:\w+\s+)?(?:prima|goed|perfect\w*|fine|great|good|ideal|gut|super|parfait|très bien|"
        r"perfecto|bien|uitstekend)\b",
        # ... or simply said to work: "Thursday at noon works.", "Dienstag um 10 passt.",
        # "el martes a las 10 me va bien.", "dinsdag om 10 uur past." (not asked: no "?")
        rf"(?m)^(?:(?:el|le|on|op)\s+)?(?:{_DAY})\b[^.?!]{{0,30}}?\s(?:works|suits|passt|past|"
        r"(?:me|nous|nos)\s+(?:va|viene|convient)(?:\s+bien)?)(?:\s+(?:for\s+(?:me|us)|mir|uns|"
        r"ons|mij)(?:\s+(?:gut|goed))?)?\s*(?:[.!]|$)",
        # "see you then" in other words: "dan zien we je donderdag", "dann sehen wir uns am"
        r"\b(?:zien|spreken)\s+(?:we|wij|ik)\s+(?:je|jou|u)\s+(?:dan\s+|graag\s+)?(?:op\s+)?"
        rf"(?:{_DAY}|\d)",
        r"\b(?:sehen|sprechen|hören)\s+(?:wir\s+uns|uns)\s+(?:dann\s+)?(?:am|um|morgen)\b|"
        r"\bon\s+se\s+voit\s+(?:donc\s+)?(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|demain|"
        r"à\s+\d)",
        r"\b(?:new|updated)\s+(?:slot|time|date)\s+(?:is|will be)\b",
        r"\b(?:agendad|programad|confirmad|fijad|reservad)[ao]\s+(?:tu|su|la|nuestra)\s+"
        r"(?:entrevista|reunión|llamada|videollamada)",
        r"\b(?:on|nous)\s+(?:part|partons|dit|disons|retient|retenons)\s+(?:donc\s+)?(?:sur|pour)\b",
        r"\bc'est\s+(?:donc\s+)?(?:noté|calé|confirmé|bon|parfait)\s+pour\b",
        r"\b(?:es\s+)?bleibt\s+(?:es\s+)?bei\b",
        # a proposed time taken and held: "gerne halten wir Dienstag, den 24.11., um 14 Uhr
        # fest", "houden we dinsdag vast", "sagen wir 10:00", "disons mardi", "digamos el martes"
        r"\b(?:halten|halte)\s+(?:wir|ich)\b[^;!?\n]{0,60}\bfest\b|"
        r"\b(?:houden|leggen)\s+(?:we|wij|ik)\b[^;!?\n]{0,60}\bvast\b",
        rf"\b(?:sagen\s+wir|disons|digamos|zeggen\s+we)\s+(?:(?:doch|donc|pues|dan|el|le|op|am|um|"
        rf"à|a las)\s+)?(?:{_DAY}|\d)",
        # the plan of the candidate's own interview day: "here's your itinerary for your onsite
        # interview", "Ihr Ablaufplan für das Vorstellungsgespräch", "votre programme pour
        # l'entretien", "tu agenda para la entrevista", "je programma voor het gesprek"
        r"\byour\s+(?:\w+\s+){0,2}?(?:itinerary|schedule|agenda|timetable)\s+for\s+(?:your|the)\s+"
        r"(?:[\w-]+\s+){0,2}(?:interview|onsite|on-site|visit|assessment|panel)",
        r"\byour\s+(?:[\w-]+\s+)?(?:interview|onsite|on-site|assessment)\s+(?:day\s+)?"
        r"(?:itinerary|schedule|agenda|timetable)\b",
        r"\b(?:Ihr|dein)\w*\s+(?:Ablaufplan|Zeitplan|Agenda|Programm)\s+für\s+(?:Ihr|dein|das|den)"
        r"\w*\s+(?:\w+\s+)?\w*(?:gespräch|interview|Termin|Besuch)",
        r"\b(?:votre|ton)\s+(?:programme|planning|agenda|déroulé)\s+(?:pour|de)\s+(?:votre|ton|"
        r"l'|la)\s*(?:\w+\s+)?(?:entretien|journée|visite)",
        r"\b(?:tu|su)\s+(?:agenda|itinerario|programa|horario)\s+(?:para|de)\s+(?:tu|su|la)\s+"
        r"(?:\w+\s+)?(?:entrevista|visita|jornada)",
        r"\b(?:je|jouw|uw)\s+(?:programma|planning|agenda)\s+voor\s+(?:je|jouw|uw|het)\s+"
        r"(?:\w+\s+)?\w*(?:gesprek|interview|bezoek)",
        # ... or pointed to: "your schedule is below", "Ihren Ablaufplan finden Sie unten",
        # "ci-dessous votre programme", "a continuación tu agenda", "hieronder je programma"
        r"\byour\s+(?:[\w-]+\s+){0,2}?(?:itinerary|schedule|agenda|timetable)\s+(?:is\s+)?(?:below|"
        r"as follows|attached)\b",
        r"\b(?:Ihr\w*|dein\w*)\s+(?:Ablaufplan|Zeitplan|Tagesablauf)\b[^.;?]{0,30}\b(?:unten|"
        r"nachfolgend|anbei)\b|\b(?:unten|nachfolgend|anbei)\b[^.;?]{0,30}\b(?:Ihr\w*|dein\w*)\s+"
        r"(?:Ablaufplan|Zeitplan|Tagesablauf)\b",
        r"\bci-dessous\b[^.;?]{0,30}\b(?:votre|ton)\s+(?:programme|planning|déroulé)\b|"
        r"\b(?:votre|ton)\s+(?:programme|planning|déroulé)\b[^.;?]{0,20}\bci-dessous\b",
        r"\b(?:a continuación|abajo)\b[^.;?]{0,30}\b(?:tu|su)\s+(?:agenda|itinerario|programa)\b|"
        r"\b(?:tu|su)\s+(?:agenda|itinerario|programa)\b[^.;?]{0,20}\b(?:a continuación|abajo)\b",
        r"\bhieronder\b[^.;?]{0,30}\b(?:je|jouw|uw)\s+(?:programma|planning|agenda)\b|"
        r"\b(?:je|jouw|uw)\s+(?:programma|planning|agenda)\b[^.;?]{0,20}\bhieronder\b",
    )
)

# Asking to meet: an invitation without a time yet ("we'd like to invite you to interview").
INVITE = _compile(
    (
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
        r"\b(?:would|could|do|can)\s+you\s+(?:have|find|spare|make)\s+(?:\w+\s+){0,2}"
        r"(?:minutes|mins|an hour|half an hour|some time|time)\b",
        r"\b(?:here are|below are)\s+(?:a few|some|the)\s+(?:slots|times|options|dates)\b",
        r"\b(?:would|are)\s+you\s+(?:be\s+)?open\s+to\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:chat|call|"
        r"conversation|interview|meeting|coffee)",
        r"\blet (?:me|us) know which\b|\bwhich\s+(?:one|option|slot|time|day)?s?\s*(?:you\s+)?"
        r"(?:prefer|would prefer)\b|\b(?:I|we) can offer\b[^.;]{0,30}:",
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
        rf"\b(?:vos|tes)\s+disponibilités\b{_NOT_TO_START}",
        r"\b(?:choisi\w*|r[ée]serv\w*|s[ée]lectionn\w*|prend\w*)\s+(?:un|votre)\s+créneau",
        # Spanish
        rf"\b(?:tu|su)\s+disponibilidad\b{_NOT_TO_START}|\bqué\s+disponibilidad\b{_NOT_TO_START}|"
        r"\bcuándo\s+(?:te|le)\s+(?:vendría|viene|iría|va)\s+bien\b",
        r"\b(?:elige|elija|escoge|reserva)\s+(?:un|el|tu|su)\s+(?:horario|hueco|momento)",
        # Dutch
        rf"\b(?:je|jouw|uw)\s+beschikbaarheid\b{_NOT_TO_START}",
        r"\bkies\s+(?:een|je)\s+(?:tijdstip|moment|tijdslot)",
        r"\bwanneer\s+(?:het\s+)?(?:je|u)\s+(?:uitkomt|schikt|beschikbaar)",
    )
)
# Whether something suits or works, or whether the candidate is free: a request for a time
# only when a meeting is in view or the question names a day or an hour ("would that work
# for you?" after a shift pattern asks about the job, "to work in Canada?" about a visa).
ASK_FIT = _compile(
    (
        r"\b(?:would|could|does|do|can)\b[^.?]{0,90}\b(?:work|suit)\b[^.?]{0,20}\?",
        r"\b(?:could you do|are you free|can you do|can you make)\b[^.?]{0,80}\?",
        r"\b(?:available|free|disponibles?|beschikbaar|vrij|verfügbar|Zeit|time|tiempo|temps|tijd|"
        r"minutes|an hour|langs\s+(?:kunnen\s+)?komen)\b[^.?!]{0,80}\?",
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
    rf"\b(?:{_DAY}|today|heute|aujourd'hui|hoy|vandaag|next week|this week|nächste Woche|"
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
    rf"ils|él|ella)\b|sie\b|(?!(?i:{_DAY})\b|{_ADDRESSED}\b)[A-Z][a-z]+\b)[^.!?]*$"
    # Dutch "of" (whether) only before a pronoun: English "Director of Personal Lines" is no
    # one's undecided wish
    r"|(?i:\bof\s+(?:hij|zij)\b)[^.!?]*$"
    # "we may invite you to a phone interview if your profile matches": a possibility
    r"|\b(?:may|might|können|könnten|pourrons|pourrions|podemos|podríamos|kunnen|zouden)\s+"
    r"(?:\w+\s+)?$"
    # "we'll let you know whether we invite you": the employer's own choice, still open
    r"|(?i:\b(?:whether|ob|of)\s+(?:we|wir|wij)\b[^.!?]*$)"
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
