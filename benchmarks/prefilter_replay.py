"""The prefilter's client CPU, stage by stage, replayed over a mailbox's inputs without a server.

A first pass spends its time in Python, and a whole scale run on a shared machine says little
about which part. This replays what ``runtime/intake.py`` hands the prefilter (each message's
header block, and the first 4 KB / 32 KB of its text where it glances) and times each stage
with ``time.process_time`` over several rounds (median), each round as a fresh pass: gates
built anew, their word cache cold.

The inputs come from the scale benchmark's generator (tests/mailmix.py, the same seed as
``benchmarks/scale.py``), with CRLF line ends as IMAP serves them, or from a capture written
by ``--save``. The Known grows as intake grows it (ids of messages chosen from their headers)
and, standing in for the classifier, with the sender of each recruiting message chosen.

The decisions (verdict and reason per message, both looks) are printed as a digest: a change
meant only to be faster must leave it equal. ``--against REV`` also replays the prefilter as
it was at git revision REV in the same process, over the same gates, and names every message
decided differently.

    .venv/bin/python benchmarks/prefilter_replay.py                   # 10,000 (+3,333 Sent)
    .venv/bin/python benchmarks/prefilter_replay.py --save /tmp/pf/mix.pickle
    .venv/bin/python benchmarks/prefilter_replay.py --load /tmp/pf/mix.pickle --against HEAD~1
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import importlib.util
import pickle
import pstats
import random
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from afterview.mail.base import split_header  # noqa: E402
from afterview.mail.glance import glance  # noqa: E402
from afterview.runtime import intake  # noqa: E402
from afterview.understand import prefilter  # noqa: E402
from afterview.understand.people.robots import domain_of  # noqa: E402

STAGES = ("gates", "head", "screen_head", "glance", "screen_text")


@dataclass(frozen=True)
class Item:
    """One message as the prefilter meets it."""

    folder: str
    category: str  # the generator's label: stands in for the classifier's verdict
    header: bytes
    text: bytes  # the first PEEK_BYTES of the text
    size: int


def generate(n: int, seed: int = 1) -> list[Item]:
    """The scale benchmark's mailbox (same generator, seed and date), as IMAP would serve it."""
    import bigmailbox
    from mailmix import Mix

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import NOW

    mix = Mix(random.Random(seed), NOW, 365, "m")
    items = []
    # bigmailbox's own order of messages, so the mix is the one scale.py measures
    for message in bigmailbox._messages(mix, n, round(n / 3)):
        raw = message.raw.replace(b"\n", b"\r\n")
        header, body = split_header(raw)
        items.append(
            Item(message.folder, message.category, header, body[: intake.PEEK_BYTES], len(raw))
        )
    return items


# ---- one pass, stage by stage ----------------------------------------------------------------


def replay(items: list[Item], module: ModuleType, clock=time.process_time) -> tuple[dict, list]:
    """One pass as intake runs it; seconds per stage and the decisions, message by message."""
    spent = dict.fromkeys(STAGES, 0.0)
    module._gates.cache_clear()
    started = clock()
    module._gates()
    spent["gates"] = clock() - started
    known = module.Known()
    decisions: list[tuple] = []
    for folder in ("INBOX", "Sent"):
        batch = [i for i in items if i.folder == folder]
        for at in range(0, len(batch), intake.HEAD_BATCH):
            _batch(batch[at : at + intake.HEAD_BATCH], module, known, spent, decisions, clock)
    return spent, decisions


def _batch(batch, module, known, spent, decisions, clock) -> None:
    sent = batch[0].folder == "Sent"
    started = clock()
    heads = [module.Head.parse(item.header) for item in batch]
    spent["head"] += clock() - started
    started = clock()
    verdicts = []
    for head in heads:
        screening = module.screen_head(head, known, sent=sent)
        if screening.verdict == module.FETCH and head.message_id:
            known.message_ids.add(head.message_id)
        verdicts.append(screening)
    spent["screen_head"] += clock() - started
    chosen = []
    for item, head, screening in zip(batch, heads, verdicts, strict=True):
        decisions.append((item.folder, id(item), "head", screening.verdict, screening.reason))
        if screening.verdict == module.FETCH:
            chosen.append((item, head))
    undecided = [
        (item, head)
        for item, head, s in zip(batch, heads, verdicts, strict=True)
        if s.verdict == module.READ
    ]
    for limit in (intake.FIRST_LOOK, intake.PEEK_BYTES):
        started = clock()
        seen = []
        for item, head in undecided:
            start = item.text[:limit]
            whole = len(item.header) + len(start) >= item.size
            seen.append(glance(head.fields, start, complete=whole))
        spent["glance"] += clock() - started
        started = clock()
        screenings = [
            module.screen_text(head, s) for (_, head), s in zip(undecided, seen, strict=True)
        ]
        spent["screen_text"] += clock() - started
        again = []
        for (item, head), look, screening in zip(undecided, seen, screenings, strict=True):
            decisions.append((item.folder, id(item), limit, screening.verdict, screening.reason))
            if screening.verdict == module.FETCH:
                chosen.append((item, head))
            elif look.cut:
                again.append((item, head))
        undecided = again
    for item, head in chosen:  # the classifier would keep these and learn their people
        if item.category == "recruiting":
            for address in head.senders[:1]:
                known.add_person(address)
                known.add_domain(domain_of(address))


def digest(decisions: list[tuple], items: list[Item]) -> tuple[str, Counter]:
    """A hash of every decision and the count of decisions by look and verdict."""
    lines = _normalised(decisions, items)
    counts = Counter(f"{d[2]}:{d[3]}" for d in decisions)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16], counts


def _normalised(decisions: list[tuple], items: list[Item]) -> list[str]:
    """Decisions as lines, each message named by its place in the mailbox (not its object)."""
    position = {id(item): n for n, item in enumerate(items)}
    return [f"{f}\t{position[k]}\t{look}\t{v}\t{r}" for f, k, look, v, r in decisions]


def module_at(revision: str) -> ModuleType:
    """understand/prefilter.py as it was at ``revision``, importable beside today's."""
    source = subprocess.run(
        ["git", "show", f"{revision}:daemon/afterview/understand/prefilter.py"],
        cwd=ROOT, capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    name = "afterview.understand._prefilter_then"
    spec = importlib.util.spec_from_loader(name, loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "afterview.understand"
    sys.modules[name] = module
    exec(compile(source, f"{revision}:prefilter.py", "exec"), module.__dict__)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="incoming messages (Sent: a third)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--save", type=Path, help="write the generated inputs here (pickle)")
    parser.add_argument("--load", type=Path, help="replay a capture written by --save")
    parser.add_argument("--against", help="also replay prefilter.py at this git revision")
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest calls")
    args = parser.parse_args()

    if args.load:
        items = pickle.loads(args.load.read_bytes())
    else:
        items = generate(args.n)
        if args.save:
            args.save.parent.mkdir(parents=True, exist_ok=True)
            args.save.write_bytes(pickle.dumps(items))
    modules = {"now": prefilter}
    if args.against:
        modules[args.against] = module_at(args.against)
    # rounds of each version interleaved, so a busy machine weighs on both alike
    rounds: dict[str, list] = {label: [] for label in modules}
    for _ in range(args.rounds):
        for label, module in modules.items():
            rounds[label].append(replay(items, module))
    print(
        f"{len(items)} messages ({sum(i.folder == 'Sent' for i in items)} in Sent), "
        f"{args.rounds} rounds, median of process time; µs per message (gates: ms per pass)"
    )
    print(f"  {'stage':12}" + "".join(f"{label[:12]:>14}" for label in modules))
    totals = dict.fromkeys(modules, 0.0)
    for stage in STAGES:
        cells = []
        for label in modules:
            median = statistics.median(spent[stage] for spent, _ in rounds[label])
            totals[label] += median
            cells.append(median * 1e3 if stage == "gates" else median / len(items) * 1e6)
        print(f"  {stage:12}" + "".join(f"{cell:14.1f}" for cell in cells))
    print(f"  {'all (s)':12}" + "".join(f"{totals[label]:14.3f}" for label in modules))
    lines = {}
    for label in modules:
        decisions = [d for _, d in rounds[label]]
        lines[label] = _normalised(decisions[0], items)
        if any(_normalised(d, items) != lines[label] for d in decisions[1:]):
            sys.exit(f"{label}: the decisions differ from round to round")
        code, counts = digest(decisions[0], items)
        glanced = sum(1 for d in decisions[0] if d[2] == intake.FIRST_LOOK)
        fetched = sum(1 for d in decisions[0] if d[3] == prefilter.FETCH)
        print(f"decisions {label}: {code}: {fetched} chosen, {glanced} glanced at; "
              f"{dict(sorted(counts.items()))}")  # fmt: skip
    if args.against:
        now, then = lines["now"], lines[args.against]
        differ = [(a, b) for a, b in zip(then, now, strict=False) if a != b]
        if differ or len(now) != len(then):
            for a, b in differ[:10]:
                print(f"  then {a}\n  now  {b}")
            sys.exit(f"{len(differ)} decisions differ from {args.against}'s")
        print(f"identical to {args.against}'s decisions")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(replay, items, prefilter)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
