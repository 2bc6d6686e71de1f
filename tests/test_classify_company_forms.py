"""classify(): the employer's name as the mail writes it in full.

Each case is worded afresh (other sectors, registers and languages than the dev sets): a
legal form people leave out, "Private" inside a name, a careers sender's short name that the
mail spells out, a name that merely begins with a public body's word.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.names import normalise_company
from classifymail import ME, mail

mail = functools.partial(mail, subject="Your application", message_id="<cf@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("registered", "name"),
    [
        ("Glasnevin Freight DAC", "Glasnevin Freight"),
        ("Riverside Youth Trust CLG", "Riverside Youth Trust"),
        ("Brookfold Community Energy CIC", "Brookfold Community Energy"),
        ("Éditions Boréal ltée", "Éditions Boréal"),
    ],
)
def test_irish_british_and_quebec_legal_forms_are_left_out(registered: str, name: str) -> None:
    assert normalise_company(registered) == name


@pytest.mark.parametrize(
    ("domain", "signature", "name"),
    [
        ("shannonlogistics", "Shannon Logistics DAC", "Shannon Logistics"),
        ("kilnworks", "Kilnworks Pottery CIC", "Kilnworks Pottery"),
    ],
)
def test_a_signature_with_a_legal_form_gives_the_name_without_it(
    domain: str, signature: str, name: str
) -> None:
    body = (
        "Hi Sam,\n\nThanks for applying. Could you send me two times that suit you next week "
        f"for a short call?\n\nBest,\nAoife Kelly\nOperations Lead\n{signature}\n"
    )
    assert company(mail(body, frm=f"Aoife Kelly <aoife@{domain}.example>")) == name


@pytest.mark.parametrize(
    ("domain", "name", "text"),
    [
        ("lindenhurst", "Lindenhurst Private Bank", "the Lindenhurst Private Bank team"),
        ("saltcote", "Saltcote Private Wealth", "Saltcote Private Wealth in Leeds"),
        ("harwick", "Harwick Private Schools", "a teaching post at Harwick Private Schools"),
    ],
)
def test_private_inside_a_name_is_part_of_it(domain: str, name: str, text: str) -> None:
    body = (
        f"Hello Sam,\n\nThank you for your interest in {text}. We would like to invite you to "
        "an interview; please reply with your availability.\n\nKind regards,\nNoor Haddad\n"
    )
    assert company(mail(body, frm=f"Noor Haddad <noor@{domain}.example>")) == name


def test_private_limited_is_still_a_legal_form() -> None:
    body = (
        "Dear Sam,\n\nThank you for applying. We would like to invite you to an interview; "
        "please share your availability.\n\nRegards,\nAnita Rao\nTalent Partner\n"
        "Kestrel Softworks Private Limited\n"
    )
    assert company(mail(body, frm="Anita Rao <anita@kestrelsoftworks.example>")) == (
        "Kestrel Softworks"
    )


@pytest.mark.parametrize(
    ("display", "body_name", "name"),
    [
        (
            "Ashby Borough Careers",
            "the Ashby Borough Housing Department",
            "Ashby Borough Housing Department",
        ),
        ("Pelham Mutual Jobs", "Pelham Mutual Insurance", "Pelham Mutual Insurance"),
        ("Lorentz Karriere", "der Lorentz Versicherung", "Lorentz Versicherung"),
    ],
)
def test_a_careers_senders_short_name_is_written_out_as_the_mail_does(
    display: str, body_name: str, name: str
) -> None:
    body = (
        f"Dear Sam,\n\nThank you for applying to {body_name}. Your application has been "
        "received and will be reviewed.\n\nThis is an automated message. Please do not reply.\n"
    )
    raw = mail(body, frm=f"{display} <no-reply@ats-mailer.icims.example>")
    assert company(raw) == name


def test_a_product_named_once_does_not_lengthen_the_senders_name() -> None:
    body = (
        "Dear Sam,\n\nThank you for applying to Quillon. Your application has been received "
        "and will be reviewed. Meanwhile, try Quillon Notes for free.\n\n"
        "This is an automated message. Please do not reply.\n"
    )
    raw = mail(body, frm="Quillon Careers <no-reply@ats-mailer.icims.example>")
    assert company(raw) == "Quillon"


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("Harrowgate Trust Careers", "Harrowgate Trust Bank"),
        ("Calloway Foundation Jobs", "Calloway Foundation Hospitals"),
    ],
)
def test_a_public_bodys_word_inside_a_longer_name_is_not_the_name(display: str, name: str) -> None:
    body = (
        f"Dear Sam,\n\nThank you for your interest in the Analyst position at {name}. On this "
        "occasion we will not be progressing your application further.\n\n"
        f"Kind regards,\n{name} Talent Acquisition\n"
    )
    raw = mail(body, frm=f"{display} <careers@myworkday.example>")
    assert company(raw) == name
