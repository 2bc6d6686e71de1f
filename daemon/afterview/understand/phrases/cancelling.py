"""Phrases of a meeting called off, in English, German, French, Spanish and Dutch.

Matched case-insensitively on one sentence at a time (see ``lexicon.hits``): a cancellation
calls a meeting off ("has been cancelled", "muss leider absagen", "nous devons l'annuler");
another candidate's cancellation, or a new time offered in the same breath, is no
cancellation of the candidate's own meeting.
"""

from __future__ import annotations

import re

from ..gates.firstletter import by_first_letter
from .cues import TRIAL_WORK
from .cues import compile_all as _compile

_FLAGS = re.IGNORECASE | re.UNICODE

# A gap inside a phrase: any words but a sentence's end; a dot after a digit is a time's or a
# date's ("ons gesprek van donderdag om 10.00 uur afzeggen", "am 24.11. absagen").
_GAP = r"(?:[^.;]|(?<=\d)\.)"
# The gap inside one clause, around a separable verb's object ("sagen das Gespräch am Montag
# leider ab"): a comma, a dash, a colon or "dann"/"dan" opens another clause, whose "ab"/"af"
# belongs to another verb ("Sagen Sie uns, ob der Termin passt – wir holen Sie dann ab", "als
# het gesprek niet past, dan spreken we iets af"). A hyphen inside a word ("per E-Mail") and a
# comma around a date ("am Montag, 23. November, ab") stay inside it.
_DATE_COMMA = (
    r",(?=\s*\d)|(?<=\d),|(?<=\d\.),|"
    r"(?:(?<=ber)|(?<=uar)|(?<=ärz)|(?<=art)|(?<=ril)|(?<=Mai)|(?<=mei)|(?<=uni)|(?<=uli)|(?<=ust)),"
)
_CLAUSE = rf"(?:(?!\b(?:dann|dan)\b)(?:[^.;,:\-–—]|-(?=\w))|(?<=\d)\.|{_DATE_COMMA})"

CANCELLED = _compile(
    (
        # (someone else's: "another candidate had to cancel their interview" frees a slot)
        # (the openings grouped by first letter, firstletter.by_first_letter: "I" gates nothing,
        # so the phrase is tried at every position of the text)
        r"\b"
        + by_first_letter(
            r"I've|I have|we've|we have|I|we|we're|we are|I'm|I am|had to|have to|need to|must|"
            r"has been|have been|was|is|been|unfortunately",
            re.IGNORECASE,
        )
        + r"\s+(?:to\s+)?(?:cancel(?:l?ed|l?ing)?|call(?:ed|ing)? off)\b"
        rf"(?!\s+(?:their|his|her)\b){_GAP}{{0,60}}\b(?:interview|call|meeting|conversation|chat|session|screen|panel|onsite|"
        # a try-out: "we have to cancel your trial shift on Saturday"
        rf"{TRIAL_WORK})",
        # ... in any register: "the Technical Round 1 scheduled on 10th Nov stands cancelled",
        # "is hereby cancelled"
        # ... however long the meeting's description in between ("The interview scheduled for
        # Wednesday, November 18, 2026 at 9:00 AM CST for the position HR Generalist (R-10432)
        # has been cancelled")
        rf"\b(?:interview|call|meeting|conversation|session|screen|panel|onsite|round|{TRIAL_WORK})\b"
        rf"{_GAP}{{0,140}}\b(?:has|have|had|is|was|stands?|now\s+stands?)\s+(?:now\s+)?(?:been\s+|hereby\s+|"
        r"now\s+)?(?:cancel(?:l)?ed|called off)",
        r"\bno longer (?:go ahead|take place|happen|proceed)\b",
        rf"\bnot\s+(?:be\s+)?(?:going\s+ahead|happening|taking\s+place|running)\s+with\b{_GAP}{{0,40}}"
        r"\b(?:session|interview|call|meeting|chat|round|screen|panel)",
        # negated: "the interview will take place on ..." and "is going ahead" book it
        rf"\b(?:session|interview|call|meeting|chat|round|screen|panel)\b{_GAP}{{0,40}}\b(?:(?:is|"
        r"will)\s+not|isn't|won't|can't|cannot)\s+(?:be\s+)?(?:going\s+ahead|go\s+ahead|happen|"
        r"take\s+place)\b",
        # the meeting cannot be held: "we won't be able to hold tomorrow's interview", "no vamos
        # a poder realizar la entrevista de mañana", "nous ne pourrons pas maintenir
        # l'entretien", "wir können das Gespräch am Montag nicht durchführen", "we kunnen het
        # gesprek niet laten doorgaan"
        r"\b(?:won't|will\s+not|can't|cannot|can\s+no\s+longer|aren't|are\s+not|no\s+longer)\s+"
        r"(?:be\s+able\s+to\s+)?(?:hold|run|do|go\s+ahead\s+with)\s+(?:the|your|our|this|"
        r"tomorrow's|\w+day's)\s+(?:\w+\s+)?(?:interview|call|meeting|session)\b",
        r"\bno\s+(?:vamos\s+a\s+poder|podremos|podemos|va\s+a\s+ser\s+posible)\s+(?:realizar|"
        r"hacer|mantener|llevar\s+a\s+cabo|tener)\s+(?:la|tu|su|nuestra)\s+(?:entrevista|reunión|"
        r"llamada)\b",
        r"\bne\s+(?:pourrons|pouvons|pourrai|peux)\s+pas\s+(?:maintenir|tenir|assurer|faire)\s+"
        r"(?:l'|notre\s+|votre\s+|cet\s+|ce\s+)(?:entretien|rendez-vous|échange|entrevue)\b",
        rf"\b(?:können|kann)\s+(?:wir\s+|ich\s+)?(?:das|den|unser\w*|Ihr\w*|dein\w*)\s+"
        rf"(?:Gespräch|Termin|Interview|Vorstellungsgespräch)\b{_CLAUSE}{{0,40}}\bnicht\s+"
        r"(?:wahrnehmen|durchführen|stattfinden\s+lassen|halten)\b",
        rf"\bkunnen\s+(?:het|ons|jouw|uw|je)\s+(?:gesprek|interview|afspraak)\b{_CLAUSE}{{0,40}}"
        r"\bniet\s+(?:laten\s+doorgaan|doen|houden)\b",
        # called off in a word: "so Monday's meeting at Harcourt is off", "the interview's off"
        rf"\b(?:interview|call|meeting|chat|session|screen|panel|onsite)(?:'s)?\b{_GAP}{{0,40}}?"
        r"(?:'s|\s(?:is|are|was))\s+(?:now\s+|sadly\s+|unfortunately\s+|definitely\s+)?off\b"
        r"(?!-|\s+(?:to|at|on|the|your|our|site|line|camera|record)\b)",
        # German
        rf"\b(?:Termin|Gespräch|Interview|Vorstellungsgespräch|Telefonat|{TRIAL_WORK})\b{_GAP}{{0,60}}"
        r"\b(?:absagen|abgesagt|storniert|stornieren|entfällt|entfallen|fällt\s+\w*\s*aus)",
        rf"\b(?:absagen|abgesagt|stornieren)\b{_GAP}{{0,40}}\b(?:Termin|Gespräch|Interview)",
        # the noun: "eine Absage für unseren Termin von morgen", "Terminabsage" (an "Absage"
        # of the application is a rejection: only a meeting's is a cancellation)
        r"\bAbsage\s+(?:für\s+|des\s+|zum\s+|unseres\s+|Ihres\s+)?(?:unser\w*\s+|Ihr\w*\s+|"
        r"den\s+|das\s+|dem\s+|morgigen\s+)?(?:Termin|Gespräch|Interview|Vorstellungsgespräch|"
        r"Telefonat|Kennenlernen)\w*|\b(?:Termin|Gesprächs?)absage\b",
        # the separable verb: "wir sagen das Gespräch am Montag leider ab"; only "ab"sagen
        # ("wir holen Sie dann am Empfang ab" fetches), and only within one clause
        rf"\b(?:sagen|sage|sagt|sagte|sagten)\b{_CLAUSE}{{0,40}}\b(?:Termin|Gespräch|Interview|"
        rf"Vorstellungsgespräch|Telefonat)\b{_CLAUSE}{{0,40}}\bab\b(?!\s+(?:\d|dem|der|sofort))",
        # French
        rf"\b(?:annul\w+)\b{_GAP}{{0,60}}\b(?:entretien|rendez-vous|entrevue|échange|appel)",
        rf"\b(?:entretien|rendez-vous|entrevue)\b{_GAP}{{0,40}}"
        r"\b(?:annulé|annulée|n'aura pas lieu)",
        # Spanish
        rf"\b(?:cancel|anul|suspend)(?:ar|er|amos|emos|o|ó|é|aremos|eremos|ado|ada|ido|ida)"
        rf"\b{_GAP}{{0,60}}"
        r"\b(?:entrevista|reunión|llamada|cita)",
        rf"\b(?:entrevista|reunión|llamada)\b{_GAP}{{0,40}}\b(?:cancelada|cancelado|anulada|"
        r"no se realizará|queda cancelada)",
        # Dutch
        rf"\b(?:gesprek|interview|afspraak|sollicitatiegesprek|{TRIAL_WORK})\b{_GAP}{{0,60}}"
        r"\b(?:afzeggen|afgezegd|geannuleerd|annuleren|gaat\s+(?:helaas\s+)?niet\s+door|vervalt)",
        rf"\b(?:afzeggen|annuleren|geannuleerd)\b{_GAP}{{0,40}}\b(?:gesprek|interview|afspraak)",
        # the separable verb: "we zeggen het gesprek van maandag helaas af"; only "af"zeggen
        # ("dan spreken we iets anders af" arranges), and only within one clause
        rf"\b(?:zeggen|zeg|zegt|zei|zeiden)\b{_CLAUSE}{{0,40}}\b(?:gesprek|afspraak|interview|"
        rf"sollicitatiegesprek)\b{_CLAUSE}{{0,40}}\baf\b",
    )
)
# Cancelling with no object named, in a thread about a meeting: "need to cancel tmrw",
# "muss leider absagen", "je dois annuler", "tengo que cancelar", "moet helaas afzeggen". The
# writer cancels: "I"/"we", or no subject at the start of a clause ("so sorry - need to
# cancel"); "another candidate had to cancel, so we can move you to Tuesday" cancels nothing
# of the candidate's.
CANCEL_BARE = _compile(
    (
        r"(?m)(?:^\W*|[-–—,:;!]\s*|\b(?:but|so)\s+(?:(?:ive|weve|im)\s+)?|\b(?:I|we|I'll|we'll|"
        r"I'm|we're|I've|we've|I'd|we'd|ive|weve|im)\s+(?:\w+\s+){0,2}?)(?:(?:so|really|unfortunately|sadly|now|also)\s+)?"
        r"(?:need|have|had|got|must|going)\s+to\s+(?:cancel|call\s+(?:it|this|that)\s+off)\b"
        # "cancel our 2pm", "cancel our Thursday" name the meeting by its time
        r"(?!\s+(?:my|your|the|our|a|an|this|that|his|her|their)\s+(?!interview|call|meeting|chat|"
        r"session|slot|appointment|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|"
        r"morning|afternoon)\w+)",
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
    r"reunión|llamada|cita|\w*gesprek|afspraak)s?\b|"
    rf"\b(?:{TRIAL_WORK})",
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
    r"cancelad[oa]|geannuleerd)\s*(?:(?:event|termin|événement|evento|afspraak)\s*)?:",
    _FLAGS,
)
