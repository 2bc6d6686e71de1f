"""How fast the running daemon answers new mail, and what it costs while nothing happens.

Starts a private Dovecot (the tests' harness) and ``afterview run`` with the default IDLE
settings, waits for READY=1 on a notify socket, then:

1. delivers rejections one at a time and measures, for each, the time from the APPEND to
   INBOX returning until its ``rejection_reply`` draft can be found in Drafts (a second
   IMAP session polls every 20 ms); prints p50/p95/max. Aim (issue 5): p95 <= 2 s.
2. leaves the daemon alone and measures its CPU time (utime + stime from /proc) over the
   wall time, and its resident memory. Aim: < 1 % of one core, RSS < 80 MB.

Usage:

    .venv/bin/python benchmarks/daemon_latency.py [--deliveries 20] [--idle-seconds 60]

Prints a table, then the same figures as one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import daemonkit as dk  # noqa: E402  (the tests' helpers, found through sys.path)
from dovecot import DovecotServer  # noqa: E402
from scenario import Scenario  # noqa: E402

POLL = 0.02


def draft_latency(world: Scenario, drafts, n: int) -> float:
    """Deliver rejection ``n``; seconds until its reply draft is visible to another client."""
    message, address = dk.rejection(n)
    world.deliver(message)
    delivered = time.monotonic()
    deadline = delivered + 60
    while time.monotonic() < deadline:
        drafts.noop()
        if drafts.search(["HEADER", "X-Afterview-Key", f"/rejection_reply/{address}"]):
            return time.monotonic() - delivered
        time.sleep(POLL)
    raise SystemExit(f"no draft for delivery {n} within 60 s")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def memory_kib(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliveries", type=int, default=20)
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    args = parser.parse_args()
    if not 1 <= args.deliveries <= dk.MAX_REJECTIONS:
        parser.error(f"--deliveries must be between 1 and {dk.MAX_REJECTIONS}")

    server = DovecotServer().start()
    notify = dk.NotifySocket()
    try:
        with tempfile.TemporaryDirectory() as directory:
            world = Scenario(Path(directory), server.add_user(), dk.ALWAYS_OPEN)
            with dk.Daemon(
                world.config, env={"NOTIFY_SOCKET": notify.path}, log_level="warning"
            ) as daemon:
                dk.wait_until(lambda: notify.with_key("READY"), "READY=1", 60)
                drafts = world.user.client()
                drafts.select_folder("Drafts", readonly=True)
                latencies = []
                for n in range(args.deliveries):
                    latencies.append(draft_latency(world, drafts, n))
                    notify.receive()  # keep reading, as systemd does
                    time.sleep(0.3)  # let it settle back into IDLE
                drafts.logout()

                time.sleep(2)
                cpu0, wall0 = cpu_seconds(daemon.pid), time.monotonic()
                time.sleep(args.idle_seconds)
                cpu1, wall1 = cpu_seconds(daemon.pid), time.monotonic()
                rss, peak = memory_kib(daemon.pid, "VmRSS"), memory_kib(daemon.pid, "VmHWM")
                daemon.signal(signal.SIGTERM)
                daemon.wait_exit()
    finally:
        notify.close()
        server.destroy()

    figures = {
        "deliveries": len(latencies),
        "latency_p50_s": round(statistics.median(latencies), 3),
        "latency_p95_s": round(percentile(latencies, 0.95), 3),
        "latency_max_s": round(max(latencies), 3),
        "idle_seconds": round(wall1 - wall0, 1),
        "idle_cpu_seconds": round(cpu1 - cpu0, 2),  # /proc counts in clock ticks (10 ms)
        "idle_cpu_percent": round(100 * (cpu1 - cpu0) / (wall1 - wall0), 3),
        "rss_mb": round(rss / 1024, 1),
        "rss_peak_mb": round(peak / 1024, 1),
    }
    rows = [
        ("draft latency p50", f"{figures['latency_p50_s']:.3f} s", ""),
        ("draft latency p95", f"{figures['latency_p95_s']:.3f} s", "aim <= 2 s"),
        ("draft latency max", f"{figures['latency_max_s']:.3f} s", ""),
        ("idle CPU", f"{figures['idle_cpu_percent']:.3f} % of a core", "aim < 1 %"),
        ("idle CPU time", f"{figures['idle_cpu_seconds']:.2f} s", "in 10 ms ticks"),
        ("RSS while idle", f"{figures['rss_mb']:.1f} MB", "aim < 80 MB"),
        ("RSS peak", f"{figures['rss_peak_mb']:.1f} MB", ""),
    ]
    print(f"{len(latencies)} deliveries, then {figures['idle_seconds']:.0f} s idle")
    for name, value, aim in rows:
        print(f"  {name:<20} {value:<22} {aim}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
