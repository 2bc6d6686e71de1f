"""classify(): a slot taken, the time carrying its zone or date, is booked; a day and "it is"
without a choice taken is not.

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
    date_="Mon, 16 Nov 2026 10:00:00 +0000",
    message_id="<ks3@acme.example>",
)


# --- a slot taken, the time carrying its zone or date ------------------------------------------


@pytest.mark.parametrize(
    "first_line",
    [
        "Wednesday 11am PT it is.",
        "Great - Friday, 20 Nov at 14:00 (CET) it is!",
        "Tuesday at 9:30am your time it is then.",
        "Va pour jeudi à 15h.",
        "Dann also Donnerstag um 15 Uhr.",
        "Donderdag om 15.00 uur dan!",
    ],
)
def test_a_slot_taken_with_its_zone_is_booked(first_line: str) -> None:
    body = (
        f"{first_line}\n\nI'll send a calendar invite with the video link shortly.\n\nBest,\nJane"
        "\n\nOn Sun, Nov 15, 2026 at 9:14 PM Sam <sam@example.org> wrote:\n> For the second "
        "interview for the platform engineer role I could do Tuesday, Wednesday, Thursday or "
        "Friday.\n"
    )
    assert kind(mail(body, subject="Re: Interview - next round")) == "interview_scheduled"


def test_a_day_and_it_is_without_a_choice_taken_is_no_booking() -> None:
    body = "Hi Sam,\n\nIs Thursday still good for you? If not, tell me what is.\n\nJane"
    assert kind(mail(body, subject="Re: Interview - next round")) != "interview_scheduled"
