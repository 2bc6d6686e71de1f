"""classify(): the employer of mail written for these tests, in five languages and many layouts.

ATS notices under a vendor's name ("Workday", "SmartRecruiters", "Lever", "Teamtailor"),
agency consultants naming their client, owners writing from free mailboxes, signatures with
a title, a department and a town, invitations titled with the reader's and the writer's
first names ("Chloé / Sam"), subjects holding the job, its town or its step. None of them is
a dev set's mail: they check that a careful reader's answer holds for other writers, e.g.
"the Senior Accountant position at Harrowfield Foods" after "interest in", "position with
Meridel Freight", and the writer's own first name in a subject being no firm.
"""

from __future__ import annotations

import pytest

from classifymail import company, mail

CASES = [
    (
        "Greenhouse <no-reply@greenhouse.io>",
        "Your application to Fernhill Robotics",
        "Hi Sam,\n\nThanks for applying to the Controls Engineer role at Fernhill "
        "Robotics. Our team will review your application and be in touch.\n\nBest,\n"
        "Fernhill Robotics Recruiting\n",
        "Fernhill Robotics",
    ),
    (
        "Priya Nair <priya.nair@kelpwise.example>",
        "Interview - Data Analyst - Bristol",
        "Hi Sam,\n\nWe'd love to invite you to an interview for the Data Analyst role on "
        "Tuesday 10 November at 2pm at our Bristol office.\n\nBest,\nPriya Nair\nTalent "
        "Partner | Kelpwise\n",
        "Kelpwise",
    ),
    (
        "Marie Dubois <m.dubois@cabinet-aubrac.example>",
        "Entretien - Assistante juridique - Toulouse",
        "Bonjour,\n\nSuite à votre candidature, je vous propose un entretien le mardi 17 "
        "novembre à 10h dans nos locaux de Toulouse.\n\nBien cordialement,\nMarie Dubois\n"
        "Responsable RH\nCabinet Aubrac Avocats\n",
        "Cabinet Aubrac Avocats",
    ),
    (
        "Daan Jansen <daan.jansen@noorderlicht-zorg.example>",
        "Uitnodiging sollicitatiegesprek - Utrecht",
        "Beste Sam,\n\nBedankt voor je sollicitatie. Graag nodigen we je uit voor een "
        "gesprek op woensdag 18 november om 11:00 uur op onze locatie in Utrecht.\n\nMet "
        "vriendelijke groet,\nDaan Jansen\nTeamleider\nNoorderlicht Zorg\n",
        "Noorderlicht Zorg",
    ),
    (
        "Workday <wd5@myworkday.example>",
        "Thank you for applying",
        "Dear Sam,\n\nThank you for your interest in the Senior Accountant position at "
        "Harrowfield Foods. We have received your application.\n\nRegards,\nHarrowfield "
        "Foods Talent Acquisition\n",
        "Harrowfield Foods",
    ),
    (
        "Tom Reilly <tom.reilly@brightpath-recruitment.example>",
        "Marketing Manager role - Dublin",
        "Hi Sam,\n\nMy client, Corrib Outdoor, would like to meet you for the Marketing "
        "Manager role on Friday at 11am in Dublin.\n\nThanks,\nTom Reilly\nSenior "
        "Consultant - Consumer & Retail\nBrightpath Recruitment\n",
        "Corrib Outdoor",
    ),
    (
        "Anna Schmidt <anna.schmidt@nordhafen-logistik.example>",
        "Ihre Bewerbung als Disponentin - Hamburg",
        "Sehr geehrte Frau Reyes,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir "
        "Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\n"
        "Mit freundlichen Grüßen\nAnna Schmidt\nPersonalabteilung\nNordhafen Logistik "
        "GmbH\n",
        "Nordhafen Logistik",
    ),
    (
        "Sophie Martin <sophie.martin@lumen-edtech.example>",
        "Sam / Lumen - call",
        "Hi Sam,\n\nThanks for your application to the Product Designer role. Could we "
        "have a 30 minute call this Thursday at 4pm?\n\nSophie\n",
        "Lumen Edtech",
    ),
    (
        "Carlos Ruiz <carlos.ruiz@grupo-alameda.example>",
        "Entrevista: Analista Financiero - Madrid",
        "Hola Sam,\n\nTe confirmamos la entrevista para el puesto de Analista Financiero "
        "el lunes 16 de noviembre a las 10:00 en nuestras oficinas de Madrid.\n\nSaludos,\n"
        "Carlos Ruiz\nRecursos Humanos\nGrupo Alameda\n",
        "Grupo Alameda",
    ),
    (
        "Emma de Vries <emma@kaasmakerij-devries.example>",
        "Sollicitatie",
        "Hoi Sam,\n\nLeuk dat je hebt gesolliciteerd bij onze kaasmakerij! Kun je dinsdag "
        "om 10:00 langskomen voor een kennismaking?\n\nGroetjes,\nEmma de Vries\n"
        "Kaasmakerij De Vries\n",
        "Kaasmakerij De Vries",
    ),
    (
        "Lever <no-reply@hire.lever.co>",
        "Thanks for applying to Quillstone",
        "Hi Sam,\n\nThank you for your interest in Quillstone! We received your "
        "application for Backend Engineer and our team will review it shortly.\n\nThe "
        "Quillstone Team\n",
        "Quillstone",
    ),
    (
        "Rachel Kim <rachel.kim@orbitalhealth.example>",
        "Final round - Staff Nurse",
        "Hi Sam,\n\nGreat news, we'd like you to come to the final round interview on "
        "Monday 23 November at 9am.\n\nBest wishes,\nRachel Kim\nNurse Manager, Orbital "
        "Health Clinic\n",
        "Orbital Health Clinic",
    ),
    (
        "Hiring Team <careers@tidepool-games.example>",
        "Technical Interview - Gameplay Programmer",
        "Hi Sam,\n\nYour technical interview for the Gameplay Programmer role is confirmed "
        "for Wednesday 18 November at 3pm (GMT).\n\nTidepool Games Hiring Team\n",
        "Tidepool Games",
    ),
    (
        "Katrin Vogel <katrin.vogel@bergblick-hotel.example>",
        "Einladung zum Kennenlernen - Rezeption",
        "Liebe Sam,\n\nwir freuen uns über Ihre Bewerbung und laden Sie am Freitag, 13.11. "
        "um 14 Uhr zu einem Kennenlernen ein.\n\nHerzliche Grüße\nKatrin Vogel\n"
        "Direktionsassistentin\nHotel Bergblick\n",
        "Hotel Bergblick",
    ),
    (
        "SmartRecruiters <noreply@smartrecruiters.example>",
        "Update on your application",
        "Dear Sam,\n\nThank you for applying for the Logistics Coordinator position with "
        "Meridel Freight. After careful review we have decided to move forward with other "
        "candidates.\n\nKind regards,\nMeridel Freight Recruitment\n",
        "Meridel Freight",
    ),
    (
        "Ahmed Yusuf <ahmed.yusuf@clearwater-pharmacy.example>",
        "Pharmacy Technician - Leeds",
        "Hello Sam,\n\nThank you for applying. Please come in for an interview on Thursday "
        "19 November at 2:30pm.\n\nRegards,\nAhmed Yusuf\nPharmacy Manager\nClearwater "
        "Pharmacy Leeds\n",
        "Clearwater Pharmacy",
    ),
    (
        "Isabel Costa <isabel.costa@vinhasol.example>",
        "Entrevista - Sommelier",
        "Estimada Sam:\n\nNos complace invitarle a una entrevista el martes 17 de "
        "noviembre a las 12:00 en Bodegas Vinhasol.\n\nAtentamente,\nIsabel Costa\n"
        "Directora de Personas\nBodegas Vinhasol\n",
        "Bodegas Vinhasol",
    ),
    (
        "Mark Evans <mark.evans@northgate-council.example>",
        "Interview - Planning Officer",
        "Dear Sam,\n\nI am pleased to invite you to interview for the post of Planning "
        "Officer on Tuesday 24 November at 10am at the Civic Centre.\n\nYours sincerely,\n"
        "Mark Evans\nHead of Planning\nNorthgate Borough Council\n",
        "Northgate Borough Council",
    ),
    (
        "Noor Hassan <noor@fikra-studio.example>",
        "Quick chat?",
        "Hey Sam! Noor from Fikra Studio here. Loved your portfolio - are you free for a "
        "quick call Thursday at 5pm about the illustrator role?\n\nNoor\n",
        "Fikra Studio",
    ),
    (
        "Bram Peeters <bram.peeters@telenet.example>",
        "Vacature chauffeur",
        "Dag Sam,\n\nIk ben Bram van Transport Peeters. Bedankt voor je sollicitatie als "
        "chauffeur. Kan je maandag om 8 uur langskomen?\n\nGroeten,\nBram\n",
        "Transport Peeters",
    ),
    (
        "Chloé Bernard <chloe.bernard@maison-verel.example>",
        "Invitation : Entretien – Vendeuse (Chloé / Sam) @ ven. 20 nov. 2026 10h",
        "Bonjour Sam,\n\nVoici l'invitation pour votre entretien de vendredi.\n\nÀ "
        "bientôt,\nChloé\n",
        "Maison Verel",
    ),
    (
        "Olivia Chen <olivia.chen@harbourlight.example>",
        "Interview confirmation - Customer Success Manager - Sydney",
        "Hi Sam,\n\nConfirming your interview with Harbourlight on Wednesday 18 November "
        "at 1pm AEDT at our Sydney office.\n\nCheers,\nOlivia Chen\nPeople & Culture, "
        "Harbourlight Software\n",
        "Harbourlight Software",
    ),
    (
        "Teamtailor <no-reply@teamtailor.com>",
        "Your application at Skogsö Design",
        "Hi Sam,\n\nThank you for applying to the position Interior Designer at Skogsö "
        "Design. We will get back to you soon.\n\nBest regards,\nSkogsö Design\n",
        "Skogsö Design",
    ),
    (
        "Helen Ward <helen.ward@stmarys-school.example>",
        "Interview - Teaching Assistant",
        "Dear Sam,\n\nThank you for your application. We would like to invite you to "
        "interview on Monday 16 November at 9:15am.\n\nKind regards,\nHelen Ward\nSchool "
        "Business Manager\nSt Mary's Catholic Primary School\n",
        "St Mary's Catholic Primary School",
    ),
]


@pytest.mark.parametrize(("frm", "subject", "body", "want"), CASES, ids=[c[3] for c in CASES])
def test_the_employer_of_mail_of_our_own(frm, subject, body, want):
    raw = mail(body, frm=frm, subject=subject, message_id="<own@x.example>")
    assert company(raw) == want
