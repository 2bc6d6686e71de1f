"""How much labelled job mail the prefilter would let through to the classifier.

A message the prefilter skips is never read in full, so no rule or model can see it: the
classifier's figures (``corpus_figures.py``) hold only for what passes here. This replays
``runtime/intake.py``'s looks on every labelled mail as if it arrived first from a stranger
(an empty ``Known``: no thread, person or domain known yet, the hardest case): the header
block, then the first 4 KB of the text and, where that ended inside the text, 32 KB.

Per group of sets (as ``corpus_figures.py`` groups them) it prints how many mails labelled
with a job kind are skipped, and how many unrelated ones are still read in full. ``--misses``
names the dev group's skipped job mail (never an untouched set's).

    .venv/bin/python tools/prefilter_recall.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "daemon"))
sys.path.insert(0, str(ROOT / "tools"))

from corpus_figures import SAMPLES, group_of  # noqa: E402
from kind_model import labelled_sets  # noqa: E402

from afterview.mail.base import split_header  # noqa: E402
from afterview.mail.glance import glance  # noqa: E402
from afterview.runtime.intake import FIRST_LOOK, PEEK_BYTES  # noqa: E402
from afterview.understand.prefilter import FETCH, READ, Head, Known, screen_head, screen_text  # noqa: E402


def passes(raw: bytes) -> bool:
    """Whether intake would read ``raw`` in full when it comes from a stranger."""
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")  # as IMAP serves it
    header, text = split_header(raw)
    head = Head.parse(header)
    verdict = screen_head(head, Known()).verdict
    if verdict != READ:
        return verdict == FETCH
    for limit in (FIRST_LOOK, PEEK_BYTES):
        start = text[:limit]
        seen = glance(head.fields, start, complete=len(start) == len(text))
        if screen_text(head, seen).verdict == FETCH:
            return True
        if not seen.cut:
            return False
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="name the dev group's misses")
    args = parser.parse_args()
    tallies: dict[str, Counter] = {}
    skipped_dev: list[str] = []
    for folder in [f for f in (*labelled_sets(), SAMPLES) if (f / "labels.json").exists()]:
        group = group_of(folder)
        tally = tallies.setdefault(group, Counter())
        for name, label in sorted(json.loads((folder / "labels.json").read_text()).items()):
            read = passes((folder / name).read_bytes())
            job = label["kind"] != "unrelated"
            tally["job" if job else "other"] += 1
            tally["job_skipped" if job else "other_read"] += (not read) if job else read
            if job and not read and group == "dev":
                skipped_dev.append(f"{folder.name}/{name}: {label['kind']}")
    for group, t in tallies.items():
        print(
            f"{group:<11} job mail skipped {t['job_skipped']}/{t['job']}; "
            f"unrelated read in full {t['other_read']}/{t['other']}"
        )
    if args.misses:
        print("\n".join(skipped_dev))


if __name__ == "__main__":
    main()
