"""Prints how long the date finders take on typical mail and on adversarial long texts.

Run: .venv/bin/python benchmarks/dates_bench.py
Figures only; nothing is asserted (speed is not a test).
"""

from __future__ import annotations

import time
from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.understand.dates import find_decision_by, find_interview_time, find_return_date

SENT = datetime(2026, 11, 11, 10, 0, tzinfo=ZoneInfo("Europe/London"))
TYPICAL = (
    "Hi Alex,\n\nThanks for your time today. Your second interview is confirmed for "
    "Tuesday 24 November at 3pm GMT (45 minutes) with Dana and Omar.\n\n"
    "We'll get back to you within two weeks of that.\n\nBest,\nPriya\n"
)
DENSE = "Webinar on Friday 20 November at 7pm GMT, 15.00 EUR, 10-12 people. "
ONE_LINE = "x" * 1_000_000
DIGITS = "1:2.3-4/5 " * 100_000


def measure(label: str, text: str, repeat: int) -> None:
    for finder in (find_interview_time, find_decision_by, find_return_date):
        began = time.perf_counter()
        for _ in range(repeat):
            finder(text, SENT)
        per_call = (time.perf_counter() - began) / repeat
        print(f"{label:28} {finder.__name__:20} {len(text):>9} chars  {per_call * 1000:9.2f} ms")


if __name__ == "__main__":
    measure("typical confirmation", TYPICAL, 200)
    measure("dense dates, 100 kB", DENSE * 1_500, 1)
    measure("dense dates, 1 MB", DENSE * 15_000, 1)
    measure("1 MB without a line break", ONE_LINE, 1)
    measure("1 MB of digits and stops", DIGITS, 1)
