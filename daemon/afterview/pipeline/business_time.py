"""Business hours and business days in the user's time zone.

Every due time Afterview computes lands inside the configured hours on a configured day, in
the user's zone, so a draft never appears at 3 a.m. or on a Sunday. Wall-clock arithmetic is
done on local dates and then attached to the zone with ``zoneinfo``, which keeps opening
time at 09:00 local across daylight-saving changes (adding 24 h to an aware datetime would
not). Hours are half-open: the closing minute itself is already outside.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol

_WEEK = 7


class BusinessCalendar(Protocol):
    """The part of the follow-up settings this module reads."""

    @property
    def business_hours(self) -> tuple[time, time]: ...
    @property
    def business_days(self) -> frozenset[int]: ...


def _checked(calendar: BusinessCalendar) -> tuple[time, time, frozenset[int]]:
    opening, closing = calendar.business_hours
    days = frozenset(calendar.business_days)
    if not days or not days <= frozenset(range(_WEEK)):
        raise ValueError(f"business_days must be a non-empty subset of 0..6, got {sorted(days)}")
    if opening >= closing:
        raise ValueError(f"business hours must open before they close, got {opening}-{closing}")
    return opening, closing, days


def local_instant(day: date, at: time, tz: tzinfo) -> datetime:
    """The aware instant of wall-clock ``at`` on ``day`` in ``tz``.

    A wall time that falls in a spring-forward gap does not exist; the UTC round trip moves
    it forward by the gap, which is what a person would do with their clock.
    """
    aware = datetime.combine(day, at).replace(tzinfo=tz)
    return aware.astimezone(UTC).astimezone(tz)


def _require_aware(t: datetime) -> None:
    if t.tzinfo is None or t.utcoffset() is None:
        raise ValueError(f"a timezone-aware datetime is required, got {t.isoformat()}")


def is_business_instant(t: datetime, calendar: BusinessCalendar, tz: tzinfo) -> bool:
    """True when ``t`` is inside business hours on a business day in ``tz``."""
    _require_aware(t)
    opening, closing, days = _checked(calendar)
    local = t.astimezone(tz)
    return local.weekday() in days and opening <= local.time() < closing


def business_morning_after(d: date, calendar: BusinessCalendar, tz: tzinfo) -> datetime:
    """Opening time of the first business day strictly after ``d``."""
    opening, _, _ = _checked(calendar)
    return local_instant(add_business_days(d, 1, calendar), opening, tz)


def next_business_instant(t: datetime, calendar: BusinessCalendar, tz: tzinfo) -> datetime:
    """``t`` itself (expressed in ``tz``) when inside business hours, else the next opening."""
    _require_aware(t)
    opening, closing, days = _checked(calendar)
    local = t.astimezone(tz)
    if local.weekday() in days:
        if local.time() < opening:
            return local_instant(local.date(), opening, tz)
        if local.time() < closing:
            return local
    return business_morning_after(local.date(), calendar, tz)


def add_business_days(d: date, n: int, calendar: BusinessCalendar) -> date:
    """The date ``n`` business days after ``d`` (before it when ``n`` is negative).

    ``n == 0`` returns ``d`` unchanged, business day or not.
    """
    _, _, days = _checked(calendar)
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    while remaining:
        d += step
        if d.weekday() in days:
            remaining -= 1
    return d
