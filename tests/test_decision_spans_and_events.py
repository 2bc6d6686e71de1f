"""decision_by on spans and events worded afresh, not from any dev set (CONTRACT.md: "the last
day by which the employer said it would decide or get back"), in English, German, French,
Spanish and Dutch, every mail sent on Wednesday 18 November 2026:

- spans counted from the mail's day ("binnen twee weken", "dans les quinze jours", "10 business
  days", "within three weeks at the latest", "la semana que viene", "Ende nächster Woche",
  "in the course of the next three weeks", "by month-end", "by the 4th");
- spans counted from a day the mail names for something else, in the same sentence or the one
  before: "the day after", "le lendemain", "al día siguiente", "de dag erna", "eine Woche
  danach", "one week after the interview", "by the end of the week after your onsite",
  "within two working days of that", "the Friday after";
- ranges give their later end;
- days that are no promise: the candidate's deadlines (documents, an offer's acceptance, a
  slot to book, feedback to request), start days, closing dates, appeal and reapply windows,
  out-of-office returns, a promise only in quoted history, and one counted from an interview
  not yet fixed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.dates.decision import find_decision_by
from classifymail import ME, mail

SENT = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)  # a Wednesday

FROM_THE_MAILS_DAY = [
    ("We'll get back to you within three weeks at the latest.", date(2026, 12, 9)),
    ("Binnen twee weken hoor je van ons.", date(2026, 12, 2)),
    ("Nous reviendrons vers vous dans les quinze jours.", date(2026, 12, 3)),
    ("You'll hear back within 10 business days.", date(2026, 12, 2)),
    ("Te contestaremos la semana que viene.", date(2026, 11, 27)),
    ("Wir melden uns Ende nächster Woche.", date(2026, 11, 27)),
    ("We expect to get back to you in about 3 weeks.", date(2026, 12, 9)),
    ("We hope to come back to you within the next 7-10 days.", date(2026, 11, 28)),
    ("Wir melden uns in ein bis zwei Wochen.", date(2026, 12, 2)),
    ("Nous reviendrons vers vous d'ici deux à trois semaines.", date(2026, 12, 9)),
    ("Te responderemos en 2-3 semanas.", date(2026, 12, 9)),
    ("We laten binnen 5 à 10 werkdagen iets weten.", date(2026, 12, 2)),
    ("We'll come back to you by month-end.", date(2026, 11, 30)),
    ("We laten eind deze maand iets weten.", date(2026, 11, 30)),
    ("We'll be in touch in the next 10 days.", date(2026, 11, 28)),
    ("We'll let you know by the 4th.", date(2026, 12, 4)),
    ("Te diremos algo antes del viernes 4 de diciembre.", date(2026, 12, 3)),
    ("Te diremos algo antes del viernes 4.", date(2026, 12, 3)),
    ("Je hoort uiterlijk vrijdag 4 december van ons.", date(2026, 12, 4)),
    ("We'll be in touch within the next fortnight.", date(2026, 12, 2)),
    ("We'll let you know within a month.", date(2026, 12, 18)),
    ("We should have an answer for you in 2 weeks or so.", date(2026, 12, 2)),
    ("Wir melden uns binnen 14 Tagen.", date(2026, 12, 2)),
    (
        "Vous aurez une réponse d'ici la fin de la semaine prochaine au plus tard.",
        date(2026, 11, 27),
    ),
    ("Le daremos una respuesta en un plazo máximo de 15 días.", date(2026, 12, 3)),
    ("Nous vous recontacterons sous 48 heures.", date(2026, 11, 20)),
    ("Wir melden uns innerhalb der nächsten 10 Arbeitstage.", date(2026, 12, 2)),
    ("We'll get back to you before the end of next week.", date(2026, 11, 27)),
    ("Expect our decision by the end of the first week of December.", date(2026, 12, 4)),
    ("We'll circle back by mid-December.", date(2026, 12, 15)),
    ("I'll let you know by Monday latest.", date(2026, 11, 23)),
    ("Decision expected by end of next week.", date(2026, 11, 27)),
    ("You'll hear from us no later than 2 December.", date(2026, 12, 2)),
    ("Uiterlijk 1 december krijg je uitsluitsel.", date(2026, 12, 1)),
    ("Wir geben Ihnen bis spätestens 3. Dezember Bescheid.", date(2026, 12, 3)),
    ("Nous vous donnerons notre réponse au plus tard le 3 décembre.", date(2026, 12, 3)),
    ("Te confirmaremos la decisión a más tardar el 3 de diciembre.", date(2026, 12, 3)),
    ("I'll ping you by Tuesday.", date(2026, 11, 24)),
    ("I'll drop you a line by Friday.", date(2026, 11, 20)),
    ("I'll give you a call on Monday to let you know.", date(2026, 11, 23)),
    ("I'm hoping to have an update for you by Weds.", date(2026, 11, 25)),
    ("We'll get back to you w/c 30th Nov.", date(2026, 12, 4)),
    ("Should have news for you by the 1st.", date(2026, 12, 1)),
    ("We'll let you know by Dec 4th.", date(2026, 12, 4)),
    ("Expect an update from us around the 27th.", date(2026, 11, 27)),
    ("I'll follow up next Tuesday.", date(2026, 11, 24)),
    ("I'll get back to you in a couple of weeks.", date(2026, 12, 2)),
    ("Wir melden uns bis spätestens Mittwoch, den 25.11.", date(2026, 11, 25)),
    ("Sie bekommen von uns bis Ende November eine Rückmeldung.", date(2026, 11, 30)),
    ("Rechnen Sie mit einer Rückmeldung in etwa drei Wochen.", date(2026, 12, 9)),
    ("Wir melden uns Anfang Dezember.", date(2026, 12, 10)),
    (
        "Eine Rückmeldung erhalten Sie voraussichtlich in der ersten Dezemberwoche.",
        date(2026, 12, 4),
    ),
    ("Nous vous tiendrons au courant d'ici le 4 décembre.", date(2026, 12, 4)),
    ("Vous recevrez une réponse dans un délai de trois semaines.", date(2026, 12, 9)),
    ("Nous reviendrons vers vous courant de semaine prochaine.", date(2026, 11, 27)),
    ("Nous vous recontacterons début décembre.", date(2026, 12, 10)),
    ("Je vous rappelle jeudi.", date(2026, 11, 19)),
    ("Te diremos algo la semana que viene.", date(2026, 11, 27)),
    ("Te contactaremos en el transcurso de las próximas tres semanas.", date(2026, 12, 9)),
    ("Recibirás noticias nuestras antes de final de mes.", date(2026, 11, 30)),
    ("Te llamo el lunes para contarte.", date(2026, 11, 23)),
    ("Te responderemos como máximo en 10 días hábiles.", date(2026, 12, 2)),
    ("We laten het je binnen drie weken weten.", date(2026, 12, 9)),
    ("Je hoort uiterlijk eind deze maand van ons.", date(2026, 11, 30)),
    ("Vóór 4 december laten we je weten of je door bent.", date(2026, 12, 3)),
    ("We bellen je maandag.", date(2026, 11, 23)),
    ("Begin december hoor je van ons.", date(2026, 12, 10)),
    ("Within ten working days you will receive our answer.", date(2026, 12, 2)),
    ("Innerhalb von drei Wochen erhalten Sie unsere Entscheidung.", date(2026, 12, 9)),
    (
        "Dans un délai de dix jours ouvrés, nous vous ferons part de notre décision.",
        date(2026, 12, 2),
    ),
]

FROM_A_NAMED_DAY = [
    ("We meet on Wednesday 25 November. I'll ring you the day after.", date(2026, 11, 26)),
    (
        (
            "Your interview is on Monday 23 November, and we'll let you know one week after the "
            "interview."
        ),
        date(2026, 11, 30),
    ),
    (
        (
            "Your onsite is on Tuesday 1 December. We'll get back to you by the end of the week "
            "after your onsite."
        ),
        date(2026, 12, 11),
    ),
    (
        "The panel sits on Monday 30 November and we'll call you the Friday after.",
        date(2026, 12, 4),
    ),
    (
        "Final interviews are on 24 and 25 November; we'll make our decision the following week.",
        date(2026, 12, 4),
    ),
    (
        "Die Gespräche finden am 24. und 25. November statt; wir melden uns in der Woche danach.",
        date(2026, 12, 4),
    ),
    (
        "Les entretiens ont lieu le 25 novembre ; nous vous rappellerons le lendemain.",
        date(2026, 11, 26),
    ),
    (
        "La entrevista final es el lunes 30 de noviembre y te llamaremos al día siguiente.",
        date(2026, 12, 1),
    ),
    ("Het gesprek is op maandag 30 november; de dag erna bellen we je.", date(2026, 12, 1)),
    (
        (
            "We interview on Thursday 26 November and aim to let you know within two working "
            "days of that."
        ),
        date(2026, 11, 30),
    ),
    (
        "Your interview is on 24 November. We'll let you know within a week of it.",
        date(2026, 12, 1),
    ),
    ("The committee meets on 1 December; we'll write to you the following day.", date(2026, 12, 2)),
    (
        "We plan to finish interviews by 27 November and make offers the following week.",
        date(2026, 12, 4),
    ),
    (
        (
            "Your interview is on Tuesday 24 November. We'll be in touch within 3 working days "
            "after your interview."
        ),
        date(2026, 11, 27),
    ),
    (
        (
            "Ihr Vorstellungsgespräch ist am Dienstag, 24.11. Eine Woche nach dem Gespräch "
            "melden wir uns."
        ),
        date(2026, 12, 1),
    ),
]

RANGES = [
    ("We'll get back to you between 1 and 4 December.", date(2026, 12, 4)),
    ("You'll hear from us between Monday and Wednesday next week.", date(2026, 11, 25)),
    ("We aim to let you know on 3 or 4 December.", date(2026, 12, 4)),
    ("Wir melden uns zwischen dem 1. und 4. Dezember.", date(2026, 12, 4)),
    ("Nous reviendrons vers vous entre le 1er et le 4 décembre.", date(2026, 12, 4)),
    ("Te avisaremos entre el 1 y el 4 de diciembre.", date(2026, 12, 4)),
    ("We laten tussen 1 en 4 december iets weten.", date(2026, 12, 4)),
    ("We'll be in touch Thursday or Friday.", date(2026, 11, 20)),
    ("Expect to hear from us 30 Nov - 4 Dec.", date(2026, 12, 4)),
    ("We'll let you know by the 3rd or 4th of December.", date(2026, 12, 4)),
]

NO_PROMISE = [
    "Please send your documents within two weeks.",
    "Please accept the offer within 5 working days.",
    "This offer is valid until 4 December.",
    "Please book a slot by Friday using the link below.",
    "Your start date would be 1 December.",
    "Applications close on 30 November.",
    "If you'd like feedback, please request it within 14 days.",
    "You're welcome to reapply in 6 months.",
    "The offer stands until Friday 27 November.",
    "Please pick an interview slot before the end of the week.",
    "Your first day will be Monday 7 December.",
    "The role is open until the end of the month.",
    "You may reapply after 6 months.",
    "Wir freuen uns, Sie ab dem 1. Dezember in unserem Team zu begrüßen.",
    "Sie haben die Möglichkeit, innerhalb von 14 Tagen Feedback anzufordern.",
    "Bitte senden Sie uns Ihre Unterlagen innerhalb von zwei Wochen zu.",
    "Merci de nous retourner la promesse d'embauche signée sous huit jours.",
    "Merci de réserver un créneau d'ici vendredi.",
    "Tienes hasta el viernes para aceptar la oferta.",
    "El plazo de inscripción termina el 30 de noviembre.",
    "Je kunt tot 30 november reageren op deze vacature.",
    "De vacature sluit op 30 november.",
    "Please complete the assessment within 72 hours.",
    "We'll get back to you within a week of your interview; we'll send interview times shortly.",
    "The interviews will take place next week.",
    "I'm out of office until 23 November and will reply when I'm back.",
    "We'd love you to start on Monday 4 January.",
    "The offer letter needs to be signed and returned by 27 November.",
    "Kindly let us know your decision on the offer within one week.",
    "Please get back to us by Friday with your notice period.",
    "Could you let me know your availability by end of day tomorrow?",
    "We'd need your answer by Monday.",
    "Wir benötigen Ihre Zusage bis zum 27.11.",
    "Nous aurions besoin de votre réponse avant vendredi.",
    "Necesitamos tu respuesta antes del viernes.",
    "We hebben je reactie uiterlijk vrijdag nodig.",
    "The posting will close at the end of next week.",
    "You can appeal within 10 working days.",
    "Feel free to reapply in the new year.",
]


@pytest.mark.parametrize(("text", "day"), FROM_THE_MAILS_DAY)
def test_a_span_counted_from_the_mails_day(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


@pytest.mark.parametrize(("text", "day"), FROM_A_NAMED_DAY)
def test_a_span_counted_from_a_day_the_mail_names(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


@pytest.mark.parametrize(("text", "day"), RANGES)
def test_a_range_gives_its_later_end(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


@pytest.mark.parametrize("text", NO_PROMISE)
def test_a_day_that_is_no_promise(text: str) -> None:
    assert find_decision_by(text, SENT) is None


# Whole mails, read by classify: the kind must allow a timeline and the promise must be found
# among greetings, signatures and other days.
MAILS = [
    (
        "fixed-onsite",
        (
            "Hi Sam,\n"
            "\n"
            "Thanks for your time on the phone yesterday. I've booked your onsite with the "
            "platform team for Tuesday 1 December, 10:00-14:00, at our Leeds office.\n"
            "\n"
            "We'll get back to you by the end of the week after your onsite, whichever way it "
            "goes.\n"
            "\n"
            "Best,\n"
            "Priya Shah\n"
            "Talent Partner, Northgate Systems"
        ),
        date(2026, 12, 11),
    ),
    (
        "ring-day-after",
        (
            "Hi Sam,\n"
            "\n"
            "Quick update on the Warehouse Supervisor role: the hiring panel meets on Wednesday "
            "25 November to compare notes on everyone we saw.\n"
            "\n"
            "I'll ring you the day after to let you know where you stand.\n"
            "\n"
            "Cheers,\n"
            "Dave\n"
            "Ops Manager, Brookfield Logistics"
        ),
        date(2026, 11, 26),
    ),
    (
        "de-woche-nach",
        (
            "Hallo Sam,\n"
            "\n"
            "vielen Dank für das nette Gespräch. Wir führen noch zwei Gespräche am Montag, den "
            "30. November.\n"
            "\n"
            "Eine Woche danach melden wir uns bei Ihnen mit einer Entscheidung.\n"
            "\n"
            "Viele Grüße\n"
            "Katrin Vogel\n"
            "Personalabteilung, Hansewerk GmbH"
        ),
        date(2026, 12, 7),
    ),
    (
        "fr-lendemain",
        (
            "Bonjour Sam,\n"
            "\n"
            "Merci encore pour votre disponibilité. Le comité de recrutement se réunit le jeudi "
            "26 novembre.\n"
            "\n"
            "Je vous appellerai le lendemain pour vous faire part de sa décision.\n"
            "\n"
            "Bien cordialement,\n"
            "Claire Dumas\n"
            "Responsable RH, Atelier Lumen"
        ),
        date(2026, 11, 27),
    ),
    (
        "es-dia-siguiente",
        (
            "Hola Sam,\n"
            "\n"
            "Gracias por tu tiempo ayer. Esta semana terminamos las entrevistas; la última es el "
            "viernes 20 de noviembre.\n"
            "\n"
            "Te llamaremos al día siguiente hábil para darte una respuesta.\n"
            "\n"
            "Un saludo,\n"
            "Lucía Ortega\n"
            "Selección, Rutas Verdes"
        ),
        date(2026, 11, 23),
    ),
    (
        "nl-dag-erna",
        (
            "Hoi Sam,\n"
            "\n"
            "Bedankt voor je komst. Het team bespreekt de kandidaten op maandag 30 november.\n"
            "\n"
            "De dag erna bel ik je om te laten weten hoe het zit.\n"
            "\n"
            "Groet,\n"
            "Joris de Wit\n"
            "Recruiter, Polderbouw"
        ),
        date(2026, 12, 1),
    ),
    (
        "interview-not-fixed",
        (
            "Hi Sam,\n"
            "\n"
            "Thanks for applying for the Junior Accountant role. We'd like to invite you to a "
            "first interview; I'll send over some times shortly.\n"
            "\n"
            "We aim to give everyone a decision within a week of their interview.\n"
            "\n"
            "Kind regards,\n"
            "Hannah Lee\n"
            "HR Officer, Fenwick & Cole"
        ),
        None,
    ),
    (
        "candidate-deadlines",
        (
            "Dear Sam,\n"
            "\n"
            "Thank you for your interest in the Care Assistant position at Meadowview Care.\n"
            "\n"
            "To progress your application, please send us copies of your right-to-work documents "
            "and two references within the next 10 days. You can also book your DBS check "
            "appointment by Friday 27 November using the link in the portal.\n"
            "\n"
            "Kind regards,\n"
            "Recruitment Team\n"
            "Meadowview Care"
        ),
        None,
    ),
    (
        "offer-accept-by",
        (
            "Hi Sam,\n"
            "\n"
            "I'm delighted to offer you the role of Data Engineer at Brightloop, starting on "
            "Monday 4 January 2027.\n"
            "\n"
            "The offer is open until Friday 27 November; please let me know your decision by "
            "then. Your contract will follow within five working days of your acceptance.\n"
            "\n"
            "Best,\n"
            "Priya"
        ),
        None,
    ),
    (
        "start-date-only",
        (
            "Hi Sam,\n"
            "\n"
            "Great news - the team loved meeting you. Your first day will be Monday 7 December "
            "and your induction runs all that week.\n"
            "\n"
            "See you soon,\n"
            "Mark\n"
            "Store Manager, Greenleaf Grocers"
        ),
        None,
    ),
    (
        "reapply-window",
        (
            "Dear Sam,\n"
            "\n"
            "Thank you for your application for the Graduate Engineer programme. Unfortunately "
            "we will not be progressing your application on this occasion.\n"
            "\n"
            "If you would like feedback, please request it within 14 days of this email. You are "
            "welcome to reapply in 6 months.\n"
            "\n"
            "Kind regards,\n"
            "Graduate Recruitment, Tideway Engineering"
        ),
        None,
    ),
    (
        "quoted-only",
        (
            "Thanks Sam, received - speak soon.\n"
            "\n"
            "Jane\n"
            "\n"
            "On Mon, 16 Nov 2026 at 09:00, Jane Doe <jane.doe@acme.example> wrote:\n"
            "> Dear Sam,\n"
            "> We will let you know our decision by Friday 27 November.\n"
            "> Best,\n"
            "> Jane\n"
        ),
        None,
    ),
    (
        "range-later-end",
        (
            "Hi Sam,\n"
            "\n"
            "Thanks for coming in on Monday. We're still seeing a couple of people this week, so "
            "realistically you'll hear from us between 1 and 4 December.\n"
            "\n"
            "All the best,\n"
            "Tom\n"
            "Head of Engineering, Quarry Labs"
        ),
        date(2026, 12, 4),
    ),
    (
        "es-antes-viernes-4",
        (
            "Hola Sam:\n"
            "\n"
            "Gracias por participar en el proceso para el puesto de Técnica de Laboratorio. "
            "Estamos terminando las entrevistas y te daremos una respuesta antes del viernes 4 "
            "de diciembre.\n"
            "\n"
            "Saludos,\n"
            "Marta Gil\n"
            "RR. HH., BioNorte"
        ),
        date(2026, 12, 3),
    ),
    (
        "nl-uiterlijk",
        (
            "Beste Sam,\n"
            "\n"
            "Dank voor het prettige gesprek van gisteren. We spreken deze week nog twee "
            "kandidaten en laten je uiterlijk vrijdag 4 december weten of je doorgaat naar de "
            "tweede ronde.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Annelies Bakker\n"
            "HR-adviseur, Zeeland Zorg"
        ),
        date(2026, 12, 4),
    ),
    (
        "by-the-4th",
        (
            "Hi Sam,\n"
            "\n"
            "The panel wants to see one more candidate next week, so we'll let you know by the "
            "4th.\n"
            "\n"
            "Thanks for your patience,\n"
            "Ellen\n"
            "Recruitment, Harbour Arts Trust"
        ),
        date(2026, 12, 4),
    ),
    (
        "month-end",
        (
            "Hi Sam,\n"
            "\n"
            "Thanks for your patience. Sign-off for the role sits with our CFO, who's "
            "travelling, so we'll come back to you by month-end.\n"
            "\n"
            "Regards,\n"
            "Omar\n"
            "Finance Director, Kestrel Freight"
        ),
        date(2026, 11, 30),
    ),
    (
        "nl-eind-deze-maand",
        (
            "Hoi Sam,\n"
            "\n"
            "Leuk dat je langs bent geweest. We nemen eind deze maand een besluit en laten het "
            "je dan meteen weten.\n"
            "\n"
            "Groetjes,\n"
            "Fleur\n"
            "Teamleider, Bakkerij Van Dam"
        ),
        date(2026, 11, 30),
    ),
    (
        "ooo-return",
        (
            "Hello,\n"
            "\n"
            "I'm out of the office until Monday 30 November with limited access to email. I'll "
            "respond to your message when I'm back.\n"
            "\n"
            "Kind regards,\n"
            "Jane"
        ),
        None,
    ),
    (
        "ooo-return-de",
        (
            "Guten Tag,\n"
            "\n"
            "ich bin bis einschließlich 27.11. nicht im Büro und melde mich nach meiner Rückkehr "
            "bei Ihnen.\n"
            "\n"
            "Viele Grüße\n"
            "Katrin Vogel"
        ),
        None,
    ),
    (
        "posting-closing",
        (
            "Hi Sam,\n"
            "\n"
            "Thanks for reaching out about the Barista role. The advert closes on 30 November "
            "and we'll be interviewing in the first week of December. We'll get back to everyone "
            "who applied within two weeks of the closing date.\n"
            "\n"
            "Thanks,\n"
            "Zoe\n"
            "Manager, Bean & Leaf"
        ),
        date(2026, 12, 14),
    ),
    (
        "ten-business",
        (
            "Hi Sam,\n"
            "\n"
            "Thanks for completing the technical exercise. Our engineers will review it and "
            "you'll hear back within 10 business days.\n"
            "\n"
            "Best,\n"
            "Recruiting, Lumacore"
        ),
        date(2026, 12, 2),
    ),
    (
        "three-weeks-latest",
        (
            "Dear Sam,\n"
            "\n"
            "Thank you for attending the assessment centre. Due to the volume of candidates, we "
            "will write to you within three weeks at the latest.\n"
            "\n"
            "Yours sincerely,\n"
            "Resourcing Team, County Council"
        ),
        date(2026, 12, 9),
    ),
    (
        "fr-quinze",
        (
            "Bonjour Sam,\n"
            "\n"
            "Merci pour votre candidature au poste de comptable. Nous étudions actuellement les "
            "dossiers et reviendrons vers vous dans les quinze jours.\n"
            "\n"
            "Cordialement,\n"
            "Service RH, Groupe Verdier"
        ),
        date(2026, 12, 3),
    ),
    (
        "es-semana-que-viene",
        (
            "Hola Sam,\n"
            "\n"
            "¡Gracias por venir a la entrevista! Vamos a hablar con el resto del equipo y te "
            "decimos algo la semana que viene.\n"
            "\n"
            "Un abrazo,\n"
            "Pablo\n"
            "Cocina Central"
        ),
        date(2026, 11, 27),
    ),
    (
        "de-ende-naechster",
        (
            "Hallo Sam,\n"
            "\n"
            "danke für deine Zeit heute. Wir sprechen noch mit zwei Kandidaten und melden uns "
            "Ende nächster Woche bei dir.\n"
            "\n"
            "Beste Grüße\n"
            "Jonas\n"
            "Teamlead, Spreeware"
        ),
        date(2026, 11, 27),
    ),
    (
        "nl-binnen-twee",
        (
            "Beste Sam,\n"
            "\n"
            "Bedankt voor je sollicitatie als verpleegkundige. Binnen twee weken hoor je van ons "
            "of we je uitnodigen voor een gesprek.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Afdeling HR, Maasziekenhuis"
        ),
        date(2026, 12, 2),
    ),
    (
        "interview-and-decision-same",
        (
            "Hi Sam,\n"
            "\n"
            "Your interview is confirmed for Thursday 26 November at 2pm with Ravi and me. We "
            "aim to let you know the outcome within two working days of that.\n"
            "\n"
            "Best,\n"
            "Sara\n"
            "Hiring Manager, Orbit Analytics"
        ),
        date(2026, 11, 30),
    ),
    (
        "friday-after",
        (
            "Hi Sam,\n"
            "\n"
            "Thanks again. The panel sits on Monday 30 November and I'll call you the Friday "
            "after with the outcome.\n"
            "\n"
            "Best,\n"
            "Gill\n"
            "Practice Manager, Riverside Dental"
        ),
        date(2026, 12, 4),
    ),
    (
        "in-the-next-10-days",
        (
            "Hi Sam,\n"
            "\n"
            "We're wrapping up first-round calls now. You'll hear from us in the next 10 days "
            "either way.\n"
            "\n"
            "Thanks,\n"
            "Hiring team at Canopy"
        ),
        date(2026, 11, 28),
    ),
]


@pytest.mark.parametrize(("name", "body", "day"), MAILS, ids=[m[0] for m in MAILS])
def test_whole_mails(name: str, body: str, day: date | None) -> None:
    raw = mail(body, subject="Re: your application", date_="Wed, 18 Nov 2026 09:30:00 +0000")
    assert classify(parse_message(raw), me=(ME,)).decision_by == day


# The time the employer asks for, a count from today without "within", silence counted as a
# span, and more ways of saying it will be back.
ASKED_FOR_TIME = [
    ("Please allow up to 10 working days for a response.", date(2026, 12, 2)),
    ("Please allow 5-7 business days for us to review your application.", date(2026, 11, 27)),
    (
        "Due to high volumes, it may take up to three weeks for us to get back to you.",
        date(2026, 12, 9),
    ),
    ("Bitte rechnen Sie mit einer Rückmeldung innerhalb von zwei Wochen.", date(2026, 12, 2)),
    ("Expect a response no later than 10 working days from today.", date(2026, 12, 2)),
    (
        "If you haven't heard within 4 weeks, please assume you've been unsuccessful.",
        date(2026, 12, 16),
    ),
    (
        "Wenn Sie innerhalb von vier Wochen nichts von uns hören, ist die Stelle anderweitig "
        "besetzt.",
        date(2026, 12, 16),
    ),
    ("Als je binnen drie weken niets van ons hoort, ben je helaas niet door.", date(2026, 12, 9)),
    ("Hopefully we'll have news by Wednesday.", date(2026, 11, 25)),
    ("We will write to you within three weeks.", date(2026, 12, 9)),
    ("I'll follow up next Tuesday.", date(2026, 11, 24)),
    ("Nous reviendrons vers vous au cours des deux prochaines semaines.", date(2026, 12, 2)),
    ("Wir melden uns im Laufe der nächsten zwei Wochen.", date(2026, 12, 2)),
    (
        "Interviews are on 30 November and 1 December. Successful candidates will be contacted "
        "a week later.",
        date(2026, 12, 8),
    ),
    ("Ich melde mich am Tag nach dem Gespräch am 26.11. bei Ihnen.", date(2026, 11, 27)),
    ("Nous reviendrons vers vous deux jours après l'entretien du 26 novembre.", date(2026, 11, 28)),
    ("Te escribiremos una semana después de la entrevista del 26 de noviembre.", date(2026, 12, 3)),
    (
        "We laten je een week na het gesprek van 26 november weten of je door bent.",
        date(2026, 12, 3),
    ),
    ("We'll get back to you the day after tomorrow.", date(2026, 11, 20)),
]


@pytest.mark.parametrize(("text", "day"), ASKED_FOR_TIME)
def test_time_asked_for_and_counts_from_today(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


NOT_THE_EMPLOYERS_ANSWER = [
    "Please allow 3 working days for your documents to be checked.",
    "Please allow two weeks for delivery of your laptop.",
    "Please allow up to 48 hours for the link to arrive.",
    "It may take up to two weeks for your background check to clear.",
    "The process takes around four weeks.",
    "Your interview is on 1 December; you'll receive the joining instructions the next day.",
    "The panel meets on 25 November; we'll write to all candidates in the days after.",
    "Your start date is 4 January; we'll send your contract the day after you accept.",
    "We'll let you know the week after your final interview.",
    "We'll be in touch a few days after the interview on 26 November.",
]


@pytest.mark.parametrize("text", NOT_THE_EMPLOYERS_ANSWER)
def test_no_answer_promised_by_these(text: str) -> None:
    assert find_decision_by(text, SENT) is None


# An agency's report of its client's promise, and a promise after a deadline of the
# candidate's own with its own day, in one sentence.
REPORTED_AND_AFTER_A_DEADLINE = [
    ("I've chased the client and they've promised feedback by Wednesday.", date(2026, 11, 25)),
    ("Der Kunde hat zugesagt, sich bis Mittwoch bei mir zu melden.", date(2026, 11, 25)),
    ("De klant laat mij uiterlijk woensdag weten of ze verder willen.", date(2026, 11, 25)),
    ("Le client doit revenir vers moi d'ici vendredi.", date(2026, 11, 20)),
    ("El cliente me dará una respuesta el jueves.", date(2026, 11, 19)),
    (
        "Once you've sent the references by Friday we'll make a final decision by 4 December.",
        date(2026, 12, 4),
    ),
    (
        "Please confirm by Friday 20 November; we will then make our decision by 4 December.",
        date(2026, 12, 4),
    ),
    ("We will contact shortlisted candidates during the week of 30 November.", date(2026, 12, 4)),
]


@pytest.mark.parametrize(("text", "day"), REPORTED_AND_AFTER_A_DEADLINE)
def test_reported_promises_and_promises_after_a_deadline(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


@pytest.mark.parametrize(
    "text",
    [
        "Please let us know your decision by Friday.",
        "Please let me know by Monday whether you accept, and we will send you the contract.",
        "Bitte teilen Sie uns bis Freitag Ihre Entscheidung mit.",
        "Merci de nous faire part de votre décision d'ici vendredi.",
    ],
)
def test_a_deadline_alone_is_still_no_promise(text: str) -> None:
    assert find_decision_by(text, SENT) is None


# Whole mails where the promise counts from the meeting the mail books or asks for.
MEETING_MAILS = [
    (
        "sched-48h",
        (
            "Hi Sam,\n"
            "\n"
            "You're booked in: Tuesday 24 November at 10:00 GMT, video call with Ana Ruiz "
            "(ana.ruiz@fernhill.example).\n"
            "\n"
            "We'll let you know the outcome within 48 hours of the interview.\n"
            "\n"
            "Thanks,\n"
            "Leo\n"
            "Recruiter, Fernhill Media"
        ),
        date(2026, 11, 26),
    ),
    (
        "sched-start-date",
        (
            "Hi Sam,\n"
            "\n"
            "Confirming your trial shift on Saturday 21 November, 8am-2pm, at the Market "
            "Street kitchen. If it goes well, the job would start on Monday 30 November.\n"
            "\n"
            "See you Saturday,\n"
            "Chef Marco\n"
            "Osteria Lupa"
        ),
        None,
    ),
    (
        "de-sched-rueckmeldung",
        (
            "Hallo Sam,\n"
            "\n"
            "hiermit bestätige ich Ihren Termin für das Vorstellungsgespräch am Dienstag, "
            "24.11.2026 um 14:00 Uhr bei uns im Haus.\n"
            "\n"
            "Eine Rückmeldung erhalten Sie spätestens eine Woche nach dem Gespräch.\n"
            "\n"
            "Mit freundlichen Grüßen\n"
            "Petra Lang\n"
            "Personal, Lang & Söhne Metallbau"
        ),
        date(2026, 12, 1),
    ),
    (
        "fr-sched",
        (
            "Bonjour Sam,\n"
            "\n"
            "Je vous confirme votre entretien le jeudi 26 novembre à 11h dans nos locaux de "
            "Lyon.\n"
            "\n"
            "Nous vous ferons un retour dans la semaine suivant l'entretien.\n"
            "\n"
            "Bien cordialement,\n"
            "Sophie Marchand\n"
            "Chargée de recrutement, Verdalis"
        ),
        date(2026, 12, 4),
    ),
    (
        "es-request-then-promise",
        (
            "Hola Sam,\n"
            "\n"
            "Nos gustaría conocerte. ¿Podrías indicarnos tu disponibilidad para una entrevista "
            "antes del viernes?\n"
            "\n"
            "Una vez hechas las entrevistas, te daremos una respuesta en un plazo de diez días."
            "\n"
            "\n"
            "Saludos,\n"
            "Elena\n"
            "Talento, Nexa Retail"
        ),
        None,
    ),
    (
        "nl-forwarded-avail",
        (
            "Hoi Sam,\n"
            "\n"
            "Kun je uiterlijk maandag 23 november laten weten wanneer je beschikbaar bent voor "
            "een tweede gesprek?\n"
            "\n"
            "Groet,\n"
            "Maaike\n"
            "Recruitment, Duinwater"
        ),
        None,
    ),
    (
        "agency-week-after",
        (
            "Hi Sam,\n"
            "\n"
            "Good news - the client would like to see you again. The final round is on "
            "Thursday 3 December at their Manchester office.\n"
            "\n"
            "They've said they'll make a decision the week after, so I'll be chasing them for "
            "you.\n"
            "\n"
            "Speak soon,\n"
            "Rob\n"
            "Senior Consultant, Ashby Recruitment"
        ),
        date(2026, 12, 11),
    ),
]


@pytest.mark.parametrize(("name", "body", "day"), MEETING_MAILS, ids=[m[0] for m in MEETING_MAILS])
def test_whole_mails_about_a_meeting(name: str, body: str, day: date | None) -> None:
    raw = mail(body, subject="Re: your application", date_="Wed, 18 Nov 2026 09:30:00 +0000")
    assert classify(parse_message(raw), me=(ME,)).decision_by == day


# A promise made for after an event: counted from it when the mail dates it, else no day.
AFTER_AN_EVENT = [
    (
        "After the interview on Monday 23 November, we'll let you know within a week.",
        date(2026, 11, 30),
    ),
    ("Once we've finished interviewing, we'll get back to you within two weeks.", None),
    ("Sobald die Gespräche abgeschlossen sind, melden wir uns innerhalb einer Woche.", None),
    (
        "Zodra de gesprekken zijn afgerond, laten we binnen vijf werkdagen weten of je door bent.",
        None,
    ),
    ("Une fois les entretiens terminés, nous reviendrons vers vous sous dix jours.", None),
    ("Una vez hechas las entrevistas, te daremos una respuesta en un plazo de diez días.", None),
    ("After reviewing your CV, we'll get back to you within a week.", date(2026, 11, 25)),
]


@pytest.mark.parametrize(("text", "day"), AFTER_AN_EVENT)
def test_a_promise_for_after_an_event(text: str, day: date | None) -> None:
    assert find_decision_by(text, SENT) == day


# When the meetings are held is no answer's day; a bare day of the month after a limit word is.
MEETINGS_HELD_AND_BARE_DAYS = [
    (
        "Interviews will take place in the week commencing 30 November and we'll be in touch "
        "shortly to arrange a time.",
        None,
    ),
    ("We'll be in touch to arrange an interview for next week.", None),
    ("Die Gespräche finden in KW 49 statt, wir melden uns zeitnah.", None),
    (
        "Les entretiens auront lieu la semaine du 30 novembre ; nous reviendrons vers vous "
        "rapidement.",
        None,
    ),
    (
        "Interviews will be held on 1 December and we'll let you know by 4 December.",
        date(2026, 12, 4),
    ),
    (
        "Las entrevistas serán el 1 de diciembre y te daremos una respuesta antes del 4 de "
        "diciembre.",
        date(2026, 12, 3),
    ),
    ("Je reviens vers vous d'ici le 25.", date(2026, 11, 25)),
    ("Nous vous répondrons au plus tard le 4.", date(2026, 12, 4)),
    ("Te digo algo antes del 25.", date(2026, 11, 24)),
    ("Te daremos una respuesta para el 4.", date(2026, 12, 4)),
    ("Ik laat het je voor de 25e weten.", date(2026, 11, 24)),
    ("Te confirmamos la decisión a más tardar el 25.", date(2026, 11, 25)),
    ("Antes del 25 te digo algo.", date(2026, 11, 24)),
    ("D'ICI LE 25 NOUS REVIENDRONS VERS VOUS.", date(2026, 11, 25)),
    ("Merci de répondre avant le 25.", None),
    ("Nous reviendrons vers vous d'ici le 15 jours.", None),
]


@pytest.mark.parametrize(("text", "day"), MEETINGS_HELD_AND_BARE_DAYS)
def test_meetings_held_and_bare_days(text: str, day: date | None) -> None:
    assert find_decision_by(text, SENT) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Shortlisting will take place w/c 30 November, with interviews the following week.",
            date(2026, 12, 4),
        ),
        ("I'll be in touch later in the week.", date(2026, 11, 20)),
        ("We're hoping to have everything finalised by the 10th of December.", date(2026, 12, 10)),
        ("We'll let you know after your interview Friday.", None),
        ("We expect to be in touch with all interviewees within two weeks.", date(2026, 12, 2)),
        ("We'll get back to you in about a week and a half.", date(2026, 11, 28)),
        ("Wir melden uns in etwa anderthalb Wochen.", date(2026, 11, 28)),
        ("Nous reviendrons vers vous dans une semaine et demie.", date(2026, 11, 28)),
        ("Te diremos algo a primeros de diciembre.", date(2026, 12, 10)),
        ("We'll be back to you in 2 weeks time.", date(2026, 12, 2)),
        ("Wir melden uns in spätestens zwei Wochen.", date(2026, 12, 2)),
        ("Nous reviendrons vers vous courant de la semaine prochaine.", date(2026, 11, 27)),
        ("We laten het je in de loop van volgende week weten.", date(2026, 11, 27)),
        ("Wir werden Ihnen bis KW 50 Bescheid geben.", date(2026, 12, 11)),
        ("By Friday, we will have made a decision.", date(2026, 11, 20)),
        ("Wij streven ernaar om binnen 10 werkdagen na de sluitingsdatum te reageren.", None),
    ],
)
def test_more_fresh_wordings(text: str, day: date | None) -> None:
    assert find_decision_by(text, SENT) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Applications close on 30 November and we'll be in touch soon after.", None),
        ("Bewerbungsschluss ist der 30.11., wir melden uns danach zeitnah.", None),
        ("De vacature sluit op 30 november en daarna nemen we snel contact met je op.", None),
        (
            "The closing date is 30 November and we'll get back to everyone within two weeks "
            "of the closing date.",
            date(2026, 12, 14),
        ),
        (
            "Applications close on 30 November. Shortlisted candidates will be contacted by "
            "11 December.",
            date(2026, 12, 11),
        ),
    ],
)
def test_a_closing_day_is_no_answers_day(text: str, day: date | None) -> None:
    assert find_decision_by(text, SENT) == day


# A promise only in quoted history (Outlook's header block, "Am ... schrieb", "Le ... a écrit",
# the candidate's own quoted words) is no new promise.
QUOTED_ONLY = [
    (
        "outlook-quote",
        (
            "Hi Sam,\n"
            "\n"
            "Thanks, I've passed your references on to the team.\n"
            "\n"
            "Regards,\n"
            "Jane\n"
            "\n"
            "-----Original Message-----\n"
            "From: Jane Doe <jane.doe@acme.example>\n"
            "Sent: Monday, November 16, 2026 9:00 AM\n"
            "To: Sam <sam@example.org>\n"
            "Subject: Data Analyst\n"
            "\n"
            "Dear Sam,\n"
            "We will let you know our decision by Friday 27 November.\n"
            "Jane"
        ),
    ),
    (
        "de-quote",
        (
            "Hallo Sam,\n"
            "\n"
            "danke für die Unterlagen, ist alles angekommen.\n"
            "\n"
            "Viele Grüße\n"
            "Katrin\n"
            "\n"
            "Am 16.11.2026 um 09:00 schrieb Katrin Vogel <k.vogel@hansewerk.example>:\n"
            "> Wir melden uns bis spätestens 27.11. mit einer Entscheidung.\n"
        ),
    ),
    (
        "fr-quote",
        (
            "Bonjour Sam,\n"
            "\n"
            "Bien reçu, merci.\n"
            "\n"
            "Claire\n"
            "\n"
            "Le lun. 16 nov. 2026 à 09:00, Claire Dumas <claire@lumen.example> a écrit :\n"
            "> Nous reviendrons vers vous d'ici le 27 novembre.\n"
        ),
    ),
    (
        "candidate-own-promise-quoted",
        (
            "Hi Sam,\n"
            "\n"
            "No problem at all, take the time you need.\n"
            "\n"
            "Priya\n"
            "\n"
            "On Tue, 17 Nov 2026 at 18:00, Sam <sam@example.org> wrote:\n"
            "> Hi Priya, thanks for the offer! I'll let you know my decision by Friday 27 "
            "November.\n"
        ),
    ),
]


@pytest.mark.parametrize(("name", "body"), QUOTED_ONLY, ids=[m[0] for m in QUOTED_ONLY])
def test_a_promise_only_in_quoted_history(name: str, body: str) -> None:
    raw = mail(body, subject="Re: your application", date_="Wed, 18 Nov 2026 09:30:00 +0000")
    assert classify(parse_message(raw), me=(ME,)).decision_by is None


# A span names a day to count from as a date does: "the week after" next week ends a week later.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "We'd like to interview you next week, and we'll decide by the end of the following "
            "week.",
            date(2026, 12, 4),
        ),
        ("We'll interview next week and decide the week after.", date(2026, 12, 4)),
        (
            "We're interviewing next week and will let everyone know the following week.",
            date(2026, 12, 4),
        ),
        (
            "Wir führen nächste Woche die Gespräche und entscheiden in der Woche darauf.",
            date(2026, 12, 4),
        ),
        ("We finish interviews this week and will decide the following week.", date(2026, 11, 27)),
        (
            "We aim to shortlist by the end of the month. If you haven't heard from us by then, "
            "please assume you were unsuccessful.",
            date(2026, 11, 30),
        ),
        ("We'll let you know the following week.", date(2026, 11, 27)),
    ],
)
def test_counted_from_a_span_named_before(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


# Mails that name many days: a meeting, the candidate's deadline, a start date, the promise.
MANY_DAYS = [
    (
        "en-mix",
        (
            "Hi Sam,\n"
            "\n"
            "Thanks for a great first-stage chat on Monday.\n"
            "\n"
            "Next steps: we'd like you to complete a short case study, which we'll email over "
            "tomorrow. Please return it by Wednesday 25 November. The final interviews are on "
            "Tuesday 1 December, and we expect to make offers by Friday 4 December.\n"
            "\n"
            "Your start date would be early January if all goes well.\n"
            "\n"
            "Best,\n"
            "Nadia\n"
            "Head of Talent, Quillstone"
        ),
        date(2026, 12, 4),
    ),
    (
        "de-mix",
        (
            "Hallo Sam,\n"
            "\n"
            "vielen Dank für das Gespräch am Montag. Als nächsten Schritt würden wir Sie gerne "
            "zu einem Probetag einladen. Bitte geben Sie uns bis Freitag Bescheid, ob der 2. "
            "Dezember bei Ihnen passt.\n"
            "\n"
            "Nach dem Probetag melden wir uns innerhalb von drei Werktagen bei Ihnen.\n"
            "\n"
            "Beste Grüße\n"
            "Tobias Keller\n"
            "Inhaber, Keller Elektrotechnik"
        ),
        None,
    ),
    (
        "fr-mix",
        (
            "Bonjour Sam,\n"
            "\n"
            "Suite à notre échange, je vous propose un second entretien le mardi 1er décembre "
            "à 10h avec notre directrice technique.\n"
            "\n"
            "Merci de me confirmer votre présence d'ici vendredi. Nous vous ferons un retour "
            "au plus tard une semaine après cet entretien.\n"
            "\n"
            "Cordialement,\n"
            "Hélène Roux\n"
            "RH, Sillon Ingénierie"
        ),
        date(2026, 12, 8),
    ),
    (
        "es-mix",
        (
            "Hola Sam,\n"
            "\n"
            "Te escribo para confirmarte la entrevista final el jueves 3 de diciembre a las "
            "16:00 en nuestras oficinas de Valencia.\n"
            "\n"
            "Si necesitas cambiar la hora, avísame antes del lunes. Después de la entrevista, "
            "te daremos una respuesta en un plazo de cinco días hábiles.\n"
            "\n"
            "Un saludo,\n"
            "Irene Soler\n"
            "Selección, Mar Azul Hoteles"
        ),
        date(2026, 12, 10),
    ),
    (
        "en-rejection-windows",
        (
            "Dear Sam,\n"
            "\n"
            "Thank you for interviewing for the Site Engineer role. After careful "
            "consideration we have decided not to progress your application.\n"
            "\n"
            "You can request written feedback within 30 days, and you're welcome to apply for "
            "future roles after 1 March 2027.\n"
            "\n"
            "Kind regards,\n"
            "Resourcing, Trentvale Construction"
        ),
        None,
    ),
]


@pytest.mark.parametrize(("name", "body", "day"), MANY_DAYS, ids=[m[0] for m in MANY_DAYS])
def test_mails_naming_many_days(name: str, body: str, day: date | None) -> None:
    raw = mail(body, subject="Re: your application", date_="Wed, 18 Nov 2026 09:30:00 +0000")
    assert classify(parse_message(raw), me=(ME,)).decision_by == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Het gesprek staat gepland op woensdag 2 december om 13:00 uur. Wil je vóór vrijdag "
            "laten weten of dat lukt? Binnen een week na het gesprek hoor je van ons.",
            date(2026, 12, 9),
        ),
        ("Bitte geben Sie uns bis Freitag Bescheid, ob der 2. Dezember bei Ihnen passt.", None),
        ("Kun je vóór vrijdag laten weten of 2 december past?", None),
        (
            "Por favor, confírmanos antes del viernes y te daremos una respuesta antes del 4 de "
            "diciembre.",
            date(2026, 12, 3),
        ),
        (
            "Thank you for the interview on Monday. After the next interview we'll let you know "
            "within a week.",
            None,
        ),
    ],
)
def test_whose_day_and_which_meeting(text: str, day: date | None) -> None:
    assert find_decision_by(text, SENT) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "I'm away until 30 November but my colleague will get back to you by Friday.",
            date(2026, 11, 20),
        ),
        ("I'm on holiday until Monday 30 November, I'll get back to you then.", None),
        ("I'm on leave next week; I'll get back to you the week after.", date(2026, 12, 4)),
        (
            "We received your application on 10 November. We'll get back to you two weeks later.",
            date(2026, 11, 24),
        ),
        ("Could you send your availability? I'll confirm the next day.", None),
        ("Ich bin bis 27.11. im Urlaub und melde mich danach bei Ihnen.", None),
        ("Je suis absente jusqu'au 27 novembre, je reviendrai vers vous à mon retour.", None),
    ],
)
def test_away_and_back(text: str, day: date | None) -> None:
    assert find_decision_by(text, SENT) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Your onsite is on Tuesday 1 December. We'll let you know on the Monday after your "
            "onsite.",
            date(2026, 12, 7),
        ),
        (
            "Ihr Gespräch ist am Dienstag, 1.12. Wir melden uns am Freitag nach dem Gespräch.",
            date(2026, 12, 4),
        ),
        (
            "Votre entretien est le mardi 1er décembre ; nous vous appellerons le vendredi après "
            "l'entretien.",
            date(2026, 12, 4),
        ),
        (
            "Your interview is on Friday 4 December. We'll call you the Friday after your "
            "interview.",
            date(2026, 12, 11),
        ),
        ("We'll call you the Friday after your interview.", None),
    ],
)
def test_a_weekday_after_a_meeting(text: str, day: date | None) -> None:
    assert find_decision_by(text, SENT) == day
