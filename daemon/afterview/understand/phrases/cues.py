"""Context cues: what kind of mail this is around the phrases that decide the kind.

Automatic replies, the job-search context, recruiter signatures, conditional and later-step
wording, and the stop words that tell the language. ``lexicon.py`` holds the phrases of each
kind, ``nonjob/contexts.py`` the contexts where "interview", "appointment" or "offer" mean something
else.
"""

from __future__ import annotations

import re

from ..gates.firstletter import by_first_letter

_FLAGS = re.IGNORECASE | re.UNICODE


def compile_all(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """A phrase list compiled once, case-insensitive."""
    return tuple(re.compile(p, _FLAGS) for p in patterns)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|auto:|"
    r"out of (?:the )?office|ooo\b|away from (?:the )?office|on (?:annual )?leave|"
    r"abwesenheitsnotiz|abwesenheit|automatische antwort|réponse automatique|absence|"
    r"absent\b|respuesta automática|fuera de la oficina|automatisch antwoord|afwezig|"
    r"afwezigheid)",
    _FLAGS,
)
OUT_OF_OFFICE = compile_all(
    (
        r"\bout of (?:the )?office\b",
        r"\b(?:I am|I'm|I'll be|I will be)\s+(?:currently\s+)?(?:away|out|off|on (?:annual |"
        r"parental |sick )?leave|on vacation|on holiday|travel(?:l)?ing|at (?:a|an|our|the) "
        r"(?:[\w-]+ ){0,3}(?:conference|offsite|off-site|event|fair|expo|summit|trade show|"
        r"retreat))\b",
        r"\b(?:limited|patchy|intermittent|sporadic|restricted) (?:access to (?:my )?e-?mails?|"
        r"e-?mail access|connectivity)",
        # "I'll be back at my desk on Monday 23rd and will reply then"
        r"\b(?:I'll|I will|I'm|I am)\s+(?:be\s+)?back\s+at\s+my\s+desk\b",
        r"\b(?:will|I'll|I will)\s+(?:respond|reply|get back to you|answer|read)\b[^.;]{0,60}"
        r"\b(?:when I(?:'m| am)? (?:back|return)|on my return|upon my return|as soon as I "
        r"(?:can|return|am back|get back)|after my return)",
        r"\bback in the office\b|\breturn(?:ing)? to the office\b|\bslow to respond\b",
        r"\bthis is an automatic reply\b|\bautomatic(?:ally)? (?:generated )?(?:reply|response)",
        # German
        r"\b(?:nicht im Büro|außer Haus|abwesend|im Urlaub|nicht erreichbar|"
        r"eingeschränkt erreichbar|keinen Zugriff auf (?:meine )?E-?Mails)\b",
        r"\bwieder\s+(?:im Büro|erreichbar|da|zurück)\b",
        # French
        r"\babsente?\s+(?:du bureau|jusqu|à partir)|\ben congés?\b|\bhors du bureau\b",
        r"\bje serai de retour\b|\bde retour le\b|\baccès limité\b|\b(?:à|dès) mon retour\b",
        r"\b(?:nach meiner Rückkehr|a mi (?:regreso|vuelta)|na mijn terugkeer|bij (?:mijn )?"
        r"terugkomst)\b",
        # Spanish
        r"\bfuera de (?:la )?oficina\b|\bde vacaciones\b|\bausente hasta\b",
        r"\bestaré\s+(?:de vuelta|fuera|ausente)\b|\bacceso limitado\b|\bde regreso el\b",
        # Dutch
        r"\b(?:afwezig|niet op kantoor|met vakantie|op vakantie|niet aanwezig|"
        r"beperkt bereikbaar)\b",
        r"\b(?:ben|weer)\s+(?:weer\s+)?(?:terug|aanwezig|bereikbaar)\s+(?:op|vanaf|per)\b",
        # a part-timer's day off: "My working days are Monday to Wednesday", "I will respond
        # when I am next in the office", "an meinem nächsten Arbeitstag", "mes jours de
        # travail sont", "mi próximo día laborable", "mijn werkdagen zijn"
        r"\b(?:my work(?:ing)? days|meine Arbeitstage|mes jours (?:de travail|travaillés)|mis días "
        r"(?:laborables|de trabajo)|mijn werkdagen)\s+(?:are|sind|sont|son|zijn)\b|"
        r"\bwhen I(?:'m| am) next (?:in|at work|working|on shift)\b|"
        r"\b(?:I work|I'm|I am) (?:part[- ]time|not (?:working|in) (?:today|on (?:Mon|Tues|Wednes|"
        r"Thurs|Fri)days?))\b|\b(?:meinem|mon|mi|mijn)\s+(?:nächsten|prochain|próximo|"
        r"eerstvolgende|volgende)\s+(?:Arbeitstag|jour (?:de travail|travaillé|ouvré)|día "
        r"(?:laborable|de trabajo)|werkdag)\b",
    )
)

# The steps of a hiring process, in any register: the next round or stage, a take-home or
# technical challenge, an onsite and its panel, a case to solve. Mail about anything else
# rarely speaks of its "next round" or of a "take-home".
HIRING_STAGE = (
    r"(?:next|final|first|second|third|last|further|following|technical) (?:round|stage|steps?)|"
    r"shortlist\w*|long-?list(?:ed|ing)?|take-home|on-?site(?: interview| visit| day)?|super ?day|"
    r"(?:panel|competency[- ]based|behaviou?ral|structured|in-person|face-to-face|formal|"
    r"final|first-round|second-round) interviews?|interview (?:panel|loop|stage|round)|"
    r"panell?ists?|hiring loop|"
    r"(?:phone|video|recruiter|initial|screening)\s+(?:screen(?:ing)?|call with (?:the )?hiring)|"
    r"(?:coding|technical|home|case)\s+(?:challenge|exercise|test|assignment|task|interview)|"
    r"case study|assessment (?:centre|center|day)|"
    # a designer's or an engineer's own round, however casually named: "tech chat", "portfolio
    # conversation", "Fachgespräch", "échange technique", "charla técnica", "portfoliogesprek"
    r"tech(?:nical)? (?:chat|call|screen(?:ing)?|interview|round)|portfolio (?:review|"
    r"walk-?through|presentation|chat|conversation|session|deep[- ]dive)|"
    r"technische[ns]? (?:Gespräch|Interview)|Fachgespräch|Portfolio-?(?:Gespräch|Präsentation)|"
    r"échange technique|(?:revue|présentation) d[ue] portfolio|charla técnica|"
    r"(?:revisión|presentación) de(?:l)? portfolio|technisch (?:gesprek|interview)|"
    r"portfolio(?:gesprek|bespreking|presentatie)|"
    r"n[äa]chste[nrs]? (?:Schritt|Runde|Phase|Gespräch)|(?:zweite|finale|letzte)[nrs]? Runde|"
    r"Probeaufgabe|Fallstudie|Probearbeit\w*|Assessment-?Center|"
    r"(?:prochaine|nouvelle|dernière|deuxième) étape|étape suivante|(?:second|deuxième|dernier) "
    r"tour|(?:test|exercice|entretien|défi) technique|cas pratique|"
    r"(?:siguiente|próxima|nueva|segunda|última|otra) (?:etapa|fase|ronda|instancia)|"
    r"(?:desafío|reto|challenge|ejercicio|prueba) técnic[oa]|caso práctico|"
    r"volgende (?:stap|ronde|fase)|(?:tweede|laatste) (?:ronde|gesprek)|thuisopdracht|"
    r"case-opdracht|praktijkopdracht|"
    # the round with the future boss: "hiring manager call", "entretien avec le manager",
    # "Gespräch mit der Führungskraft", "entrevista con el responsable", "gesprek met de
    # leidinggevende"
    r"hiring[- ]manager (?:call|interview|chat|conversation|screen|round|meeting)|"
    r"(?:interview|call|chat|conversation) with (?:the )?hiring manager|"
    r"Gespräch mit (?:der|dem|Ihrer|Ihrem) (?:künftigen |zukünftigen )?(?:Führungskraft|"
    r"Fachabteilung|Teamleit\w*|Vorgesetzten)|entretien (?:managérial|opérationnel|avec (?:le|la|"
    r"votre) (?:futur |future )?(?:manager|responsable|n\+1))|entrevista con (?:el|la|tu|su) "
    r"(?:futur[oa] )?(?:responsable|gerente|jef[ea]|hiring manager|manager)|gesprek met (?:de|je|"
    r"uw) (?:toekomstige )?(?:leidinggevende|manager|teamleider)"
)
# The terms of a job offered, as a founder or recruiter writes them down: "our first data
# hire", "CAD 168k base", "0.45% in options, 4 yr vest".
JOB_TERMS = (
    r"(?:first|new|founding|next|senior|key) (?:\w+ ){0,2}hire|"
    r"join (?:the team|our team|as)|vesting|\d[- ]?(?:yr|year) (?:vest|cliff)|"
    r"\d+(?:[.,]\d+)?\s?%\s+(?:in\s+)?(?:options|equity|stock|shares)|"
    r"\d+\s?k\s+(?:base|salary|OTE)|base (?:salary|pay)|sign(?:ing)?[- ]on bonus|"
    r"relocation (?:package|support|bonus)|Probezeit|Einstiegsgehalt|période d'essai|"
    r"rémunération|período de prueba|fecha de incorporación|proeftijd|arbeidsvoorwaarden"
)

# A try-out at work, the interview of jobs outside offices: a trial shift, a group assessment,
# a recruitment event, "Probearbeiten", "Schnuppertag", "Hospitation" (a nursery's), "proefdraaien",
# "meedraaien", "une journée d'essai", "un día de prueba". (Not a gym's "trial session" or a
# free "trial day": those are in :data:`JOB_CONTEXT` only beside other job words.)
TRIAL_WORK = (
    r"trial\s+shifts?|paid\s+trials?|group\s+(?:interview|assessment)s?|"
    # a tradesperson's try-out: "come down to the workshop Tues 10th 0730 for the trade test"
    r"trade\s+tests?|practical\s+assessments?|"
    r"assessment\s+(?:session|event|evening|morning)s?|recruitment\s+(?:events?|days?|"
    r"sessions?|evenings?|mornings?)|hiring\s+(?:events?|days?)|"
    r"(?:recruitment|hiring|careers?)\s+open\s+(?:days?|evenings?|events?)|"
    r"Recruiting-?(?:Tag|Event|Day)s?|Bewerbertag\w*|Kennenlerntag\w*|"
    r"groeps(?:sessie|assessment|selectie|gesprek)\w*|Gruppen(?:gespräch|assessment|interview)\w*|"
    r"Probe(?:arbeit\w*|tag\w*|schicht\w*)|Schnupper(?:tag\w*|arbeit\w*|schicht\w*)|"
    r"Hospitation\w*|proefdraai\w*|meedraai\w*|proefdag\w*|meeloopdag\w*|proefdienst\w*|"
    r"journée\s+d'essai|d[ií]a\s+de\s+prueba|prueba\s+de\s+trabajo|turno\s+de\s+prueba"
)
# Jobs outside offices, in the words cafés, shops, warehouses, care homes and trades use: a
# trial shift instead of an interview, the kind of job instead of its title ("the Christmas
# jobs", "eine Aushilfsstelle", "een vakantiebaan", "un job d'été"), working "with us" instead
# of "the role", an hourly wage. Not "shift" or "rota" alone: those are the days of a job the
# reader already has.
HOURLY_WORK = (
    rf"{TRIAL_WORK}|"
    r"(?:Christmas|Xmas|seasonal|summer|holiday|festive|Saturday|Sunday|weekend|evening|"
    r"part[- ]time|casual|temp(?:orary)?|student|bar|kitchen|shop|warehouse|café|cafe)\s+"
    r"(?:jobs?|work|staff|vacanc(?:y|ies)|positions?|roles?|openings?)|"
    r"work(?:ing)?\s+(?:with|for)\s+us|"
    # the try-out just done: "thanks for doing the trial last night" (not a trial of an app, a
    # subscription or a clinical trial one takes part in)
    r"(?:doing|did|done|coming\s+(?:in\s+)?(?:for|to))\s+(?:the|your|a|our)\s+trial\b"
    r"(?!\s+(?:of|version|period|subscription|account|membership|class|lesson))|"
    r"hourly (?:rate|wage|pay)|"
    r"Aushilf\w*|Minijob\w*|Nebenjob\w*|Ferienjob\w*|Saisonkr(?:a|ä)ft\w*|Saisonstelle\w*|"
    r"Weihnachtsjob\w*|Stundenlohn|bei\s+uns\s+(?:zu\s+)?(?:arbeiten|anfangen|mitarbeiten)|"
    r"vakantieba(?:a)?n\w*|bijba(?:a)?n\w*|zaterdagba(?:a)?n\w*|oproepkracht\w*|uurloon|"
    r"(?:bij\s+ons\s+(?:te\s+|komen\s+)?|komen\s+)werken|"
    r"jobs?\s+d'été|jobs?\s+étudiants?|emplois?\s+saisonniers?|saisonniers?|"
    r"taux\s+horaire|travailler\s+(?:avec|chez|pour)\s+nous|"
    r"trabajos?\s+de\s+(?:temporada|verano)|trabajar\s+(?:con|para)\s+nosotros"
)

# What a person would call "about my job search": the user's own application or hiring.
JOB_CONTEXT_WORDS = (
    r"interview\w*|your application|your candidacy|you applied|applying (?:for|to)|"
    r"applied (?:for|to)|"
    r"your interview|the interview|an interview|interview process|hiring (?:manager|team|"
    r"process|committee)|recruit\w*|talent (?:acquisition|team|partner)|candidate|"
    r"(?:the|this|our) (?:\w+ ){0,4}(?:role|position|vacancy|opening|job)|job title|"
    rf"{HIRING_STAGE}|{JOB_TERMS}|"
    r"references|referenties|Referenzen|références|referencias|decision|offer|CV|résumé|resume|"
    r"notice period|Kündigungsfrist|préavis|preaviso|opzegtermijn|"
    # the terms of a job and its first days
    r"(?:base\s+)?salary|salaris|salario|salaire|Gehalt|Jahresgehalt|brutto|bruto|equity|"
    r"stock options|BSPCE|Urlaubstage|\d+\s+(?:Tage\s+Urlaub|days'?\s+holiday|vakantiedagen)|"
    r"start(?:ing)?\s+date|Startdatum|Eintrittsdatum|first day|welcome aboard|onboarding|"
    r"erster Arbeitstag|premier jour|primer día|eerste werkdag|"
    r"(?:share|give|send|provide)\s+(?:you\s+)?(?:our|some|the)\s+feedback|"
    r"Kennenlern\w*|kennismaking\w*|"
    r"get back to you|hear back|hiring|applications?|reviewing (?:applications|candidates)|"
    r"Lebenslauf|currículum|curriculum|portfolio|"
    r"Bewerbung|Bewerber\w*|Stelle|Vorstellungsgespräch|Gespräch\w*|Kandidat\w*|Position|"
    r"candidature|candidat\w*|poste|entretien|recrutement|"
    r"candidatura|candidat[oa]s?|puesto|entrevista|proceso de selección|vacante|"
    r"sollicitatie\w*|vacature|functie|kandida(?:a)?t\w*|gesprek|tweede ronde|"
    rf"{HOURLY_WORK}"
)
# Searched in every message and its thread: its 157 alternatives grouped by first letter, so
# that each position tries the few that can start there (the same matches, a third the time).
JOB_CONTEXT = re.compile(rf"\b{by_first_letter(JOB_CONTEXT_WORDS, _FLAGS)}\b", _FLAGS)

# A signature that says the sender recruits: the message is from the employer's side.
RECRUITER_TITLE = re.compile(
    r"\b(?:recruit\w*|talent\w*|hiring|human resources|HR|people (?:team|partner|ops|"
    r"operations)|people (?:&|and) culture|coordinat\w*|scheduling|recursos humanos|"
    r"ressources humaines|assistante? RH|personal\w*|recrutement|recruteu\w*|"
    r"chargée? de recrutement|RRHH|"
    r"selección|reclutamiento|werving|HR-adviseur|P&O|executive search|headhunt\w*|"
    r"Personalberat\w*|chasseur de têtes|cazatalentos)\b",
    _FLAGS,
)

# A title that says the sender recruits for a living (stricter than RECRUITER_TITLE, which
# also takes any coordinator's or scheduler's signature).
TALENT_TITLE = re.compile(
    r"\b(?:recruit\w*|talent\w*|hiring|human resources|HR|people (?:team|partner|ops|"
    r"operations)|people (?:&|and) culture|recursos humanos|ressources humaines|RRHH|"
    r"recrutement|recruteu\w*|reclutamiento|selección de personal|werving|HR-\w+|P&O|"
    r"Personal(?:referent\w*|abteilung|wesen|leit\w*|management|er\w*)|"
    r"(?:employment|recruitment|staffing|executive search) (?:agency|business|consultancy|firm)|"
    r"Personalvermittlung|Personaldienstleist\w*|cabinet de recrutement|agencia de (?:selección|"
    r"colocación)|uitzendbureau|wervingsbureau|"
    # headhunters: "Board & Executive Search", "Partner, Executive Search", "Personalberater"
    r"(?:board|executive|leadership|retained) search|search (?:consultant|partner|firm|team)|"
    r"headhunt\w*|Personalberat\w*|chasseur de têtes|cabinet de chasse|"
    r"búsqueda de (?:directivos|ejecutivos)|cazatalentos)\b",
    _FLAGS,
)

# An employer choosing people for a post, in any register: shortlisting, a panel, the other
# candidates, a selection process, the advertised post. No appointment or loan mail speaks of
# choosing among candidates (a landlord may: housing needs a job named, SECTORS_NAMED_ONLY).
SELECTION = re.compile(
    r"\b(?:shortlist\w*|short-list\w*|long-?list(?:ed|ing)|"
    r"(?:other|all|further|internal|external|successful|unsuccessful|suitable|preferred|"
    r"strongest|remaining|shortlisted|final|right|another|each)\s+candidates?|"
    r"(?:interview|selection|recruitment|appointment|appointing|hiring)\s+(?:panel|committee)|"
    r"(?:the|our|a)\s+panel\b(?!\s+(?:discussion|event|session|talk))|"
    r"selection (?:process|day|event|criteria|centre|center)|assessment (?:centre|center|day)|"
    r"(?:hiring|recruiting|appointing|line) manager|"
    r"job (?:title|reference|ref|description|offer|advert)|person spec\w*|"
    r"(?:the|this|above|advertised) (?:vacancy|role|position)|(?:this|above|advertised) post|"
    # the post as a job, not the post that brings letters
    r"the post (?:is|of|holder|will be)|(?:apply|applying|applied|application|candidates?|"
    r"interview(?:ed|s)?|suitable) for (?:the|this) post|"
    r"(?<!\bin )(?<!\bby )(?<!\bthrough )(?:the|this|our) (?:(?!blog|linkedin|social|forum|guest|"
    r"latest|recent|last|next|previous|sponsored|first|original)[\w-]+ ){1,3}post\b"
    r"(?!\s*(?:office|code|box|room|card|man|mark))|"
    r"appoint(?:ed|ment)? to (?:the|this) (?:post|role|position)|pre-employment checks?|"
    # German
    # German, French, Spanish, Dutch: "Bewerber", "candidats", "kandidaat-huurder" are a flat's
    # applicants too, so only the words of a selection process itself count
    r"Auswahl(?:verfahren|gespräch\w*|prozess|kommission|tag)|Vorauswahl|"
    r"Stellenausschreibung|ausgeschriebene[nr]? (?:Stelle|Position)|Assessment-?Center|"
    r"présélection\w*|jury de (?:recrutement|sélection)|fiche de poste|offre d'emploi|"
    r"entretien d'embauche|processus de recrutement|"
    r"preselección|tribunal de selección|proceso de selección|oferta de empleo|"
    r"selectie(?:procedure|commissie|gesprek\w*|dag)|sollicitatie(?:commissie|procedure|"
    r"gesprek\w*)|voorselectie)\b",
    _FLAGS,
)
# Words of any application, not of a job in particular: "your application" is a flat's too,
# "offer letter" a mortgage's.
GENERIC_APPLICATION = re.compile(
    r"(?:your application|your candidacy|you applied|applying (?:for|to)|applied (?:for|to)|"
    r"candidature|candidatura|Bewerbung|offer letter)",
    _FLAGS,
)

# Words of an interview, not of a job in particular: a club's committee, a consulate and a
# school interview people too.
GENERIC_INTERVIEW = re.compile(r"(?:interview (?:for|with)|your (?:\w+ )?interview)", _FLAGS)

# A sentence about moving an interview: "we regret ... we must reschedule" is no rejection.
RESCHEDULE_TALK = re.compile(
    # "while we were working out a new date, ... so we won't be rescheduling your interview"
    # ends the process instead: a sentence that refuses to reschedule is no reschedule talk
    r"^(?!.*(?:\bnot|n't)\s+(?:be\s+)?(?:reschedul|postpon))[\s\S]*?"
    r"\b(?:reschedul\w*|postpone\w*|new (?:time|date|slot)|move (?:your|the|our) (?:interview|"
    r"call|meeting)|verschieben|verlegen|reporter|reprogramar|aplazar|verzetten|verplaatsen)\b",
    _FLAGS,
)
# Before the words of an offer: "once we extend an offer" speaks of a later step. The
# clause ends at a dash, colon or semicolon: "after your call yesterday - we'd love to offer
# you the role" offers now.
LATER_STEP = re.compile(
    r"\b(?:before|once|when|if|until|prior to|ahead of|after|bevor|sobald|wenn|avant|"
    # (not one that closes before "and we ...": "Ron and I talked it over after your store
    # visit and we'd love to have you join us" tells of what was done)
    r"une fois|antes de|cuando|voordat|zodra|als)\b(?:(?!\s[-–—]\s|\sand\s+(?:we|I)\b)[^.!?;:])*$|"
    # an offer hoped or planned for, not made: "we're hoping to be in a position to make an
    # offer by Friday", "wir hoffen, Ihnen bald ein Angebot machen zu können", "esperamos
    # poder hacerte una oferta", "nous espérons pouvoir vous faire une offre", "we hopen je
    # een aanbod te kunnen doen"
    r"\b(?:hop(?:e|es|ing)|expect(?:s|ing)?|aim(?:s|ing)?|plan(?:s|ning)?|intend(?:s|ing)?)\s+"
    r"to\s+(?:be\s+(?:in\s+a\s+position|able)\s+to\s+)?$|\bhoffen\b(?:(?!\s[-–—]\s)[^.!?;:])*$|"
    r"\besp[ée]r\w*\s+(?:pouvoir|poder)\s+(?:vous\s+|te\s+)?$|\bhopen\s+$",
    _FLAGS,
)
# Words of a start at the company, not an interview ("see you on your first day").
ONBOARDING = re.compile(
    # the candidate's own onboarding, not a product's ("I'll walk through the onboarding
    # redesign" in a portfolio review)
    r"\b(?:first day|start date|(?:your|the new starter) onboarding|onboarding (?:session|day|"
    r"week|programme|program|schedule|pack)|induction|welcome aboard|erster Arbeitstag|"
    r"Einarbeitung|premier jour|primer día|eerste werkdag|"
    # the first shift of the job, not a trial: "your first shift is 7am-3pm", "deine erste
    # Schicht", "je eerste dienst", "ton premier service", "tu primer turno"
    r"first\s+shift|erste[nr]?\s+(?:Schicht|Dienst)|eerste\s+(?:dienst|shift)|"
    r"premier\s+service|primer\s+turno)\b",
    _FLAGS,
)

# Sentences that make a statement conditional ("if you are not selected ...").
# The words that open a condition, in five languages: "if", "should you", "once", "falls",
# "si", "als je". Not the Spanish eleven ("a las once", "el once de noviembre") and not German
# "als" ("Ihre Bewerbung als Entwicklerin"): Dutch "als" is "if" only before its subject.
CONDITION_OPENER = (
    r"\b(?:if|provided|unless|in\s+case|should(?=\s+(?:you|your|we|there|it|this|that|the|any)\b)|"
    r"(?<!las\s)once(?!\s+(?:again|more|de|y|menos|horas|en\s+punto)\b)|wenn|falls|sofern|"
    r"sollten?(?=\s+(?:Sie|du|Ihr\w*|dein\w*|wir|es|sich)\b)|si|en\s+caso|indien|mocht|"
    r"als(?=\s+(?:je|jij|u|we|wij|jullie|het|er|hij|zij|ze|jouw|uw|dit|dat|deze)\b))\b"
)
# What a condition on the candidate being chosen waits for: "if you are shortlisted", "should
# your profile match", "falls Sie in die engere Auswahl kommen", "si tu candidature est
# retenue", "si encajas", "als je profiel aansluit", "als je doorgaat".
CHOSEN_IF = (
    r"(?:match(?:es|ed)?|a\s+(?:\w+\s+)?fit|suitable|shortlisted|selected|successful|"
    r"progress(?:es|ed)?|move(?:s|d)?\s+forward|passt|geeignet|ausgewählt|in\s+(?:die\s+engere|"
    r"der\s+engeren)\s+Auswahl|berücksichtigt|correspond\w*|retenue?s?|sélectionnée?s?|encaj\w+|"
    r"preseleccionad[oa]s?|seleccionad[oa]s?|aansluit\w*|geschikt|geselecteerd|door(?:gaat|gaan))"
)
# A sentence that opens with one (not "once": "Once we had met everyone, we chose another
# candidate" tells of a step taken).
# A condition said with the verb first, as Dutch and German say "if you hear nothing by ...":
# "Heb je voor 4 december niets van ons gehoord, dan ...", "Hören Sie bis Freitag nichts von
# uns, ..." (only with the "nothing" that makes it one: "Hoor je graag", "Haben Sie vielen
# Dank" are no conditions)
_IN_SENTENCE = r"(?:[^.?!]|(?<=\d)\.){0,80}"  # a date's dot ("bis zum 4. Dezember") ends none
_VERB_FIRST_IF = (
    r"(?:heb|hebt|hoor|hoort|krijg|krijgt|ontvang|ontvangt)\s+(?:je|jij|u)\b"
    rf"(?={_IN_SENTENCE}\b(?:niets|niks|geen)\b)|"
    rf"(?:hören|erhalten|bekommen)\s+(?:Sie|du)\b(?={_IN_SENTENCE}\b(?:nichts|keine\w*)\b)"
)
CONDITIONAL = re.compile(
    rf"^\W*(?!once\b)(?:{CONDITION_OPENER}|whether\b|sollten\b|{_VERB_FIRST_IF})", _FLAGS
)
# The same condition said of the profile, whatever verb follows: "si tu perfil calza con lo
# que buscamos", "if your background lines up", "wenn Ihr Profil zu uns passt".
PROFILE_IF = (
    r"(?:your|tu|su|votre|ton|Ihr|dein|je|jouw|uw)\s+(?:\w+\s+)?(?:profile|perfil|profil|"
    r"profiel|background|experience|experiencia|expérience|Erfahrung|ervaring|CV|application|"
    r"candidature|candidatura|Bewerbung|sollicitatie)\b"
)
# A condition on the candidate being chosen, anywhere in a sentence: what is planned after it
# ("we invite you to interview on Thursday at 10am if you are shortlisted") is not yet theirs.
CHOSEN_CONDITION = re.compile(
    rf"{CONDITION_OPENER}(?:[^.!?]{{0,60}}\b{CHOSEN_IF}\b|\s+{PROFILE_IF})", _FLAGS
)

# Greeting words and stop words by language, for detecting which language a mail is in.
STOPWORDS = {
    "en": _words(
        "the and you your for with we our to of is are this that will have be thanks hi dear "
        "would please regards"
    ),
    "de": _words(
        "und der die das sie ihre ihr wir uns für mit ist sind nicht ein eine zu den dem hallo "
        "liebe lieber grüße vielen dank bitte"
    ),
    "fr": _words(
        "le la les et vous votre vos nous pour avec est sont une des du au bonjour merci "
        "cordialement je que pas"
    ),
    "es": _words(
        "el la los las y tu su para con es son una por del nosotros hola gracias saludos que te muy"
    ),
    "nl": _words(
        "de het een en je jouw u uw wij we voor met is zijn niet van dat bedankt groet beste "
        "hartelijk graag"
    ),
}

# The user's own application, said in so many words: what lets bulk mail through.
OWN_APPLICATION = re.compile(
    r"\b(?:your application|your candidacy|you applied|you recently applied|applying for|"
    # "prepare for your next interview with AI practice" is advice, not the user's interview
    r"applied for|your interview|your (?!next\b)(?:\w+ )?interview (?:with|for|at)|"
    # the user's own step for a named role: "Your Technical Deep Dive for the X role"
    r"your (?!next\b)(?:\w+ ){1,3}(?:for|with) the [\w ,/()&-]{2,60}\b(?:role|position|vacancy)|"
    r"thank you for applying|"
    r"thanks for applying|Ihre Bewerbung|deine Bewerbung|Ihr(?:em)? Vorstellungsgespräch|"
    r"votre candidature|ta candidature|votre entretien|tu candidatura|su candidatura|"
    r"tu postulación|su postulación|te postulaste|"
    r"tu entrevista|su entrevista|je sollicitatie|jouw sollicitatie|uw sollicitatie|"
    r"je gesprek|uw gesprek)\b",
    _FLAGS,
)

# A personal sender (free mail) writes about the user's application only in the second
# person ("your application", "invite you"); one telling of their own interviews and
# rejections ("my final round", "I got a rejection") is a friend, not an employer.
SECOND_PERSON_JOB = re.compile(
    r"\b(?:your|you)\b[^.!?\n]{0,40}\b(?:application|candidacy|CV|résumé|resume|interview|"
    r"profile|background|experience)\b|\b(?:invite|offer|hire)\s+you\b|"
    r"\b(?:Ihre|deine|Ihr|dein|Ihrem|Ihren)\s+(?:Bewerbung|Unterlagen|Lebenslauf|"
    r"Vorstellungsgespräch|Profil)|\b(?:votre|ta|ton)\s+(?:candidature|CV|profil|entretien)|"
    r"\b(?:tu|su)\s+(?:candidatura|solicitud|postulación|CV|currículum|perfil|entrevista)|\b(?:je|jouw|uw)\s+(?:sollicitatie|cv|"
    r"profiel|gesprek)",
    _FLAGS,
)
OWN_JOURNEY = re.compile(
    r"\bI(?:'ve| have)\s+(?:an?|the|my)\s+(?:\w+\s+)?(?:interview|offer|final round)\b|"
    r"\b(?:want|invited|asked|called|booked)\s+me\s+(?:in\s+)?(?:for|to)\s+(?:an?\s+|the\s+)?"
    r"(?:\w+\s+)?(?:interview|round|chat|call|onsite)|\bI\s+(?:finally\s+|just\s+)?heard\s+back\b|"
    r"\bI(?:'ve|\s+have)?\s+(?:got|been|just\s+been)\s+(?:invited|offered|rejected|shortlisted)|"
    r"\b(?:me\s+han|me\s+ha)\s+(?:hecho|ofrecido|llamado|rechazado)|\bon\s+m'a\s+(?:proposé|offert)|"
    r"\bich\s+habe\s+(?:eine\s+)?(?:Zusage|Absage|Einladung)|\bik\s+heb\s+(?:een\s+)?"
    r"(?:aanbod|afwijzing|uitnodiging)|"
    r"\b(?:my|mine)\s+(?:\w+\s+)?(?:interview|application|final round|offer|rejection|onsite|"
    r"recruiter call|(?:HR|technical|tech|coding|panel|manager|second|third|next)\s+round)s?\b|"
    r"\bI\s+(?:got|had|have|'ve got|'ve had|received|just got)\s+"
    r"(?:an?\s+|the\s+|another\s+)?(?:\w+\s+)?(?:offer|rejection|interview|call ?back)\b|"
    r"\b(?:mein|meine)\s+(?:\w+\s+)?(?:Vorstellungsgespräch|Bewerbung|Absage|Zusage)\b|"
    r"\b(?:mon|ma)\s+(?:entretien|candidature)\b|\b(?:mi)\s+(?:entrevista|candidatura)\b|"
    r"\b(?:mijn)\s+(?:sollicitatie|sollicitatiegesprek|gesprek|afwijzing)\b",
    _FLAGS,
)

# First-person plural of an organisation: an employer writes as "we"; a parent wishing luck
# for "your interview" does not.
EMPLOYER_VOICE = re.compile(
    r"\b(?:we|we'd|we'll|we're|we've|our|us|wir|uns|unser\w*|nous|notre|nos|nosotros|"
    # Spanish says "we" in the verb: "hemos recibido", "buscamos", "necesitamos"
    r"nuestr[oa]s?|hemos|estamos|buscamos|necesitamos|queremos|podemos|tenemos|wij|ons|onze)\b",
    _FLAGS,
)
