"""Non-job contexts that name another thing the user applied for, booked or bid on.

A flat, a loan, a school or university place, a visa, a grant, a club's membership, a pet to
adopt, a talk proposal, a doctor's appointment: mail about them has its own "application",
"interview", refusal and offer. They are the bulk of ``contexts.py``'s table and share one
reading (only a job named brings such mail back, ``nonjob.OTHER_APPLICATIONS``), so they live
here as one family, apart from the meetings and mailings in ``talk.py``. ``contexts.py``
names, orders and compiles them; nothing else should import this module.
"""

from __future__ import annotations

# A phrase that starts a job's title is the post's name, not the thing: "the Exhibition Designer
# role", "the Certification Exam Coordinator job".
_NOT_A_TITLE = (
    r"(?!(?:\s+[\w-]+){0,2}\s+(?:coordinator|officer|manager|administrator|assistant|designer|"
    r"developer|curator|technician|specialist|lead|director|role|post|position|job|vacancy)\b)"
)

# The long lists open with "\b(?=\w)", a word's start: the end of a word fails there at once
# instead of trying every alternative.
CONTEXTS = {
    "medical": r"\b(?=\w)(?:dentist|dental|doctor's|GP|clinic|surgery appointment|hospital|patient|"
    r"physio\w*|therapist|optician|vet|vets|veterinary|vaccination|booster|check-?up|"
    r"hygienist|pharmacy|prescription|haircut|salon|barber|MOT|service appointment|"
    r"Zahnarzt\w*|Tierarzt\w*|Arzt|Arzttermin|Impfung|dentiste|vétérinaire|médecin|dentista|"
    r"veterinari[oa]|médico|clínica|tandarts|dierenarts|huisarts|fysiotherapeut)\b|"
    # any doctor's practice ("Kinderarztpraxis"), spelt so that its leads gate the search
    r"arztpraxis\b",
    "housing": r"\b(?=\w)(?:(?:flat|property|house|apartment|your) viewing|viewing of the (?:flat|"
    r"property|house|apartment)|lettings|letting agent|estate agent|tenancy|landlord|"
    r"holding deposit|(?:two|three|one)[- ]bed(?:room)?|1-bed|2-bed|3-bed|4-bed|1 bed|"
    r"2 bed|3 bed|4 bed|Besichtigung|Wohnungsbesichtigung|"
    r"Vermieter|Mietvertrag|visite (?:de l'appartement|du logement)|propriétaire|"
    r"visita (?:del piso|al piso|de la vivienda)|arrendador|bezichtiging|huurwoning|verhuurder|"
    r"makelaar|"
    # the home itself, named as what was applied for or visited: "the flat", "the rental
    # application", "the showing", "el piso de la calle ...", "la vivienda", "le logement",
    # "die Wohnung", "de woning". Not a floor ("piso 3"), a flat rate or a hierarchy, a
    # relocation's serviced apartment, nor the landlord's trade (an estate agency employs)
    r"(?:the|this|your|that) (?:(?!serviced|corporate|company|temporary)[\w-]+ )?(?:flat|"
    r"apartment|condo)(?! (?:structure|hierarchy|rate|fee|organi[sz]ation|team|management)\b)|"
    r"rental (?:application|property|unit|home|listing|agreement|history|criteria)|"
    r"(?:apartment|flat|property|house|home|open house|rental) (?:showing|tour)|"
    r"(?:to|at|after) (?:the|our) (?:showing|viewing)|prospective tenants?|lease (?:agreement|"
    r"signing|start|term)|move-in date|security deposit|"
    r"(?:Mietwohnung|Eigentumswohnung|Wohnung)(?:en)?|Mietinteress\w*|Mieter(?:in|innen)?|Kaltmiete|"
    r"Warmmiete|Besichtigungstermin|Mietobjekt|Hausverwaltung|"
    r"logement|appartement|locataires?|locateur|loyer|dossier de location|bail de location|"
    r"(?:el|del|al|un|este|ese|otro|nuestro|su) piso(?! *(?:\d|n\.?[ºo°]|de (?:arriba|abajo)))|"
    r"vivienda|inquilin[oa]s?|arrendamiento|contrato de alquiler|"
    r"woning|huurders?|huurcontract|huurprijs|huurovereenkomst|woningzoekende\w*|"
    # a home sold: the buyers' offer, the asking price, the conveyancing ("the buyers from
    # Saturday's viewing came back with an offer"), in the five languages
    r"(?:the|your|our)\s+buyers|(?:another|other|a\s+higher|a\s+cash)\s+buyer'?s?|the\s+sellers?\s+"
    r"(?:has|have|accepted|decided|agreed)|\w+'s\s+viewing|asking\s+price|sold\s+subject\s+to\s+contract|"
    r"conveyancing|under\s+offer|exchange\s+of\s+contracts|(?:offer|bid)\s+(?:on|for)\s+(?:the|your)\s+"
    r"(?:house|home|property|flat|apartment|cottage|bungalow)|Kaufangebot\w*|Kaufinteressent\w*|"
    r"Kaufpreis|Notartermin|offre\s+d'achat|acquéreurs?|compromis\s+de\s+vente|"
    r"prix\s+de\s+vente|oferta\s+de\s+compra|compradores|precio\s+de\s+venta|arras|"
    r"bod\s+(?:op|van)\s+(?:de|uw|je|het)\s+(?:woning|huis|appartement)|bieding|kopers|vraagprijs|"
    r"koopovereenkomst)\b",
    # a shared flat and the people in it, which no employer is: "flatmate", "WG-Zimmer" (not
    # "WG:", a forward's prefix), "colocataire", "compañera de piso", "hospiteeravond"
    "flatshare": r"\b(?=\w)(?:(?:flat|house|room)mates?|(?:flat|house)[- ]?share|"
    r"shared (?:flat|house)|WG-\w+|Mitbewohner\w*|Zimmersuche|Untermiet\w*|Nachmieter\w*|"
    # "colocation" alone is also a data centre's (a job's) word
    r"colocataires?|(?:en|une|la|ta|notre|votre|cette) coloc(?:ation)?|"
    r"compañer[oa]s? de piso|piso compartido|"
    r"huisgeno(?:ot|te|ten)|hospiteer\w*|hospiteren|kamerzoekende\w*)\b",
    # money, schools and papers: things applied for or booked that are no job, where a
    # refusal ("unable to approve"), an offer ("a mortgage offer", "a place in Year 2") or an
    # "interview" (a consular one) means something else
    "finance": r"\b(?:mortgage|credit (?:card|reference|check|score|limit|agreement)|"
    r"(?:personal |car |home )?loan (?:amount|application|offer|agreement)|overdraft|"
    r"(?:current|savings|bank) account application|insurance (?:policy|quote|claim)|"
    r"building society|Hypothek\w*|"
    # a saver's adviser, whose "portfolio review" is of investments, not of a designer's work
    r"wealth (?:manager|management|adviser|advisor)|financial (?:adviser|advisor|planner)|"
    r"investment (?:portfolio|account|adviser|advisor)|pension (?:review|pot)|"
    r"Vermögensberat\w*|Anlageberat\w*|Vermögensverwalt\w*|conseill(?:er|ère) (?:financier|"
    r"patrimonial)|gestion de patrimoine|asesor(?:a)? financier[oa]|gestor(?:a)? patrimonial|"
    r"beleggingsadviseur|vermogensbeheer\w*|Kreditkarte|Darlehen\w*|prêt (?:immobilier|personnel)|"
    r"carte de crédit|crédit immobilier|hipoteca\w*|tarjeta de crédito|préstamo|"
    r"hypothee\w*|creditcard|persoonlijke lening|personal\s+loan|APR|Ratenkredit|"
    r"projet\s+immobilier|simulation\s+de\s+(?:prêt|crédit)|demande\s+de\s+(?:prêt|crédit)|"
    r"Kredit(?:antrag|anfrage)|solicitud\s+de\s+(?:préstamo|crédito)|"
    r"(?:krediet|lening)aanvraag|Finanzierungsgespräch|Baufinanzierung|"
    r"simulación\s+de\s+(?:hipoteca|préstamo)|"
    r"prêt\s+à\s+la\s+consommation|TAEG|préstamo\s+personal|TAE|"
    # an insurer's claim declined or settled: "your claim has been declined", "not covered
    # under your policy", "votre sinistre", "demande d'indemnisation", "Schadensmeldung",
    # "siniestro", "schademelding"
    r"(?:your|the|this)\s+(?:insurance\s+)?claim\s+(?:has\s+been|was|is|cannot\s+be|can't\s+be)\s+"
    r"(?:declined|rejected|refused|not\s+covered|approved|accepted|settled)|not\s+covered\s+"
    r"(?:under|by)\s+(?:your|the)\s+(?:policy|insurance|cover)|claim\s+(?:number|reference|ref)|"
    r"settlement\s+(?:offer|of\s+[£$€])|insurance\s+application|Versicherungsantrag|"
    r"demande\s+d'assurance|solicitud\s+de\s+seguro|verzekeringsaanvraag|sinistres?|demande\s+d'indemnisation|"
    r"Schadens?(?:meldung|fall|nummer|regulierung)|Versicherungsfall|siniestros?|"
    r"schade(?:melding|claim|dossier|nummer))\b",
    "school": r"\b(?=\w)(?:(?:primary|secondary|infant|junior|grammar) school|school (?:place|"
    r"admissions?|offer)|nursery place|in-year admission|year group|pupils?|parent portal|"
    r"admissions (?:team|office|appeal)|offer (?:\w+ )?a place (?:in|at) (?:Year|Reception|the "
    r"school|our school)|UCAS|Schulplatz|Kita-Platz|Grundschule|Einschulung|place en crèche|"
    r"inscription scolaire|école (?:primaire|maternelle)|plaza escolar|colegio|escolarización|"
    r"basisschool|schoolplaats|kinderopvang|aanmelding (?:op|bij) (?:de )?school|"
    # a child's place: the applicant is the user's son or daughter, weighed by an admissions
    # committee, for a class or a year's entry (not pupils or a school year: a teacher's job
    # speaks of those too)
    r"your (?:son|daughter|child)(?:'s)?|Ihr(?:e|em|er|es)? (?:Sohn|Tochter|Kind)(?:es)?|"
    r"votre (?:fils|fille|enfant)|(?:su|tu) hij[oa]|(?:uw|je|jouw) (?:zoon|dochter|kind)|"
    r"admissions? (?:selectors?|secretary|panel|interview|meeting|assessment)|"
    r"Aufnahmegespräch|entretien d'admission|entrevista de admisión|toelatingsgesprek|"
    # a child to join a class: "for Lena to join Grade 3", "entry into Year 7", "Aufnahme in
    # die Klasse 5", "l'entrée en CE2", "ingreso en 3.º de primaria", "instroom in groep 4"
    r"(?:join|entry (?:in)?to|admission to|place in) (?:Grade|Year|Klasse|Jahrgangsstufe) \d{1,2}"
    r"(?! (?:teachers?|team|classes|students|pupils|maths|English|science|tutor))|"
    r"Aufnahme in die (?:\d\.? )?Klasse|"
    # a parent's meeting with the teachers: "parent-teacher interview bookings", "Elternsprechtag",
    # "réunion parents-professeurs", "reunión de padres", "oudergesprek", "tien-minutengesprek"
    r"parent[- ](?:teacher|tutor)\s+(?:interviews?|meetings?|conferences?|evening|consultations?)|"
    # a child's place: "a Reception place for Ella", "a nursery place", "a Year 3 place"
    r"(?:Reception|nursery|pre-?school|kindergarten|Year\s+\d{1,2})\s+places?\b|"
    r"Elternsprechtag|Elterngespräch|Elternabend|parents'?\s+(?:evening|consultations?)|"
    r"(?:réunion|rendez-vous|rencontre|entretien)s?\s+parents[- ](?:professeurs|enseignants)|"
    r"professeur(?:e)?\s+principal(?:e)?|reunión\s+de\s+padres|tutoría\s+de\s+padres|"
    r"oudergesprek\w*|tien-?minutengesprek\w*|"
    r"commission d'admission|comisión de admisión|"
    r"toelatingscommissie|Aufnahme(?:kommission|verfahren|ausschuss)|"
    # a place to study: "a conditional offer for the MSc Data Science", "an offer of a place on
    # the BA History course", "Zulassung zum Masterstudiengang", "admission en master",
    # "plaza en el máster", "toelating tot de master"
    r"(?:conditional|unconditional)\s+offer\s+(?:of\s+(?:a\s+)?(?:place|admission)|(?:for|to\s+study)\s+"
    r"(?:(?:the|a|an|our|your)\s*)?(?:\w+\s+){0,2}?(?:MSc|MA|BSc|BA|MBA|PhD|LLM|MPhil|MEng|MRes|degree|"
    r"course|Master'?s|Bachelor'?s|foundation))|"
    r"offer\s+of\s+(?:a\s+)?(?:place|admission)\s+(?:on|to|at|for)\s+(?:the|our|your)\s+(?:\w+\s+){0,3}?"
    r"(?:MSc|MA|BSc|BA|MBA|PhD|LLM|MPhil|MEng|MRes|degree|course|Master'?s|Bachelor'?s)|"
    r"applicant\s+portal\s+for\s+(?:your|the)\s+(?:course|degree|programme)|"
    r"Studienplatz\w*|Zulassung(?:sbescheid)?\s+(?:zum|für\s+den)\s+(?:Master|Bachelor|Studium|"
    r"Studiengang)\w*|Immatrikulation|"
    r"admission\s+(?:en|au|dans\s+le)\s+(?:master|licence|M1|M2|L1|L3|BTS|BUT|doctorat|programme)\b|"
    r"Parcoursup|proposition\s+d'admission|"
    r"plaza\s+en\s+el\s+(?:máster|master|grado|doctorado|programa)|admisión\s+(?:al|en\s+el)\s+"
    r"(?:máster|master|grado|doctorado|programa)|"
    r"toelating\s+tot\s+de\s+(?:master|bachelor|opleiding|minor)\w*|toelatingsbewijs|"
    # admitted (or not) to a course: "no has sido admitida en el máster", "admis en master",
    # "zum Masterstudium zugelassen", "toegelaten tot de master", "admitted to the MSc"
    r"admitid[oa]s?\s+(?:en|al)\s+(?:el\s+)?(?:máster|master|grado|doctorado|programa)|"
    r"admise?s?\s+en\s+(?:master|licence|M1|M2|doctorat)|zum\s+(?:Master|Bachelor)\w*\s+"
    r"zugelassen|toegelaten\s+tot\s+de\s+(?:master|bachelor|opleiding)|admitted\s+to\s+the\s+"
    r"(?:MSc|MA|MBA|BSc|BA|PhD|LLM|MPhil|MRes|master'?s|bachelor'?s|undergraduate|"
    r"postgraduate)\b|"
    r"plaatsingsbewijs|lettre\s+d'admission|(?:admission|acceptance)\s+letter|letter\s+of\s+"
    r"(?:admission|acceptance)|Zulassungsbescheid|carta\s+de\s+admisión|toelatingsbrief|"
    r"(?:dossier|demande) d'(?:inscription|admission)|solicitud de admisión|"
    r"(?:inscription|admission|place|entrée) en classe de|"
    # a semester abroad: "mobilité Erasmus", "Auslandssemester", "study abroad"
    r"mobilité\s+(?:Erasmus|internationale)|Erasmus\+|Erasmus\s+(?:exchange|mobility|"
    r"application|grant)|Auslandssemester|semestre\s+(?:à\s+l'étranger|de\s+intercambio)|"
    r"study\s+abroad|uitwisselingssemester|"
    r"(?:January|September|October|autumn|fall|spring) \d{4} entry(?!-)|"
    # a student's money and place: funding, fees and their assessments
    r"student (?:finance|loans?|funding)|tuition fees?(?: loan)?|maintenance (?:loan|grant)|"
    r"bursary|household income|academic year \d{4}|BAföG|Studienfinanzierung|"
    r"bourse (?:d'études|sur critères)|CROUS|beca (?:de estudios|general|del ministerio)|"
    r"studiefinanciering|DUO|"
    # a place at a university: its "application", "decision" and "unable to offer you a place"
    # are a course's, not a job's (a company's "place on our graduate programme" is a job: only
    # a course or degree, or a university's admissions, say study)
    r"(?:postgraduate|undergraduate|graduate school|doctoral|PhD|master'?s) admissions?|"
    r"admissions (?:tutor|committee|decision|portal)|"
    r"place (?:on|in|at|for) (?:the|this|our|a|your) (?:[\w-]+ ){0,3}?(?:course|degree|"
    r"MSc|MA|MBA|BSc|BA|PhD|MPhil|MRes|LLM|PgCert|PgDip|PGCE|master'?s|doctoral|undergraduate|"
    r"postgraduate)|course of study|programme of study|"
    r"Studienplatz\w*|Zulassungsbescheid|Zulassung zum (?:\w+ )?(?:Studium|Studiengang|"
    r"Master\w*|Bachelor\w*)|Studiengang|Immatrikulation|Studierendensekretariat|"
    r"admission en (?:master|licence|M1|M2|doctorat)|Parcoursup|Mon Master|"
    r"place en (?:master|licence)|plaza en el (?:máster|grado|doctorado|programa de)|"
    r"admisión (?:al|en el) (?:máster|grado|doctorado|programa de)|preinscripción|"
    # an application for a course named as such: "your application to the MSc Data Science",
    # "Bewerbung für den Masterstudiengang", "candidature au Master 2", "solicitud para el
    # máster", "aanmelding voor de master"
    r"application (?:to|for) (?:the|our|your) (?:[\w-]+ ){0,2}?(?:(?-i:MSc|MA|MBA|MRes|LLM|"
    r"PhD|MPhil)\b|(?:master'?s|doctoral) (?:programme|program|course|degree|in))|"
    r"Bewerbung (?:für den|um einen|zum) (?:Master|Bachelor)\w*|"
    r"candidature (?:au|en|pour le|à la) (?:master|licence|M1|M2|doctorat|DU|formation)|"
    r"(?:année|rentrée) universitaire|commission pédagogique|"
    r"solicitud (?:de admisión )?(?:al|para el|en el) (?:máster|grado|doctorado)|"
    r"aanmelding voor (?:de|het) (?:master|bachelor|schakelprogramma)|"
    r"toelating tot de (?:master|bachelor|opleiding)|studieplaats|Studielink|numerus fixus)\b",
    "papers": r"\b(?:visa (?:appointment|application|class|interview|category)|consular|"
    r"consulate|embassy|biometrics|DS-160|residence permit|Ausländerbehörde|Konsulat\w*|"
    r"Botschaft|Aufenthaltstitel|consulat|ambassade|titre de séjour|consulado|embajada|"
    r"permiso de residencia|verblijfsvergunning|IND-afspraak|demande\s+de\s+visa|"
    r"Visum(?:s?antrag)?|visumaanvraag|solicitud\s+de\s+visado|visado)\b|"
    # citizenship: the office's interview is a step of the user's naturalisation, not a job's
    r"\b(?=\w)(?:naturali[sz]ation|citizenship (?:interview|application|test|ceremony)|"
    r"(?:civics|citizenship) test|Einbürgerung\w*|Staatsangehörigkeit\w*|"
    r"naturalisation française|entretien d'assimilation|"
    r"nacionalidad (?:española|por residencia)|jura de (?:la )?nacionalidad|"
    r"naturalisatie\w*|inburgering\w*|"
    # a passport, a planning or building permit, a benefit: "your passport application",
    # "your planning application has been refused", "Ihr Bauantrag", "omgevingsvergunning",
    # "Housing Benefit", "Wohngeld", "huurtoeslag" (not a passport alone: "bring your
    # passport to the interview" is a right-to-work check)
    r"passport\s+(?:application|renewal)|(?:Reisepass|Personalausweis)antrag|demande\s+de\s+"
    r"passeport|solicitud\s+de\s+pasaporte|paspoortaanvraag|planning\s+(?:application|"
    r"permission)|building\s+(?:permit|consent)|Bauantrag|Baugenehmigung|permis\s+de\s+"
    r"construire|licencia\s+de\s+obras|omgevingsvergunning\w*|bouwvergunning\w*|"
    r"Housing\s+Benefit|Council\s+Tax\s+(?:Reduction|Support)|Universal\s+Credit|Wohngeld|"
    r"Bürgergeld|allocations?\s+logement|ingreso\s+mínimo\s+vital|huurtoeslag|zorgtoeslag|"
    # a witness's statement to the police: "interview you at the station"
    r"witness\s+statement|crime\s+reference|Zeugen(?:aussage|vernehmung)|"
    r"en\s+tant\s+que\s+témoin|déclarer\s+comme\s+témoin|declarar\s+como\s+testigo|"
    r"getuigenverklaring|als\s+getuige\s+(?:horen|verhoren|gehoord))\b",
    # an amateur's audition, casting or team trial: a choir, a club, an amateur stage pick
    # their members, not staff ("Vorsingen für den Kammerchor", "audition pour notre
    # production amateur", "pruebas de selección del equipo", "selectiewedstrijd")
    "amateur": r"\b(?=\w)(?:(?:choir|chorus|club|squad|team|society|ensemble|band|troupe|"
    r"amateur) (?:auditions?|trials?|try-?outs?)|"
    r"(?:auditions?|trials?|try-?outs?) for (?:the|our) (?:\w+ )?(?:choir|chorus|club|squad|"
    r"team|ensemble|production|show|musical|play)|amateur (?:dramatics|theatre|theater|"
    r"production|choir|orchestra)|am-?dram|community (?:theatre|theater|choir|orchestra)|"
    r"Vorsingen|Vorspielen|Chorprobe|(?:Kammer|Kirchen|Jugend|Laien)?chor\b|Laientheater|"
    r"Amateurtheater|Theatergruppe|Probetraining|Sichtungstraining|Verein(?:s)?mitglied\w*|"
    r"(?:théâtre|troupe|production|chorale) amateur\w*|chorale|audition pour (?:notre|la) "
    r"(?:chorale|troupe|pièce|spectacle)|essais? (?:de sélection )?(?:du|pour le) club|"
    r"coro (?:amateur|aficionado)|teatro (?:amateur|aficionado)|grupo de teatro|"
    r"pruebas de (?:selección|acceso) (?:del|para el) (?:equipo|club|coro)|"
    r"amateurtoneel|toneelvereniging|koorauditie|selectietraining|"
    r"(?:roei|sport|voetbal|hockey)vereniging|"
    # a place in a choir's voice part, auditioned for: "a place in the alto section", "cuerda
    # de sopranos", "pupitre des altos", "Platz im Sopran", "bij de alten"
    r"(?:place|seat|spot)\s+in\s+the\s+(?:soprano|alto|tenor|bass|contralto|baritone)s?\s+"
    r"(?:section|line)|(?:plaza|sitio|lugar)\s+en\s+la\s+cuerda\s+de\s+(?:sopranos|contraltos|"
    r"altos|tenores|barítonos|bajos)|"
    r"place\s+(?:au|dans\s+le)\s+pupitre\s+des\s+(?:sopranos|altos|altis|ténors|barytons|basses)|"
    r"Platz\s+im\s+(?:Sopran|Alt|Tenor|Bariton|Bass)\b|"
    # ... or in a club's side, after trials: "a place in the first-team squad", "einen Platz in
    # der ersten Mannschaft", "une place en équipe première", "plaza en el primer equipo",
    # "een plek in het eerste elftal"
    r"(?:place|spot)\s+in\s+(?:the|our)\s+(?:first|second|third|1st|2nd|3rd|reserve|youth|"
    r"development|under-?\d{1,2}s?|U\d{1,2}s?)[- ]?(?:team|XV|XI|squad)(?:\s+squad)?|"
    r"Platz\s+in\s+der\s+(?:ersten|zweiten|dritten)\s+Mannschaft|"
    r"place\s+(?:en|dans\s+l')\s*équipe\s+(?:première|réserve)|"
    r"plaza\s+en\s+el\s+(?:primer|segundo)\s+equipo|"
    r"plek\s+in\s+het\s+(?:eerste|tweede)\s+(?:team|elftal)|"
    r"plek\s+bij\s+de\s+(?:sopranen|alten|tenoren|baritons|bassen))\b",
    # a supplier's quote or order: its "offer" is on goods ("Our offer on the 6 desks (quote
    # 4471) holds until", "Angebot Nr. 2291", "devis n° 118", "presupuesto 3302", "offerte 77")
    "purchase": r"\b(?:quote|quotation|estimate|invoice|purchase order)\s*(?:(?:#|no\.?|nr\.?|"
    r"number)\s*)?\d{3,}\b|\bAngebot\s*(?:Nr\.?|#)\s*\d{3,}|\bdevis\s*(?:n[°o]\.?\s*)?\d{3,}|"
    r"\bpresupuesto\s*(?:n[º°o]\.?\s*)?\d{3,}|\bofferte\s*(?:nr\.?\s*)?\d{3,}|"
    # a price bid for a thing, or the reader's own bid accepted: "your offer of £14,500 for the
    # Westerly", "would like to accept your offer", "Ihr Gebot", "votre offre d'achat"
    r"\b(?:offer|bid)\s+of\s+[£$€]\s?\d[\d,.]*\s*k?\s+(?:for|on)\s+(?:the|your|this)\b|"
    r"\baccept(?:ed|s)?\s+your\s+(?:offer|bid)\b|\bIhr\s+Gebot\b|\bvotre\s+enchère\b|"
    r"\btu\s+puja\b|\buw\s+bod\b|"
    # goods sent back or complained of: "your warranty claim", "Ihre Reklamation", "votre
    # réclamation", "su reclamación", "uw reclamatie"
    r"\bwarranty\s+(?:claim|request|repair)s?\b|\breturn\s+(?:request|authori[sz]ation)\b|"
    r"\b(?:Ihre|deine)\s+Reklamation\b|\b(?:votre|ta)\s+réclamation\b|\b(?:su|tu)\s+"
    r"reclamación\b|\b(?:uw|je)\s+reclamatie\b",
    # money or a place applied for that is no job: a grant, a scholarship, a fellowship's
    # funding, a bursary ("your application to the Emerging Artists Fund", "Stipendium",
    # "bourse", "beca", "subsidieaanvraag"); a research fellow's post still names a post
    "funding": r"\b(?=\w)(?:(?:travel|research|project|small|arts?|seed|hardship)\s+grants?\b|"
    r"grant\s+(?:application|proposal|funding|round|award)|funding\s+(?:round|call|application|"
    r"decision|proposal)|fellowship\s+proposals?|proposals?\s+(?:was|were)\s+not\s+"
    r"(?:selected|funded)|scholarships?|bursary|bursaries|(?:application|applying)\s+to\s+the\s+"
    r"(?:[\w&'-]+\s+){1,4}(?-i:Fund|Trust|Foundation)\b|Stipendi\w*|Fördermittel|"
    r"Förderantrag|Förderung\s+(?:Ihres|deines)\s+Projekts|bourses?\s+(?:d'études|de\s+recherche)|"
    r"subventions?|(?:candidature|demande)\s+(?:à|pour)\s+(?:la|une)\s+bourse\b|"
    r"bourse\s+(?-i:[A-Z])\w+|becas?\b|ayudas?\s+a\s+la\s+investigación|beurs(?:aanvraag)?|"
    # the grant itself, not a job named after it ("subsidieadviseur", "Subventionsreferent")
    r"subsidie(?:aanvraag|aanvragen|regeling|verlening|toekenning|s)?)\b",
    # an animal to adopt, a talk or a team place at an event: "your application to adopt
    # Biscuit", "applying to HackLondon", "your talk proposal", "call for papers"
    "adoption": r"\b(?:application\s+to\s+adopt|adopt(?:ing)?\s+(?-i:[A-Z])\w+|(?:pet|dog|cat|"
    r"puppy|kitten|animal)\s+adoption|adoption\s+(?:application|fee|form|day)|rehoming|Tierheim|"
    r"adoptar\s+a|adopteren|dierenasiel|refuge\s+pour\s+animaux|"
    # a child to foster: "your application to become a foster carer", "Pflegeeltern werden",
    # "devenir famille d'accueil", "familia de acogida", "pleegouder worden"
    r"(?:become|becoming|approved\s+as)\s+an?\s+foster\s+(?:carer|parent)s?|foster\s+(?:carer|"
    r"parent)s?\s+(?:application|assessment)|fostering\s+(?:application|assessment\s+visit)|"
    r"Pflege(?:eltern|familie)\s+(?:werden|zu\s+werden)|devenir\s+famille\s+d'accueil|"
    r"familia\s+de\s+acogida|pleeg(?:ouder|gezin)\s+(?:worden|te\s+worden))\b",
    "submission": r"\b(?:hackathon|game\s+jam|talk\s+proposals?|call\s+for\s+(?:papers|proposals|"
    r"speakers|talks)|CFP|abstract\s+submission|programme?\s+committee|appel\s+à\s+"
    r"communications|convocatoria\s+de\s+ponencias|Call\s+for\s+Papers|Einreichung\s+Ihres\s+"
    r"(?:Vortrags|Beitrags))\b|"
    # a project put to a jury: "appel à projets", "writing residency", "open call"
    r"\bappel\s+à\s+projets\b|\brésidence\s+d'(?:écriture|artistes?|création)\b|\b(?:artist|writing|"
    r"writers?'?)\s+residency\b|\bopen\s+call\b|\bKünstlerresidenz\b|\bresidencia\s+artística\b|"
    r"\bconvocatoria\s+de\s+proyectos\b|"
    # a paper put to a journal: "Decision on your manuscript", "Ihr Manuskript", "votre
    # manuscrit", "su manuscrito", "uw manuscript"; "accept ... for publication"
    r"\b(?:your|the|Ihr|Ihres|votre|le|su|el|uw|je)\s+(?:revised\s+)?(?:manuscript|Manuskript|"
    r"manuscrit|manuscrito)s?\b|\b(?:accepted|accept)\s+(?:\w+\s+){0,3}?for\s+publication\b|"
    # art put forward for a show: "your portfolio for the spring exhibition", "Ihre Arbeiten für
    # die Ausstellung", "vos œuvres pour l'exposition", "tu obra para la exposición", "je werk
    # voor de tentoonstelling"
    r"\b(?:portfolio|work|works|pieces|paintings|photographs|artworks?|Arbeiten|Werke|œuvres|"
    r"oeuvres|obras?|werk|werken)\s+(?:for|in|für|pour|para|voor)\s+(?:the|our|this|die|"
    r"unsere|l'|notre|la|nuestra|de|onze)\s*(?:[\w-]+\s+){0,2}?(?:exhibition|exhibit|group\s+show|"
    r"Ausstellung|exposition|exposición|tentoonstelling|expositie)\b" + _NOT_A_TITLE + "|"
    # a paper to a conference, an entry to a prize: "Decision on Submission #4412", "your
    # paper ... was not accepted", "Program Chairs", "thank you for entering", "your entry has
    # not been shortlisted", "Ihre Einreichung", "votre communication n'a pas été retenue",
    # "su ponencia no ha sido aceptada", "je inzending"
    r"\bsubmission\s*#\s*\d+|\b(?:paper|abstract|poster)\s+(?:ID|#|no\.?)\s*\d+|"
    r"\bprogram(?:me)?\s+chairs?\b|\bcamera-ready\b|\brebuttal\s+period\b|"
    r"\b(?:your|the)\s+(?:paper|abstract|poster)s?\b(?:,?\s+[\"“][^\"”\n]{2,80}[\"”],?)?\s+"
    r"(?:was|were|has\s+been|have\s+been|is)\s+(?:not\s+)?(?:accepted|selected|rejected)\b|"
    r"\b(?:thank\s+you|thanks)\s+for\s+entering\b|\b(?:your|the)\s+entry\s+(?:has|was|is)\s+"
    r"(?:not\s+)?(?:been\s+)?(?:shortlisted|selected|successful|unsuccessful)\b|"
    r"\bWettbewerbsbeitr\w+|"
    r"\b(?:Ihre|deine)\s+Einreichung\b|"
    # a prize's or a named competition's jury: "not selected for the final of the Startup
    # Pitch Competition", "le jury du prix", "no ha resultado premiado en el concurso de
    # fotografía", "Preisträger", "de jury van de wedstrijd" (not "competition" alone: "the
    # competition for this role was strong")
    r"\b(?:pitch|startup|start-up|business\s+plan|essay|photo|photography|writing|poetry|"
    r"short\s+story|design)\s+(?:competition|contest|prize)\b|"
    r"\bjury\s+du\s+(?:prix|concours)\b|\bprimée?s?\b|\bpremiad[oa]s?\b|\bfallo\s+del\s+"
    r"(?:jurado|concurso)\b|\bconcurso\s+de\s+(?:fotografía|pintura|relatos?|cuentos|poesía|"
    r"diseño|ideas|carteles|cortometrajes)\b|\bPreisträger\w*|\bprijswinnaar\w*|"
    r"\bjury\s+van\s+de\s+(?:prijs|wedstrijd)\b|\b(?:Ihr|dein)\s+Beitrag\s+(?:für|zur|zum|auf)\s+(?:die|der|"
    r"dem|den)\s+(?:[\w-]+)?(?:tagung|konferenz|kongress|symposium)\b|"
    r"\b(?:je|uw)\s+(?:abstract|paper|artikel)\s+(?:is\s+)?(?:niet\s+)?(?:is\s+)?geaccepteerd\b|\bvotre\s+(?:article|communication|proposition\s+de\s+"
    r"communication)\s+(?:n'a\s+pas\s+été|a\s+été)\s+(?:retenue?|acceptée?|sélectionnée?)|"
    r"\bsu\s+(?:artículo|comunicación|ponencia)\s+(?:no\s+)?ha\s+sido\s+(?:aceptad|seleccionad)"
    r"[oa]\b|\bcertamen\b|\b(?:je|uw)\s+inzending\b|"
    # a draw for a race or a class: "your ballot application", "Verlosung", "tirage au sort",
    # "sorteo", "loting"
    r"\bballot\s+(?:application|entry|entries|place|result)\b|\brace\s+(?:entry|place)\b|"
    r"\bVerlosung\b|\btirage\s+au\s+sort\b|\bsorteo\b|\bloting\b|"
    # a seat at an event: "we couldn't offer you a spot this year due to capacity"
    r"\b(?:offer|give|guarantee|secure)\s+you\s+a\s+(?:spot|seat|ticket|charity\s+place)\b|"
    r"\bapplying\s+to\s+run\s+(?:for|with|in)\b|"
    # ... or in a course or a class, full: "the course is now full", "der Spanischkurs ist bereits
    # ausgebucht", "le cours est complet", "el curso está completo", "de cursus is vol"
    r"\b(?:course|class)\s+is\s+(?:now\s+)?(?:full|fully\s+booked)\b|\b(?:der|Ihr|dein|unser)\s+"
    r"\w*[Kk]urs\s+(?:ist\s+)?(?:bereits\s+|leider\s+)*ausgebucht\b|\ble\s+cours\s+est\s+"
    r"complet\b|\bel\s+curso\s+est[áa]\s+complet[oa]\b|\bde\s+cursus\s+is\s+vol\b|"
    r"\bdue\s+to\s+(?:limited\s+)?"
    r"capacity\b",
    # volunteering: its "candidature", "entretien d'accueil" and refusal are no job's
    "volunteer": r"\bas an? volunteer\b|\bvolunteer (?:application|programme|program|"
    r"opportunit\w*|role|position|placement|induction|shifts?|interview|coordinator|manager|"
    r"rota)\b|\b(?:coordinador|coordinadora|responsable)\s+de\s+voluntari[oa]s\b|"
    r"\bvolunteering (?:with|at|for) "
    r"(?:us|our)\b|\bour volunteers\b|\bbénévol(?:at|es?)\b|\bEhrenamt\w*|\behrenamtlich\w*|"
    r"\bvoluntariado\b|\bcomo voluntari[oa]\b|\bvrijwilliger\w*|\bvrijwilligerswerk\b",
    # a club's or society's membership: its "application", "interview with the committee" and
    # "unable to offer you membership" are no job's
    "membership": r"\b(?=\w)(?:(?:club |society |full |town |country )?membership (?:application|"
    r"committee|secretary|fees?|card|number|category)|application for (?:\w+ ){0,2}"
    r"membership|(?:offer|grant|admit) you (?:\w+ )?membership|proposer and seconder|"
    r"Mitgliedsantrag|Aufnahmeantrag|Mitgliedschaft im (?:Club|Verein)|"
    r"demande d'adhésion|comité d'admission|solicitud de (?:socio|ingreso|"
    r"membresía)|comité de admisión|lidmaatschapsaanvraag|aanvraag (?:voor|tot) "
    r"lidmaatschap|ballotage\w*|"
    # the club or society itself, named as what the user asked to join: "rowing club
    # membership", "become a full member", "the club committee", "im Verein", "adhésion au
    # club", "hacerse socio", "lid worden van de roeivereniging" (a job's perks are none: a
    # gym's or a professional body's membership, a "Mitgliedschaft im Urban Sports Club")
    r"(?:golf|tennis|rowing|sailing|yacht|cricket|rugby|hockey|running|climbing|swimming|"
    r"chess|sports|social|private|members'?) (?:club )?membership|membership (?:of|in|at|to) "
    r"(?:the|our) (?:[\w-]+ ){0,2}club|becom(?:e|ing) a (?:full |junior |new |"
    r"social |playing |rowing )?member|(?:the|our) club(?:'s)? (?:committee|secretary|"
    r"members|captain)|members of (?:the|our) club|"
    r"(?:Ihre|Ihrer|deine|deiner) Mitgliedschaft(?! im (?:Urban|Fitness))|"
    r"Vereinsmitglied\w*|(?:im|unserem|unseren|in den|dem) \w*(?:Verein|Club)|"
    r"Vereinsvorstand|Mitgliedsbeitr\w+|adhésion|adhérent(?:e|s|es)?|"
    r"membres? (?:du|de notre) club|"
    r"(?:hacerse|hacerte|nuev[oa]|alta como|condición de|solicitud de) soci[oa]|"
    r"soci[oa]s? del club|cuota de socio|"
    r"lidmaatschap\w*|lid (?:te )?worden|aspirant-?lid\w*|"
    r"(?:de|onze|ons) vereniging|ledenstop|ledenadministratie)\b|vereniging(?:en)?\b",
    # an exam the reader sat for a certificate, a licence or a language: its result and retake
    # ("Thank you for sitting the Certified Data Professional examination", "your
    # certification exam", "Zertifizierungsprüfung", "examen de certification", "examen de
    # certificación", "certificeringsexamen") are no step of a job's; a civil service's exam
    # for a post (its eligible list) names no certificate, and an employer's test names the post
    "exam": r"\b(?=\w)(?:(?:sitting|taking|sat|took)\s+the\s+(?:[\w-]+\s+){0,4}?(?:Certified\s+"
    r"(?:[\w-]+\s+){0,4}?|(?:certification|certificate|licen[cs]ing|language|driving|theory)\s+)"
    r"exam(?:ination)?|(?:certification|licen[cs]ing|language|driving\s+theory)\s+exam(?:ination)?s?|"
    r"Zertifizierungsprüfung\w*|Sprachprüfung\w*|Führerscheinprüfung\w*|examens?\s+de\s+"
    r"(?:certification|langue|code)|ex[áa]men(?:es)?\s+de\s+(?:certificación|idioma|conducir)|"
    r"certificeringsexamen\w*|taalexamen\w*|rijexamen\w*|theorie-?examen\w*)\b" + _NOT_A_TITLE,
    # a place in a research or clinical study, screened for: "a place in the study", "the
    # inclusion criteria", "Platz in der Studie", "critères d'inclusion", "plaza en el
    # estudio", "inclusiecriteria"
    "study": r"\b(?=\w)(?:(?:place|spot)\s+(?:in|on)\s+(?:the|our|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:study|trial)|(?:don't|do\s+not|doesn't|does\s+not|didn't|did\s+not)\s+meet\s+"
    r"(?:[\w-]+\s+){0,3}?(?:inclusion|eligibility)\s+criteria|Einschlusskriterien\s+nicht|"
    r"Platz\s+in\s+der\s+Studie|ne\s+remplissez\s+pas\s+(?:[\w'-]+\s+){0,3}?critères\s+"
    r"d'inclusion|place\s+dans\s+l'étude|no\s+cumples?\s+(?:[\w-]+\s+){0,3}?criterios\s+de\s+"
    r"inclusión|plaza\s+en\s+el\s+estudio|voldoet\s+niet\s+aan\s+(?:de\s+)?inclusiecriteria|"
    r"plek\s+in\s+(?:het\s+onderzoek|de\s+studie))\b",
}
