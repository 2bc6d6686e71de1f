"""Refusals in a job's words of something entered or applied for that is no job: a paper, a
conference talk or abstract, a prize, a photo or a writing competition, a start-up pitch
competition, an accelerator, a writers' fellowship, a literary agent's pass, a place on a
master's, a seat at a sold-out event, a study's screening (in English, German, French, Spanish
and Dutch). No gracious reply is drafted for them."""

from __future__ import annotations

import pytest

from classifymail import kind, mail, rules_kind

DRAFTING = {"interview_scheduled", "rejection", "offer"}

LOOKALIKES = [
    pytest.param(
        "[ICLR 2027] Decision on Submission #4412",
        "ICLR 2027 Program Chairs <noreply@openreview.example>",
        (
            'Dear Sam Taylor,\n\nWe regret to inform you that your paper, "Sparse Routing for '
            'Long Contexts", was not accepted to ICLR 2027. This year we received 11,000 '
            "submissions. The reviews are available on OpenReview.\n\nBest,\nProgram Chairs"
        ),
        id="paper-en",
    ),
    pytest.param(
        "PyCon UK: your talk",
        "PyCon UK <speakers@pyconuk.example>",
        (
            'Hi Sam,\n\nThank you for submitting "Testing with Hypothesis". Unfortunately your '
            "talk was not selected this year - we had more great submissions than slots. We "
            "hope to see you at the conference anyway.\n\nThe PyCon UK team"
        ),
        id="talk-en",
    ),
    pytest.param(
        "Young Architect of the Year",
        "Awards Team <awards@buildingdesign.example>",
        (
            "Dear Sam,\n\nThank you for entering the Young Architect of the Year award. "
            "Unfortunately your entry has not been shortlisted this year. We received a record "
            "number of entries and the judges had a difficult decision.\n\nBest wishes,\nThe "
            "Awards Team"
        ),
        id="award-en",
    ),
    pytest.param(
        "Wettbewerb Junge Fotografie",
        "Kulturstiftung <wettbewerb@kulturstiftung-nord.example>",
        (
            "Liebe Sam,\n\nvielen Dank für Ihre Teilnahme am Wettbewerb Junge Fotografie. "
            "Leider wurde Ihre Einreichung von der Jury nicht für die Ausstellung "
            "ausgewählt.\n\nHerzliche Grüße\nIhre Kulturstiftung"
        ),
        id="competition-de",
    ),
    pytest.param(
        "Query: The Salt Road",
        "Hannah Price <hannah@priceliterary.example>",
        (
            "Dear Sam,\n\nThank you for sending me your query and the first chapters of The "
            "Salt Road. Unfortunately, I don't feel I'm the right agent for this novel, so I'm "
            "going to pass. I wish you the best of luck finding representation.\n\nHannah"
        ),
        id="literary-en",
    ),
    pytest.param(
        "Writers' Fellowship 2027",
        "The Lark Foundation <fellowships@larkfoundation.example>",
        (
            "Dear Sam,\n\nThank you for applying for the Lark Writers' Fellowship. We regret "
            "that we are not able to offer you a fellowship this year. The selection panel read "
            "every manuscript sample with care.\n\nThe Lark Foundation"
        ),
        id="fellowship-writers-en",
    ),
    pytest.param(
        "Votre demande de subvention",
        "Région Bretagne <culture@region.example>",
        (
            "Madame,\n\nNous avons le regret de vous informer que votre demande de subvention "
            "n'a pas été retenue par la commission.\n\nLe service culture"
        ),
        id="grant-fr",
    ),
    pytest.param(
        "Decisión sobre su comunicación",
        "Comité del Congreso <congreso@aepia.example>",
        (
            "Estimada Sam:\n\nLamentamos informarle de que su comunicación no ha sido aceptada "
            "para el congreso de este año. Adjuntamos los comentarios de los revisores.\n\nEl "
            "comité"
        ),
        id="paper-es",
    ),
    pytest.param(
        "Ihr Beitrag zur Jahrestagung",
        "Programmkomitee <tagung@gi-verein.example>",
        (
            "Liebe Sam,\n\nleider müssen wir Ihnen mitteilen, dass Ihr Beitrag für die "
            "Jahrestagung nicht angenommen wurde. Die Gutachten finden Sie im Anhang.\n\nDas "
            "Programmkomitee"
        ),
        id="paper-de",
    ),
    pytest.param(
        "Besluit abstract",
        "Congrescommissie <congres@nvvc.example>",
        (
            "Beste Sam,\n\nHelaas moeten we je laten weten dat je abstract niet is geaccepteerd "
            "voor het congres. We hopen je toch te zien.\n\nDe congrescommissie"
        ),
        id="paper-nl",
    ),
    pytest.param(
        "Fotowedstrijd",
        "Stichting Beeld <info@stichtingbeeld.example>",
        (
            "Beste Sam,\n\nBedankt voor je inzending. Helaas is je foto niet geselecteerd voor "
            "de finale.\n\nStichting Beeld"
        ),
        id="award-nl",
    ),
    pytest.param(
        "Update on your submission to the Emerging Writers Prize",
        "Submittable <notifications@submittable.example>",
        (
            "Dear Sam,\n\nThank you for your submission. After careful consideration, we are "
            "unable to accept it for the shortlist this year. We read every entry with "
            "care.\n\nThe Prize team"
        ),
        id="submittable-en",
    ),
    pytest.param(
        "Resolución de admisión",
        "Secretaría de Posgrado <posgrado@uni.example>",
        (
            "Estimada Sam:\n\nLamentamos comunicarte que no has sido admitida en el máster "
            "universitario en Ciencia de Datos para el curso 2027-2028.\n\nSecretaría de "
            "Posgrado"
        ),
        id="master-es",
    ),
    pytest.param(
        "Your ticket request",
        "Leeds Lit Fest <tickets@leedslitfest.example>",
        (
            "Hi Sam,\n\nUnfortunately the event is sold out and we are unable to offer you a "
            "ticket. You're first on the waiting list.\n\nLeeds Lit Fest"
        ),
        id="sold-out-en",
    ),
    pytest.param(
        "Prix de la jeune architecture",
        "Fondation Archi <prix@fondationarchi.example>",
        (
            "Madame,\n\nNous avons le regret de vous annoncer que votre projet n'a pas été "
            "retenu par le jury du prix cette année.\n\nLa Fondation"
        ),
        id="prize-fr",
    ),
    pytest.param(
        "Fallo del concurso",
        "Ayuntamiento <cultura@ayto.example>",
        (
            "Hola Sam:\n\nLamentamos informarte de que tu proyecto no ha resultado premiado en "
            "el concurso de fotografía de este año.\n\nConcejalía de Cultura"
        ),
        id="concurso-es",
    ),
    pytest.param(
        "Pitch Competition results",
        "Founders Forum <events@foundersforum.example>",
        (
            "Hi Sam,\n\nThank you for applying to the Startup Pitch Competition. Unfortunately "
            "Tidewise was not selected for the final this year.\n\nFounders Forum"
        ),
        id="pitch-comp-en",
    ),
    pytest.param(
        "Your screening result",
        "Clinical Research Unit <cru@hospital.example>",
        (
            "Dear Sam,\n\nThank you for your interest. Unfortunately, based on your answers you "
            "are not eligible to take part in this study.\n\nClinical Research Unit"
        ),
        id="study-ineligible-en",
    ),
    pytest.param(
        "London Marathon charity place",
        "Run for Hope <events@runforhope.example>",
        (
            "Hi Sam,\n\nThank you for applying to run for Run for Hope. Unfortunately we are "
            "unable to offer you a charity place this year as we were heavily "
            "oversubscribed.\n\nRun for Hope"
        ),
        id="marathon-en",
    ),
    pytest.param(
        "Ihre Anmeldung zum Kurs",
        "Volkshochschule <kurse@vhs.example>",
        (
            "Liebe Sam,\n\nleider müssen wir Ihnen mitteilen, dass der Spanischkurs bereits "
            "ausgebucht ist. Sie stehen auf der Warteliste.\n\nIhre VHS"
        ),
        id="course-full-de",
    ),
    pytest.param(
        "Mentorprogramma",
        "Women in Tech NL <info@witnl.example>",
        (
            "Hoi Sam,\n\nHelaas hebben we je deze ronde niet kunnen koppelen aan een mentor. We "
            "nemen je aanmelding mee naar de volgende ronde.\n\nWomen in Tech NL"
        ),
        id="mentor-nl",
    ),
    pytest.param(
        "Your reservation request was declined",
        "Airbnb <automated@airbnb.example>",
        (
            "Hi Sam,\n\nUnfortunately, your host Marta declined your request to book her place "
            "in Lisbon for 12-15 November.\n\nAirbnb"
        ),
        id="airbnb-en",
    ),
    pytest.param(
        "Mobilité Erasmus",
        "Relations internationales <ri@univ.example>",
        (
            "Bonjour Sam,\n\nNous avons le regret de vous informer que votre candidature pour "
            "la mobilité Erasmus n'a pas été retenue.\n\nLe service des relations "
            "internationales"
        ),
        id="erasmus-fr",
    ),
]


@pytest.mark.parametrize(("subject", "frm", "body"), LOOKALIKES)
def test_a_look_alike_gets_no_drafting_kind(subject: str, frm: str, body: str) -> None:
    raw = mail(body, subject=subject, frm=frm)
    assert rules_kind(raw) not in DRAFTING
    assert kind(raw) not in DRAFTING
