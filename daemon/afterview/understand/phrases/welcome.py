"""Offers said as a welcome, or as the offer's paperwork on its way to the candidate.

Phrases of :data:`.offering.OFFER`, kept apart because they name one general cause a person
reads at once in any register: the employer wants the candidate in the job ("we'd really like
you on the team", "the team wants you as our next QA Engineer", "dich als ... an Bord holen"),
hands the offer over in a formal turn of phrase ("extend to you an offer of employment", "a
conditional offer", "Ihnen die Stelle als ... anbieten"), or says the offer letter itself is
coming ("you'll get the official offer letter tomorrow", "la lettre d'offre"). An offer's
hedges ("once you have passed", "if successful") are read by :data:`.cues.LATER_STEP`.
"""

from __future__ import annotations

# Not a guest's or a day's welcome: "on the team for the day", "on board the ship at 9".
# Not a customer's or a member's welcome: "Sie als Neukunden an Bord holen", "dich als neues
# Mitglied begrüßen", "vous accueillir comme client" (a dealer, a club, a bank say it too).
NOT_AS_CUSTOMER = (
    r"(?![^.;!?]{0,40}?\b(?:als|comme|como|as)\s+(?:\w+\s+)?(?:Neu|neue[nr]?\s+|nouveaux?\s+|"
    r"nouvelles?\s+|nuev[oa]s?\s+|nieuwe\s+)?(?:kund|mitglied|partner|gast|gäst|abonnent|"
    r"teilnehm|mieter|käufer|client|membre|abonn|socio|miembro|cliente|suscriptor|klant|lid\b|"
    r"leden|abonnee|huurder)\w*)"
)
_NOT_A_VISIT = (
    # "on board as a beta tester", "as our guest speaker" (but "as our first Mechanical/Embedded
    # Engineer" is a hire)
    r"(?!\s+(?:for|on|at|in|as\s+(?:an?|the)|this|next|tomorrow|to|and|during|while|virtually|"
    r"online|remotely|the\s+ship|the\s+vessel)\b|\s+as\s+(?:our|their)\s+(?:\w+\s+)?(?:guest|"
    r"speaker|panel\w*|volunteer|attendee|participant|mentor|judge|member|tester|user|customer|"
    r"client|partner|ambassador|student)s?\b)"
)

WELCOME = (
    # "we'd really like you on the team", "we'd like you on board", "we'd love to have you
    # aboard"
    r"\b(?:'d|would)\s+(?:really\s+|very\s+much\s+|so\s+)?(?:like|love)\s+(?:to\s+have\s+)?you\s+"
    rf"(?:on\s+(?:the|our)\s+team|on\s?board|aboard){_NOT_A_VISIT}",
    # "the team unanimously wants you as our next Senior QA Engineer", "we'd love for you to
    # join Quellwerk AI as our Senior Data Engineer"
    r"\b(?:wants?|(?:'d|would)\s+(?:really\s+)?(?:like|love)\s+for)\s+you\s+(?:to\s+join\s+"
    r"(?:[\w&'-]+\s+){1,4}?)?as\s+(?:our|their)\s+(?:new\s+|next\s+|first\s+)?"
    r"(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z&])[\w&'-]*){0,5}",
    # "we'd like you to join Wren & Hollis as a Data Analyst" (not "as a Guest Speaker")
    r"\b(?:'d|would)\s+(?:really\s+|very\s+much\s+|so\s+)?(?:like|love)\s+(?:for\s+)?you\s+to\s+"
    r"join\s+(?:[\w&'-]+\s+){1,4}?as\s+(?:an?|our|their)\s+(?!(?:guest|speaker|volunteer|member|"
    r"mentor|judge|panel\w*|tester|ambassador|student|participant|attendee|trustee)\b)"
    r"(?:new\s+|next\s+|first\s+)?(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z&])[\w&'-]*){0,5}",
    # "extend to you an offer of employment", "make you a conditional offer of employment"
    r"\b(?:extend|extending|make|making)\s+(?:to\s+you\s+|you\s+)(?:an?|our)\s+"
    r"(?:(?:conditional|provisional|unconditional|firm|formal|final)\s+)?(?:job\s+)?offer\s+of\s+"
    r"(?:employment|appointment)\b",
    r"\b(?:make|making|extend|extending)\s+you\s+(?:an?|our)\s+(?:conditional|provisional|"
    r"unconditional|firm)\s+(?:job\s+)?offer\b",
    # the client's answer passed on: "Hill Country Regional just came back with an offer for
    # you" (not "came back with an offer of an interview")
    r"\b(?:came|come|coming|got|get)\s+back\s+(?:to\s+(?:you|us|me)\s+)?with\s+(?:an?|their)\s+"
    r"(?:\w+\s+)?offer\s+(?:for\s+you|of\s+employment)\b",
    # the letter itself on its way to the candidate: "You'll get the DocuSign envelope with the
    # official offer letter from our People team tomorrow"
    r"\b(?:will|'ll|shall)\s+(?:send|get|receive|issue|email)\b[^.;!?]{0,60}?\b(?:(?:formal|"
    r"written|official|signed)\s+(?:job\s+)?offer(?:\s+letter)?|offer\s+letter|letter\s+of\s+offer)\b",
    # German: "Ihnen die Stelle als Redakteurin Daten & Visualisierung in unserer
    # Datenredaktion anbieten zu können", "dich sehr gerne als Digitalisierungsmanagerin bei
    # uns an Bord holen"
    r"\b(?:Ihnen|dir|euch)\s+(?:gerne\s+)?die\s+(?:Stelle|Position|Rolle)\s+als\b[^.;]{0,100}?"
    r"\banbieten\b",
    r"\b(?:Sie|dich)"
    + NOT_AS_CUSTOMER
    + r"\s+(?:\w+\s+){0,3}?als\s+(?:\w+\s+){1,3}?(?:bei\s+uns\s+|in\s+unserem\s+Team\s+)?"
    r"an\s+Bord\s+(?:holen|nehmen)\b",
    # asked to join us: "nos encantaría que te unas", "nous aimerions que vous nous rejoigniez",
    # "we'd love you to join the team" (a club, a choir, a charity say it too)
    r"\bque\s+(?:formes|forme|te\s+unas|se\s+una)\s+parte\s+(?:del|de\s+nuestro)\s+equipo\b",
    r"\b(?:vous|te)\s+proposer\s+de\s+(?:nous\s+)?rejoindre\b",
    r"\b(?:aimerions|aimerait|souhaitons|souhaiterions|voudrions)\s+(?:\w+\s+)?que\s+(?:tu|vous)\s+"
    r"(?:nous\s+)?rejoign\w+(?![^.;]{0,30}\b(?:entretien|échange|rendez-vous|appel|visio))",
    r"\b(?:encantaría|gustaría|queremos)\s+que\s+te\s+(?:unas|unieras|incorpores|incorporaras)\b"
    r"(?![^.;]{0,30}\b(?:entrevista|llamada|reunión|videollamada))",
    r"\b(?:would|'d)\s+love\s+(?:for\s+you\s+to|you\s+to|to\s+have\s+you)\s+join\s+(?:us|the\s+team|"
    r"our\s+team)\b"
    r"(?!\s+(?:for|on|at|in|this|next|tomorrow|as|to|and|virtually|online|remotely)\b)",
    # the job itself, said as work with us: "we'd love you to come and work with us at the
    # bakery" (not a day's try-out: "come and work with us on Saturday for a trial")
    r"\b(?:would|'d)\s+(?:really\s+)?love\s+(?:for\s+you\s+to|you\s+to|to\s+have\s+you)\s+come\s+"
    r"(?:and\s+)?(?:join|work\s+(?:with|for))\s+(?:us|the\s+team|our\s+team)\b"
    r"(?![^.;!?]{0,40}\b(?:trial|for\s+the\s+day|for\s+a\s+(?:day|shift|morning|afternoon|"
    r"few\s+hours)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next\s+week)\b)",
    # a job to run, said as a wish: "we'd love you to come and run the kitchen for us as our
    # head chef", "we'd like you to take over the shop as our manager"
    r"\b(?:would|'d)\s+(?:really\s+)?(?:love|like)\s+(?:for\s+)?you\s+to\s+(?:come\s+(?:and\s+)?)?"
    r"(?:run|manage|lead|head(?:\s+up)?|look\s+after|take\s+(?:on|over))\b[^.;!?]{0,50}?\bas\s+"
    r"(?:our|their|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:manager|chef|supervisor|lead|head|"
    r"director|coordinator)\b",
    # French (Québec): "la lettre d'offre révisée"
    r"\blettre\s+d'offre\b",
)
