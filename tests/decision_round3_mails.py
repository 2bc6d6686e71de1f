"""Mails written for decision_by in a third round (not taken from any dev set): ranges and
rough parts of a month, feasts, business days across a weekend, dates written every way,
threads whose new text revises or omits the promise, and traps: a promise about something
else (references, a background check, payroll, a start date), the candidate's own promise or
deadline, a negated or conditional day, an auto-reply. Each case: (name, sent, body, the day
CONTRACT.md gives or None).

Sending days (November 2026 starts on a Sunday): Monday 16, Wednesday 18 (the default),
Friday 20 November, Wednesday 16 December; Thursday 11 March 2027 for spring feasts.
"""

from __future__ import annotations

from datetime import date

MON = "Mon, 16 Nov 2026 09:00:00 +0000"
WED = "Wed, 18 Nov 2026 09:00:00 +0000"
FRI = "Fri, 20 Nov 2026 15:00:00 +0000"
DEC = "Wed, 16 Dec 2026 09:00:00 +0000"
MAR = "Thu, 11 Mar 2027 09:00:00 +0000"

QUOTE_27 = (
    "\n\nOn Mon, 16 Nov 2026 at 09:00, Jane Doe <jane.doe@acme.example> wrote:\n"
    "> Dear Sam,\n> Thanks for coming in. We will let you know our decision by Friday 27 "
    "November.\n> Best,\n> Jane\n"
)

ENGLISH: list[tuple[str, str, str, date | None]] = [
    # --- ranges and rough parts of a month or week ----------------------------------------
    ("between-10th-and-14th", WED,
     "Hi Sam,\n\nThe panel will review the shortlist at the start of December and we'll be in "
     "touch between the 10th and 14th of December with the outcome.\n\nBest,\nJane",
     date(2026, 12, 14)),
    ("late-next-week", WED,
     "Hi Sam,\n\nThanks for your time today. We expect to make a decision late next week and "
     "I'll call you either way.\n\nJane",
     date(2026, 11, 27)),
    ("first-half-of-december", WED,
     "Dear Sam,\n\nThank you for attending the assessment centre. Final decisions will be "
     "communicated in the first half of December.\n\nKind regards,\nJane Doe",
     date(2026, 12, 15)),
    ("mid-december", WED,
     "Hi Sam,\n\nJust to manage expectations: we won't have a final answer until "
     "mid-December, as the director is travelling.\n\nJane",
     date(2026, 12, 15)),
    ("second-half-of-december", DEC,
     "Hi Sam,\n\nThe hiring committee meets again next week. You should hear from us in the "
     "second half of December.\n\nJane",
     date(2026, 12, 31)),
    ("towards-end-of-next-week", WED,
     "Hi Sam,\n\nWe're interviewing two more people on Monday, so I'd expect to come back to "
     "you towards the end of next week.\n\nCheers,\nJane",
     date(2026, 11, 27)),
    ("range-nov-30-dec-2", WED,
     "Hello Sam,\n\nDecisions will be made between 30 November and 2 December, and we will "
     "email every candidate.\n\nRegards,\nJane",
     date(2026, 12, 2)),
    ("range-dec-7-11-dash", WED,
     "Hi Sam,\n\nYou will hear from us in the week of 7-11 December.\n\nJane",
     date(2026, 12, 11)),
    ("in-a-week-or-two", WED,
     "Hi Sam,\n\nThe team is finishing interviews now; we'll get back to you in a week or "
     "two.\n\nJane",
     date(2026, 12, 2)),
    ("by-month-end", WED,
     "Hi Sam,\n\nWe aim to confirm the outcome by month-end.\n\nBest,\nJane",
     date(2026, 11, 30)),
    ("no-later-than-first-week-december", WED,
     "Dear Sam,\n\nWe will inform you of our decision no later than the first week of "
     "December.\n\nRegards,\nJane Doe",
     date(2026, 12, 4)),
    # --- feasts ---------------------------------------------------------------------------
    ("before-christmas", WED,
     "Hi Sam,\n\nThe board signs off new hires in December, so we'll definitely have an "
     "answer for you before Christmas.\n\nJane",
     date(2026, 12, 24)),
    ("before-the-christmas-break", DEC,
     "Hi Sam,\n\nThanks for coming in yesterday. We'll let you know before the Christmas "
     "break.\n\nJane",
     date(2026, 12, 24)),
    ("by-easter", MAR,
     "Hi Sam,\n\nThanks for your application to the gardening team. We'll be in touch with "
     "everyone by Easter.\n\nBest,\nJane",
     date(2027, 3, 28)),
    ("before-easter", MAR,
     "Hi Sam,\n\nWe will let you know before Easter whether you've been shortlisted.\n\nJane",
     date(2027, 3, 27)),
    ("after-new-year-no-day", DEC,
     "Hi Sam,\n\nThe office is closing for the holidays, so we'll be back in touch after the "
     "new year.\n\nHappy holidays,\nJane",
     None),
    # --- business days across a weekend ---------------------------------------------------
    ("three-business-days-from-friday", FRI,
     "Hi Sam,\n\nThanks for today. We'll come back to you within 3 business days.\n\nJane",
     date(2026, 11, 25)),
    ("two-working-days-from-friday", FRI,
     "Hi Sam,\n\nGreat to meet you. You'll hear from me within two working days.\n\nJane",
     date(2026, 11, 24)),
    ("next-business-day", FRI,
     "Hi Sam,\n\nThanks for the chat. I will get back to you by the end of the next business "
     "day.\n\nJane",
     date(2026, 11, 23)),
    ("48-hours", WED,
     "Hi Sam,\n\nThanks for the call. You'll have an answer from us within 48 hours.\n\nJane",
     date(2026, 11, 20)),
    # --- dates written every way ----------------------------------------------------------
    ("iso-date", WED,
     "Hello Sam,\n\nWe will notify you of the outcome by 2026-12-04.\n\nRegards,\nJane",
     date(2026, 12, 4)),
    ("abbrev-dec-4th", WED,
     "Hi Sam,\n\nWe'll get back to you by Dec. 4th at the latest.\n\nJane",
     date(2026, 12, 4)),
    ("friday-the-4th", WED,
     "Hi Sam,\n\nWe'll let you know by Friday the 4th.\n\nJane",
     date(2026, 12, 4)),
    ("the-4th-of-december", WED,
     "Hi Sam,\n\nYou'll hear from us by the 4th of December.\n\nJane",
     date(2026, 12, 4)),
    ("us-full-date", WED,
     "Hi Sam,\n\nWe expect to make a final decision by December 4, 2026.\n\nThanks,\nJane",
     date(2026, 12, 4)),
    ("dotted-date-english", WED,
     "Dear Sam,\n\nWe will contact you by 04.12.2026 regarding the next step.\n\nRegards,\n"
     "Jane",
     date(2026, 12, 4)),
    ("bare-ordinal-this-month", WED,
     "Hi Sam,\n\nWe'll be in touch by the 27th.\n\nJane",
     date(2026, 11, 27)),
    ("weekday-and-short-date", WED,
     "Hi Sam,\n\nThanks again. Decision expected Fri 4 Dec, I'll let you know.\n\nJane",
     date(2026, 12, 4)),
    # --- threads --------------------------------------------------------------------------
    ("thread-new-revises", MON,
     "Hi Sam,\n\nQuick update: the panel needs another week, so we'll now come back to you by "
     "Friday 4 December.\n\nJane" + QUOTE_27.replace("Mon, 16 Nov", "Thu, 12 Nov"),
     date(2026, 12, 4)),
    ("thread-new-no-day-history-has", WED,
     "Hi Sam,\n\nThanks for sending the certificates, all received.\n\nJane" + QUOTE_27,
     None),
    ("thread-new-vague-history-has", WED,
     "Hi Sam,\n\nSorry, we're running a little behind. We'll be in touch as soon as we can."
     "\n\nJane" + QUOTE_27,
     None),
    # --- traps: promises about other things -----------------------------------------------
    ("references-checked-by-friday", WED,
     "Hi Sam,\n\nWe'd like to move forward. We'll contact your referees this week and aim to "
     "have the reference checks completed by Friday 27 November.\n\nJane",
     None),
    ("background-check-by", WED,
     "Hi Sam,\n\nYour background check has been submitted; the provider usually completes it "
     "by 2 December.\n\nJane",
     None),
    ("payroll-date", WED,
     "Hi Sam,\n\nWelcome aboard! Payroll runs on the 25th of each month, so your first pay "
     "will be on 25 December.\n\nJane",
     None),
    ("start-date", WED,
     "Hi Sam,\n\nThanks for accepting. Your start date will be Monday 4 January 2027 at our "
     "Bristol site.\n\nJane",
     None),
    ("contract-sent-by", WED,
     "Hi Sam,\n\nHR will send your contract by Friday 27 November for signature.\n\nJane",
     None),
    ("equipment-delivered", WED,
     "Hi Sam,\n\nYour laptop will be delivered to your home by 30 November.\n\nJane",
     None),
    # --- traps: the candidate's deadline or own promise -----------------------------------
    ("please-reply-by-friday", WED,
     "Hi Sam,\n\nPlease reply by Friday with your availability for a second interview.\n\n"
     "Jane",
     None),
    ("offer-valid-until", WED,
     "Hi Sam,\n\nWe're delighted to offer you the role. The offer is valid until 27 November."
     "\n\nJane",
     None),
    ("candidate-said-by-friday", WED,
     "Hi Sam,\n\nThanks for letting us know you'll confirm your notice period by Friday. "
     "Speak soon.\n\nJane",
     None),
    ("you-mentioned-decide-by", WED,
     "Hi Sam,\n\nAs you mentioned you need to decide on the other offer by 25 November, I've "
     "asked the team to move quickly.\n\nJane",
     None),
    ("complete-test-by-sunday", WED,
     "Hi Sam,\n\nHere's the link to the online test; it needs to be completed by Sunday 22 "
     "November at midnight.\n\nJane",
     None),
    ("submit-by-deadline-we-review", WED,
     "Hi Sam,\n\nThe deadline for your portfolio is 25 November; we will review all "
     "submissions after that.\n\nJane",
     None),
    # --- traps: negated and conditional ---------------------------------------------------
    ("cannot-say-before-friday", WED,
     "Hi Sam,\n\nI'm afraid we can't say anything before Friday, as the panel hasn't met yet."
     "\n\nJane",
     None),
    ("wont-know-until-december", WED,
     "Hi Sam,\n\nHonestly, we won't know anything until the budget is approved, which might be "
     "some time in the new year.\n\nJane",
     None),
    ("not-heard-by-assume", WED,
     "Dear Sam,\n\nIf you have not heard from us by 4 December, please assume that your "
     "application has not been successful on this occasion.\n\nRegards,\nJane",
     date(2026, 12, 4)),
    ("no-decision-before", WED,
     "Hi Sam,\n\nNo decision will be made before 1 December, but I'll keep you posted.\n\n"
     "Jane",
     None),
    # --- traps: event days and auto replies -----------------------------------------------
    ("ooo-back-monday", WED,
     "Thank you for your email. I am out of the office until Monday 23 November and will "
     "reply on my return.\n\nJane Doe",
     None),
    ("ooo-decision-pending", WED,
     "Auto-reply: I'm on leave until 30 November. For urgent recruitment questions please "
     "contact hr@acme.example.\n\nJane",
     None),
    ("trial-shift-date", WED,
     "Hi Sam,\n\nCan you do a trial shift in the kitchen on Saturday 21 November from 10am? "
     "We'll decide after that.\n\nJane",
     None),
]  # fmt: skip

GERMAN: list[tuple[str, str, str, date | None]] = [
    ("de-zwischen-10-und-14", WED,
     "Hallo Sam,\n\nwir melden uns zwischen dem 10. und 14. Dezember mit einer Entscheidung."
     "\n\nViele Grüße\nJana",
     date(2026, 12, 14)),
    ("de-ende-naechster-woche", WED,
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für das Gespräch. Wir geben Ihnen bis Ende "
     "nächster Woche Bescheid.\n\nMit freundlichen Grüßen\nJana Schmidt",
     date(2026, 11, 27)),
    ("de-mitte-dezember", WED,
     "Hallo Sam,\n\neine Entscheidung fällt voraussichtlich Mitte Dezember, wir melden uns "
     "dann.\n\nGruß\nJana",
     date(2026, 12, 15)),
    ("de-erste-dezemberhaelfte", WED,
     "Hallo Sam,\n\nSie hören in der ersten Dezemberhälfte von uns.\n\nGruß\nJana",
     date(2026, 12, 15)),
    ("de-vor-weihnachten", WED,
     "Liebe Sam,\n\nwir möchten Ihnen noch vor Weihnachten eine Rückmeldung geben.\n\n"
     "Herzliche Grüße\nJana",
     date(2026, 12, 24)),
    ("de-vor-ostern", MAR,
     "Hallo Sam,\n\nwir melden uns noch vor Ostern bei Ihnen.\n\nGruß\nJana",
     date(2027, 3, 27)),
    ("de-vor-pfingsten", MAR,
     "Hallo Sam,\n\ndas Projekt startet erst im Sommer; wir melden uns spätestens vor "
     "Pfingsten.\n\nGruß\nJana",
     date(2027, 5, 15)),
    ("de-bis-ostern", MAR,
     "Hallo Sam,\n\ndie Auswahl dauert bei uns etwas länger; eine Zusage oder Absage erhalten "
     "Sie bis Ostern.\n\nGruß\nJana",
     date(2027, 3, 28)),
    ("de-drei-werktage-freitag", FRI,
     "Hallo Sam,\n\ndanke für das Gespräch. Sie erhalten innerhalb von drei Werktagen eine "
     "Rückmeldung.\n\nGruß\nJana",
     date(2026, 11, 25)),
    ("de-kw-49", WED,
     "Hallo Sam,\n\nwir melden uns in KW 49 bei Ihnen.\n\nGruß\nJana",
     date(2026, 12, 4)),
    ("de-datum-ohne-jahr", WED,
     "Sehr geehrte Frau Rivera,\n\nwir werden Ihnen bis zum 4.12. mitteilen, ob Sie in die "
     "nächste Runde kommen.\n\nMit freundlichen Grüßen\nJana Schmidt",
     date(2026, 12, 4)),
    ("de-neu-statt-alt", MON,
     "Hallo Sam,\n\nleider verzögert sich die Entscheidung: wir melden uns jetzt bis "
     "Freitag, 4. Dezember.\n\nGruß\nJana\n\nAm 12.11.2026 um 09:00 schrieb Jana Schmidt "
     "<jana@acme.example>:\n> Wir melden uns bis zum 27. November.\n",
     date(2026, 12, 4)),
    ("de-unterlagen-bis-freitag", WED,
     "Hallo Sam,\n\nbitte schicken Sie uns Ihre Zeugnisse bis Freitag.\n\nGruß\nJana",
     None),
    ("de-nicht-vor-dezember", WED,
     "Hallo Sam,\n\nvor dem 1. Dezember können wir leider noch nichts sagen.\n\nGruß\nJana",
     None),
    ("de-arbeitsbeginn", WED,
     "Hallo Sam,\n\nwillkommen im Team! Ihr erster Arbeitstag ist der 4. Januar 2027.\n\n"
     "Gruß\nJana",
     None),
    ("de-gehalt", WED,
     "Hallo Sam,\n\ndas Gehalt wird jeweils zum 30. des Monats überwiesen.\n\nGruß\nJana",
     None),
    ("de-falls-nicht-bis", WED,
     "Hallo Sam,\n\nsollten Sie bis zum 4. Dezember nichts von uns hören, müssen wir Ihnen "
     "leider absagen.\n\nGruß\nJana",
     date(2026, 12, 4)),
    ("de-abwesend", WED,
     "Vielen Dank für Ihre Nachricht. Ich bin bis zum 30.11. nicht im Büro und habe keinen "
     "Zugriff auf meine E-Mails.\n\nJana Schmidt",
     None),
]  # fmt: skip

FRENCH: list[tuple[str, str, str, date | None]] = [
    ("fr-entre-10-et-14", WED,
     "Bonjour Sam,\n\nNous reviendrons vers vous entre le 10 et le 14 décembre.\n\n"
     "Cordialement,\nJeanne",
     date(2026, 12, 14)),
    ("fr-fin-semaine-prochaine", WED,
     "Bonjour Sam,\n\nMerci pour l'entretien. Nous vous donnerons une réponse d'ici la fin "
     "de la semaine prochaine.\n\nBien à vous,\nJeanne",
     date(2026, 11, 27)),
    ("fr-mi-decembre", WED,
     "Bonjour Sam,\n\nLa décision sera prise à la mi-décembre et nous vous tiendrons "
     "informé.\n\nCordialement,\nJeanne",
     date(2026, 12, 15)),
    ("fr-premiere-quinzaine", WED,
     "Bonjour Sam,\n\nVous aurez un retour de notre part dans la première quinzaine de "
     "décembre.\n\nCordialement,\nJeanne",
     date(2026, 12, 15)),
    ("fr-avant-noel", WED,
     "Bonjour Sam,\n\nNous vous donnerons une réponse avant Noël.\n\nCordialement,\nJeanne",
     date(2026, 12, 24)),
    ("fr-avant-paques", MAR,
     "Bonjour Sam,\n\nNous vous recontacterons avant Pâques.\n\nCordialement,\nJeanne",
     date(2027, 3, 27)),
    ("fr-trois-jours-ouvres", FRI,
     "Bonjour Sam,\n\nNous reviendrons vers vous sous trois jours ouvrés.\n\n"
     "Cordialement,\nJeanne",
     date(2026, 11, 25)),
    ("fr-date-chiffres", WED,
     "Bonjour Sam,\n\nNous vous ferons part de notre décision au plus tard le 04/12/2026."
     "\n\nCordialement,\nJeanne",
     date(2026, 12, 4)),
    ("fr-envoyer-avant-vendredi", WED,
     "Bonjour Sam,\n\nMerci de nous envoyer vos disponibilités avant vendredi.\n\n"
     "Cordialement,\nJeanne",
     None),
    ("fr-pas-avant", WED,
     "Bonjour Sam,\n\nNous ne pourrons pas vous donner de réponse avant le 1er décembre."
     "\n\nCordialement,\nJeanne",
     None),
    ("fr-prise-de-poste", WED,
     "Bonjour Sam,\n\nVotre prise de poste est prévue le lundi 4 janvier 2027.\n\n"
     "Cordialement,\nJeanne",
     None),
    ("fr-sans-nouvelles", WED,
     "Bonjour Sam,\n\nSans nouvelles de notre part d'ici le 4 décembre, vous pourrez "
     "considérer que votre candidature n'a pas été retenue.\n\nCordialement,\nJeanne",
     date(2026, 12, 4)),
]  # fmt: skip

SPANISH: list[tuple[str, str, str, date | None]] = [
    ("es-entre-10-y-14", WED,
     "Hola Sam,\n\nTe daremos una respuesta entre el 10 y el 14 de diciembre.\n\n"
     "Saludos,\nJuana",
     date(2026, 12, 14)),
    ("es-finales-semana-que-viene", WED,
     "Hola Sam,\n\nGracias por la entrevista. Te diremos algo a finales de la semana que "
     "viene.\n\nUn saludo,\nJuana",
     date(2026, 11, 27)),
    ("es-mediados-diciembre", WED,
     "Hola Sam,\n\nTomaremos una decisión a mediados de diciembre y te avisaremos.\n\n"
     "Saludos,\nJuana",
     date(2026, 12, 15)),
    ("es-primera-quincena", WED,
     "Hola Sam,\n\nRecibirás noticias nuestras en la primera quincena de diciembre.\n\n"
     "Saludos,\nJuana",
     date(2026, 12, 15)),
    ("es-antes-navidad", WED,
     "Hola Sam,\n\nTe contestaremos antes de Navidad.\n\nSaludos,\nJuana",
     date(2026, 12, 24)),
    ("es-antes-pascua", MAR,
     "Hola Sam,\n\nTe daremos una respuesta antes de Pascua.\n\nSaludos,\nJuana",
     date(2027, 3, 27)),
    ("es-tres-dias-habiles", FRI,
     "Hola Sam,\n\nTe responderemos en un plazo de tres días hábiles.\n\nSaludos,\nJuana",
     date(2026, 11, 25)),
    ("es-enviar-antes-viernes", WED,
     "Hola Sam,\n\nPor favor, envíanos tu DNI antes del viernes.\n\nSaludos,\nJuana",
     None),
    ("es-no-antes", WED,
     "Hola Sam,\n\nNo podremos darte una respuesta antes del 1 de diciembre.\n\n"
     "Saludos,\nJuana",
     None),
    ("es-incorporacion", WED,
     "Hola Sam,\n\nTu incorporación sería el lunes 4 de enero de 2027.\n\nSaludos,\nJuana",
     None),
    ("es-si-no-recibes", WED,
     "Hola Sam,\n\nSi no recibes noticias nuestras antes del 4 de diciembre, entiende que "
     "el proceso ha seguido con otros candidatos.\n\nSaludos,\nJuana",
     date(2026, 12, 3)),
]  # fmt: skip

DUTCH: list[tuple[str, str, str, date | None]] = [
    ("nl-tussen-10-en-14", WED,
     "Hoi Sam,\n\nWe laten je tussen 10 en 14 december weten of je door bent.\n\n"
     "Groeten,\nJanneke",
     date(2026, 12, 14)),
    ("nl-eind-volgende-week", WED,
     "Beste Sam,\n\nBedankt voor het gesprek. We laten je eind volgende week weten hoe we "
     "verder gaan.\n\nMet vriendelijke groet,\nJanneke",
     date(2026, 11, 27)),
    ("nl-half-december", WED,
     "Hoi Sam,\n\nWe verwachten half december een besluit te nemen en laten het je dan "
     "weten.\n\nGroeten,\nJanneke",
     date(2026, 12, 15)),
    ("nl-voor-de-kerst", WED,
     "Hoi Sam,\n\nJe hoort voor de kerst van ons.\n\nGroeten,\nJanneke",
     date(2026, 12, 24)),
    ("nl-voor-pasen", MAR,
     "Hoi Sam,\n\nWe laten je voor Pasen weten of je door bent.\n\nGroeten,\nJanneke",
     date(2027, 3, 27)),
    ("nl-drie-werkdagen", FRI,
     "Hoi Sam,\n\nJe hoort binnen drie werkdagen van ons.\n\nGroeten,\nJanneke",
     date(2026, 11, 25)),
    ("nl-stuur-voor-vrijdag", WED,
     "Hoi Sam,\n\nWil je je referenties voor vrijdag naar ons sturen?\n\nGroeten,\nJanneke",
     None),
    ("nl-niet-voor", WED,
     "Hoi Sam,\n\nWe kunnen je pas na 1 december iets laten weten.\n\nGroeten,\nJanneke",
     None),
    ("nl-startdatum", WED,
     "Hoi Sam,\n\nJe startdatum is maandag 4 januari 2027.\n\nGroeten,\nJanneke",
     None),
    ("nl-als-niets-gehoord", WED,
     "Beste Sam,\n\nAls je voor 4 december niets van ons hebt gehoord, ben je helaas niet "
     "door naar de volgende ronde.\n\nMet vriendelijke groet,\nJanneke",
     date(2026, 12, 3)),
]  # fmt: skip
