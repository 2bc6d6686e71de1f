"""classify(): the employer's name stops where a desk, a programme or a store's number begins.

A firm's desks sign with its name and their own words: "Kitebase SDR Team", "Northway
Grocers Support Center", "Halloran Freight Candidate Home", "Harrowgate Capital Graduate
Recruitment", "Stanmore Group 2027 Technology Graduate Programme", "Fuelbird 212". The
employer is the name before them. A firm named by what it runs in the plural signing with
its own recruiting desk ("Harrowgate Hotels Recruitment") hires for itself, where an agency
("Halden Blake Recruitment", "Brightwater Medical Staffing") acts for a client. Mail
written for these tests in five languages; the hard negatives keep a name's own words
("Tallgrass AI", "Calderbrook NHS", "Fernhill Robotics", "Route 66 Diner").
"""

from __future__ import annotations

import pytest

from classifymail import company, mail

# (From, Subject, body, employer)
DESKS = [
    (
        "Kitebase SDR Team <sdr-hiring@kitebase.example>",
        "Interview",
        "Hi Sam,\n\nThanks for applying to the SDR role at Kitebase. Can you do Tuesday at "
        "3?\n\nKitebase SDR Team\n",
        "Kitebase",
    ),
    (
        "Northway Grocers Support Center <careers@northwaygrocers.example>",
        "Application received",
        "Dear Sam,\n\nThank you for applying to Northway Grocers. We have received your "
        "application for Store Associate.\n\nNorthway Grocers Support Center\n",
        "Northway Grocers",
    ),
    (
        "Halloran Freight Candidate Home <no-reply@halloranfreight.example>",
        "Application received",
        "Dear Sam,\n\nThanks for applying to Halloran Freight. We have received your "
        "application.\n\n",
        "Halloran Freight",
    ),
    (
        "Harrowgate Capital Graduate Recruitment <grads@harrowgatecapital.example>",
        "Your application",
        "Dear Sam,\n\nThank you for applying to the Harrowgate Capital Graduate Programme "
        "2027. We have received your application.\n\nHarrowgate Capital Graduate "
        "Recruitment\n",
        "Harrowgate Capital",
    ),
    (
        "Stanmore Group <stanmore@myworkday.example>",
        "Stanmore Group 2027 Technology Graduate Programme - application received",
        "Dear Sam,\n\nThank you for applying to the Stanmore Group 2027 Technology Graduate "
        "Programme.\n\nStanmore Group Early Careers\n",
        "Stanmore Group",
    ),
    (
        "Pia Lund <pia@northwind.example>",
        "Interview",
        "Hi Sam,\n\nThanks for applying to Northwind Traders. Could you come in for an "
        "interview on Thursday at 10?\n\nPia Lund\nNorthwind Traders Sales Team\n",
        "Northwind Traders",
    ),
    (
        "Westbrook Bank Early Careers <earlycareers@westbrookbank.example>",
        "Application received",
        "Dear Sam,\n\nThank you for applying to the Westbrook Bank Graduate Programme. We "
        "have received your application.\n\nWestbrook Bank Graduate Recruitment Team\n",
        "Westbrook Bank",
    ),
    (
        "Fuelbird 212 <store212@fuelbird.example>",
        "Interview",
        "Hi Sam,\n\nThanks for applying at Fuelbird. Can you come for an interview Tuesday "
        "at 4pm at the store?\n\nFuelbird 212 Management\n",
        "Fuelbird",
    ),
]

IN_HOUSE = [
    (
        "Harrowgate Hotels Careers <careers-noreply@harrowgatehotels.example>",
        "Application confirmation",
        "Dear Sam,\n\nWe're writing to confirm that your application materials for the "
        "Operations Coordinator position have reached us. Our team reviews every "
        "application.\n\nKind regards,\nHarrowgate Hotels Recruitment\n",
        "Harrowgate Hotels",
    ),
    (
        "Kestrel Foods Recruiting <jobs@kestrelfoods.example>",
        "Your application",
        "Dear Sam,\n\nThank you for applying for the Production Supervisor role. We have "
        "received your application and will review it.\n\nKestrel Foods Recruiting\n",
        "Kestrel Foods",
    ),
]

# Mail whose answer was right before and must stay so.
UNCHANGED = [
    (
        "Tom Reilly <tom.reilly@haldenblake.example>",
        "Marketing Manager role",
        "Hi Sam,\n\nMy client, Corrib Outdoor, would like to meet you for the Marketing "
        "Manager role on Friday at 11am.\n\nThanks,\nTom Reilly\nHalden Blake Recruitment\n",
        "Corrib Outdoor",
    ),
    (
        "Ana Ruiz <ana.ruiz@brightwatermedicalstaffing.example>",
        "Interview - ICU RN",
        "Hi Sam,\n\nGreat news: Columbine Ridge Hospital would like to interview you for the "
        "ICU RN contract on Tuesday at 2pm.\n\nAna Ruiz\nBrightwater Medical Staffing\n",
        "Columbine Ridge Hospital",
    ),
    (
        "Lin Zhao <lin@tallgrass.example>",
        "Interview",
        "Hi Sam,\n\nCould we do an interview on Tuesday at 3pm?\n\nLin Zhao\nTallgrass AI Team\n",
        "Tallgrass AI",
    ),
    (
        "Mary Doyle <mary.doyle@calderbrook.nhs.example>",
        "Interview invitation",
        "Dear Sam,\n\nWe would like to invite you to an interview on Monday 9 November at "
        "10am.\n\nMary Doyle\nCalderbrook NHS Recruitment Team\n",
        "Calderbrook NHS",
    ),
    (
        "Jo Pike <jo@fernhill.example>",
        "Interview",
        "Hi Sam,\n\nThanks for applying. Could you do an interview Wednesday at 1pm?\n\nJo "
        "Pike\nFernhill Robotics Recruiting\n",
        "Fernhill Robotics",
    ),
    (
        "Owen Park <owen@route66diner.example>",
        "Trial shift",
        "Hi Sam,\n\nCan you come in for a trial shift and a quick interview Saturday at "
        "10am?\n\nOwen\nRoute 66 Diner\n",
        "Route 66 Diner",
    ),
    (
        "Brightmoor Payments <no-reply@brightmoorpayments.example>",
        "Application received",
        "Hi Sam,\n\nThanks for applying to Brightmoor Payments. Our Brightmoor Payments "
        "Candidate Experience team will be in touch.\n",
        "Brightmoor Payments",
    ),
    (
        "Karriere Lindenhof <karriere@lindenhof-mb.example>",
        "Eingangsbestätigung",
        "Guten Tag Sam,\n\nvielen Dank für Ihre Bewerbung bei der Lindenhof Maschinenbau "
        "GmbH. Wir melden uns in Kürze.\n\nIhr Recruiting-Team\nLindenhof Maschinenbau "
        "GmbH\n",
        "Lindenhof Maschinenbau",
    ),
    (
        "Recrutement Banque Alzette <recrutement@banquealzette.example>",
        "Votre candidature",
        "Bonjour Sam,\n\nNous avons bien reçu votre candidature pour le poste d'analyste. "
        "L'équipe Recrutement de la Banque Alzette reviendra vers vous.\n\nBanque Alzette - "
        "Ressources Humaines\n",
        "Banque Alzette",
    ),
    (
        "Selección Farmacias Tulipán <seleccion@farmaciastulipan.example>",
        "Tu candidatura",
        "Hola Sam,\n\nGracias por tu candidatura en Farmacias Tulipán. Te contactaremos "
        "pronto.\n\nEquipo de Selección\nFarmacias Tulipán\n",
        "Farmacias Tulipán",
    ),
    (
        "Werken bij Noordkade <werkenbij@noordkadelogistiek.example>",
        "Ontvangstbevestiging",
        "Beste Sam,\n\nBedankt voor je sollicitatie bij Noordkade Logistiek. We nemen binnen "
        "twee weken contact op.\n\nMet vriendelijke groet,\nTeam Werving & "
        "Selectie\nNoordkade Logistiek\n",
        "Noordkade Logistiek",
    ),
    (
        "Greenhouse <no-reply@greenhouse.io>",
        "Thank you for applying to Pebblestone Labs",
        "Hi Sam,\n\nThanks for applying to Pebblestone Labs! Our Pebblestone Labs University "
        "Recruiting team will review your application.\n\nBest,\nPebblestone Labs\n",
        "Pebblestone Labs",
    ),
    (
        "Ben Adams <ben.adams@orchardrow.example>",
        "Interview - Data Analyst",
        "Hi Sam,\n\nThanks for applying to Orchard Row. Could you come in on Tuesday at "
        "10?\n\nBen Adams\nHead of Data\n",
        "Orchard Row",
    ),
    (
        "Ben Adams <ben.adams@orchardrow.example>",
        "Re: Interview",
        "Perfect, see you Tuesday at 10 then!\n\nBen\n--\nBen Adams | Orchard Row Ltd | London\n",
        "Orchard Row",
    ),
    (
        "Lena Vogt <lena.vogt@velonova.example>",
        "Ihre Bewerbung",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung bei Vélonova. Wir laden Sie gerne zu "
        "einem Gespräch am Dienstag, 10. November um 14 Uhr ein.\n\nViele Grüße\nLena Vogt\n",
        "Vélonova",
    ),
    (
        "Tom Kerr <tom@kesslerthorne.example>",
        "Re: next steps",
        "Hi Sam, Thursday 2pm works. Speak then.\n\nTom Kerr\nPartner, Kessler Thorne\n",
        "Kessler Thorne",
    ),
    (
        "Joana Ruiz <joana.ruiz@nanduenvios.example>",
        "Entrevista",
        "Hola Sam,\n\nGracias por tu interés en Ñandú Envíos. ¿Te viene bien el martes a las "
        "10?\n\nSaludos,\nJoana Ruiz\n",
        "Ñandú Envíos",
    ),
    (
        "Pieter de Groot <p.degroot@zorggroepdelinde.example>",
        "Uitnodiging gesprek",
        "Beste Sam,\n\nGraag nodigen we je uit voor een gesprek bij Zorggroep De Linde op "
        "dinsdag om 10:00.\n\nMet vriendelijke groet,\nPieter de Groot\n",
        "Zorggroep De Linde",
    ),
    (
        "Rosa Gil <rosa.gil@almadialogistica.example>",
        "Entrevista - Analista",
        "Hola Sam,\n\nTe escribo de Almadía Logística para invitarte a una entrevista el "
        "jueves a las 11.\n\nUn saludo,\nRosa Gil\nRRHH\n",
        "Almadía Logística",
    ),
    (
        "Amy Shaw <amy@mesaverdehealth.example>",
        "Phone screen",
        "Hi Sam,\n\nThanks for applying to Mesa Verde Health. Are you free Wednesday at 3pm "
        "for a phone screen?\n\nAmy\n",
        "Mesa Verde Health",
    ),
    (
        "Dana Lowe <dana@northloopcreative.example>",
        "Interview",
        "Hey Sam! Loved your portfolio. Can you chat Friday 11am?\n\nDana Lowe\nCreative "
        "Director | North Loop Creative\n",
        "North Loop Creative",
    ),
    (
        "Kai Meyer <kai.meyer@atelierboreal.example>",
        "Entretien",
        "Bonjour,\n\nL'Atelier Boréal vous propose un entretien jeudi à 15h.\n\nKai Meyer\n",
        "Atelier Boréal",
    ),
    (
        "Tomás Vidal <tvidal@clinicamontearagon.example>",
        "Entrevista",
        "Hola Sam,\n\nle escribo desde la Clínica Montearagón para concertar una entrevista "
        "el lunes a las 9.\n\nTomás Vidal\n",
        "Clínica Montearagón",
    ),
    (
        "Megan Hollis <megan.hollis@corvane.example>",
        "Phone screen",
        "Hi Sam,\n\nCould we do a phone screen Friday at 10:30?\n\nMegan Hollis\nTalent "
        "Partner\nCorvane Systems\n",
        "Corvane Systems",
    ),
    (
        "Tidewell Careers <careers@tidewell.example>",
        "Your application",
        "Hi Sam,\n\nThanks for applying to Tidewell Robotics. We'll be in touch soon.\n\nThe "
        "Tidewell team\n",
        "Tidewell Robotics",
    ),
    (
        "Rob Hale | Halden <rob.hale@halden.example>",
        "Interview",
        "Hi Sam,\n\nCould you come in for an interview on Tuesday at 3pm?\n\nRob "
        "Hale\nHalden Group plc\n",
        "Halden Group",
    ),
    (
        "Nina Falk <nina@bellweather.example>",
        "Interview invitation",
        "Dear Sam,\n\nThank you for your application to Bellweather Insurance. We would like "
        "to invite you to an interview on Monday at 10am.\n\nKind regards,\nNina Falk\nHR, "
        "Bellweather\n",
        "Bellweather Insurance",
    ),
    (
        "Cobaltway Memphis DC <hiring@cobaltway.example>",
        "Interview",
        "Hi Sam,\n\nThanks for applying to Cobaltway Logistics. Come in Tuesday at 9am at "
        "our Memphis DC.\n\nCobaltway Memphis DC\n",
        "Cobaltway Logistics",
    ),
    (
        "Vorholt Karriere <karriere@vorholt.example>",
        "Ihre Bewerbung",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung bei der Vorholt Antriebstechnik "
        "GmbH.\n\nIhr Recruiting-Team\nVorholt Antriebstechnik GmbH\n",
        "Vorholt Antriebstechnik",
    ),
    (
        "Recrutement Orano <recrutement@orano.example>",
        "Votre candidature",
        "Bonjour,\n\nNous avons bien reçu votre candidature chez Orano.\n\nL'équipe Recrutement\n",
        "Orano",
    ),
    (
        "Marta López <marta.lopez@grupoalcaraz.example>",
        "Entrevista",
        "Hola Sam,\n\nDesde el departamento de Selección de Grupo Alcaraz te invitamos a una "
        "entrevista el martes a las 10.\n\nMarta López\nSelección - Grupo Alcaraz\n",
        "Grupo Alcaraz",
    ),
    (
        "Jan Bakker <jan@vlietstra.example>",
        "Sollicitatie",
        "Hoi Sam,\n\nBedankt voor je sollicitatie bij Vlietstra Koeltransport. Kun je "
        "dinsdag om 10 uur langskomen?\n\nGroet,\nJan\n",
        "Vlietstra Koeltransport",
    ),
]


@pytest.mark.parametrize(("frm", "subject", "body", "want"), DESKS)
def test_a_desk_after_the_name_is_no_part_of_it(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, subject=subject, frm=frm)) == want


@pytest.mark.parametrize(("frm", "subject", "body", "want"), IN_HOUSE)
def test_a_firm_signing_with_its_own_recruiting_desk_is_no_agency(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, subject=subject, frm=frm)) == want


@pytest.mark.parametrize(("frm", "subject", "body", "want"), UNCHANGED)
def test_names_agencies_and_spellings_that_must_not_change(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, subject=subject, frm=frm)) == want
