"""Interview start: "UK" right after a time is British time ("2-3pm UK / 3-4pm CET", "14:00
UK"), so a time given in two zones keeps the first; "UK" elsewhere ("our UK office", "UK
applicants") says nothing of a time's zone.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.understand.dates import find_interview_time

SENT = datetime.fromisoformat("2026-11-16T09:00:00+01:00")  # from a CET mailbox


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your interview: Thursday 19th, 2-3pm UK / 3-4pm CET.", "2026-11-19T14:00:00+00:00"),
        (
            "Interview: Thursday 19 November, 14:00 UK (15:00 Amsterdam).",
            "2026-11-19T14:00:00+00:00",
        ),
        ("Interview on Thursday 19 November at 10am UK time.", "2026-11-19T10:00:00+00:00"),
        # the same instant written twice: shown in the zone written first
        (
            "Confirmed for Thursday 19th November at 2pm Amsterdam time (1pm UK), for 90 minutes.",
            "2026-11-19T14:00:00+01:00",
        ),
    ],
)
def test_uk_after_a_time_is_british_time(text: str, expected: str) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None
    assert found.start.isoformat() == expected


def test_uk_elsewhere_leaves_the_senders_zone() -> None:
    found = find_interview_time(
        "Interview on Thursday 19 November at 14:00. UK applicants, please bring a passport.",
        SENT,
    )
    assert found is not None
    assert found.start.isoformat() == "2026-11-19T14:00:00+01:00"
