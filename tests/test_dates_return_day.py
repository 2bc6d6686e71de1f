"""back_on: the day an absent writer's mail will be read, and a part-timer's next working day;
the first day of leave is no return.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_return_date

FRIDAY = datetime(2026, 11, 13, 9, 0, tzinfo=timezone(timedelta(hours=1)))
THURSDAY = datetime(2026, 11, 19, 9, 0, tzinfo=UTC)

READ_ON = [
    ("Thanks for your email. I will read your message on Monday 16 November.", FRIDAY),
    ("Danke für Ihre Nachricht. Ich lese Ihre E-Mail am Montag, 16. November.", FRIDAY),
    ("Merci pour votre message. Je traiterai votre demande le lundi 16 novembre.", FRIDAY),
    ("Gracias por su correo. Leeré su mensaje el lunes 16 de noviembre.", FRIDAY),
    ("Bedankt voor je bericht. Je mail wordt maandag 16 november in behandeling genomen.", FRIDAY),
    # a negated "until" names the day of reading itself
    ("I'm at a job fair all day and won't be checking emails until Monday.", FRIDAY),
]


@pytest.mark.parametrize(("text", "sent"), READ_ON)
def test_the_day_the_mail_is_read_is_the_return(text: str, sent: datetime):
    assert find_return_date(text, sent) == date(2026, 11, 16)


WORKING_DAYS = [
    (
        "Thank you for your email. My working days are Monday to Wednesday. I will respond to "
        "your email when I am next in the office.",
        date(2026, 11, 23),
    ),
    (
        "Danke. Ich arbeite Montag, Dienstag und Freitag und antworte an meinem nächsten "
        "Arbeitstag.",
        date(2026, 11, 20),
    ),
    (
        "Bedankt. Mijn werkdagen zijn dinsdag en woensdag; ik reageer op mijn eerstvolgende "
        "werkdag.",
        date(2026, 11, 24),
    ),
]


@pytest.mark.parametrize(("text", "back"), WORKING_DAYS)
def test_a_part_timer_is_back_on_the_next_working_day(text: str, back: date):
    assert find_return_date(text, THURSDAY) == back


def test_the_first_day_of_leave_is_no_return():
    text = (
        "I'm on leave from Friday 20 November until Monday 30 November and won't be checking email."
    )
    assert find_return_date(text, THURSDAY) == date(2026, 12, 1)


def test_next_in_the_office_without_working_days_gives_no_day():
    text = "I will respond to your email when I am next in the office."
    assert find_return_date(text, THURSDAY) is None
