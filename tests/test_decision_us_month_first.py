"""decision_by: "by 12/4" from an American writer is December 4 (order.py, daywords.py).
Mail stamped in UTC says nothing by its offset: a North American phone number or a state
with its ZIP code makes it month first; a European phone code or British spelling keeps it
day first; with no sign either way, day first stands unless only month first names the
coming weeks. German and French mail, and mail from European offsets, stay day first."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from afterview.understand.dates.decision import find_decision_by
from afterview.understand.dates.order import month_first

UTC_ = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
EST = datetime(2026, 11, 18, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
CET = datetime(2026, 11, 18, 9, 30, tzinfo=timezone(timedelta(hours=1)))
BY_12_4 = "Thanks for interviewing with us. We'll get back to you by 12/4.\n\nJane\n"
BY_12_1 = "Thanks for interviewing with us. We'll get back to you by 12/1.\n\nJane\n"

CASES = [
    (UTC_, BY_12_4 + "(512) 555-0134", date(2026, 12, 4)),
    (UTC_, BY_12_4 + "+1 512 555 0134", date(2026, 12, 4)),
    (UTC_, BY_12_4 + "Acme Inc., 100 Congress Ave, Austin, TX 78701", date(2026, 12, 4)),
    (UTC_, BY_12_4, date(2026, 12, 4)),  # 12 April is out of sight
    (UTC_, BY_12_1 + "(512) 555-0134", date(2026, 12, 1)),
    # counter-cases: day first stays
    (UTC_, BY_12_1, date(2027, 1, 12)),  # both in sight, the order unknown: day first
    (EST, BY_12_4, date(2026, 12, 4)),
    (UTC_, BY_12_4 + "HR, Acme Ltd\n+44 20 7946 0958", None),
    (UTC_, "Our organisation will get back to you by 12/4.\n\nJane", None),
    (UTC_, "Thanks. We'll get back to you by 4/12.\n\nJane", date(2026, 12, 4)),
    (CET, BY_12_4, None),
    (UTC_, "Vielen Dank. Wir melden uns bis 12/4.\n\nJane\n(512) 555-0134", None),
    (UTC_, "Merci. Nous reviendrons vers vous d'ici le 12/4.\n\nJane", None),
]


@pytest.mark.parametrize(("sent", "text", "want"), CASES)
def test_the_writers_order(sent: datetime, text: str, want: date | None) -> None:
    assert find_decision_by(text, sent) == want


def test_the_order_told() -> None:
    assert month_first(BY_12_4 + "(512) 555-0134", UTC_) is True
    assert month_first(BY_12_4, UTC_) is None
    assert month_first(BY_12_4 + "+44 20 7946 0958", UTC_) is False
    assert month_first(BY_12_4, CET) is False
    assert month_first("Wir melden uns bis 12/4. (512) 555-0134", UTC_) is False
