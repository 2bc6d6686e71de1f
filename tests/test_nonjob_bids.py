"""A supplier's tender and a start-up's pitch are refused, booked and accepted in a job's own
words ("your bid has been unsuccessful", "der Zuschlag wurde an einen anderen Bieter erteilt",
"votre offre n'a pas été retenue", "we'd like to interview Tidewise for the W27 batch", "decided
not to move forward with an investment"): :mod:`afterview.understand.nonjob.bids`. The jobs of
bids and funds keep their kinds (a Bid Writer, a "chargée d'appels d'offres", a Tendermanager,
an Investment Analyst), and so does a refusal that names tenders as a skill or a start-up
employer's own "Series A" and "seed round"."""

from __future__ import annotations

import pytest

from classifymail import kind, mail, rules_kind

DRAFTING = {"interview_scheduled", "rejection", "offer"}

LOOKALIKES = [
    pytest.param(
        "Tender outcome: Website redesign (ref NB-2291)",
        "Procurement <procurement@northbridge-council.example>",
        (
            "Dear Sam,\n\nThank you for submitting a tender for the above contract. Following "
            "evaluation, we regret to inform you that your bid has been unsuccessful and the "
            "contract has been awarded to another supplier. Your scores are set out "
            "below.\n\nRegards,\nProcurement Team"
        ),
        id="tender-en",
    ),
    pytest.param(
        "RFP response - decision",
        "Maria Lopez <maria.lopez@harborhealth.example>",
        (
            "Hi Sam,\n\nThanks again for your team's proposal in response to our RFP for the "
            "patient portal rebuild. After careful consideration, we've decided not to move "
            "forward with your agency and have selected another vendor. We appreciated the "
            "effort you put in.\n\nBest,\nMaria"
        ),
        id="tender-en2",
    ),
    pytest.param(
        "Ausschreibung 2026-114: Ergebnis",
        "Vergabestelle <vergabe@stadtwerke-ulm.example>",
        (
            "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihr Angebot im Rahmen der "
            "Ausschreibung 2026-114. Leider müssen wir Ihnen mitteilen, dass der Zuschlag an "
            "einen anderen Bieter erteilt wurde.\n\nMit freundlichen Grüßen\nVergabestelle"
        ),
        id="tender-de",
    ),
    pytest.param(
        "Appel d'offres 2026-07 : résultat",
        "Service achats <achats@mairie-lyon7.example>",
        (
            "Madame, Monsieur,\n\nNous vous remercions pour votre réponse à notre appel "
            "d'offres. Nous avons le regret de vous informer que votre offre n'a pas été "
            "retenue. Le marché a été attribué à un autre candidat.\n\nCordialement,\nLe "
            "service achats"
        ),
        id="tender-fr",
    ),
    pytest.param(
        "Licitación 44/2026 - resolución",
        "Contratación <contratacion@ayto-getafe.example>",
        (
            "Estimado licitador:\n\nLe agradecemos su oferta para la licitación 44/2026. "
            "Lamentamos comunicarle que su propuesta no ha sido seleccionada; el contrato se ha "
            "adjudicado a otra empresa.\n\nAtentamente,\nMesa de contratación"
        ),
        id="tender-es",
    ),
    pytest.param(
        "Aanbesteding 2026-18: gunningsbeslissing",
        "Inkoop <inkoop@gemeente-zwolle.example>",
        (
            "Geachte heer/mevrouw,\n\nHartelijk dank voor uw inschrijving op de aanbesteding. "
            "Helaas moeten wij u meedelen dat uw offerte niet de economisch meest voordelige "
            "inschrijving was. De opdracht wordt gegund aan een andere inschrijver.\n\nMet "
            "vriendelijke groet,\nTeam Inkoop"
        ),
        id="tender-nl",
    ),
    pytest.param(
        "Notification of contract award decision - NB-2291",
        "Delta eSourcing <noreply@delta-esourcing.example>",
        (
            "This is an automated message.\n\nDear Supplier,\n\nThe buyer has issued an award "
            "decision for the opportunity 'Website redesign'. Unfortunately, your response was "
            "not successful. Please log in to view your feedback letter. The standstill period "
            "ends on 20 November.\n\nDelta eSourcing"
        ),
        id="tender-portal-en",
    ),
    pytest.param(
        "Re: Tender submission - cleaning services",
        "James Holt <james.holt@estates.uni-example.example>",
        (
            "Hi Sam,\n\nThanks for following up. I'm afraid we have decided to go with another "
            "supplier this time; your pricing was competitive but the other bid scored higher "
            "on quality.\n\nRegards,\nJames\n\nOn Mon, 2 Nov 2026, Sam <sam@example.org> "
            "wrote:\n> Hi James, just checking on the status of our tender submission for the "
            "cleaning contract.\n"
        ),
        id="tender-thread-en",
    ),
    pytest.param(
        "Contract award notification",
        "Procurement <procurement@northbridge-council.example>",
        (
            "Dear Sam,\n\nWe are pleased to inform you that your tender for the website "
            "redesign has been successful and we intend to award the contract to your company, "
            "subject to the standstill period.\n\nProcurement Team"
        ),
        id="tender-won-en",
    ),
    pytest.param(
        "Marché 2026-07 : notification",
        "Service achats <achats@mairie-lyon7.example>",
        (
            "Madame,\n\nNous avons le plaisir de vous informer que votre offre a été retenue "
            "pour le marché public de maintenance. L'avis d'attribution sera publié la semaine "
            "prochaine.\n\nLe service achats"
        ),
        id="tender-won-fr",
    ),
    pytest.param(
        "Tidewise",
        "Oliver Grant <oliver@seedfund.example>",
        (
            "Hi Sam,\n\nThanks for walking us through Tidewise last week. After discussing it "
            "as a partnership, we've decided not to move forward with an investment at this "
            "stage. Happy to stay in touch as you grow.\n\nOliver"
        ),
        id="investor-en",
    ),
    pytest.param(
        "Ihr Pitch",
        "Katrin Vogel <k.vogel@nordventures.example>",
        (
            "Hallo Sam,\n\nvielen Dank für den Pitch letzte Woche. Nach Rücksprache im Team "
            "haben wir uns leider gegen eine Investition in Tidewise entschieden. Wir wünschen "
            "euch viel Erfolg bei der Finanzierungsrunde.\n\nKatrin"
        ),
        id="investor-de",
    ),
    pytest.param(
        "Your application to Launchpad Batch W27",
        "Launchpad <team@launchpad-vc.example>",
        (
            "Hi Sam,\n\nThanks for applying to Launchpad with Tidewise. Unfortunately we won't "
            "be able to offer you a spot in the W27 batch. We get thousands of applications and "
            "make decisions with limited information. Keep building!\n\nThe Launchpad team"
        ),
        id="accelerator-en",
    ),
    pytest.param(
        "Votre candidature au programme",
        "Station Lab <programme@stationlab.example>",
        (
            "Bonjour Sam,\n\nMerci pour votre candidature au programme d'accélération. Nous "
            "avons le regret de vous informer qu'elle n'a pas été retenue pour cette "
            "promotion.\n\nL'équipe Station Lab"
        ),
        id="accelerator-fr",
    ),
    pytest.param(
        "Launchpad interview",
        "Launchpad <team@launchpad-vc.example>",
        (
            "Hi Sam,\n\nGreat news - we'd like to interview Tidewise for the W27 batch! Your "
            "10-minute interview with the partners is booked for Thursday 12 November at 3:30pm "
            "PT.\n\nLaunchpad"
        ),
        id="accelerator-iv-en",
    ),
    pytest.param(
        "Welcome to Launchpad W27!",
        "Launchpad <team@launchpad-vc.example>",
        (
            "Hi Sam,\n\nCongratulations! We'd like to offer Tidewise a place in the W27 batch, "
            "with a $500k investment on our standard terms. Please sign the documents by "
            "Friday.\n\nLaunchpad"
        ),
        id="accelerator-offer-en",
    ),
]

CONTROLS = [
    pytest.param(
        "rejection",
        "Bid Manager role",
        "Recruitment <careers@buildco.example>",
        (
            "Dear Sam,\n\nThank you for your interest in the Bid Manager role. Although your "
            "tender and RFP experience was impressive, we have decided to proceed with other "
            "candidates.\n\nRecruitment Team"
        ),
        id="c-bid-manager-rej",
    ),
    pytest.param(
        "interview_scheduled",
        "Interview: Bid Manager",
        "Recruitment <careers@buildco.example>",
        (
            "Dear Sam,\n\nThank you for applying for the Bid Manager role. Your interview is "
            "confirmed for Tuesday 10 November at 2pm with Sarah Cole, Head of "
            "Bids.\n\nRecruitment Team"
        ),
        id="c-bid-manager-iv",
    ),
    pytest.param(
        "interview_scheduled",
        "Interview - Bid Writer",
        "Recruitment <careers@buildco.example>",
        (
            "Dear Sam,\n\nThanks for applying for the Bid Writer role. Your interview is "
            "confirmed for Tuesday 10 November at 2pm. We'll ask you to critique a sample "
            "tender response and talk through an invitation to tender you worked "
            "on.\n\nRecruitment Team"
        ),
        id="c-bidwriter-iv",
    ),
    pytest.param(
        "offer",
        "Offer - Procurement Officer",
        "HR <hr@northbridge-council.example>",
        (
            "Dear Sam,\n\nWe are pleased to offer you the post of Procurement Officer, running "
            "our tenders and supplier evaluations, starting 4 January at grade 6.\n\nHR"
        ),
        id="c-procurement-offer",
    ),
    pytest.param(
        "rejection",
        "Votre candidature",
        "Recrutement <recrutement@batiplus.example>",
        (
            "Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste de chargée "
            "d'appels d'offres. Nous avons le regret de vous informer que votre profil n'a pas "
            "été retenu.\n\nCordialement,\nL'équipe recrutement"
        ),
        id="c-appels-offres-fr",
    ),
    pytest.param(
        "interview_scheduled",
        "Entrevista - Técnico de licitaciones",
        "RRHH <rrhh@obrasnorte.example>",
        (
            "Hola Sam:\n\nGracias por tu candidatura al puesto de técnico de licitaciones. Te "
            "confirmamos la entrevista el martes 10 de noviembre a las 10:00 con Marta "
            "Gil.\n\nRRHH"
        ),
        id="c-licitaciones-es",
    ),
    pytest.param(
        "offer",
        "Aanbod Tendermanager",
        "Linda Bakker <linda.bakker@bouwgroep.example>",
        (
            "Beste Sam,\n\nMet veel plezier bieden we je de functie van Tendermanager aan, per "
            "1 januari. Het contract volgt deze week.\n\nGroet,\nLinda"
        ),
        id="c-tendermanager-nl",
    ),
    pytest.param(
        "rejection",
        "Update on your application",
        "Talent <talent@arcadis-like.example>",
        (
            "Dear Sam,\n\nUnfortunately the client contract we were hiring for was awarded to "
            "another supplier, so we have closed the Senior Consultant vacancy and will not be "
            "progressing your application.\n\nTalent Team"
        ),
        id="c-consult-tender-rej",
    ),
    pytest.param(
        "interview_scheduled",
        "Einladung zum Vorstellungsgespräch",
        "Personal <personal@stadtwerke-ulm.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin "
            "Vergabestelle. Wir laden Sie zum Vorstellungsgespräch am Dienstag, 10. November um "
            "10 Uhr ein. Erfahrung mit Ausschreibungen und Vergabeverfahren ist ein "
            "Plus.\n\nPersonal"
        ),
        id="c-de-vergabe-iv",
    ),
    pytest.param(
        "interview_scheduled",
        "Re: Bewerbung als Einkäuferin",
        "Personal <personal@stadtwerke-ulm.example>",
        (
            "Sehr geehrte Frau Taylor,\n\ngern bestätigen wir Ihnen das Vorstellungsgespräch am "
            "Dienstag, 10. November um 10 Uhr. Bringen Sie gern ein Beispiel aus einem "
            "Vergabeverfahren mit.\n\nPersonal"
        ),
        id="c-de-einkauf-iv",
    ),
    pytest.param(
        "interview_scheduled",
        "Entretien - juriste marchés publics",
        "Recrutement <recrutement@mairie-lyon7.example>",
        (
            "Madame,\n\nSuite à votre candidature au poste de juriste marchés publics, nous "
            "vous confirmons votre entretien le jeudi 12 novembre à 14h.\n\nLe service "
            "recrutement"
        ),
        id="c-fr-marches-iv",
    ),
    pytest.param(
        "offer",
        "Aanbod inkoper",
        "HR <hr@gemeente-zwolle.example>",
        (
            "Beste Sam,\n\nWe bieden je graag de functie van inkoper aan per 1 januari. Je "
            "begeleidt onze aanbestedingen. Het contract volgt.\n\nHR"
        ),
        id="c-nl-inkoper-offer",
    ),
    pytest.param(
        "interview_scheduled",
        "Investment Analyst - next round",
        "Oliver Grant <oliver@seedfund.example>",
        (
            "Hi Sam,\n\nThanks for applying for the Investment Analyst role. You're booked in "
            "with two of our partners on Thursday 12 November at 3pm to discuss a recent seed "
            "round and how you would write an investment memo.\n\nOliver"
        ),
        id="c-vc-analyst-iv",
    ),
    pytest.param(
        "offer",
        "Offer - Founding Engineer",
        "Mia Park <mia@tidepool.example>",
        (
            "Hi Sam,\n\nWe just closed our seed round and I'm thrilled to offer you the "
            "Founding Engineer role at Tidepool: $150k base plus 1% equity. Let me know by "
            "Friday!\n\nMia"
        ),
        id="c-startup-offer",
    ),
    pytest.param(
        "interview_scheduled",
        "Re: Founding Engineer",
        "Mia Park <mia@tidepool.example>",
        (
            "Hi Sam,\n\nGreat chatting yesterday. We just closed our Series A, so timing is "
            "perfect. You're booked for the founder interview with me and Raj on Tuesday 10 "
            "November at 3pm PT.\n\nMia"
        ),
        id="c-startup-iv",
    ),
    pytest.param(
        "rejection",
        "Programme Manager - Launchpad",
        "Launchpad <jobs@launchpad-vc.example>",
        (
            "Hi Sam,\n\nThanks for applying for the Programme Manager role on the accelerator "
            "team. Unfortunately we've decided to move forward with other "
            "candidates.\n\nLaunchpad"
        ),
        id="c-accelerator-staff-rej",
    ),
]


@pytest.mark.parametrize(("subject", "frm", "body"), LOOKALIKES)
def test_a_look_alike_gets_no_drafting_kind(subject: str, frm: str, body: str) -> None:
    raw = mail(body, subject=subject, frm=frm)
    assert rules_kind(raw) not in DRAFTING
    assert kind(raw) not in DRAFTING


@pytest.mark.parametrize(("expected", "subject", "frm", "body"), CONTROLS)
def test_the_readers_own_application_keeps_its_kind(
    expected: str, subject: str, frm: str, body: str
) -> None:
    raw = mail(body, subject=subject, frm=frm)
    assert (rules_kind(raw), kind(raw)) == (expected, expected)


@pytest.mark.parametrize(
    "body",
    [
        # a night shift's pay supplement is no contract's award
        "Liebe Frau Taylor,\n\nwir freuen uns, Ihnen einen Arbeitsvertrag ab 1. Januar "
        "anzubieten. Der Zuschlag für Nachtdienste beträgt 25 %.\n\nIhr Pflegeteam",
        # a refusal that names tenders as the skill another candidate had
        "Hi Sam,\n\nThanks for your patience. We've gone with a candidate who has more "
        "experience of tender submissions and invitations to tender.\n\nBest,\nJo",
    ],
)
def test_a_tenders_words_as_a_jobs_setting_keep_the_outcome(body: str) -> None:
    raw = mail(body, subject="Ihre Bewerbung / Your application", frm="Jo <jo@care.example>")
    assert rules_kind(raw) in {"offer", "rejection"}
