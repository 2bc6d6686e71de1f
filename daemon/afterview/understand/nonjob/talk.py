"""Non-job contexts where an interview, a call or a session is held for something else.

A podcast's interview, a user-research session, an expert network's call, a sales demo, a
mentor's coffee chat, a webinar, a mock interview, the reader's own yearly review, a job
board's digest or a shop's offer: nothing was applied for, but the mail speaks of interviews,
appointments and offers. They are kept apart from the things applied for in
``applied.py`` because they are weighed differently: where the mail's own job evidence
outweighs them (a "newsletter" in a take-home brief, "Black Friday volumes" in an interview
brief) they are its topic, not its matter, while a thing applied for still needs a job named.
``contexts.py`` names, orders and compiles them; nothing else should import this module.
"""

from __future__ import annotations

# The long lists open with "\b(?=\w)", a word's start: the end of a word fails there at once
# instead of trying every alternative.
CONTEXTS = {
    "user-research": r"\buser (?:interview|research|study|testing)|\bresearch (?:session|study|"
    r"participant|interview)|\busability\b|\bgift card\b|\bincentive\b|\bparticipate in (?:a|"
    r"our) (?:study|survey|research)|\bcustomer (?:interview|feedback)|\bfeedback session\b|"
    r"\b(?:Nutzer|Kunden)interview|\bentretien utilisateur|\bentrevista (?:de|con) usuari|"
    # a study's interview: a researcher asks the user about their experience, for a voucher
    r"\b(?:PhD|doctoral|master's|dissertation|thesis|academic) (?:research|study|project)\b|"
    r"\btake part in (?:my|our|a|the|this) (?:[\w-]+ )?(?:research|study|survey)\b|"
    r"\bparticipant information\b|\bethics (?:approval|committee|board|ref\w*)|"
    r"\b(?:e-voucher|evoucher|thank-you voucher)\b|\b(?:Studien|Forschungs)teilnahme|"
    r"\bTeilnehmerinformation|\bparticiper à (?:mon|notre|une|cette) (?:étude|recherche)|"
    r"\bparticipar en (?:mi|nuestro|nuestra|un|una|este|esta) (?:estudio|investigación)|"
    r"\bdeel(?:nemen|name) aan (?:mijn|ons|een|dit) (?:onderzoek|studie)",
    # an industry analyst or an expert network asking for the user's view, not hiring them
    "expert": r"\banalyst (?:briefing|inquiry|enquiry|relations|call|session)s?\b|"
    r"\bexpert (?:network|call|consultation|session)s?\b|\b(?:paid|compensated) "
    r"(?:consultation|expert call)s?\b|\bconsultation fee\b|\bhonorarium\b|"
    r"\bresearch (?:service|subscription|clients)\b|\bnot for attribution\b|"
    r"\bExperten(?:gespräch|interview|netzwerk)\w*|\bréseau d'experts\b|"
    r"\bred de expertos\b|\bexpertnetwerk\b",
    "press": r"\bp[oó]dcast\b|\b(?:press|media|TV|radio|magazine|newspaper) interview|"
    r"\bjournalist(?:e|in)?\b|\bperiodista\b|\breporter\b|"
    # the story being written, and a show's guest: "writing a piece on fintech", "paraîtra",
    # "notre dossier sur l'IA", "unser Beitrag", "nuestro reportaje", "a guest on Tech Talk"
    r"\b(?:writing|working on|putting together|researching|preparing) (?:a|my|the|our) "
    r"(?:piece|feature|article|story|segment|report) (?:on|about|for)\b|\bparaîtra\b|"
    # the writer introduces themself by their desk at an outlet, and the outlet's slot the
    # interview is for: "I'm a producer at World Radio", "Soy Renata, editora de Gráfica
    # Nómada", "ich bin Redakteurin beim Lokalradio", "ik ben redacteur bij Stadsblad"; "for
    # our 'Grads Going Global' segment", "para la sección «Oficio»", "pour notre rubrique",
    # "für unsere Sendung", "voor onze rubriek"; the issue it runs in ("Saturday's edition",
    # "the 4 December edition", "número de diciembre", "Dezember-Ausgabe", "decembernummer")
    r"\b(?:I'm|I am) (?:one of the |a |an |the )?(?:\w+ )?(?:producer|editor|presenter|host|"
    r"correspondent|columnist)s? (?:at|for|on|with)\b|"
    r"\bsoy (?:\w+, )?(?:la |el |una? )?(?:editora?|productora?|redactora?|locutora?|"
    r"presentadora?|reportera?) (?:de|en)\b|"
    r"\bje suis (?:\w+ )?(?:journaliste|rédact\w+|product\w+|animat\w+|chroniqu\w+) (?:à|au|"
    r"pour|chez|de)\b|\bich bin (?:\w+ )?(?:Redakteur\w*|Journalist\w*|Produzent\w*|"
    r"Moderator\w*|Reporter\w*) (?:bei|beim|für|vom)\b|\bik ben (?:\w+ )?(?:redacteur|"
    r"journalist|verslaggever|presentator|programmamaker)\w* (?:bij|van|voor)\b|"
    r"\bfor (?:our|the|their|its) (?:[\w'’\"“”«»-]+ ){0,4}(?:segment|column)\b|"
    r"\bsegment (?:on|about)\b|\bop-?eds?\b|"
    r"\b(?:radio|TV|television|breakfast|morning|evening|talk|chat) (?:show|programme|segment)\b|"
    r"\b(?:student|community|campus|local) (?:radio|station|newspaper|TV)\b|"
    r"\bhave you on (?:the (?:show|programme|air)|air|to (?:talk|chat))\b|"
    r"\b(?:before|when) (?:we|it) go(?:es)? to print\b|\b(?:\w+'s|the \d{1,2} \w+|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|weekend) edition\b|"
    r"\bpara (?:la|nuestra) sección\b|\bentrevistar(?:te|le|la|lo) en directo\b|"
    r"\b(?:número|edición|numéro|édition) de (?:enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre)\b|"
    r"\bpour (?:notre|la) rubrique\b|\bprépare (?:un|une|notre) (?:article|reportage|sujet|"
    r"émission) sur\b|\bfür (?:unsere|die) (?:Sendung|Rubrik|Kolumne)\b|\beinen Beitrag "
    r"(?:über|zum|zur)\b|\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|"
    r"Oktober|November|Dezember)-?[Aa]usgabe\b|\bInterviewanfrage\b|\bLokalradio\b|"
    r"\bvoor (?:onze|de) rubriek\b|\b(?:januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december)nummer\b|"
    r"\bnotre (?:dossier|reportage|émission) sur\b|"
    r"\bunser(?:em|en)? (?:Artikel|Beitrag|Bericht)\b|"
    r"\bnuestro (?:artículo|reportaje|programa)\b|\bons (?:artikel|stuk|programma)\b|"
    r"\b(?:a|as|our) guest (?:on|for)\b|\bwe'll record\b|\bguest\s+(?:interview|spot|appearance)\b|"
    r"\b(?:on|to)\s+(?:the|our)\s+show\b|"
    r"\binterview (?:you )?for (?:our|the|an?) (?:podcast|show|"
    r"blog|newsletter|magazine|article|story|series|channel)|\bepisode\b|\bon air\b|"
    r"\bInterview für (?:unseren|unser|das) (?:Podcast|Magazin|Blog)|\bfeatur(?:e|ing) "
    r"(?:us|our|\w+ \w+) in (?:your|the) (?:piece|article|story|issue|newsletter|column)|"
    r"\byour (?:piece|article|story|column|readers|publication|editor)\b|\bbefore publication\b|"
    r"\bdirect quotes?\b|\bpress (?:release|enquiry|inquiry|team|office)|\bPressestelle\b|"
    r"\bservice de presse\b|\bgabinete de prensa\b|\bpersvoorlichting\b|"
    r"\bagree(?:d|ing)? to (?:be interviewed|an interview|talk to us)\b|\bphotographer\b|"
    r"\b(?:our|the) (?:readers|listeners|audience)\b|\bon the record\b|"
    # an audience in any language ("unsere Hörer:innen", "nos auditeurs", "nuestros oyentes"),
    # a numbered show ("Folge 61", "épisode 12"), a guest made ready for the microphone
    r"\b(?:unsere[nr]?|eure[nr]?) (?:Zu)?(?:Hörer|Leser|Zuschauer)\w*|\bnos (?:auditeurs|"
    r"auditrices|lecteurs|lectrices|téléspectateurs)\b|\bnuestr[oa]s (?:oyentes|lectores|"
    r"lectoras|espectadores)\b|\bonze (?:luisteraars|lezers|kijkers)\b|"
    r"\b(?:Podcast-?)?Folge \d+\b|\b(?:épisode|episodio|aflevering) \d+\b|"
    # a show's episode in French and Spanish ("l'épisode", "el episodio"; not the Dutch
    # "aflevering", a delivery too)
    r"\b(?:l'|cet |notre |un |le prochain |du )épisode\b|\b(?:el|este|nuestro|un|del) episodio\b|"
    r"\bmic(?:'d|'ed|ced|ed) up\b|\b\d{2,3}[.,]\d ?FM\b|\bFM \d{2,3}[.,]\d\b",
    "mentoring": r"\bmentors\b|\bmentorship\b|\bcoffee chat\b|"
    r"\b(?:join|book|my|our) office hours\b|"
    r"\boffice hours (?:session|call|slot)|\bnetworking (?:call|chat|event)|"
    r"\binformational interview\b|\bcareer (?:coach\w*|advice)\b|\balumni\b|\bmentee\w*|"
    # a student's tutor or adviser and their open hours
    r"\b(?:personal|academic) (?:tutor|advis[eo]r)\b|\bdrop-in\b|\bSprechstunde\b|"
    r"\bpermanence (?:d'orientation|étudiante)|\bhorario de tutorías\b|\bspreekuur\b|"
    # mentoring offered to the user, not a scheme the candidate proposed in an interview
    r"\bmentor(?:ing|ship)?\s+(?:session|call|chat|programme|program|match\w*|meeting|"
    r"circle|network)s?\b|\byour mentor\b",
    # a demo the user booked of a product: "Thanks for booking a personalised demo of
    # Lintwise", "your tailored demo", "Ihre Produktdemo", "votre démo personnalisée"
    "sales": r"\b(?:product |sales |platform |live |personali[sz]ed |tailored |custom )demo\b|"
    r"\b(?:requesting|requested|request|booked|book)\s+a\s+demo\b|\ba\s+demo\s+of\b|"
    # an investors' meeting: "our Q4 investor update call", "as one of our angel investors"
    r"\binvestor\s+(?:update|call|meeting|day)\b|\bangel\s+investors?\b|\bshareholders'?\s+"
    r"meeting\b|\bHauptversammlung\b|\bjunta\s+de\s+accionistas\b|\baandeelhoudersvergadering\b|"
    r"\bbook(?:ed|ing)? (?:a |your )?(?:\w+ )?demo\b|\bProduktdemo\b|"
    r"\bdémo (?:personnalisée|produit|gratuite)\b|\bdemo (?:personalizada|del producto)\b|"
    r"\bproductdemo\b|\bfree trial\b|"
    # the seller's own desk ("I'm Jane, your account manager", "as your Account Executive"),
    # not the post applied for ("the Account Executive role", "Account Executive, SMB"); a
    # plan's renewal, not "renewal forecasting" in an interview's feedback
    r"\bonboarding call\b|\b(?:I'm|I am|I'll be|as)\s+(?:\w+,\s+)?(?:your|the|an?)\s+(?:new\s+)?"
    r"(?:dedicated\s+)?account (?:manager|executive)\b|\b(?:your|our)\s+(?:dedicated\s+)?account "
    r"(?:manager|executive)\b|\bdiscovery call\b|\bsales call\b|"
    r"\bsubscription\b|\b(?:(?:subscription|plan|licen[cs]e|contract|membership|annual|auto)[- ]"
    r"renewal|renewal (?:date|notice|reminder|invoice|quote|price))\b|"
    r"\bpricing (?:plans?|page|tiers?)\b|"
    # a seller's pitch for a call: "show you how PayrollPilot saves HR teams 6 hours", "Ihnen
    # zeigen, wie unser Tool ... spart", "vous montrer comment notre outil fait gagner",
    # "mostrarte cómo nuestra app ahorra", "je laten zien hoe ons platform ... bespaart"
    r"\b(?:show|walk)\s+you\s+how\s+(?:[\w-]+\s+){0,4}?(?:saves?|helps?|can\s+help|lets|cuts?|"
    r"automates?|streamlines?|boosts?)\s+(?:[\w-]+\s+){0,3}?(?:teams?|companies|businesses|firms|"
    r"customers|clients|you)\b|"
    r"\b(?:Ihnen|dir)\s+(?:kurz\s+)?zeigen,?\s+wie\s+(?:[\w-]+\s+){1,8}?(?:spart|hilft|"
    r"automatisiert)\b|\b(?:vous|te)\s+montrer\s+comment\s+(?:[\w'-]+\s+){1,6}?(?:aide|fait\s+"
    r"gagner|permet|automatise)\b|\b(?:mostrar(?:te|le)|enseñar(?:te|le))\s+cómo\s+"
    r"(?:[\w-]+\s+){1,6}?(?:ahorra|ayuda|permite|automatiza)\b|\b(?:je|u)\s+(?:graag\s+)?"
    r"(?:laten\s+zien|tonen)\s+hoe\s+(?:[\w-]+\s+){1,6}?(?:bespaart|helpt|automatiseert)\b",
    # the reader's yearly review at their own job: "entretien annuel", "your performance
    # review", "Mitarbeitergespräch", "evaluación del desempeño", "functioneringsgesprek"
    "review": r"\b(?:entretien\s+(?:annuel|d'évaluation|professionnel)|(?:your|our)\s+(?:annual|"
    r"mid-year|year-end)\s+(?:review|appraisal)|(?:your|our)\s+performance\s+review|"
    r"Mitarbeitergespräch|Jahresgespräch|Zielvereinbarungsgespräch|evaluación\s+(?:anual\s+)?del\s+"
    r"desempeño|functioneringsgesprek|beoordelingsgesprek|jaargesprek|"
    # ... and the talks of leaving it or of passing its probation: "an exit interview",
    # "Austrittsgespräch", "entretien de départ", "entrevista de salida", "exitgesprek"
    r"exit[- ]?(?:interview|survey|meeting|conversation)s?|leaving\s+(?:interview|meeting)|"
    r"probation(?:ary)?\s+(?:review|meeting)|end\s+of\s+(?:your\s+)?probation\s+(?:review|"
    r"meeting)|Austrittsgespräch\w*|Exit-?Gespräch\w*|Probezeitgespräch\w*|entretiens?\s+de\s+"
    r"(?:départ|sortie|fin\s+de\s+période\s+d'essai)|entrevistas?\s+de\s+(?:salida|"
    r"desvinculación)|exit-?gesprek\w*|vertrekgesprek\w*|proeftijdgesprek\w*)\b",
    # a workshop as a place of work is no event: "half ten at the workshop (Sundkrogsgade 7)",
    # "a trade test at their workshop in Halifax", "come down to the workshop", "Andy their
    # workshop foreman"
    "event": r"\bwebinar\b|"
    # a room booked at a coworking space
    r"\bcoworking\b|\bcredits\s+used\b|\b(?:room|desk)\s+booking\b|"
    + "".join(rf"(?<!\b{w} {o} )" for w in ("at", "to") for o in ("the", "our", "their"))
    + r"\bworkshop\b(?!\s+(?:foreman|manager|floor|team|technician|supervisor|staff|lead|"
    r"assistant|hand|premises|in\s+(?-i:[A-Z])|\())|\blive ?stream\b|\bwatch live\b|\bmeetup\b|"
    # "for registering" an event, not "for registering your interest in the appointment"
    r"\bmasterclass\b|\bbootcamp\b|\bfor registering\b(?! (?:your )?interest)|"
    r"\bregister(?:ed)? (?:for|now|here)\b|"
    r"\byou(?:'re| are) registered\b|\bregistration (?:confirm\w*|is|for|link)\b|"
    r"\b(?:please )?RSVP (?:by|here|now|today|below)\b|\bplease RSVP\b|\bkeynote\b|"
    r"\blive Q&A\b|\bAMA\b|"
    # asked to speak at an event: a panel discussion, not an interview panel
    r"\binvit\w* (?:you )?to speak\b|\binvitation to speak\b|\bspeaking (?:slot|engagement|"
    r"invitation|opportunit\w*)|\bspeakers'? (?:dinner|pass|bio|line-?up|briefing|lounge|"
    r"portal|offer|pack|kit|guidelines)|\bprogram(?:me)? committee\b|\bProgrammkomitee\b|"
    r"\bcomité (?:de programme|de programa|du programme)\b|\bprogrammacommissie\b|"
    r"\b(?:fellow|other|our) (?:speakers|panell?ists)\b|\bcall for (?:speakers|papers)\b|"
    r"\bmoderated by\b|\bpanel (?:discussion|debate|session)\b|"
    r"\bals (?:Redner|Sprecher|Podiumsgast)\w*|\bPodiumsdiskussion\b|\bintervenant\w*|"
    r"\btable ronde\b|\bcomo ponente\b|\bmesa redonda\b|\bals spreker\b|\bpanelgesprek\b|"
    r"\bAnmeldung\b|\binscription\b|\binscripción\b|"
    # ticketing: an event's calendar file is no interview, whatever the event is called
    r"\border (?:confirmation|number|#)|\byour (?:e-?)?tickets?\b|\bgeneral admission\b|"
    r"\bQR code\b|\bdoors open\b|\bbox office\b|\bEintrittskarte\w*|"
    r"\btoegangsbewijs\b",
    # a rehearsal or a test of the reader, not a hiring step: a practice interview for a role
    # one applies to elsewhere, an exam sitting for a certificate (its admit card, its hall)
    "rehearsal": r"\b(?=\w)(?:mock\s+(?:[\w-]+\s+){0,2}interviews?|practice\s+interviews?|"
    r"interview\s+(?:practice|rehearsal|simulation)s?|entretiens?\s+blancs?|"
    r"simulations?\s+d'entretien|Probe(?:vorstellungs)?(?:gespräch|interview)\w*|"
    r"Übungs(?:gespräch|interview)\w*|Bewerbungs(?:training|simulation)\w*|"
    r"simulacros?\s+de\s+entrevista|entrevistas?\s+(?:simulada|de\s+práctica|de\s+prueba)s?|"
    r"(?:oefen|proef)(?:sollicitatie|gesprek)\w*|sollicitatietraining\w*|"
    r"admit\s+card|hall\s+ticket|exam(?:ination)?\s+(?:date|centre|center|hall|venue|"
    r"time|room)|Prüfungs(?:termin|ort|raum|saal)|Prüfungseinladung|"
    r"convocation\s+(?:à\s+l'|aux?\s+)examens?|(?:centre|salle|date)\s+d(?:e\s+l)?'examen|"
    r"(?:fecha|centro|sede|aula)\s+del?\s+examen|examen(?:datum|locatie|zaal|ruimte))\b",
    # help on the way to a job, not a job: a public employment office, a job coach, a training
    # course and its advice session ("Beratungsgespräch", "opvolgingsgesprek met je jobcoach")
    "career-services": r"\bjob ?coach\w*|\bwork coach\b|\bjob ?cent(?:re|er)\b|"
    # a public employment agency's follow-up and a careers service's practice interview
    r"\bagence\s+(?:publique\s+)?pour\s+l'emploi\b|\bentretien\s+de\s+suivi\b|\bFrance\s+Travail\b|"
    r"\bPôle\s+emploi\b|\bcareers?\s+(?:hub|service|"
    r"appointments?)\b|"
    r"\bAgentur für Arbeit\b|\bArbeitsagentur\b|\bArbeitslosengeld\b|\bBildungsgutschein\b|"
    r"\bWeiterbildung\b|\bUmschulung\b|\bKursstart\b|\bBeratungs(?:gespräch|termin)|"
    r"\bjobseeker'?s allowance\b|\bunemployment (?:benefits?|insurance|office)\b|"
    r"\bP[ôo]le [eE]mploi\b|\bFrance Travail\b|\bdemandeur d'emploi\b|"
    r"\bconseill[eè]re? (?:emploi|France Travail|en insertion|en évolution professionnelle)|"
    r"\bformation (?:professionnelle|continue|certifiante|qualifiante)\b|"
    r"\boficina de empleo\b|\bdemandante de empleo\b|\bSEPE\b|\borientador\w* (?:laboral|"
    r"profesional)|\bcurso de formación\b|\bprestación por desempleo\b|\bUWV\b|\bVDAB\b|"
    r"\bActiris\b|\bwerkzoekende\b|\buitkering\b|\bomscholing\w*|\bopvolgingsgesprek\w*",
    "digest": r"\bjob alert\b|\bnew jobs?\b|\b\d+\s+new\s+(?:[\w-]+\s+){1,2}jobs\b|"
    r"\bjobs? (?:for you|matching|you may)|"
    r"\brecommended (?:jobs|for you)\b|\btop matches\b|\b(?:weekly|daily|monthly) "
    r"(?:digest|newsletter|roundup)|\bin this issue\b|\bIssue\s+(?:#|No\.?\s*)\d+\b|"
    r"\bAusgabe\s+(?:#|Nr\.?\s*)\d+\b|\bnuméro\s+\d+\b|\bedición\s+(?:#|n\.?[º°o]\s*)\d+\b|"
    r"\beditie\s+#?\d+\b|\bread online\b|\bnewsletter\b|"
    r"\btips? (?:for|on) (?:your |the )?(?:next )?interview|\binterview tips\b|"
    r"\bhow to (?:ace|nail|prepare for|answer)\b|"
    # a board's count of others ("be one of the first 25 applicants"), not an employer's
    # "we will let all applicants know"
    r"\b(?:first|top|\d+\+?|over \d+|fewer|more than \d+)\s+applicants\b",
    "marketing": r"\bspecial offer\b|\blimited[- ]time\b|\b\d+\s?% off\b|\bdiscount\b|"
    r"\bpromo(?:tion(?:al)?)? code\b|\bcoupon\b|\bsale ends\b|\bfree shipping\b|"
    r"\boffer ends\b|\bexclusive offer\b|\bBlack Friday\b|\bAngebot gilt\b|\bRabatt\b|"
    r"\bpromotion\b|\bsoldes\b|\bdescuento\b|\bkorting\b|\baanbieding\b",
}
