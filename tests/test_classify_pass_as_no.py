"""A decision said as passing is a rejection: "we're going to pass this time", "we'll have to
pass on your application for now" (phrases/rejecting.py). Passing a CV on, passing details
to a team or passing a test decides nothing.
"""

from __future__ import annotations

import pytest

from classifymail import kind, mail

SIGN = "\n\nBest,\nDana Lee\nTalent Partner, Acme Analytics"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for your time last week. Unfortunately we're going to pass this time "
        "on the Data Analyst role. Best of luck with your search.",
        "Hi Sam,\n\nAfter some thought we'll have to pass on your application for now. Thanks "
        "for your interest in Acme.",
        "Hi Sam,\n\nThe team enjoyed meeting you, but we have decided to pass on the Data "
        "Analyst position.",
    ],
)
def test_passing_on_the_candidate_is_a_rejection(body: str) -> None:
    raw = mail(body + SIGN, subject="Re: Data Analyst", frm="Dana Lee <dana.lee@acme.example>")
    assert kind(raw) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for your CV for the Data Analyst role. We'll pass your CV on to the "
        "hiring manager and come back to you next week.",
        "Hi Sam,\n\nGreat chat today about the Data Analyst role. I'll pass on your details to "
        "the team and we will be in touch soon.",
        "Hi Sam,\n\nFor the Data Analyst role there is a short online test; if you pass it we "
        "will set up an interview with the team.",
    ],
)
def test_passing_things_on_decides_nothing(body: str) -> None:
    raw = mail(body + SIGN, subject="Re: Data Analyst", frm="Dana Lee <dana.lee@acme.example>")
    assert kind(raw) not in {"rejection", "offer", "interview_scheduled"}


@pytest.mark.parametrize(
    "body",
    [
        "Hoi Sam,\n\nBedankt voor het gesprek. Heb je voor 4 december niets van ons gehoord, dan "
        "ben je helaas niet door naar de volgende ronde.",
        "Hallo Sam,\n\nvielen Dank für das Gespräch. Hören Sie bis zum 4. Dezember nichts von "
        "uns, dann haben wir uns leider für eine andere Kandidatin entschieden.",
        "Hi Sam,\n\nIf you have not heard from us by 4 December, please assume that your "
        "application has been unsuccessful on this occasion.",
    ],
)
def test_silence_by_a_day_as_a_no_is_not_yet_one(body: str) -> None:
    """ "If you hear nothing by 4 December, you did not get through": nothing is decided yet
    (Dutch and German say the condition with the verb first)."""
    raw = mail(body + SIGN, subject="Re: Data Analyst", frm="Dana Lee <dana.lee@acme.example>")
    assert kind(raw) == "employer_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Hoi Sam,\n\nHelaas ben je niet door naar de volgende ronde. Hoor je graag nog eens bij "
        "een volgende vacature!",
        "Hallo Sam,\n\nHaben Sie vielen Dank für das Gespräch. Leider haben wir uns für eine "
        "andere Kandidatin entschieden.",
    ],
)
def test_a_verb_first_sentence_without_nothing_is_no_condition(body: str) -> None:
    raw = mail(body + SIGN, subject="Re: Data Analyst", frm="Dana Lee <dana.lee@acme.example>")
    assert kind(raw) == "rejection"
