"""The reader's own application keeps its kind when it speaks of what look-alikes are about:
research, a grant or a scholarship, a flat, a podcast's episodes, probation and exit interviews,
insurance claims, an embassy as the employer, awards and competition entries, manuscripts and a
subscription as a perk. The job is named ("the position of Political Assistant", "the Research
Grants Officer post", "als subsidieadviseur"), so these contexts are its setting, not its
matter."""

from __future__ import annotations

import pytest

from classifymail import kind, mail, rules_kind

DRAFTING = {"interview_scheduled", "rejection", "offer"}

CONTROLS = [
    pytest.param(
        "rejection",
        "Your application - Research Scientist",
        "Talent Team <talent@deepforge.example>",
        (
            "Hi Sam,\n\nThank you for interviewing for the Research Scientist role. "
            "Unfortunately we will not be moving forward with your application. We enjoyed "
            "discussing your research on sparse routing.\n\nBest,\nTalent Team"
        ),
        id="c-research-rej",
    ),
    pytest.param(
        "rejection",
        "Grants Officer application",
        "HR <hr@northbridgearts.example>",
        (
            "Dear Sam,\n\nThank you for applying for the Grants Officer position. We regret to "
            "inform you that on this occasion you have not been shortlisted for "
            "interview.\n\nHR"
        ),
        id="c-grants-officer-rej",
    ),
    pytest.param(
        "offer",
        "Offer: Postdoctoral Research Fellow",
        "Prof. Anna Klein <a.klein@uni-example.example>",
        (
            "Dear Sam,\n\nI am delighted to offer you the post of Postdoctoral Research Fellow "
            "in my group, funded by our ERC grant, starting 1 February at grade 7. HR will send "
            "the contract shortly.\n\nBest wishes,\nAnna"
        ),
        id="c-postdoc-offer",
    ),
    pytest.param(
        "rejection",
        "Ihre Bewerbung als Fördermittelreferent/in",
        "Personal <bewerbung@stiftung-hilfe.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nvielen Dank für Ihre Bewerbung als "
            "Fördermittelreferentin. Leider müssen wir Ihnen mitteilen, dass wir uns für eine "
            "andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nPersonal"
        ),
        id="c-foerdermittel-de",
    ),
    pytest.param(
        "offer",
        "Your offer",
        "Jane Doe <jane.doe@acme.example>",
        (
            "Hi Sam,\n\nWe're thrilled to offer you the Data Engineer role at Acme, starting 4 "
            "January at £68,000. We'll also cover two months in a serviced flat while you find "
            "somewhere to live.\n\nBest,\nJane"
        ),
        id="c-offer-flat-mention",
    ),
    pytest.param(
        "interview_scheduled",
        "Interview - Programme Manager",
        "Lena Fox <lena.fox@openfuture.example>",
        (
            "Hi Sam,\n\nThanks for applying for the Programme Manager role. We'd love to talk "
            "about the grant programmes you ran at Nesta. Your interview is confirmed for "
            "Wednesday 11 November at 10am with me and Raj.\n\nLena"
        ),
        id="c-iv-grant-mention",
    ),
    pytest.param(
        "offer",
        "Offer - Podcast Producer",
        "Maya Chen <maya@wavecast.example>",
        (
            "Hi Sam,\n\nI'm delighted to offer you the Podcast Producer position, starting 1 "
            "December. You'll produce two episodes a week. Contract attached.\n\nMaya"
        ),
        id="c-podcast-producer-offer",
    ),
    pytest.param(
        "rejection",
        "Data Science for Social Good Fellowship",
        "DSSG <fellowship@dssg.example>",
        (
            "Dear Sam,\n\nThank you for applying to the DSSG Fellowship, a paid 12-week "
            "full-time position. Unfortunately, we are unable to offer you a fellowship "
            "position this year.\n\nDSSG team"
        ),
        id="c-fellowship-job-rej",
    ),
    pytest.param(
        "interview_scheduled",
        "Interview invitation - Locally Employed Staff",
        "Recruitment <recruitment@britishembassy.example>",
        (
            "Dear Sam,\n\nThank you for applying for the position of Political Assistant at the "
            "British Embassy Madrid. We are pleased to invite you to an interview on Thursday "
            "12 November at 11am at the Embassy.\n\nRecruitment Team"
        ),
        id="c-embassy-job-iv",
    ),
    pytest.param(
        "offer",
        "Your offer from Brightwell",
        "Ana Ruiz <ana.ruiz@brightwell.example>",
        (
            "Hi Sam,\n\nWe're thrilled to offer you the Product Designer role! Benefits include "
            "a learning budget, a Headspace subscription and 28 days' holiday. Please sign "
            "within a week.\n\nAna"
        ),
        id="c-subscription-benefit-offer",
    ),
    pytest.param(
        "rejection",
        "Claims Handler application",
        "Careers <careers@shieldinsure.example>",
        (
            "Dear Sam,\n\nThank you for your application for the Claims Handler role. "
            "Unfortunately we will not be progressing your application further.\n\nCareers Team"
        ),
        id="c-insurance-job-rej",
    ),
    pytest.param(
        "interview_scheduled",
        "Einladung zum Vorstellungsgespräch",
        "Institut für Sozialforschung <bewerbung@isf.example>",
        (
            "Liebe Frau Taylor,\n\nvielen Dank für Ihre Bewerbung als wissenschaftliche "
            "Mitarbeiterin im Projekt zur Studie Arbeitswelten. Wir laden Sie zu einem "
            "Vorstellungsgespräch am Dienstag, 10. November um 14 Uhr ein.\n\nMit freundlichen "
            "Grüßen\nDr. Paul Stein"
        ),
        id="c-researcher-iv-de",
    ),
    pytest.param(
        "rejection",
        "Re: Senior Analyst",
        "Tom Reed <tom.reed@finlo.example>",
        (
            "Hi Sam,\n\nThanks for your patience. We've decided to move forward with another "
            "candidate for the Senior Analyst role. I'm sorry it's not better news.\n\nTom"
        ),
        id="c-exit-in-thread-rej",
    ),
    pytest.param(
        "offer",
        "Offer of employment",
        "HR <hr@awardsdesk.example>",
        (
            "Dear Sam,\n\nFollowing your interviews, we are pleased to offer you the role of "
            "Awards Coordinator, organising our industry awards and competition entries. Start "
            "date 5 January.\n\nHR"
        ),
        id="c-award-firm-offer",
    ),
    pytest.param(
        "interview_scheduled",
        "Entretien - assistante de recherche",
        "Laboratoire LIRIS <recrutement@liris.example>",
        (
            "Bonjour Sam,\n\nSuite à votre candidature au poste d'assistante de recherche, nous "
            "avons le plaisir de vous convier à un entretien le jeudi 12 novembre à "
            "10h.\n\nCordialement,\nMarc Petit"
        ),
        id="c-research-assistant-iv-fr",
    ),
    pytest.param(
        "rejection",
        "Proceso de selección",
        "Talento <talento@datalia.example>",
        (
            "Hola Sam:\n\nGracias por participar en el proceso de selección para el puesto de "
            "Analista de Datos. Aunque tu experiencia con la beca de investigación nos pareció "
            "interesante, hemos decidido continuar con otra candidata.\n\nUn saludo,\nTalento"
        ),
        id="c-es-rej-beca-mention",
    ),
    pytest.param(
        "interview_scheduled",
        "Uitnodiging sollicitatiegesprek",
        "Werving <werving@zorggroep.example>",
        (
            "Beste Sam,\n\nBedankt voor je sollicitatie als subsidieadviseur. Graag nodigen we "
            "je uit voor een gesprek op dinsdag 10 november om 13:00 uur.\n\nMet vriendelijke "
            "groet,\nWerving"
        ),
        id="c-nl-iv",
    ),
    pytest.param(
        "interview_scheduled",
        "Interview - Research Grants Officer",
        "HR <hr@uni-example.example>",
        (
            "Dear Sam,\n\nThank you for your application for the Research Grants Officer post. "
            "We are pleased to invite you to interview on Wednesday 11 November at 10am. You "
            "would support research grant applications across the faculty.\n\nHR"
        ),
        id="c-grants-iv",
    ),
    pytest.param(
        "interview_scheduled",
        "Editorial Assistant interview",
        "Journals HR <hr@sciencepress.example>",
        (
            "Dear Sam,\n\nThank you for applying for the Editorial Assistant position. We'd "
            "like to invite you to an interview on Thursday 12 November at 11am. The role "
            "handles manuscript submissions and peer review for three journals.\n\nJournals HR"
        ),
        id="c-editorial-iv",
    ),
    pytest.param(
        "interview_scheduled",
        "Interview - Claims Handler",
        "Careers <careers@shieldinsure.example>",
        (
            "Dear Sam,\n\nThank you for applying for the Claims Handler role. Your interview is "
            "booked for Tuesday 10 November at 9:30am. You will be assessing home insurance "
            "claims.\n\nCareers"
        ),
        id="c-claims-handler-iv",
    ),
    pytest.param(
        "interview_scheduled",
        "Entretien - chargée de production",
        "Studio Ondes <recrutement@ondesverte.example>",
        (
            "Bonjour Sam,\n\nSuite à votre candidature au poste de chargée de production, nous "
            "vous confirmons votre entretien le jeudi 12 novembre à 15h. Vous produirez chaque "
            "épisode de nos podcasts.\n\nJulie"
        ),
        id="c-fr-podcast-iv",
    ),
    pytest.param(
        "offer",
        "Offer - HR Business Partner",
        "Jane Doe <jane.doe@acme.example>",
        (
            "Hi Sam,\n\nWe're delighted to offer you the HR Business Partner role. You'll own "
            "our onboarding, exit interviews and engagement survey. Start date 4 "
            "January.\n\nJane"
        ),
        id="c-exit-mention-offer",
    ),
    pytest.param(
        "offer",
        "Oferta - técnica de subvenciones",
        "RRHH <rrhh@fundacionhorizonte.example>",
        (
            "Hola Sam:\n\nNos complace ofrecerte el puesto de técnica de subvenciones y becas, "
            "con incorporación el 4 de enero.\n\nRRHH"
        ),
        id="c-es-subvenciones-offer",
    ),
    pytest.param(
        "interview_scheduled",
        "Interview confirmed: Grants Manager",
        "Workable <noreply@workable.example>",
        (
            "Hi Sam,\n\nYour interview for the Grants Manager position at Open Future Trust is "
            "confirmed for Thursday 12 November at 11:00 GMT. You'll discuss our next funding "
            "round with Lena Fox.\n\nWorkable on behalf of Open Future Trust"
        ),
        id="c-ats-grants-iv",
    ),
    pytest.param(
        "offer",
        "Your offer",
        "Jane Doe <jane.doe@acme.example>",
        (
            "Hi Sam,\n\nDelighted to offer you the Account Manager role! There's a six-month "
            "probation with a probation review at the end. Salary £42,000.\n\nJane"
        ),
        id="c-probation-mention-offer",
    ),
    pytest.param(
        "offer",
        "Your offer",
        "Jane Doe <jane.doe@acme.example>",
        (
            "Hi Sam,\n\nWe're delighted to offer you the Data Engineer role at Acme. We will "
            "sponsor your Skilled Worker visa application and cover the fees.\n\nBest,\nJane"
        ),
        id="c-visa-sponsor-offer",
    ),
    pytest.param(
        "interview_scheduled",
        "Interview: Admissions Officer",
        "HR <hr@uni-example.example>",
        (
            "Dear Sam,\n\nThank you for applying for the Admissions Officer role. Your "
            "interview is confirmed for Tuesday 10 November at 2pm. You'd be working with our "
            "admissions team on postgraduate admissions.\n\nHR"
        ),
        id="c-admissions-officer-iv",
    ),
    pytest.param(
        "interview_scheduled",
        "Interview - UX Researcher",
        "Talent <talent@brightloop.example>",
        (
            "Hi Sam,\n\nThanks for applying for the UX Researcher role. Your interview is "
            "booked for Wednesday 11 November at 3pm. We'll talk about how you run user "
            "interviews and usability studies.\n\nTalent"
        ),
        id="c-ux-research-iv",
    ),
    pytest.param(
        "offer",
        "Aanbod promotieplaats",
        "Prof. Jansen <p.jansen@tudelft.example>",
        (
            "Beste Sam,\n\nMet genoegen bieden wij je de functie van promovendus aan in onze "
            "groep, gefinancierd door een NWO-subsidie, per 1 februari.\n\nMet vriendelijke "
            "groet,\nPeter Jansen"
        ),
        id="c-promovendus-offer-nl",
    ),
    pytest.param(
        "rejection",
        "Re: Programme Officer application",
        "Lena Fox <lena.fox@openfuture.example>",
        (
            "Hi Sam,\n\nThanks for your patience. We've decided to go with another candidate "
            "for the Programme Officer role.\n\nLena\n\nOn Mon, 2 Nov 2026, Sam "
            "<sam@example.org> wrote:\n> Hi Lena, any news on the role? I also wanted to "
            "mention my travel grant work.\n"
        ),
        id="c-rej-thread-grant",
    ),
    pytest.param(
        "rejection",
        "Ihre Bewerbung",
        "Personal <personal@stadtwerke-ulm.example>",
        (
            "Sehr geehrte Frau Taylor,\n\nvielen Dank für Ihre Bewerbung auf unsere "
            "Ausschreibung. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
            "Bewerberin entschieden haben.\n\nPersonal"
        ),
        id="c-de-ausschreibung-rej",
    ),
    pytest.param(
        "interview_scheduled",
        "Entretien - chargée de mission",
        "RH <rh@campusfrance.example>",
        (
            "Madame,\n\nSuite à votre candidature au poste de chargée de mission bourses, nous "
            "vous confirmons un entretien le mardi 10 novembre à 11h.\n\nLes RH"
        ),
        id="c-fr-bourse-job-iv",
    ),
    pytest.param(
        "rejection",
        "Proceso de selección",
        "RRHH <rrhh@obrasnorte.example>",
        (
            "Hola Sam:\n\nGracias por tu interés en el puesto. Hemos decidido seguir con otra "
            "candidata con más experiencia en la licitación de obra pública.\n\nRRHH"
        ),
        id="c-es-licitacion-rej",
    ),
    pytest.param(
        "offer",
        "Offer - Graduate Data Scientist",
        "Talent <talent@brightloop.example>",
        (
            "Hi Sam,\n\nWe're delighted to offer you the Graduate Data Scientist role starting "
            "in September. Your summer school project really stood out.\n\nTalent"
        ),
        id="c-offer-summer-school-mention",
    ),
    pytest.param(
        "interview_scheduled",
        "Interview - Events Fundraiser",
        "HR <hr@runforhope.example>",
        (
            "Dear Sam,\n\nThank you for applying for the Events Fundraiser role. Your interview "
            "is confirmed for Tuesday 10 November at 11am. You'd manage our London Marathon "
            "charity places.\n\nHR"
        ),
        id="c-iv-charity-fundraiser",
    ),
]


@pytest.mark.parametrize(("expected", "subject", "frm", "body"), CONTROLS)
def test_the_readers_own_application_keeps_its_kind(
    expected: str, subject: str, frm: str, body: str
) -> None:
    raw = mail(body, subject=subject, frm=frm)
    assert (rules_kind(raw), kind(raw)) == (expected, expected)


def test_a_funders_job_is_no_grant() -> None:
    """A university's Research Fellow post whose interview asks for a research proposal: a
    funder's words in mail about a job are its setting (``funding`` is a sector)."""
    body = (
        "Dear Sam,\n\nThank you for applying for the Research Fellow post. We invite you to "
        "interview on Wednesday 11 November at 10am. Please prepare a 10-minute presentation "
        "of your research proposal.\n\nHR"
    )
    raw = mail(body, subject="Interview invitation", frm="HR <hr@uni-example.example>")
    assert rules_kind(raw) != "unrelated"
