"""Short mails written for decision_by (not taken from any dev set): an employer promising an
answer or a next contact in the many ways people do, and traps that name a day which is no
such promise. Each case: (name, sent, body, the day CONTRACT.md gives or None).

Sending days (November 2026 starts on a Sunday): Monday 16, Wednesday 18 (the default),
Friday 20 November, Wednesday 16 December.
"""

from __future__ import annotations

from datetime import date

MON = "Mon, 16 Nov 2026 09:00:00 +0000"
WED = "Wed, 18 Nov 2026 09:00:00 +0000"
FRI = "Fri, 20 Nov 2026 15:00:00 +0000"
DEC = "Wed, 16 Dec 2026 09:00:00 +0000"

PROMISES: list[tuple[str, str, str, date | None]] = [
    # --- English: ATS, recruiters, hiring managers, agencies, non-native writers ----------
    ("ats-ten-working-days", WED,
     "Dear Sam,\n\nThank you for applying for the Data Analyst position at Fernhill Foods. "
     "Our recruitment team reviews every application personally, and we aim to respond to "
     "all applicants within 10 working days.\n\nKind regards,\nFernhill Foods Talent Team",
     date(2026, 12, 2)),
    ("recruiter-feedback-by-thursday", MON,
     "Hi Sam,\n\nThanks for the chat earlier. I'm sharing your profile with the hiring "
     "manager today and should have feedback for you by Thursday.\n\nCheers,\nJane",
     date(2026, 11, 19)),
    ("manager-early-next-week", WED,
     "Hi Sam,\n\nGreat meeting you yesterday. We've got two more candidates to see this week "
     "and we'll make our decision early next week - I'll call you either way.\n\nBest,\nJane",
     date(2026, 11, 25)),
    ("cancel-come-back-monday", WED,
     "Hi Sam,\n\nUnfortunately I have to cancel our call tomorrow as I've been pulled into an "
     "urgent client issue. I'll come back to you by Monday with some new slots.\n\n"
     "Apologies,\nJane",
     date(2026, 11, 23)),
    ("agency-client-promised-tuesday", WED,
     "Hi Sam,\n\nJust had the debrief with the client and they were really positive. They're "
     "seeing one more person on Friday and have promised me an answer by Tuesday at the "
     "latest, so I'll update you as soon as I hear.\n\nJane\nSenior Consultant, Brightpath "
     "Recruitment",
     date(2026, 11, 24)),
    ("nonnative-answer-until", WED,
     "Dear Mr. Sam,\n\nThank you for the interview of yesterday. We will give you an answer "
     "until end of next week.\n\nBest regards\nJane Doe\nHR",
     date(2026, 11, 27)),
    ("outcome-by-4th", WED,
     "Hi Sam,\n\nThank you for coming in on Monday. We expect to be in a position to let you "
     "know the outcome by 4th December.\n\nKind regards,\nJane",
     date(2026, 12, 4)),
    ("hear-within-2-3-weeks", WED,
     "Hello Sam,\n\nThanks for completing the assessment. You can expect to hear from us "
     "within the next 2-3 weeks.\n\nRegards,\nJane Doe\nPeople Team",
     date(2026, 12, 9)),
    ("drop-a-line-friday", WED,
     "Hi Sam,\n\nThanks for your patience. I'll drop you a line on Friday once I've spoken to "
     "the team.\n\nJane",
     date(2026, 11, 20)),
    ("news-by-wednesday-25th", WED,
     "Hi Sam,\n\nOur hiring committee meets on Tuesdays, so I'd hope to have news for you "
     "after next Tuesday's meeting - say by Wednesday 25th.\n\nBest,\nJane",
     date(2026, 11, 25)),
    ("chase-back-tomorrow", WED,
     "Hi Sam,\n\nGood question - let me chase the hiring manager and get back to you "
     "tomorrow.\n\nJane",
     date(2026, 11, 19)),
    ("decision-next-fortnight", WED,
     "Dear Sam,\n\nThank you for your time on Monday. We'll reach a decision in the next "
     "fortnight and I'll ring you either way.\n\nBest wishes,\nJane",
     date(2026, 12, 2)),
    ("radio-silence-within-7-days", WED,
     "Hi Sam,\n\nSorry for the radio silence, things have been hectic here. We should have "
     "everything wrapped up within 7 days and I'll message you then.\n\nJane",
     date(2026, 11, 25)),
    ("following-week-after-27th", WED,
     "Dear Sam,\n\nInterviews are running until Friday 27 November, and we will contact all "
     "candidates the following week.\n\nKind regards,\nJane Doe",
     date(2026, 12, 4)),
    ("ats-three-weeks-after-conditional", WED,
     "Your application has been received.\n\nWhat happens next?\nOur talent acquisition team "
     "will review your application and will be in touch if your experience matches. Either "
     "way, we aim to get back to every applicant within 3 weeks.\n\nNorthwind Logistics "
     "Careers",
     date(2026, 12, 9)),
    ("ping-monday", WED,
     "Hey Sam - the founders are still deciding between you and one other person. I'll ping "
     "you Monday with the final answer.\n\nJane",
     date(2026, 11, 23)),
    ("confirm-next-steps-cob-friday", WED,
     "Hi Sam,\n\nThanks for the quick turnaround on the case study. I should be able to "
     "confirm next steps by close of business Friday.\n\nJane",
     date(2026, 11, 20)),
    ("final-call-mid-next-week", FRI,
     "Hi Sam,\n\nWe're hoping to make a final call mid next week and I'll let you know "
     "straight away.\n\nJane",
     date(2026, 11, 25)),
    ("in-contact-by-30-11", WED,
     "Dear Sam,\n\nThank you for attending the assessment day. We will be in contact by "
     "30/11/2026 regarding the next stage.\n\nYours sincerely,\nJane Doe",
     date(2026, 11, 30)),
    ("expect-an-email-end-of-week", WED,
     "Hi Sam,\n\nThanks again. Expect an email from me by the end of the week.\n\nJane",
     date(2026, 11, 20)),
    ("revert-you-latest-monday", WED,
     "Dear Sam,\n\nThanks for the discussion today. We will revert you latest by Monday.\n\n"
     "Regards,\nJane",
     date(2026, 11, 23)),
    ("decisions-communicated-dec-11", WED,
     "Dear candidate,\n\nThank you for attending the final panel. Hiring decisions will be "
     "communicated by December 11.\n\nRegards,\nJane Doe",
     date(2026, 12, 11)),
    ("back-after-holidays-8-january", DEC,
     "Hi Sam,\n\nThe office closes on Friday for the holidays. I'll be back in touch by 8 "
     "January at the latest.\n\nHappy holidays,\nJane",
     date(2027, 1, 8)),
    ("update-within-a-week-or-so", WED,
     "Hi Sam,\n\nJust a quick note: we hope to update you within a week or so.\n\nJane",
     date(2026, 11, 25)),
    ("give-you-a-call-friday", WED,
     "Hi Sam,\n\nThanks for coming in. I'll give you a call on Friday to talk through the "
     "outcome.\n\nJane",
     date(2026, 11, 20)),
    ("sarah-will-phone-by-wednesday", WED,
     "Hi Sam,\n\nThe panel is meeting this afternoon. Sarah will phone you by Wednesday with "
     "feedback.\n\nThanks,\nJane",
     date(2026, 11, 25)),
    ("nonnative-contact-with-you", WED,
     "Hello Sam,\n\nThank you for the interview. We will contact with you the next week for "
     "tell you the result.\n\nBest regards,\nJane",
     date(2026, 11, 27)),
    ("nonnative-write-you-back-until", WED,
     "Dear Sam,\n\nI will write you back until Friday about the decision of the team.\n\n"
     "Regards,\nJane",
     date(2026, 11, 20)),
    ("decision-expected-wc", WED,
     "Sam - decision expected w/c 30 Nov, I'll let you know as soon as I hear.\n\nJane",
     date(2026, 12, 4)),
    ("circle-back-early-december", WED,
     "Hi Sam,\n\nThanks for your patience while we finish the first round. We'll circle back "
     "with next steps early December.\n\nJane",
     date(2026, 12, 10)),
    ("feedback-will-follow", WED,
     "Hi Sam,\n\nThanks for presenting to the panel today. Feedback from the panel will "
     "follow by Friday 27th.\n\nJane",
     date(2026, 11, 27)),
    ("offers-by-end-of-month", WED,
     "Hi all,\n\nThanks for taking part in the final stage. We'll be making offers by the end "
     "of the month.\n\nJane",
     date(2026, 11, 30)),
    ("tuesday-or-wednesday-next-week", WED,
     "Hi Sam,\n\nRealistically it'll be Tuesday or Wednesday next week before I can give you "
     "an answer.\n\nJane",
     date(2026, 11, 25)),
    # --- German ---------------------------------------------------------------------------
    ("de-ats-drei-wochen", WED,
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Wir prüfen Ihre "
     "Unterlagen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.\n\n"
     "Mit freundlichen Grüßen\nIhr Recruiting-Team",
     date(2026, 12, 9)),
    ("de-bescheid-bis-mittwoch", WED,
     "Hallo Herr Rivera,\n\nvielen Dank für das nette Gespräch gestern. Wir führen diese "
     "Woche noch zwei Gespräche und geben Ihnen bis spätestens Mittwoch, 25.11., Bescheid.\n\n"
     "Viele Grüße\nJane Doe",
     date(2026, 11, 25)),
    ("de-hoeren-ende-november", WED,
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Geduld. Sie hören bis Ende November "
     "von uns.\n\nFreundliche Grüße\nJane Doe",
     date(2026, 11, 30)),
    ("de-kw-49", WED,
     "Sehr geehrter Herr Rivera,\n\nwir werden Sie voraussichtlich in KW 49 über das Ergebnis "
     "informieren.\n\nMit freundlichen Grüßen\nJane Doe",
     date(2026, 12, 4)),
    ("de-entscheidung-erwarten", WED,
     "Hallo Sam,\n\ndanke für Ihre Präsentation. Eine Entscheidung erwarten wir bis zum "
     "4. Dezember.\n\nGruß\nJane",
     date(2026, 12, 4)),
    ("de-agentur-kunde-freitag", WED,
     "Hallo Sam,\n\nder Kunde hat mir zugesagt, sich bis Freitag zurückzumelden - ich gebe "
     "Ihnen dann sofort Bescheid.\n\nViele Grüße\nJane\nPersonalberatung Weber",
     date(2026, 11, 20)),
    ("de-komme-zurueck-uebermorgen", WED,
     "Hallo Herr Rivera,\n\nich komme spätestens übermorgen auf Sie zurück.\n\nBeste Grüße\n"
     "Jane",
     date(2026, 11, 20)),
    ("de-in-verbindung-setzen", WED,
     "Sehr geehrter Herr Rivera,\n\nwir werden uns in den nächsten 14 Tagen mit Ihnen in "
     "Verbindung setzen.\n\nMit freundlichen Grüßen\nJane Doe",
     date(2026, 12, 2)),
    # --- French ---------------------------------------------------------------------------
    ("fr-reponse-sous-15-jours", WED,
     "Bonjour,\n\nNous avons bien reçu votre candidature et nous vous remercions. Nous "
     "étudions chaque dossier avec attention et vous apporterons une réponse sous 15 jours.\n\n"
     "L'équipe RH",
     date(2026, 12, 3)),
    ("fr-retour-vendredi", WED,
     "Bonjour Sam,\n\nMerci pour cet échange. Je vous fais un retour d'ici vendredi.\n\n"
     "Bien à vous,\nJane",
     date(2026, 11, 20)),
    ("fr-comite-au-plus-tard-le-4", WED,
     "Bonjour Sam,\n\nLe comité se réunit le 2 décembre ; vous aurez notre réponse au plus "
     "tard le 4 décembre.\n\nCordialement,\nJane",
     date(2026, 12, 4)),
    ("fr-courant-decembre", WED,
     "Madame, Monsieur,\n\nNous vous tiendrons informé de la suite donnée à votre candidature "
     "courant décembre.\n\nCordialement,\nLe service recrutement",
     date(2026, 12, 31)),
    ("fr-recontacte-semaine-prochaine", WED,
     "Bonjour Sam,\n\nJe vous recontacte la semaine prochaine.\n\nJane",
     date(2026, 11, 27)),
    ("fr-nouvelles-fin-du-mois", WED,
     "Salut Sam,\n\nOn te donne des nouvelles d'ici la fin du mois.\n\nJane",
     date(2026, 11, 30)),
    # --- Spanish --------------------------------------------------------------------------
    ("es-ats-10-dias-habiles", WED,
     "Hola Sam:\n\nGracias por postularte a la vacante de Analista de Datos. Revisaremos tu "
     "perfil y te daremos una respuesta en un plazo máximo de 10 días hábiles.\n\n"
     "Equipo de Talento",
     date(2026, 12, 2)),
    ("es-lunes-te-escribo", WED,
     "Hola Sam:\n\nMuchas gracias por la entrevista de ayer. Estamos terminando el proceso y "
     "el lunes te escribo con la decisión.\n\nUn saludo,\nJane",
     date(2026, 11, 23)),
    ("es-cancela-semana-que-viene", WED,
     "Hola Sam:\n\nLamentablemente tenemos que cancelar la entrevista del jueves. Te "
     "contactaré a lo largo de la semana que viene para reprogramarla.\n\nSaludos,\nJane",
     date(2026, 11, 27)),
    ("es-te-confirmo-antes-del-viernes", WED,
     "Hola Sam, te confirmo algo antes del viernes.\n\nJane",
     date(2026, 11, 19)),
    ("es-decision-finales-de-mes", WED,
     "Estimado Sam:\n\nEsperamos tener una decisión a finales de mes.\n\nAtentamente,\nJane",
     date(2026, 11, 30)),
    ("es-resultado-antes-del-30", WED,
     "Estimado Sam:\n\nLe informaremos del resultado antes del 30 de noviembre.\n\n"
     "Atentamente,\nJane Doe",
     date(2026, 11, 29)),
    ("es-agencia-esta-semana", WED,
     "Hola Sam:\n\nEl cliente quedó en darme respuesta esta semana; en cuanto sepa algo te "
     "aviso.\n\nSaludos,\nJane\nConsultora, Talento Norte",
     date(2026, 11, 20)),
    # --- Dutch ----------------------------------------------------------------------------
    ("nl-binnen-twee-weken", WED,
     "Beste Sam,\n\nBedankt voor je sollicitatie. We laten je binnen twee weken weten of we je "
     "uitnodigen voor een gesprek.\n\nMet vriendelijke groet,\nTeam Werving",
     date(2026, 12, 2)),
    ("nl-ik-bel-je-vrijdag", WED,
     "Hoi Sam,\n\nDank voor het fijne gesprek van vanmorgen. Ik bel je uiterlijk vrijdag met "
     "de uitslag.\n\nGroet,\nJane",
     date(2026, 11, 20)),
    ("nl-hoort-uiterlijk-4-december", WED,
     "Beste Sam,\n\nJe hoort uiterlijk 4 december van ons.\n\nMet vriendelijke groet,\nJane",
     date(2026, 12, 4)),
    ("nl-besluit-eind-deze-maand", WED,
     "Beste Sam,\n\nWe verwachten eind deze maand een besluit te nemen.\n\nGroet,\nJane",
     date(2026, 11, 30)),
    ("nl-mail-je-maandag", WED,
     "Hoi Sam,\n\nIk mail je maandag over de volgende stap.\n\nGroet,\nJane",
     date(2026, 11, 23)),
    ("if-shortlisted-by-4-december", WED,
     "Dear Sam,\n\nThank you for your application. If you are shortlisted, we will contact "
     "you by 4 December.\n\nRegards,\nJane", date(2026, 12, 4)),
]  # fmt: skip

TRAPS: list[tuple[str, str, str, date | None]] = [
    ("confirm-availability-friday", WED,
     "Hi Sam,\n\nCould you please confirm your availability for a second interview by "
     "Friday?\n\nThanks,\nJane", None),
    ("references-by-monday", WED,
     "Hi Sam,\n\nPlease send us your references and a copy of your passport by Monday 23 "
     "November.\n\nThanks,\nJane", None),
    ("interview-confirmed-24th", WED,
     "Hi Sam,\n\nYour interview is confirmed for Tuesday 24 November at 14:00 at our Leeds "
     "office.\n\nSee you then,\nJane", None),
    ("applications-close", WED,
     "Dear Sam,\n\nThank you for your interest. Applications close on 30 November 2026 and we "
     "will review all applications after the closing date.\n\nRegards,\nJane", None),
    ("ooo-until-monday", WED,
     "I am out of the office until Monday 23 November with limited access to email. I will "
     "respond to your message when I return.", None),
    ("process-usually-two-weeks", WED,
     "Hi Sam,\n\nThanks for applying. Our process usually takes about two weeks from first "
     "interview to offer. Could you send me two times that suit you for a call?\n\nJane",
     None),
    ("last-hire-took-three-weeks", WED,
     "Hi Sam,\n\nTo give you an idea, the last person we hired took about three weeks to get "
     "through the process. Are you free for a chat this week?\n\nJane", None),
    ("exercise-within-5-days", WED,
     "Hi Sam,\n\nAttached is the take-home exercise. Please complete it and send it back "
     "within 5 days.\n\nGood luck,\nJane", None),
    ("let-me-know-by-thursday", WED,
     "Hi Sam,\n\nCould you let me know by Thursday whether you're still interested in the "
     "role?\n\nJane", None),
    ("de-unterlagen-bis-27", WED,
     "Sehr geehrter Herr Rivera,\n\nbitte senden Sie uns die unterschriebenen Unterlagen bis "
     "zum 27.11. zurück.\n\nMit freundlichen Grüßen\nJane Doe", None),
    ("fr-confirmer-presence", WED,
     "Bonjour Sam,\n\nMerci de nous confirmer votre présence avant le 25 novembre.\n\n"
     "Cordialement,\nJane", None),
    ("es-confirmanos-disponibilidad", WED,
     "Hola Sam:\n\nPor favor, confírmanos tu disponibilidad para la entrevista antes del "
     "viernes.\n\nSaludos,\nJane", None),
    ("nl-laten-weten-vrijdag", WED,
     "Hoi Sam,\n\nWil je uiterlijk vrijdag laten weten of het tijdstip voor het gesprek je "
     "schikt?\n\nGroet,\nJane", None),
    ("assessment-centre-joining", WED,
     "Dear Sam,\n\nThe assessment centre will take place on 2 December; you will receive "
     "joining instructions by email nearer the time.\n\nRegards,\nJane", None),
    ("hoped-last-friday", WED,
     "Hi Sam,\n\nWe were hoping to decide by last Friday, but it's taking longer than "
     "planned. Sorry for the wait.\n\nJane", None),
    ("manager-on-holiday", WED,
     "Hi Sam,\n\nThanks for your note. The hiring manager is on holiday until 30 November, so "
     "could we find a time for the interview after that?\n\nJane", None),
    ("video-link-expires", WED,
     "Hi Sam,\n\nReminder: your video interview link expires on 25 November, so please "
     "record your answers before then.\n\nJane", None),
    ("quoted-own-promise", WED,
     "Thanks Sam, that's great.\n\nJane\n\nOn Tue, 17 Nov 2026 at 18:02, Sam Rivera "
     "<sam@example.org> wrote:\n> Hi Jane, I'll let you know by Friday whether I can make "
     "the second interview.\n> Sam", None),
    ("application-received-on", WED,
     "Hi Sam,\n\nWe received your application on 16 November. Could we have a short call "
     "about it this week?\n\nJane", None),
    ("webinar-hear-from-team", WED,
     "Hi Sam,\n\nAs an applicant you're welcome to join our careers webinar on 3 December to "
     "hear from the team about life at Fernhill.\n\nJane", None),
    ("de-ooo-melde-mich-danach", WED,
     "Ich bin bis einschließlich 27.11. nicht im Büro und melde mich danach bei Ihnen.",
     None),
    ("fr-entretien-jeudi", WED,
     "Bonjour Sam,\n\nVotre entretien aura lieu le jeudi 26 novembre à 10h. Merci de vous "
     "présenter 10 minutes avant.\n\nCordialement,\nJane", None),
    ("paperwork-due", WED,
     "Hi Sam,\n\nAs discussed, could you send over your right-to-work documents? Induction "
     "paperwork is due by 11 December.\n\nJane", None),
    ("interviewing-until", WED,
     "Hi Sam,\n\nThanks for your application for the Sous Chef role. We're interviewing until "
     "27 November - would Monday or Tuesday suit you?\n\nJane", None),
    ("es-prueba-hasta-el-lunes", WED,
     "Hola Sam:\n\nTe adjunto la prueba técnica; tienes hasta el lunes para enviárnosla.\n\n"
     "Saludos,\nJane", None),
    ("nl-opdracht-inleveren", WED,
     "Beste Sam,\n\nJe kunt de case uiterlijk 25 november inleveren via de link.\n\n"
     "Groet,\nJane", None),
    ("de-termin-bestaetigt", WED,
     "Hallo Sam,\n\nhiermit bestätige ich Ihren Termin am Dienstag, 24.11., um 10 Uhr.\n\n"
     "Viele Grüße\nJane", None),
    ("start-date-proposal", WED,
     "Hi Sam,\n\nQuick question before we go further: could you start on 4 January if "
     "things work out?\n\nJane", None),
    ("decided-last-week", WED,
     "Hi Sam,\n\nThe panel decided on Friday to add a second interview round for all "
     "candidates. Could you send me your availability?\n\nJane", None),
    ("es-cierre-convocatoria", WED,
     "Hola Sam:\n\nLa convocatoria cierra el 30 de noviembre. ¿Podrías enviarnos tu "
     "portafolio?\n\nSaludos,\nJane", None),
    # a call or a mail with its clock time, or sent herewith, is a meeting or news now
    ("call-thursday-at-10-screening", WED,
     "Hi Sam,\n\nThanks for applying. I'll call you on Thursday at 10am for the screening "
     "call, as agreed.\n\nJane", None),
    ("nl-bel-je-dinsdag-om-10", WED,
     "Hoi Sam,\n\nIk bel je dinsdag om 10 uur voor het telefonische gesprek.\n\nGroet,\nJane",
     None),
    ("nl-hierbij-stuur-ik-je", WED,
     "Beste Sam,\n\nHierbij stuur ik je de uitnodiging voor het gesprek op dinsdag 24 "
     "november.\n\nGroet,\nJane", None),
    ("es-te-llamo-jueves-a-las-10", WED,
     "Hola Sam:\n\nTe llamo el jueves a las 10 para la entrevista telefónica.\n\nSaludos,\n"
     "Jane", None),
    ("like-to-call-friday-screening", WED,
     "Hi Sam,\n\nWe'd like to call you on Friday for a quick screening call - does that "
     "work for you?\n\nJane", None),
    ("fr-appelle-jeudi-14h", WED,
     "Bonjour Sam,\n\nJe vous appelle jeudi à 14h pour l'entretien téléphonique, comme "
     "convenu.\n\nCordialement,\nJane", None),
    ("de-rufe-an-donnerstag-11-uhr", WED,
     "Hallo Herr Rivera,\n\nich rufe Sie wie besprochen am Donnerstag um 11 Uhr für das "
     "Telefoninterview an.\n\nViele Grüße\nJane", None),
    ("answers-by-friday-then-back", WED,
     "Hi Sam,\n\nOnce you've sent your answers by Friday, we'll get back to you.\n\nJane",
     None),
    # a call or a mail to prepare, remind or pass on logistics brings no answer
    ("email-you-the-details-tomorrow", WED,
     "Hi Sam,\n\nGreat - I'll email you the joining details for Tuesday's interview "
     "tomorrow.\n\nJane", None),
    ("agency-ring-to-prep", WED,
     "Hi Sam,\n\nYou're confirmed for Thursday at 2pm with the CFO. I'll give you a ring "
     "tomorrow evening so we can prepare together.\n\nTom", None),
    ("de-rufe-an-vorbereitung", WED,
     "Hallo Sam,\n\nder Termin am Freitag steht. Ich rufe Sie morgen kurz an, damit wir die "
     "Vorbereitung besprechen.\n\nViele Grüße\nJane", None),
    ("es-te-mando-notas", WED,
     "Hola Sam:\n\nQuedó confirmada la entrevista del viernes. Mañana te mando unas notas "
     "sobre el equipo.\n\nSaludos,\nJane", None),
    ("de-absage-anfang-naechster-woche", WED,
     "Hallo Sam,\n\nleider muss ich unseren Termin morgen absagen. Ich melde mich Anfang "
     "nächster Woche mit neuen Terminvorschlägen.\n\nBeste Grüße\nJane",
     None),  # a loose part of a week for new times (dates/rebooking.py)
    ("fr-annulation-debut-semaine", WED,
     "Bonjour Sam,\n\nJe suis au regret d'annuler notre entretien de jeudi. Je reviens vers "
     "vous en début de semaine prochaine pour fixer une autre date.\n\nCordialement,\nJane",
     None),  # a loose part of a week for new times (dates/rebooking.py)
    ("nl-verzetten-begin-volgende-week", WED,
     "Hoi Sam,\n\nHelaas moet ik ons gesprek van morgen verzetten. Ik stuur je begin volgende "
     "week een paar nieuwe opties.\n\nGroet,\nJane",
     None),  # a loose part of a week for new times (dates/rebooking.py)
]  # fmt: skip
