"""A rejection or an offer is a decision about the reader's own candidacy for a job, so a
careful reader asks three things before drafting for one: is it said to me (not to a club's
members, not a digest's story about other firms), is the thing offered a job (not a price for
my car, a loan, a grant, a place on a degree or my house's sale), and am I the candidate (not
the colleague asked to send the offer letter to someone else)? Worded afresh in several
sectors and languages, with recruiters' outcomes that must stay outcomes."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body", "frm"),
    [
        # said to a group: a choir, a Verein, a residents' association, a readers' digest
        (
            "Autumn notices",
            "Dear singers,\n\nThe librarian role is now filled - thank you to all who offered."
            " Music for the carol service is in your pigeonholes.\n\nHelen, Choir Secretary",
            "Helen <secretary@stmarkschoir.example>",
        ),
        (
            "Neuigkeiten aus dem Verein",
            "Liebe Vereinsmitglieder,\n\nder Vorstand hat sich für einen anderen Kandidaten "
            "als Kassenwart entschieden, der das Amt ab Januar übernimmt.\n\nEuer Vorstand",
            "Vorstand <vorstand@sv-linden.example>",
        ),
        (
            "Nieuwsbrief november",
            "Beste bewoners,\n\nDe functie van beheerder is inmiddels vervuld: we gaan verder "
            "met een kandidaat die al in de buurt woont. Tot op de borrel!\n\nHet bestuur",
            "Bewonersvereniging <info@bv-oosterpark.example>",
        ),
        (
            "Five hiring stories this week",
            "In this issue\n\n- Northwind went with an internal candidate who ran its Lisbon "
            "office.\n- Why the CFO post is now filled at three FTSE firms.\n\nManage "
            "preferences",
            "The Brief <digest@thebrief.example>",
        ),
        # the thing offered is no job: a sofa's price, a loan, a place on a degree, a house
        (
            "Your listing: grey corner sofa",
            "Hi Sam, I'd like to offer you £180 for the sofa and can collect Saturday. Is "
            "that offer OK?\n\nPriya",
            "Priya Shah <priya.shah@outlook.example>",
        ),
        (
            "Your personal loan",
            "Dear Sam,\n\nGood news: we can make you an offer of a personal loan of £5,000 at "
            "7.4% APR. Accept your offer in the app within 14 days.\n\nHarbour Bank",
            "Harbour Bank <loans@harbourbank.example>",
        ),
        (
            "Décision d'admission",
            "Bonjour Sam,\n\nNous avons le plaisir de vous faire une proposition d'admission en "
            "master Économie appliquée. Votre offre formelle suivra sur la plateforme.\n\n"
            "Service des admissions",
            "Admissions <admissions@univ-lyon.example>",
        ),
        (
            "Bod op Dorpsstraat 8",
            "Beste Sam,\n\nDe kopers hebben een bod gedaan van 415.000 euro. Zullen we het "
            "aanbod accepteren? Ik hoor graag van je.\n\nMakelaar Jansen",
            "Jansen Makelaars <info@jansenmakelaars.example>",
        ),
        # a fund's or a rescue's refusal of what the reader applied for
        (
            "Community grants 2027",
            "Dear Sam,\n\nThank you for your application to the Riverside Community Fund. "
            "Unfortunately your application was not successful this time.\n\nGrants team",
            "Riverside Community Fund <grants@riversidefund.example>",
        ),
        (
            "Your application to adopt Pepper",
            "Hi Sam,\n\nThank you for applying to adopt Pepper. We have decided to go with "
            "another applicant who lives closer to the shelter.\n\nMeadow Rescue",
            "Meadow Rescue <adopt@meadowrescue.example>",
        ),
        # the reader is the colleague on the hiring side
        (
            "Re: shortlist",
            "Sam, we'll send the offer letter to Marcus on Monday for the Ops role, can you "
            "book his induction?\n\nLeila",
            "Leila Haddad <leila.haddad@gmail.example>",
        ),
        (
            "Absage",
            "Hallo Sam,\n\nkannst du Herrn Brandt morgen die Absage schicken? Wir nehmen die "
            "andere Kandidatin.\n\nDanke, Jana",
            "Jana Roth <jana.roth@web.example>",
        ),
        (
            "Re: panel",
            "Thanks so much for interviewing the four candidates yesterday - we're offering "
            "the analyst job to someone whose notice period is shorter.\n\nTom",
            "Tom Ellis <tom.ellis@hotmail.example>",
        ),
    ],
)
def test_an_outcome_that_is_not_the_readers_job(subject: str, body: str, frm: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        (
            "Re: Warehouse Operative job",
            "Kieran sorry mate, job's gone. Went with a lad who's already got his forklift "
            "ticket. Keep an eye on our page.\n\nSteve",
            "Steve <steve@dalesidefreight.example>",
            "rejection",
        ),
        (
            "Re: the role",
            "Hi Ana - we went another way on the designer role, best of luck.",
            "Ola <ola@studiofjord.example>",
            "rejection",
        ),
        (
            "Offer - Junior Analyst",
            "Dear Sam,\n\nWe are delighted to offer you the position of Junior Analyst, "
            "starting 4 January. Your contract is attached.\n\nPeople team",
            "People <people@lumenbank.example>",
            "offer",
        ),
        (
            "Ihre Bewerbung",
            "Sehr geehrte Frau Yilmaz,\n\nwir möchten Sie gerne als Sachbearbeiterin "
            "einstellen. Den Arbeitsvertrag senden wir Ihnen per Post.\n\nPersonalabteilung",
            "Personal <personal@stadtwerke-hameln.example>",
            "offer",
        ),
    ],
)
def test_the_readers_own_outcome_stays_one(subject: str, body: str, frm: str, want: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        # a question about an offer someone else was to make offers nothing
        (
            "catch up?",
            "Hey Sam! Has the agency guy finally sent the offer?? Tell me everything. Drinks "
            "Friday?\n\nJo",
            "Jo <jo.martin@gmail.example>",
            "unrelated",
        ),
        # papers to bring to a bank or a council office are no offer
        (
            "Your appointment on 2 December",
            "Dear Sam,\n\nPlease bring your passport, a recent payslip and your employment "
            "contract as proof of income to your mortgage appointment.\n\nHarbour Bank",
            "Harbour Bank <appointments@harbourbank.example>",
            "unrelated",
        ),
        (
            "Termin Bürgeramt",
            "Guten Tag,\n\nbitte bringen Sie zu Ihrem Termin Ihren Ausweis, die "
            "Meldebescheinigung und Ihren Arbeitsvertrag mit.\n\nStadt Lindenau",
            "Bürgeramt <termine@lindenau.example>",
            "unrelated",
        ),
        # a parents' evening and a newsletter's issue are no interview
        (
            "Oudergesprekken groep 5",
            "Beste ouders,\n\nUw tien-minutengesprek met juf Anouk is bevestigd op dinsdag 24 "
            "november om 16:20 uur.\n\nBasisschool De Regenboog",
            "De Regenboog <info@regenboog.example>",
            "unrelated",
        ),
        (
            "Interview Weekly - Issue #212",
            "Interview Weekly, Issue #212\n\nYour interview is confirmed for Thursday at 10? "
            "Here's how to prepare the night before: sleep, notes, route.\n\nUnsubscribe",
            "Interview Weekly <letters@interviewweekly.example>",
            "unrelated",
        ),
        # a receipt whose refusal hangs on silence stays a receipt
        (
            "Application received - Site Engineer",
            "Dear Sam,\n\nThank you for your application for the Site Engineer role. We have "
            "received your application; if we do not contact you within four weeks, please "
            "assume that your application was not successful.\n\nRecruitment team",
            "Recruitment <jobs@kellbuild.example>",
            "application_received",
        ),
    ],
)
def test_words_of_an_outcome_that_decide_nothing(
    subject: str, body: str, frm: str, want: str
) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        # a child's school place, a seat at an event, a letter of admission: no job
        (
            "Nursery admissions",
            "Dear Sam,\n\nThank you for applying for a nursery place for Theo. We have offered "
            "the remaining places to other applicants; Theo is on the waiting list at position "
            "7.\n\nAdmissions",
            "Little Oaks <admissions@littleoaks.example>",
            "unrelated",
        ),
        (
            "Your RustConf ticket application",
            "Hi Sam, thanks for applying for a diversity ticket. Sadly we couldn't offer you a "
            "seat this year - all tickets went within a day.\n\nRustConf team",
            "RustConf <tickets@rustconf.example>",
            "unrelated",
        ),
        (
            "Votre candidature",
            "Bonjour Sam,\n\nFélicitations ! Votre lettre d'admission pour la rentrée de "
            "septembre est disponible dans votre espace.\n\nService scolarité",
            "Scolarité <scolarite@iae-lille.example>",
            "unrelated",
        ),
        (
            "Noticias del club",
            "Queridos socios:\n\nEl puesto de tesorero ya está cubierto; gracias a todos los "
            "que presentaron su candidatura.\n\nLa junta",
            "Club Remo <junta@clubremo.example>",
            "unrelated",
        ),
        # a Dutch offer said with the separable verb around the job
        (
            "Ons aanbod",
            "Hoi Sam,\n\nZoals besproken bieden we je graag de functie van Planner bij "
            "Vlietland Transport aan. Laat je voor vrijdag weten of je akkoord bent?\n\nMarieke",
            "Marieke <marieke@vlietlandtransport.example>",
            "offer",
        ),
    ],
)
def test_places_seats_and_a_separable_offer(subject: str, body: str, frm: str, want: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        # an offer withheld is a refusal, not an offer
        (
            "Final round - Data Lead",
            "Hi Sam,\n\nThanks for the final round. After a long debrief we have decided not "
            "to make an offer for the Data Lead role this time.\n\nKai",
            "Kai Berg <kai.berg@northloop.example>",
            "rejection",
        ),
        (
            "Your interview",
            "Dear Sam, we are unable to offer you the position of Site Manager, as the client "
            "chose a candidate with CSCS cover.\n\nRecruitment",
            "Recruitment <jobs@stonebridge.example>",
            "rejection",
        ),
        # an offer made earlier, referred back to in the paperwork that follows it
        (
            "Right to work check - Warehouse Lead",
            "Hi Sam,\n\nCongratulations again on your offer for the Warehouse Lead position! As "
            "set out in your offer letter, we now need your right-to-work documents; please "
            "upload them in the portal.\n\nPeople team",
            "People <people@fernlogistics.example>",
            "employer_reply",
        ),
        # the reader's own bid accepted, a race's draw
        (
            "Re: the Ducati",
            "Hi Sam, good news - the seller will accept your offer of 6,200 for the bike if you "
            "can collect by Sunday.\n\nMotoMart",
            "MotoMart <sales@motomart.example>",
            "unrelated",
        ),
        (
            "Berlin Half 2027",
            "Hallo Sam,\n\nleider hattest du bei der Verlosung der Startplätze kein Glück. Wir "
            "drücken dir für nächstes Jahr die Daumen!\n\nDein Laufteam",
            "Laufteam <team@berlinhalf.example>",
            "unrelated",
        ),
        # a jury's refusal of a project, a yearly review at one's own job, a bank's meeting
        (
            "Open call 2027",
            "Dear Sam,\n\nThank you for submitting to our open call. We regret to inform you that "
            "your proposal was not selected by the jury.\n\nHarbour Arts",
            "Harbour Arts <opencall@harbourarts.example>",
            "unrelated",
        ),
        (
            "Jahresgespräch",
            "Hallo Sam,\n\nlass uns unser Mitarbeitergespräch am Dienstag, 1. Dezember um 10 "
            "Uhr im Raum Elbe machen. Bitte bring deine Ziele mit.\n\nMarkus",
            "Markus Lenz <markus.lenz@hafenwerk.example>",
            "unrelated",
        ),
        (
            "Votre rendez-vous",
            "Bonjour,\n\nNous vous confirmons votre entretien avec votre conseiller le lundi 30 "
            "novembre à 9h30 au sujet de votre projet immobilier.\n\nVotre agence",
            "Banque Lumen <agence@banquelumen.example>",
            "unrelated",
        ),
    ],
)
def test_withheld_or_earlier_offers_and_other_meetings(
    subject: str, body: str, frm: str, want: str
) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want


@pytest.mark.parametrize(
    ("subject", "body", "frm"),
    [
        # asked to sit on the panel that assesses others
        (
            "Selection day - panel",
            "Dear Sam,\n\nWe would be delighted if you could join us as a panel member for the "
            "graduate selection day on Thursday 3 December at 9:00, when we interview twelve "
            "applicants.\n\nEarly Careers team",
            "Early Careers <earlycareers@brightwell.example>",
        ),
        # a demo booked, an investors' call, a public employment office's follow-up
        (
            "Your demo is booked",
            "Hi Sam, thanks for requesting a demo of Ledgerline. Your session with Priya is "
            "booked for Monday 30 November at 15:00 GMT.\n\nLedgerline",
            "Ledgerline <team@ledgerline.example>",
        ),
        (
            "Shareholders' update",
            "Dear Sam,\n\nAs one of our angel investors you're invited to our investor update "
            "call on Friday 4 December at 16:00 CET.\n\nMira, CEO",
            "Mira Lund <mira@fjordcell.example>",
        ),
        (
            "Convocation",
            "Madame,\n\nVous êtes convoquée à un entretien de suivi avec votre conseiller France "
            "Travail le mardi 1er décembre à 10h.\n\nFrance Travail",
            "France Travail <ne-pas-repondre@francetravail.example>",
        ),
        # a job board's list, a show's guest slot, a coworking room
        (
            "31 new retail jobs near Leeds",
            "31 new retail jobs near Leeds\n\nStore Assistant - Headrow · Interviewing now · "
            "Open day Sat 28 Nov, 10am-2pm\n\nManage alerts",
            "JobHive <alerts@jobhive.example>",
        ),
        (
            "Re: guest interview",
            "Great, locked in for Thursday 3 December at 5pm - can't wait to have you on the "
            "show!\n\nTheo",
            "Theo <theo@buildersbrew.example>",
        ),
        (
            "Booking confirmed: Room Birch",
            "Your booking is confirmed. Room Birch, Wed 2 Dec 2026, 14:00-15:00. Credits used: "
            "1. Ideal for calls and interviews.\n\nHive Coworking",
            "Hive Coworking <bookings@hivecowork.example>",
        ),
    ],
)
def test_meetings_that_are_no_interview_of_the_reader(subject: str, body: str, frm: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == "unrelated"
