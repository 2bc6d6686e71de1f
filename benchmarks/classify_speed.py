"""How many messages per second ``parse_message`` + ``classify`` handle on one core.

Runs over the labelled fixtures and the shared samples (when present), repeated, and prints
messages per second for the whole pipeline and for parsing alone. Usage:

    .venv/bin/python benchmarks/classify_speed.py [--rounds N]

Times are CPU time of this process (one core), so other load on the machine matters less.
The aim (issue 3) is at least 300 messages per second on one core, and no message, however
hostile, taking a second: the slowest of a set of bodies built for that is printed too.
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
    print("slowest hostile bodies (aim: < 1 s each):")
    for name, seconds in sorted(hostile_times(), key=lambda item: -item[1])[:5]:
        print(f"  {seconds * 1000:8.1f} ms  {name}")


# Bodies built to make the rules work hard: dense dates and times, addresses, quote markers,
# one endless word; each as 10 MB and as 20,000 characters (what classification reads).
_FILLERS = {
    "dense weekday + time": "Mon 3pm ",
    "dense dated sentences": "interview on Monday 3 Dec at 10am with Jane. ",
    "dense addresses": "jane.doe@acme.example ",
    "dense quote markers": "\n> On Mon, 2 Nov 2026, Jane wrote:\n",
    "short words": "a ",
    "one endless word": "x",
    "dashes": "- ",
    "one-letter lines": "a\n",
    "colons": "Date: Time: When: ",
    "spaces": " " * 200 + "Monday ",
    "client words before spaces": "Hello, our client" + " " * 2000 + "1\n",
    # long runs that a pattern could start inside of: a dotted run with a lone "@" after it
    # (addresses, bare links), a line of spaces (a sign-off kiss "x" on its own line)
    "dotted runs and a lone @": "a." * 5000 + " @x\n",
    "lines of spaces": " " * 10_000 + "\n",
    # a domain's letters over and over, in 450 different lines of nine words: the letterhead
    # search (a full name spelled out from a short form) tries every way the keys may fall
    "letterhead of a domain's letters": "".join(
        f"Aaaa Aaaa Aaaa Aaaa Aaaa Aaaa Aaaa Aa{a}{b} Zz\n"
        for a in "abcdefghijklmnopqrstuvwxyz"
        for b in "abcdefghijklmnopqr"
    ),
}
# the sender a filler comes from, where not jane@acme.example
_SENDERS = {"letterhead of a domain's letters": "jane@aaaa-aaaa-aaaa-aaaa-zq.example"}


def hostile_times() -> list[tuple[str, float]]:
    found = []
    for label, filler in _FILLERS.items():
        for size in (20_000, 10_000_000):
            body = (filler * (size // len(filler) + 1))[:size]
            raw = (
                f"From: Jane <{_SENDERS.get(label, 'jane@acme.example')}>\r\n"
                "To: sam.rivera@example.org\r\n"
                "Subject: Interview Mon 3pm\r\nDate: Tue, 03 Nov 2026 10:00:00 +0000\r\n\r\n"
                f"{body}"
            ).encode()
            started = time.process_time()
            classify(parse_message(raw), me=("sam.rivera@example.org",))
            found.append((f"{label}, {size:,} chars", time.process_time() - started))
    return found


if __name__ == "__main__":
    main()
