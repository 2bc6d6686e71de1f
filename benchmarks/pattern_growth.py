"""Which phrase patterns cost more than linear time on long runs of spaces or letters.

A pattern that shares a run between two quantifiers ("\\s+X?\\s*", "(?:word\\s+){0,3}")
tries every way of splitting the run: fine on real text, seconds on a hostile body of
spaces. ``tests/test_pattern_shapes.py`` rejects the shapes known to do that; this script
finds the rest by measuring. Every pattern of the understanding core with leading words
(a phrase, searched through a text) is searched in texts made of one of those words
followed by N spaces (or N letters, or N spaces and commas); one without (a piece matched
at a known position, such as "\\s*,?\\s*that" after a date) is matched at the start of N
such characters. Of two sizes of N, a pattern whose time grows by much more than the size
does, and is slow at the larger size, is printed. Usage:

    .venv/bin/python benchmarks/pattern_growth.py [--size 4000]

Nothing is asserted: the figures are for reading (the hostile bodies in
``benchmarks/classify_speed.py`` show what a whole message costs).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from afterview.understand.gates.patternleads import leading_words

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from phrasepatterns import understanding_patterns  # the tests' collector, via sys.path

_FILLERS = {"spaces": " ", "letters": "a", "spaces and commas": " ,"}
_SLOW = 0.002  # seconds at the larger size below which growth does not matter


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled text pattern of the understanding core, once each."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for where, pattern in understanding_patterns():
        found.setdefault(id(pattern), (where, pattern))
    return list(found.values())


def _seconds(pattern: re.Pattern[str], text: str, *, searched: bool) -> float:
    started = time.perf_counter()
    (pattern.search if searched else pattern.match)(text)
    return time.perf_counter() - started


def growth(pattern: re.Pattern[str], size: int) -> tuple[float, float, str]:
    """(time at ``size``, its ratio to the time at a quarter of it, the worst text's name)."""
    leads = leading_words(pattern)
    words = sorted((leads.starts | leads.inside) if leads else {""})[:6]
    worst = (0.0, 0.0, "")
    for word in words:
        for label, filler in _FILLERS.items():
            small_text = word + filler * (size // 4 // len(filler)) + "\u2603"
            large_text = word + filler * (size // len(filler)) + "\u2603"
            small = _seconds(pattern, small_text, searched=leads is not None)
            large = _seconds(pattern, large_text, searched=leads is not None)
            if large > worst[0]:
                worst = (large, large / max(small, 1e-7), f"{word!r} + {label}")
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=4000, help="length of the run")
    args = parser.parse_args()
    rows = []
    for where, pattern in patterns():
        seconds, ratio, text = growth(pattern, args.size)
        rows.append((seconds, ratio, where, text))
    rows.sort(reverse=True)
    print(f"{len(rows)} patterns; run of {args.size:,} characters (linear growth: ratio ~4)")
    print(f"{'ms':>9} {'ratio':>7}  pattern  (text)")
    for seconds, ratio, where, text in rows[:15]:
        flag = "  <- grows faster than the text" if ratio > 8 and seconds > _SLOW else ""
        print(f"{seconds * 1000:9.2f} {ratio:7.1f}  {where}  ({text}){flag}")


if __name__ == "__main__":
    main()
