"""What a writer says of being at the interview: "join me", "the panel is myself and ...",
"I won't be on the call", "Rhea will not join", in English, German, French, Spanish, Dutch.

Phrases only; :mod:`.people` decides with them whom the candidate meets. The writer is the
sender for the mail's own words, and the author of a forwarded mail for that mail's words.
Who says they will not be there is read in :mod:`.absence` (given from here too).
"""

from __future__ import annotations

import re

from ..gates.firstletter import by_first_letter
from .absence import NOT_ATTENDING as NOT_ATTENDING
from .absence import says_absent as says_absent

FIRST_PERSON = re.compile(
    # grouped by first letter (firstletter.by_first_letter): the same matches, without trying all
    # the phrases at every position
    r"\b"
    + by_first_letter(
        # whole words: "Join with Google Meet meet.google.com" is no "meet me"
        r"(?:join|with|meet(?:ing)?)\s+(?:me|myself)(?!\w)|(?<![,;] )and I\b(?!'ve|'m|'d)|"
        r"I'll (?:be (?:there|joining|hosting)|call|ring|"
        r"join|host|meet|see|speak|talk|chat)|I will (?:be (?:joining|hosting)|call|join|host|"
        r"meet|see)|(?:talk|speak) (?:to|with) me(?!\w)|our (?:call|chat|conversation|"
        r"meeting)|unser (?:Telefonat|Gespräch|Treffen)|notre (?:échange|rendez-vous|entretien)|"
        r"nuestra (?:charla|reunión|llamada|conversación)|ons (?:gesprek|telefoongesprek)|"
        r"and me\b|mit mir\b|und mir\b|ich (?:rufe|freue mich auf unser)|avec moi\b|et moi\b|"
        # the writer first in the list of those met: "moi et Julie", "ich und Frau Lenz"
        r"(?<![àa] )moi(?:-même)? et\b|(?<![,;] )ich und (?=(?:Herr|Frau|Dr|Prof|[A-Z]))|"
        # the writer counts those met: "on va être deux", "we'll be two of us", "seremos dos"
        r"(?:on\s+(?:va\s+être|sera)|nous\s+serons)\s+(?:deux|trois)\b|"
        r"we(?:'ll|\s+will)\s+be\s+(?:two|three)\b|(?:seremos|estaremos)\s+(?:dos|tres)\b|"
        r"we\s+(?:zijn|zullen)\s+(?:met\s+)?(?:z'n|zijn)\s+(?:tweeën|drieën)|"
        # the sender among others: "nehmen neben mir Herr Lenz teil", "à mes côtés"
        r"besides me|alongside me|as well as me|neben mir|außer mir|à mes côtés|junto a mí|"
        r"además de mí|naast mij|"
        r"je vous appellerai|conmigo|"
        # the writer offers their own time: "I can do the candidate Monday 11/16 at 4pm", "I can
        # see her Tuesday", "ich kann Sie am Montag", "je peux vous recevoir mardi", "puedo
        # verla el lunes", "ik kan haar maandag zien"
        r"I\s+can\s+(?:do|see|meet|fit)\b[^.!?\n]{0,50}?\b(?:(?:mon|tues|wednes|thurs|fri|satur|"
        r"sun)day|tomorrow)|ich\s+kann\s+(?:Sie\s+|ihn\s+|sie\s+)?(?:am\s+)?(?:Montag|Dienstag|"
        r"Mittwoch|Donnerstag|Freitag|Samstag|morgen)|je\s+peux\s+(?:vous\s+|la\s+|le\s+|te\s+)?"
        r"(?:recevoir\s+|voir\s+|rencontrer\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"demain)|puedo\s+(?:verte\s+|verla\s+|verlo\s+|recibirte\s+|recibirla\s+|recibirlo\s+)?"
        r"(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|mañana)|ik\s+kan\s+(?:je\s+|u\s+|"
        r"haar\s+|hem\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|morgen)|"
        r"y yo\b|y a mí\b|a mí y a\b|te llamaré|met mij|en mij|en ik\b|ik bel (?:je|u)|"
        # "me and Felix", not "come back to me and Monday works"
        r"and myself|myself and|(?<!\bto )(?<!\btold )(?<!\bsent )(?<!\bgave )me and\b|"
        r"joined by|join(?:ing)? me\b|will join me\b|"
        r"moi-même|ainsi que moi\b|et moi-même|und ich\b|sowie ich\b|ich selbst|"
        r"mit dabei (?:ist|sind) (?:mein|meine)\b|yo mism[oa]|y conmigo|mijzelf|ikzelf|"
        r"both of us|the two of us|us both|wir beide|uns beide|nous deux|los dos|"
        r"me ?[+&] ?(?=\w)|"
        r"wij beiden|ons beiden|ons allebei|"
        # the sender attends too: "Je serai également présente", "meine Wenigkeit"
        r"I(?:'ll| will) (?:also|too) (?:be|join)|I(?:'ll| will) be there too|"
        # the writer asks to meet the candidate: "I'd like to meet you on Thursday", not "I'd
        # like you to meet Tom"
        r"I(?:'d| would) (?:like|love) to (?:meet|see|speak with|talk to|chat with) you\b|"
        # "I'll be sitting in on the interview", "I'll sit in", "I'll be on the panel"
        r"I(?:'ll| will) (?:also )?(?:be sitting in|sit in|be on the (?:panel|interview))\b|"
        # the writer takes a part in it: "ich begleite das Gespräch von HR-Seite", "I'll chair
        # the panel", "j'animerai l'entretien", "participaré en la entrevista", "ik begeleid het
        # gesprek"
        r"ich\s+(?:begleite|moderiere|leite)\s+(?:das|unser|Ihr)\s+(?:\w+\s+)?Gespräch|"
        r"I(?:'ll| will)\s+(?:chair|facilitate|moderate)\s+(?:the|your)\s+(?:interview|panel|"
        r"session|call)|je\s+(?:participerai|animerai|présiderai)\s+(?:à\s+)?(?:l'|le\s+)"
        r"(?:entretien|jury)|participaré\s+en\s+la\s+entrevista|ik\s+(?:begeleid|leid|neem\s+deel\s+"
        r"aan)\s+het\s+gesprek|"
        r"je serai (?:également |aussi )?(?:présente?|là|de la partie)|meine Wenigkeit|"
        # the writer comes with another: "je serai accompagnée de Julie", "ich werde von Frau
        # Lenz begleitet", "estaré acompañada de Paola", "ik word vergezeld door Joost"
        r"je\s+serai\s+accompagnée?\s+(?:de|par)|I(?:'ll|\s+will)\s+be\s+accompanied\s+by|"
        r"(?:ich\s+werde|werde\s+ich)\s+(?:[^.!?\n]{0,40}\s)?begleitet|begleitet\s+werde\s+ich|"
        r"estaré\s+acompañad[oa]\s+(?:de|por)|ik\s+word\s+(?:\w+\s+)?(?:vergezeld|bijgestaan)\s+door|"
        # ... or takes part too: "I'll be on the call too", "je participerai également", "ich
        # nehme ebenfalls am Gespräch teil", "ich bin beim Gespräch auch dabei", "yo también
        # estaré", "ik ben ook bij het gesprek aanwezig", "ik zit zelf ook bij het gesprek"
        r"I(?:'ll|\s+will)\s+(?:also\s+)?be\s+(?:on|in)\s+the\s+(?:call|interview|meeting|"
        r"panel|video\s*call|zoom|teams\s+call)\s+(?:too|as\s+well)|"
        r"je\s+participerai\s+(?:également|aussi)|"
        r"ich\s+nehme\s+(?:auch\s+|ebenfalls\s+|selbst\s+)?(?:am|an\s+dem)\s+\w+\s+teil|"
        r"ich\s+(?:bin|werde)\s+(?:[^.!?\n]{0,30}\s)?(?:auch|ebenfalls|selbst)\s+(?:dabei|anwesend)|"
        r"(?:yo\s+)?también\s+(?:estaré|participaré)|participaré\s+(?:también|yo)|"
        r"ik\s+(?:ben|zit)\s+(?:zelf\s+)?(?:ook\s+)?(?:bij\s+het\s+gesprek|in\s+het\s+panel)|"
        # ... or is one of the panel: "I'll be one of your interviewers", "I'm on the panel",
        # "je ferai partie du jury", "ich bin Teil der Auswahlkommission", "formaré parte del
        # tribunal", "ik zit in de selectiecommissie"
        r"I(?:'ll\s+be|\s+will\s+be|'m|\s+am)\s+(?:one\s+of\s+(?:your|the)\s+interviewers|"
        r"(?:part\s+of|on)\s+the\s+(?:interview(?:ing)?\s+|hiring\s+|selection\s+)?(?:panel|"
        r"committee))|je\s+(?:ferai|fais)\s+partie\s+du\s+(?:jury|comité)|"
        r"ich\s+bin\s+(?:Teil|Mitglied)\s+(?:der|des)\s+\w*(?:kommission|gremium)|"
        r"(?:formaré|formo)\s+parte\s+del\s+(?:tribunal|comité|panel)|"
        r"ik\s+(?:zit|zetel)\s+in\s+(?:de|het)\s+(?:\w*commissie|panel)|"
        # ... or leads it: "I'll be conducting the interview", "I'll lead the conversation",
        # "je conduirai l'entretien", "ich führe das Gespräch", "yo dirigiré la entrevista"
        r"I(?:'ll|\s+will)\s+(?:be\s+)?(?:conduct|lead|run)(?:ing)?\s+(?:the|your|our)\s+"
        r"(?:interview|conversation|call|session)|I(?:'ll|\s+will)\s+be\s+interviewing\s+you|"
        r"je\s+(?:conduirai|mènerai)\s+(?:l'|cet\s+|votre\s+)entretien|"
        r"ich\s+führe\s+(?:das|unser|Ihr)\s+(?:\w+\s+)?Gespräch|"
        r"(?:yo\s+)?(?:dirigiré|conduciré|realizaré|haré)\s+(?:la|tu|su)\s+entrevista|"
        # ... or meets the candidate with a colleague: "Together with my colleague Tom, I'd
        # like to meet you", "Gemeinsam mit meiner Kollegin Frau Lenz möchte ich", "Junto con mi
        # compañera Ana, me encantaría", "Avec ma collègue Julie, nous aimerions"
        r"(?:(?:together\s+with|gemeinsam\s+mit|zusammen\s+mit|junto\s+(?:con|a)|samen\s+met)\s+"
        r"(?:(?:Frau|Herrn?|Mr|Mrs|Ms|Dr|Sra?|Dhr|Mevr)\.?\s|(?-i:[A-ZÀ-Þ][a-zà-ÿ]+\s))|"
        r"(?:together\s+with|gemeinsam\s+mit|zusammen\s+mit|junto\s+(?:con|a)|avec|samen\s+met)"
        r"\s+(?:my|mein\w*|mi|ma|mon|mijn)\s+(?:\w+\s+)?(?:colleague|Kolleg\w*|compañer[oa]|"
        r"collègue|collega)\b)[^.!?;\n]{0,60}?\b(?:I|ich|je|yo|ik|me|nous|wir|wil\s+ik)\b|"
        r"(?:speak|talk|meet|see)\w*\s+(?:with\s+)?you\b[^.!?\n]{0,40}?\btogether\s+with|"
        r"Sie\s+(?:gemeinsam|zusammen)\s+mit\b[^.!?\n]{0,60}?\b(?:kennenzulernen|zu\s+sprechen|"
        r"zu\s+treffen|zu\s+empfangen)|"
        r"ich (?:bin|werde) (?:selbst )?(?:auch |ebenfalls )?(?:dabei|anwesend)|"
        r"(?:también )?estaré (?:también )?presente|ik ben er (?:zelf )?(?:ook )?bij|"
        r"ik schuif (?:zelf )?(?:ook )?aan|"
        # the sender shows or presents things in the meeting: "je vous présenterai le portefeuille
        # clients", "I'll walk you through the roadmap", "ich zeige Ihnen das Werk"
        r"I(?:'ll| will) (?:walk you through|show you|take you (?:through|around)|present)|"
        r"je vous (?:présenterai|montrerai|ferai visiter)|ich (?:zeige|stelle) Ihnen|"
        r"te (?:presentaré|mostraré|enseñaré)|le (?:presentaré|mostraré)|ik (?:laat|leid) (?:je|u)|"
        # the sender names the panel: "The panel is myself, Tom and ...", "le jury sera moi"
        r"(?:panel|interviewers?|jury|commission|comité|Kommission|tribunal)\s+(?:will\s+be|is|are|"
        r"sera|besteht\s+aus|bestaat\s+uit|estará\s+formad[oa]\s+por)\s*(?::\s*)?(?:me|myself|moi|mir|"
        r"mí|mij)\b|"
        # ... or heads an agenda line with it: "13:30 Formal panel interview: myself, Mr Idris
        # Bowen ...", "Entretien avec le jury : moi-même et ...", "Gespräch: ich und Herr Lenz"
        r"(?:panel|interview\w*|jury|commission|comité|Kommission|Gespräch\w*|entretien|"
        r"entrevista|gesprek|tribunal)\b[^.:\n]{0,30}:\s*(?:me|myself|moi|ich|yo|ik|mijzelf)\b|"
        # the writer last in the list of those met: "Mag. Karin Leitner und die Unterfertigte"
        r"(?:and|und|sowie|et|y|en)\s+(?:the\s+undersigned|(?:die|der)\s+(?:Unterfertigte|"
        r"Unterzeichnete|Unterzeichnende)|(?:le|la)\s+soussignée?|(?:el|la)\s+(?:abajo\s+)?"
        r"firmante|ondergetekende|quien\s+(?:suscribe|firma|les?\s+escribe)|(?:el|la)\s+suscrit[oa]|"
        r"yours\s+truly|celle\s+qui\s+vous\s+écrit|celui\s+qui\s+vous\s+écrit)\b|"
        # ... in any form of the word: "sowie die Unterzeichnerin", "und der Unterfertigte"
        r"(?:and|und|sowie|et|y|en)\s+(?:die|der|dem)\s+Unter(?:zeichn|fertig)\w*|"
        # the writer and another both there: "Stuart (...), and I will both be on", "we'll both be
        # there", "nous serons tous les deux", "estaremos los dos", "we zijn er allebei"
        r"\band\s+I\s+(?:will|'ll|are\s+going\s+to|shall)\s+both\b|\bwe(?:'ll|\s+will)\s+both\s+be\b|"
        r"nous\s+serons\s+(?:tous|toutes)\s+(?:les\s+)?deux|estaremos\s+(?:los|las)\s+dos|"
        r"wir\s+(?:sind|werden)\s+(?:beide|zu\s+zweit)|we\s+zijn\s+er\s+(?:allebei|beiden)|"
        # another joins the writer: "se joindra à moi", "me rejoindra", "m'accompagnera", "se unirá
        # a mí", "me acompañará", "wird mich begleiten", "begleitet mich", "sluit bij mij aan"
        r"se\s+joindr\w*\s+à\s+moi|me\s+rejoindr\w*|m'accompagner\w*|se\s+unir\w*\s+a\s+mí|"
        r"me\s+acompañar\w*|(?:wird|werden)\s+mich\s+(?:[^.!?\n]{0,30}\s)?begleiten|begleitet\s+mich|"
        r"(?:sluit|sluiten)\s+(?:ook\s+)?bij\s+mij\s+aan|(?:zal|zullen)\s+mij\s+vergezellen",
        re.IGNORECASE,
    ),
    re.IGNORECASE,
)
# First-person words about another exchange than the interview: the recruiter's prep or
# debrief call ("I'll call you Thursday to prep", "share your feedback with me right after",
# "ich rufe Sie vorher an", "je vous appellerai après pour un retour").
_SIDE_TALK = re.compile(
    r"\b(?:I(?:'ll| will)\s+(?:call|ring|phone)|ich\s+rufe|je\s+vous\s+appellerai|te\s+"
    r"llamaré|ik\s+bel)\b[^.!?\n]{0,50}?\b(?:to\s+prep\w*|(?:for|zur|pour|para|voor)\s+"
    r"(?:a\s+|an\s+|une?\s+|eine?n?\s+|un\s+|una\s+|een\s+)?(?:quick\s+|short\s+|brief\s+|"
    r"kurzen\s+|kurze\s+|petite?\s+|rápida\s+|korte\s+)?(?:prep\w*|debrief\w*|Vorbereitung|"
    r"Vorgespräch|préparation|preparación|voorbereiding\w*)|beforehand|before\s+(?:the|it|your)|"
    r"afterwards|after\s+(?:the|it|your)|to\s+debrief|debrief\w*|vorher|zur\s+Vorbereitung|"
    r"to\s+prepare|(?:um\s+\w+\s+)?(?:gemeinsam\s+)?vorzubereiten|pour\s+(?:vous\s+|te\s+)?"
    r"préparer|para\s+prepar\w+|(?:om\s+\w+\s+)?(?:samen\s+)?voor\s+te\s+bereiden|"
    r"danach|nachher|avant|après|antes|después|vooraf|achteraf|daarna|ter\s+voorbereiding)\b|"
    r"\b(?:share|feedback|touch\s+base|check\s+in|follow\s+up|debrief|get\s+in\s+touch)\b"
    r"[^.!?\n]{0,30}?\bwith\s+me\b",
    re.IGNORECASE,
)
# First-person words of a sentence that only says whom to ask or what to do if the time does
# not suit ("Pour toute question, n'hésitez pas à communiquer avec moi", "If Friday doesn't
# work, just tell me and I'll find something else", "Bei Fragen melden Sie sich bei mir").
# Anchored at a sentence's start: unanchored, the leading run is tried from every character of
# a sentence with no such words, which costs the square of its length (a minute on 20,000).
_CONTACT_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?\n;]))[^.!?\n;]*\b(?:(?:any|if you have(?: any)?|should you have(?: any)?|"
    r"for(?: any)?|"
    r"pour toute|si vous avez des|en cas de)\s+questions?|queries|reach out|contact\w*|"
    r"get in touch|tell me|let me know|just shout|give me a shout|"
    # what to do if something goes wrong: "If she hasn't called by 11:05, text me and I'll
    # chase", "falls er sich nicht meldet", "s'il ne vous appelle pas", "si no te llama",
    # "als hij niet belt"
    r"if\s+(?:she|he|they|nobody|no\s+one|the\s+\w+)\s+(?:hasn't|has\s+not|haven't|have\s+"
    r"not|doesn't|does\s+not|don't|isn't|is\s+not|can't|cannot|won't|fails)|"
    r"falls\s+(?:sie|er|niemand)\s+(?:sich\s+)?nicht|s'(?:il|ils)\s+ne|si\s+(?:elle|personne)\s+"
    r"ne|si\s+(?:(?:ella|él)\s+)?no\s+(?:te|le)\s+(?:llama|ha\s+llamado|contacta)|"
    r"als\s+(?:ze|zij|hij|niemand)\s+(?:je\s+|u\s+)?niet|"
    r"if (?:that|this|it)(?:'s|\s+is)\s+(?:a\s+problem|an\s+issue|not\s+(?:ideal|possible))|"
    r"(?:doesn't|does not|don't|do not) (?:work|suit)|communiquer|faites-moi savoir|"
    r"dites-le-moi|(?:lassen\s+Sie|lass)\s+(?:es\s+)?mich\s+wissen|avísame|hágamelo saber|"
    r"(?:laat|laten)\s+(?:het\s+)?(?:me|mij)\s+weten|"
    r"n'hésitez|empêchement|ne (?:vous )?convient pas|bei (?:weiteren )?(?:Fragen|Rückfragen)|"
    r"Fragen haben|melden Sie sich|passt (?:\w+ )?nicht|(?:alguna|cualquier) (?:pregunta|duda)|"
    r"si tienes (?:preguntas|dudas)|no (?:te|le) (?:va|viene)|(?:bij|heb je|heeft u) (?:nog )?"
    r"vragen|schikt (?:\w+ )?niet|komt (?:\w+ )?niet uit)\b[^.!?\n;]*",
    re.IGNORECASE,
)
# An exchange already had: "Suite à notre échange de la semaine dernière", "following our
# call", "nach unserem Telefonat", "tras nuestra llamada", "naar aanleiding van ons gesprek".
_PAST_EXCHANGE = re.compile(
    r"\b(?:following|further to|after|thanks? (?:you )?for|as discussed (?:in|on|during)|"
    r"(?:as\s+)?per|gemäß|laut|según|volgens|"
    r"suite à|à la suite de|lors de|après|merci pour|nach|wie in|danke für|vielen Dank für|"
    r"tras|después de|gracias por|naar aanleiding van|na|bedankt voor|dank voor)\s+"
    r"(?:our|notre|nos|unser\w*|nuestra|ons)\s+(?:\w+\s+)?(?:call|chat|conversation|"
    r"meeting|échanges?|rendez-vous|entretien|Telefonat|Gespräch|Treffen|charla|reunión|"
    r"llamada|conversación|gesprek|telefoongesprek)\b",
    re.IGNORECASE,
)
# The writer only fetches the candidate at the door: "I'll meet you at the Cambridge St
# entrance and bring you up", "I'll come down to reception to collect you", "ich hole Sie am
# Empfang ab", "je viendrai vous chercher à l'accueil", "te espero en la recepción y te
# acompaño", "ik haal je op bij de receptie": a greeter, not one who interviews.
FETCHES_YOU = re.compile(
    r"(?:^|(?<=[.!?\n]))[^.!?\n]*\b(?:(?:meet|greet|collect|fetch|pick)\s+you\s+(?:up\s+)?"
    r"(?:at|in|from|by|outside)\s+(?:the\s+)?(?:[\w']+\s+){0,3}(?:entrance|lobby|reception|"
    r"front\s+desk|door|gate|foyer|security|main\s+desk)|(?:bring|take|walk)\s+you\s+(?:up|"
    r"down|over)\b|(?:come|be)\s+down\s+to\s+(?:collect|get|fetch|meet)\s+you|"
    r"hole\s+(?:Sie|dich)\b[^.!?\n]{0,40}\bab\b|"
    r"(?:viendrai|viendrons|passerai)\s+vous\s+chercher|(?:te|le)\s+(?:recoger[ée]|buscar[ée])\b|"
    r"(?:te|le)\s+(?:espero|esperaré)\s+en\s+(?:la\s+)?(?:recepción|entrada|puerta)|"
    r"(?:haal|halen)\s+(?:je|u)\s+(?:\w+\s+)?op\b)"
    # up to where the writer goes on to the meeting itself: "..., then we'll run it with Tom"
    r"(?:(?!,?\s+(?:and|then|und|et|y|en|puis|dann|luego|daarna)\s+(?:then\s+)?(?:we|I|wir|ich|"
    r"nous|on|je|yo|ik|wij|we)\b)[^.!?\n;])*",
    re.IGNORECASE,
)
# The sender holds the interview with another: "La realizaremos por Teams junto con Julián",
# "we'll run it together with Ana", "wir führen das Gespräch gemeinsam mit Herrn Lenz".
WE_HOLD_IT_WITH = re.compile(
    r"\b(?:(?:la|lo) (?:realizaremos|haremos|tendremos|llevaremos a cabo|realizaré|haré)|"
    r"I(?:'ll| will) (?:hold|run|conduct|do|lead) (?:it|the (?:interview|call|meeting|chat))|"
    r"je (?:le |la )?(?:mènerai|conduirai|ferai)|(?:führe|mache) ich (?:es|das Gespräch)|"
    r"(?:es|das Gespräch) (?:führe|mache) ich|"
    r"ik (?:voer|doe) (?:het|het gesprek)|we(?:'ll| will) "
    r"(?:hold|run|conduct|do|have) (?:it|the (?:interview|call|meeting|conversation))|"
    r"(?:führen|machen) wir (?:es|das Gespräch)|wir (?:führen|machen) (?:es|das Gespräch)|"
    r"nous (?:le |la )?(?:mènerons|conduirons|ferons|réaliserons)|"
    r"we (?:voeren|doen) (?:het|dit|het gesprek))\b[^.]{0,50}?\b(?:junto (?:con|a)|together "
    r"with|gemeinsam mit|zusammen mit|avec|conjointement avec|samen met)\b",
    re.IGNORECASE,
)
# Another person comes along besides the sender: "Lucie will join as well", "Leanne will jump
# on too", "Nos acompañará Patricia", "Frau Aydin wird ebenfalls teilnehmen", "Dev will sit
# in too"; said by one who fixes their own meeting (not a recruiter arranging others'), the
# sender is there too.
ALSO_JOINS = re.compile(
    r"\b"
    + by_first_letter(
        r"(?:join|jump on|jump in|hop on|dial in|sit in|come along|be there)\w*\s+(?:us\s+)?"
        r"(?:as\s+well|too|also)|will\s+also\s+(?:join|be\s+(?:joining|there)|sit\s+in)|"
        # "Dr. Sam Pike will also be on the call", "is still joining", "estará también en la
        # llamada", "sera aussi de l'appel", "ist auch im Call", "zit ook in het gesprek"
        r"(?:will|'ll)\s+(?:also\s+be|be\s+also)\s+(?:on|in|at)\s+(?:the\s+)?(?:call|line|"
        r"meeting|interview|panel|video\s*call|zoom|teams)|(?:is|are)\s+still\s+joining|"
        r"(?:estará|estarán)\s+también\s+en\s+la\s+(?:llamada|reunión|entrevista)|"
        r"(?:sera|seront)\s+(?:aussi|également)\s+(?:de\s+l'appel|à\s+l'entretien)|"
        r"(?:ist|sind)\s+(?:auch|ebenfalls)\s+(?:im\s+(?:Call|Gespräch)|beim\s+Gespräch)|"
        r"(?:zit|zitten)\s+ook\s+(?:in|bij)\s+het\s+gesprek|"
        # the writer and the candidate together: "I've moved us to Friday", "then we'll talk
        # about the HPC side", "dann sprechen wir über", "on parlera de", "hablaremos de",
        # "dan praten we over"
        r"(?:mov(?:e|es|ed|ing)|book(?:ed|ing)?|put(?:ting)?|pencil(?:l?ed|l?ing)|"
        r"(?:re)?schedul(?:e|ed|ing)|shift(?:ed|ing)?|push(?:ed|ing)?|bump(?:ed|ing)?)\s+us\s+"
        r"(?:in\s+|down\s+|back\s+)?(?:for|to|on|at|from)|we(?:'ll|\s+will|\s+can)\s+(?:talk|chat|discuss|go\s+through|dig\s+into)|"
        r"(?:sprechen|reden|unterhalten)\s+wir\s+(?:\w+\s+){0,2}über|on\s+(?:parlera|"
        r"discutera)|nous\s+(?:parlerons|discuterons|échangerons)|hablaremos|charlaremos|"
        r"(?:praten|spreken)\s+we\s+(?:\w+\s+){0,2}over|"
        r"will\s+join\s+us|joins\s+(?:us\s+)?also|"
        # "I've asked Paul (cc'd) to join us", "invited Dr. Reyes to join us for the case study"
        r"(?:asked|invited)\s+\S+(?:\s+\S+)?(?:\s+\([^()\n]{0,40}\))?\s+to\s+join\s+us\b|"
        # for part of it, so the sender holds the rest: "Lena will jump in for the second half"
        r"(?:join\w*|(?:jump|hop)\s+(?:in|on)|dial\s+in|sit\s+in)\s+(?:us\s+)?for\s+the\s+(?:second|last|"
        r"final|first|latter|2nd|1st)\b|(?:kommt|kommen|stößt|stösst|stoßen)\s+(?:\w+\s+){0,5}dazu|"
        r"(?:participera|participeront|participará|participarán)\s+(?:également|aussi|también)|"
        r"(?:sluit|sluiten|schuift|schuiven)\s+(?:\w+\s+){0,3}?ook\s+aan|"
        r"nos\s+acompañar(?:á|án)|se\s+(?:nos\s+)?unir(?:á|án)\s+también|"
        # "así se suma Tomás", "luego se une Pau", "se incorpora Marta a la llamada"
        r"(?:así|luego|después|también)\s+se\s+(?:nos\s+)?(?:suma|une|incorpora)(?:n|rá|rán)?|"
        r"se\s+(?:nos\s+)?(?:sumará|sumarán|incorporará|incorporarán)|"
        r"(?:wird|werden)\s+(?:uns\s+)?(?:auch|ebenfalls)\s+(?:dabei\s+sein|teilnehmen|"
        r"dazukommen)|nous\s+rejoindra|sera\s+(?:également|aussi)\s+(?:présente?|de\s+la\s+partie)|"
        r"schuift\s+ook\s+aan|is\s+(?:er\s+)?ook\s+(?:bij|aanwezig)",
        re.IGNORECASE,
    )
    + r"\b",
    re.IGNORECASE,
)
# The sender brings a colleague along: "I'll grab Aoife too", "I'll bring Tom along", "ich
# bringe Frau Lenz mit", "j'amènerai Hugo", "vendré con Ana", "ik neem Joost mee".
BRINGS_ALONG = re.compile(
    r"\b(?i:I(?:'ll| will)\s+(?:also\s+)?(?:grab|bring|rope\s+in|pull\s+in|loop\s+in))\s+"
    r"(?:(?i:my\s+colleague|our)\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:\s*\([^()\n]{1,60}\))?"
    r"[^.;!?\n]{0,60}?\b(?i:too|as\s+well|along|"
    r"with\s+me)\b|"
    r"\b(?i:ich\s+bringe)\b[^.;!?\n]{0,60}?\bmit\b|\b(?i:j'amènerai|je\s+viendrai\s+avec)\s+\w|"
    r"\b(?i:vendré\s+con|(?:iré|estaré)\s+(?:junto\s+)?con)\s+[A-Z]|"
    r"\b(?i:ik\s+neem)\b[^.;!?\n]{0,40}?\bmee\b",
)
# The sender, who is not a recruiter, expects to see the candidate: "À jeudi", "See you
# Thursday", "Bis Dienstag", "Hasta el jueves", "Tot donderdag", "I look forward to meeting
# you", "Ich freue mich, Sie kennenzulernen".
SEES_YOU = re.compile(
    r"(?:^|[.!,:;\n]\s*)(?:see you|à|bis|hasta el|hasta|tot)\s+(?:on\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|lunes|martes|miércoles|"
    r"jueves|viernes|sábado|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)\b|"
    r"\b(?:I|we)\s+look\s+forward\s+to\s+meeting\s+you\b|\blooking\s+forward\s+to\s+meeting\s+"
    r"you\b|\bfreue\s+mich\b(?:[^.!]|(?<=\d)\.){0,70}\bkennenzulernen\b|"
    r"\bik\s+zie\s+(?:je|u)\s+(?:graag|dan|morgen)\b|\bwir\s+sehen\s+uns\b|\bnos\s+vemos\b|"
    r"\bon\s+se\s+voit\b|\bsee\s+you\s+(?:then|there)\b|\bj'ai\s+hâte\s+de\s+vous\s+"
    r"rencontrer\b|\b(?:me\s+)?(?:alegra|encantará)\s+conocerte\b|\bik\s+kijk\s+(?:er\s*)?"
    r"naar\s+uit\s+(?:je|u)\s+te\s+(?:ontmoeten|spreken)\b|"
    # ... or to speak with them: "Looking forward to chatting with you", "Speak Tuesday!", "Ich
    # freue mich auf das Gespräch", "Au plaisir d'échanger avec vous", "Tengo ganas de hablar
    # contigo", "Encantada de conocerte"
    r"\blook(?:ing)?\s+forward\s+to\s+(?:speaking|talking|chatting)\s+(?:with|to)\s+you\b|"
    r"(?:^|[.!,:;\n]\s*)(?:speak|talk|chat)(?:\s+to\s+you)?\s+(?:on\s+)?(?:then|tomorrow|"
    r"(?:mon|tues|wednes|thurs|fri)day)\b|\bfreue\s+mich\s+auf\s+(?:das|unser)\s+(?:Gespräch|"
    r"Kennenlernen|Telefonat)\b|\bau\s+plaisir\s+(?:d'échanger|de\s+vous\s+(?:rencontrer|voir|"
    r"parler))\b|\bj'ai\s+hâte\s+d'échanger\b|\bganas\s+de\s+(?:hablar\s+contigo|conocerte)\b|"
    r"\bencantad[oa]\s+de\s+conocerte\b",
    re.IGNORECASE,
)
# The sender as an item of the list of those met: "Panel will be:\n- me\n- Tom ...",
# "1. moi (présidente du jury)", "• ich (Teamleitung)"; read on the lines, not the flat text.
LISTED_ME = re.compile(
    r"^[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]*(?:me|myself|moi(?:-même)?|ich|yo|ik(?:zelf)?|"
    r"mijzelf)[ \t]*(?:$|[(,:–-])",
    re.IGNORECASE | re.MULTILINE,
)
# A sign-off of one who arranges meetings for others, beyond the recruiting titles the
# classifier knows: "Resourcing Advisor", "Executive Assistant to the COO", "Secretariat".
ARRANGER_TITLE = re.compile(
    r"\b(?:resourcing|(?:executive|personal|administrative|team|office)\s+assistant|"
    # "Staffing Technician", "Technicienne en dotation", "conseillère en dotation"
    r"staffing\s+(?:technician|specialist|advisor|adviser|officer|assistant|analyst|partner)|"
    r"(?:technicien|conseill[eè]r)\w*\s+en\s+dotation|"
    r"assistant\s+to|secretar\w*|administrative\s+(?:associate|officer|coordinator)|"
    r"Sekretariat|Assistenz|Assistentin\s+(?:der|des)|secrétariat|assistante\s+(?:de\s+"
    r"direction|du|de\s+la)|secretaría|asistente\s+de\s+dirección|secretariaat|"
    r"directiesecretaresse|managementassistent\w*)\b",
    re.IGNORECASE,
)

# The writer is there only to take notes or watch: "with myself taking notes", "I'll sit in
# as an observer", "je serai présente pour prendre des notes", "ich führe Protokoll", "yo
# tomaré notas", "ik notuleer": no interviewer (a panel's observer is left out the same way).
_WRITER_WATCHES = re.compile(
    r"\b(?:me|myself|I|moi(?:-même)?|je|ich|yo|ik|mij(?:zelf)?)\b[^.;!?,\n]{0,25}?\b(?:"
    r"tak(?:e|es|ing)\s+(?:the\s+)?(?:notes|minutes)|(?:note|minute)-?tak\w*|observ\w*|"
    r"shadow\w*|prend\w*\s+(?:des|les)\s+notes|(?:führe|schreibe)\s+(?:das\s+)?Protokoll|"
    r"Protokoll\w*|tom\w*\s+(?:las\s+)?notas|notul\w*)\b",
    re.IGNORECASE,
)
# Where a sentence ends without a stop: at a blank line, and before a list's next item, so
# "... interview with Martin Hale and me\n\nLunch is provided - just let me know" is two.
_BLOCK_END = re.compile(r"[ \t]*\n[ \t]*\n|[ \t]*\n(?=[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t])")


def writer_attends(words: str, *, arranges: bool, greets: bool = True) -> bool:
    """The writer of ``words`` says they are at the meeting: "join me", "the panel is myself
    and Tom", "- me (chair)", "we'll run it together with Ana"; one who does not arrange
    meetings for others also by "Lucie will join as well", "I'll grab Aoife too", and unless
    ``greets`` is false (one known to recruit: "see you Friday" is their greeting at the
    door) by "À jeudi"."""
    flat = _SIDE_TALK.sub(" ", " ".join(_BLOCK_END.sub(" ; ", words).split()))
    flat = _PAST_EXCHANGE.sub(" ", _CONTACT_SENTENCE.sub(" ", FETCHES_YOU.sub(" ", flat)))
    flat = _WRITER_WATCHES.sub(" ", flat)
    if FIRST_PERSON.search(flat) or LISTED_ME.search(words) or WE_HOLD_IT_WITH.search(flat):
        return True
    if BRINGS_ALONG.search(flat):
        return True
    return not arranges and bool(ALSO_JOINS.search(flat) or (greets and SEES_YOU.search(words)))
