"""classify(): the details of a message (company, interview time, people, decision date).

Each test pins one general reason a careful reader gets a detail right, with wording of its
own (not the dev sets'): legal suffixes, an agency's client, a display name that pairs a
person with an organisation, spoken times, stated zones, the people met.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.agency import is_agency
from afterview.understand.company.employer import normalise_company, org_beside_person
from afterview.understand.details import complete
from afterview.understand.reading import read

ME = "robin@example.org"


def mail(
    body: str,
    *,
    subject: str = "Hello",
    frm: str = "Jane Doe <jane.doe@acme.example>",
    headers: str = "",
    date_: str = "Tue, 03 Nov 2026 10:00:00 +0000",
    to: str = f"Robin <{ME}>",
) -> bytes:
    head = (
        f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date_}\r\n"
        f"Message-ID: <d@acme.example>\r\n{headers}"
    )
    return f"{head}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}".encode()


def run(raw: bytes):
    return classify(parse_message(raw), me=(ME,))


def details(raw: bytes, kind: str, **extra):
    """The details for a kind given by the test: the kind decision is not under test here."""
    return complete(read(parse_message(raw), (ME,), None), kind, [], **extra)


# --- company -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("registered", "spoken"),
    [
        ("Mangrove Analytics Pvt. Ltd.", "Mangrove Analytics"),
        ("Lionsgate Robotics Pte. Ltd.", "Lionsgate Robotics"),
        ("Kuala Works Sdn. Bhd.", "Kuala Works"),
        ("Ferngully Cider Co.", "Ferngully Cider"),
        ("Nordlys Shipping A/S", "Nordlys Shipping"),
        ("Wisła Software Sp. z o.o.", "Wisła Software"),
        ("Hartley & Co", "Hartley & Co"),  # "& Co" is part of the name
    ],
)
def test_legal_suffixes_are_not_part_of_the_name(registered: str, spoken: str) -> None:
    assert normalise_company(registered) == spoken


def test_signature_with_registered_name_gives_the_name_the_domain_spells() -> None:
    body = (
        "Hi Robin,\n\nThanks for your application for the Data Engineer role. We would like "
        "to invite you to an interview; could you share two or three slots next week?\n\n"
        "Regards,\nAsha Menon\nTalent Acquisition\nMangrove Analytics Private Limited | Pune\n"
    )
    result = run(mail(body, frm="Asha Menon <asha.menon@mangroveanalytics.example>"))
    assert result.company == "Mangrove Analytics"


def test_corporate_tail_after_the_domain_spelling_is_dropped() -> None:
    body = (
        "Dear Robin,\n\nThank you for meeting us. We have decided to offer the role to another "
        "candidate.\n\nKind regards,\nOwen Pryce\nHead of Finance\n"
        "Harbourside Freight Holdings Ltd\nRegistered in England No. 123456\n"
    )
    result = run(mail(body, frm="Owen Pryce <owen.pryce@harbourside-freight.example>"))
    assert result.company == "Harbourside Freight"


def test_a_capitalised_article_mid_sentence_belongs_to_the_name() -> None:
    body = (
        "Bonjour Robin,\n\nNous avons le plaisir de vous proposer de rejoindre La Fabrique "
        "Numérique au poste de Chef de projet.\n\nCordialement,\nMarc Allain\n"
    )
    result = run(mail(body, frm="Marc Allain <m.allain@fabrique-numerique.example>"))
    assert result.company == "La Fabrique Numérique"


@pytest.mark.parametrize(
    ("display", "org"),
    [
        ("Ines Walter (Steinbock Mobility)", "Steinbock Mobility"),
        ("Kofi Mensah, Baobab Studio", "Baobab Studio"),
        ("Lena Ott | Lumen Labs", "Lumen Labs"),
        ("Walsh, Renee", None),  # surname first: no organisation
        ("Ines Walter (Recruiter)", None),
        ("Kofi Mensah (he/him)", None),
    ],
)
def test_display_name_pairing_a_person_with_an_organisation(display: str, org: str | None) -> None:
    assert org_beside_person(display, set()) == org


def test_ats_display_with_person_and_company() -> None:
    body = (
        "Hi Robin,\n\nThanks for applying for the Support Engineer role at Baobab Studio! "
        "We read every application ourselves and will be in touch soon.\n\nKofi\n"
    )
    frm = '"Kofi Mensah, Baobab Studio" <notifications@ats-mailer.example>'
    result = run(mail(body, frm=frm, subject="Thanks for applying"))
    assert result.company == "Baobab Studio"


def test_help_desk_display_names_the_employer_not_the_vendor() -> None:
    body = (
        "This is an automated message to let you know we've received your question about your "
        "application (#5521). A member of our recruiting team will reply soon.\n"
    )
    frm = "Quillon Bank Candidate Support <support@quillon-careers.zendesk.com>"
    result = details(mail(body, frm=frm, subject="[Quillon Bank] Re: my application"), "auto_reply")
    assert result.company == "Quillon Bank"


# --- agencies ------------------------------------------------------------------------------

_AGENCY_FOOTER = "\n--\nBramble Partners Ltd is acting as an employment agency for this role.\n"


def test_agency_client_named_in_the_text_is_the_employer() -> None:
    body = (
        "Hi Robin,\n\nGreat news: Saltmarsh Diagnostics want to see you for a second "
        "interview for the Lab Data Scientist role. Could you send me your availability for "
        "next week?\n\nThanks,\nGeorgia\n\nGeorgia Finch\nSenior Consultant, Life Sciences\n"
        f"Bramble Partners{_AGENCY_FOOTER}"
    )
    result = run(mail(body, frm="Georgia Finch <georgia@bramblepartners.example>"))
    assert result.company == "Saltmarsh Diagnostics"


def test_agency_domain_alone_marks_an_agency_and_the_sector_desk_is_no_company() -> None:
    body = (
        "Hi Robin,\n\nI heard back from Tallis Robotics this morning: they'd like to move you "
        "to the final round.\n\nBest,\nDeclan\n\nDeclan Hart\nPrincipal Consultant, "
        "Manufacturing & Engineering\nNorthway Recruitment\n"
    )
    result = run(mail(body, frm="Declan Hart <declan.hart@northway-recruitment.example>"))
    assert result.company == "Tallis Robotics"


def test_agency_client_from_the_forwarded_mail_address() -> None:
    body = (
        "Hi Robin,\n\nSee below from Ruth at Kettering: your interview is confirmed for "
        "Thursday.\n\nSam\n\n"
        "-----Original Message-----\nFrom: Ruth Obi <ruth.obi@ketteringoptics.example>\n"
        "Sent: 02 November 2026 15:41\nTo: Sam Lyle <sam@lylesearch.example>\n"
        "Subject: Interview\n\nHi Sam, we confirm Thursday 5 November at 11:00 with Robin.\n"
        "Ruth Obi\nHead of Optics\nKettering Optics GmbH\n"
    )
    result = run(mail(body, frm="Sam Lyle <sam@lylesearch.example>", subject="FW: Interview"))
    assert result.company == "Kettering Optics"


def test_agency_client_named_only_in_the_subject() -> None:
    body = (
        "Hi Robin,\n\nJust spoke to Priyanka there: they loved the case study and will "
        "decide by Friday.\n\nCheers,\nTom\n\nTom Reyes | Consultant | Fernhill Talent\n"
    )
    result = run(
        mail(body, frm="Tom Reyes <tom@fernhilltalent.example>", subject="Quorra feedback")
    )
    assert result.company == "Quorra"


@pytest.mark.parametrize(
    ("domain", "signature", "footer", "agency"),
    [
        ("acme.example", "Jane Doe\nTalent Acquisition Partner\nAcme", "", False),
        ("acme.example", "Jane Doe\nGraduate Recruitment | Acme", "", False),
        ("acme.example", "", "We do not accept CVs from recruitment agencies.", False),
        ("acme.example", "", "Acme Search Ltd acts as an employment agency.", True),
        ("mail.lyle-search.example", "", "", True),
        ("acme.example", "", "Wij zijn een wervings- en selectiebureau.", True),
    ],
)
def test_what_marks_an_agency(domain: str, signature: str, footer: str, agency: bool) -> None:
    assert is_agency(domain, signature, footer) is agency


# --- interview time --------------------------------------------------------------------------


def _with_invite(body: str, dtstart: str, dtend: str, summary: str) -> bytes:
    head = (
        "From: Lindqvist Careers <no-reply@ats-mailer.example>\r\nTo: Robin <robin@example.org>\r\n"
        "Subject: Uitnodiging sollicitatiegesprek\r\nDate: Tue, 03 Nov 2026 08:00:00 +0000\r\n"
        "Message-ID: <i@ats-mailer.example>\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n"
    )
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:9@ats-mailer.example\r\n"
        f"DTSTART:{dtstart}\r\nDTEND:{dtend}\r\nSUMMARY:{summary}\r\n"
        "ORGANIZER;CN=Lindqvist:mailto:no-reply@ats-mailer.example\r\n"
        "ATTENDEE;CN=Robin:mailto:robin@example.org\r\n"
        "ATTENDEE;CN=Eva Bakker:mailto:eva.bakker@lindqvist.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return (
        f"{head}--zz\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        f"--zz\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n{ics}--zz--\r\n"
    ).encode()


def test_invitation_in_utc_is_shown_at_the_offset_its_text_reveals() -> None:
    body = (
        "Beste Robin,\n\nJe sollicitatiegesprek is bevestigd.\n\nDatum: dinsdag 10 november 2026\n"
        "Tijd: 14.00 - 15.00 uur\nMet: Eva Bakker\n"
    )
    raw = _with_invite(body, "20261110T130000Z", "20261110T140000Z", "Sollicitatiegesprek")
    result = run(raw)
    assert result.kind == "interview_scheduled"
    assert result.interview is not None
    assert result.interview.start.isoformat() == "2026-11-10T14:00:00+01:00"


# --- the people met ----------------------------------------------------------------------------

_SPAN = (datetime(2026, 11, 5, 10, 0, tzinfo=UTC), None)


def _met(raw: bytes) -> set[str]:
    found = details(raw, "interview_scheduled", span=_SPAN)
    assert found.interview is not None
    return {p.email for p in found.interview.interviewers}


def test_a_colleague_in_cc_named_as_joining_and_the_sender_who_says_both_of_us() -> None:
    body = (
        "Thursday works! Ten o'clock at our studio.\n\nRuth (cc'd) will join halfway, so "
        "you'll get to meet both of us.\n\nOla\n"
    )
    raw = mail(
        body,
        frm="Ola Berg <ola@fjordlight.example>",
        headers="Cc: Ruth Sandvik <ruth@fjordlight.example>\r\n",
    )
    assert _met(raw) == {"ola@fjordlight.example", "ruth@fjordlight.example"}


def test_a_short_confirmation_keeps_the_people_its_quoted_request_named() -> None:
    body = (
        "Lovely, Thursday at 10 it is.\n\nBen\n\n"
        "> On 2 Nov 2026, at 11:00, Robin <robin@example.org> wrote:\n"
        "> Thursday morning would suit me best.\n>\n"
        ">> On 1 Nov 2026, Ben Achebe <ben@marigoldcycles.example> wrote:\n"
        ">> Would you like to come in for an interview? It would be me plus Anya from our "
        "data team, about an hour.\n"
    )
    raw = mail(
        body,
        frm="Ben Achebe <ben@marigoldcycles.example>",
        headers="Cc: Anya Petrova <anya@marigoldcycles.example>\r\n",
        subject="Re: Interview",
    )
    assert _met(raw) == {"ben@marigoldcycles.example", "anya@marigoldcycles.example"}


def test_a_recruiter_moving_the_time_keeps_the_interviewer_of_the_quoted_confirmation() -> None:
    body = (
        "Hi Robin,\n\nOmar has a clash, so I've moved you to Thursday 5 November at 10:00.\n\n"
        "Best,\nLea\nLea Marx | Talent Acquisition | Quillfeather\n\n"
        "From: Lea Marx <lea.marx@quillfeather.example>\nSent: Monday, 2 November 2026 09:12\n"
        "To: Robin <robin@example.org>\nSubject: Interview confirmation\n\n"
        "Hi Robin, I'm pleased to confirm your interview with Dr. Omar Haddad "
        "(omar.haddad@quillfeather.example), Head of Risk, on Wednesday 4 November at 14:00.\n"
    )
    raw = mail(body, frm="Lea Marx <lea.marx@quillfeather.example>", subject="RE: Interview")
    assert _met(raw) == {"omar.haddad@quillfeather.example"}


def test_the_author_of_a_forwarded_confirmation_who_says_me_and_a_colleague() -> None:
    body = (
        "Hi Robin,\n\nAll confirmed, see below.\n\nSam\n\n"
        "-----Original Message-----\nFrom: Hanne Lund <hanne.lund@nordvik.example>\n"
        "Sent: 02 November 2026 15:41\nTo: Sam Lyle <sam@lylesearch.example>\n"
        "Subject: Interview\n\nHi Sam, we confirm Thursday at 11:00. It will be me and our "
        "tech lead Per Dahl.\n"
    )
    raw = mail(body, frm="Sam Lyle <sam@lylesearch.example>", subject="FW: Interview")
    assert _met(raw) == {"hanne.lund@nordvik.example"}


def test_an_organiser_who_says_they_will_not_attend_is_no_interviewer() -> None:
    body = (
        "Hi Robin,\n\nHere is the invite: you'll be meeting Kai Wong (kai.wong@tessel.example), "
        "our Head of Data. I won't be on the call myself, but shout if you need anything.\n\n"
        "Nina Roth | Talent Acquisition Partner | Tessel\n"
    )
    raw = mail(body, frm="Nina Roth <nina.roth@tessel.example>")
    assert _met(raw) == {"kai.wong@tessel.example"}


def test_whom_to_ask_for_a_new_slot_and_team_mailboxes_are_no_interviewers() -> None:
    body = (
        "Your interview is confirmed for Thursday at 10:00 with Ivo Petrov "
        "(ivo.petrov@brackenridge.example). If anything changes, just reply and Mara will "
        "help you find a new slot.\n\nBrackenridge Interviews <interviews@brackenridge.example>\n"
    )
    raw = mail(
        body,
        frm="Brackenridge <no-reply@ats-mailer.example>",
        headers="Reply-To: Mara Quint <mara.quint@brackenridge.example>\r\n",
    )
    assert _met(raw) == {"ivo.petrov@brackenridge.example"}


# --- public bodies, forms, services ----------------------------------------------------------


@pytest.mark.parametrize(
    ("frm", "signature", "company"),
    [
        (  # a council under a generic second level: the label before "gov" names it
            "Mo Reid <mo.reid@ashcombe.gov.example>",
            "Mo Reid\nHR Officer\nAshcombe Parish Council\nThe Guildhall, Ashcombe",
            "Ashcombe Parish Council",
        ),
        (  # a college: the short name recurs, the full name is written once
            "Ruth Kay <r.kay@kelvedon.ac.example>",
            "Ruth Kay | Faculty Office | Kelvedon College of Arts\nKelvedon is an exempt charity",
            "Kelvedon College of Arts",
        ),
        (  # an NHS trust whose domain adds 'nhs' to the place it is named after
            "Sam Ode <sam.ode@linmouth-nhs.example>",
            "Sam Ode\nMatron, Ward 7\nLinmouth & Coastal NHS Foundation Trust",
            "Linmouth & Coastal NHS Foundation Trust",
        ),
        (  # a school named after a saint, written short in the text
            "Ann Lee <a.lee@stbrides.example>",
            "Ann Lee\nSchool Office\nSt Bride's Catholic Primary School\nSt Bride's welcomes all",
            "St Bride's Catholic Primary School",
        ),
    ],
)
def test_a_public_body_is_named_in_full(frm: str, signature: str, company: str) -> None:
    short = company.split()[0] if not company.startswith("St ") else "St Bride's"
    body = (
        f"Dear Robin,\n\nThank you for your application to {short}. We would like to invite "
        f"you to interview; please reply with your availability next week.\n\n{signature}\n"
    )
    assert details(mail(body, frm=frm), "interview_request").company == company


def test_a_registered_name_with_a_body_word_is_no_better_than_the_trading_name() -> None:
    body = (
        "Dear Robin,\n\nThank you for applying. We will be in touch within ten days.\n\n"
        "Wyvern Mutual\n\nWyvern Mutual is a trading name of Wyvern Mutual Friendly Society "
        "Limited, registered in England.\n"
    )
    raw = mail(body, frm="Ola Bryn <ola.bryn@wyvernmutual.example>")
    assert details(raw, "application_received").company == "Wyvern Mutual"


@pytest.mark.parametrize(
    ("field", "company"),
    [
        ("Employer:     Brookvale Community NHS Trust", "Brookvale Community NHS Trust"),
        ("Arbeitgeber: Kreiskrankenhaus Elbmarsch gGmbH", "Kreiskrankenhaus Elbmarsch gGmbH"),
        ("Werkgever: Gemeente Dijkhoven", "Gemeente Dijkhoven"),
        ("Empresa: Hoteles Costa Brava, S.L.", "Hoteles Costa Brava"),
    ],
)
def test_a_form_that_states_the_employer(field: str, company: str) -> None:
    body = (
        "Your application has been submitted.\n\n  Job title:  Ward Clerk\n"
        f"  {field}\n  Reference:  44-1208\n\nThis is an automated email.\n"
    )
    raw = mail(body, frm="Jobs Portal <donotreply@jobs.portal.example>")
    assert details(raw, "application_received").company == company


@pytest.mark.parametrize(
    "frm",
    [
        "Fenwick Analytics <fenwick@myworkday.example>",
        "Fenwick Analytics <careers@fenwick.icims.example>",
        "Fenwick Analytics <jobs@smartrecruiters.co.uk>",
    ],
)
def test_an_ats_domain_under_any_top_level_is_never_the_company(frm: str) -> None:
    body = (
        "Dear Robin,\n\nThank you for applying for the Data Analyst position. A member of our "
        "team will contact you if your profile matches.\n\nTalent Acquisition\n"
    )
    assert details(mail(body, frm=frm), "application_received").company == "Fenwick Analytics"


def test_a_booking_host_answering_through_a_service_is_no_company() -> None:
    body = (
        "A new event has been scheduled.\n\nEvent: Intro call - Product Designer\n"
        "Host: Tariq Bell (tariq@northlark.example)\nDate: Thursday, 5 November 2026\n"
    )
    raw = mail(
        body,
        frm="Tariq Bell via Bookly <notifications@bookly.example>",
        headers="Reply-To: Tariq Bell <tariq@northlark.example>\r\n",
    )
    assert details(raw, "interview_scheduled", span=_SPAN).company == "Northlark"


@pytest.mark.parametrize(
    ("display", "company"),
    [
        ("Fernbank Energy Early Careers", "Fernbank Energy"),
        ("Osprey Rail Graduate Recruitment Team", "Osprey Rail"),
        ("Bellmere Campus Recruiting", "Bellmere"),
    ],
)
def test_a_desk_for_graduates_is_no_part_of_the_name(display: str, company: str) -> None:
    assert normalise_company(display) == company


@pytest.mark.parametrize(
    ("frm", "text", "company"),
    [
        ("Lu Chen <lu@larchfieldhotels.example>", "a post at The Larchfield", "Larchfield Hotels"),
        ("Ivo Sand <ivo@orwellbooks.example>", "the Buyer role here at Orwell", "Orwell Books"),
        ("Kai Ru <kai@fennelhealth.example>", "joining Fennel as a Nurse Lead", "Fennel Health"),
    ],
)
def test_a_domain_that_adds_a_sector_word_spells_the_name_in_full(
    frm: str, text: str, company: str
) -> None:
    body = f"Hi Robin,\n\nThanks for your interest in {text}. Could we talk next week?\n"
    assert details(mail(body, frm=frm), "interview_request").company == company


@pytest.mark.parametrize(
    ("signature", "company"),
    [
        ("Ilse Moor | Recruiter | Corvid Financial Group", "Corvid Financial Group"),
        ("Ilse Moor\nCorvid Financial Group\nCorvid Financial, 1 Bank St", "Corvid Financial"),
        ("Ilse Moor\nCorvid Financial Services Ltd", "Corvid Financial"),
    ],
)
def test_a_corporate_tail_stays_only_where_the_name_is_always_written_with_it(
    signature: str, company: str
) -> None:
    body = f"Dear Robin,\n\nThank you for applying; we will reply in two weeks.\n\n{signature}\n"
    raw = mail(body, frm="Ilse Moor <ilse.moor@corvidfinancial.example>")
    assert details(raw, "application_received").company == company


# --- agencies that sign with their trade, clients set beside the job ---------------------------


@pytest.mark.parametrize(
    ("domain", "signature", "agency"),
    [
        ("haldenmoor.example", "Jo Blake\nSenior Consultant\nHaldenmoor Recruitment", True),
        ("voss-partner.example", "Anke Voss\nVoss Partner Personalberatung GmbH", True),
        ("maasbos.example", "Eva Maas | Maasbos Werving & Selectie", True),
        ("acme.example", "Jane Doe\nAcme Talent Acquisition", False),  # an in-house desk
        ("acme.example", "Jane Doe\nRecruitment Team, Acme", False),
        ("acme.example", "Jane Doe\nBrightside Recruitment", False),  # not the sender's firm
    ],
)
def test_a_firm_signing_with_an_agency_trade(domain: str, signature: str, agency: bool) -> None:
    assert is_agency(domain, signature, "") is agency


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        (
            "Ward Sister - Elmstead Care Home (Ipswich)",
            "Hi Robin,\n\nElmstead Care Home would like to meet you next week. Could you send "
            "me a few slots?\n\nJo",
            "Elmstead Care Home",
        ),
        (
            "Re: Brightwell - Finance Officer",
            "Hi Robin, just heard back from Brightwell: they're shortlisting on Friday.\n\nJo\n\n"
            "> I've sent your CV to Brightwell Academy Trust for the Finance Officer post.",
            "Brightwell Academy Trust",
        ),
        (
            "Jefe de Obra – Constructora Almenara",
            "Hola Robin:\n\nConstructora Almenara quiere conocerte la semana que viene. "
            "¿Me pasas tu disponibilidad?\n\nJo",
            "Constructora Almenara",
        ),
    ],
)
def test_an_agency_client_set_beside_the_job_in_the_subject(
    subject: str, body: str, company: str
) -> None:
    frm = "Jo Blake <jo.blake@haldenmoor.example>"
    raw = mail(
        f"{body}\n\nJo Blake\nSenior Consultant\nHaldenmoor Recruitment\n", frm=frm, subject=subject
    )
    assert details(raw, "employer_reply").company == company


def test_a_subject_naming_the_candidate_beside_the_job_names_no_company() -> None:
    body = "Hi Robin,\n\nPlease find the invitation below.\n\nMina\n"
    raw = mail(
        body,
        frm="Mina Lowe <mina.lowe@quillhaven.example>",
        subject="Interview: Robin Ash / Risk Analyst",
        to="robin.ash@example.org",
    )
    assert details(raw, "employer_reply").company == "Quillhaven"


# --- company: what a subject's segment or a phrase names is not always an employer ---------


@pytest.mark.parametrize(
    ("subject", "frm", "company"),
    [
        # a stage of hiring beside the job is no name; the domain spells the employer
        (
            "Technical Discussion | Product Analyst - Lending | Robin",
            "Priya Nair <priya.nair@orbitalfintech.example>",
            "Orbital Fintech",
        ),
        (
            "Phone Screen - Senior Analyst II",
            "Sam Hale <sam.hale@quillhealth.example>",
            "Quill Health",
        ),
        # a reference label is no name
        (
            "Invitation to interview - Finance Officer (Ref: QH/FIN/221)",
            "Sam Hale <sam.hale@quillhealth.example>",
            "Quill Health",
        ),
        # a Romance title opens with its noun: the segment is the job, not the employer
        (
            "Confirmación entrevista – Analista de Datos",
            "Lucía Pardo <lucia.pardo@marinaverdeenergia.example>",
            "Marinaverde Energia",
        ),
    ],
)
def test_a_subject_segment_that_is_no_name(subject: str, frm: str, company: str) -> None:
    body = (
        "Hi Robin,\n\nThanks for your time so far. We'd like to meet you next week: could you "
        "send me two or three slots that suit you?\n\nBest,\nThe hiring team\n"
    )
    result = details(mail(body, subject=subject, frm=frm), "interview_request")
    assert result.company == company


@pytest.mark.parametrize(
    ("body", "cc"),
    [
        ("Here is the invite for the technical interview with Mikko and me.", "Mikko Aalto"),
        ("Jenna from quality reporting will be joining Marcus this time.", "Marcus Whitby"),
        ("Sie führen das Gespräch bei Henrike und mir im Büro.", "Henrike Voss"),
    ],
)
def test_a_persons_first_name_after_a_company_phrase_is_no_company(body: str, cc: str) -> None:
    first = cc.split()[0].lower()
    raw = mail(
        f"Hi Robin,\n\n{body}\n\nAino",
        frm="Aino Laine <aino.laine@pinewoodrobotics.example>",
        headers=f"Cc: {cc} <{first}@pinewoodrobotics.example>\r\n",
    )
    assert details(raw, "employer_reply").company == "Pinewood Robotics"


@pytest.mark.parametrize(
    ("domain", "signature", "company"),
    [
        ("brightwateracademies", "Brightwater Academy Trust", "Brightwater Academy Trust"),
        ("harbourclinics", "Harbour Clinic Partnership", "Harbour Clinic Partnership"),
        ("northfieldlibraries", "Northfield Library Service", "Northfield Library"),
    ],
)
def test_a_plural_domain_matches_the_singular_name(
    domain: str, signature: str, company: str
) -> None:
    body = (
        "Dear Robin,\n\nThank you for your application. We would like to invite you to an "
        f"interview; please send your availability.\n\nYours sincerely,\nGill Pryce\nHR Officer\n"
        f"{signature}\n2 Kingsdown Parade, Bristol\n"
    )
    raw = mail(body, frm=f"Gill Pryce <g.pryce@{domain}.example>")
    assert details(raw, "interview_request").company == company


@pytest.mark.parametrize(
    ("registered", "spoken"),
    [
        ("Vindholm Energy A/S", "Vindholm Energy"),
        ("Fjellheim Shipping A/S", "Fjellheim Shipping"),
        ("Lindgren Data AB", "Lindgren Data"),
    ],
)
def test_a_nordic_legal_form_in_a_signature_is_not_part_of_the_name(
    registered: str, spoken: str
) -> None:
    domain = spoken.split()[0].lower()
    body = (
        "Dear Robin,\n\nThank you for the interviews. We have chosen to continue with another "
        f"candidate.\n\nKind regards\n\nMette Holm\nTalent Acquisition Partner\n{registered}\n"
        "Havnegade 22, 8000 Aarhus C\n"
    )
    raw = mail(body, frm=f"Mette Holm <mh@{domain}.example>")
    assert details(raw, "rejection").company == spoken


# --- go-betweens: search firms that name their trade or speak of their client ---------------


@pytest.mark.parametrize(
    ("domain", "signature", "agency"),
    [
        (
            "fenwick-hale.example",
            "Ruth Fenwick\nPartner | Fenwick Hale | Board & Executive Search",
            True,
        ),
        ("brandmoor.example", "Dr. Ute Brand\nBrand & Moor Executive Search GmbH", True),
        ("roux-associes.example", "Léa Roux · Roux Associés · Chasseurs de têtes", True),
        ("acme.example", "Jane Doe | Acme | Executive Search Practice Lead", False),
        ("acme.example", "Jane Doe | Brightside | Executive Search", False),  # not her firm
    ],
)
def test_a_firm_naming_its_trade_beside_its_name(domain: str, signature: str, agency: bool) -> None:
    assert is_agency(domain, signature, "") is agency


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Dear Robin,\n\nI can now tell you that our client is Tolland Marine Insurance, "
            "who would like to meet you for the CFO post.\n\nBest,\nKit",
            "Tolland Marine Insurance",
        ),
        (
            "Guten Tag,\n\nwie besprochen der Termin mit unserem Mandanten:\n\n"
            "Mandant: Hellweg Versicherung AG\nDatum: 30.11.\n\nBeste Grüße\nKit",
            "Hellweg Versicherung",
        ),
        (
            "Bonjour Robin,\n\nJe peux désormais vous révéler le nom de notre client : il "
            "s'agit des Verreries Dalmont & Cie.\n\nBien à vous,\nKit",
            "Verreries Dalmont",
        ),
        (
            "Hola Robin:\n\nNuestro cliente, Grupo Alcaraz Logística, quiere conocerte para el "
            "puesto de director financiero.\n\nUn saludo,\nKit",
            "Grupo Alcaraz Logística",
        ),
    ],
)
def test_a_firm_that_speaks_of_its_client_writes_for_that_employer(body: str, company: str) -> None:
    raw = mail(body, frm="Kit Amara <kit@amara-partners.example>", subject="Next step")
    assert details(raw, "employer_reply").company == company


def test_a_client_copied_in_gives_the_employer_domain() -> None:
    body = (
        "Dear Robin,\n\nAs agreed I can reveal our client: Lathbury Estates. Tom Lathbury, "
        "whom I copy here, would be delighted to meet you.\n\nKit\n"
    )
    raw = mail(
        body,
        frm="Kit Amara <kit@amara-partners.example>",
        headers="Cc: Tom Lathbury <tom@lathbury-estates.example>\r\n",
    )
    result = details(raw, "employer_reply")
    assert (result.company, result.employer_domain) == (
        "Lathbury Estates",
        "lathbury-estates.example",
    )


def test_an_agency_portal_names_the_client_beside_the_title_not_its_reference() -> None:
    body = (
        "Dear Robin,\n\nThank you for registering your interest in this appointment, which "
        "Amara Partners is conducting on behalf of the company.\n\nThe Amara Search Team\n"
        "Amara Partners | Executive Search\n"
    )
    raw = mail(
        body,
        frm="Amara Partners Portal <no-reply@portal.amara-partners.example>",
        subject="Application received - Finance Director, Ostley Foods plc (AP-4410)",
        headers="Auto-Submitted: auto-generated\r\n",
    )
    assert details(raw, "application_received").company == "Ostley Foods"


def test_the_company_secretary_is_an_officer_not_a_company() -> None:
    body = (
        "Dear Robin,\n\nThe panel will see you on Tuesday at 5pm. Please ask for the Company "
        "Secretary's office on arrival.\n\nJo\n"
    )
    raw = mail(body, frm="Jo Penn <jo@quillmere.example>")
    assert details(raw, "employer_reply").company == "Quillmere"


@pytest.mark.parametrize(
    "said",
    [
        "Ich bin ebenfalls dabei.",
        "Je serai également présente.",
        "I'll also be there to introduce you.",
        "Estaré también presente.",
        "Ik ben er ook bij.",
    ],
)
def test_a_consultant_who_attends_too_is_met(said: str) -> None:
    body = (
        f"Dear Robin,\n\nConfirmed: Thursday 26 November 2026 at 14:30, with our client Hale "
        f"Bank's chair, Ann Hale (ann@halebank.example). {said}\n\nKit\n"
    )
    raw = mail(body, frm="Kit Amara <kit@amara-partners.example>")
    start = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
    got = details(raw, "interview_scheduled", span=(start, None)).interview
    assert {p.email for p in got.interviewers} == {
        "ann@halebank.example",
        "kit@amara-partners.example",
    }


@pytest.mark.parametrize(
    "aside",
    [
        "Tom Lathbury, our managing partner, whom I copy here, would be delighted to meet you",
        "Tom Lathbury, associé gérant, que je mets en copie, serait ravi de vous rencontrer",
        "Tom Lathbury, socio director, le encantaría conocerte",
    ],
)
def test_a_copied_person_who_will_meet_the_candidate_across_an_aside(aside: str) -> None:
    body = f"Dear Robin,\n\n{aside}. Thursday 26 November at 14:30 is confirmed.\n\nKit\n"
    raw = mail(
        body,
        frm="Kit Amara <kit@amara-partners.example>",
        headers="Cc: Tom Lathbury <tom@lathbury-estates.example>\r\n",
    )
    start = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
    got = details(raw, "interview_scheduled", span=(start, None)).interview
    assert "tom@lathbury-estates.example" in {p.email for p in got.interviewers}
