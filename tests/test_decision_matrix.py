"""decision_by, a matrix built from the contract and from how people write a timeframe, not
from any dev set's wording: each promise form x each way of naming the day, in English,
German, French, Spanish and Dutch, and the days that only look like an answer's.

Every mail here is sent on Wednesday 18 November 2026 (so "Friday" is the 20th, "next week"
ends Friday 27, "five working days" is Wednesday 25, "ten working days" Wednesday 2 December).
Readings the contract leaves open, pinned here:
- "early next week" / "mid next week" -> that week's Wednesday (within two days of any day a
  reader could mean); "late next week" -> its Friday;
- "Werktage", "jours ouvrés", "días hábiles", "werkdagen" count Monday to Friday, like
  "working days" (the contract: skip Saturday and Sunday);
- "sous quinze jours", "en quince días" are counted as written, 15 days (the idiom means a
  fortnight, one day less: within the contract's two days either way), "sous huitaine" 7;
- "within five working days of your interview" counts from the interview's day when the mail
  names it; when it does not, there is no day (the interview may be weeks away);
- "if you have not heard from us by X, please assume ..." is the employer's own last day: X;
- "shortly", "in due course", "as soon as possible", "in the next few days" name no day (null);
  "early December" is a promise about a part of a month: its 10th (as periods.py reads it);
- the candidate's own deadlines, the interview day, a closing date, an appeal window and an
  out-of-office return are not a decision (null).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.dates.decision import find_decision_by
from classifymail import ME, mail

SENT = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)  # a Wednesday

FRI = date(2026, 11, 20)
THU = date(2026, 11, 19)
NEXT_WED = date(2026, 11, 25)
NEXT_FRI = date(2026, 11, 27)
MONTH_END = date(2026, 11, 30)
TEN_WORKING = date(2026, 12, 2)
FORTNIGHT = date(2026, 12, 2)

PROMISES_EN = [
    ("We'll get back to you by Friday.", FRI),
    ("We will be in touch by 27/11.", NEXT_FRI),
    ("I'll let you know by 27.11.", NEXT_FRI),
    ("We aim to revert by 27 Nov.", NEXT_FRI),
    ("I will come back to you by November 27th with our decision.", NEXT_FRI),
    ("You'll hear from us by Friday 27th at the latest.", NEXT_FRI),
    ("A decision will be made by the 27th.", NEXT_FRI),
    ("We aim to decide by the end of this week.", FRI),
    ("You can expect feedback by the end of next week.", NEXT_FRI),
    ("We hope to let you know by the end of the month.", MONTH_END),
    ("The panel will make its decision by the end of November.", MONTH_END),
    ("We will get back to you within 10 days.", date(2026, 11, 28)),
    ("We'll be in touch within 10 calendar days.", date(2026, 11, 28)),
    ("We will get back to you within five working days.", NEXT_WED),
    ("You will hear from us within 10 business days.", TEN_WORKING),
    ("We'll let you know within a week.", NEXT_WED),
    ("We aim to come back to you within a fortnight.", FORTNIGHT),
    ("Feedback will follow within two weeks.", FORTNIGHT),
    ("We'll be in touch in the next 10 days.", date(2026, 11, 28)),
    ("We'll let you know next week.", NEXT_FRI),
    ("I'll be in touch early next week with an update.", NEXT_WED),
    ("We should have a decision mid next week.", NEXT_WED),
    ("You'll hear from us late next week.", NEXT_FRI),
    ("We will let you know before the weekend.", FRI),
    ("I'll get back to you by close of business Thursday.", THU),
    ("We'll get back to you by COB Thursday.", THU),
    ("We expect to make a decision Friday week.", NEXT_FRI),
    ("I'll revert with feedback no later than Tuesday 24 November.", date(2026, 11, 24)),
    ("We aim to give you an answer by Monday.", date(2026, 11, 23)),
    (
        "Hiring managers will review over the coming days and we'll update you by 25 November.",
        NEXT_WED,
    ),
]
PROMISES_DE = [
    ("Wir melden uns bis Freitag bei Ihnen.", FRI),
    ("Sie hören bis Ende nächster Woche von uns.", NEXT_FRI),
    ("Wir geben Ihnen innerhalb von zehn Werktagen Rückmeldung.", TEN_WORKING),
    ("Eine Entscheidung fällt bis zum 27.11.", NEXT_FRI),
    ("Wir melden uns spätestens am 27. November.", NEXT_FRI),
    ("Wir melden uns innerhalb von zwei Wochen.", FORTNIGHT),
    ("Wir geben Ihnen bis Monatsende Bescheid.", MONTH_END),
    ("Sie erhalten nächste Woche eine Rückmeldung von uns.", NEXT_FRI),
    ("Wir melden uns in den nächsten fünf Arbeitstagen.", NEXT_WED),
]
PROMISES_FR = [
    ("Nous reviendrons vers vous d'ici la fin de la semaine prochaine.", NEXT_FRI),
    ("Nous vous donnerons une réponse sous quinze jours.", date(2026, 12, 3)),
    ("Nous reviendrons vers vous sous 10 jours ouvrés.", TEN_WORKING),
    ("Vous aurez notre retour d'ici vendredi.", FRI),
    ("Une décision sera prise avant le 27 novembre.", date(2026, 11, 26)),
    ("Nous vous tiendrons informé d'ici la fin du mois.", MONTH_END),
    ("Nous reviendrons vers vous la semaine prochaine.", NEXT_FRI),
    ("Je reviens vers vous au plus tard le vendredi 27.", NEXT_FRI),
    ("Nous vous ferons un retour dans les cinq jours ouvrables.", NEXT_WED),
]
PROMISES_ES = [
    ("Te daremos una respuesta dentro de los próximos 10 días hábiles.", TEN_WORKING),
    ("Te diremos algo antes del viernes 27.", date(2026, 11, 26)),
    ("Nos pondremos en contacto contigo antes de que acabe la semana.", FRI),
    ("Te responderemos a finales de la próxima semana.", NEXT_FRI),
    ("Tomaremos una decisión en las próximas dos semanas.", FORTNIGHT),
    ("Te contactaremos a más tardar el viernes.", FRI),
    ("Le informaremos antes de fin de mes.", MONTH_END),
    ("Te escribiremos la semana que viene.", NEXT_FRI),
]
PROMISES_NL = [
    ("We laten je binnen twee weken weten of je door bent.", FORTNIGHT),
    ("Je hoort uiterlijk vrijdag van ons.", FRI),
    ("We nemen voor het einde van de maand een besluit.", MONTH_END),
    ("We koppelen binnen vijf werkdagen terug.", NEXT_WED),
    ("We laten je volgende week weten hoe het verder gaat.", NEXT_FRI),
    ("Je ontvangt uiterlijk 27 november bericht van ons.", NEXT_FRI),
    ("We nemen eind volgende week contact met je op.", NEXT_FRI),
]


@pytest.mark.parametrize(
    ("text", "day"), PROMISES_EN + PROMISES_DE + PROMISES_FR + PROMISES_ES + PROMISES_NL
)
def test_a_promise_gives_its_last_day(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


COUNTED_FROM_AN_EVENT = [
    (
        "Your interview is on Monday 23 November. We will get back to you within five working "
        "days of your interview.",
        date(2026, 11, 30),
    ),
    (
        "Ihr Gespräch findet am 23.11. statt. Wir melden uns innerhalb von fünf Werktagen nach "
        "dem Gespräch.",
        date(2026, 11, 30),
    ),
    (
        "Votre entretien aura lieu le lundi 23 novembre. Nous reviendrons vers vous dans les "
        "cinq jours ouvrés suivant l'entretien.",
        date(2026, 11, 30),
    ),
    (
        "La entrevista será el lunes 23 de noviembre; te responderemos en un plazo de cinco "
        "días hábiles tras la entrevista.",
        date(2026, 11, 30),
    ),
    (
        "Je gesprek is maandag 23 november. We laten binnen vijf werkdagen na het gesprek "
        "weten of je door bent.",
        date(2026, 11, 30),
    ),
]


COUNTED_FROM_AN_EVENT += [
    (
        "The advert closes on Monday 30 November and we aim to let all applicants know within "
        "two weeks of the closing date.",
        date(2026, 12, 14),
    ),
    (
        "Bewerbungsschluss ist der 30.11.; wir melden uns innerhalb von zwei Wochen nach "
        "Bewerbungsschluss.",
        date(2026, 12, 14),
    ),
]


@pytest.mark.parametrize(("text", "day"), COUNTED_FROM_AN_EVENT)
def test_a_span_counted_from_a_named_event_day(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


NO_DECISION_DAY = [
    # counted from an event the mail does not date
    "We will get back to you within five working days of your interview.",
    "Wir melden uns innerhalb von zwei Wochen nach Bewerbungsschluss.",
    # counted from the candidate's own step: its deadline is not its day
    "Please send the exercise back by Friday 20th. We aim to get back to you within five "
    "working days of your submission.",
    "Bitte schicken Sie uns die Aufgabe bis Freitag. Wir melden uns innerhalb von fünf "
    "Werktagen nach Eingang Ihrer Lösung.",
    "Merci de nous envoyer l'exercice d'ici vendredi ; nous reviendrons vers vous sous cinq "
    "jours ouvrés à réception de votre travail.",
    # a job board's average, no employer's promise
    "The employer will review your application. Most employers on JobHub respond within 3 days.",
    # the candidate's own deadlines
    "Please let us know by Friday whether you accept.",
    "Please confirm your attendance by 25 November.",
    "Kindly sign and return the contract by the end of the month.",
    "Please upload your documents by 27/11.",
    "Could you reply by Monday with your availability?",
    "Bitte melden Sie sich bis Freitag zurück.",
    "Merci de nous confirmer votre présence avant vendredi.",
    "Por favor, confírmanos tu disponibilidad a más tardar el miércoles 25.",
    "Graag uiterlijk vrijdag je reactie.",
    # the interview day itself
    "We'd like to invite you to interview on Friday 27 November at 10:00.",
    "Wir laden Sie am 27.11. um 14 Uhr zum Gespräch ein.",
    # out of office
    "I am out of the office until Monday 30 November and will get back to you on my return.",
    # an appeal window
    "If you wish to appeal this decision, you must do so within 14 days.",
    "You may request feedback on this decision within 28 days.",
    "Gegen diese Entscheidung können Sie innerhalb von zwei Wochen Widerspruch einlegen.",
    "Vous pouvez contester cette décision dans un délai de deux semaines.",
    # a job ad's closing date
    "Closing date for applications: 30 November 2026.",
    # vague
    "We will be in touch shortly.",
    "We'll get back to you in due course.",
    "We will let you know as soon as possible.",
    "Wir melden uns in den nächsten Tagen.",
    "Nous reviendrons vers vous dans les meilleurs délais.",
    "Te contactaremos próximamente.",
    "We nemen zo snel mogelijk contact met je op.",
]


@pytest.mark.parametrize("text", NO_DECISION_DAY)
def test_no_decision_day(text: str) -> None:
    assert find_decision_by(text, SENT) is None


SILENCE_IS_THE_ANSWER = [
    (
        "If you have not heard from us by 4 December, please assume your application has been "
        "unsuccessful.",
        date(2026, 12, 4),
    ),
    (
        "Sollten Sie bis zum 4.12. nichts von uns gehört haben, betrachten Sie Ihre Bewerbung "
        "bitte als nicht berücksichtigt.",
        date(2026, 12, 4),
    ),
    (
        "Sans nouvelles de notre part d'ici le 4 décembre, considérez que votre candidature n'a "
        "pas été retenue.",
        date(2026, 12, 4),
    ),
    (
        "Si no has recibido noticias nuestras antes del 4 de diciembre, entiende que no has sido "
        "seleccionado.",
        date(2026, 12, 3),
    ),
    (
        "Als je voor 4 december niets van ons hebt gehoord, ben je helaas niet geselecteerd.",
        date(2026, 12, 3),
    ),
    (
        "If you haven't heard anything from us by 4 December, please take it that we won't be "
        "progressing your application.",
        date(2026, 12, 4),
    ),
    (
        "Should you not hear back from us by Friday 4 December, you have not been shortlisted.",
        date(2026, 12, 4),
    ),
    (
        "If you do not receive any news from us by 4/12, your application was not successful.",
        date(2026, 12, 4),
    ),
    (
        "Wenn Sie bis zum 4. Dezember keine Nachricht von uns erhalten haben, konnten wir Sie "
        "leider nicht berücksichtigen.",
        date(2026, 12, 4),
    ),
]


@pytest.mark.parametrize(("text", "day"), SILENCE_IS_THE_ANSWER)
def test_silence_after_a_day_is_the_answer(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


def test_vague_month_part_is_its_tenth() -> None:
    text = "We expect to make a final decision in early December."
    assert find_decision_by(text, SENT) == date(2026, 12, 10)


def test_a_promise_beside_a_candidate_deadline_keeps_the_promise() -> None:
    text = (
        "Please send your references by Friday. Once we have them, we'll give you our "
        "decision by 27 November."
    )
    assert find_decision_by(text, SENT) == NEXT_FRI


DEC_4 = date(2026, 12, 4)
MON = date(2026, 11, 23)
MORE_WAYS = [
    # English: other promise verbs and day forms
    ("We will get back to you no later than Thursday 26 November.", date(2026, 11, 26)),
    ("We'll aim to have feedback for you by Tues.", date(2026, 11, 24)),
    ("You'll have our decision by the 27th of November.", NEXT_FRI),
    ("We will inform all candidates on or before 27 November.", NEXT_FRI),
    ("We'll let you know before 27 November.", date(2026, 11, 26)),
    ("I'll update you by Thursday the 26th.", date(2026, 11, 26)),
    ("We'll be in touch within the next week.", NEXT_WED),
    ("We will get back to you over the next two weeks.", FORTNIGHT),
    ("You should hear from us in two weeks' time.", FORTNIGHT),
    ("I'll let you know by this time next week.", NEXT_WED),
    ("We'll have an answer for you by tomorrow.", THU),
    ("I'll get back to you first thing Monday.", MON),
    ("I'll come back to you by end of play Friday.", FRI),
    ("Expect to hear from us by EOD Friday.", FRI),
    ("We'll be in touch at the start of next week.", NEXT_WED),
    ("We're hoping to have news for you by Friday.", FRI),
    ("The hiring team will reach a decision by Friday.", FRI),
    ("I'll update you on Friday.", FRI),
    ("I should be able to come back to you on Monday.", MON),
    ("We expect to make our decision the week after next.", DEC_4),
    ("We'll be making a decision in the week commencing 30 November.", DEC_4),
    ("We plan to confirm who moves forward during the first week of December.", DEC_4),
    # German
    ("Wir melden uns spätestens Ende der Woche.", FRI),
    ("Sie hören bis Mitte nächster Woche von uns.", NEXT_WED),
    ("Wir geben Ihnen in den kommenden zwei Wochen Bescheid.", FORTNIGHT),
    ("Wir melden uns in 14 Tagen bei Ihnen.", FORTNIGHT),
    ("Wir melden uns noch diese Woche.", FRI),
    ("Die Entscheidung fällt bis Ende des Monats.", MONTH_END),
    ("Wir melden uns übermorgen.", date(2026, 11, 20)),
    ("Ich melde mich am Montag bei Ihnen.", MON),
    # French
    ("Je reviens vers vous d'ici mardi.", date(2026, 11, 24)),
    ("Nous vous répondrons au plus tard mardi 24.", date(2026, 11, 24)),
    ("Nous vous ferons un retour sous huitaine.", NEXT_WED),
    ("Nous reviendrons vers vous d'ici 15 jours.", date(2026, 12, 3)),
    ("Nous vous recontacterons en fin de semaine.", FRI),
    ("Une décision sera prise avant la fin du mois.", MONTH_END),
    ("Nous reviendrons vers vous dans 10 jours.", date(2026, 11, 28)),
    # Spanish
    ("Te daremos una respuesta a lo largo de la próxima semana.", NEXT_FRI),
    ("Te contestaremos en un plazo de dos semanas.", FORTNIGHT),
    ("Te escribiremos el próximo lunes.", MON),
    ("Tomaremos una decisión antes del 27 de noviembre.", date(2026, 11, 26)),
    ("Te daremos una respuesta en quince días.", date(2026, 12, 3)),
    ("Te informaremos como muy tarde el 27 de noviembre.", NEXT_FRI),
    # Dutch
    ("We laten je voor eind volgende week weten of je door bent.", NEXT_FRI),
    ("We koppelen binnen tien werkdagen terug.", TEN_WORKING),
    ("Je hoort uiterlijk 27-11 van ons.", NEXT_FRI),
    ("We nemen eind van de maand een beslissing.", MONTH_END),
    ("We laten je over twee weken weten hoe het zit.", FORTNIGHT),
    ("We laten je volgende week dinsdag weten of je door bent.", date(2026, 11, 24)),
    ("We laten je na het weekend weten of je door bent.", MON),
]


@pytest.mark.parametrize(("text", "day"), MORE_WAYS)
def test_more_ways_of_naming_the_day(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


MORE_VAGUE = [
    "We will get back to you in the coming days.",
    "Nous reviendrons vers vous dans les prochains jours.",
    "Te diremos algo en los próximos días.",
    "We laten je binnenkort weten hoe het verder gaat.",
    "Wir melden uns zeitnah bei Ihnen.",
    "We will be in touch once the panel has met.",
]


@pytest.mark.parametrize("text", MORE_VAGUE)
def test_no_day_in_a_vague_promise(text: str) -> None:
    assert find_decision_by(text, SENT) is None


# A reply above quoted history: the employer's newest word is the new text's. A promise found
# only in the quoted part is not read again: it was read when that mail arrived, and the quoted
# part may be the candidate's own words.
QUOTE = (
    "\n\nOn Mon, 16 Nov 2026 at 09:00, Jane Doe <jane.doe@acme.example> wrote:\n"
    "> Dear Sam,\n> Thank you for interviewing with us for the Data Analyst role.\n"
    "> We will let you know our decision by Friday 20 November.\n> Best,\n> Jane\n"
)
THREADS = [
    (
        "Dear Sam,\n\nApologies: the panel needs a little longer than planned. We will now get "
        "back to you with our decision by Friday 4 December.\n\nBest,\nJane" + QUOTE,
        DEC_4,
    ),
    (
        "Hallo Sam,\n\nkurzes Update zur Stelle als Data Analyst: das Gremium tagt früher als "
        "geplant, wir melden uns deshalb schon bis Donnerstag, 19. November.\n\nViele Grüße\n"
        "Jane" + QUOTE,
        THU,
    ),
    (
        "Dear Sam,\n\nThank you for sending the references for the Data Analyst role, they "
        "arrived safely.\n\nBest,\nJane" + QUOTE,
        None,
    ),
]


@pytest.mark.parametrize(("body", "day"), THREADS)
def test_the_newest_word_wins_over_quoted_history(body: str, day: date | None) -> None:
    raw = mail(body, subject="Re: Data Analyst interview", date_="Wed, 18 Nov 2026 09:30:00 +0000")
    assert classify(parse_message(raw), me=(ME,)).decision_by == day


THIRD_BATCH = [
    ("We're aiming to decide by the end of the week commencing 30 November.", DEC_4),
    ("You'll hear from us either way by 27/11.", NEXT_FRI),
    ("Feedback will be provided within 48 hours.", FRI),
    ("We will be in touch by the end of next week at the latest.", NEXT_FRI),
    ("We'll confirm next steps by Friday.", FRI),
    ("I'll get back to you Monday.", MON),
    ("Expect to hear from us before Christmas.", date(2026, 12, 24)),
    ("Sie erhalten bis zum 27. November eine Rückmeldung.", NEXT_FRI),
    ("Wir werden uns voraussichtlich in KW 48 bei Ihnen melden.", NEXT_FRI),
    ("Nous vous communiquerons notre décision le 27 novembre au plus tard.", NEXT_FRI),
    ("Esperamos tener una decisión para el viernes.", FRI),
    ("We streven ernaar je binnen 10 werkdagen uitsluitsel te geven.", TEN_WORKING),
    ("We review every application and respond within 5 business days.", NEXT_WED),
    (
        "The panel meets on Tuesday 24 November and we'll let all candidates know the outcome "
        "by the end of that week.",
        NEXT_FRI,
    ),
]


@pytest.mark.parametrize(("text", "day"), THIRD_BATCH)
def test_still_more_ways(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day


RANGES_AND_YEARS = [
    ("We'll let you know in a week or two.", FORTNIGHT),
    ("You should hear from us in a day or two.", FRI),
    ("We will make a final decision by the end of the year.", date(2026, 12, 31)),
    ("Wir entscheiden bis Jahresende.", date(2026, 12, 31)),
    ("Nous prendrons une décision d'ici la fin de l'année.", date(2026, 12, 31)),
    ("We'll update you by the end of the week after next.", DEC_4),
    ("Wir melden uns bis Ende der übernächsten Woche.", DEC_4),
]


@pytest.mark.parametrize(("text", "day"), RANGES_AND_YEARS)
def test_ranges_take_their_longer_end_and_the_year_its_last_day(text: str, day: date) -> None:
    assert find_decision_by(text, SENT) == day
