"""classify(): a candidate for the company must read as an organisation's name.

A calendar's status before the subject ("Abgesagt:", "Annulé :", "Canceled:"), a reply
button ("Yes | No | Maybe"), a channel beside a desk's name ("(SMS)"), a department or an
organ of the employer ("HR Department", "the Governing Board"), a time zone, a person's
initial and surname: a careful reader passes over each to the employer's name. Worded
afresh, in other sectors and languages than the dev sets, with counter-cases of firms
whose names are such words.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.names import normalise_company
from afterview.understand.company.orgname import looks_like_an_organisation
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<cc@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    "word",
    [
        "Canceled",
        "Abgesagt",
        "Geannuleerd",
        "Cancelado",
        "Updated invitation",
        "Maybe",
        "Gmail",
        "Invitación de Google",
        "CET",
        "HR Department",
        "Governing Board",
        "the Board of Governors",
        "Personalabteilung",
        "School",
        "TAFE",
        "VIC 3002",
        "BC Ministry",
        "Nl",
    ],
)
def test_statuses_products_and_bare_kinds_are_no_names(word: str) -> None:
    assert not looks_like_an_organisation(word)


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("Invitation Homes", ""),  # a status word beside a word of its own
        ("Zoom", "zoom"),  # a product writing from its own domain
        ("Text", "text"),
        ("Kōwhai Grove School", ""),
        ("Department of Health", ""),
        ("Board Intelligence", ""),
        ("School District No. 88 Coast Mountain", ""),
        ("HP", ""),
        ("3M", ""),
    ],
)
def test_names_made_with_such_words_stand(name: str, own: str) -> None:
    assert looks_like_an_organisation(name, own)


@pytest.mark.parametrize(
    ("subject", "body", "sender", "name"),
    [
        (
            "Abgesagt: Vorstellungsgespräch - Projektleiter (m/w/d) - Sam Lee",
            "Hallo Sam,\n\nleider muss ich unseren Termin morgen kurzfristig absagen, ich "
            "melde mich wegen eines neuen Termins.\n\nViele Grüße\nJana",
            "Jana Vogt <jana.vogt@hafenwerk.example>",
            "Hafenwerk",
        ),
        (
            "Annulé : Entretien - Chargé de mission - Sam Lee",
            "Bonjour Sam,\n\nje dois malheureusement annuler notre entretien de jeudi. Je "
            "reviens vers vous pour une autre date.\n\nBien à vous,\nClaire",
            "Claire Morel <claire.morel@ventdouest.example>",
            "Ventdouest",
        ),
        (
            "Canceled: Warehouse Supervisor - Interview (Sam Lee)",
            "Sam, apologies, I have to pull tomorrow's interview; someone from the team will "
            "be in touch to rebook.\n\nRos",
            "Ros Kirby <ros.kirby@quayfreight.example>",
            "Quay Freight",
        ),
    ],
)
def test_a_calendar_status_before_the_subject_is_no_employer(
    subject: str, body: str, sender: str, name: str
) -> None:
    # the client repeats the event's title, status and all, above the note
    raw = mail(f"{subject}\n\n{body}", subject=subject, frm=sender)
    assert company(raw) == name


def test_a_reply_buttons_line_is_no_company_line() -> None:
    body = (
        "Sam Lee has been invited to: Site visit and interview\n"
        "When: Thursday 12 November 2026 10:00 - 11:00 (GMT)\n\n"
        "Attending? Yes | No | Maybe\n"
    )
    raw = mail(
        body,
        subject="Invitation: Site visit and interview - Sam Lee",
        frm="Orla Hynes <orla.hynes@kilbrackenfoods.example>",
    )
    assert company(raw) != "Maybe"


def test_a_desk_with_its_channel_in_brackets_is_the_employer() -> None:
    """ "Harbour Pharmacy Careers (SMS)": a desk of the employer, relayed as text message."""
    body = (
        "Hi Sam! Dee from Harbour Pharmacy here, ur all set for your interview Fri 13 Nov "
        "at 9am with our manager at the store. Bring photo ID!\n"
    )
    raw = mail(
        body,
        subject="New text message from Harbour Pharmacy Careers",
        frm='"Harbour Pharmacy Careers (SMS)" <relay@textbridge.example>',
    )
    assert company(raw) == "Harbour Pharmacy"


def test_a_person_named_in_brackets_after_a_desk_stays_the_persons() -> None:
    """Counter-case: "Rita Pohl (Harbour Pharmacy)" is still a person beside her employer."""
    body = (
        "Hi Sam, thanks for applying for the Harbour Pharmacy assistant role. Could we have a "
        "short interview call this week? Which day suits you?\n\nRita\n"
    )
    raw = mail(body, frm='"Rita Pohl (Harbour Pharmacy)" <rita.pohl@mail.example>')
    assert company(raw) == "Harbour Pharmacy"


def test_a_department_in_the_signature_gives_way_to_the_employer() -> None:
    body = (
        "Dear Sam,\n\nThank you for attending interview. I regret that on this occasion "
        "you were not successful.\n\nYours sincerely,\n\nNiamh Doyle\n"
        "Recruitment Officer | HR Department\n"
    )
    raw = mail(body, subject="Outcome", frm="Niamh Doyle <niamh.doyle@corkharbourcouncil.example>")
    assert company(raw) not in (None, "HR Department")


def test_the_employers_organ_is_no_company() -> None:
    body = (
        "Dear Sam,\n\nOn behalf of the Governing Board I am delighted to offer you the post "
        "of Head of Science, subject to references.\n\nWith best wishes\nMaria Lewis\n"
        "Headteacher\nAshcombe Park Academy\n"
    )
    raw = mail(body, subject="Head of Science", frm="Maria Lewis <head@ashcombepark.example>")
    assert company(raw) == "Ashcombe Park Academy"


def test_a_segment_holding_the_candidates_name_is_no_employer() -> None:
    body = (
        "Beste Sam,\n\nHelaas moet ik onze kennismaking van morgen afzeggen wegens ziekte. "
        "Ik stuur je snel een nieuw voorstel.\n\nGroet,\nFemke"
    )
    subject = "Geannuleerd: Kennismaking Sam Lee - Beleidsadviseur"
    raw = mail(
        f"{subject}\n\n{body}",
        subject=subject,
        frm="Femke de Wit <femke.dewit@polderlicht.example>",
    )
    assert company(raw) == "Polderlicht"


# --- a service that signs as itself writes for an employer it names -----------------------


@pytest.mark.parametrize(
    ("sender", "subject", "body", "name"),
    [
        (
            "TempoShift <alerts@temposhift.example>",
            "Application update: Kitchen Assistant at Harrow Lane Bistro",
            "Your application status has changed\n\nKitchen Assistant\nHarrow Lane Bistro\n\n"
            "Status: Not progressing\nThe employer has decided not to move forward with your "
            "application.\n\nTempoShift · Manage notifications",
            "Harrow Lane Bistro",
        ),
        (
            "PublicJobs <do-not-reply@publicjobs.service.gov.example>",
            "Outcome for 55120 - Policy Adviser",
            "Dear Sam Lee\n\nVacancy: 55120 - Policy Adviser\n\nThank you for applying. On "
            "this occasion your application has not been successful and you will not be "
            "invited to interview.\n\nKind regards\n\n"
            "Agency for Coastal Planning Recruitment Team\n",
            "Agency for Coastal Planning",
        ),
        (
            "Slotly <notifications@slotly.example>",
            "Confirmed: Erstgespräch – Nordlicht Reisen (30 min) am Montag, 30. November 2026",
            "Sie sind gebucht, Sam ✔\n\nTermin: Erstgespräch – Nordlicht Reisen (30 min)\n"
            "Datum: Montag, 30. November 2026, 15:00–15:30 (MEZ)\n"
            "Notizen von Nordlicht Reisen: lockeres Kennenlernen zur Stelle.\n",
            "Nordlicht Reisen",
        ),
    ],
)
def test_a_service_signing_as_itself_names_the_employer_it_writes_for(
    sender: str, subject: str, body: str, name: str
) -> None:
    assert company(mail(body, subject=subject, frm=sender)) == name


def test_an_employers_own_no_reply_under_its_name_stays_the_employer() -> None:
    """Counter-case: "Kestrel Water Early Careers" at kestrelwater signs "The Early Careers
    Team": its desk, not another employer."""
    body = (
        "Hi Sam,\n\nThanks for applying to our 2027 Graduate Scheme. We will review your "
        "application and be in touch within three weeks.\n\nGood luck!\n"
        "The Early Careers Team\nBrockwell Energy\n"
    )
    raw = mail(
        body,
        subject="Application received: 2027 Graduate Scheme",
        frm="Brockwell Energy Early Careers <donotreply@brockwellenergy.example>",
    )
    assert company(raw) == "Brockwell Energy"


def test_a_desks_name_keeps_a_body_whose_name_ends_in_such_a_word() -> None:
    assert normalise_company("Department for Skills and Apprenticeships Recruitment Team") == (
        "Department for Skills and Apprenticeships"
    )
    assert normalise_company("Harbour Foods Graduate Recruitment") == "Harbour Foods"
