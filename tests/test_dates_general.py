"""Interview times in free text, as people write them in replies: the cases behind the
held-out misses (zones given for the reader, turned-down and fallback slots, lengths stated
later, bare hours after a day, "el lunes 14")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from afterview.understand.dates import find_decision_by, find_interview_time

LONDON = ZoneInfo("Europe/London")
SENT = datetime(2026, 11, 18, 8, 55, tzinfo=timezone(timedelta(hours=-8)))


def _start(text: str, sent: datetime = SENT) -> datetime | None:
    found = find_interview_time(text, sent)
    return found.start if found else None


def test_your_time_takes_the_moment_from_the_named_zone() -> None:
    text = "Let's lock in Wednesday the 25th at 4:30pm\nyour time (7:30am here in SF)."
    assert _start(text) == datetime(2026, 11, 25, 15, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("place", "offset"),
    [("Singapore", 8), ("Ámsterdam", 1), ("NYC", -5)],
)
def test_a_place_after_a_time_names_its_zone(place: str, offset: int) -> None:
    found = _start(f"Our call is on Monday 30 November at 9:00 in {place}.")
    assert found is not None
    assert found.utcoffset() == timedelta(hours=offset)


def test_a_turned_down_slot_is_not_the_time() -> None:
    text = (
        "On part sur mardi 8 décembre à 11h, en visio.\n\n"
        "Le mercredi 9 à 15h ne va pas le faire, Inès est en déplacement."
    )
    found = find_interview_time(text, datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Europe/Paris")))
    assert found is not None
    assert found.start.day == 8 and found.start.hour == 11
    assert found.alternatives == 0


def test_a_fallback_slot_is_not_an_alternative_offered() -> None:
    text = "Could you offer Tuesday 17th at 11:00? If not, Thursday 19th at 15:00 is my fallback."
    found = find_interview_time(text, datetime(2026, 11, 11, 17, 0, tzinfo=LONDON))
    assert found is not None and found.start.day == 17 and found.alternatives == 0


def test_times_on_two_days_are_counted_as_alternatives() -> None:
    text = "Would Monday 7 December at 10:00 or Tuesday 8 December at 14:00 suit you?"
    found = find_interview_time(text, datetime(2026, 12, 1, 11, 0, tzinfo=LONDON))
    assert found is not None and found.alternatives == 1


def test_a_length_stated_in_a_later_paragraph_sets_the_end() -> None:
    text = (
        "Wir freuen uns auf das Gespräch am Mittwoch, 25. November 2026 um 14:00 Uhr.\n\n"
        "Planen Sie bitte etwa 90 Minuten ein."
    )
    sent = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    found = find_interview_time(text, sent)
    assert found is not None and found.end is not None
    assert found.end - found.start == timedelta(minutes=90)


def test_a_length_without_a_cue_in_another_paragraph_is_not_the_meetings() -> None:
    text = "Interview on Friday 20 November at 13:30.\n\nThe test takes 20 minutes to mark."
    found = find_interview_time(text, datetime(2026, 11, 16, 9, 0, tzinfo=LONDON))
    assert found is not None and found.end is None


def test_a_zone_after_a_wrapped_line_counts() -> None:
    text = "Let's go with Monday, November 2 at 9:00am\nPacific for the system design round."
    sent = datetime(2026, 10, 27, 14, 22, tzinfo=timezone(timedelta(hours=-7)))
    found = _start(text, sent)
    assert found is not None and found.utcoffset() == timedelta(hours=-8)  # PST after DST


def test_a_bare_hour_right_after_a_day_is_a_time() -> None:
    sent = datetime(2026, 11, 26, 16, 0, tzinfo=LONDON)
    found = _start("Perfect, see you Tuesday at 10 then!", sent)
    assert found is not None and (found.day, found.hour) == (1, 10)


def test_a_bare_number_elsewhere_is_not_a_time() -> None:
    assert _start("We had 10 applicants on Tuesday at the fair.") is None


def test_article_weekday_and_day_number_are_one_date() -> None:
    text = "¿Te vendría mejor el lunes 14 a las 10:00?"
    found = _start(text, datetime(2026, 12, 7, 12, 0, tzinfo=ZoneInfo("Europe/Madrid")))
    assert found is not None and (found.month, found.day, found.hour) == (12, 14, 10)


def test_get_back_to_me_is_the_candidates_deadline() -> None:
    sent = datetime(2026, 11, 10, 10, 5, tzinfo=timezone(timedelta(hours=-5)))
    text = "If you could get back to me by Friday, that would be great."
    assert find_decision_by(text, sent) is None
    assert find_decision_by("We'll get back to you by Friday.", sent) is not None


def test_early_month_is_its_first_third() -> None:
    sent = datetime(2026, 11, 23, 9, 15, tzinfo=timezone(timedelta(hours=-6)))
    assert find_decision_by("You should hear from us in early December.", sent).day == 10
