"""Phrases of a rejection in English, German, French, Spanish and Dutch: ``REJECTION``.

Regular expressions matched case-insensitively on one sentence at a time (see
``lexicon.hits``), written for the *kind of thing said*, not for any one sender's wording.
A rejection is a decision about the candidate or the position ("we have chosen another
candidate", "die Stelle anderweitig besetzt", "nous ne donnerons pas suite"). The sentences
whose words of refusal decide nothing are :mod:`.refusalguards`'; a rejection said as others
preferred beside a thanks for applying is :mod:`.passedover`'s.
"""

from __future__ import annotations

from .cues import compile_all as _compile
from .passedover import PASSED_OVER
from .requesting import DAY

# What "we'll pass" is said of, and when: only these make it a decision about the candidate.
_PASS_ON = (
    r"on\s+(?:you|this\s+one|your\s+(?:application|candidacy|profile)|(?:the|this)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:role|position|job|post|opportunity))"
)
_PASS_WHEN = r"(?:this\s+time|for\s+now|at\s+this\s+(?:time|stage|point)|on\s+this\s+occasion)"

# Who is turned down: said of the candidate or the application.
_CANDIDATE = r"(?:candidate|applicant|person|profile|individual|someone|people)s?"
_NOUN_APP = r"(?:application|candidacy|candidature|profile)"

# Others preferred for fitting better: a decision taken (not a policy or a plan), ...
_DECIDED_EN = (
    r"(?:decided|chosen|chose|opted|elected|decision|moving forward|proceeding|progressing|"
    r"continuing|pursuing|focusing|prioriti[sz]ing|(?:have|has|we've)\s+(?:now\s+)?"
    r"(?:selected|identified))"
)
_DECIDED_OTHER = (
    r"(?:entschieden|entschlossen|beschlossen|Entscheidung|décidé|choisi|opté|privilégié|"
    r"pris la décision|fait le choix|decidido|optado|elegido|decisión|priorizado|besloten|"
    r"gekozen|beslissing|decidió|decidimos|decidieron|optó|optamos|eligió|elegimos|"
    # the decision in effect, said in the present: "nous poursuivons avec des candidats dont",
    # "konzentrieren wir uns auf", "seguimos con perfiles que", "we gaan verder met"
    r"poursuivons|continuons|concentrons|konzentrieren\s+wir|setzen\s+wir|machen\s+wir\s+mit|"
    r"continuamos|seguimos|nos\s+centramos|gaan\s+(?:we|wij)\s+verder|gaan\s+verder)"
)
# German nouns in their gender-inclusive spellings too: "Kandidat:innen", "Bewerber*innen",
# "Kandidat_innen", "BewerberInnen"
_DE_INCLUSIVE = r"(?:[:*_/·][Ii]n(?:nen)?)?"
_OTHERS_NOUN = (
    rf"(?:Kandidat\w*{_DE_INCLUSIVE}|Bewerber\w*{_DE_INCLUSIVE}|Profile[n]?|Personen|candidat\w*|profils|perfiles|personas|"
    r"postulantes|aspirantes|kandidaten|sollicitanten|profielen)"
)
_RELATIVE = r"(?:deren|die|mit|dont|qui|avec|cuy[oa]s?|que|con|wier|wiens|met)"
# ... and the comparison with the candidate: better, closer, more relevant.
_BETTER = (
    r"(?:more closely|closer|better|stronger|more (?:direct\w*|relevant|suitable|suited|"
    r"aligned|specific|extensive|precisely|exactly|(?:[\w-]+ ){0,3}experience)|besser|näher|"
    r"stärker|passender|genauer|gezielter|einschlägiger\w*|umfassender\w*|spezifischer\w*|"
    r"passgenauer|mehr Erfahrung|mieux|davantage|plus (?:proches?|adapté\w*|précisément|"
    r"spécifiques?|en (?:adéquation|phase|ligne)|d'expérience|expérimenté\w*)|mejor|más "
    r"(?:acordes?|ajustad\w+|cercan\w+|adecuad\w+|afines?|alinead\w+|experiencia|"
    r"experimentad\w+|específic\w+|relevante\w*)|(?:se\s+ajusta\w*|encaja\w*|se\s+adecua\w*|"
    r"se\s+acerca\w*)\s+(?:más|mejor)|beter|meer (?:aansl\w+|ervaring|relevante)|"
    r"dichter|sterker|ervarener|specifieker|nauwer)"
)

# Going on "with another candidate" is a rejection only when what goes on is the hiring: in a
# sentence that also names a time, or says what stays "for you", it is the day's schedule ("We
# decided to continue the panel part as planned with another candidate on Friday, so nothing
# changes for you", "wir setzen das Panel am Freitag mit einer anderen Kandidatin fort, für
# Sie ändert sich nichts"). A veto put at a phrase's end: it reads on towards the sentence's
# end (a dot after a digit is a date's or a time's), at most 160 characters, so that a long
# run of such phrases costs no square of its length.
_CLOCK = (
    r"\b(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d(?!\.?\d)|\s*(?:am|pm|a\.m\.|p\.m\.|h|Uhr|uur)\b)|"
    r"\b(?:a\s+las|à|om|um)\s+\d"
)
# ... what stays the same "for you" ("nothing changes for you", "für Sie ändert sich nichts",
# "rien ne change pour vous", "para ti no cambia nada", "voor jou verandert er niets"; not
# "disappointing for you", and "voor je" is mostly "for your": "bedankt voor je interesse")
_FOR_YOU = (
    r"\b(?:for\s+you|für\s+(?:Sie|dich)|pour\s+(?:vous|toi)|para\s+(?:ti|usted)|"
    r"voor\s+(?:jou|u))\b"
)
_SAME = (
    r"\b(?:chang\w*|unchanged|stays?|remains?|as\s+planned|ändert|bleibt|unverändert|wie\s+geplant|"
    r"change|inchangé\w*|reste|comme\s+prévu|cambia|sigue|igual|previsto|verandert|blijft|"
    r"ongewijzigd|zoals\s+gepland)\b"
)
_SAME_FOR_YOU = rf"(?:{_FOR_YOU}[^.;\n]{{0,30}}?{_SAME}|{_SAME}[^.;\n]{{0,30}}?{_FOR_YOU})"
_ON_SCHEDULE = rf"(?:\b(?:{DAY}|sonntag|dimanche|sábado|domingo|zondag)\b|{_CLOCK}|{_SAME_FOR_YOU})"
_NOT_SCHEDULE = rf"(?!(?:[^.;\n]|(?<=\d)\.){{0,160}}?{_ON_SCHEDULE})"
# ... and the English phrase that names what goes on at length names the hiring itself: "we
# decided to continue the procedure for the Data Engineer role with another candidate", not
# "... to continue the panel part as planned with another candidate"; "your" there is the
# candidate's own arrangement.
_PROCESS = (
    r"(?:application|process|procedure|recruitment|recruiting|selection|hiring|search|campaign|"
    r"vacancy)s?"
)
_NOT_YOURS = rf"(?!(?:[^.;\n]|(?<=\d)\.){{0,160}}?(?:{_ON_SCHEDULE}|{_FOR_YOU}|\byour\b))"

# Every job of the kind already gone, as a shop, a café or a warehouse turns down whoever
# asked ("sorry, we've filled all the Christmas jobs", "leider sind alle Aushilfsstellen schon
# vergeben", "de vakantiebanen zijn al vergeven", "tous les postes saisonniers sont pourvus",
# "ya hemos cubierto todos los puestos"): the jobs named, or the staff the employer needs (not
# a volunteer rota's or an event's places, which name no job).
_JOBS = r"(?:jobs|positions|roles|vacancies|posts|openings|(?:[\w-]+\s+)?staff)"
_NO_JOBS_LEFT = (
    r"\b(?:have|has|had|we've|we)\s+(?:now\s+|already\s+|just\s+)?(?:filled|recruited\s+for)\s+"
    rf"(?:all\s+|every\s+)(?:of\s+)?(?:the|our|these|those)\s+(?:[\w-]+\s+){{0,3}}?{_JOBS}\b",
    rf"\ball\s+(?:of\s+)?(?:the|our)\s+(?:[\w-]+\s+){{0,3}}?{_JOBS}\s+(?:have\s+(?:now\s+|"
    r"already\s+)?been\s+|are\s+(?:now\s+|already\s+)?(?:all\s+)?)(?:filled|taken|gone)\b",
    # (each led by a word of two letters or more, so that the gates of :mod:`..gates.leads`
    # try it only on sentences that have it: "I" alone would gate nothing)
    r"(?<!not\s)\bfully\s+staffed\b|\ball\s+the\s+(?:staff|people|help|workers|crew)\s+(?:we|I)\s+"
    r"need\b",
    r"\b(?:we're|we\s+are)\s+not\s+(?:currently\s+|really\s+)?(?:hiring|recruiting|"
    r"taking\s+(?:any(?:one|body)|new\s+staff|people|staff)\s+on)\s+(?:at\s+the\s+moment|right\s+"
    r"now|currently|any\s?more|this\s+(?:year|season|Christmas|summer))\b",
    # German
    r"\balle\b[^.;]{0,60}?\b(?:\w*[Ss]tellen|\w*[Jj]obs|Positionen)\b[^.;]{0,40}?\b(?:vergeben|"
    r"besetzt)\b",
    r"\b(?:stellen|nehmen)\s+(?:wir\s+)?(?:leider\s+)?(?:(?:derzeit|momentan|zurzeit|aktuell|"
    r"gerade|im\s+Moment)\s+)?(?:niemanden|keine\s+\w*(?:kräfte|Mitarbeiter\w*))\s+(?:mehr\s+)?(?:ein|auf)\b|"
    r"\bkeine\s+(?:freien\s+)?(?:\w*stellen|Jobs)\s+mehr\b",
    # Dutch
    r"\b(?:vakantiebanen|bijbanen|zaterdagbanen|kerstbanen|zomerbanen|banen|vacatures|functies|"
    r"plekken\s+voor\s+\w+)\b[^.;]{0,30}?\b(?:al|allemaal|"
    r"inmiddels)\s+(?:\w+\s+)?(?:vergeven|bezet|vervuld|ingevuld|gevuld)\b",
    r"\bnemen\s+(?:we\s+|wij\s+)?(?:helaas\s+)?(?:momenteel\s+|op\s+dit\s+moment\s+|nu\s+)?(?:niemand|geen\s+(?:mensen|"
    r"personeel))\s+(?:meer\s+)?aan\b",
    # French
    r"\btous\s+les\s+postes\b[^.;]{0,40}?\b(?:pourvus|déjà\s+pris)\b|"
    r"\bn'(?:embauchons|recrutons)\s+(?:plus|pas)\b",
    # Spanish
    r"\btodos\s+los\s+puestos\b[^.;]{0,40}?\b(?:cubiertos|ocupados)\b|\bhemos\s+(?:ya\s+)?"
    r"cubierto\s+todos\s+los\s+puestos\b|\bno\s+estamos\s+contratando\b",
)

REJECTION = _compile(
    (
        # English
        # an offer withheld: "we've decided not to extend an offer for the Senior PM role", "we
        # won't be offering you the position", "unable to offer you the role"
        r"\b(?:decided|chosen|chose|opted|elected)\s+not\s+to\s+(?:extend|make)\s+(?:you\s+)?(?:an?\s+)?"
        r"offer\b|(?:\bnot|n't|\bunable\s+to)\s+(?:be\s+)?(?:offer|offering)\s+you\s+(?:the|this|a)\s+"
        r"(?:\w+\s+){0,3}?(?:position|role|job|post)\b",
        rf"\b(?:decided|chosen|chose|elected|opted|decision)\b[^.;]{{0,40}}\b(?:to )?"
        rf"(?:move|moving|proceed|proceeding|go|going|continue|progress|pursue|pursuing)"
        rf"\b[^.;]{{0,25}}\b(?:with|other) (?:an?other |other |a different |more )?"
        rf"(?:\w+ ){{0,2}}{_CANDIDATE}{_NOT_SCHEDULE}",
        rf"\b(?:has|have|had|we've|we)\s+(?:now\s+)?(?:chosen|selected|hired|appointed|"
        rf"decided on|gone with|found|identified|offered the (?:role|position|job) to|"
        rf"extended an offer to|made an offer to)\s+(?:an?other|other|a different|a more|"
        rf"an internal|a stronger)\b[^.;]{{0,20}}{_CANDIDATE}",
        # the process named at length before the other person: "we decided to continue the
        # procedure for the Data Engineer (Consultancy) role with another candidate" (never
        # "with you and another candidate")
        rf"\b(?:decided|chosen|chose|elected|opted|decision)\b[^.;]{{0,40}}\bto\s+"
        rf"(?:move|proceed|go|continue|progress|pursue)\s+(?:(?!\byou)[^.;]){{0,40}}?\b{_PROCESS}\b"
        r"(?:(?!\byou)[^.;]){0,60}?\bwith\s+(?:an?other|a different)\s+(?:\w+\s+){0,2}?"
        r"(?:candidate|applicant|person)\b"
        rf"{_NOT_YOURS}",
        # the public sector's word: "the panel has decided to appoint another candidate"
        rf"\b(?:decided|chosen|chose|elected|opted|decision)\b[^.;]{{0,30}}\bto\s+(?:appoint|hire|"
        rf"offer (?:the (?:role|post|position|job) )?to|(?:make|extend)\s+(?:an|the|our)\s+"
        rf"(?:job\s+)?offer\s+to)\s+(?:(?:an?other|a different|an internal|"
        rf"an external)\b[^.;]{{0,20}}{_CANDIDATE}|someone else|somebody else)\b",
        # others preferred without "other", for fitting better than the candidate: "we've
        # decided to focus on candidates whose experience more closely aligns", "hemos decidido
        # continuar con perfiles que se ajustan mejor", "wir haben uns für Bewerber
        # entschieden, deren Profil besser passt" (a decision taken and a comparison; "we
        # have decided to prioritise applicants who can start immediately" is a policy, and
        # "nous travaillons avec des candidats qui ont plus de dix ans" no decision at all)
        rf"\b{_DECIDED_EN}\b[^.;]{{0,40}}\b(?:candidates|applicants|profiles|people|"
        rf"individuals)\s+(?:whose|who|with|that)\b[^.;]{{0,80}}?\b{_BETTER}",
        rf"\b{_DECIDED_EN}\b[^.;]{{0,40}}\b(?:focus\w*|concentrat\w+|prioriti[sz]\w*)\s+"
        r"(?:on\s+)?other\s+(?:candidates|applicants|profiles|people)\b",
        rf"\b{_DECIDED_OTHER}\b[^.;]{{0,60}}\b{_OTHERS_NOUN}\s*,?\s+{_RELATIVE}\b"
        rf"[^.;]{{0,80}}?\b{_BETTER}",
        rf"\b(?:für|voor)\s+(?:andere\s+)?{_OTHERS_NOUN}[^.;]{{0,40}}\b(?:entschieden|gekozen)\b"
        rf"\s*,?\s+{_RELATIVE}\b[^.;]{{0,80}}?\b{_BETTER}",
        r"\bselected other (?:applicants|candidates|people)\b[^.;]{0,30}"
        r"\b(?:whose|who|with)\b",
        r"(?:\bnot|n't)\s+(?:be\s+)?(?:(?:going|able|planning|in a position)\s+to\s+)?"
        r"(?:move|moving|go|going|take|taking|proceed\w*|progress\w*|advanc\w*|continu\w*)\s+"
        r"(?:forward\s+|ahead\s+|further\s+)?with\s+(?:yours|your|you)\b",
        r"\b(?:won't|will not|wouldn't|would not|cannot|can't|are not|aren't|not)\s+"
        r"(?:be\s+)?(?:taking|moving|progressing|advancing|proceeding)\s+(?:with\s+)?"
        # "taking your application for the Data Engineer role any further"
        r"(?:it|yours|your application|your candidacy|you|this)(?:\s+(?:for|as)\s+[^.;,]{1,60}?)?"
        r"\s+(?:forward|further|any further)",
        r"\b(?:will|would|can|could)\s+not\s+be\s+(?:considered|progressed|taken)\s+further",
        r"(?:\bnot|n't)\s+(?:be\s+)?(?:progress\w*|advanc\w*|shortlist\w*|pursu\w*)\s+(?:with\s+)?"
        r"(?:your|you)\b",
        r"\bno longer (?:being )?(?:considered|under consideration|in consideration)",
        r"\b(?:have|has|were|was|are)\s+not\s+been\s+(?:successful|selected|shortlisted)",
        r"\b(?:you|your application|you've|you have)\s+(?:(?:were|was|have|has|are|is)\s*)?"
        r"(?:not|un)\s*(?:been\s+)?(?:successful|selected|shortlisted)\b"
        r"(?!\s+(?:a|an|the|your|any|one|yet)\b)",
        r"\bregret to (?:inform|tell|let you know|advise)",
        r"\b(?:position|role|vacancy|job|opening) (?:(?:has|have) (?:now |since |already )?"
        r"been|was|is now) (?:filled|closed)",
        # the position went to someone: "we've now filled the role", "offered it to a candidate"
        r"\b(?:have|has|had|we've|we)\s+(?:now\s+|since\s+|already\s+|just\s+)?(?:filled|closed)\s+"
        r"(?:the|this|that|our)\s+(?:[\w-]+\s+){0,4}?(?:role|position|vacancy|job|post|opening)\b",
        r"\b(?:offered|given|gave|extended)\s+(?:it|the\s+[\w\s-]{0,50}?(?:role|position|job|"
        r"post|offer))\s+to\s+(?:someone|somebody|(?:an?|one|another|an internal)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{_CANDIDATE}|colleague|hire))\b",
        # others fitted better: "other candidates were a closer fit", "sloten beter aan"
        r"\b(?:other|another)\s+(?:candidates?|applicants?|profiles?|people)\s+(?:were|was|are|is|"
        r"had|have|felt)\s+(?:a\s+)?(?:closer|better|stronger|more\s+suitable)\s*(?:fit|match|"
        r"suited|aligned)?",
        r"\bclos(?:e|ing)\s+(?:your|the)\s+(?:\w+\s+)?(?:application|candidacy)\b",
        r"\b(?:andere|weitere)\s+(?:Kandidat\w*|Bewerber\w*|Profile)\s+(?:\w+\s+){0,3}?(?:passen|"
        r"passten|entsprechen|entsprachen)\s+(?:\w+\s+)?besser",
        r"\bd'autres\s+(?:candidat\w*|profils?)\s+(?:\w+\s+){0,2}?(?:correspond\w*|"
        r"répond\w*)\s+(?:davantage|mieux|plus)",
        r"\botr[oa]s\s+(?:candidat[oa]s|perfiles)\s+(?:\w+\s+){0,2}?(?:encaj\w+|se\s+ajust\w+|"
        r"se\s+adecu\w+)\s+mejor",
        r"\bandere\s+(?:kandidaten|sollicitanten)\s+(?:\w+\s+){0,2}?(?:sloten|sluiten|pasten|"
        r"passen)\s+(?:\w+\s+){0,2}?beter",
        # the position goes to someone inside, or to "someone"
        r"\b(?:decided|chosen|opted|going|decision)\s+(?:\w+\s+){0,2}?to\s+(?:hire|promote|recruit|appoint|fill\s+"
        r"(?:the|this)\s+(?:\w+\s+){0,3}?(?:role|position|vacancy))\s+(?:\w+\s+){0,4}?(?:internally|"
        r"from within)|\b(?:filled|fill(?:ing)?)\s+(?:the|this)\s+(?:\w+\s+){0,3}?(?:role|position|"
        r"vacancy)\s+internally",
        r"\b(?:have|has|had|we've|we)\s+(?:now\s+)?(?:appointed|hired|chosen|selected|gone\s+with|"
        r"found)\s+someone\b|\bended\s+up\s+(?:hiring|picking|choosing|taking\s+on|offering\s+"
        r"(?:it|the\s+\w+)\s+to)\s+(?:someone|somebody)\b(?!\s+(?:else\s+)?to\b)|"
        r"\b(?:gone|went)\s+(?:with|w/?)\s+(?:someone|somebody|another|"
        r"a different|an internal)\b|\b(?:we're|we are|we'll|we will|decided to|chose to|opted to|"
        # typed fast: "were gonna go with someone whos done more", "ended up going w someone"
        r"ended up|end up|(?:we're|were|we are)\s+(?:gonna|going\s+to))\s+go(?:ing)?\s+"
        # a person ("another motion designer who's based here"), not "a different venue"
        r"(?:with|w/?)\s+(?:someone|somebody|(?:another|a different|an internal)\s+"
        rf"(?:(?:[\w-]+\s+)?(?:{_CANDIDATE}|hire|finalist)\b|(?:[\w-]+\s+){{1,3}}?(?:who|whose)\b)|"
        r"an internal\b)",
        r"\bin\s+favou?r\s+of\s+(?:an?other|a different|an internal)\s+(?:\w+\s+)?"
        rf"{_CANDIDATE}",
        r"\bnot (?:quite )?(?:the )?(?:news|outcome|answer|response) (?:that )?you(?:'d| had| were"
        r"| have been)? (?:been )?hoping",
        # the role given to the other person named before: "we've decided to offer the role to
        # them", "chose to give the job to her"
        r"\b(?:decided|decision|chosen|chose|opted|going)\b[^.;]{0,30}\b(?:offer|give|extend)\s+"
        r"(?:it|the\s+(?:[\w-]+\s+){0,5}?(?:role|position|job|post|offer))\s+to\s+(?:them|him|her|"
        r"(?:that|this|the\s+other)\s+(?:candidate|person|applicant))\b",
        # ... or to a third person described: "we've decided to offer the Analyst role to a
        # candidate with more hands-on experience", "chose to appoint an applicant who has ..."
        r"\b(?:decided|decision|chosen|chose|opted|going)\b[^.;]{0,30}\b(?:(?:offer|give|extend)"
        r"\s+(?:it|the\s+(?:[\w-]+\s+){0,5}?(?:role|position|job|post|offer))\s+to|hire|appoint|"
        rf"recruit)\s+(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}?{_CANDIDATE}\s+(?:with|who|whose|from|"
        r"that)\b",
        r"\b(?:decided|decision)\s+(?:not to|to not)\s+(?:proceed|progress|move|continue|"
        r"pursue|take|advance|invite|offer)",
        r"\bnot\s+(?:to\s+)?(?:proceed|progress|move forward|continue|advance)\s+with\s+"
        rf"(?:your|the)\s+{_NOUN_APP}",
        r"\b(?:go|going|move|moving|gone|head|heading) in (?:a different|another|a new) direction",
        r"(?:\bnot|n't)\s+(?:be\s+)?(?:inviting|progressing|taking|moving|advancing)\s+you\s+"
        r"(?:to|forward|further|through)\b",
        r"\bnot (?:be )?(?:offering|extending) you (?:the |an? )?(?:position|role|offer|job)",
        r"\bunable to (?:offer you|move forward with your|progress your)",
        # the decision said as passing: "we're going to pass this time", "we'll have to pass on
        # your application for now", "we have decided to pass on the Analyst role" (not "we'll
        # pass your CV on", "we'll pass on your details to the team")
        r"\bwe(?:'re|\s+are|'ll|\s+will|'ve|\s+have|\s+had|\s+must|\s+need)?\s+"
        r"(?:(?:(?:going|decided|have|had|need)\s+)?to\s+)?pass"
        rf"(?:\s+(?:{_PASS_ON}|{_PASS_WHEN})){{0,2}}\s*(?:[.,;!]|$)",
        r"\b(?:you|application|candidacy|candidature)\s+(?:were|was|has been|have been|is|are)\s+"
        r"unsuccessful\b|\bunsuccessful\s+(?:on this occasion|at this (?:time|stage)|"
        r"in (?:your|this)|this time)",
        r"(?:\bnot|n't|\bunable to|\bcannot)\s+(?:be\s+)?"
        r"(?:extending|extend|making|make|offering)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:job|formal|final)\s+)?(?:offer|role|position)\b",
        r"\b(?:pursue|pursuing|proceed with|proceeding with|move forward with|moving forward with|"
        r"go with|going with|progress)\s+(?:other|another|different)\s+"
        r"(?:candidates?|applicants?|profiles?)\s+(?:whose|who|with|that)\b",
        r"\b(?:offer(?:ed|ing)?|give|given|giving|extend(?:ed)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}"
        r"(?:role|position|job|post|offer)\s+to\s+(?:an?other|a different|someone else|"
        r"another person|an internal)",
        r"\b(?:other|another) candidates? (?:whose|who) (?:experience|background|skills|"
        r"profile)?\s*(?:more closely|better|more) (?:match|matches|align|aligns|fit|fits)",
        # someone else chosen for fitting better: "selected a candidate whose experience aligns
        # more closely", "filled the position through an internal transfer"
        r"\b(?:selected|chosen|hired|appointed|identified)\s+(?:a|an|one)\s+(?:\w+\s+)?"
        rf"{_CANDIDATE}\s+(?:whose|who)\b[^.;]{{0,60}}\b(?:more closely|better|more suited)",
        r"\bfill(?:ed)?\s+the\s+(?:[\w-]+\s+){0,4}?(?:role|position|vacancy|post)\s+(?:through|via)"
        r"\s+(?:an?\s+)?internal",
        # German
        # inside compounds too: "Auswahlverfahren", "Bewerbungsprozess"
        # ... the process named at length first: "das Auswahlverfahren für die Position
        # Principal Engineer (m/w/d) mit einer Kandidatin fortzusetzen, deren ..."
        r"(?:prozess|verfahren)\b[^.;]{0,80}?\bmit\s+(?:(?:einer|einem|anderen|einer\s+anderen|"
        r"einem\s+anderen)\s+)?(?:Kandidat\w*|Bewerber\w*)[^.;]{0,40}\bfort(?:zu)?setzen"
        rf"{_NOT_SCHEDULE}",
        # one other person chosen, said as done (not "sobald wir uns ... entschieden haben"):
        # "Letztlich haben wir uns für eine Kandidatin entschieden, die ...", "haben wir uns
        # dennoch für Kandidatinnen und Kandidaten entschieden, deren ..."
        r"\b(?:haben|hatten)\s+(?:wir\s+)?uns\b[^.;]{0,40}?\bfür\s+(?:(?:eine[nr]?|die|den)\s+)?"
        r"(?:andere[nr]?\s+|interne[nr]?\s+)?(?:Kandidat\w*|Bewerber\w*|Mitbewerber\w*)\b"
        r"[^.;]{0,100}?\bentschieden\b",
        r"\b(?:Kandidat\w*|Bewerber\w*)\b[^.;]{0,40}\bderen\s+(?:Profil|Erfahrung\w*|"
        r"Qualifikation\w*)\b[^.;]{0,40}\bbesser",
        r"\b(?:für|fuer)\s+(?:eine[mnr]?\s+)?(?:andere[nrs]?|weitere[nrs]?)\s+"
        r"(?:Kandidat|Bewerber|Person|Profil)",
        # with others only when going on with them: "mit einer anderen Kandidatin
        # weitermachen / fortfahren" (talks still held "mit weiteren Kandidatinnen" decide nothing)
        r"\bmit\s+(?:eine[mnr]?\s+)?andere[nrs]?\s+(?:Kandidat|Bewerber|Person|Profil)\w*"
        r"(?:[:*_/·][Ii]n(?:nen)?)?\b[^.;]{0,60}?\b(?:weiter(?:zu)?machen|weiter(?:zu)?gehen|"
        r"fort(?:zu)?fahren|fort(?:zu)?setzen|entschieden|besetz\w*)\b"
        rf"{_NOT_SCHEDULE}",
        r"\banderweitig\s+(?:entschieden|besetzt|vergeben)",
        r"\bnicht\s+(?:weiter\s+)?(?:berücksichtig|in die engere Auswahl|weiterverfolg|"
        r"weiter verfolg|für Sie entschieden)",
        r"\bgegen\s+(?:Ihre|deine)\s+(?:Bewerbung|Kandidatur)\s+entschieden",
        r"\b(?:keine|nicht)\s+(?:positive\s+)?(?:Zusage|positive Rückmeldung)",
        r"\bAbsage\b[^.;]{0,40}\b(?:Bewerbung|Kandidatur)|\b(?:Bewerbung|Kandidatur)\b[^.;]{0,60}"
        r"\bAbsage\b|\beine Absage (?:erteilen|geben|mitteilen)",
        r"\bStelle\s+(?:wurde\s+)?(?:bereits\s+)?(?:anderweitig\s+)?(?:besetzt|vergeben)",
        r"\b(?:Stelle|Position|Vakanz)\s+(?:(?:ist|wurde|haben|hat)\s+)?(?:\w+\s+)?"
        r"(?:bereits|inzwischen|mittlerweile|schon|anderweitig)\s+(?:\w+\s+)?(?:besetzt|vergeben)",
        # decided: "entschieden, die Stelle einer Kandidatin anzubieten, die ...", "beschlossen,
        # die Position an einen Bewerber mit mehr Erfahrung zu vergeben"
        r"\b(?:entschieden|entschlossen|beschlossen)\b[^.;]{0,30}\b(?:die|diese)\s+(?:Stelle|"
        r"Position)\s+(?:an\s+)?(?:eine[mnr]?|einen?)\s+(?:\w+\s+)?(?:Kandidat|Bewerber|"
        r"Mitbewerber)\w*\b[^.;]{0,60}?\b(?:zu\s+vergeben|anzubieten)\b",
        r"\b(?:Stelle|Position|Vakanz)\s+(?:\w+\s+){0,2}?(?:mit|durch)\s+(?:eine[mnr]?|einen?)\s+"
        r"(?:\w+\s+)?(?:Kandidat\w*|Bewerber\w*|Person|Mitbewerber\w*)\b[^.;]{0,100}?\bbesetz",
        r"\b(?:keine|nicht\s+die)\s+(?:positive(?:re)?|bessere|erfreuliche(?:re)?|gute|"
        r"günstigere)\s+(?:Nachricht|Rückmeldung|Mitteilung|Antwort|Entscheidung)",
        r"\bbedauer\w*\b[^.;]{0,40}\bmitteilen\s+zu\s+müssen|\bmüssen\s+(?:wir\s+)?Ihnen\s+"
        r"(?:leider\s+)?mitteilen,?\s+dass",
        r"\bnicht\s+(?:für|in)\s+(?:die|das)\s+(?:nächste|weitere|zweite|finale)\s+"
        r"(?:Runde|Auswahlrunde|Gespräch|Verfahrensrunde)",
        r"\bgegen\s+(?:Sie|dich)\s+entschieden",
        r"\bzugunsten\s+(?:einer?|eines|einem)\s+(?:anderen\s+|internen\s+)?(?:Mitbewerber\w*|"
        r"Kandidat\w*|Bewerber\w*|Person|Lösung)",
        r"\b(?:intern|intern\w*\s+Kandidat\w*)\s+(?:zu\s+)?(?:besetzen|besetzt|nachbesetzt)|"
        r"\bfür\s+jemand(?:en)?\s+(?:anderen|mit|der|die|aus)\b",
        # French
        r"\bavec\s+(?:d'autres|des)\s+(?:candidat\w*|profils?)\s+(?:[\w']+\s+){0,2}?(?:correspond\w*|"
        r"répond\w*)\s+(?:davantage|mieux|plus)",
        r"\bn(?:e\s+|')(?:[\w']+\s+){0,2}?(?:pas|plus)\s+(?:(?:en\s+)?mesure\s+d(?:e\s+|'\s*))?"
        r"(?:(?:y|en)\s+)?(?:(?:donner|réserver|apporter)\s+)?(?:une\s+)?suite\b",
        r"\ben\s+faveur\s+d'(?:un|une)\s+(?:autre\s+)?(?:candidat|profil|personne)|\b(?:pourvu|"
        r"pourvoir)\s+(?:le\s+poste\s+)?en\s+interne|\bopté\s+pour\s+quelqu'un",
        r"\bne\s+(?:pouvoir|pouvons|pourrons|saurions|pourrions)\s+(?:y\s+)?(?:donner|réserver|"
        r"apporter)\s+(?:une\s+)?suite",
        r"\ble\s+regret\s+de\s+(?:vous\s+(?:informer|annoncer|faire\s+part)|ne\s+(?:pas|pouvoir))",
        r"\bposte\b[^.;]{0,30}\b(?:a|est)\s+(?:désormais\s+|déjà\s+|maintenant\s+)?(?:été\s+)?"
        r"pourvu|\bavons\s+(?:déjà\s+)?pourvu\s+(?:le|ce)\s+poste",
        r"\bne\s+(?:\w+\s+){0,2}?pas\s+(?:\w+\s+)?poursuivre\s+(?:avec\s+vous|(?:votre|ta)\s+"
        r"candidature|le\s+processus)",
        r"\b(?:sommes|suis)\s+au\s+regret\s+de\s+vous\s+(?:informer|annoncer|faire\s+part)",
        r"\bpas\s+(?:la|une)\s+(?:réponse|nouvelle)\s+(?:positive|favorable|que\s+vous\s+"
        r"(?:espériez|attendiez))",
        r"\bpas\s+(?:été\s+)?retenue?s?\b",
        # an applicant tracker's status line: "Statut : Candidature non retenue"
        r"\b(?:candidature|profil|dossier)\s+non\s+retenue?\b",
        r"\bne\s+(?:sera|seront|serez|a|avez)\s+pas\s+(?:été\s+)?retenue?s?",
        r"\b(?:un|une|d'autres|autre)\s+(?:autre\s+)?(?:candidat|candidate|profil)s?\b"
        r"[^.;]{0,40}\b(?:retenu|correspond|choisi|sélectionné|plus proche)",
        r"\b(?:choisi|choix|décidé|retenu|proposé|offert|privilégié|opté\s+pour)\b[^.;]{0,40}"
        r"\b(?:un autre|une autre|d'autres|un|une)\s+(?:autre\s+)?"
        r"(?:candidat|profil|personne)"
        rf"{_NOT_SCHEDULE}",
        r"\bregrett?ons\s+de\s+vous\s+(?:informer|annoncer)",
        r"\bsans\s+suite\b",
        # Spanish
        r"\b(?:seguir|continuar|avanzar)\s+(?:adelante\s+)?(?:(?:el|nuestro)\s+proceso\s+"
        r"(?:de\s+selección\s+)?)?con\s+(?:otra|otro|otras|otros)\s+(?:persona|candidat|perfil|postulante|aspirante)"
        rf"{_NOT_SCHEDULE}",
        r"\b(?:poursuivre|continuer)\s+(?:(?:le|notre)\s+processus\s+(?:de\s+recrutement\s+)?)?"
        r"avec\s+(?:d'autres|un\s+autre|une\s+autre|un(?:\(e\)|·e|\.e)\s+(?:autre\s+)?"
        r"(?=candidat\w*(?:\(e\)|·e|\.e)?\s+(?:dont|qui|ayant)\b))\s*(?:candidat|profil|personne)"
        rf"{_NOT_SCHEDULE}",
        r"\bno\s+(?:has|ha|hemos)\s+(?:sido\s+)?(?:seleccionad|elegid)",
        r"\bno\s+(?:vamos\s+a\s+|podemos\s+|podremos\s+)?(?:continuar|seguir|avanzar)"
        r"(?:emos|é)?\s+(?:adelante\s+)?(?:con\s+)?(?:tu|su)\s+(?:candidatura|solicitud|proceso|"
        r"perfil)",
        r"\b(?:decidido|elegido|optado|ofrecido)\b[^.;]{0,40}\b(?:otra|otro|una|un)\s+"
        r"(?:otra\s+|otro\s+)?(?:persona|candidat|perfil|postulante|aspirante)"
        rf"{_NOT_SCHEDULE}",
        r"\b(?:puesto|vacante|posición|plaza)\b[^.;]{0,30}\b(?:ha\s+sido|está|quedó|fue)\s+"
        r"(?:ya\s+)?(?:cubiert[oa]|ocupad[oa])|\bhemos\s+(?:ya\s+)?cubierto\s+(?:el|la)\s+"
        r"(?:puesto|vacante|posición|plaza)",
        r"\ba\s+favor\s+de\s+(?:otr[oa]|un[ao])\s+(?:candidat[oa]|perfil|persona|postulante|aspirante)|\b(?:elegido|optado)\s+"
        r"(?:a|por)\s+(?:alguien|otra\s+persona)|\b(?:cubrir|cubierto|cubierta)\s+(?:\w+\s+){0,3}?"
        r"(?:internamente|de\s+forma\s+interna)",
        r"\bno\s+(?:pasarás|pasará|continuarás|continuará|avanzarás|avanzará)\s+a\s+la\s+"
        r"(?:siguiente|próxima)\s+(?:fase|etapa|ronda)",
        r"\blamentamos\s+(?:informarte|informarle|comunicarte|comunicarle)",
        r"\bno\s+(?:es|era)\s+la\s+noticia\s+que\s+esperabas",
        # Dutch
        r"\b(?:gekozen|besloten)\b[^.;]{0,40}\b(?:voor|met)\s+(?:een\s+)?(?:andere?)\s+"
        r"(?:kandida(?:a)?t|sollicitant|persoon|profiel)"
        rf"{_NOT_SCHEDULE}",
        # one other person chosen, said as done: "we hebben gekozen voor een kandidaat die ..."
        r"\b(?:hebben|heeft)\s+(?:we\s+|wij\s+)?(?:\w+\s+){0,2}?gekozen\s+voor\s+een\s+"
        r"(?:interne\s+)?(?:kandida(?:a)?t|sollicitant)e?\b",
        r"\bniet\s+(?:verder|door)\s+(?:gaan|te gaan|naar)\b[^.;]{0,40}"
        r"(?:sollicitatie|procedure|ronde)",
        r"\b(?:je|jouw|uw)\s+sollicitatie\b[^.;]{0,60}\bniet\s+(?:verder|door|in aanmerking)",
        r"\bafwijzing\b|\bafgewezen\b",
        r"\bniet\s+verder\b[^.;]{0,20}\bmet\s+(?:je|jouw|uw)\s+(?:sollicitatie|kandidatuur|"
        r"kandidaatstelling)",
        r"\b(?:functie|vacature|positie)\b[^.;]{0,30}\b(?:is|werd|hebben\s+we)\s+(?:inmiddels\s+|al\s+)?"
        r"(?:vervuld|ingevuld|vergeven|bezet|opgevuld)",
        r"\b(?:aangeboden|gegund)\s+aan\s+(?:een\s+)?(?:andere\s+)?(?:kandida(?:a)?t|sollicitant|"
        r"persoon)",
        r"\b(?:gekozen|besloten|gegaan)\s+(?:\w+\s+)?(?:voor|met)\s+(?:iemand|een\s+ander(?:e)?\b)|"
        r"\bten\s+gunste\s+van\s+(?:een\s+)?(?:andere\s+)?(?:kandida(?:a)?t|sollicitant)|"
        r"\bintern\s+(?:in\s+te\s+vullen|ingevuld|vervuld)|\binterne\s+kandida(?:a)?t\b",
        r"\bmoeten\s+(?:wij|we|ik)\s+(?:u|je|jou)\s+(?:helaas\s+)?(?:mededelen|laten weten|"
        r"berichten)\s+dat|\bgeen\s+(?:positief|positiever|beter|goed)\s+(?:bericht|nieuws)",
        r"\bniet\s+(?:geselecteerd|uitnodigen|uit te nodigen|uitgenodigd)\b",
        *_NO_JOBS_LEFT,
        *PASSED_OVER,
    )
)
