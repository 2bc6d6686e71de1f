"""Dates and times in mail text, resolved against the message's own Date header.

Pure functions, no clock: "tomorrow", "by Friday", "next week" all count from ``sent``.

- ``find_interview_time``: the interview's stated day and time of day (en/de/fr/es/nl).
- ``find_decision_by``: the day by which the employer said it would decide or reply.
- ``find_return_date``: the day an out-of-office sender is back.
"""

from __future__ import annotations

from .decision import find_decision_by
from .interview import TimeSpan, find_interview_time
from .returning import find_return_date

__all__ = ["TimeSpan", "find_decision_by", "find_interview_time", "find_return_date"]
