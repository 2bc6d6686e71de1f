"""When words of refusal refuse nothing, and what a hedged one needs to count.

A sentence may deny it is a rejection ("please don't read this as a rejection"), make it
hang on silence ("if you have not heard from us within three weeks ..."), or move a meeting
("unfortunately we can't do Tuesday"); and "unfortunately" alone decides nothing without a
decision about the candidate and a negation in the same sentence. Matched case-insensitively
on one sentence at a time, in English, German, French, Spanish and Dutch.
"""

from __future__ import annotations

import re

from .cues import LATER_STEP, RESCHEDULE_TALK

_FLAGS = re.IGNORECASE | re.UNICODE

# A sentence saying the mail is no rejection: "please don't read this as a rejection", "Bitte
# verstehen Sie dies nicht als Absage Ihrer Bewerbung", "ce n'est pas un refus", "esto no es un
# rechazo", "dit is geen afwijzing": its words of refusal are denied, not said.
DENIED_REJECTION = re.compile(
    r"(?:\b(?:not|no|nicht|kein\w*|pas|geen)|n't)\s+(?:\w+\s+){0,3}?(?:as|als|comme|como)\s+"
    r"(?:an?\s+|eine\s+|un\s+)?(?:rejection|refusal|Absage|refus|rechazo|negativa|afwijzing)\b|"
    r"\b(?:is|be|was|es|est|ist|is)\s+(?:not|no|kein\w*|pas|geen)\s+(?:an?\s+|une?\s+)?"
    r"(?:rejection|refusal|Absage|refus|rechazo|afwijzing)\b|"
    r"\bno\s+(?:es|significa|supone)\s+un\s+rechazo\b|\bkeine\s+Absage\b|\bgeen\s+afwijzing\b|\bn'est\s+pas\s+un\s+refus\b",
    _FLAGS,
)
# A refusal made conditional on silence: "if you have not heard from us within three weeks,
# please assume your application has not been successful" is a receipt's or a timeline's
# notice, not a decision (the condition may stand mid-sentence, after "Due to the volume").
NO_NEWS_CONDITION = re.compile(
    r"\b(?:if|should|unless|where)\b[^.;]{0,40}?(?:\bnot|n't)\s+(?:\w+\s+){0,2}?"
    r"(?:heard?|been\s+(?:contacted|invited)|received?\s+(?:an?\s+)?(?:response|reply|invitation|"
    r"call|word)|(?:contact(?:ed)?|call(?:ed)?|invite[ds]?|reach(?:ed)?)\s+you|"
    r"(?:get|got|gotten)\s+(?:back\s+)?(?:to|in\s+touch\s+with)\s+you)\b|"
    r"\b(?:sollten|wenn|falls)\b[^.;]{0,60}\b(?:nichts|keine\s+(?:Nachricht|R(?:ü|ue)ckmeldung|"
    r"Antwort|Einladung))\b[^.;]{0,40}\b(?:h(?:ö|oe)ren|geh(?:ö|oe)rt|erhalten|bekommen)\b|"
    r"\b(?:si\s+(?:vous\s+n'avez|tu\s+n'as)\s+pas|sans)\s+(?:\w+\s+){0,2}?(?:de\s+)?"
    r"(?:nouvelles|r(?:é|e)ponse|retour|convocation)\b|"
    r"\b(?:si\s+no\s+(?:\w+\s+){0,2}?|de\s+no\s+|sin\s+)(?:recib\w*|ten\w+|hay)?\s*"
    r"(?:noticias|respuesta)\b|"
    r"\b(?:als|indien|mocht|wanneer)\b[^.;]{0,60}\b(?:niets|geen\s+(?:bericht|reactie|antwoord|"
    r"uitnodiging))\b[^.;]{0,40}\b(?:gehoord|vernomen|hoort|hoor|ontvangen|ontvangt)\b",
    _FLAGS,
)
# Sentences whose words of refusal decide nothing: moving a meeting, denying a rejection, or
# one that holds only if the candidate hears nothing.
NOT_REFUSING = re.compile(
    f"{DENIED_REJECTION.pattern}|{RESCHEDULE_TALK.pattern}|{NO_NEWS_CONDITION.pattern}", _FLAGS
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

# Sentences whose offer words offer nothing: a question about an offer someone else was to
# make ("did the guy from SF ever send the offer?", "hat die Bank dir das Angebot geschickt?"),
# or papers to bring along ("bringen Sie Ihren Arbeitsvertrag mit", "bring your passport and
# employment contract").
NOT_OFFERING = re.compile(
    # an offer made before, referred back to: "Congratulations again on your conditional
    # offer", "as outlined in your offer letter", "wie in Ihrem Vertrag", "comme indiqué dans
    # votre offre", "como se indica en tu oferta", "zoals vermeld in je aanbod"
    r"\bcongratulations\s+again\b|\bas\s+(?:outlined|mentioned|stated|set\s+out|detailed|per)\s+"
    r"in\s+your\b|\bwie\s+in\s+Ihrem\b|\bcomme\s+(?:indiqué|précisé)\s+dans\s+votre\b|"
    r"\bcomo\s+se\s+indica\s+en\s+(?:tu|su)\b|\bzoals\s+(?:vermeld|beschreven)\s+in\s+(?:je|uw)\b|"
    r"^\W*(?:and\s+|so\s+|also\s+)?(?:did|has|have|had|was|were)\s+(?!you\b|we\b|I\b)[^?]{0,120}\?|"
    r"^\W*(?:und\s+)?(?:hat|haben|hatte)\s+(?!Sie\b|du\b|wir\b|ich\b)[^?]{0,120}\?|"
    r"\b(?:mitbringen|mitzubringen|mitnehmen|vorlegen|vorzulegen|meebrengen|meenemen|apporter|"
    r"traer|traiga|traigas|bring\s+(?:along|with\s+you)|bring\s+(?:your|a|the|proof|photo)\b"
    r"[^.;]{0,60}\b(?:passport|ID|identity|proof|payslip|bank\s+statement))\b|"
    r"\bbringen\s+Sie\b[^.;]{0,200}\bmit\b",
    _FLAGS,
)
# The words before an offer phrase that keep it from being made: a later step or a hope
# (``cues.LATER_STEP``), or a negation just before it ("we've decided not to extend an offer",
# "won't be making you an offer", "nicht ... ", "de ne pas vous faire une offre", "niet").
OFFER_NOT_MADE = re.compile(
    rf"{LATER_STEP.pattern}|(?:\bnot|n't|\bnever|\bunable|\bno\s+longer|\bnicht|\bkein\w*|\bpas|"
    r"\bniet|\bgeen)\s+(?:\w+\s+){0,3}$",
    _FLAGS,
)
