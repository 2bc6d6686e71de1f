"""Write a seed corpus for fuzz_parse_classify.py: the realistic fixtures and every item of
the hostile corpus (tests/hostile.py) small enough for a fuzzer to mutate.

Usage: ``python fuzz/make_seeds.py DIRECTORY``.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_SEED = 256 * 1024


def main(directory: str) -> int:
    sys.path.insert(0, str(ROOT / "tests"))
    import hostile  # the tests' corpus generator

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    seeds = [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / "mail").glob("*.eml"))]
    seeds += [item.raw for item in hostile.corpus()]
    seeds += [story.invitation for story in hostile.stories()]
    written = 0
    for raw in seeds:
        if len(raw) <= MAX_SEED:
            (out / hashlib.sha256(raw).hexdigest()[:16]).write_bytes(raw)
            written += 1
    print(f"{written} seeds in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "fuzz/corpus"))
