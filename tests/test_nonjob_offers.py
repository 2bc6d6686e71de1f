"""Offers in a job's words that are no job offered to the reader: a subscription, a
trade-in, an insurer's settlement, an upgrade, a credit limit, a loan, a scholarship, a grant,
a flat or an allotment offered, a fake recruiter's cheque or deposit, a retention deal, a
colleague's or a friend's new job, a counter-offer to stay (in English, German, French,
Spanish and Dutch). No acceptance or thank-you is drafted for them."""

from __future__ import annotations

import pytest

from classifymail import kind, mail, rules_kind

DRAFTING = {"interview_scheduled", "rejection", "offer"}

LOOKALIKES = [
    pytest.param(
        "Concesión de beca",
        "Fundación Horizonte <becas@fundacionhorizonte.example>",
        (
            "Estimada Sam:\n\nNos complace ofrecerle la beca de movilidad para el curso 2027, "
            "con una dotación de 6.000 euros. Por favor, confirme su aceptación antes del 1 de "
            "diciembre.\n\nFundación Horizonte"
        ),
        id="beca-offer-es",
    ),
    pytest.param(
        "Votre inscription",
        "Institut Formation Pro <admissions@ifp.example>",
        (
            "Bonjour Sam,\n\nNous avons le plaisir de vous proposer une place dans notre "
            "formation certifiante en gestion de projet à partir du 4 janvier.\n\nL'équipe IFP"
        ),
        id="formation-fr",
    ),
    pytest.param(
        "Je plek in het programma",
        "Startup Delta <info@startupdelta.example>",
        (
            "Hoi Sam,\n\nGoed nieuws! We bieden Tidewise een plek aan in ons "
            "acceleratorprogramma van het voorjaar. Laat je voor vrijdag weten of jullie "
            "meedoen?\n\nStartup Delta"
        ),
        id="programma-nl",
    ),
    pytest.param(
        "Zusage Wohnung",
        "Hausverwaltung Meyer <info@hv-meyer.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nwir freuen uns, Ihnen die Wohnung in der Lindenstraße "
            "anbieten zu können. Bitte melden Sie sich bis Freitag.\n\nHausverwaltung Meyer"
        ),
        id="wohnung-offer-de",
    ),
    pytest.param(
        "Votre offre de prêt",
        "Banque Rhône <credit@banquerhone.example>",
        (
            "Madame,\n\nNous avons le plaisir de vous adresser votre offre de prêt immobilier. "
            "Vous disposez d'un délai de réflexion de 10 jours.\n\nBanque Rhône"
        ),
        id="mortgage-offer-fr",
    ),
    pytest.param(
        "Employee of the Month!",
        "Karen Wells <karen.wells@lumenworks.example>",
        (
            "Hi Sam,\n\nCongratulations, you've been selected as our Employee of the Month! "
            "We'll celebrate on Friday at 4pm.\n\nKaren"
        ),
        id="eotm-en",
    ),
    pytest.param(
        "Offer for Jordan Lee",
        "Greenhouse <no-reply@greenhouse.example>",
        (
            "Hi Sam,\n\nThe offer for Jordan Lee (Backend Engineer) is ready for your approval. "
            "Please review the salary and start date before it is sent to the "
            "candidate.\n\nGreenhouse"
        ),
        id="hm-offer-review-en",
    ),
    pytest.param(
        "Congratulations to Maria!",
        "Tom Reed <tom.reed@lumenworks.example>",
        (
            "Hi team,\n\nPlease join me in congratulating Maria on her new role as Head of "
            "Sales, starting 1 December. We're delighted she accepted the position.\n\nTom"
        ),
        id="promo-announce-en",
    ),
    pytest.param(
        "Summer School 2027",
        "Summer School Office <summerschool@uni-example.example>",
        (
            "Dear Sam,\n\nWe are pleased to offer you a place on the 2027 Data Science Summer "
            "School. Please accept your place by 1 December.\n\nSummer School Office"
        ),
        id="summer-school-en",
    ),
    pytest.param(
        "Your flight has been cancelled",
        "SkyAir <no-reply@skyair.example>",
        (
            "Dear Sam,\n\nWe're sorry, your flight SA212 on 12 November has been cancelled. We "
            "can offer you a seat on the next flight at 3:40pm or a full refund.\n\nSkyAir"
        ),
        id="flight-en",
    ),
    pytest.param(
        "Gegenangebot",
        "Karin Weber <karin.weber@lumenworks.example>",
        (
            "Hallo Sam,\n\ndeine Kündigung hat uns überrascht. Wir möchten dir gern ein "
            "Gegenangebot machen: 10 % mehr Gehalt und die Teamleitung ab Januar. Können wir "
            "morgen sprechen?\n\nKarin"
        ),
        id="counter-offer-de",
    ),
    pytest.param(
        "Welcome to the team!",
        "HR Department <hr.dept.onboarding@outlook.com>",
        (
            "Dear Sam,\n\nCongratulations, you have been selected for the Remote Data Entry "
            "role. No interview is needed. Please send your online banking login details so we "
            "can deposit your equipment allowance.\n\nHR Department"
        ),
        id="scam-bank-en",
    ),
    pytest.param(
        "A special thank-you for you",
        "StreamBox <offers@streambox.example>",
        (
            "Hi Sam,\n\nWe're pleased to offer you 3 months of Premium for free. Just click "
            "below to accept this offer before 30 November.\n\nStreamBox"
        ),
        id="subscription-en",
    ),
    pytest.param(
        "Your trade-in quote",
        "Swappa Shop <trade@swappashop.example>",
        (
            "Hi Sam,\n\nWe've inspected your iPhone 13 and are pleased to offer you £220. "
            "Accept the offer within 7 days or we'll return the device.\n\nSwappa Shop"
        ),
        id="tradein-en",
    ),
    pytest.param(
        "Settlement offer - claim CLM-88412",
        "Claims Team <claims@shieldinsure.example>",
        (
            "Dear Sam,\n\nFurther to our assessment, we are pleased to offer you a settlement "
            "of £1,240 for your claim. Please let us know if you accept this offer.\n\nClaims "
            "Team"
        ),
        id="settlement-en",
    ),
    pytest.param(
        "Upgrade offer",
        "SkyAir <no-reply@skyair.example>",
        (
            "Dear Sam,\n\nGood news! We're delighted to offer you an upgrade to Business Class "
            "on your flight to Lisbon. Accept by 10 November.\n\nSkyAir"
        ),
        id="upgrade-en",
    ),
    pytest.param(
        "Ihr neues Kreditlimit",
        "Nordbank <service@nordbank.example>",
        (
            "Liebe Sam,\n\nwir freuen uns, Ihnen ein höheres Kreditlimit von 5.000 Euro "
            "anbieten zu können. Nehmen Sie das Angebot einfach online an.\n\nIhre Nordbank"
        ),
        id="creditlimit-de",
    ),
    pytest.param(
        "You're pre-approved",
        "Harbor Bank <offers@harborbank.example>",
        (
            "Hi Sam,\n\nGood news - you've been pre-approved for a loan of up to £15,000. "
            "Accept your offer today and get the money in 24 hours.\n\nHarbor Bank"
        ),
        id="loan-preapproved-en",
    ),
    pytest.param(
        "Next steps - Remote Assistant",
        "Daniel Brooks <hr.danielbrooks.recruit@gmail.com>",
        (
            "Hello Sam,\n\nCongratulations, you have been hired as a Remote Administrative "
            "Assistant. We will mail you a cheque to purchase your office equipment from our "
            "approved vendor. Once the cheque clears, send the remaining balance to the vendor "
            "via Zelle.\n\nDaniel Brooks\nHR"
        ),
        id="scam-cheque-en",
    ),
    pytest.param(
        "Job offer",
        "Talent Team <talentteam.hiring24@outlook.com>",
        (
            "Dear Candidate,\n\nCongratulations! You have been selected for a part-time online "
            "job, earning $300-$800 per day liking videos. No interview needed. Contact our HR "
            "on WhatsApp to start. A small activation deposit is required.\n\nTalent Team"
        ),
        id="scam-whatsapp-en",
    ),
    pytest.param(
        "Une offre rien que pour vous",
        "Orange <offres@orange.example>",
        (
            "Bonjour Sam,\n\nNous avons le plaisir de vous proposer une offre exclusive : votre "
            "forfait à 9,99 € par mois pendant 12 mois.\n\nL'équipe Orange"
        ),
        id="retention-fr",
    ),
    pytest.param(
        "Turing Scholarship award",
        "Scholarships Office <scholarships@turingtrust.example>",
        (
            "Dear Sam,\n\nWe are delighted to offer you the Turing Scholarship for 2027, "
            "covering full tuition fees and a stipend. Please confirm your acceptance by 1 "
            "December.\n\nScholarships Office"
        ),
        id="scholarship-offer-en",
    ),
    pytest.param(
        "Bewilligung Ihres Antrags",
        "Kulturstiftung <foerderung@kulturstiftung-nord.example>",
        (
            "Liebe Sam,\n\nwir freuen uns, Ihnen mitzuteilen, dass die Jury Ihr Projekt "
            "ausgewählt hat. Wir bieten Ihnen eine Förderung von 8.000 Euro an.\n\nIhre "
            "Kulturstiftung"
        ),
        id="grant-offer-de",
    ),
    pytest.param(
        "Piso en Calle Mayor",
        "Inmobiliaria Sol <alquiler@inmosol.example>",
        (
            "Hola Sam:\n\nEl propietario ha aceptado tu solicitud y te ofrece el piso. Por "
            "favor confirma antes del viernes si aceptas la oferta.\n\nInmobiliaria Sol"
        ),
        id="flat-offer-es",
    ),
    pytest.param(
        "Your part-exchange offer",
        "Motorpoint <sales@motorpoint.example>",
        (
            "Hi Sam,\n\nFollowing your valuation, we're happy to offer £6,300 for your Golf as "
            "part exchange. The offer is valid for 7 days.\n\nMotorpoint"
        ),
        id="car-dealer-en",
    ),
    pytest.param(
        "Ik heb hem!",
        "Lotte de Vries <lotte.devries@gmail.com>",
        (
            "Hoi Sam,\n\nIk heb net een aanbod gekregen van Booking voor die productrol!! "
            "Zullen we zaterdag proosten?\n\nLotte"
        ),
        id="friend-offer-nl",
    ),
    pytest.param(
        "Let's talk",
        "Karen Wells <karen.wells@lumenworks.example>",
        (
            "Hi Sam,\n\nI was sorry to read your resignation. Before you decide, we'd like to "
            "make you a counter-offer: a 12% raise and the senior title from January. Can we "
            "talk tomorrow?\n\nKaren"
        ),
        id="counter-offer-own-en",
    ),
    pytest.param(
        "Allotment waiting list",
        "Parks Department <allotments@leedscouncil.example>",
        (
            "Dear Sam,\n\nWe are pleased to offer you plot 14B at Meanwood allotments. Please "
            "confirm whether you wish to accept this offer within 14 days.\n\nParks Department"
        ),
        id="allotment-en",
    ),
    pytest.param(
        "Farewell drinks for Maria",
        "Office Team <office@lumenworks.example>",
        (
            "Hi all,\n\nAs many of you know, Maria has accepted an offer at Google and her last "
            "day is Friday. Join us for farewell drinks on Friday at 5pm in the "
            "kitchen!\n\nOffice Team"
        ),
        id="colleague-farewell-en",
    ),
    pytest.param(
        "Una oferta especial para ti",
        "Tienda Sol <ofertas@tiendasol.example>",
        (
            "Hola Sam:\n\nTenemos el placer de ofrecerte un 20 % en tu próxima compra. La "
            "oferta es válida hasta el domingo.\n\nTienda Sol"
        ),
        id="sales-es",
    ),
]


@pytest.mark.parametrize(("subject", "frm", "body"), LOOKALIKES)
def test_a_look_alike_gets_no_drafting_kind(subject: str, frm: str, body: str) -> None:
    raw = mail(body, subject=subject, frm=frm)
    assert rules_kind(raw) not in DRAFTING
    assert kind(raw) not in DRAFTING
