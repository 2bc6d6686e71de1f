"""More mails for decision_by's third round (see decision_round3_mails.py): longer letters
from many trades with signatures, Outlook-style quoted history, agencies and ATS robots, rough
holiday spans and the candidate's or a third party's days beside the employer's promise.
"""

from __future__ import annotations

from datetime import date

from decision_round3_mails import DEC, FRI, MON, WED

OUTLOOK_QUOTE = (
    "\n\n________________________________\nFrom: Jane Doe <jane.doe@acme.example>\n"
    "Sent: Thursday, 12 November 2026 10:02\nTo: Sam <sam@example.org>\n"
    "Subject: Interview\n\nHi Sam, we will let you know by Friday 20 November. Jane\n"
)

MORE: list[tuple[str, str, str, date | None]] = [
    ("nursing-ward-manager", WED,
     "Dear Sam,\n\nThank you for attending interview for the Staff Nurse post on Ward 7 "
     "yesterday. The panel are meeting on Monday 23rd to discuss all candidates and I will "
     "telephone you on Tuesday 24th with the outcome.\n\nKind regards,\nJane Doe\nWard "
     "Manager, St Elsewhere NHS Trust\nTel: 0161 496 0000",
     date(2026, 11, 24)),
    ("construction-site-manager", WED,
     "Sam,\n\nGood to meet you on site. Directors sign off on new starters at the monthly "
     "meeting on 2 December, I'll ring you the day after to let you know.\n\nCheers\nJane\n"
     "Contracts Manager | Ashby Build Ltd | 07700 900123",
     date(2026, 12, 3)),
    ("hospitality-chef-trial", WED,
     "Hi Sam,\n\nThanks for doing the trial shift on Saturday, the team loved your food. Chef "
     "is off until Thursday so you'll get an answer from us by the weekend at the latest.\n\n"
     "Jane\nThe Crown & Anchor",
     date(2026, 11, 20)),
    ("retail-agency-client-feedback", WED,
     "Hi Sam,\n\nJust spoken to the store manager - they're seeing two more people tomorrow "
     "and have promised to come back to me by end of play Friday. I'll call you as soon as I "
     "hear.\n\nJane\nSenior Consultant\nPeakStaff Recruitment",
     date(2026, 11, 20)),
    ("academic-search-committee", WED,
     "Dear Dr. Rivera,\n\nThank you for your visit to the department. The search committee "
     "will meet after the campus visits conclude on December 4, and we anticipate "
     "communicating a decision to all finalists by December 18.\n\nSincerely,\nJane Doe\n"
     "Chair, Search Committee",
     date(2026, 12, 18)),
    ("ats-no-timeline", WED,
     "Hi Sam,\n\nThank you for applying to Kestrel Analytics! We have received your "
     "application for Senior Data Engineer. Our team will review it and reach out if there's "
     "a fit.\n\nThe Kestrel Talent Team\nThis is an automated message, please do not reply.",
     None),
    ("outlook-thread-revised", MON,
     "Hi Sam,\n\nApologies for the delay - one of the panel has been off sick. We now expect "
     "to get back to you by Wednesday 25 November.\n\nBest,\nJane" + OUTLOOK_QUOTE,
     date(2026, 11, 25)),
    ("outlook-thread-quoted-only", MON,
     "Hi Sam,\n\nThanks for the reminder, I'm chasing the panel now.\n\nBest,\nJane"
     + OUTLOOK_QUOTE,
     None),
    ("this-side-of-christmas", WED,
     "Hi Sam,\n\nRealistically we'll have a decision for you this side of Christmas.\n\n"
     "Jane",
     date(2026, 12, 24)),
    ("before-the-holidays", DEC,
     "Hi Sam,\n\nThank you for your patience. We will let all candidates know before the "
     "holidays.\n\nJane",
     date(2026, 12, 24)),
    ("first-week-of-january", DEC,
     "Hi Sam,\n\nWith the office closing, we'll be back in touch in the first week of "
     "January.\n\nHappy holidays,\nJane",
     date(2027, 1, 8)),
    ("early-in-new-year-vague", DEC,
     "Hi Sam,\n\nWe'll pick this up again early in the new year.\n\nJane",
     None),
    ("end-of-the-year", WED,
     "Hi Sam,\n\nWe hope to have made our decision before the end of the year.\n\nJane",
     date(2026, 12, 31)),
    ("candidate-notice-and-promise", WED,
     "Hi Sam,\n\nNoted that you need to give your current employer notice by 30 November. "
     "We'll get back to you with our decision by Friday 27 November so you can plan.\n\nJane",
     date(2026, 11, 27)),
    ("candidate-holiday-dates", WED,
     "Hi Sam,\n\nThanks for letting me know you're away from 1 to 8 December. We'll let you "
     "know about next steps by this Friday.\n\nJane",
     date(2026, 11, 20)),
    ("interview-day-and-decision", WED,
     "Hi Sam,\n\nYour final interview is on Thursday 26 November at 2pm. We'll make a "
     "decision by 4 December.\n\nJane",
     date(2026, 12, 4)),
    ("reply-by-and-we-decide", WED,
     "Hi Sam,\n\nPlease confirm by Monday whether you'd like to proceed. We'll then decide "
     "within a week of the final interviews on 1 December.\n\nJane",
     date(2026, 12, 8)),
    ("start-date-and-promise", WED,
     "Hi Sam,\n\nThe role would start on 4 January. I'll let you know by Friday whether "
     "you've been successful.\n\nJane",
     date(2026, 11, 20)),
    ("neg-dont-expect-before", WED,
     "Hi Sam,\n\nPlease don't expect to hear anything before 7 December, as the CEO must sign "
     "off every hire.\n\nJane",
     None),
    ("neg-nothing-until", WED,
     "Hi Sam,\n\nNothing will be decided until the board meets on 9 December; I'll update you "
     "straight after.\n\nJane",
     date(2026, 12, 9)),
    ("conditional-if-you-dont-hear", WED,
     "Hi Sam,\n\nIf you don't hear from me before the 4th of December, feel free to chase."
     "\n\nJane",
     date(2026, 12, 3)),
    ("background-then-offer", WED,
     "Hi Sam,\n\nGreat news: the panel would like to proceed. We'll run the background check "
     "over the next week and confirm a final decision by 2 December.\n\nJane",
     date(2026, 12, 2)),
    ("hr-payroll-by", WED,
     "Hi Sam,\n\nPlease send your bank details so payroll can set you up by 30 November.\n\n"
     "Jane",
     None),
    ("trial-week-dates", WED,
     "Hi Sam,\n\nYour trial week runs from 30 November to 4 December; we'll give you our "
     "answer at the end of it.\n\nJane",
     date(2026, 12, 4)),
    ("weekend-sent-next-week", "Sat, 21 Nov 2026 10:00:00 +0000",
     "Hi Sam,\n\nSorry for the weekend mail. We'll let you know next week.\n\nJane",
     date(2026, 11, 27)),
    ("two-business-days-wednesday-to-friday", WED,
     "Hi Sam,\n\nYou'll have an answer within 2 business days.\n\nJane",
     date(2026, 11, 20)),
    ("five-business-days-from-thursday", "Thu, 19 Nov 2026 09:00:00 +0000",
     "Hi Sam,\n\nWe'll come back to you within five business days.\n\nJane",
     date(2026, 11, 26)),
    ("date-us-slash", "Wed, 18 Nov 2026 09:00:00 -0500",
     "Hi Sam,\n\nWe'll reach out with next steps by 12/4.\n\nJane Doe\nAustin, TX 78701\n"
     "(512) 555-0100",
     date(2026, 12, 4)),
    ("date-long-weekday", WED,
     "Hello Sam,\n\nWe will inform you of our decision on or before Friday, the 4th of "
     "December 2026.\n\nRegards,\nJane",
     date(2026, 12, 4)),
    # --- German ---------------------------------------------------------------------------
    ("de-handwerk", WED,
     "Hallo Sam,\n\ndanke für den Probetag in der Werkstatt. Der Chef ist bis Freitag auf "
     "Montage, wir melden uns dann Anfang nächster Woche bei dir.\n\nGruß\nJana\n"
     "Tischlerei Weber GmbH",
     date(2026, 11, 25)),
    ("de-pflege-zwischen", WED,
     "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung. Die Vorstellungsgespräche "
     "finden vom 30.11. bis 2.12. statt; eine Rückmeldung erhalten Sie spätestens bis zum "
     "11.12.\n\nMit freundlichen Grüßen\nJana Schmidt\nPersonalabteilung",
     date(2026, 12, 11)),
    ("de-nicht-vor-jahresende", WED,
     "Hallo Sam,\n\neine Entscheidung wird es leider nicht vor Jahresende geben.\n\nGruß\nJana",
     None),
    ("de-kw-bereich", WED,
     "Hallo Sam,\n\nwir melden uns in KW 49 oder spätestens KW 50 bei dir.\n\nGruß\nJana",
     date(2026, 12, 11)),
    ("de-zwischen-den-jahren", DEC,
     "Hallo Sam,\n\nwir melden uns noch vor dem Jahreswechsel bei Ihnen.\n\nGruß\nJana",
     date(2026, 12, 31)),
    # --- French, Spanish, Dutch -----------------------------------------------------------
    ("fr-restauration", WED,
     "Bonjour Sam,\n\nMerci pour votre essai en cuisine samedi. Le chef rentre jeudi, nous "
     "reviendrons vers vous en début de semaine prochaine.\n\nCordialement,\nJeanne",
     date(2026, 11, 25)),
    ("fr-entre-le-et-le-mois", WED,
     "Bonjour Sam,\n\nLes résultats vous seront communiqués entre le 7 et le 11 décembre."
     "\n\nCordialement,\nJeanne",
     date(2026, 12, 11)),
    ("es-hosteleria", WED,
     "Hola Sam,\n\nGracias por venir a la prueba. El encargado vuelve el jueves y te diremos "
     "algo a principios de la semana que viene.\n\nUn saludo,\nJuana",
     date(2026, 11, 25)),
    ("es-del-al", WED,
     "Hola Sam,\n\nTe comunicaremos la decisión del 7 al 11 de diciembre.\n\nSaludos,\nJuana",
     date(2026, 12, 11)),
    ("nl-horeca", WED,
     "Hoi Sam,\n\nBedankt voor de proefdag. De chef is er donderdag weer, we laten je begin "
     "volgende week weten of het wat wordt.\n\nGroeten,\nJanneke",
     date(2026, 11, 25)),
    ("nl-tot-en-met", WED,
     "Hoi Sam,\n\nJe hoort van 7 t/m 11 december van ons.\n\nGroeten,\nJanneke",
     date(2026, 12, 11)),
]  # fmt: skip

# The third round's rules must leave these alone: a negation in another clause, a range or a
# half-month that is no promise, the season's holidays as the candidate's deadline.
GUARDS: list[tuple[str, str, str, date | None]] = [
    ("no-worries-comma-before", WED,
     "Hi Sam,\n\nNo worries at all, we'll get back to you before Friday.\n\nJane",
     date(2026, 11, 19)),
    ("no-worries-dash-before", WED,
     "Hi Sam,\n\nNo worries at all - we'll get back to you before Friday.\n\nJane",
     date(2026, 11, 19)),
    ("no-news-yet-and-before", WED,
     "Hi Sam,\n\nWe have no news yet and will let you know before Friday 27 November.\n\nJane",
     date(2026, 11, 26)),
    ("never-before-references-so", WED,
     "Hi Sam,\n\nWe never make offers before references are in, so expect our decision by "
     "4 December.\n\nJane",
     date(2026, 12, 4)),
    ("de-kein-problem-vor", WED,
     "Hallo Sam,\n\nkein Problem, wir melden uns vor Freitag.\n\nGruß\nJana",
     date(2026, 11, 19)),
    ("fr-pas-de-souci-avant", WED,
     "Bonjour Sam,\n\nPas de souci, nous reviendrons vers vous avant vendredi.\n\n"
     "Cordialement,\nJeanne",
     date(2026, 11, 19)),
    ("es-no-te-preocupes-antes", WED,
     "Hola Sam,\n\nNo te preocupes, te diremos algo antes del viernes.\n\nSaludos,\nJuana",
     date(2026, 11, 19)),
    ("nl-geen-probleem-voor", WED,
     "Hoi Sam,\n\nGeen probleem, we laten het je voor vrijdag weten.\n\nGroeten,\nJanneke",
     date(2026, 11, 19)),
    ("range-event-no-promise", WED,
     "Hi Sam,\n\nAssessment days are 7-11 December at our Leeds office.\n\nJane",
     None),
    ("range-training-and-promise", WED,
     "Hi Sam,\n\nThe induction course runs December 7-11; we'll let you know by 27 November "
     "whether you have a place.\n\nJane",
     date(2026, 11, 27)),
    ("range-then-after", WED,
     "Hi Sam,\n\nInterviews are 7-11 December and we'll be in touch soon after.\n\nJane",
     None),
    ("half-month-candidate", WED,
     "Hi Sam,\n\nPlease send your references in the first half of December.\n\nJane",
     None),
    ("half-month-start-and-promise", WED,
     "Hi Sam,\n\nThe role starts in the second half of January; we'll let you know by "
     "Friday.\n\nJane",
     date(2026, 11, 20)),
    ("holidays-candidate-deadline", WED,
     "Hi Sam,\n\nPlease return the signed forms before the holidays.\n\nJane",
     None),
    ("holidays-in-june", "Wed, 10 Jun 2026 09:00:00 +0000",
     "Hi Sam,\n\nWe'll get back to you before the holidays.\n\nJane",
     None),
    ("easter-too-far", WED,
     "Hi Sam,\n\nThe project starts after Easter; we'll let you know by Friday whether "
     "you're in.\n\nJane",
     date(2026, 11, 20)),
    ("ordinal-range-no-month", WED,
     "Hi Sam,\n\nWe'll be in touch between the 7th and the 11th.\n\nJane",
     date(2026, 12, 11)),
    ("wont-hear-before", WED,
     "Hi Sam,\n\nYou won't hear from us before Friday, as the panel meets on Thursday.\n\n"
     "Jane",
     None),
    ("in-case-dont-hear-before", WED,
     "Hi Sam,\n\nIn case you don't hear from us before the 4th, please give me a call.\n\n"
     "Jane",
     date(2026, 12, 3)),
    ("should-you-not-hear-before", WED,
     "Dear Sam,\n\nShould you not hear from us before 4 December, please assume that your "
     "application has been unsuccessful.\n\nRegards,\nJane",
     date(2026, 12, 3)),
    ("reason-after-promise", WED,
     "Hi Sam,\n\nWe'll let you know by Friday 27 November, as we interview the last "
     "candidate on Monday 23rd.\n\nJane",
     date(2026, 11, 27)),
    ("as-soon-as-then-day", WED,
     "Hi Sam,\n\nWe will get back to you, as soon as the panel has met, by Friday 27 "
     "November.\n\nJane",
     date(2026, 11, 27)),
    ("de-an-deren-ende", WED,
     "Hallo Sam,\n\ndie Probewoche läuft vom 30.11. bis 4.12., an deren Ende geben wir Ihnen "
     "Bescheid.\n\nGruß\nJana",
     date(2026, 12, 4)),
    ("end-of-it-no-day", WED,
     "Hi Sam,\n\nThe process has a few more steps; we'll be in touch at the end of it.\n\n"
     "Jane",
     None),
    ("de-candidate-must-decide", WED,
     "Hallo Sam,\n\nda Sie sich bis zum 25. November für das andere Angebot entscheiden "
     "müssen, beeilen wir uns.\n\nGruß\nJana",
     None),
    ("fr-candidate-must-decide", WED,
     "Bonjour Sam,\n\nComme vous devez décider avant le 25 novembre pour l'autre offre, nous "
     "accélérons le processus.\n\nJeanne",
     None),
    ("es-candidate-must-decide", WED,
     "Hola Sam,\n\nComo tienes que decidir antes del 25 de noviembre, vamos a acelerar el "
     "proceso.\n\nJuana",
     None),
    ("nl-candidate-must-decide", WED,
     "Hoi Sam,\n\nOmdat je voor 25 november moet beslissen over het andere aanbod, versnellen "
     "we het proces.\n\nJanneke",
     None),
    ("de-so-that-you-can-decide", WED,
     "Hallo Sam,\n\nwir melden uns bis Freitag, damit Sie sich rechtzeitig entscheiden können."
     "\n\nGruß\nJana",
     date(2026, 11, 20)),
    ("business-days-from-saturday", "Sat, 21 Nov 2026 10:00:00 +0000",
     "Hi Sam,\n\nWe'll reply within 3 business days.\n\nJane",
     date(2026, 11, 25)),
]  # fmt: skip

# Rough limits, the year's turn, quoted history in German and French, a candidate's step
# beside the employer's promise.
ROUGH: list[tuple[str, str, str, date | None]] = [
    ("friday-latest", WED,
     "Hi Sam,\n\nYou'll have our answer Friday latest.\n\nJane",
     date(2026, 11, 20)),
    ("cob-thursday", WED,
     "Hi Sam,\n\nWe'll come back to you COB Thursday.\n\nJane",
     date(2026, 11, 19)),
    ("first-thing-monday", WED,
     "Hi Sam,\n\nI'll call you first thing Monday with the decision.\n\nJane",
     date(2026, 11, 23)),
    ("by-the-1st", WED,
     "Hi Sam,\n\nWe'll let you know by the 1st.\n\nJane",
     date(2026, 12, 1)),
    ("ahead-of-weekend", WED,
     "Hi Sam,\n\nWe'll update you ahead of the weekend.\n\nJane",
     date(2026, 11, 20)),
    ("before-month-end", WED,
     "Hi Sam,\n\nWe'll be in touch before month end.\n\nJane",
     date(2026, 11, 30)),
    ("7-10-days", WED,
     "Hi Sam,\n\nYou'll hear from us over the next 7-10 days.\n\nJane",
     date(2026, 11, 28)),
    ("7-to-10-working-days", WED,
     "Hi Sam,\n\nWe'll respond in 7 to 10 working days.\n\nJane",
     date(2026, 12, 2)),
    ("2-3-business-days", FRI,
     "Hi Sam,\n\nExpect to hear from us in 2-3 business days.\n\nJane",
     date(2026, 11, 25)),
    ("couple-of-weeks", WED,
     "Hi Sam,\n\nWe'll get back to you in a couple of weeks.\n\nJane",
     date(2026, 12, 2)),
    ("next-week-or-so", WED,
     "Hi Sam,\n\nWe'll let you know within the next week or so.\n\nJane",
     date(2026, 11, 25)),
    ("mid-month", WED,
     "Hi Sam,\n\nWe'll decide by mid-December.\n\nJane",
     date(2026, 12, 15)),
    ("mid-next-month", WED,
     "Hi Sam,\n\nWe'll decide by the middle of next month.\n\nJane",
     date(2026, 12, 15)),
    ("early-january", DEC,
     "Hi Sam,\n\nWe'll come back to you in early January.\n\nJane",
     date(2027, 1, 10)),
    ("by-new-year", DEC,
     "Hi Sam,\n\nWe'll let you know by New Year.\n\nJane",
     date(2027, 1, 1)),
    ("before-new-years-eve", DEC,
     "Hi Sam,\n\nWe'll let you know before New Year's Eve.\n\nJane",
     date(2026, 12, 30)),
    ("de-anfang-januar", DEC,
     "Hallo Sam,\n\nwir melden uns Anfang Januar bei Ihnen.\n\nGruß\nJana",
     date(2027, 1, 10)),
    ("de-nach-neujahr", DEC,
     "Hallo Sam,\n\nwir melden uns nach Neujahr.\n\nGruß\nJana",
     None),
    ("de-spaetestens-freitag", WED,
     "Hallo Sam,\n\nSie hören spätestens Freitag von uns.\n\nGruß\nJana",
     date(2026, 11, 20)),
    ("de-uraltquote", WED,
     "Hallo Sam,\n\ndanke, Unterlagen sind angekommen.\n\nGruß\nJana\n\n"
     "-----Ursprüngliche Nachricht-----\nVon: Jana Schmidt <jana@acme.example>\n"
     "Gesendet: Montag, 16. November 2026 10:00\nAn: Sam\nBetreff: Bewerbung\n\nWir "
     "melden uns bis zum 27. November.\n",
     None),
    ("fr-quote-new-date", WED,
     "Bonjour Sam,\n\nLe comité a été décalé : nous reviendrons vers vous d'ici le "
     "4 décembre.\n\nJeanne\n\nLe lun. 16 nov. 2026 à 10:00, Jeanne "
     "<j@acme.example> a écrit :\n> Nous reviendrons vers vous d'ici le 27 "
     "novembre.\n",
     date(2026, 12, 4)),
    ("fr-debut-janvier", DEC,
     "Bonjour Sam,\n\nNous reviendrons vers vous début janvier.\n\nJeanne",
     date(2027, 1, 10)),
    ("es-principios-enero", DEC,
     "Hola Sam,\n\nTe diremos algo a principios de enero.\n\nJuana",
     date(2027, 1, 10)),
    ("nl-begin-januari", DEC,
     "Hoi Sam,\n\nWe laten je begin januari weten hoe het zit.\n\nJanneke",
     date(2027, 1, 10)),
    ("nl-uiterlijk-vrijdag", WED,
     "Hoi Sam,\n\nJe hoort uiterlijk vrijdag van ons.\n\nJanneke",
     date(2026, 11, 20)),
    ("candidate-quoted-promise", WED,
     "Hi Sam,\n\nSounds good, thanks.\n\nJane\n\nOn Tue, 17 Nov 2026 at 18:00, Sam "
     "<sam@example.org> wrote:\n> I'll send my references by Friday.\n",
     None),
    ("employer-restates-candidate", WED,
     "Hi Sam,\n\nThanks, I'll look out for your references by Friday. Our decision "
     "will follow by 4 December.\n\nJane",
     date(2026, 12, 4)),
    ("if-by-friday-then", WED,
     "Hi Sam,\n\nIf we receive your references by Friday, we can give you a final "
     "answer by Wednesday 25th.\n\nJane",
     date(2026, 11, 25)),
    ("we-cant-say-until", WED,
     "Hi Sam,\n\nWe won't be able to confirm anything until the budget is signed "
     "off on 1 December, but we'll update you then.\n\nJane",
     date(2026, 12, 1)),
]  # fmt: skip

# Registers and idioms: Indian English 'intimate you', US 'end of business', late and later
# in a month, and the rough weeks of German, French, Spanish and Dutch.
IDIOMS: list[tuple[str, str, str, date | None]] = [
    ("in-intimate", WED,
     "Dear Sam,\n\nWe will intimate you about the result by 25th Nov.\n\nRegards,\n"
     "HR",
     date(2026, 11, 25)),
    ("in-revert-eod-tomorrow", WED,
     "Hi Sam,\n\nWill revert by EOD tomorrow.\n\nRegards,\nPriya",
     date(2026, 11, 19)),
    ("us-end-of-business-thursday", WED,
     "Hi Sam,\n\nWe'll have an answer for you by end of business Thursday.\n\nJane",
     date(2026, 11, 19)),
    ("later-this-month", WED,
     "Hi Sam,\n\nWe'll make a decision later this month.\n\nJane",
     date(2026, 11, 30)),
    ("late-december", WED,
     "Hi Sam,\n\nWe expect to finalise the shortlist in late December and will let "
     "you know then.\n\nJane",
     date(2026, 12, 31)),
    ("de-ende-kommender-woche", WED,
     "Hallo Sam,\n\nwir melden uns Ende kommender Woche.\n\nJana",
     date(2026, 11, 27)),
    ("de-spaetestens-mittwoch-naechster-woche", WED,
     "Hallo Sam,\n\nSie hören bis spätestens Mittwoch nächster Woche von uns.\n\n"
     "Jana",
     date(2026, 11, 25)),
    ("de-in-zwei-wochen", WED,
     "Hallo Sam,\n\nin etwa zwei Wochen bekommen Sie eine Antwort von uns.\n\nJana",
     date(2026, 12, 2)),
    ("de-ende-des-jahres-nicht", WED,
     "Hallo Sam,\n\nbitte schicken Sie uns die Unterlagen noch vor Jahresende.\n\n"
     "Jana",
     None),
    ("fr-quinze-jours", WED,
     "Bonjour Sam,\n\nNous vous répondrons d'ici quinze jours.\n\nJeanne",
     date(2026, 12, 3)),
    ("fr-fin-de-semaine-prochaine-en", WED,
     "Bonjour Sam,\n\nNous reviendrons vers vous en fin de semaine prochaine.\n\n"
     "Jeanne",
     date(2026, 11, 27)),
    ("fr-courant-semaine-prochaine", WED,
     "Bonjour Sam,\n\nNous vous donnerons une réponse dans le courant de la semaine "
     "prochaine.\n\nJeanne",
     date(2026, 11, 27)),
    ("es-lunes-a-mas-tardar", WED,
     "Hola Sam,\n\nTe contestamos el lunes a más tardar.\n\nJuana",
     date(2026, 11, 23)),
    ("es-proxima-semana-finales", WED,
     "Hola Sam,\n\nTe daremos una respuesta a finales de la próxima semana.\n\nJuana",
     date(2026, 11, 27)),
    ("es-quince-dias", WED,
     "Hola Sam,\n\nTe responderemos en un plazo de quince días.\n\nJuana",
     date(2026, 12, 3)),
    ("nl-over-twee-weken", WED,
     "Hoi Sam,\n\nOver twee weken laten we je weten of je door bent.\n\nJanneke",
     date(2026, 12, 2)),
    ("nl-deze-week-nog", WED,
     "Hoi Sam,\n\nJe hoort deze week nog van ons.\n\nJanneke",
     date(2026, 11, 20)),
    ("nl-halverwege-volgende-week", WED,
     "Hoi Sam,\n\nWe laten het je halverwege volgende week weten.\n\nJanneke",
     date(2026, 11, 25)),
    ("nl-uiterlijk-4-12", WED,
     "Beste Sam,\n\nWij laten u uiterlijk 4-12 weten of u door bent.\n\nJanneke",
     date(2026, 12, 4)),
    ("nl-halverwege-december", WED,
     "Hoi Sam,\n\nWe laten het je halverwege december weten.\n\nJanneke",
     date(2026, 12, 15)),
    ("nl-midden-december", WED,
     "Hoi Sam,\n\nJe hoort midden december van ons.\n\nJanneke",
     date(2026, 12, 15)),
    ("nl-halverwege-volgende-maand", WED,
     "Hoi Sam,\n\nWe laten het je halverwege volgende maand weten.\n\nJanneke",
     date(2026, 12, 15)),
]  # fmt: skip
