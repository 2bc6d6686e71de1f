"""Phrases of an offer in English, German, French, Spanish and Dutch: ``OFFER``.

Regular expressions matched case-insensitively on one sentence at a time (see
``lexicon.hits``), written for the *kind of thing said*, not for any one sender's wording.
An offer is addressed to the candidate ("we'd like to offer you", "willen je graag
aannemen"); one said as a welcome or as the offer letter on its way is :mod:`.welcome`'s.
"""

from __future__ import annotations

from ..role.title import JOB_NOUN
from .cues import compile_all as _compile
from .welcome import NOT_AS_CUSTOMER, WELCOME

# The words that name a job (an offer's "as our ..."): a job noun or the hire itself.
_JOB_WORD = rf"(?:{JOB_NOUN.pattern}|hire|team member|employee|colleague|joiner|starter)"

OFFER = _compile(
    (
        r"\boffer(?:ing)? you (?:the|a|this|our)\b[^.;]{0,80}"
        r"\b(?:position|role|job|post|opportunity)\b",
        r"\b(?:extend|extending|make|making|send|sending|pleased to share|share|(?:come|coming|get|"
        r"getting) back to you with|present(?:ing)? you with)\s+(?:you\s+)?"
        r"(?:an?|our|the)\s+(?:formal\s+|verbal\s+|written\s+|official\s+|revised\s+|improved\s+|"
        r"updated\s+|amended\s+|final\s+)?(?:job\s+)?offer\b"
        r"(?![^.;]{0,30}\b(?:to (?:an?other|other|a different|someone)|of an? "
        r"(?:interview|call)))",
        # an offer addressed to the candidate, not one talked about ("how to answer a verbal
        # offer"): "your offer letter", "the attached offer", "our formal offer"
        r"\b(?:your|our|the attached|attached|the enclosed|enclosed)\s+(?:formal\s+|written\s+|"
        r"verbal\s+|job\s+|employment\s+|revised\s+|improved\s+|updated\s+|amended\s+)?offer\b(?!\s+(?:of|for)\s+(?:an?\s+)?(?:interview|call))",
        r"\boffer (?:letter|of employment|package|details)\b(?=[^.;]{0,60}\b(?:you|your|attached|"
        r"enclosed|follow\w*|sign\w*)\b)",
        r"\b(?:employment|formal|written) offer\b(?=[^.;]{0,60}\b(?:you|your|attached|enclosed|"
        r"follow\w*|sign\w*)\b)",
        r"\bthe\s+(?:job|role|position|offer)\b[^.;]{0,40}\bis\s+yours\b",
        r"\b(?:job|role|position|post)(?:'s|’s)\s+(?:all\s+)?yours\b",
        # the job given, said plainly after a trial: "you got the job!", "we'd like you to start
        # with us on Monday", "du hast den Job", "je mag bij ons beginnen", "tu peux commencer
        # lundi", "puedes empezar el lunes", "el puesto es tuyo"
        r"\byou(?:'ve|\s+have)?\s+got\s+the\s+(?:job|position|role|post)\b",
        r"\b(?:like|love)\s+(?:for\s+)?you\s+to\s+start\s+"
        r"(?:with\s+us|working\s+(?:with|for)\s+us)\b",
        r"\b(?:du\s+hast|Sie\s+haben)\s+(?:den\s+Job|die\s+Stelle)\b",
        r"\b(?:je|jij)\s+(?:mag|kan|kunt)\s+(?:\w+\s+)?bij\s+ons\s+(?:beginnen|starten|"
        r"aan\s+de\s+slag)\b|\b(?:je|jij)\s+hebt\s+de\s+(?:baan|functie)\b",
        r"\b(?:tu\s+peux|vous\s+pouvez)\s+commencer\s+(?:dès\s+)?(?:lundi|mardi|mercredi|jeudi|"
        r"vendredi|samedi|dimanche|demain|le\s+\d)",
        r"\b(?:puedes|puede)\s+empezar\s+(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|"
        r"sábado|domingo|mañana)\b|\bel\s+puesto\s+es\s+tuyo\b",
        # the hours of a job offered, as shops, cafés and care homes offer it: "we can offer you
        # 16 hours a week", "wir können dir 20 Stunden pro Woche anbieten", "we kunnen je 24 uur
        # per week aanbieden", "on peut te proposer 20 heures par semaine", "te ofrecemos 20
        # horas semanales"
        r"\boffer(?:ing)?\s+you\s+(?:(?:a|an|the|about|around|up\s+to|between)\s+)?(?:\w+\s+){0,2}?"
        r"\d+(?:\s*(?:-|–|to)\s*\d+)?\s+(?:contracted\s+|guaranteed\s+)?hours\s+(?:a|per|each|"
        r"every)\s+week\b",
        r"\b(?:Ihnen|dir)\b[^.;]{0,40}\b\d+\s+(?:Wochen)?stunden\b[^.;]{0,30}\banbieten\b|"
        r"\b(?:je|jou)\b[^.;]{0,40}\b\d+\s+uur\s+(?:per|in\s+de)\s+week\b[^.;]{0,30}\baan"
        r"(?:bieden)?\b|\b(?:vous|te)\s+proposer\s+(?:un\s+contrat\s+de\s+)?\d+\s+heures\s+par\s+"
        r"semaine\b|\b(?:te|le)\s+ofrecemos\s+(?:un\s+contrato\s+de\s+)?\d+\s+horas\b",
        # the wish to hire you
        r"\b(?:(?:would|'d)\s+(?:love|like)|want|pleased|delighted|happy|thrilled|excited)\s+to\s+"
        r"(?:hire you|bring you (?:on ?board|aboard|on)|"
        r"welcome you (?:to the team|aboard|on ?board)\s+as)\b",
        r"\b(?:Sie|dich)"
        + NOT_AS_CUSTOMER
        + r"\s+(?:\w+\s+){0,4}(?:einstellen|einzustellen|an Bord holen)\b",
        r"\b(?:vous|te)\s+(?:embaucher|recruter|engager|accueillir\s+(?:dans|au sein de))\b"
        r"(?![^.;]{0,20}\b(?:entretien|échange))",
        r"\b(?:contratarte|contratarle|ficharte|ficharle)\b",
        # "we'd love you to join Quayside as our first data hire", "we'd love to have you join
        # Tidewise as our Lead Analytics Engineer", "keen to have you on board as our ...", "we'd
        # love to have you as our first Staff Engineer"
        r"\b(?:like|love|want|keen|thrilled|delighted|excited|happy)\s+(?:to\s+have\s+)?you\s+"
        r"(?:(?:to\s+)?(?:join(?:\s+(?:us|the\s+team|our\s+team|"
        r"(?-i:[A-Z][\w&'-]*)(?:\s+(?-i:[A-Z][\w&'-]*)){0,3}))?|on\s?board|aboard|with\s+us|"
        r"on\s+(?:the|our)\s+team)\s+)?as\s+"
        # as a hire, not as a guest of an event
        r"(?:our|an?|the)\b(?!\s+(?:\w+\s+)?(?:guest|speaker|panel\w*|volunteer|attendee|"
        r"participant|mentor|judge|member|delegate|observer|sponsor|host|tester|user|customer|"
        r"client|subscriber|partner|ambassador|student|learner)s?\b)"
        # ... and the hire is named by a job: "as our Lead Analytics Engineer", "as our first
        # data hire", "as a Barista" (not "as an interviewer on the panel", "as a candidate in
        # our final round")
        rf"\s+(?:(?:[\w&'-]+\s+){{0,4}}?{_JOB_WORD}|(?:(?:new|next|first|newest)\s+)?"
        r"(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z&])[\w&'-]*|\s+of){0,5})"
        r"(?=\s*(?:[.,;:!(\n]|$)|\s+(?:at|in|on|with|for|from|starting|and|of|role|position|"
        r"team)\b)",
        # the offer's paperwork on its way: "the formal offer letter will come from HR tomorrow"
        # a headhunter passing the client's offer on: "the package Aldergrove have authorised
        # me to put to you", "they've authorised me to offer you the role"
        r"\bauthori[sz]ed\s+(?:me|us)\s+to\s+(?:offer\s+you|make\s+you\s+(?:an?\s+)?offer|"
        r"put\s+(?:(?:it|this|an?\s+offer|the\s+offer|their\s+offer)\s+)?to\s+you)\b",
        r"\b(?:formal|written|official)\s+(?:job\s+)?(?:offer|contract)(?:\s+letter)?"
        r"(?:\s+(?:and|&)\s+(?:the\s+)?(?:contract|offer(?:\s+letter)?|paperwork))?\s+(?:(?:will|"
        r"should|is going to)\s+(?:come|follow|arrive|be sent|reach|land|go out)|(?:comes|follows|"
        r"arrives|goes out))\b",
        # "nos encantaría contar contigo como nuestra nueva Analista", "Sie als unseren neuen
        # Entwickler gewinnen", "vous compter parmi nous en tant que Responsable ..."
        rf"\bcontar\s+(?:contigo|con\s+usted)\s+como\s+(?:nuestr[oa]\s+)?(?:\w+\s+){{0,3}}?"
        rf"{JOB_NOUN.pattern}",
        rf"\b(?:Sie|dich)\s+(?:\w+\s+){{0,3}}?als\s+(?:unsere[nr]?\s+|neue[nr]?\s+){{0,2}}(?:\w+\s+){{0,3}}?"
        rf"{JOB_NOUN.pattern}[^.;]{{0,40}}\b(?:gewinnen|begrüßen|an\s+Bord\s+holen|einstellen)\b",
        rf"\b(?:vous|te)\s+compter\s+parmi\s+(?:nous|nos\s+équipes|notre\s+équipe)\s+(?:en\s+tant\s+"
        rf"qu[e']|comme)\s*(?:notre\s+|nouveau\s+|nouvelle\s+)*(?:\w+\s+){{0,3}}?{JOB_NOUN.pattern}",
        r"\b(?:Sie|dich)\s+(?:\w+\s+){0,4}(?:in\s+unserem\s+Team|bei\s+uns|an\s+Bord)\s+"
        r"(?:begrüßen|willkommen\s+heißen)\b",
        r"\b(?:je|u)\s+(?:graag\s+)?(?:verwelkomen|welkom\s+heten)\s+(?:als|in\s+ons\s+team)\b",
        r"\b(?:je|jou|u)\s+(?:heel\s+|erg\s+)?(?:graag\s+)?(?:aannemen|aan\s+te\s+nemen|"
        r"in\s+dienst\s+(?:nemen|te\s+nemen))\b",
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad)\s+to\s+(?:offer|extend)\s+you\b"
        r"(?![^.;]{0,20}\b(?:an? )?(?:interview|call|chat|meeting|slot|place))",
        r"\bwe(?:'d| would) like to offer you\b"
        r"(?!\s+(?:an? |the )?(?:interview|call|chat|meeting|slot|place|opportunity to (?:meet|"
        r"interview|speak|chat)))",
        r"\baccept (?:the|our|this) offer\b",
        # German
        r"\b(?:Vertragsangebot|Arbeitsvertrag|Jobangebot|Arbeitsangebot)\b",
        r"\b(?:Ihnen|dir|euch)\s+(?:gerne\s+)?(?:ein(?:\s+\w+)?\s+Angebot|die\s+(?:Stelle|Position|"
        r"Rolle))\b"
        r"[^.;]{0,40}\b(?:machen|unterbreiten|anbieten)",
        r"\bZusage\s+für\s+die\s+Stelle\b|\b(?:Ihnen|dir)\s+(?:eine\s+)?Zusage\b",
        # French
        r"\b(?:offre|proposition|promesse)\s+d'embauche\b",
        r"\b(?:vous|te)\s+(?:proposer|offrir|proposons|offrons)\s+(?:le|ce)\s+poste\b",
        r"\b(?:offre|proposition)\s+(?:formelle|de contrat)\b",
        # Spanish
        r"\b(?:ofrecerte|ofrecerle|ofrecer(?:te|le)?)\s+(?:el|este|la)\s+"
        r"(?:puesto|posición|trabajo|plaza)\b",
        r"\b(?:oferta|propuesta)\s+(?:formal|económica|laboral\s+formal)\b|\bcarta(?:\s+de\s+|-|\s+)oferta\b",
        r"\bhacerte una oferta\b",
        # Dutch
        r"\b(?:arbeidsovereenkomst|contractvoorstel|aanbod voor de functie|"
        r"arbeidsvoorwaardenvoorstel)\b",
        # the separable verb around the job: "we bieden je graag de functie van Supply Chain
        # Engineer bij Dekkerhof aan"
        r"\b(?:bieden|bied)\s+(?:we\s+|wij\s+)?(?:je|jou|u)\s+(?:graag\s+|hierbij\s+)*(?:de|een|het)\s+"
        r"(?:functie|baan|positie|rol|contract|arbeidscontract)\b[^.;!]{0,80}\baan\b",
        r"\b(?:je|u|jou)\s+(?:graag\s+)?(?:de functie|een aanbod|het aanbod)\b[^.;]{0,40}"
        r"\b(?:aanbieden|doen|aan te bieden)",
        *WELCOME,
    )
)
