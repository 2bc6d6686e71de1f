"""Bare hours after a day, as shops, cafés and trades write a shift or a drop-in time:
"Saturday 10-2", "Sat from 10 till 2", "Thursday after 3" (dates/clock.py ``_DAY_HOURS``).

Only a range or "from"/"after" makes such numbers hours ("Thursday 12" alone is as often the
12th), and a span of days before them is opening hours ("Mon to Fri, 9-5"), never a meeting.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.dates.clock import scan_clock
from classifymail import ME, mail


def _hours(text: str) -> list[tuple[int, int | None]]:
    return [
        (m.minutes // 60, None if m.end_minutes is None else m.end_minutes // 60)
        for m in scan_clock(text)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("You're down for a trial shift Saturday 10-2.", [(10, 14)]),
        ("Sat from 10 till 2 if that works", [(10, 14)]),
        ("pop in Thursday after 3 and ask for Dean", [(15, None)]),
        ("Kannst du Samstag ab 9 zum Probearbeiten kommen?", [(9, None)]),
        ("kom zaterdag vanaf 2 even langs", [(14, None)]),
        ("Tuesday 11 - 3 on the shop floor", [(11, 15)]),
    ],
)
def test_a_range_or_a_start_after_a_day_is_hours(text: str, want: list) -> None:
    assert _hours(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Thursday 12 November suits us",  # a date
        "Monday 10-12 November",  # dates
        "Thursday 12 is fine",  # the 12th as often as noon
        "call us Mon to Fri, 9-5",  # opening hours
        "open Monday-Friday from 8 till 4",
        "it's a Friday 9-5 job really",  # the idiom
        "see you Thursday after 3 days of training",
        "on Tuesday after 2 interviews we decided",
    ],
)
def test_numbers_after_a_day_that_are_no_hours(text: str) -> None:
    assert _hours(text) == []


def test_a_trial_shift_booked_as_a_range_starts_at_its_first_hour() -> None:
    raw = mail(
        "Hi,\n\nGreat to meet you yesterday. You're booked in for a trial shift this Saturday "
        "10-2, just ask for Marisa at the counter when you arrive.\n\nCheers,\nMarisa\n"
        "Crumb & Kettle Café",
        frm="Marisa Lowe <marisa@crumbandkettle.example>",
        subject="Trial shift Saturday",
        date_="Tue, 03 Nov 2026 10:00:00 +0000",
    )
    result = classify(parse_message(raw), me=(ME,))
    assert result.kind == "interview_scheduled", result.reasons
    assert result.interview is not None
    assert result.interview.start == datetime.fromisoformat("2026-11-07T10:00:00+00:00")
    assert result.interview.end == datetime.fromisoformat("2026-11-07T14:00:00+00:00")


def _read(body: str, frm: str = "Dee Marsh <dee@beanthere.example>"):
    raw = mail(body, frm=frm, subject="Saturday", date_="Tue, 03 Nov 2026 10:00:00 +0000")
    return classify(parse_message(raw), me=(ME,))


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Hi Sam, all set for your trial shift Saturday at 10am. Shout if anything "
            "changes. Dee, Bean There",
            "2026-11-07T10:00:00+00:00",
        ),
        (
            "Hoi Sam, je proefdraaien staat vast: zaterdag om 11.00 uur. Tot dan! Dee, Bean There",
            "2026-11-07T11:00:00+00:00",
        ),
        (
            "Hi Sam, your paid trial at the kitchen is Thursday at 4pm, wear black. Dee",
            "2026-11-05T16:00:00+00:00",
        ),
    ],
)
def test_a_trial_shifts_time_is_the_meetings_time(body: str, start: str) -> None:
    """The try-outs of jobs outside offices mark a meeting's time as an interview's words do
    (dates/markers.py ``INTERVIEW_WORDS``), so a short note that fixes one is a booking."""
    result = _read(body)
    assert result.kind == "interview_scheduled", result.reasons
    assert result.interview is not None
    assert result.interview.start == datetime.fromisoformat(start)


@pytest.mark.parametrize(
    "body",
    [
        "Hi all, rota change: Sam you're now on Saturday 10-2 instead of Sunday. Dee",
        "Your free trial class is booked for Saturday at 10am. See you at the studio!",
    ],
)
def test_a_shift_of_a_job_one_has_or_a_trial_class_books_no_interview(body: str) -> None:
    assert _read(body).kind != "interview_scheduled"
