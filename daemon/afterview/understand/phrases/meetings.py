"""Phrases of meetings (confirmed, requested, cancelled) in English, German, French, Spanish, Dutch.

This module holds the confirmations; cancellations live in :mod:`.cancelling`, requests and
proposals in :mod:`.requesting`, both exported from here for the lexicon.

Regular expressions matched case-insensitively on one sentence at a time (see
``lexicon.hits``), written for the *kind of thing said*, not for any one sender's wording.
A confirmation fixes a time ("you're booked in for", "ya quedó agendada"); a request asks the
candidate to choose or offer times; a cancellation calls a meeting off; a proposal marks a
time as one option among others.
"""

from __future__ import annotations

from .cancelling import (
    CANCEL_BARE,
    CANCEL_IT,
    CANCEL_SUBJECT,
    CANCELLED,
    MEETING_NAMED,
    NEW_TIME_OFFERED,
)
from .cues import TRIAL_WORK
from .cues import compile_all as _compile
from .requesting import (
    ASK_FIT,
    BOOKING_LINK,
    CHOOSE,
    DAY,
    INVITE,
    NOT_YET_YOURS,
    PROPOSAL,
    REQUEST,
    UNDECIDED,
    WHEN_NAMED,
)

__all__ = [
    "ASK_FIT",
    "BOOKING_LINK",
    "CANCELLED",
    "CANCEL_BARE",
    "CANCEL_IT",
    "CANCEL_SUBJECT",
    "CHOOSE",
    "CONFIRMED",
    "INVITE",
    "MEETING_NAMED",
    "NEW_TIME_OFFERED",
    "NOT_YET_YOURS",
    "PROPOSAL",
    "REQUEST",
    "UNDECIDED",
    "WHEN_NAMED",
]

# A zone after a time: "3pm ET", "15:00 (CET)", "10am your time".
_ZONE_WORD = r"(?:\(?[A-Z]{1,4}T\)?|\(?UTC\)?|\(?GMT\)?|(?:your|my|our|UK|US|local)\s+time)"

# The names of a session with the candidate, for "your ... has been confirmed".
_SESSION = (
    r"(?:interview|call|chat|meeting|session|screen|screening|panel|onsite|on-site|assessment|"
    r"conversation|round|deep dive|walkthrough|review|presentation|visit|appointment|slot|"
    r"booking|exercise|pairing|test|case study|trial (?:day|shift)|tour|coffee|lunch|"
    r"deep-dive|loop|super ?day)"
)

# A word that turns "Tuesday at 3 works" round: "Tuesday at 3 no longer works", "el martes a
# las 10 no nos va", "Donnerstag passt nicht gut"; a character of the stretch between the day
# and the verb that agrees, where no such word starts.
_NEGATION = r"(?:no|not|nicht|nie|pas|niet|never|longer|nunca)\b"
_UNNEGATED = rf"(?:(?!\b{_NEGATION})[^.?!])"

CONFIRMED = _compile(
    (
        r"\b(?:confirm(?:s|ed|ing)?|booked|scheduled|arranged|locked in|set up|"
        r"calendar invite|invitation)\b[^.;?]{0,60}\b(?:interview|call|conversation|chat|meeting|"
        r"session|panel|onsite|on-site|screen|assessment|round)s?\b",
        # a try-out booked: "you're booked onto a paid trial shift on Friday", "booked in for
        # the group assessment"
        r"\b(?:confirm(?:s|ed|ing)?|booked|scheduled|arranged|down|ingepland|eingeplant|"
        r"eingetragen)\s+(?:in\s+)?(?:on(?:to)?|for|in|voor|für|zum|zur)\s+(?:(?:a|an|the|your|"
        r"our|de|het|onze|je|den|die|das|unser\w*)\s+)?(?:\w+\s+){0,2}?(?:" + TRIAL_WORK + r")",
        # the verb last: "Du bist für unseren Recruiting-Tag eingeplant", "je bent voor het
        # proefdraaien ingepland"
        r"\b(?:für|voor)\s+(?:\w+\s+){0,2}?(?:" + TRIAL_WORK + r")\s+(?:\w+\s+)?(?:eingeplant|"
        r"eingetragen|angemeldet|ingepland|ingeschreven)\b",
        r"\b(?:you(?:'re| are)|we(?:'re| are)|it(?:'s| is))\s+(?:all\s+)?(?:confirmed|booked|"
        r"scheduled|set)\s+(?:in\s+)?(?:for|on)\b",
        # the participle alone opening a sentence, as a reply says it: "Confirmed for next
        # Tuesday at noon", "Perfect, booked in for Thursday 2pm", "Confirmé pour mardi 14h",
        # "Bevestigd: dinsdag 10.00" (not mid-sentence, "is confirmed for" is above; not asked)
        r"(?<![^\W\d_] )\b(?:all\s+)?(?:confirmed|booked(?:\s+in)?|confirmée?|confirmad[oa]|"
        r"bevestigd|ingepland)\s*(?:(?:for|on|pour|para|voor|op)\s+|:\s*)(?:next\s+|this\s+|"
        rf"the\s+|le\s+|el\s+)?(?:{DAY}|\d{{1,2}}(?:[:./h]\d|\s*(?:[ap]\.?m\b|uhr\b|uur\b|h\b)))"
        r"(?![^?\n]*\?)",
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
        # the day's programme handed over: "Here is the schedule for your interview on
        # Thursday", "Hierbij het programma voor je sollicitatiegesprek", "hier der Ablauf für
        # Ihr Vorstellungsgespräch", "voici le programme de votre entretien", "te enviamos la
        # agenda de tu entrevista"
        r"\b(?:here(?:'s|\s+is)|below\s+is|attached\s+is|please\s+find)\s+(?:the|your)\s+"
        r"(?:schedule|agenda|programme|program|plan|itinerary|timetable|running\s+order)\s+(?:for|of)\s+"
        r"(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:interview|assessment|onsite|on-site|visit)\b",
        r"\bhierbij\s+(?:het|je|uw)\s+(?:programma|schema|agenda|dagprogramma)\s+(?:voor|van)\s+"
        r"(?:je|jouw|uw|het)\s+\w*gesprek",
        r"\bhier\s+(?:ist\s+|finden\s+Sie\s+|findest\s+du\s+)?(?:der|den|das)\s+(?:Ablauf\w*|"
        r"Programm|Zeitplan)\s+(?:für|zu|Ihres|deines)\s+(?:(?:Ihr\w*|dein\w*|das|den)\s+)?\w*gespräch",
        r"\bvoici\s+le\s+(?:programme|déroulé|planning|déroulement)\s+de\s+(?:votre|ton|l')\s*"
        r"(?:entretien|journée)",
        r"\b(?:te|le|os|les)\s+(?:envío|enviamos|adjunto|adjuntamos)\s+(?:el|la)\s+(?:agenda|"
        r"programa|itinerario)\s+de\s+(?:tu|su|la)\s+(?:entrevista|visita|jornada)",
        # the day and hour settled, "then" after them: "Sounds good, Thursday at 3 then"
        rf"\b(?:{DAY})\s+(?:at\s+|um\s+|om\s+|à\s+)?\d{{1,2}}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?"
        r"then\b(?![^?\n]*\?)",
        r"\bsee you (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b",
        # a day and its time taken, said as the plan: "Passt. Dann Donnerstag 14h30 bei uns",
        # "Then Thursday at 2 at the yard.", "Alors jeudi 14h au bureau", "Entonces el jueves
        # a las 10", "Dan donderdag om 14.30 uur" (not asked: "Then Thursday at 2?")
        rf"(?m)^\W*(?:dann|then|alors|entonces|dan)\s+(?:(?:am|on|le|el|op)\s+)?(?:{DAY})\b"
        r"[^?\n.]{0,20}?(?:\b(?:a las|um|om|at|à)\s+\d{1,2}\b|"
        r"\b\d{1,2}(?:[:.h]\d\d|\s*(?:uhr|am|pm|h|uur)\b))(?![^?\n]*\?)",
        r"\bnew time\s*:",
        r"\b(?:look(?:ing)? forward to|excited to|see you)\s+(?:(?:speaking|meeting|seeing|talking|"
        r"chatting)\s*)?(?:with\s+)?(?:you\s+)?(?:on|at|then|next)\b",
        r"\b(?:has|have)\s+invited you to\b",
        r"\b(?:your )?(?:booking|event|appointment)\s+(?:is|has been)\s+"
        r"(?:confirmed|scheduled)\b",
        r"\bthis (?:message|email|e-mail|note) confirms\b",
        # a move stated as done: "I've moved us to Friday at 11:00"
        r"\b(?:moved|rescheduled|shifted|pushed)\s+(?:us|it|things|you)\s+(?:back\s+|forward\s+)?to\b",
        # the candidate's proposed time accepted: "Tomorrow at 9:30 works perfectly"
        r"(?<!longer )(?<!never )(?<!not )\b(?:works|suits)\s+(?:perfectly|great|well|fine|nicely|"
        r"for (?:me|us|both of us|him|her|"
        r"them|everyone|all of us))\b",
        # the time itself confirmed by the writer: "So we confirm: Tuesday 24 November at
        # 14h30", "I can confirm Friday at 10", "nous confirmons donc mardi 24 à 14h30",
        # "te confirmo el martes a las 10", "we bevestigen dinsdag om 14.30" (not asked: "could
        # we confirm Tuesday?")
        rf"(?<!can )(?<!could )(?<!shall )(?<!should )(?<!may )\b(?:we|I)\s+(?:can\s+(?:now\s+)?|"
        rf"hereby\s+|now\s+)?confirm\s*(?:[:,\u2013\u2014-]\s*)?(?:(?:for|on)\s+)?(?:the\s+)?"
        rf"(?:{DAY}|\d{{1,2}}(?:st|nd|rd|th)?\b)(?![^?]*\?)",
        rf"\b(?:nous|on|je)\s+(?:vous\s+|te\s+)?confirm\w*\s+(?:donc\s+)?(?:[:,]\s*)?(?:(?:le|pour)\s+)?"
        rf"(?:le\s+)?(?:{DAY}|\d)(?![^?]*\?)",
        rf"\b(?:te|le|os|les)\s+confirm(?:o|amos)\s*(?:(?:entonces|pues)\s*)?(?:[:,]\s*)?(?:(?:el|para)\s+)?"
        rf"(?:el\s+)?(?:{DAY}|\d)(?![^?]*\?)",
        rf"\b(?:we|wij|ik)\s+bevestig(?:en)?\s+(?:(?:je|u|jou)\s+)?(?:dus\s+)?(?:[:,]\s*)?(?:(?:op|voor)\s+)?"
        rf"(?:{DAY}|\d)(?![^?]*\?)",
        # the candidate's booking said as done: "that's you confirmed", "that's you booked in
        # for Friday", "c'est confirmé", "queda confirmado", "alles is bevestigd"
        r"\bthat(?:'s| is)\s+(?:you|it|us|everything)\s+(?:all\s+)?(?:confirmed|booked(?:\s+in)?|"
        r"locked in|sorted)\b",
        r"\b(?:c'est|tout est)\s+(?:donc\s+|bien\s+)?(?:confirmé|calé|validé)\b",
        r"\bqued(?:a|ó|amos)\s+(?:entonces\s+|pues\s+)?(?:confirmad[oa]|agendad[oa]|fijad[oa])\b",
        r"\b(?:het|dat|alles)\s+is\s+(?:dus\s+|nu\s+)?(?:bevestigd|ingepland|vastgelegd)\b",
        # German
        r"\b(?:bestätig\w*|Bestätigung|Terminbestätigung|eingeplant|vereinbart|"
        r"gebucht|verschoben auf|verlegt auf)\b",
        # the new time stated: "neuer Termin ist Donnerstag", "le nouvel horaire est", "la
        # nueva fecha es", "de nieuwe datum is" (as "new time is" above)
        r"\bneue[rn]?\s+(?:Termin|Zeitpunkt|Uhrzeit)\s*(?::|ist\b|wäre\b)",
        r"\bfreuen uns (?:auf|schon auf)\s+(?:das|unser|Ihr|dein)\s+(?:Gespräch|Interview|"
        r"Kennenlernen)\s+(?:am|um)\b",
        # French
        r"\bconfirm\w*\b[^.;?]{0,60}\b(?:entretien|rendez-vous|entrevue|échange)",
        r"\b(?:entretien|rendez-vous|entrevue)\b[^.;?]{0,40}\b(?:est |a été )?(?:prévu|fixé|"
        r"programmé|confirmé|déplacé|reporté|planifié)e?\b",
        r"\bnouvel(?:le)?\s+(?:horaire|date|heure)\s*(?::|est\b|sera\b)",
        # Spanish
        r"\bconfirm\w*\b[^.;?]{0,60}\b(?:entrevista|reunión|llamada)",
        r"\b(?:entrevista|reunión|llamada)\b[^.;?]{0,40}\b(?:queda |está |ha sido |quedó )?"
        r"(?:programada|agendada|confirmada|fijada|reprogramada|movida|cambiada)\b",
        r"\bnuevo\s+horario\s*(?::|es\b|será\b)|\bnueva\s+(?:fecha|hora)\s*(?::|es\b|será\b)",
        r"\b(?:quedamos|te esperamos|le esperamos|nos vemos)\s+(?:el|para el|a las|en)\b",
        # Dutch
        r"\bbevestig\w*\b[^.;?]{0,60}\b(?:gesprek|interview|afspraak|sollicitatiegesprek)",
        r"\b(?:gesprek|interview|afspraak)\b[^.;?]{0,40}\b(?:is |staat )?(?:ingepland|gepland|"
        r"verzet|verplaatst|bevestigd|vastgelegd)\b",
        r"\bnieuwe?\s+(?:tijd|datum|tijdstip)\s*(?::|is\b|wordt\b)",
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
        rf"\b(?:{DAY})\b[^.?!\n]{{0,32}}?\s+it\s+is\s*(?:then\s*)?(?:[.!,:;]|\s[-–—]\s|$)",
        rf"(?:am|pm|noon|\d[:.]\d\d)\s+(?:{_ZONE_WORD}\s+)?it\s+is\s*(?:then\s*)?(?:[.!,]|$)",
        # the same in other words: "va pour jeudi 15h", "dann also Donnerstag um 15 Uhr.",
        # "donderdag om 15.00 uur dan!"
        rf"\bva\s+pour\s+(?:le\s+)?(?:{DAY})\b",
        rf"(?m)^\W*(?:dann\s+)?also\s+(?:am\s+)?(?:{DAY})\b(?:\s+(?:um\s+)?\d{{1,2}}(?:[:.]\d{{2}})?"
        r"(?:\s*Uhr)?)?\s*[.!]",
        rf"(?m)^\W*(?:{DAY})\b(?:\s+(?:om\s+)?\d{{1,2}}(?:[:.]\d{{2}})?(?:\s*uur)?)?\s+dan\s*[.!]",
        rf"(?m)^(?:(?:el|le|on|op)\s+)?(?:{DAY})\b{_UNNEGATED}{{0,30}}?\s(?:is|works|suits|ist|"
        r"passt|c'est|est|nous va|me va|me viene|komt|past)\s+(?:(?:ons|mij|uns|mir|us|me)\s+)?"
        rf"(?:(?!{_NEGATION})\w+\s+)?(?:prima|goed|perfect\w*|fine|great|good|ideal|gut|super|"
        r"parfait|très bien|perfecto|bien|uitstekend)\b",
        # ... or simply said to work: "Thursday at noon works.", "Dienstag um 10 passt.",
        # "el martes a las 10 me va bien.", "dinsdag om 10 uur past." (not asked: no "?")
        rf"(?m)^(?:(?:el|le|on|op)\s+)?(?:{DAY})\b{_UNNEGATED}{{0,30}}?\s(?:works|suits|passt|past|"
        r"(?:me|nous|nos)\s+(?:va|viene|convient)(?:\s+bien)?)(?:\s+(?:for\s+(?:me|us)|mir|uns|"
        r"ons|mij)(?:\s+(?:gut|goed))?)?\s*(?:[.!]|$)",
        # "see you then" in other words: "dan zien we je donderdag", "dann sehen wir uns am"
        r"\b(?:zien|spreken)\s+(?:we|wij|ik)\s+(?:je|jou|u)\s+(?:dan\s+|graag\s+)?(?:op\s+)?"
        rf"(?:{DAY}|\d)",
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
        rf"à|a las)\s+)?(?:{DAY}|\d)",
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
        # "see you then", said by one person as well as by a team, in five languages: "dan zie
        # ik je donderdag", "on se retrouve donc le mardi 10", "je vous attends jeudi", "te
        # espero el miércoles 11", "see you on Thursday at 3", "ich erwarte dich am Freitag" (a
        # day or a clock time after it: "see you soon" books nothing)
        rf"\b(?:zie|spreek)\s+ik\s+(?:je|jou|u)\s+(?:dan\s+|graag\s+)?(?:op\s+)?(?:{DAY}|\d)",
        r"\b(?:zie|zien|spreek|spreken)\s+(?:ik|we|wij)\s+(?:je|jou|u)\s+(?:dan\s+|graag\s+)?om\s+"
        r"(?:\d|half\b|kwart\b)",
        rf"\bon\s+se\s+(?:retrouve|rejoint)\s+(?:donc\s+)?(?:le\s+|à\s+)?(?:{DAY}|\d)",
        rf"\bje\s+(?:vous|t')\s*(?:attends|retrouve)\s+(?:donc\s+)?(?:le\s+|à\s+)?(?:{DAY}|\d)",
        r"\b(?:te|le|la|os|les)\s+espero\s+(?:entonces\s+)?(?:el|para el|a las|en|mañana)\b",
        rf"\bsee\s+you\s+(?:then\s+)?(?:on\s+)?(?:{DAY})\b[^.?!\n]{{0,30}}?\bat\s+\d",
        r"\b(?:erwarte|erwarten)\s+(?:ich|wir)\s+(?:Sie|dich)\s+(?:dann\s+)?(?:am|um|morgen)\b|"
        r"\b(?:ich|wir)\s+(?:erwarte|erwarten)\s+(?:Sie|dich)\s+(?:dann\s+)?(?:am|um|morgen)\b",
    )
)
