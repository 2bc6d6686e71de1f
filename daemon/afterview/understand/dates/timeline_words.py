"""Who speaks of whose timeline: the words of an employer's promise to decide or get back
("we'll get back to you", "wir melden uns", "nous reviendrons vers vous", "te daremos una
respuesta", "we laten je weten") and of a deadline set for the candidate ("please let us
know your decision by", "bitte bis Freitag zusagen"). Read by decision.py, sentence by
sentence.
"""

from __future__ import annotations

import re

from ..gates.firstletter import by_first_letter

# Reaching the candidate by a call, a mail or a message (shared with the meeting guard).
CONTACTING = (
    r"(?:(?:call|phone|ring|ping|text|message|e-?mail|buzz|whats[aA]pp)\s+you\b|"
    r"(?:give|drop|send|shoot)\s+you\s+(?:a|an|my|our|the)\s+(?:quick\s+|short\s+)?"
    r"(?:call|ring|buzz|shout|line|note|e-?mail|message|text|update)\b|"
    r"be\s+(?:back\s+)?in\s+contact|contact\s+with\s+you|"
    r"(?:an?|the)\s+(?:e-?mail|call|phone\s+call|message|note|line|word)\s+from\s+(?:me|us)\b|"
    r"(?:rufe|rufen)\s+(?:Sie|dich|euch)\s+(?:[\w.,]+\s+){0,6}?an\b|"
    r"(?:schreibe|schreiben|melde|melden)\s+(?:mich\s+|uns\s+)?(?:[\w.,]+\s+){0,4}?"
    r"(?:Ihnen|dir|euch)\s+(?:[\w.,]+\s+){0,4}?(?:eine\s+)?(?:Mail|E-Mail|Nachricht)|"
    r"in\s+Verbindung\s+(?:setzen|treten)|Kontakt\s+(?:mit\s+(?:Ihnen|dir|euch)\s+)?"
    r"aufnehmen|(?:komme|kommen)\s+(?:[\w.,]+\s+){0,6}?auf\s+(?:Sie|dich|euch)\s+"
    r"(?:zur(?:ü|ue)ck|zu\b)|zur(?:ü|ue)ck(?:zu)?melden|meld\w*\s+(?:\w+\s+){0,4}?zur(?:ü|ue)ck\b|"
    r"(?:je|nous|on)\s+(?:vous|te)\s+(?:appell?\w*|rappell?\w*|t[ée]l[ée]phon\w*|"
    r"[ée]cri\w*|envoi\w*\s+un\s+(?:mail|message|e-?mail|courriel|mot|sms))|"
    r"(?:vous|te)\s+passer\s+un\s+coup\s+de\s+(?:fil|t[ée]l[ée]phone)|"
    r"(?:vous|te)\s+(?:fais|ferai|ferons|fera|faisons)\s+signe|"
    r"(?:te|le|os|les|se)\s+(?:(?:lo|la|los|las)\s+)?(?:llam(?:o|amos|ar[ée]|aremos)|mand(?:o|amos|ar[ée]|aremos)|"
    r"envi(?:o|amos|ar[ée]|aremos)|escrib(?:imos|iremos))\b|"
    r"(?:ik|we|wij)\s+(?:bel|mail|app|stuur|bellen|mailen|appen|sturen)\s+(?:je|u|jou)\b|"
    r"(?:bel|mail|app|stuur|bellen|mailen|appen|sturen)\s+(?:ik|we|wij)\s+(?:je|u|jou)\b|"
    r"(?:geef|geven)\s+(?:ik\s+|we\s+)?(?:je|u|jou)\s+(?:[\w.]+\s+){0,4}?(?:een\s+)?"
    r"(?:seintje|berichtje|belletje)\b)"
)

# Searched in every sentence: as one flat ignore-case alternation of some 200 branches it tried
# every branch at every position, so its alternatives are grouped by first letter (see
# firstletter.by_first_letter): the same matches, sooner.
EMPLOYER_TIMELINE = re.compile(
    r"\b"
    + by_first_letter(
        r"decid\w*|decisions?|(?:get|come|circle)\s+back\s+to\s+(?:you|all|every\w*|candidates)|"
        r"be\s+(?:back\s+)?in\s+touch|be\s+back\s+(?:to|with)\s+you|"
        r"get\s+in\s+touch\s+with\s+you|reach\s+(?:back\s+)?out|hear\s+(?:back\s+)?from\s+(?:us|me|the\s+team)|"
        r"you'?ll\s+hear|you\s+will\s+hear|let\s+you\s+know|update\s+you|an\s+update|"
        r"feedback|outcome|next\s+steps|wrap(?:ped|ping)?\s+(?:\w+\s+)?up|finali[sz](?:e|ed|ing)|"
        # ("we will intimate you about the result": Indian English for informing)
        r"(?:contact|inform|intimate|notify|update|updating|notifying|informing|contacting|"
        r"respond\s+to|reply\s+to|follow\s+up\s+with)\s+"
        r"(?:you|all|every\w*|(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:candidates|applicants))|"
        r"revert\s+(?:back\s+)?to\s+(?:you|all|every\w*|(?:the\s+)?(?:candidates|applicants))|"
        r"circle\s+back|(?:an|the|our|a\s+final)\s+answer|"
        # saying who goes on is deciding: "will confirm who moves to the final stage by the 25th",
        # "wir werden bestätigen, wer", "nous confirmerons qui", "confirmaremos quién"
        r"(?:will|'ll|shall|to)\s+confirm\s+(?:who|whether|which)\b|best(?:ä|ae)tigen,?\s+wer\b|"
        r"confirmer\w*\s+qui\b|confirmar\w*\s+qui[eé]n\b|(?:I|we|will|shall|and|n|to)(?:'ll)?\s+revert|"
        r"(?:send|e-?mail|mail|forward)\s+(?:you\s+)?(?:an?|the|our|your)\s+"
        r"(?:invitation|invite|offer|answer|response|decision|booking\s+link)|"
        # closing the search is deciding: "close the process", "cerrar el proceso"
        r"(?:close|conclude|complete|finish|end)\s+(?:the|our)\s+(?:process|search|recruitment|"
        r"selection)|(?:cerrar|concluir|finalizar|terminar)\s+(?:el|nuestro)\s+proceso|"
        r"(?:cl[ôo]turer|clore|finaliser|boucler|terminer)\s+(?:le|notre)\s+(?:processus|"
        r"recrutement)|(?:Verfahren|Prozess)\s+(?:[\w.]+\s+){0,4}?ab(?:zu)?schlie(?:ß|ss)en|"
        r"(?:procedure|selectie|proces)\s+(?:[\w.]+\s+){0,4}?(?:afronden|afsluiten|af\s+te\s+ronden)|"
        r"shortlist\s+(?:\w+\s+){0,4}?(?:rond|klaar|compleet|steht|fertig|erstellt)|"
        r"(?:call|phone|ring)\s+(?:our|the)\s+(?:(?:chosen|successful|selected)\s+)?"
        r"(?:finalists?|candidates?|applicants?)|news\s+from\s+us|(?:have|with)\s+(?:some\s+)?news\s+for\s+you|"
        r"let\s+(?:all\s+|every\w*\s+|the\s+)?(?:candidates|applicants|everyone)\s+know|"
        r"(?:have|draw\s+up|put\s+together|agree)\s+(?:a|the|our)\s+shortlist|shortlisting|"
        r"entscheid\w*|r(?:ü|ue)ckmeldung|melden\s+(?:uns|wir)|melde\s+mich|meldet\s+sich|"
        r"von\s+uns\s+h(?:ö|oe)ren|h(?:ö|oe)r(?:en|st|t)\s+(?:[\w.,]+\s+){0,7}?von\s+(?:uns|mir)|"
        r"(?:uns|mich)\s+(?:\w+\s+){0,6}?(?:bei\s+(?:Ihnen|dir|euch)\s+)?melden|bescheid|informieren|zur(?:ü|ue)ckkommen|antwort\s+von\s+uns|"
        r"(?:Ihnen|dir|euch)\s+(?:[\w.]+\s+){0,6}?mit(?:zu)?teilen|"
        # "Ihnen bis Ende des Monats eine abschließende Nachricht geben", "u een bericht sturen"
        r"(?:Nachricht|Antwort|Ergebnis)\s+(?:\w+\s+){0,2}?(?:zu\s+)?(?:geben|zukommen|senden|schicken)|"
        r"bericht\s+(?:\w+\s+){0,2}?(?:te\s+)?(?:sturen|geven|mailen)|"
        r"d[ée]cision|d[ée]cider|d[ée]cid(?:erons|era|erai|eront)\b|reviendr\w*|"
        r"revenir\s+vers\s+vous|retour|"
        # the decision called a call: "make the final call by Friday", "the final call will
        # happen between the 30th and December 2nd" (not "a final call with Jane", a meeting)
        r"(?:make|making|made)\s+(?:the|a|our)\s+(?:final\s+)?call\b|(?:the|our)\s+final\s+"
        r"call\s+(?:will|should|'ll|is\s+(?:due|expected|likely))\s+(?:\w+\s+){0,2}?(?:happen|"
        r"be\s+made|come|land)\b|"
        # the present promises only with its time: "nous revenons vers vous d'ici la fin du mois"
        # (but "je reviens vers vous concernant l'entretien" is news now)
        r"(?:revenons|revien(?:s|t|nent))\s+vers\s+(?:vous|toi)(?=\s+(?:d'ici|dans|sous|en|avant|"
        r"au\s+plus|la\s+semaine|demain|lundi|mardi|mercredi|jeudi|vendredi|apr[èe]s\s+le|"
        r"d[ée]but|fin|courant|mi-))|"
        # "les résultats vous seront communiqués", "nous vous communiquerons notre décision"
        r"(?:vous|te)\s+(?:(?:ser(?:a|ont)|sera)\s+)?communiqu\w*|"
        r"tiendr\w*\s+inform\w*|(?:vous|te)\s+tien(?:s|t|nent)\s+inform\w*|"
        # "vous serez fixé d'ici vendredi" (you'll know where you stand)
        r"(?:vous\s+serez|tu\s+seras)\s+fix[ée]e?s?\b|"
        # keeping the candidate posted is getting back: "I'll keep you posted", "je vous tiens au
        # courant", "ich halte Sie auf dem Laufenden", "te mantengo al tanto", "ik houd je op de
        # hoogte"
        r"keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|"
        r"tien(?:s|t|drai|drons|dra|dront)\s+au\s+courant|"
        r"(?:auf\s+dem\s+Laufenden\s+(?:halten|hält|halte)|(?:halte|halten)\s+(?:\w+\s+){1,6}?"
        r"auf\s+dem\s+Laufenden)|"
        r"manten(?:go|emos|dr[ée]|dremos)\s+(?:\w+\s+)?(?:informad[oa]s?|al\s+tanto|al\s+corriente)|"
        r"(?:houd|houden)\s+(?:\w+\s+){1,3}?op\s+de\s+hoogte|"
        # Spanish promises the near future in the present: "la semana que viene te decimos algo",
        # "antes del viernes te cuento", "te vuelvo a escribir el lunes", "os avisamos"
        r"(?:te|le|les|os)\s+(?:cuento|contamos|digo|decimos|avisamos|escribimos)\b|"
        r"(?:vuelvo|volvemos)\s+a\s+(?:escribir|contactar|comunicar)\w*|"
        # "you should hear from the team", "expect to hear back within two weeks"; a non-native
        # "I will give you a return" (Portuguese "dar um retorno")
        r"(?:you\s+(?:should|can|may|might|would)|expect\s+to)\s+(?:\w+\s+)?hear\b|"
        # "you'll know the day after", "you should know by Friday"
        r"you(?:'ll|\s+will|\s+should)\s+know(?!\s+(?:if|whether|when|how|what|that|about))\b|"
        # offers out: "our aim is to have offers out by 4 December", "offers will be made by"
        r"offers\s+(?:out|(?:will|should)\s+be\s+(?:made|extended|sent))\b|"
        # the Dutch idiom for deciding: "de knoop wordt eind volgende week doorgehakt"
        r"knoop\s+(?:\w+\s+){0,5}?(?:doorgehakt|doorhakken|door\s+te\s+hakken)|"
        r"hakken\s+(?:\w+\s+){0,4}?de\s+knoop\s+door|"
        # a ruling: "la resolución saldrá como muy tarde el 4 de diciembre"
        r"la\s+resoluci[oó]n\s+(?:\w+\s+){0,2}?(?:saldr[áa]|se\s+(?:publicar|comunicar)[áa]|"
        r"ser[áa]\s+(?:publicada|comunicada))|"
        # an agency hears for the candidate: "we probably won't hear back until the first week of
        # December", "I should hear back by Friday"
        r"(?:we|I)(?:'ll|'d|\s+will|\s+should|\s+won't|\s+will\s+not|\s+hope\s+to|\s+expect\s+to)?"
        r"(?:\s+(?:probably|likely|hopefully))?\s+(?:won't\s+)?hear\s+back\b|"
        # "dará a conocer los resultados", "daremos a conocer la decisión"
        r"dar(?:á|a|án|an|emos|é)\s+a\s+conocer|"
        r"give\s+you\s+(?:a|an|my|our)\s+(?:return|reply|response|update)|"
        # Quebec's "vous revenir" (without "vers"), and telling again: "je te redis ça la semaine
        # prochaine", "on vous dira d'ici vendredi"
        r"(?:vous|te)\s+revenir|(?:vous|te)\s+(?:redi(?:s|rai|rons|ra)|dirai|dirons|dira)\b|"
        # offering is deciding: "we'll be making offers by the end of the month", "ein Angebot
        # unterbreiten", "faire une proposition", "hacer una oferta", "een aanbod doen"
        r"(?:make|making|extend|extending)\s+(?:an?\s+|our\s+|the\s+|final\s+)*offers?\b|"
        r"(?:Angebot|Vertragsangebot)\s+(?:\w+\s+){0,2}?(?:machen|unterbreiten|vorlegen)|"
        r"(?:faire|ferons)\s+(?:une|notre)\s+(?:offre|proposition)|"
        r"(?:hacer|haremos)\s+(?:una|nuestra)\s+(?:oferta|propuesta)|"
        r"(?:een|ons)\s+(?:aanbod|voorstel)\s+(?:\w+\s+){0,2}?(?:doen|te\s+doen)|"
        # choosing is deciding: "we expect to make a selection by the end of the month"
        r"(?:make|reach|made)\s+(?:a|our|the|their)\s+(?:final\s+)?(?:selection|choice|hire)|"
        r"Auswahl\s+(?:zu\s+)?treffen|(?:faire|ferons|arr[êe]ter)\s+(?:notre|un|le)\s+choix|"
        r"(?:hacer|haremos)\s+(?:la|nuestra)\s+(?:selecci[oó]n|elecci[oó]n)|"
        r"(?:een|onze)\s+keuze\s+(?:te\s+)?maken|keuze\s+(?:\w+\s+){0,2}?maken|"
        r"vous\s+contacter\w*|nouvelles|vous\s+(?:enverr\w*|adresser\w*)\s+(?:une|notre|la)\s+"
        r"(?:invitation|convocation|r[ée]ponse|proposition)|vous\s+informer\w*|recontact\w*|"
        r"(?:une|notre)\s+r[ée]ponse|"
        r"decisi[oó]n(?:es)?|decidir\w*|respuesta|contestar\w*|responder(?:emos|é)|"
        # "te confirmo algo antes del viernes" (I'll confirm something by then) promises; "te
        # confirmo la entrevista" is news now
        r"(?:te|le|les)\s+confirm(?:o|ar[ée]|amos|aremos)\s+(?:si|cu[aá]ndo|c[oó]mo|algo|"
        r"(?:la|el|los|las)\s+(?:siguientes?|pr[oó]xim[oa]s?)\s+(?:etapas?|pasos?|fases?))\b|"
        r"contactar\w*|pondremos\s+en\s+contacto|"
        # present tense for a standing promise: "we answer every applicant within 15 days"
        r"respondemos|contestamos|nous\s+r[ée]pondons|antworten\s+wir|wir\s+antworten|"
        # "we aim to reply within ten days", "we'll respond to you by Friday"
        # the time the employer asks for: "please allow up to 10 working days for a response",
        # "it may take up to three weeks for us to get back to you", "allow us two weeks to
        # review your application", "Bitte rechnen Sie mit", "merci de prévoir un délai de"
        r"allow\s+(?:us\s+)?(?:up\s+to\s+)?(?:[\w-]+\s+){1,4}?(?:for\s+(?:a|an|our|the)\s+"
        r"(?:response|reply|answer|decision)|(?:for\s+us\s+)?to\s+(?:review|process|consider|"
        r"assess|respond|reply|revert|get\s+back|come\s+back))\b|"
        r"for\s+(?:us|the\s+team)\s+to\s+(?:review|process|consider|assess|respond|reply)\b|rechnen\s+Sie\s+mit|pr[ée]voir\s+un\s+d[ée]lai|"
        # "we'll have news by Wednesday", "hope to have an answer"
        r"(?:'ll|will|should|hope\s+to|expect\s+to|aim\s+to)\s+have\s+(?:some\s+|more\s+|any\s+)?"
        r"news\b|"
        # "we will write to you within three weeks", "I'll follow up next Tuesday"
        r"(?:will|'ll|shall|to|be)\s+(?:be\s+)?writ(?:e|ing)\s+(?:to\s+(?:you|all|every\w*|"
        r"(?:the\s+)?(?:candidates|applicants))|again)\b|"
        r"(?:I|we)(?:'ll|\s+will|\s+shall)\s+follow\s+up\b|"
        r"(?:aim|try|hope|endeavou?r|strive|promise|undertake|commit)\s+to\s+(?:reply|respond|"
        r"answer)\b|(?:we|I)(?:'ll|\s+will|\s+shall)\s+(?:reply|respond)\b|"
        # a standing promise in the present, the employer's own: "we review every application
        # and respond within 5 business days" (not a job board's "most employers respond within
        # 3 days", an average)
        r"we\s+(?:\w+\s+){0,4}?(?:reply|respond)\s+(?:to\s+(?:you|all|every\w*|each\s+\w+)\s+)?"
        r"within|"
        # the French future with its object: "nous vous répondrons sous cinq jours ouvrables"
        r"(?:vous|te)\s+r[ée]pondr(?:ai|ons|a)\b|"
        r"reageren\s+(?:we|wij)|(?:we|wij)\s+reageren|"
        # contacting the candidate by some means is getting back: "I'll drop you a line on
        # Friday", "I'll ping you Monday", "I'll give you a call", "expect an email from me",
        # "we will be in contact", a non-native "we will contact with you"; "ich rufe Sie an",
        # "wir setzen uns mit Ihnen in Verbindung", "ich komme auf Sie zurück"; "je vous
        # appelle", "je vous écris"; "te llamo", "te mando un correo"; "ik bel je", "ik mail
        # je", "ik stuur je" (a call's own clock time makes it a meeting: see decision.py)
        rf"{CONTACTING}|"
        # the passive: "shortlisted candidates will be contacted by 27 November"
        r"(?:will|shall)\s+be\s+(?:contacted|informed|notified|told|advised)|"
        r"werden\s+(?:[\w.]+\s+){0,5}?(?:kontaktiert|informiert|benachrichtigt)|"
        r"ser(?:ont|ez|a)\s+(?:\w+\s+){0,2}?(?:contact[ée]e?s?|inform[ée]e?s?|avis[ée]e?s?)|"
        r"ser(?:á|a|án|an)\s+(?:\w+\s+){0,2}?(?:contactad[oa]s?|informad[oa]s?|avisad[oa]s?)|"
        r"worden?\s+(?:[\w.]+\s+){0,5}?(?:benaderd|gecontacteerd|ge(?:ï|i)nformeerd)|"
        # knowing is deciding: "we should know within two weeks", "on saura d'ici vendredi"
        r"(?:we|I)(?:'ll|\s+(?:will|should|shall|hope\s+to|expect\s+to))\s+(?:\w+\s+)?know(?!\s+(?:if|whether|when))|"
        r"nous\s+saurons|on\s+(?:en\s+)?saura|sabremos|wissen\s+wir|(?:weten|horen)\s+(?:we|wij)|"
        # "Ik verwacht dat we binnen twee weken weten wie door gaat", "ich erwarte, dass wir
        # in zwei Wochen wissen, wer"
        r"(?:verwacht|verwachten|hoop|hopen)\s+(?:dat\s+)?(?:we|wij)\s+(?:[\w.]+\s+){0,5}?weten\b|"
        r"(?:erwarte|erwarten|hoffe|hoffen),?\s+(?:dass\s+)?wir\s+(?:[\w.]+\s+){0,5}?wissen\b|"
        r"informar(?:emos|é|te|le)\w*|noticias|volveremos|daremos|escribiremos|novedades|"
        r"diremos|dir[ée]|comentaremos|coment(?:o|aré)|avisaremos|avis(?:o|aré)|contaremos|"
        r"contactaremos|contactaré|te\s+escrib(?:iré|o(?!\s+(?:porque|para|en\s+relaci|con\s+respecto|"
        r"(?:por|x)\s+(?:el|la|tu|su|lo)\b|a\s+prop|en\s+nombre|sobre|acerca|respecto)))|"
        r"beslissing(?:en)?|besluit|beslissen|uitsluitsel|terugkoppel\w*|"
        r"koppel\w*\s+(?:\w+\s+){0,6}?terug|terug\s+te\s+koppelen|(?:een|onze)\s+reactie|"
        # "we komen er uiterlijk vrijdag op terug", "ik kom begin volgende week bij je op terug"
        # (not "ik kom hier ... op terug": back to this matter, after a cancellation the
        # rebooking, which careful readers give no decision date)
        r"(?:kom|komen|komt)\s+(?!hier\b)(?:[\w.]+\s+){0,7}?(?:op|bij\s+(?:je|u|jou)(?:\s+op)?)\s+"
        r"terug\b|"
        r"(?:laten|laat)\s+(?:we|wij|ik)\s+(?:je|u|jou)|(?:we|wij|ik)\s+(?:laten|laat)\s+"
        r"(?:je|u|jou)|(?:je|u|jou)\s+(?:\w+\s+){0,6}weten|"
        # "we laten binnen vijf werkdagen weten of", "laten we uiterlijk vrijdag weten"
        r"(?:(?:we|wij|ik)\s+(?:laten|laat)|(?:laten|laat)\s+(?:we|wij|ik))\s+(?:[\w.]+\s+){0,6}?weten|"
        r"hoor\s+je|hoort\s+u|hoort?\s+(?:[\w./-]+\s+){0,6}?van\s+(?:ons|mij|me)|horen\s+van\s+ons|"
        r"nemen\s+(?:we|wij|ik)\s+(?:[\w.]+\s+){0,5}?contact|"
        # "we laten binnen tien werkdagen van ons horen", "je zult van ons horen"
        r"van\s+(?:ons|mij|me)\s+(?:laten\s+)?horen|"
        r"contact\s+met\s+(?:je|u)\s+op|reactie\s+van\s+ons|"
        # news the candidate receives: "you'll receive a response within two weeks", "u krijgt
        # volgende week een antwoord", "U ontvangt binnen drie weken bericht", "erhalten Sie
        # bis Freitag eine Nachricht"
        # (not a class of people: "employers who get a reply within 24 hours are 3x more likely
        # to move forward", a job board's advice to the candidate)
        r"(?:receive(?<!who\sreceive)(?<!that\sreceive)|get(?<!who\sget)(?<!that\sget)|expect)"
        r"\s+(?:a|an|our|the|some)\s+(?:\w+\s+)?(?:response|reply|answer|update|"
        r"decision|word|news)|(?:een|ons)\s+antwoord|antwoord\s+van\s+(?:ons|mij)|"
        r"(?:ontvang(?:t|en|\s+je)|krijg(?:t|en|\s+je))\s+(?:\w+\s+){0,5}?(?:bericht|antwoord|"
        r"reactie|uitsluitsel|nieuws)|(?:(?:erhalten|bekommen|erh(?:ä|ae)ltst|bekommst)\s+(?:Sie|du)|(?:Sie|du)\s+"
        r"(?:erhalten|bekommen|erh(?:ä|ae)ltst|bekommst))\s+(?:[\w.,]+\s+){0,5}?"
        r"(?:Nachricht|Antwort|Bescheid|Zu-\s*(?:oder\s+|/\s*)Absage|Zusage\s+oder\s+Absage)|"
        # the news named first: "Die Zu- oder Absage erhalten Sie bis Freitag", "Eine Antwort
        # bekommen Sie bis ..."
        r"(?:Nachricht|Antwort|Bescheid|Absage)\s+(?:erhalten|bekommen|erh(?:ä|ae)ltst|bekommst)\s+"
        r"(?:Sie|du)|"
        # a list of results published: "the shortlist will be published by 4 December", "la
        # nómina de convocados se publicará", "die Ergebnisse werden veröffentlicht"
        r"(?:results?|shortlist|outcome|resultados?|n[óo]mina|lista(?:do)?|Ergebnisse?|Auswahlliste|"
        r"r[ée]sultats?|liste|uitslag|resultaten)\s+(?:[\w,]+\s+){0,12}?(?:will\s+be\s+"
        r"(?:published|posted|announced)|se\s+publicar[áa]n?|ser[áa]n?\s+publicad[oa]s?|"
        r"(?:wird|werden)\s+(?:\w+\s+){0,3}?ver(?:ö|oe)ffentlicht|ser(?:a|ont)\s+publi[ée]e?s?|"
        r"(?:wordt|worden)\s+(?:\w+\s+){0,3}?gepubliceerd)",
        re.IGNORECASE,
    )
    + r"\b",
    re.IGNORECASE,
)
CANDIDATE_DEADLINE = re.compile(
    # ("please allow ten working days for a response", "bitte rechnen Sie mit einer
    # Rückmeldung", "merci de prévoir un délai": the employer's time, asked for politely)
    # ("please give us two weeks", "bitte geben Sie uns zwei Wochen Zeit": the same)
    r"\b(?:please(?!\s+(?:note|bear|be\s+aware|expect|allow|give\s+(?:us|me)\s+(?:\w+\s+){1,3}?"
    r"(?:days?|weeks?)\b))|kindly(?!\s+(?:note|expect|allow|bear|be\s+advised))|"
    r"let\s+(?:us|me)\s+know|"
    r"(?:can|could|would)\s+you|k(?:ö|oe)nnten\s+sie|(?:kannst|k(?:ö|oe)nntest)\s+du|"
    r"(?-i:K(?:ö|oe)nnen\s+Sie)|pourriez|podr[ií]as|kun\s+je|(?:wil|wilt|zou|kunt)\s+(?:je|u)\b|"
    r"(?:get|come|write|revert)\s+back\s+to\s+(?:me|us)|if\s+you\s+could|"
    r"your\s+(?:decision|answer|response|reply|availability|confirmation|acceptance)|"
    r"(?:you(?:\s+\w+){0,2}|please|kindly)\s+(?:reply|respond|confirm|sign|return|submit|"
    r"accept|send)(?:\s+\w+){0,3}\s+by|deadline|"
    # the candidate's own step done by a day: "once you've sent your answers by Friday",
    # "when you have completed the task by Monday"
    r"you(?:'ve|\s+have)\s+(?:\w+\s+)?(?:sent|submitted|returned|completed|signed|"
    r"confirmed|replied|uploaded|finished)(?:\s+\w+){0,3}\s+by|"
    r"expires?|valid\s+until|offer\s+stands|rsvp|"
    # a right the candidate may use within a span: "you may appeal within 14 days", "you
    # must do so within", "request feedback within 28 days", "Widerspruch einlegen", "contester
    # cette décision", "recurrir", "bezwaar maken"
    r"appeal|(?:request|ask\s+for)\s+(?:\w+\s+)?feedback|you\s+must|Widerspruch|Einspruch|"
    # the candidate's own decision or step: "you need to decide on the other offer by the
    # 25th", "Sie müssen sich bis Freitag entscheiden" (not "you'll have to wait until")
    r"you(?:'ll|\s+will|'d|\s+would)?\s+(?:need|have)\s+to\s+(?!wait|be\s+patient|bear)|"
    r"(?-i:Sie)\s+m(?:ü|ue)ssen|du\s+musst|"
    # ... in the other languages: "da Sie sich bis zum 25. für das andere Angebot entscheiden
    # müssen", "vous devez décider avant le 25", "tienes que decidir antes del 25", "je voor
    # 25 november moet beslissen"
    r"(?:(?-i:Sie)|du)\s+(?:sich\s+|dich\s+)?(?:[\w.]+\s+){0,8}?(?:entscheiden|zusagen|absagen)\s+"
    r"m(?:ü|ue)ss\w*|(?:vous\s+devez|tu\s+dois)\s+(?:vous\s+|te\s+)?(?:d[ée]cider|r[ée]pondre|"
    r"prendre\s+(?:votre|ta|une)\s+d[ée]cision)|(?:tienes|tiene|ten[ée]is|tienen)\s+que\s+"
    r"(?:decidir|responder|contestar|tomar\s+una\s+decisi[oó]n)|"
    r"(?:je|jij|u)\s+(?:[\w.]+\s+){0,6}?moet\s+(?:beslissen|kiezen|reageren)|"
    # asking for feedback is the candidate's: "Feedback anzufordern", "demander un retour",
    # "solicitar feedback", "feedback aanvragen"
    r"Feedback\s+(?:\w+\s+)?(?:anzufordern|anfordern|einholen|einzuholen|erbitten)|"
    r"demander\s+(?:un|des)\s+(?:retours?|feedback)|solicitar\s+(?:\w+\s+)?"
    r"(?:feedback|comentarios)|feedback\s+(?:op\s+te\s+vragen|opvragen|aanvragen|aan\s+te\s+vragen)|"
    r"anfecht\w*|contester|recours|faire\s+appel|impugnar|recurrir|reclamaci[oó]n|bezwaar|"
    r"in\s+beroep|"
    r"bitte(?!\s+(?:rechnen|haben)\s+Sie|\s+geben\s+Sie\s+(?:uns|mir)\s+(?:\w+\s+){1,3}?(?:Tage|Wochen)"
    r"\s+Zeit)|teilen\s+sie\s+uns|teile\s+uns|lassen\s+sie\s+uns|lass\s+uns|"
    r"(?:ihre|deine)\s+(?:entscheidung|r(?:ü|ue)ckmeldung|antwort|zusage)|zusagen|(?<!einer\s)frist|"
    r"g(?:ü|ue)ltig\s+bis|merci\s+de(?!\s+(?:prévoir|prevoir|patienter))|veuillez|pourriez-vous|"
    r"(?:votre|ta|ton)\s+(?:d[ée]cision|r[ée]ponse|retour)|faites-nous\s+savoir|dites-nous|"
    # news the employer waits for: "sans nouvelles de votre part d'ici vendredi", "si no
    # tenemos noticias tuyas antes del viernes"
    r"(?:nouvelles|r[ée]ponse|retour)\s+de\s+(?:votre|ta)\s+part|"
    r"noticias\s+(?:tuyas|suyas|de\s+tu\s+parte|de\s+su\s+parte)|"
    r"date\s+limite|nous\s+confirmer|por\s+favor|ind[ií]ca(?:nos|noslo)|ind[ií]quenos|"
    r"h[áa]ganos\s+saber|haznos\s+saber|(?:tu|su)\s+(?:decisi[oó]n|respuesta)|confirma|"
    r"confirme|(?<!un\s)(?<!en\sel\s)plazo|fecha\s+l[ií]mite|laat\s+(?:ons|me|mij)\s+\w*\s*weten|laat\s+u\s+ons|"
    r"(?:je|jouw|uw)\s+(?:beslissing|reactie|antwoord)|bevestig\w*|"
    r"ontvang(?:en)?\s+(?:we|wij|ik)\s+graag|graag\s+(?:uiterlijk|voor|vóór))\b",
    re.IGNORECASE,
)
# A sentence that opens with an order: "Reply by Friday", "Return the signed copy by ...".
IMPERATIVE_BY = re.compile(
    r"\s*(?:reply|respond|confirm|sign|return|submit|accept|send|complete)\b"
    r"(?:\s+\w+){0,4}\s+by\b",
    re.IGNORECASE,
)
