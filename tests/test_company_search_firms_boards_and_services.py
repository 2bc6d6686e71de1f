"""classify(): the employer behind a search firm, an ATS, a job board or a booking service: the
client a search firm names later in the paragraph (none where it stays unnamed), an ATS's
agency-looking domain, a job board or booking service signing as itself; an employer's own
no-reply under its name and a hiring desk in the sender's name still name the employer.

Worded from the mail's own words, not a dev set's, with counter-cases.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, subject="Your application", message_id="<cn2@x.example>")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Hello Sam,\n\nGood news: the client has agreed to lift the confidentiality: it is "
            "Tollymore Foods, the family group behind the Tollymore brand. The chairman will "
            "see you on Thursday at 10:00 for an interview.\n\nBest,\nPaul Devlin\n"
            "Devlin Search Partners",
            "Tollymore Foods",
        ),
        (
            "Estimada Sam:\n\nYa compartí su perfil con nuestro cliente y ahora puedo decirle de "
            "quién se trata: es Cerámicas Valdivia, el grupo familiar de Puebla. La entrevista "
            "será el jueves a las 10:00.\n\nSaludos,\nMauricio Ferrán\nFerrán Search",
            "Cerámicas Valdivia",
        ),
        (
            "Bonjour Sam,\n\nNotre client accepte de lever la confidentialité : il s'agit de la "
            "Fromagerie Lanoë, à Rennes. L'entretien aura lieu jeudi à 10h.\n\nCordialement,\n"
            "Anne Roux\nRoux Recrutement",
            "Fromagerie Lanoë",
        ),
    ],
)
def test_a_search_firms_client_named_later_in_the_paragraph_is_the_employer(
    body: str, name: str
) -> None:
    raw = mail(body, frm="Paul Devlin <paul@devlinsearch.example>", subject="Next step")
    assert company(raw) == name


def test_it_is_without_a_client_in_the_paragraph_names_nobody() -> None:
    # counter-case: "it is Thursday Kitchen" far from any word for the client is no reveal
    body = (
        "Hello Sam,\n\nOur client would like to meet you for an interview on Thursday at 10:00."
        "\n\nAs for the venue, it is Harbour Room on the second floor.\n\nBest,\nPaul Devlin\n"
        "Devlin Search Partners"
    )
    raw = mail(body, frm="Paul Devlin <paul@devlinsearch.example>", subject="Next step")
    assert company(raw) != "Harbour Room"


def test_a_search_firm_with_its_client_unnamed_is_not_the_employer() -> None:
    body = (
        "Hola Sam:\n\nTe cuento cómo quedó lo del jueves: nuestro cliente salió muy bien "
        "impresionado. Necesitan dos referencias antes del viernes.\n\nUn abrazo,\nLucía"
    )
    raw = mail(body, frm="Lucía Benavente <lb@cumbre-talent.example>", subject="Referencias")
    assert company(raw) is None


def test_an_ats_mail_domain_holding_an_agency_word_is_no_agency() -> None:
    body = (
        "Dear Sam,\n\nThank you for applying for Customer Experience Advisor (Welsh Speaker) at "
        "Glasfryn Contact Centre. We will review your application and be in touch.\n\n"
        "Glasfryn Careers"
    )
    raw = mail(
        body,
        frm="Glasfryn Careers <glasfryn@talent-icims-mail.example>",
        subject="Thank you for applying – Customer Experience Advisor (Welsh Speaker)",
    )
    assert company(raw) == "Glasfryn Contact Centre"


def test_a_job_board_signing_as_itself_names_the_employer_it_sent_to() -> None:
    body = (
        "Application submitted\n\nYour application has been sent to Corran Fulfilment.\n\n"
        "Picker/Packer – Days\n\nThe employer will review your application. Most employers on "
        "JobHarbour respond within 3 days.\n\nJobHarbour · Unsubscribe"
    )
    raw = mail(body, frm="JobHarbour <no-reply@jobharbour.example>", subject="Application sent")
    assert company(raw) == "Corran Fulfilment"


def test_a_booking_service_signing_as_itself_gives_way_to_its_hosts_employer() -> None:
    body = (
        "Hi Sam,\n\nYour event has been scheduled.\n\nEvent type:\nPhone screen – Night Team "
        "Leader (15 min)\n\nWith:\nMarisa Quinn\n\nDate and time:\n12:00pm - 12:15pm, Tuesday, "
        "1 December 2026 (GMT - London)\n\nQuestions? Reply to this email to reach Marisa."
    )
    raw = mail(
        body,
        frm="Bookly <notifications@bookly.example>",
        headers="Reply-To: Marisa Quinn <marisa.quinn@harrowmart.example>\r\n",
        subject="Confirmed: Phone screen – Night Team Leader with Marisa Quinn",
    )
    assert company(raw) == "Harrowmart"


def test_an_employers_own_no_reply_under_its_name_is_still_the_employer() -> None:
    # counter-case: the display name spells the sending domain, and no one else is named
    body = (
        "Dear Sam,\n\nThank you for applying for the Store Assistant role. We will review your "
        "application and be in touch within two weeks.\n\nKind regards,\nBrannock"
    )
    raw = mail(body, frm="Brannock <no-reply@brannock.example>", subject="Application received")
    assert company(raw) == "Brannock"


@pytest.mark.parametrize(
    ("display", "name"),
    [("Corran Freight Hiring", "Corran Freight"), ("Maison Lusse Hiring Team", "Maison Lusse")],
)
def test_a_hiring_desk_in_the_senders_name_is_no_part_of_the_employer(display: str, name: str):
    body = (
        f"Hi Sam,\n\nYou've passed the screening questions for Warehouse Operative at {name}. "
        "Choose your interview slot: https://book.example/s/9KQ2\n\n"
        f"{name} Recruitment"
    )
    raw = mail(body, frm=f"{display} <hiring@slotpost-notify.example>", subject="Next step")
    assert company(raw) == name
