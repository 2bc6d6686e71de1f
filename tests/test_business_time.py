"""Business-hours arithmetic: opening times, weekends, custom weeks, DST transitions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.config import Followup
from afterview.pipeline.business_time import (
    add_business_days,
    business_morning_after,
    is_business_instant,
    local_instant,
    next_business_instant,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
RULES = Followup()  # 09:00-17:30, Monday to Friday


def london(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


def test_inside_hours_is_returned_unchanged_in_the_zone() -> None:
    t = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)  # Tuesday, London is on UTC in November
    result = next_business_instant(t, RULES, LONDON)
    assert result == t
    assert result.tzinfo is LONDON


def test_before_opening_moves_to_opening_the_same_day() -> None:
    assert next_business_instant(london("2026-11-24T07:15"), RULES, LONDON) == london(
        "2026-11-24T09:00"
    )


def test_closing_minute_is_already_outside() -> None:
    assert next_business_instant(london("2026-11-24T17:30"), RULES, LONDON) == london(
        "2026-11-25T09:00"
    )
    assert next_business_instant(london("2026-11-24T17:29"), RULES, LONDON) == london(
        "2026-11-24T17:29"
    )


@pytest.mark.parametrize(
    "start",
    ["2026-11-27T18:00", "2026-11-28T11:00", "2026-11-29T23:59", "2026-11-30T00:00"],
)
def test_weekend_and_friday_evening_move_to_monday_morning(start: str) -> None:
    assert next_business_instant(london(start), RULES, LONDON) == london("2026-11-30T09:00")


def test_other_zones_use_their_own_wall_clock() -> None:
    t = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 10:00 in New York
    assert next_business_instant(t, RULES, NEW_YORK) == datetime(
        2026, 11, 24, 10, 0, tzinfo=NEW_YORK
    )
    late = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)  # 18:00 in New York
    assert next_business_instant(late, RULES, NEW_YORK) == datetime(
        2026, 11, 25, 9, 0, tzinfo=NEW_YORK
    )


def test_spring_forward_keeps_opening_at_nine_local() -> None:
    # Europe/London moves to BST on Sunday 29 March 2026.
    result = next_business_instant(london("2026-03-27T18:00"), RULES, LONDON)
    assert result == london("2026-03-30T09:00")
    assert result.utcoffset() == timedelta(hours=1)
    assert result.astimezone(UTC).hour == 8


def test_fall_back_keeps_opening_at_nine_local() -> None:
    # ... and back to GMT on Sunday 25 October 2026.
    result = next_business_instant(london("2026-10-23T18:00"), RULES, LONDON)
    assert result.astimezone(UTC) == datetime(2026, 10, 26, 9, 0, tzinfo=UTC)


def test_opening_inside_a_dst_gap_moves_forward_by_the_gap() -> None:
    # 02:30 does not exist in New York on Sunday 8 March 2026.
    every_day = Followup(
        business_hours=(time(2, 30), time(5, 0)), business_days=frozenset(range(7))
    )
    result = business_morning_after(date(2026, 3, 7), every_day, NEW_YORK)
    assert result.astimezone(UTC) == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    assert (result.hour, result.minute) == (3, 30)
    assert local_instant(date(2026, 3, 9), time(2, 30), NEW_YORK).hour == 2


def test_business_morning_after_is_strictly_after() -> None:
    assert business_morning_after(date(2026, 12, 4), RULES, LONDON) == london("2026-12-07T09:00")
    assert business_morning_after(date(2026, 12, 3), RULES, LONDON) == london("2026-12-04T09:00")
    assert business_morning_after(date(2026, 12, 5), RULES, LONDON) == london("2026-12-07T09:00")


def test_a_sunday_to_thursday_week() -> None:
    week = Followup(business_days=frozenset({6, 0, 1, 2, 3}))
    assert business_morning_after(date(2026, 12, 3), week, LONDON) == london("2026-12-06T09:00")
    assert next_business_instant(london("2026-12-04T10:00"), week, LONDON) == london(
        "2026-12-06T09:00"
    )


def test_add_business_days() -> None:
    friday = date(2026, 12, 4)
    assert add_business_days(friday, 0, RULES) == friday
    assert add_business_days(friday, 1, RULES) == date(2026, 12, 7)
    assert add_business_days(date(2026, 12, 2), 5, RULES) == date(2026, 12, 9)
    assert add_business_days(date(2026, 12, 7), -1, RULES) == friday


def test_bad_input_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next_business_instant(datetime(2026, 11, 24, 10, 0), RULES, LONDON)
    with pytest.raises(ValueError, match="business_days"):
        next_business_instant(
            london("2026-11-24T10:00"), Followup(business_days=frozenset()), LONDON
        )
    closed = Followup(business_hours=(time(17, 0), time(9, 0)))
    with pytest.raises(ValueError, match="open before"):
        business_morning_after(date(2026, 11, 24), closed, LONDON)


ZONES = [LONDON, NEW_YORK, ZoneInfo("Australia/Lord_Howe"), ZoneInfo("Asia/Kolkata")]


@settings(max_examples=300, deadline=None)
@given(
    t=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
    ),
    tz=st.sampled_from(ZONES),
    days=st.frozensets(st.integers(0, 6), min_size=1),
)
def test_next_business_instant_is_the_earliest_business_instant(t, tz, days) -> None:
    rules = Followup(business_days=days)
    result = next_business_instant(t, rules, tz)
    assert result >= t
    assert is_business_instant(result, rules, tz)
    assert result - t <= timedelta(days=7)
    if is_business_instant(t, rules, tz):
        assert result == t
    else:
        # Nothing earlier qualifies: the minute before was outside hours (or before t).
        before = result - timedelta(minutes=1)
        assert before < t or not is_business_instant(before, rules, tz)
