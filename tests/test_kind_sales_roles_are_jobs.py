"""A sales job's title is no sales pitch: "the Account Executive role", a booking titled
"Recruiter Phone Screen" whose question says "Account Executive, SMB", or feedback on a
candidate's "renewal forecasting example" are about the reader's application. A seller's own
desk ("I'm Dana, your account manager", "our account executive will walk you through
pricing") and a plan's renewal ("your subscription renewal date") stay a seller's."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        (
            "Interview - Account Executive, SMB",
            "Hi Sam,\n\nThanks for applying for the Account Executive role. Your interview with "
            "our VP Sales is confirmed for Thursday 12 November at 10:00 on Zoom.\n\nBest,\nRavi",
            "Ravi Menon <ravi.menon@ardentledger.example>",
            "interview_scheduled",
        ),
        (
            "RE: Fernhill - how it went",
            "Hi Sam,\n\nDebriefed with the hiring manager this morning. She liked your renewal "
            "forecasting example a lot and will decide who moves to the final round by Tuesday. "
            "I'll call you as soon as I hear.\n\nBrooke\nSenior Recruiter, Northstar Talent",
            "Brooke Vale <brooke@northstartalent.example>",
            "employer_reply",
        ),
        (
            "Confirmed: Phone Screen with Ravi Menon on Tuesday, November 10, 2026",
            "Hi Sam,\n\nA new event has been scheduled.\n\nEvent Type:\nArdent Ledger | "
            "Recruiter Phone Screen\n\nEvent Date/Time:\n10:30am - 10:55am on Tuesday, November "
            "10, 2026\n\nHost:\nRavi Menon (ravi.menon@ardentledger.example)\n\nQuestions:\n"
            "Which role are you interested in?\nAccount Executive, SMB\n",
            "Calendly <notifications@calendly.com>",
            "interview_scheduled",
        ),
        (
            "Next step",
            "Hi Sam,\n\nThanks for the call about the Customer Success Manager position. Could "
            "you send me the renewal playbook you mentioned before our panel?\n\nOdette",
            "Odette Lind <odette.lind@larchmonthealth.example>",
            "employer_reply",
        ),
        (
            "Bewerbung als Key Account Manager",
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Key Account Manager. Wir möchten Sie "
            "gern am Donnerstag, 12. November um 10 Uhr zum Vorstellungsgespräch einladen.\n\n"
            "Viele Grüße\nPersonalabteilung",
            "Personal <personal@werkzeugbau.example>",
            "interview_scheduled",
        ),
    ],
)
def test_a_sales_post_applied_for_is_a_job(subject: str, body: str, frm: str, want: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want


@pytest.mark.parametrize(
    ("subject", "body", "frm"),
    [
        (
            "Your onboarding",
            "Hi Sam,\n\nI'm Dana, your account manager at Ledgerly. I've booked our call for "
            "Thursday 12 November at 10:00 to set up your workspace.\n\nDana",
            "Dana <dana@ledgerly.example>",
        ),
        (
            "Renewal",
            "Hi Sam,\n\nYour subscription renewal date is 1 December. Our account executive can "
            "talk you through the new plans on Thursday at 3pm if that works.\n\nLedgerly",
            "Ledgerly <hello@ledgerly.example>",
        ),
    ],
)
def test_a_sellers_desk_stays_a_sellers(subject: str, body: str, frm: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == "unrelated"
