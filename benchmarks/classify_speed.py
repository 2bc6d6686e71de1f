"""How many messages per second ``parse_message`` + ``classify`` handle on one core.

Runs over the labelled fixtures and the shared samples (when present), repeated, and prints
messages per second for the whole pipeline and for parsing alone. Usage:

    .venv/bin/python benchmarks/classify_speed.py [--rounds N]

Times are CPU time of this process (one core), so other load on the machine matters less.
The aim (issue 3) is at least 300 messages per second on one core.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from afterview.mail.message import parse_message
from afterview.understand.classify import classify

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[bytes]:
    files = sorted((ROOT / "tests" / "fixtures" / "mail").glob("*.eml"))
    files += sorted((ROOT.parent / "shared" / "samples").glob("*.eml"))
    return [f.read_bytes() for f in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    messages = corpus()
    for raw in messages[:20]:  # warm up regex caches and imports
        classify(parse_message(raw))
    count = len(messages) * args.rounds

    started = time.process_time()
    for _ in range(args.rounds):
        for raw in messages:
            parse_message(raw)
    parse_only = time.process_time() - started

    started = time.process_time()
    for _ in range(args.rounds):
        for raw in messages:
            classify(parse_message(raw), me=("sam.rivera@example.org",))
    total = time.process_time() - started

    print(f"{len(messages)} distinct messages x {args.rounds} rounds = {count}")
    print(f"parse only:        {count / parse_only:8.0f} msg/s")
    print(f"parse + classify:  {count / total:8.0f} msg/s  (aim: >= 300)")


if __name__ == "__main__":
    main()
