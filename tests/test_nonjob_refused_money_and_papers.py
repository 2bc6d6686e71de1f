"""Refusals in a job's words about money, papers and homes, not the reader's own
application: a grant, a subsidy, a scholarship, a bursary or a travel fellowship; an insurer's
claim, a warranty, a loan; a visa; a flat or a club's membership; a friend's own refusal (in
English, German, French, Spanish and Dutch). No gracious reply is drafted for them, neither on
the rules' reading nor once the word model is weighed."""

from __future__ import annotations

import pytest

from classifymail import kind, mail, rules_kind

DRAFTING = {"interview_scheduled", "rejection", "offer"}

LOOKALIKES = [
    pytest.param(
        "Your appeal - PCN LS12345678",
        "Parking Services <parking@leeds.example>",
        (
            "Dear Sam,\n\nWe have considered your appeal. Unfortunately your appeal has been "
            "unsuccessful and the penalty charge remains payable within 14 days.\n\nParking "
            "Services"
        ),
        id="parking-en",
    ),
    pytest.param(
        "Housing Benefit decision",
        "Benefits Team <benefits@leeds.example>",
        (
            "Dear Sam,\n\nWe regret to inform you that your application for Housing Benefit has "
            "been refused because your savings are above the limit.\n\nBenefits Team"
        ),
        id="benefit-en",
    ),
    pytest.param(
        "Your passport application",
        "HM Passport Office <noreply@passport.example>",
        (
            "Dear Sam,\n\nUnfortunately we cannot process your passport application because the "
            "photo does not meet the rules. Please send a new photo.\n\nHM Passport Office"
        ),
        id="passport-en",
    ),
    pytest.param(
        "Planning application 26/04412/FU",
        "Planning <planning@leeds.example>",
        (
            "Dear Sam,\n\nI regret to inform you that your planning application for a rear "
            "extension has been refused. The reasons are set out in the decision "
            "notice.\n\nPlanning Services"
        ),
        id="planning-en",
    ),
    pytest.param(
        "Ihr Bauantrag",
        "Bauamt <bauamt@stadt.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nleider müssen wir Ihnen mitteilen, dass Ihr Bauantrag "
            "für den Carport abgelehnt wurde.\n\nIhr Bauamt"
        ),
        id="bauantrag-de",
    ),
    pytest.param(
        "Besluit vergunningaanvraag",
        "Gemeente Utrecht <vergunningen@utrecht.example>",
        (
            "Beste Sam,\n\nHelaas moeten wij u laten weten dat uw aanvraag voor een "
            "omgevingsvergunning is afgewezen.\n\nGemeente Utrecht"
        ),
        id="permit-nl",
    ),
    pytest.param(
        "Su solicitud de seguro",
        "Seguros Sol <info@segurossol.example>",
        (
            "Estimada Sam:\n\nLamentamos comunicarle que no podemos aceptar su solicitud de "
            "seguro de vida.\n\nSeguros Sol"
        ),
        id="seguro-es",
    ),
    pytest.param(
        "Your complaint",
        "Energy Ombudsman <cases@ombudsman.example>",
        (
            "Dear Sam,\n\nWe have reviewed your case. Unfortunately we have decided not to "
            "uphold your complaint against PowerCo.\n\nEnergy Ombudsman"
        ),
        id="complaint-en",
    ),
    pytest.param(
        "Votre dossier de location",
        "Agence Rive Gauche <location@rivegauche.example>",
        (
            "Madame,\n\nLe propriétaire a choisi un autre dossier pour l'appartement de la rue "
            "Monge. Nous sommes désolés.\n\nL'agence"
        ),
        id="coop-fr",
    ),
    pytest.param(
        "Piso en Lavapiés",
        "Inmobiliaria Sol <alquiler@inmosol.example>",
        (
            "Hola Sam:\n\nLamentamos comunicarte que el propietario ha elegido a otro "
            "inquilino.\n\nInmobiliaria Sol"
        ),
        id="es-piso-rej",
    ),
    pytest.param(
        "Your application to the Community Arts Grant",
        "Northbridge Arts Council <grants@northbridgearts.example>",
        (
            "Dear Sam,\n\nThank you for applying to the Community Arts Grant 2027 round. We "
            "received over 300 applications. We regret to inform you that your application was "
            "not successful on this occasion. The panel's feedback is attached.\n\nKind "
            "regards,\nGrants Team"
        ),
        id="grant-en",
    ),
    pytest.param(
        "Your claim CLM-88412",
        "Claims Team <claims@shieldinsure.example>",
        (
            "Dear Sam,\n\nThank you for your patience while we reviewed your claim. "
            "Unfortunately, we are unable to accept your claim as the damage is not covered "
            "under your policy. If you disagree with our decision you can appeal within 28 "
            "days.\n\nClaims Team"
        ),
        id="claim-en",
    ),
    pytest.param(
        "Votre sinistre n° 55120",
        "Service sinistres <sinistres@assurmutuelle.example>",
        (
            "Madame,\n\nAprès examen de votre dossier, nous avons le regret de vous informer "
            "que votre demande d'indemnisation ne peut pas être prise en charge.\n\nLe service "
            "sinistres"
        ),
        id="claim-fr",
    ),
    pytest.param(
        "Su siniestro 77812",
        "Seguros Atlántico <siniestros@segatlantico.example>",
        (
            "Estimada Sam:\n\nLamentamos comunicarle que su siniestro no está cubierto por la "
            "póliza contratada.\n\nSeguros Atlántico"
        ),
        id="claim-es",
    ),
    pytest.param(
        "Uw schademelding",
        "Verzekeraar Delta <schade@deltaverz.example>",
        (
            "Beste Sam,\n\nHelaas kunnen wij uw schademelding niet vergoeden, omdat de schade "
            "niet onder de dekking valt.\n\nDelta Verzekeringen"
        ),
        id="claim-nl",
    ),
    pytest.param(
        "Ihr Schadensfall 2026-4412",
        "Versicherung <schaden@nordversicherung.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihren "
            "Schadensfall nicht regulieren können.\n\nIhre Nordversicherung"
        ),
        id="claim-de",
    ),
    pytest.param(
        "Your loan application",
        "Harbor Bank <noreply@harborbank.example>",
        (
            "Dear Sam,\n\nThank you for applying with Harbor Bank. After careful review, we are "
            "unable to approve your application at this time. This decision was based on "
            "information from a credit reference agency.\n\nHarbor Bank"
        ),
        id="loan-en",
    ),
    pytest.param(
        "Ihr Kreditantrag",
        "Nordbank <kredit@nordbank.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nleider können wir Ihren Kreditantrag nach Prüfung "
            "nicht bewilligen.\n\nIhre Nordbank"
        ),
        id="loan-de",
    ),
    pytest.param(
        "Votre demande de prêt",
        "Banque Rhône <credit@banquerhone.example>",
        (
            "Madame,\n\nNous avons le regret de vous informer que votre demande de prêt n'a pas "
            "pu aboutir favorablement.\n\nBanque Rhône"
        ),
        id="loan-fr",
    ),
    pytest.param(
        "Su solicitud de préstamo",
        "Banco Sur <prestamos@bancosur.example>",
        (
            "Estimada Sam:\n\nLamentamos comunicarle que su solicitud de préstamo no ha sido "
            "aprobada.\n\nBanco Sur"
        ),
        id="loan-es",
    ),
    pytest.param(
        "Uw kredietaanvraag",
        "Bank Noord <krediet@banknoord.example>",
        "Beste Sam,\n\nHelaas kunnen wij uw kredietaanvraag niet goedkeuren.\n\nBank Noord",
        id="loan-nl",
    ),
    pytest.param(
        "Ihre Reklamation",
        "Kundenservice <service@elektroshop.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nleider müssen wir Ihnen mitteilen, dass Ihre "
            "Reklamation abgelehnt wurde, da der Schaden nicht unter die Garantie fällt.\n\nIhr "
            "Kundenservice"
        ),
        id="refund-de",
    ),
    pytest.param(
        "Decision on your application",
        "UK Visas <noreply@visas.example>",
        (
            "Dear Sam,\n\nWe have now considered your visa application. Unfortunately your "
            "application has been refused for the reasons given in the attached letter.\n\nUK "
            "Visas and Immigration"
        ),
        id="visa-en",
    ),
    pytest.param(
        "Votre demande de visa",
        "Consulat général <visas@consulat.example>",
        (
            "Madame,\n\nNous avons le regret de vous informer que votre demande de visa a été "
            "refusée.\n\nLe service des visas"
        ),
        id="visa-fr",
    ),
    pytest.param(
        "Ihr Visumantrag",
        "Deutsche Botschaft <visa@botschaft.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nleider müssen wir Ihnen mitteilen, dass Ihr "
            "Visumantrag abgelehnt wurde.\n\nVisastelle"
        ),
        id="visa-de",
    ),
    pytest.param(
        "Besluit visumaanvraag",
        "IND <noreply@ind.example>",
        ("Beste Sam,\n\nHelaas moeten wij u laten weten dat uw visumaanvraag is afgewezen.\n\nIND"),
        id="visa-nl",
    ),
    pytest.param(
        "Solicitud de visado",
        "Consulado <visados@consulado.example>",
        (
            "Estimada Sam:\n\nLamentamos comunicarle que su solicitud de visado ha sido "
            "denegada.\n\nSección consular"
        ),
        id="visa-es",
    ),
    pytest.param(
        "12 Elm Road",
        "Oakley Lettings <lettings@oakley.example>",
        (
            "Hi Sam,\n\nThanks for viewing the property on Saturday. Unfortunately the landlord "
            "has decided to go with another applicant. We'll let you know about similar "
            "properties.\n\nOakley Lettings"
        ),
        id="flat-en",
    ),
    pytest.param(
        "Woning Keizersgracht",
        "Verhuur <verhuur@stadswonen.example>",
        (
            "Beste Sam,\n\nBedankt voor je reactie op de woning. Helaas heeft de eigenaar "
            "gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nStadswonen"
        ),
        id="flat-nl",
    ),
    pytest.param(
        "Uw aanvraag",
        "Golfclub De Duinen <secretariaat@golfdeduinen.example>",
        (
            "Beste Sam,\n\nHelaas moeten wij u mededelen dat wij u op dit moment geen "
            "lidmaatschap kunnen aanbieden vanwege de wachtlijst.\n\nHet bestuur"
        ),
        id="membership-nl",
    ),
    pytest.param(
        "Besluit subsidieaanvraag",
        "Fonds Podiumkunsten <info@fondspodium.example>",
        (
            "Beste Sam,\n\nHelaas moeten wij u meedelen dat uw aanvraag niet is toegekend. De "
            "commissie heeft veel aanvragen ontvangen.\n\nFonds Podiumkunsten"
        ),
        id="subsidie-nl",
    ),
    pytest.param(
        "Resolución beca de movilidad",
        "Fundación Horizonte <becas@fundacionhorizonte.example>",
        (
            "Estimada Sam:\n\nLe agradecemos su interés. Lamentamos comunicarle que su "
            "solicitud para la beca no ha sido seleccionada en esta convocatoria.\n\nFundación "
            "Horizonte"
        ),
        id="scholarship-es",
    ),
    pytest.param(
        "Bourse Eiffel",
        "Campus France <bourses@campusfrance.example>",
        (
            "Madame,\n\nNous sommes au regret de vous informer que votre candidature à la "
            "bourse Eiffel n'a pas été retenue.\n\nCampus France"
        ),
        id="bourse-fr",
    ),
    pytest.param(
        "Ihre Bewerbung um ein Stipendium",
        "Stiftung <auswahl@stiftung.example>",
        (
            "Liebe Sam,\n\nleider können wir Ihnen nach der Auswahlsitzung kein Stipendium "
            "anbieten.\n\nIhre Stiftung"
        ),
        id="fellowship-de",
    ),
    pytest.param(
        "Churchill Fellowship 2027",
        "Fellowships <fellowships@churchilltrust.example>",
        (
            "Dear Sam,\n\nThank you for applying for a Churchill Fellowship to research "
            "community energy in Denmark. Unfortunately your application was not successful "
            "this year. We received over 1,500 applications for 150 travel grants.\n\nThe Trust"
        ),
        id="fellowship-travel-en",
    ),
    pytest.param(
        "ugh",
        "Tom Baker <tom.baker77@gmail.com>",
        (
            "Hey Sam,\n\nJust heard back from Stripe - they're not moving forward with me. "
            "Gutted. Fancy a pint later?\n\nTom"
        ),
        id="friend-rejected-en",
    ),
]


@pytest.mark.parametrize(("subject", "frm", "body"), LOOKALIKES)
def test_a_look_alike_gets_no_drafting_kind(subject: str, frm: str, body: str) -> None:
    raw = mail(body, subject=subject, frm=frm)
    assert rules_kind(raw) not in DRAFTING
    assert kind(raw) not in DRAFTING
