"""How Afterview's passes scale with the mailbox: figures for the README's Performance section.

Fills a private Dovecot (tests/dovecot.py) with N realistic messages per size
(tests/bigmailbox.py: about 2% recruiting mail, the rest newsletters, notifications,
personal mail and invitations, attachments included, and a Sent folder a third that size),
then measures, for each N:

- the first pass (``run --once`` with a lookback covering the whole mailbox), in a child
  process so its peak RSS is its own, next to a baseline in the same run: a bare imapclient
  loop fetching the same header block (``BODY.PEEK[HEADER]`` and RFC822.SIZE) for the same
  messages: the I/O floor of any header-first reader;
- how much it read (headers, glances at text, full messages) and kept, and the store's
  bytes per message seen;

and at the largest N: later passes with k = 0, 10 and 1000 new messages, ``status`` over
1,000 applications generated straight into a store, and the per-message cost of the
prefilter and of ``classify``. Prints a table, then the same figures as JSON.

    .venv/bin/python benchmarks/scale.py                      # 10k, 50k, 100k (~10 min)
    .venv/bin/python benchmarks/scale.py --sizes 2000 --later 0,10 --apps 200   # quick

Times are wall-clock on this machine, best of ``--repeat`` runs where a run can be repeated
(the machine may be shared). Nothing is asserted: speed is not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import bigmailbox  # noqa: E402
from dovecot import DovecotServer, DovecotUser  # noqa: E402
from userconfig import write_config  # noqa: E402

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ME = bigmailbox.ME
HEADER_ITEMS = ["BODY.PEEK[HEADER]", "RFC822.SIZE"]


# ---- the pieces ----------------------------------------------------------------------------


def baseline(user: DovecotUser) -> float:
    """Seconds for a bare loop: every message's header block, INBOX and Sent, 1,000 a time."""
    started = time.perf_counter()
    with user.client() as client:
        for folder in ("INBOX", "Sent"):
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search(["ALL"]))
            for start in range(0, len(uids), 1000):
                client.fetch(uids[start : start + 1000], HEADER_ITEMS)
    return time.perf_counter() - started


def afterview_pass(config: Path, now: datetime) -> dict:
    """One ``run --once`` in a child process: its wall time, peak RSS and what it read."""
    out = subprocess.run(
        [sys.executable, __file__, "_pass", str(config), now.isoformat()],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _child_pass(config_path: str, now: str) -> None:
    from afterview.config import load_config
    from afterview.pipeline.store import Store
    from afterview.runtime.engine import run_once

    # Start-up, not the pass: the daemon imports the pass once, and run_once imports it
    # lazily, which would otherwise count the import in every measured pass.
    from afterview.runtime.sync import AccountPass  # noqa: F401

    config = load_config(config_path)
    with Store(config.state.path) as store:
        cpu = _cpu_seconds()
        started = time.perf_counter()
        reports, failures = run_once(config, store, now=datetime.fromisoformat(now))
        seconds = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu
    if failures:
        raise SystemExit("; ".join(failures))
    read = reports[0].read
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu,
                "max_rss_mb": _peak_rss_mb(),
                "headers": read.headers,
                "glanced": read.looked,
                "fetched": read.fetched,
                "kept": read.kept,
                "read_seconds": read.seconds,
                "drafts": len(reports[0].written),
            }
        )
    )


def _cpu_seconds() -> float:
    """This process's CPU time (user and system): on a shared machine a steadier figure than
    wall time for the client's own work (the server's is not in it)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_rss_mb() -> float:
    """This process's peak resident size. (Not ru_maxrss: Linux carries that over exec from
    the forked parent, so a child would report the benchmark's own size.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def store_bytes(config_dir: Path) -> int:
    state = config_dir / "state"
    return sum(p.stat().st_size for p in state.glob("state.db*"))


def later_passes(server, user, config: Path, ks: list[int], repeat: int) -> dict:
    """Pass times with k new messages (k = 0: nothing new), after the first pass."""
    found = {}
    for k in ks:
        if k:
            maildir = bigmailbox.maildir_of(server, user.name)
            bigmailbox.fill(maildir, k, now=NOW, days=1, sent_share=0, tag=f"new{k}", seed=k)
            bigmailbox.index(server, user.name)
        runs = [afterview_pass(config, NOW)]
        if not k:
            runs += [afterview_pass(config, NOW) for _ in range(repeat - 1)]
        best = min(runs, key=lambda r: r["seconds"])
        found[k] = {
            "seconds": best["seconds"],
            "read_seconds": best["read_seconds"],
            "fetched": best["fetched"],
            "kept": best["kept"],
        }
    return found


def status_time(applications: int, repeat: int) -> float:
    """Seconds for ``status --json`` over a store holding ``applications`` applications."""
    from afterview.cli import main

    directory = Path(tempfile.mkdtemp(prefix="av-status-"))
    config = directory / "config.yaml"
    config.write_text(
        f"me:\n  name: {ME[0]}\n  email: {ME[1]}\ntimezone: Europe/London\n"
        "accounts:\n  - name: main\n    imap:\n      host: 127.0.0.1\n      security: none\n"
        f"      username: sam\n      password_file: {directory / 'pw'}\n"
        f"state:\n  path: {directory / 'state.db'}\n"
    )
    (directory / "pw").write_text("unused\n")
    (directory / "pw").chmod(0o600)
    config.chmod(0o600)
    _fill_applications(directory / "state.db", applications)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            main(["--config", str(config), "status", "--json", "--now", NOW.isoformat()])
        best = min(best, time.perf_counter() - started)
    return best


def _fill_applications(path: Path, count: int) -> None:
    """``count`` applications, each with an acknowledgement, an interview and a reply."""
    from afterview.pipeline.facts import INCOMING, InterviewFact, MessageFacts, PersonFact
    from afterview.pipeline.store import SeenMessage, Store

    with Store(path) as store, store.transaction():
        for n in range(count):
            domain = f"employer{n}.example"
            recruiter = PersonFact(f"Recruiter {n}", f"rec{n}@{domain}")
            base = NOW - timedelta(days=60 - n % 50)
            start = base + timedelta(days=8)
            interview = InterviewFact(start, start + timedelta(hours=1), (recruiter,))
            steps = [
                ("application_received", base, None),
                ("interview_scheduled", base + timedelta(days=5), interview),
                ("employer_reply", base + timedelta(days=9), None),
            ]
            for index, (kind, when, booked) in enumerate(steps):
                facts = MessageFacts(
                    INCOMING,
                    kind,
                    f"<m{n}.{index}@{domain}>",
                    when,
                    subject=f"Engineer {n % 37} at Employer {n}",
                    sender=recruiter,
                    company=f"Employer {n}",
                    role=f"Engineer {n % 37}",
                    employer_domain=domain,
                    contact=recruiter,
                    interview=booked,
                    language="en",
                )
                seen = SeenMessage(
                    "main", "INBOX", 1, n * 3 + index, facts.message_id, when, kind,
                    facts.to_json(), None,
                )  # fmt: skip
                store.add_message(seen)


def unit_costs(maildir: Path, sample: int) -> dict:
    """Microseconds per message: the prefilter (headers, and text where it looks) and classify."""
    from afterview.mail.base import split_header
    from afterview.mail.glance import glance
    from afterview.mail.message import parse_message
    from afterview.runtime.intake import PEEK_BYTES
    from afterview.understand.classify import classify
    from afterview.understand.prefilter import READ, Head, Known, screen_head, screen_text

    files = sorted((maildir / "cur").iterdir())[:sample]
    raws = [f.read_bytes() for f in files]
    parts = [split_header(raw) for raw in raws]
    started = time.perf_counter()
    relevant = []
    for (header, body), raw in zip(parts, raws, strict=True):
        head = Head.parse(header)
        screening = screen_head(head, Known())
        if screening.verdict == READ:
            screening = screen_text(head, glance(head.fields, body[:PEEK_BYTES]))
        if screening.verdict != "skip":
            relevant.append(raw)
    prefilter = (time.perf_counter() - started) / len(raws)
    started = time.perf_counter()
    for raw in relevant:
        classify(parse_message(raw), me=(ME[1],))
    per_classify = (time.perf_counter() - started) / max(1, len(relevant))
    return {
        "prefilter_us": prefilter * 1e6,
        "classify_us": per_classify * 1e6,
        "sample": len(raws),
        "passed": len(relevant),
    }


# ---- the run -------------------------------------------------------------------------------


def measure_size(server: DovecotServer, n: int, repeat: int) -> tuple[dict, DovecotUser, Path]:
    user = server.add_user()
    with user.client():
        pass  # Dovecot creates the user's Maildir on first login
    maildir = bigmailbox.maildir_of(server, user.name)
    started = time.perf_counter()
    corpus = bigmailbox.fill(maildir, n, now=NOW)
    bigmailbox.index(server, user.name)
    generated = time.perf_counter() - started
    baseline(user)  # warm Dovecot's caches, so neither side pays for the other
    base = min(baseline(user) for _ in range(repeat))
    passes, config_dir = [], None
    for _ in range(repeat):
        # each repeat starts afresh: the drafts an earlier one wrote would only be adopted
        server.doveadm("expunge", "-u", user.name, "mailbox", "Drafts", "all")
        config_dir = Path(tempfile.mkdtemp(prefix="av-bench-"))
        config = write_config(
            config_dir, user, email=ME[1], name=ME[0], extra="followup:\n  lookback: 400d\n"
        )
        passes.append(afterview_pass(config, NOW))
    first = min(passes, key=lambda r: r["seconds"])
    assert config_dir is not None
    row = {
        "n": n,
        "messages": corpus.count,
        "mailbox_mb": corpus.bytes_written / 1e6,
        "generate_s": generated,
        "baseline_s": base,
        "first_pass_s": first["seconds"],
        "first_pass_read_s": first["read_seconds"],
        "first_pass_cpu_s": first["cpu_seconds"],
        "ratio": first["seconds"] / base,
        "max_rss_mb": max(p["max_rss_mb"] for p in passes),
        "headers": first["headers"],
        "glanced": first["glanced"],
        "fetched": first["fetched"],
        "kept": first["kept"],
        "drafts": first["drafts"],
        "store_bytes_per_message": store_bytes(config_dir) / corpus.count,
    }
    return row, user, config


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "_pass":
        _child_pass(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--later", default="0,10,1000", help="new messages for later passes")
    parser.add_argument("--apps", type=int, default=1000, help="applications for status")
    parser.add_argument("--repeat", type=int, default=2, help="runs per figure (best is kept)")
    parser.add_argument("--json", type=Path, help="also write the JSON here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    server = DovecotServer().start()
    result: dict = {"machine": _machine(), "sizes": []}
    try:
        for n in sizes:
            row, user, config = measure_size(server, n, args.repeat)
            result["sizes"].append(row)
            print(_row_line(row), flush=True)
        largest = bigmailbox.maildir_of(server, user.name)
        ks = [int(k) for k in args.later.split(",") if k]
        result["later_passes"] = later_passes(server, user, config, ks, args.repeat)
        result["later_passes_at"] = sizes[-1]
        result["status"] = {
            "applications": args.apps,
            "seconds": status_time(args.apps, args.repeat),
        }
        result["unit_costs"] = unit_costs(largest, 3000)
    finally:
        server.destroy()
    print()
    print(table(result))
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


def _machine() -> dict:
    return {"cpus": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform}


def _row_line(row: dict) -> str:
    return (
        f"N={row['n']}: first pass {row['first_pass_s']:.2f}s (client CPU "
        f"{row['first_pass_cpu_s']:.2f}s), baseline {row['baseline_s']:.2f}s "
        f"({row['ratio']:.2f}x), peak RSS {row['max_rss_mb']:.0f} MB"
    )


def table(result: dict) -> str:
    lines = [
        "| N (+ Sent) | mailbox | baseline | first pass | ratio | peak RSS | read in full | kept "
        "| store B/msg |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in result["sizes"]:
        lines.append(
            f"| {r['n']:,} (+{r['messages'] - r['n']:,}) | {r['mailbox_mb'] / 1000:.1f} GB "
            f"| {r['baseline_s']:.2f} s | {r['first_pass_s']:.2f} s | {r['ratio']:.2f}x "
            f"| {r['max_rss_mb']:.0f} MB | {r['fetched']:,} | {r['kept']:,} "
            f"| {r['store_bytes_per_message']:.0f} |"
        )
    lines.append("")
    at = result.get("later_passes_at")
    for k, figures in result.get("later_passes", {}).items():
        lines.append(
            f"later pass at N={at:,}, {k} new: {figures['seconds']:.3f} s "
            f"(reading {figures['read_seconds']:.3f} s)"
        )
    status = result.get("status")
    if status:
        lines.append(
            f"status --json, {status['applications']:,} applications: {status['seconds']:.3f} s"
        )
    costs = result.get("unit_costs")
    if costs:
        lines.append(
            f"per message: prefilter {costs['prefilter_us']:.0f} µs (over {costs['sample']:,}), "
            f"parse + classify {costs['classify_us']:.0f} µs (over the {costs['passed']:,} "
            "it let through)"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
