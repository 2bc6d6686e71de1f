"""classify(): a signature's street, list of trades or the job's title is no employer.

A small firm's signature reads "Firm / Street, Town" or "Firm Ltd / Boilers - Servicing -
Bathrooms": the street ("Quay Street", "Hauptstraße", "Rue des Moulins") and the trades it
lists are no name, the firm's line above them is. A German title of the job in the subject
("Pflegehelferin", "Verkäuferin") is no firm either, where the signature names the care home
("Seniorenresidenz Lindenhof"). A mail service's domain ("webpost.example") is no employer,
and neither is a booking tool that says it sends "on behalf of" the employer.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<st@x.example>")

_ASK = "Thanks for the CV. Could you come in for a chat on Tuesday at 11am?\n\n"


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Ciarán O'Dwyer <ciaran@odwyersgalway.example>",
            f"Hi Sam,\n\n{_ASK}Ciarán\nO'Dwyer's Bar & Kitchen\nQuay Street, Galway\n",
            "O'Dwyer's Bar & Kitchen",
        ),
        (
            "Jonas Brand <jonas@brandbaeck.example>",
            "Hallo Sam,\n\ndanke für Ihre Bewerbung. Können Sie am Dienstag um 11 Uhr zu "
            "einem Vorstellungsgespräch kommen?\n\nJonas Brand\nBäckerei Brand & Söhne\n"
            "Hauptstraße, Bamberg\n",
            "Bäckerei Brand & Söhne",
        ),
        (
            "Luc Morel <luc@moulinmorel.example>",
            "Bonjour Sam,\n\nMerci pour votre CV. Pouvez-vous passer pour un entretien mardi à "
            "11h ?\n\nLuc\nBoulangerie du Moulin Morel\nRue des Moulins, Lyon\n",
            "Boulangerie du Moulin Morel",
        ),
        (
            "Pilar Ruiz <pilar@elolivo.example>",
            "Hola Sam,\n\nGracias por tu CV. ¿Puedes venir a una entrevista el martes a las "
            "11?\n\nPilar\nRestaurante El Olivo\nCalle Mayor, Toledo\n",
            "Restaurante El Olivo",
        ),
        (
            "Bas de Groot <bas@kerkzicht.example>",
            "Hoi Sam,\n\nBedankt voor je cv. Kun je dinsdag om 11 uur langskomen voor een "
            "gesprek?\n\nBas\nEetcafé Kerkzicht\nKerkstraat, Gouda\n",
            "Eetcafé Kerkzicht",
        ),
        # a near miss: a hotel and its town, the town after the comma
        (
            "Aoife <aoife@harbourviewhotel.example>",
            f"Hi Sam,\n\n{_ASK}Aoife\nHarbourview Hotel, Cork\n",
            "Harbourview Hotel",
        ),
    ],
)
def test_a_street_after_the_firm_is_no_name(frm, body, want):
    assert company(mail(body, frm=frm, subject="Re: Bar staff")) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Bev Hollis <bevhollis62@homemail.example>",
            "Hi Sam\n\nThursday half nine it is for the interview. Come to the yard.\n\nBev\n\n"
            "Bev Hollis\nHollis & Daughters Heating Ltd\nBoilers - Servicing - Bathrooms\n"
            "14 Tanner Row, Horsforth, Leeds LS18\n",
            "Hollis & Daughters Heating",
        ),
        (
            "Uwe Krämer <uwe.kraemer@freenet-post.example>",
            "Hallo Sam,\n\ndas Vorstellungsgespräch am Donnerstag um 9:30 passt.\n\nUwe\n\n"
            "Uwe Krämer\nKrämer Haustechnik GmbH\nHeizung · Sanitär · Solar\n"
            "Am Markt 3, 96047 Bamberg\n",
            "Krämer Haustechnik",
        ),
        (
            "Henk Vos <henkvos@homemail.example>",
            "Hoi Sam,\n\nDonderdag half tien voor het sollicitatiegesprek is prima.\n\nHenk\n\n"
            "Vos Installatietechniek B.V.\nLoodgieter - Verwarming - Badkamers\n",
            "Vos Installatietechniek",
        ),
    ],
)
def test_a_line_of_trades_under_the_registered_name(frm, body, want):
    assert company(mail(body, frm=frm, subject="Re: Office manager")) == want


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Zusage – Pflegehelferin (m/w/d) Wohnbereich 2",
            "Sehr geehrte Frau Mensah,\n\nwir freuen uns, Ihnen die Stelle als "
            "Pflegehelferin (m/w/d) anbieten zu können. Bitte teilen Sie uns bis zum "
            "27.11.2026 mit, ob Sie das Angebot annehmen.\n\nMit freundlichen Grüßen\n\n"
            "Birgit Schäfer\nPflegedienstleitung\nSeniorenresidenz Lindenhof\n"
            "Lindenallee 12 · 30173 Hannover\n",
            "Seniorenresidenz Lindenhof",
        ),
        (
            "Einladung – Verkäuferin (m/w/d) Filiale Nord",
            "Hallo Frau Mensah,\n\nwir laden Sie zum Vorstellungsgespräch als Verkäuferin "
            "am Dienstag, 24.11., um 10 Uhr ein.\n\nViele Grüße\n\nAnna Berg\nFilialleitung\n"
            "Pflegeheim Am Rosengarten\n",
            "Pflegeheim Am Rosengarten",
        ),
    ],
)
def test_the_jobs_title_is_no_firm(subject, body, want):
    writer = body.split("\n\n")[-1].splitlines()[0]
    frm = f"{writer} <{writer.split()[0].lower()}@mailbox-web.example>"
    assert company(mail(body, frm=frm, subject=subject)) == want


def test_a_mail_service_domain_is_no_employer():
    body = (
        "Hi Sam,\n\nJoe and I have decided not to take on a freelance bookkeeper after all. "
        "Thank you for the interview and your proposal.\n\nAll the best,\nRosa\n\n"
        "Rosa Pennant\nPennant & Finch - handbound notebooks & stationery\n"
        "www.pennantandfinch.example\n"
    )
    frm = "Rosa Pennant <rosapennant@webpost.example>"
    assert company(mail(body, frm=frm, subject="Re: Bookkeeping")) == "Pennant & Finch"


@pytest.mark.parametrize(
    ("frm", "footer", "want"),
    [
        (
            "Tidewater Hotels Careers <careers@mail.hospitably.example>",
            "Sent via Hospitably on behalf of Tidewater Hotels Ltd. · Email preferences\n"
            "Hospitably, 3 Hardman Street, Manchester M3 3HF\n",
            "Tidewater Hotels",
        ),
        (
            "Stadtwerke Fallingen Karriere <karriere@mail.jobwerk.example>",
            "Gesendet über Jobwerk im Auftrag von Stadtwerke Fallingen GmbH\n"
            "Jobwerk, Hafenstraße 3, Hamburg\n",
            "Stadtwerke Fallingen",
        ),
    ],
)
def test_a_tool_sending_on_behalf_of_the_employer(frm, footer, want):
    body = (
        "Hi Sam,\n\nThank you for your application for the Breakfast Server position. After "
        "careful thought we've decided to move forward with other applicants.\n\n" + footer
    )
    assert company(mail(body, frm=frm, subject="Your application")) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Jenna Park <jenna.park@meridianrail.example>",
            "Hi Sam - really sorry, but I have to cancel your interview with Rob on Dec 4. "
            "He's going out on unexpected leave next week.\n\nJenna\n",
            "Meridian Rail",
        ),
        (
            "Jana Weber <jana.weber@donauwerft.example>",
            "Hallo Sam,\n\nleider muss ich Ihr Gespräch mit Jonas am 4. Dezember absagen. "
            "Er ist ab nächster Woche im Urlaub.\n\nJana\n",
            "Donauwerft",
        ),
        (
            "Eva de Jong <eva@polderhaven.example>",
            "Hoi Sam,\n\nHelaas moet ik je gesprek met Bram op 4 december afzeggen. Hij is "
            "volgende week afwezig.\n\nEva\n",
            "Polderhaven",
        ),
    ],
)
def test_a_first_name_spoken_of_past_a_date_is_no_firm(frm, body, want):
    assert company(mail(body, frm=frm, subject="Your interview")) == want
