"""classify(): an offer revised, passed on by a headhunter, or with its paperwork on the way is an
offer; a revised offer only hoped for is none.

Worded for the rule, not taken from any dev set, with counter-cases.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Tue, 17 Nov 2026 10:00:00 +0000",
    message_id="<ks2@acme.example>",
)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for being straight with me on Friday. I'm glad to get back to you "
        "with an improved offer: base EUR 96,000, a 15% bonus target and 30 days' leave.\n\nJane",
        "Dear Sam,\n\nPlease find attached our revised offer for the Head of Finance role, "
        "reflecting the points we discussed.\n\nKind regards,\nJane",
        "Sam - quick one. The client has authorised me to make you an offer for the plant role "
        "at GBP 88k plus car. Call me when you can.\n\nJane",
        "Hi Sam,\n\nThe whole panel was impressed. The written offer and contract will follow "
        "from our HR team on Monday.\n\nJane",
    ],
)
def test_an_offer_revised_or_passed_on_is_an_offer(body: str) -> None:
    assert kind(mail(body, subject="Re: Head of Finance")) == "offer"


def test_a_revised_offer_only_hoped_for_is_no_offer() -> None:
    body = (
        "Hi Sam,\n\nIf they come back to you with a revised offer, let me know before you "
        "answer.\n\nJane"
    )
    assert kind(mail(body, subject="Re: your interview")) != "offer"
