"""classify(): the employer's name with the article its letterhead gives it, and a firm's
display name that sets its desk beside it.

"The Lowther Institute" on a line of its own, or "From: The Quarry Arms", is the name with
its article; "The Quarry team will call you" opens a sentence and proves nothing. A display
name "Ferreterías Ruiz Mateo | Empleo" is a firm and its desk, not a person and a firm.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<article@x.example>", subject="Interview")


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Nell Ashby <nell.ashby@lowtherinstitute.example>",
            "Dear Sam,\n\nThank you for applying for the research assistant post. We would "
            "like to invite you to an interview on Monday 23 November at 10am.\n\n"
            "Nell Ashby\nPeople Officer\nThe Lowther Institute\n",
            "The Lowther Institute",
        ),
        (
            "The Quarry Arms <jobs@quarryarms.example>",
            "Hi Sam,\n\nThanks for applying to be a bartender with us. Can you pop in for an "
            "interview on Friday 20 November at 4pm?\n\nCheers, Dan\n",
            "The Quarry Arms",
        ),
        (
            "Anouk Peeters <anouk@vlietschool.example>",
            "Beste Sam,\n\nWij nodigen je graag uit voor een gesprek op dinsdag 24 november "
            "om 14:00.\n\nMet vriendelijke groet,\nAnouk Peeters\nHet Vlietschool Lyceum\n",
            "Het Vlietschool Lyceum",
        ),
    ],
)
def test_a_letterhead_gives_the_name_its_article(frm, body, want):
    assert company(mail(body, frm=frm)) == want


def test_an_article_opening_a_sentence_is_not_taken():
    body = (
        "Hi Sam,\n\nThanks for applying to Harwick Analytics. The Harwick Analytics team "
        "would like to invite you to an interview on Monday 23 November at 10am.\n\n"
        "Best,\nLena\nHarwick Analytics\n"
    )
    assert company(mail(body, frm="Lena Ortiz <lena@harwickanalytics.example>")) == (
        "Harwick Analytics"
    )


@pytest.mark.parametrize(
    ("frm", "want"),
    [
        (
            "Ferreterías Ruiz Mateo | Empleo <no-reply@smartrecruiters-mail.example>",
            "Ferreterías Ruiz Mateo",
        ),
        (
            "Bäckerei Lindqvist | Karriere <noreply@smartrecruiters-mail.example>",
            "Bäckerei Lindqvist",
        ),
        ("Hollis Brandt | Careers <no-reply@smartrecruiters-mail.example>", "Hollis Brandt"),
    ],
)
def test_a_firm_and_its_desk_in_a_display_name_name_the_firm(frm, want):
    body = (
        "Dear Sam,\n\nThank you for your interest. After careful consideration we have "
        "decided not to move forward with your application.\n\nKind regards\n"
    )
    assert company(mail(body, frm=frm, subject="Your application")) == want
