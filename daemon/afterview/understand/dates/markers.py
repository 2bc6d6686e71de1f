"""Words around a time in mail text that say what the time is for.

Interview words near a time make it the meeting's; "new time", "moved to" mark the time
that replaces another; "Was:", "instead of", "statt" mark the old one; "by", "bis",
"avant" make it a deadline; "doesn't work", "ne va pas le faire", "passt nicht" turn an
offered time down; "fallback", "otherwise", "sinon" make it a second choice; "your time"
says the time is in the reader's zone, not the writer's.
"""

from __future__ import annotations

import re

from ..phrases.cues import TRIAL_WORK

INTERVIEW_WORDS = re.compile(
    r"\b(?:interview\w*|call|chat|meeting|conversation|session|video|zoom|teams|meet|"
    r"speak(?:ing)?\s+(?:with|to)|talk(?:ing)?\s+(?:with|to)|round|sprechen|spreken|hablamos|"
    r"screen(?:ing)?|on-?site|panel|gespräch\w*|gespraech\w*|termin\w*|telefonat|videocall|"
    r"kennenlernen|entretien|entrevue|rendez-vous|appel|visio\w*|entrevista|llamada|"
    r"reuni[oó]n|videollamada|gesprek\w*|sollicitatiegesprek|afspraak|kennismaking\w*|"
    r"when|wann|quand|cu[aá]ndo|wanneer|date|datum|fecha|time|uhrzeit|heure|hora|tijd|zeit|"
    r"(?:at|in)\s+our\s+(?:office|offices|HQ|studio)|locaux|(?:dans|à)\s+nos\s+bureaux|"
    r"(?:in\s+unserem|im)\s+Büro|nuestras\s+oficinas|op\s+(?:ons\s+)?kantoor|"
    r"assessment\w*|auswahltag|probetag|trial\s+day|journ[ée]e\s+d'(?:essai|[ée]valuation)|"
    r"jornada\s+de\s+(?:evaluaci[oó]n|prueba)|assessmentdag|selectiedag|proefdag|"
    # the try-outs of jobs outside offices: "trial shift Saturday 10-2", "Probearbeiten um 9"
    rf"{TRIAL_WORK})\b",
    re.IGNORECASE,
)
NEW_MARKERS = re.compile(
    r"\b(?:new\s+(?:time|date|slot)|updated\s+(?:time|date)|moved\s+to|rescheduled\s+(?:to|for)|"
    r"changed\s+to|is\s+now|now\s+(?:on|at)|neue[rs]?\s+(?:termin|uhrzeit|zeit|datum)|"
    r"verschoben\s+auf|verlegt\s+auf|nouvel(?:le)?\s+(?:date|heure|horaire|cr[ée]neau)|"
    r"d[ée]plac[ée]e?\s+(?:à|au)|report[ée]e?\s+(?:à|au)|nueva\s+(?:fecha|hora)|"
    r"(?:cambiad[ao]|movid[ao]|trasladad[ao])\s+(?:a|al)|nieuwe\s+(?:tijd|datum)|"
    r"verplaatst\s+naar|verzet\s+naar)\b",
    re.IGNORECASE,
)
# The mail says a meeting moved: two times listed one right after the other are then the
# old and the new, in that order (a struck-through old slot over the new one loses its
# strike in plain text).
MOVED = re.compile(
    r"\b(?:rescheduled|re-scheduled|(?:has|have|been)\s+(?:moved|changed|updated)|"
    r"verschoben|verlegt|ge(?:ä|ae)ndert|d[ée]plac[ée]e?|report[ée]e?|modifi[ée]e?|"
    r"reprogramad[ao]|cambiad[ao]|movid[ao]|verplaatst|verzet|gewijzigd)\b",
    re.IGNORECASE,
)
_AFTER_OLD = r"[\s\u2192>=~-]*"  # nothing but space or an arrow between old and new
AFTER_OLD = re.compile(_AFTER_OLD)
OLD_MARKERS = re.compile(
    r"(?:^|\n)[ \t>*-]*(?:was|previous(?:ly)?|original(?:ly)?|old\s+time|alt|bisher|"
    r"ancien(?:ne)?\s+(?:date|horaire)|antes|anterior|oud|oorspronkelijk)\s*:"
    r"|\b(?:(?:was|were|had\s+been)\s+(?:originally\s+)?(?:scheduled|planned|booked|set)\s+for|"
    r"previously|"
    r"originally|instead\s+of|rather\s+than|(?:moved|rescheduled|changed|shifted|pushed)"
    r"(?:\s+\w+){0,4}?\s+from|statt|anstatt|anstelle\s+von|ursprünglich|au\s+lieu\s+(?:de|du)|"
    r"initialement|en\s+lugar\s+de[l]?|en\s+vez\s+de[l]?|originalmente|in\s+plaats\s+van|"
    r"oorspronkelijk)\b",
    re.IGNORECASE,
)
# The time a meeting is moved or called off from, named as the verb's object: before it
# ("I have to move our interview on Monday at 10", "reporter notre entretien du lundi 30",
# "aplazar la entrevista del lunes"), or after it where the verb comes last ("unser Gespräch
# am Montag, 30.11., um 10:00 Uhr verschieben", "ons gesprek van maandag om 10 uur
# verzetten"). A target ("to", "auf", "à", "naar") names the new time instead.
_MOVE_VERB = (
    r"(?:move|reschedule|postpone|push\s+back|cancel|call\s+off|verschieben|verlegen|absagen|"
    r"d[ée]placer|reporter|d[ée]caler|annuler|mover|cambiar|aplazar|posponer|cancelar|"
    r"verzetten|verplaatsen|uitstellen|afzeggen|annuleren)"
)
_NO_TARGET = r"(?!(?:to|for|until|till|auf|zu|à|au|pour|a|al|para|hasta|naar|op|tot)\b)"
OLD_OBJECT_BEFORE = re.compile(
    rf"\b{_MOVE_VERB}\s+(?:our|the|your|my|this|notre|votre|le|la|l'|nuestra|la|tu|su|ons|"
    rf"je|uw|het|de|unser(?:en)?|Ihr(?:en)?|den|das)\s*(?:{_NO_TARGET}[^\W\d]+\s+){{0,3}}?"
    r"(?:on|of|at|du|de|del|van|am|vom|om)?\s*$",
    re.IGNORECASE,
)
OLD_OBJECT_AFTER = re.compile(
    r"[^.!?\n\d]{0,40}?\b(?:verschieben|verlegen|absagen|stornieren|verzetten|verplaatsen|"
    r"uitstellen|afzeggen|annuleren)\b",
    re.IGNORECASE,
)
# "auf Dienstag ... verlegt", "naar dinsdag verzetten": the verb's target, the new time.
MOVE_TARGET_BEFORE = re.compile(r"\b(?:auf|naar|op)\s*$", re.IGNORECASE)
# A heading over the old time, on the line above it: "PREVIOUS SCHEDULE (no longer valid)",
# "Original time", "Bisheriger Termin", "Ancien horaire", "Fecha anterior", "Oude datum".
OLD_HEADING = re.compile(
    r"[ \t>*-]*(?:(?:previous|old|original|former|earlier)\s+(?:schedule|time|date|slot|"
    r"booking|appointment|interview)s?|(?:bisherige[rs]?|alte[rs]?|urspr(?:ü|ue)ngliche[rs]?)\s+"
    r"(?:termin|zeit|datum)|ancien(?:ne)?\s+(?:date|horaire|rendez-vous)|(?:fecha|hora|horario|"
    r"cita)\s+anterior|(?:oude|oorspronkelijke|vorige)\s+(?:datum|tijd|afspraak))\b[^\n\d]{0,40}$",
    re.IGNORECASE,
)
# Right after a time on its line: it no longer holds ("1:00 PM CST (canceled)").
CANCELLED_AFTER = re.compile(
    r"[^\n\d]{0,40}?[(\[]\s*(?:cancell?ed|no\s+longer\s+valid|abgesagt|entf(?:ä|ae)llt|"
    r"annul[ée]e?|cancelad[ao]|anulad[ao]|geannuleerd|vervallen)\s*[)\]]",
    re.IGNORECASE,
)
DEADLINE_BEFORE = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|bis(?:\s+(?:zum|spätestens))?|spätestens|"
    r"avant|d'ici|antes\s+del?|hasta|uiterlijk|vóór|voor)"
    r"(?:\s+(?:the|on|am|le|el|op|zum|la|las))?\s*$",
    re.IGNORECASE,
)
QUOTE_OR_HEADER = re.compile(
    # Outlook writes the field with its preposition in some languages: "Enviado el:",
    # "Gesendet am:", "Envoyé le :", "Verzonden op:"
    r"\s*(?:>|(?:sent|gesendet|envoy[ée]|enviado|verzonden)(?:\s+(?:el|am|le|op|on))?\s*:)",
    re.IGNORECASE,
)
ATTRIBUTION = re.compile(
    r"\b(?:wrote|schrieb|a\s+[ée]crit|escribi[oó]|schreef)\s*:\s*$", re.IGNORECASE
)
# "to" ends a range ("10 to 11"), but not after a move: "I've moved you to half nine", "we
# moved the interview to 4pm".
_MOVED_WORDS = (
    "you it us this that moved changed shifted pushed brought forward back move switch switched "
    "rescheduled interview call meeting chat"
)
_MOVED_TO = "".join(f"(?<!{word} )" for word in _MOVED_WORDS.split())
UNTIL_BEFORE = re.compile(
    rf"\b(?:until|till|{_MOVED_TO}to|bis|jusqu'à|jusqu'a|hasta(?:\s+las?)?|tot)\s*$", re.IGNORECASE
)
# After a time, in its sentence: the time is turned down ("Wednesday 9 at 3pm won't work").
DECLINED_AFTER = re.compile(
    r"[^.!?\n]{0,60}?\b(?:(?:doesn't|does\s+not|won't|will\s+not|wouldn't|can't|cannot)\s+"
    r"(?:work|suit|be\s+possible|make\s+it|do)|(?:isn't|is\s+not)\s+possible|"
    r"ne\s+(?:\w+\s+)?(?:va|vas|peut|pourra|convient|conviendra|marche|fonctionne)\s+pas|"
    r"(?:passt|geht|klappt|funktioniert)\s+(?:\w+\s+)?nicht|"
    r"no\s+(?:me|nos|le|les|te)\s+(?:va|viene|queda|sirve|funciona|cuadra)|no\s+(?:es|será)\s+"
    r"posible|(?:lukt|gaat|past|kan)\s+(?:\w+\s+)?niet|komt\s+(?:ons|mij|me)\s+niet\s+uit)\b",
    re.IGNORECASE,
)
# Around a time: it is the second choice, not the plan.
FALLBACK = re.compile(
    r"\b(?:fallback|back-?up|alternative(?:ly)?|otherwise|or\s+else|sinon|à\s+défaut|"
    r"alternativ\w*|ansonsten|sonst|si\s+no|en\s+su\s+defecto|anders|als\s+alternatief)\b",
    re.IGNORECASE,
)
# Before a time in its sentence: when to arrive or check in, which comes before the meeting
# ("please arrive around 8:45 so security can print your badge", "Bitte melden Sie sich um
# 9:45 am Empfang", "présentez-vous à l'accueil à 9h45"); the meeting's start, when also
# given, wins.
ARRIVAL_BEFORE = re.compile(
    r"\b(?:arriv\w*|check(?:-|\s+)?in|sign\s+in|log(?:\s*-\s*|\s+)?(?:in|on)|reporting\s+time|"
    r"report(?=\s*:)|(?:doors?|gates?|registration)\s+(?:close|open)s?|report\s+(?:to|at)\s+(?:the\s+)?(?:main\s+)?"
    r"(?:reception|front\s+desk|security|gate(?:house)?|lobby)|present\s+(?:yourself\s+)?"
    r"(?:at|to)\s+(?:the\s+)?(?:main\s+)?(?:reception|front\s+desk|security|gate(?:house)?|lobby)|"
    r"be\s+(?:there|here|at\s+reception)|get\s+there|ankommen|Ankunft|eintreffen|"
    r"(?:da|vor\s+Ort|am\s+Empfang)\s+sein|melden\s+Sie\s+sich|Sie\s+sich\s+(?:\w+\s+){0,3}melden|"
    r"pr[ée]sente[zr](?:-vous)?|accueil|lleg\w*|pres[ée]nta(?:te|rse|rte)|recepci[oó]n|aanwezig|"
    r"aankomst|aankomen|meld\s+je|receptie)\b[^.;!?\n\d]{0,60}$",  # no other time between
    re.IGNORECASE,
)
# Words that make what follows conditional: "If Tuesday at 3pm doesn't work" keeps 3pm.
CONDITION = re.compile(r"\b(?:if|unless|wenn|falls|sofern|si|als|indien|mocht)\b", re.IGNORECASE)
# Right after a time: it is given in the reader's zone ("4:30pm your time").
YOUR_TIME = re.compile(
    r"\s*(?:\(\s*)?(?:your\s+time|your\s+local\s+time|(?:in\s+)?(?:Ihrer|deiner)\s+"
    r"(?:Orts)?zeit|(?:à|a)\s+votre\s+heure|votre\s+heure|heure\s+de\s+chez\s+vous|"
    r"(?:en\s+)?tu\s+hora|(?:en\s+)?su\s+hora|jouw\s+tijd|je\s+eigen\s+tijd)\b",
    re.IGNORECASE,
)
# A sentence that speaks of a decision, not of meeting the candidate.
DECISION_TALK = re.compile(
    r"\b(?:decid\w*|decision|get\s+back\s+to\s+you|hear\s+(?:back\s+)?from|be\s+in\s+touch|"
    r"let\s+you\s+know|update\s+you|entscheid\w*|"
    r"d[ée]cision|d[ée]cider|decisi[oó]n|beslissing|besluit)\b",
    re.IGNORECASE,
)
# In a duration's sentence: it is the meeting's length. Said to the candidate ("Planen Sie
# etwa 90 Minuten ein", "allow an hour"), or of the meeting ("the session runs 75 minutes",
# "it'll last an hour"); "the test takes 20 minutes to mark" is another thing's length.
LENGTH_CUE = re.compile(
    r"\b(?:plan|allow|block|reserve|set\s+aside|budget|einplanen|planen|rechnen\s+Sie|"
    r"comptez|prévoyez|prévois|compte|calcula|reken\s+op|houd\s+rekening|trek\s+\w+\s+uit)\b"
    r"|(?:\b(?:it|it'?ll|it'?s|het|es|das|il|elle|interview|call|session|meeting|chat|conversation|"
    r"round|Gespräch|Termin|entretien|échange|entrevista|reunión|llamada|gesprek)\b[^.!?]{0,30})"
    r"\b(?:take|takes|last|lasts|run|runs|will\s+be|is|duurt|dauert|dure|durera|dura|durará)\b",
    re.IGNORECASE,
)
