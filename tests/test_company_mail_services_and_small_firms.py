"""classify(): the employer of small firms and of mail sent through mail services.

A mail service's domain ("inbox", "gmx-mail", "correo", a form tool's) is never the
employer; someone writing from one names their business in their own sign-off or in the
thread they answer; a form's receipt names the employer that "is hiring". Worded afresh,
in other sectors and languages than the dev sets, with counter-cases.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.domainlabels import is_mailbox_domain
from afterview.understand.company.naming import from_phrases, from_sign_off
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<r8@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    "domain",
    ["webmail.example", "post-inbox.example", "courriel.example", "mailbox.example", "gmx.test"],
)
def test_a_domain_spelled_by_mailbox_words_is_a_mail_service(domain: str) -> None:
    assert is_mailbox_domain(domain)


@pytest.mark.parametrize(
    "domain", ["royalmail.example", "post.ch", "mailchimp.example", "google.example", "acme.de"]
)
def test_a_firm_whose_name_holds_a_mail_word_is_no_mail_service(domain: str) -> None:
    assert not is_mailbox_domain(domain)


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Dara Quinn <daraq77@webmail.example>",
            "Hi Sam,\nthanks for your application for the commis chef job. Could you come in for an"
            " interview Saturday 7 Nov at 10am?\n\n"
            "Dara Quinn\nHead Chef | Quinn's Kitchen Bar | Galway H91\n",
            "Quinn's Kitchen Bar",
        ),
        (
            "Bettina Auer <b.auer@mailbox.example>",
            "Hallo Herr Sam,\ndanke für Ihre Bewerbung als Gärtner. Ich lade Sie zum "
            "Vorstellungsgespräch am Montag, 9. November 2026, um 9 Uhr ein.\n\nB. Auer\n"
            "Gärtnerei Auer · Rosenheim\n",
            "Gärtnerei Auer",
        ),
        (
            "Lucie Ferrand <lucie.ferrand@courriel.example>",
            "Bonjour Sam,\nsuite à votre candidature au poste de paysagiste, je vous attends "
            "pour un entretien jeudi 5 novembre à 10h au cabinet.\n\nLucie Ferrand - "
            "Cabinet Ferrand Paysage, Nantes\n",
            "Cabinet Ferrand Paysage",
        ),
    ],
)
def test_a_writer_from_a_mailbox_signs_for_their_business(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Your application")) == want


def test_the_thread_a_mailbox_writer_answers_names_the_business() -> None:
    body = (
        "Perfect, see you then.\nMo\n\n"
        "On Mon, 2 Nov 2026 at 18:00, Mo Hassan <mohassan@inbox.example> wrote:\n"
        "> Hi Sam, thanks for your CV for the barista job at Little Fig Cafe. Could you pop in"
        " Thursday at 4?\n> Mo\n"
    )
    assert company(mail(body, frm="Mo Hassan <mohassan@inbox.example>", subject="Re: cv")) == (
        "Little Fig Cafe"
    )


def test_a_mailbox_domain_never_stands_as_the_employer() -> None:
    body = (
        "Hi Sam,\nthanks for applying for the driver job. Could you come by for an interview on"
        " Friday 6 Nov at 11am?\nThanks\nPete\n"
    )
    assert company(mail(body, frm="Pete Lowry <pete.lowry@post-inbox.example>")) is None


def test_a_form_receipt_names_the_employer_that_is_hiring() -> None:
    body = (
        "Thanks for filling out Summer staff 2027\n\nHarbour View Campsite is hiring for the"
        " 2027 season. We read every form.\n\nName\nSam\n"
    )
    frm = "Google Forms <forms-receipts-noreply@google.example>"
    assert company(mail(body, frm=frm, subject="Thanks for filling out Summer staff")) == (
        "Harbour View Campsite"
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kranbau Nord sucht zum 1. März eine Disponentin.", ["Kranbau Nord"]),
        ("Boulangerie Marceau recrute un vendeur.", ["Boulangerie Marceau"]),
        ("Hoteles Brisamar busca recepcionista.", ["Hoteles Brisamar"]),
        ("Genau das, was der Kunde sucht.", []),
        ("We are hiring! The Team is hiring too.", []),
    ],
)
def test_the_name_before_a_verb_of_hiring(text: str, want: list[str]) -> None:
    assert from_phrases(text) == want


def test_a_device_line_or_the_writer_again_is_no_business() -> None:
    assert from_sign_off("Thanks\nAna Ruiz\nSent from my iPhone\n", "Ana Ruiz") == []
    assert from_sign_off("Cheers\nA. Ruiz\nAna Ruiz\n", "Ana Ruiz") == []


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Nia Osei <nia@tidewellbuild.example>",
            "Hi Sam,\nthanks for your application for the site engineer job. Could you come in"
            " for an interview on Thursday 5 November at 2pm?\n\nNia Osei\nTidewell Build"
            " Contractors Ltd.\n",
            "Tidewell Build Contractors",
        ),
        (
            "Jonas Krüger <j.krueger@elbmarsch.example>",
            "Hallo Sam,\nvielen Dank für Ihre Bewerbung als Elektriker. Ich lade Sie zum "
            "Vorstellungsgespräch am Donnerstag, 5. November 2026, um 10 Uhr ein.\n\n"
            "Jonas Krüger\nElbmarsch Energie Anlagenbau GmbH\n",
            "Elbmarsch Energie Anlagenbau",
        ),
    ],
)
def test_a_short_name_is_taken_as_the_sign_off_writes_it_in_full(
    frm: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject="Your application")) == want


def test_a_place_or_a_firms_own_display_name_does_not_extend_the_name() -> None:
    from afterview.understand.company.fullline import written_on_a_line

    sign_off = ["Thanks\nRuth\nCrumb & Co Stockport\nHollis & Dunn Chartered Accountants\n"]
    assert written_on_a_line("Crumb & Co", sign_off, set()) is None
    assert written_on_a_line("Hollis & Dunn", sign_off, set(), "Hollis & Dunn") is None
    assert written_on_a_line("Hollis & Dunn", sign_off, set()) == (
        "Hollis & Dunn Chartered Accountants"
    )
    desk = ["Kestrel Ridge Recruitment Team\nKestrel Ridge S.A.S.\nKestrel Ridge No. 6\n"]
    assert written_on_a_line("Kestrel Ridge", desk, set()) is None
