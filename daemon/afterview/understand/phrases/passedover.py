"""Rejections said as the job going to someone else, or the candidate not carried on.

Phrases of :data:`.rejecting.REJECTION`, kept apart because they name one general cause a
person reads at once in any register: the employer *went with*, *offered the post to*,
*leaned towards* or *goes on with* another person described ("a lad who's already got his
ticket", "one of our floaters", "la otra finalista", "een kandidaat die meer ervaring heeft"),
or says it will not carry the candidate's application on ("not be progressing yours to the
next stage", "nicht weiter zu berücksichtigen", "niet met je verder te gaan", "no continuarás
en el proceso"). Each names a person chosen or the candidate's own application, so a
meeting handed to a colleague or a tour taken with someone stays outside.
"""

from __future__ import annotations

import re

# Someone described: a person's noun, with up to three words before it ("a local traveler",
# "one of our floaters", "an internal candidate").
_PERSON = (
    r"(?:candidate|applicant|person|individual|finalist|someone|somebody|lad|bloke|guy|girl|"
    r"woman|man|chap|fella|traveler|traveller|floater|local|hire|internal)s?"
)
_ANOTHER = r"(?:an?|another|the\s+other|one\s+of\s+(?:our|their|the)(?:\s+own)?)"
# A person named as chosen, anywhere in a phrase found.
CHOSEN_PERSON = re.compile(rf"\b{_PERSON}\b", re.IGNORECASE)

PASSED_OVER = (
    # English: "went with a bloke who's already got his HV authorisation", "the manager ended
    # up going with a local traveler who's already credentialed", "we've gone with an
    # applicant whose ...": a choice made (past, or decided), of a person described
    rf"\b(?:went|gone|ended\s+up\s+going|(?:decided|chose|opted)\s+to\s+(?:go|proceed|move\s+"
    rf"forward|continue|progress)|(?:are|is|we're|will\s+be)\s+(?:proceeding|moving\s+forward|"
    rf"going\s+ahead))\s+with\s+{_ANOTHER}"
    rf"\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON},?\s+(?:who|who's|whose|with|that|that's|from)\b",
    # the search goes on without the candidate: "the panel's decision was to keep looking",
    # "we've decided to continue our search", "entschieden, die Suche fortzusetzen", "décidé de
    # poursuivre nos recherches", "hemos decidido seguir buscando", "besloten verder te zoeken"
    # (not a time still being looked for: "decided to keep looking for a slot")
    r"\b(?:decided|decision\s+(?:was|is|has\s+been))\s+to\s+(?:(?:keep|continue)\s+(?:looking|"
    r"searching)|(?:continue|reopen|re-open)\s+(?:our|the)\s+search)\b(?!\s+for\s+(?:an?|the|"
    r"another)\s+(?:\w+\s+)?(?:time|slot|date|day|room|venue)\b)",
    r"\b(?:entschieden|entschlossen|beschlossen)\s*,?\s+(?:die\s+Suche\s+fortzusetzen|weiter\s+"
    r"zu\s+suchen)\b",
    r"\b(?:décidé|choisi)\s+de\s+(?:poursuivre|continuer|relancer)\s+(?:nos|notre|les)\s+"
    r"recherches?\b",
    r"\b(?:decidido|decidimos|decisión\s+(?:fue|es|ha\s+sido))\s+(?:de\s+)?(?:seguir|"
    r"continuar)\s+(?:buscando|con\s+la\s+búsqueda)\b",
    r"\bbesloten\s+(?:om\s+)?(?:verder\s+te\s+zoeken|de\s+zoektocht\s+voort\s+te\s+zetten)\b",
    # "we went another way", "we're going a different direction for this hire"
    # (said as done: a receipt's "a note letting you know we've decided to go another way"
    # only tells what a refusal would look like)
    r"\b(?:went|gone|(?:we're|we\s+are|they're|they\s+are)\s+going)\s+(?:in\s+)?(?:another|a\s+different|a\s+new|other)\s+(?:way|direction|route)\b",
    # the post offered or given to someone else: "we've offered the postdoc to another
    # candidate", "offered the Learning & Evaluation Manager role to another candidate whose",
    # "decided to offer the Audio Designer role to someone whose", "to one of our floaters"
    r"\b(?:offered|offer|offering|given|give|gave|extended)\s+(?:it|the\s+(?:(?!interview|"
    r"slot|call|meeting|time)[^.;?!\n]){1,60}?)\s+to\s+(?:(?:an?other|a\s+different|the\s+other|"
    r"an\s+internal)\s+(?:[\w'-]+\s+){0,2}?" + _PERSON + r"|(?:someone|somebody)\s+(?:else|who|"
    r"whose|with)|one\s+of\s+(?:our|their)\s+(?:own\s+)?\w+)\b",
    # "In the end we decided for a candidate who brings more experience" (a German's English)
    r"\bdecided\s+for\s+(?:an?|another|one)\s+(?:other\s+)?(?:candidate|applicant|person)\b",
    # the candidate's application not carried on: "we will not be progressing yours to the
    # next stage", "not moving your application forward to the final round"
    r"(?:\bnot|n't)\s+(?:be\s+)?(?:progressing|moving|taking|advancing|inviting)\s+(?:yours|"
    r"your\s+(?:application|candidacy|profile|CV|resume))\s+(?:forward\s+|further\s+)?"
    r"(?:to|into|through|onto)\s+(?:the\s+)?(?:next|following|final|second|third)\s+"
    r"(?:stage|round|step|phase)",
    r"\bfill(?:ed|ing)?\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:spot|seat|opening|job|post)\s+"
    r"internally\b",
    # a public body's notice: "an appointment decision has been made. The person appointed
    # is: Erik Paavola."
    r"\bthe\s+(?:person|candidate|applicant)\s+(?:appointed|selected|chosen|hired)\s+(?:is|was)\b",
    # "Kindly note the position is filled now", "the role is already filled" (not "will
    # continue until the position is filled": said as done, now)
    r"\b(?:position|role|vacancy|job|opening|post)\s+is\s+(?:(?:now|already)\s+filled|"
    r"filled\s+(?:now|already))\b",
    # "Client has given feedback on your profile - not shortlisted"
    r"\byour\s+(?:profile|application|CV|resume|candidacy)\b[^.;?!\n]{0,40}?[-:\u2013\u2014]\s*"
    r"not\s+(?:shortlisted|selected|successful|progressed)\b",
    # German: "Ihre Bewerbung im weiteren Verfahren nicht zu berücksichtigen", "nicht in der
    # Lage, Ihre Bewerbung ... zu berücksichtigen"; "Die Auswahlkommission hat sich für eine
    # Kandidatin entschieden, deren ..."; "die Position ... mit einer Kandidatin zu besetzen"
    r"\bnicht\s+(?:mehr\s+|weiter\s+|länger\s+)?zu\s+berücksichtigen\b",
    r"\bnicht\s+in\s+der\s+Lage\b[^.;]{0,20}\b(?:Ihre|deine)\s+(?:Bewerbung|Kandidatur|"
    r"Unterlagen)\b[^.;]{0,60}?\bzu\s+berücksichtigen\b",
    r"\b(?:hat|hatte)\s+sich\b[^.;]{0,60}?\bfür\s+(?:eine[nr]?|die|den)\s+(?:andere[nr]?\s+|"
    r"interne[nr]?\s+)?(?:Kandidat\w*|Bewerber\w*|Mitbewerber\w*)\b[^.;]{0,100}?\bentschieden\b",
    # "Wir haben uns jetzt leider für jemanden entschieden, der schon Erfahrung mit DATEV hat"
    r"\buns\b[^.;]{0,40}?\bfür\s+jemand(?:en)?(?:\s+ander(?:en|s))?\s+entschieden\s*,\s*"
    r"(?:der|die|dessen|deren|mit)\b",
    r"\b(?:Stelle|Position|Vakanz)\b[^.;]{0,80}?\bmit\s+(?:eine[mnr]?|einen?)\s+(?:\w+\s+)?"
    r"(?:Kandidat\w*|Bewerber\w*|Mitbewerber\w*)\b[^.;]{0,60}?\bzu\s+besetzen\b",
    # "haben wir uns entschieden, Bewerberinnen und Bewerber zu berücksichtigen, deren Profil
    # den Anforderungen noch genauer entspricht": others considered, for fitting better
    r"\bentschieden\b[^.;]{0,20}\b(?:andere\s+)?(?:Bewerber\w*|Kandidat\w*)(?:\s+und\s+"
    r"(?:Bewerber\w*|Kandidat\w*))?\s+zu\s+berücksichtigen\s*,?\s+(?:deren|die)\b[^.;]{0,80}?"
    r"\b(?:genauer|besser|näher|stärker|passender|gezielter)\b",
    # Spanish: "ha decidido seguir adelante con la otra finalista", "nos inclinamos por otra
    # persona", "no continuarás en el proceso de selección"
    r"\b(?:seguir|continuar|avanzar|sigue|siguen|seguimos|continúa|continuamos)\s+"
    r"(?:adelante\s+)?con\s+(?:la|el)\s+otr[oa]\s+(?:finalista|candidat[oa]|persona|perfil)\b",
    r"\b(?:inclinamos|inclinado|inclinaron|decantamos|decantado|decantaron)\s+por\s+"
    r"(?:otr[oa]|alguien)\b",
    r"\bno\s+(?:continuarás|continuará|seguirás|seguirá|avanzarás|avanzará)\s+(?:en|con)\s+"
    r"(?:el|nuestro|este)\s+proceso\b",
    # "no vamos a poder avanzar con vos en el proceso", "no podemos seguir contigo en el
    # proceso de selección": the candidate not carried on, in the process named
    r"\bno\s+(?:vamos\s+a\s+(?:poder\s+)?|podemos\s+|podremos\s+|van\s+a\s+(?:poder\s+)?)?"
    r"(?:continuar|seguir|avanzar)\s+(?:adelante\s+)?(?:con\s+(?:vos|usted|ustedes)|contigo)\s+"
    r"en\s+(?:el|este|nuestro)\s+proceso\b",
    # Dutch: "besloten om niet met je verder te gaan", "we gaan verder met een kandidaat die
    # net wat meer ervaring heeft"
    r"\bniet\s+(?:meer\s+)?met\s+(?:je|jou|u)\s+verder\s+(?:te\s+)?gaan\b",
    r"\b(?:(?:gaan|gingen)\s+(?:we\s+|wij\s+)?verder|verder\s+te\s+gaan)\s+met\s+(?:een\s+(?:andere\s+)?"
    r"(?:kandidaat|kandidate|sollicitant|persoon)|iemand)\s*,?\s+(?:die|met|wiens|wier)\b",
)
