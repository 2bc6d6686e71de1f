"""A welcome on board or a post gone to someone else, said to the reader, is an offer or a
rejection only where a word of a job says the mail is about one: apps, cruise lines, charities
and quiz teams say "we'd love to have you on board" to customers and members too, and a word
with an everyday sense ("offer", "role") inside the phrase itself is no such word. Worded
afresh (a software trial, a cruise line, a charity's trustees, a quiz league, a car buyer, a
volunteer rota), with the recruiters' mail that must stay an outcome."""

from __future__ import annotations

import pytest

from classifymail import kind, mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body", "frm"),
    [
        (
            "Welcome to Tallybook Plus!",
            "Hi Sam,\n\nWe'd love to have you on board - here's how to set up your first "
            "ledger in two minutes.\n\nThe Tallybook team",
            "Tallybook <hello@tallybook.example>",
        ),
        (
            "Your trial ends on Friday",
            "Hi Sam,\n\nWe'd really like you on our team of 12,000 happy gardeners. Upgrade "
            "today and keep your plant diary.\n\nSprout",
            "Sprout <team@sprout.example>",
        ),
        (
            "Sail with us again in 2027",
            "Dear Sam,\n\nWe'd love to have you aboard again next spring! Returning guests save "
            "15% on every Baltic route.\n\nNorthstar Cruises",
            "Northstar Cruises <offers@northstar.example>",
        ),
        (
            "Trustees",
            "Dear Sam,\n\nThe other trustees and I would really like you on board. The next "
            "meeting is on 3 December in the church hall.\n\nMargaret",
            "Margaret Hale <margaret@riverside-foodbank.example>",
        ),
        (
            "Quiz league",
            "Sam!\n\nThe Red Lion quiz team wants you as our new Captain for the winter "
            "league. Pints on me.\n\nDev",
            "Dev <dev.k@fastmail.example>",
        ),
    ],
)
def test_a_welcome_to_customers_or_members_is_no_offer(subject: str, body: str, frm: str) -> None:
    raw = mail(body, subject=subject, frm=frm)
    assert rules_kind(raw) == "unrelated"
    assert kind(raw) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body", "frm"),
    [
        (
            "Your valuation",
            "Hi Sam,\n\nFollowing the inspection we're pleased to make you a firm offer of "
            "£6,900 for the van, valid for 7 days.\n\nThe Vanbuyers team",
            "Vanbuyers <quotes@vanbuyers.example>",
        ),
        (
            "Saturday marshals",
            "Hi Sam,\n\nThanks for offering to lead the walk on the 28th. The role is already "
            "filled for that week, but we'd love you to help at the finish.\n\nRamblers",
            "Ramblers <walks@ramblers-north.example>",
        ),
    ],
)
def test_an_everyday_word_inside_the_phrase_is_no_job(subject: str, body: str, frm: str) -> None:
    raw = mail(body, subject=subject, frm=frm)
    assert rules_kind(raw) == "unrelated"
    assert kind(raw) == "unrelated"


def test_a_filled_role_after_an_application_stays_a_rejection() -> None:
    raw = mail(
        "Hi Sam,\n\nThank you for your application. The role is already filled, I'm "
        "afraid.\n\nJane",
        subject="Warehouse supervisor",
    )
    assert kind(raw) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nGreat news: we'd love to have you on board as our next Platform Engineer. "
        "The written offer follows tomorrow.\n\nJane",
        "Hi Sam,\n\nThe whole panel wants you as our new Senior QA Engineer. I'll call you "
        "this afternoon about the package.\n\nJane",
    ],
)
def test_a_welcome_to_a_job_stays_an_offer(body: str) -> None:
    assert kind(mail(body, subject="Your application")) == "offer"


def test_a_refusal_said_to_the_candidate_needs_no_other_job_word() -> None:
    raw = mail(
        "Hi Sam,\n\nThank you for your time. We have decided not to move forward with your "
        "application.\n\nJane",
        subject="Update",
    )
    assert kind(raw) == "rejection"
