"""Jobs outside offices: cafés, shops, warehouses, care homes, nurseries, kitchens and trades.

Their mail names the job by its kind ("the Christmas jobs", "eine Aushilfsstelle", "een
vakantiebaan"), meets the candidate at a trial shift or on the shop floor instead of an
interview ("Probearbeiten", "proefdraaien", "journée d'essai", "pop in and ask for Dean"),
offers hours instead of a position, and turns people down in one line. Each cause is pinned by
mail in several registers and languages, written for the rule (no dev set's wording), with the
look-alikes of the same world that must stay unrelated: rota changes for a job the reader
already has, a gym's free trial, a volunteer rota that is full, a workshop that is booked up.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from afterview.mail.base import split_header
from afterview.mail.glance import glance
from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.prefilter import READ, SKIP, Head, Known, screen_head, screen_text
from classifymail import ME, kind, mail, rules_kind

UK = "Tue, 03 Nov 2026 10:00:00 +0000"
CET = "Tue, 03 Nov 2026 10:00:00 +0100"
uk = partial(mail, date_=UK, message_id="<oo-uk@shop.example>")
cet = partial(mail, date_=CET, message_id="<oo-cet@shop.example>")


def _start(raw: bytes) -> datetime:
    result = classify(parse_message(raw), me=(ME,))
    assert result.kind == "interview_scheduled", result.reasons
    assert result.interview is not None
    return result.interview.start


# A try-out or a visit to the shop floor, booked at one time: a booked interview at that time.
BOOKED = [
    (
        uk(
            "Hi Sam,\n\nThanks for dropping your CV in. Come in for a trial shift this Saturday "
            "from 10am to 2pm so you can get a feel for the floor. Wear black.\n\nCheers,\nMarta\n"
            "Bean & Leaf Café",
            subject="Trial shift",
            frm="Marta Lopes <marta@beanandleaf.example>",
        ),
        "2026-11-07T10:00:00+00:00",
    ),
    (
        uk(
            "Hi Sam, got your message about the barista job. Pop in Thursday at 3pm and ask for "
            "Dean, he'll have a quick chat with you.\n\nJess\nThe Corner Cup",
            subject="Re: barista job",
            frm="Jess <hello@cornercup.example>",
        ),
        "2026-11-05T15:00:00+00:00",
    ),
    (
        cet(
            "Hoi Sam,\n\nLeuk dat je bij ons wilt komen werken! Je bent welkom om donderdag om "
            "14:00 te komen proefdraaien in de keuken.\n\nGroetjes,\nDaan\nEetcafé De Hoek",
            subject="Proefdraaien",
            frm="Daan Visser <daan@eetcafedehoek.example>",
        ),
        "2026-11-05T14:00:00+01:00",
    ),
    (
        cet(
            "Hallo Sam,\n\ndanke für deine Nachricht wegen der Aushilfsstelle. Komm gerne am "
            "Freitag um 10 Uhr zum Probearbeiten in der Werkstatt vorbei, dann schauen wir "
            "weiter.\n\nGruß\nMarkus\nKfz-Technik Brandt",
            subject="Aushilfe Werkstatt",
            frm="Markus Brandt <markus@kfz-brandt.example>",
        ),
        "2026-11-06T10:00:00+01:00",
    ),
    (
        cet(
            "Bonjour Sam,\n\nMerci pour votre candidature pour le poste de serveuse. Nous vous "
            "invitons à une journée d'essai le mardi 10 novembre à 9h au restaurant.\n\n"
            "Cordialement,\nClaire\nBrasserie du Port",
            subject="Journée d'essai",
            frm="Claire Martin <claire@brasserieduport.example>",
        ),
        "2026-11-10T09:00:00+01:00",
    ),
    (
        cet(
            "Hola Sam,\n\ngracias por escribirnos por el trabajo de ayudante de cocina. Pásate el "
            "jueves a las 17:00 para un día de prueba en la cocina.\n\nUn saludo,\nJavi\n"
            "Taberna El Puerto",
            subject="Día de prueba",
            frm="Javi Ruiz <javi@tabernaelpuerto.example>",
        ),
        "2026-11-05T17:00:00+01:00",
    ),
]


@pytest.mark.parametrize(("raw", "start"), BOOKED)
def test_a_trial_or_a_visit_booked_at_one_time_is_a_booked_interview(raw, start) -> None:
    assert rules_kind(raw) == "interview_scheduled"
    assert _start(raw) == datetime.fromisoformat(start)


# Asked to come for a trial or a chat with no time yet, or given a choice of sessions.
ASKED = [
    uk(
        "Hi Sam,\n\nThanks for dropping your CV in. We'd like you to come in for a trial shift "
        "one day next week, let me know what suits.\n\nMarta\nBean & Leaf Café",
        subject="Trial shift",
        frm="Marta Lopes <marta@beanandleaf.example>",
    ),
    uk(
        "Hi Sam,\n\nThanks for applying to be a delivery driver with us. We run induction and "
        "assessment sessions on Wednesday at 9am or Thursday at 1pm. Please reply with which one "
        "suits you and we'll get you booked in.\n\nThanks\nSwiftDrop Driver Team",
        subject="Delivery driver - next step",
        frm="SwiftDrop Drivers <drivers@swiftdrop.example>",
    ),
    cet(
        "Hallo Sam,\n\ndanke für deine Bewerbung als Lagerhelfer. Wir haben zwei Termine zum "
        "Probearbeiten frei: Montag um 7 Uhr oder Mittwoch um 13 Uhr. Sag uns einfach, welcher "
        "dir besser passt.\n\nViele Grüße\nLogistik Nord",
        subject="Probearbeiten",
        frm="Logistik Nord <jobs@logistiknord.example>",
    ),
    uk(
        "Hi Sam,\n\nThanks for your interest in joining our care team. We have two group "
        "interview sessions next week: Monday at 10am or Wednesday at 2pm. Which one suits you "
        "best?\n\nKind regards\nOakfield Care Home",
        subject="Care assistant role",
        frm="Oakfield Care Home <office@oakfieldcare.example>",
    ),
]


@pytest.mark.parametrize("raw", ASKED)
def test_a_trial_asked_for_or_a_choice_of_sessions_is_a_request(raw) -> None:
    assert rules_kind(raw) == "interview_request"


# The job offered as hours and a first shift, or as "the job's yours".
OFFERED = [
    uk(
        "Hi Sam,\n\nGreat to meet you on Saturday. We'd love to have you join the team! We can "
        "offer you 20 hours a week, mostly weekends. Let me know if you accept and I'll sort out "
        "the paperwork.\n\nMarta\nBean & Leaf Café",
        subject="Job offer",
        frm="Marta Lopes <marta@beanandleaf.example>",
    ),
    uk(
        "Hi Sam,\n\nThanks for coming in for the trial shift, the team loved you. We can offer "
        "you 16 hours a week on the tills, starting Monday 16 November.\n\nBest,\nRob\n"
        "Greens Grocers",
        subject="Re: Saturday trial",
        frm="Rob Green <rob@greensgrocers.example>",
    ),
    uk(
        "Hey Sam, great news, the job's yours if you want it! 3 nights a week behind the bar. "
        "Can you do your first shift Friday at 6?\n\nTom\nThe Red Lion",
        subject="Re: bar job",
        frm="Tom <tom@redlionpub.example>",
    ),
    cet(
        "Hoi Sam,\n\nHet proefdraaien ging super! We kunnen je 24 uur per week aanbieden in de "
        "bediening. Laat je weten of je het aanneemt?\n\nDaan\nEetcafé De Hoek",
        subject="Re: Proefdraaien",
        frm="Daan Visser <daan@eetcafedehoek.example>",
    ),
]


@pytest.mark.parametrize("raw", OFFERED)
def test_hours_offered_after_a_trial_are_an_offer(raw) -> None:
    assert rules_kind(raw) == "offer"


# Every job of the kind already gone, said in one line, even above a cheerful invitation.
REFUSED = [
    uk(
        "Sorry Sam, we've filled all the Christmas jobs now. Good luck!\n\n"
        "On 1 Nov 2026, at 09:12, Sam <sam@example.org> wrote:\n"
        "> Hi, I'd love to apply for seasonal work in your shop.",
        subject="Re: Christmas work",
        frm="Toyland Shop <shop@toyland.example>",
    ),
    cet(
        "Hallo Sam, leider sind alle Aushilfsstellen für die Weihnachtszeit schon vergeben. "
        "Trotzdem danke und alles Gute!\n\nBäckerei Korn",
        subject="Re: Aushilfe Weihnachten",
        frm="Bäckerei Korn <info@baeckerei-korn.example>",
    ),
    cet(
        "Hoi Sam, helaas zijn de vakantiebanen al allemaal vergeven. Succes met zoeken!\n\n"
        "Groet, Emma",
        subject="Re: vakantiewerk",
        frm="Emma de Wit <emma@supermarktbakker.example>",
    ),
    uk(
        "Hi Sam, thanks for asking, but all our weekend staff positions have been filled for "
        "this year.\n\n> On 30 Oct 2026, Dean <dean@cornercup.example> wrote:\n"
        "> Great, see you Saturday at 10 for your trial shift!",
        subject="Re: Trial shift",
        frm="Dean <dean@cornercup.example>",
    ),
    cet(
        "Hola Sam, lo siento, ya hemos cubierto todos los puestos de temporada. ¡Suerte!\n\nJavi",
        subject="Re: trabajo de verano",
        frm="Javi Ruiz <javi@tabernaelpuerto.example>",
    ),
]


REFUSED += [
    cet(
        "Hallo Sam, danke für deine Bewerbung als Aushilfe. Leider stellen wir derzeit "
        "niemanden ein.\n\nViele Grüße\nBäckerei Korn",
        subject="Re: Aushilfe",
        frm="Bäckerei Korn <info@baeckerei-korn.example>",
    ),
    uk(
        "Hi Sam, thanks for asking about Saturday work, but we are not hiring at the moment. "
        "All the best, Jess",
        subject="Re: Saturday work",
        frm="Jess <hello@cornercup.example>",
    ),
    cet(
        "Hoi Sam, bedankt voor je sollicitatie als vakkenvuller. Helaas nemen we op dit moment "
        "niemand aan.\n\nGroet, Emma",
        subject="Re: vakkenvuller",
        frm="Emma de Wit <emma@supermarktbakker.example>",
    ),
]


@pytest.mark.parametrize("raw", REFUSED)
def test_all_the_jobs_gone_is_a_rejection(raw) -> None:
    assert rules_kind(raw) == "rejection"


# The same world's mail that books, offers or refuses nothing of a job applied for.
LOOK_ALIKES = [
    uk(
        "Hi all,\n\nRota for next week is up. Sam, I've swapped you onto Thursday 3-11 instead "
        "of Wednesday as Priya is off.\n\nDean",
        subject="Rota w/c 9 Nov",
        frm="Dean <dean@cornercup.example>",
    ),
    uk(
        "Hi Sam, can you pop in on Saturday at 9 to help with the stocktake? Dean will be in "
        "from 8. Thanks!\n\nJess",
        subject="Saturday",
        frm="Jess <hello@cornercup.example>",
    ),
    cet(
        "Hoi Sam, kun je zaterdag om 10:00 komen in plaats van om 12:00? Het rooster is "
        "aangepast.\n\nDaan",
        subject="Rooster",
        frm="Daan Visser <daan@eetcafedehoek.example>",
    ),
    uk(
        "Hi Sam,\n\nThanks for signing up! We'd love to invite you to a free trial session at "
        "our gym this Thursday at 6pm. Bring a towel and water.\n\nFitZone",
        subject="Your free trial",
        frm="FitZone <hello@fitzone.example>",
    ),
    uk(
        "Your table for 2 at Trattoria Luca is confirmed for Friday 6 November at 7:30pm. If "
        "you need to cancel please let us know 24 hours in advance.\n\nTrattoria Luca",
        subject="Booking confirmed",
        frm="Trattoria Luca <bookings@trattorialuca.example>",
    ),
    cet(
        "Beste Sam, bedankt voor je aanmelding als vrijwilliger bij de voedselbank. Helaas zijn "
        "alle plekken voor de kerstperiode al vergeven.\n\nGroet, Voedselbank Noord",
        subject="Vrijwilligerswerk",
        frm="Voedselbank Noord <info@voedselbanknoord.example>",
    ),
    uk(
        "Dear Sam,\n\nThanks for offering to help at the Christmas market. Sorry, we have filled "
        "all the volunteer places this year.\n\nBest, Market Team",
        subject="Christmas market volunteers",
        frm="Market Team <info@xmasmarket.example>",
    ),
    uk(
        "Hi Sam, sorry, all the places on Saturday's pottery workshop have been taken. We'll let "
        "you know about the next one.\n\nClay Studio",
        subject="Pottery workshop",
        frm="Clay Studio <hello@claystudio.example>",
    ),
    uk(
        "Hi Sam, just to let you know the letting agent will be doing a viewing of the flat on "
        "Thursday at 2pm. Sorry for the short notice.\n\nMark (landlord)",
        subject="Viewing Thursday",
        frm="Mark Hill <mark.hill@gmail.com>",
    ),
]


@pytest.mark.parametrize("raw", LOOK_ALIKES)
def test_the_same_worlds_other_mail_stays_unrelated(raw) -> None:
    assert rules_kind(raw) == "unrelated"
    assert kind(raw) == "unrelated"


def _prefilter(raw: bytes) -> str:
    """The prefilter's verdict: the headers first, then a glance at the text when undecided."""
    header, body = split_header(raw)
    head = Head.parse(header)
    verdict = screen_head(head, Known()).verdict
    return screen_text(head, glance(head.fields, body)).verdict if verdict == READ else verdict


@pytest.mark.parametrize("raw", [raw for raw, _ in BOOKED] + ASKED + OFFERED + REFUSED)
def test_the_prefilter_lets_the_job_mail_through(raw) -> None:
    assert _prefilter(raw) != SKIP


_AUTO = "Auto-Submitted: auto-replied\r\n"


@pytest.mark.parametrize(
    ("frm", "subject", "body"),
    [
        (
            "FreshCart Customer Care <care@freshcart.example>",
            "We've received your message [#448213]",
            "Thank you for contacting FreshCart Customer Care. We have received your message and "
            "a member of our team will get back to you within 48 hours.",
        ),
        (
            "Paketdienst Kundenservice <service@paketdienst.example>",
            "Ihre Anfrage 55120",
            "Vielen Dank für Ihre Nachricht an unseren Kundenservice. Wir melden uns innerhalb "
            "von zwei Werktagen zu Ihrer Lieferung.",
        ),
        (
            "Webwinkel Klantenservice <klantenservice@webwinkel.example>",
            "Re: bestelling 90311",
            "Bedankt voor je bericht over je bestelling. Onze klantenservice reageert binnen 24 "
            "uur.",
        ),
    ],
)
def test_a_service_desks_automatic_acknowledgement_is_no_job_mail(frm, subject, body) -> None:
    assert rules_kind(uk(body, subject=subject, frm=frm, headers=_AUTO)) == "unrelated"


@pytest.mark.parametrize(
    ("frm", "subject", "body"),
    [
        (  # away, whatever else it says
            "Jess <hello@cornercup.example>",
            "Automatic reply: barista job",
            "I'm out of the office until Monday 9 November. For orders please contact our "
            "customer service team.",
        ),
        (  # the recruitment team's own desk
            "Hartley's Recruitment <recruitment@hartleys.example>",
            "Re: your order of interview",
            "Thank you for contacting the recruitment team. We have received your message and "
            "will get back to you within 48 hours. For customer service enquiries please call.",
        ),
    ],
)
def test_an_absence_or_a_hiring_desks_acknowledgement_stays_an_auto_reply(
    frm, subject, body
) -> None:
    assert rules_kind(uk(body, subject=subject, frm=frm, headers=_AUTO)) == "auto_reply"


# Typed fast after a trial: "were gonna go with someone", "going w someone", a name in lower
# case after "hey": still the employer's no to the reader.
@pytest.mark.parametrize(
    ("frm", "subject", "body"),
    [
        (
            "Callum <callum@hopbar.example>",
            "trial",
            "Hi Kay, thanks for doing the trial last night, the team liked you. were gonna go "
            "with someone whos done more barista work tho so its a no this time sorry. good luck!",
        ),
        (
            "Jess <jess@sunnysidecafe.example>",
            "sunny side",
            "hey sam!! thanks for coming to the group interview sat. we ended up going w someone "
            "who has more kitchen experience but it was close. keep an eye on our insta\n\njess\n"
            "sunny side cafe",
        ),
        (
            "Rob <rob@greensgrocers.example>",
            "Re: trial shift",
            "Hi Sam, thanks for the trial shift on Friday. We've decided to go with someone who "
            "can do more weekday hours, sorry. All the best, Rob",
        ),
    ],
)
def test_a_no_typed_fast_after_a_trial_is_a_rejection(frm, subject, body) -> None:
    assert rules_kind(uk(body, subject=subject, frm=frm)) == "rejection"


@pytest.mark.parametrize(
    ("frm", "subject", "body"),
    [
        (
            "Imran <imran.bistro@gmail.com>",
            "Good news!!",
            "Hi Sam,\n\ngood news. Me and Faisal have talked it through and we'd love you to come "
            "and run the kitchen for us as our head chef. £34k, 4 days a week. Can you let me "
            "know by Friday?\n\nImran",
        ),
        (
            "Petra <petra@baeckerei-korn.example>",
            "Re: Aushilfe",
            "Hi Sam, we'd love you to come and work with us at the bakery! 20 hours a week. Let "
            "me know if that's a yes.\n\nPetra",
        ),
        (
            "Gwen Ellis <gwen@ellisflorist.example>",
            "Re: shop assistant",
            "Hi Sam, loved having you in on Saturday. We'd like you to take over the Chapel "
            "Street shop as our new manager. Can you pop in on Monday to talk about the "
            "contract?\n\nGwen",
        ),
    ],
)
def test_a_job_to_run_or_work_with_us_wished_for_is_an_offer(frm, subject, body) -> None:
    assert rules_kind(uk(body, subject=subject, frm=frm)) == "offer"


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (  # a day's try-out, not the job
            "Trial shift",
            "Hi Sam, thanks for your CV! We'd love you to come and work with us on Saturday for a "
            "trial, let me know if that works.\n\nPetra",
            {"interview_request", "interview_scheduled", "employer_reply"},
        ),
        (  # an app's trial, not a try-out at work
            "Your trial",
            "Hi Sam, thanks for doing the trial of our budgeting app! We're going with a new "
            "pricing plan next month.\n\nPennywise",
            {"unrelated"},
        ),
    ],
)
def test_a_try_out_or_an_apps_trial_is_no_offer_or_refusal(subject, body, want) -> None:
    raw = uk(body, subject=subject, frm="Petra <petra@pennywise-bakery.example>")
    assert rules_kind(raw) in want


_PLATFORM_ICS = (
    "--zz\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:t1@shiftboard.example\r\n"
    "DTSTART:20261107T100000Z\r\nDTEND:20261107T140000Z\r\n"
    "ORGANIZER;CN=Marta Lopes:mailto:marta@beanandleaf.example\r\n"
    f"ATTENDEE;CN=Sam:mailto:{ME}\r\n"
    "SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize(
    ("frm", "subject", "body", "summary"),
    [
        (
            "Bean & Leaf Café via Shiftboard <no-reply@shiftboard.example>",
            "Trial shift confirmed - Barista at Bean & Leaf Café",
            "Bean & Leaf Café has scheduled a trial shift with you.\n\nWhen: Saturday 7 November "
            "2026, 10:00 - 14:00\nWhere: 12 High Street\n\nReply to this message to contact the "
            "manager.",
            "Trial shift - Barista - Bean & Leaf Café",
        ),
        (
            "Bean & Leaf Café via Crewhire <notifications@crewhire.example>",
            "Trial shift",
            "Hi Sam, you're booked in! See the invite attached.\n\nMarta",
            "Trial shift - Sam",
        ),
    ],
)
def test_a_platforms_booking_of_a_trial_is_a_booked_interview(frm, subject, body, summary):
    raw = uk(
        body,
        subject=subject,
        frm=frm,
        headers="Reply-To: Marta Lopes <marta@beanandleaf.example>\r\n",
        extra_parts=_PLATFORM_ICS.replace("{summary}", summary),
    )
    assert rules_kind(raw) == "interview_scheduled"
    assert _start(raw) == datetime.fromisoformat("2026-11-07T10:00:00+00:00")


def test_a_restaurants_reservation_with_an_invitation_stays_unrelated() -> None:
    raw = uk(
        "Your reservation at Trattoria Luca is confirmed. We look forward to seeing you!",
        subject="Reservation confirmed",
        frm="TableNow <no-reply@tablenow.example>",
        extra_parts=_PLATFORM_ICS.replace("{summary}", "Dinner at Trattoria Luca (2 people)"),
    )
    assert rules_kind(raw) == "unrelated"
    assert kind(raw) == "unrelated"


# The host thanks the reader for coming: a casual note from the firm's own domain is its answer.
@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Jess <jess@driftwoodroasters.example>",
            "driftwood",
            "hey sam!! thanks so much for coming to the group interview sat, you were lovely. we "
            "ended up going w someone with more latte art experience tho 🙂 keep an eye on our "
            "insta!!\n\njess",
            "rejection",
        ),
        (
            "Mo <mo@backstube-mo.example>",
            "heute",
            "hey sam!! danke fürs Probearbeiten gestern 😊 wir haben uns leider für jemand anderen "
            "entschieden. alles gute!!\n\nmo",
            "rejection",
        ),
        (
            "Lotte <lotte@bakkerijlotte.example>",
            "zaterdag",
            "hoi sam!! bedankt voor het proefdraaien 😊 we hebben gekozen voor iemand anders, "
            "sorry!! succes!\n\nlotte",
            "rejection",
        ),
    ],
)
def test_a_casual_note_thanking_for_a_try_out_is_the_firms_answer(frm, subject, body, want):
    assert rules_kind(uk(body, subject=subject, frm=frm)) == want


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nRon and I talked it over after your store visit and we'd love to have you "
        "join us as our new Pharmacy Technician! 30 hours a week.\n\nHolly",
        "Hi Sam, I spoke to Dave after the trade test and we'd like to offer you the position. "
        "£18 an hour to start.\n\nGaz",
        "Hi Sam, we had a chat when you left on Saturday and I'd like to offer you the job. "
        "First shift Monday?\n\nTom",
    ],
)
def test_an_offer_after_a_visit_told_as_done_is_an_offer(body) -> None:
    assert rules_kind(uk(body, subject="Good news", frm="Holly <holly@cedarpharmacy.example>")) == (
        "offer"
    )


def test_an_offer_planned_for_after_a_later_step_is_none() -> None:
    body = (
        "Hi Sam, thanks for the trial shift. After your references come back, we'd like to offer "
        "you the role.\n\nTom"
    )
    raw = uk(body, subject="Re: trial shift", frm="Tom <tom@redlionpub.example>")
    assert rules_kind(raw) != "offer"


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Sam\n\nSpoke to Dave. Come down to the workshop Tues 10th at 07:30 for the trade "
            "test. Unit 4, round the back. Bring your own boots.\n\nGaz",
            "2026-11-10T07:30:00+00:00",
        ),
        (
            "Hi Sam, head up to the site office on Thursday at 8am for a practical assessment "
            "with our foreman, it takes about two hours.\n\nKaren",
            "2026-11-05T08:00:00+00:00",
        ),
        (
            "Sam - pop in Friday at 2pm for a trade test on the bench, ask for Stu at the "
            "counter.\n\nBrightside Joinery",
            "2026-11-06T14:00:00+00:00",
        ),
    ],
)
def test_a_trade_test_at_one_time_is_a_booked_interview(body, start) -> None:
    raw = uk(body, subject="Re: Approved electrician", frm="Gaz <gaz@brightside-build.example>")
    assert rules_kind(raw) == "interview_scheduled"
    assert _start(raw) == datetime.fromisoformat(start)


@pytest.mark.parametrize(
    ("frm", "subject", "body"),
    [
        (
            "Petra Schulz <p.schulz@baeckerei-korn.example>",
            "Probearbeiten Samstag",
            "Hallo Sam, wir müssen das Probearbeiten am Samstag leider absagen, die Filiale bleibt "
            "wegen eines Wasserschadens geschlossen. Wir melden uns.\n\nPetra",
        ),
        (
            "Daan Visser <daan@eetcafedehoek.example>",
            "Proefdraaien",
            "Hoi Sam, het proefdraaien van zaterdag gaat helaas niet door, de keuken is dicht. Ik "
            "laat snel een nieuwe datum weten.\n\nDaan",
        ),
        (
            "Marta Lopes <marta@beanandleaf.example>",
            "Trial shift",
            "Hi Sam, sorry but we have to cancel your trial shift on Saturday, the kitchen is "
            "closed for repairs. We'll be in touch.\n\nMarta",
        ),
    ],
)
def test_a_try_out_called_off_is_a_cancelled_interview(frm, subject, body) -> None:
    assert rules_kind(cet(body, subject=subject, frm=frm)) == "interview_cancelled"


@pytest.mark.parametrize(
    ("frm", "subject", "body", "start"),
    [
        (
            "SnelBezorgd <jobs@snelbezorgd.example>",
            "Je groepssessie",
            "Hoi Sam,\n\nBedankt voor je sollicitatie als bezorger. Je bent ingepland voor onze "
            "groepssessie op donderdag 12 november om 18:00 uur in de hub.\n\nGroet,\nSnelBezorgd",
            "2026-11-12T18:00:00+01:00",
        ),
        (
            "Logistik Nord <jobs@logistiknord.example>",
            "Recruiting-Tag",
            "Hallo Sam,\n\ndanke für deine Bewerbung. Du bist für unseren Recruiting-Tag "
            "eingeplant: Samstag, 14. November, 10:00 Uhr im Lager Nord.\n\nLogistik Nord",
            "2026-11-14T10:00:00+01:00",
        ),
        (
            "Kita Regenbogen <leitung@kita-regenbogen.example>",
            "Ihre Bewerbung als Erzieherin",
            "Liebe Sam,\n\nwir freuen uns über Ihre Bewerbung und möchten Sie zu einer Hospitation "
            "am Dienstag, 10. November, um 9:00 Uhr in unsere Kita einladen.\n\nHerzliche Grüße\n"
            "Kita Regenbogen",
            "2026-11-10T09:00:00+01:00",
        ),
        (
            "Kinderopvang Zonnestraal <werken@zonnestraal.example>",
            "Je sollicitatie pedagogisch medewerker",
            "Beste Sam,\n\nWe willen je graag voor een meeloopdag op dinsdag 10 november om 9:00 "
            "uur op de groep uitnodigen.\n\nMet vriendelijke groet,\nKinderopvang Zonnestraal",
            "2026-11-10T09:00:00+01:00",
        ),
        (
            "Oakfield Care <jobs@oakfieldcare.example>",
            "Your recruitment open day",
            "Hi Sam,\n\nThank you for applying to be a care assistant. You're booked onto our "
            "recruitment open day on Saturday 14 November at 10am at Oakfield House. Please bring "
            "photo ID.\n\nOakfield Care",
            "2026-11-14T10:00:00+00:00",
        ),
    ],
)
def test_a_group_session_open_day_or_visit_booked_is_a_booked_interview(
    frm, subject, body, start
) -> None:
    date_ = UK if start.endswith("+00:00") else CET
    raw = mail(body, subject=subject, frm=frm, date_=date_, message_id="<oo-b@shop.example>")
    assert rules_kind(raw) == "interview_scheduled"
    assert _start(raw) == datetime.fromisoformat(start)


@pytest.mark.parametrize(
    ("frm", "subject", "body"),
    [
        (
            "Northside Food Bank <info@northsidefoodbank.example>",
            "Saturday",
            "Hi Sam, sorry but we have to cancel Saturday's volunteer shift at the food bank, the "
            "hall is closed. See you next week!\n\nNorthside Food Bank",
        ),
        (
            "Admissions <admissions@uni-north.example>",
            "Open day registration",
            "Dear Sam,\n\nThank you for registering for our undergraduate open day on Saturday 14 "
            "November at 10am. We look forward to welcoming you to campus.\n\nAdmissions Office",
        ),
        (
            "Northside Food Bank <info@northsidefoodbank.example>",
            "Your volunteer shift",
            "Hi Sam, thanks for volunteering! You're booked onto a volunteer shift at the food "
            "bank on Saturday 7 November at 10am.\n\nNorthside Food Bank",
        ),
    ],
)
def test_a_volunteer_shift_or_a_universitys_open_day_stays_unrelated(frm, subject, body):
    raw = uk(body, subject=subject, frm=frm)
    assert rules_kind(raw) == "unrelated"
    assert kind(raw) == "unrelated"


# The job given plainly after a trial, with the first shift: an offer, never a booked interview.
@pytest.mark.parametrize(
    ("frm", "subject", "body"),
    [
        (
            "Gary <gary@northline-logistics.example>",
            "Re: warehouse operative",
            "Hi Sam, you got the job! Can you start Monday at 7? Bring your bank details and "
            "P45.\n\nGary\nNorthline Logistics",
        ),
        (
            "Daan Visser <daan@eetcafedehoek.example>",
            "Re: Proefdraaien",
            "Hoi Sam,\n\nJe mag bij ons beginnen! Je eerste dienst is maandag 16 november om 7:00 "
            "uur.\n\nDaan\nEetcafé De Hoek",
        ),
        (
            "Claire Martin <claire@brasserieduport.example>",
            "Re: Journée d'essai",
            "Bonjour Sam,\n\nC'est bon pour nous, tu peux commencer lundi ! Ton premier service "
            "est à 18h.\n\nClaire\nBrasserie du Port",
        ),
        (
            "Petra Schulz <p.schulz@baeckerei-korn.example>",
            "Re: Probearbeiten",
            "Hallo Sam,\n\ndu hast den Job! Deine erste Schicht ist am Montag um 6 Uhr.\n\nPetra\n"
            "Bäckerei Korn",
        ),
        (
            "Javi Ruiz <javi@tabernaelpuerto.example>",
            "Re: Día de prueba",
            "Hola Sam, ¡el puesto es tuyo! Puedes empezar el lunes, tu primer turno es a las 12.",
        ),
    ],
)
def test_the_job_given_with_a_first_shift_is_an_offer(frm, subject, body) -> None:
    assert rules_kind(cet(body, subject=subject, frm=frm)) == "offer"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: vakkenvuller",
            "Hoi Sam, leuk dat je begint! Je eerste dienst is maandag 16 november om 7:00 uur. "
            "Neem je ID mee.",
        ),
        (
            "Re: warehouse operative job",
            "Hi Sam, welcome to the team! Your first shift is Monday 16 November at 7am, ask for "
            "Gary at goods-in.",
        ),
        (
            "Re: Aushilfe Bäckerei",
            "Hallo Sam, deine erste Schicht ist am Montag, 16. November, um 6 Uhr. Bis dann!",
        ),
    ],
)
def test_a_first_shift_is_no_interview(subject, body) -> None:
    raw = cet(body, subject=subject, frm="Boss <boss@shop-x.example>")
    assert rules_kind(raw) != "interview_scheduled"
    assert kind(raw) != "interview_scheduled"


def test_a_friends_congratulations_stay_unrelated() -> None:
    raw = uk(
        "omg you got the job!! so proud of you, drinks on friday to celebrate??",
        subject="!!!",
        frm="Mia <mia.lund@gmail.com>",
    )
    assert rules_kind(raw) == "unrelated"
