"""SIGKILL at random moments, many times over, while mail keeps arriving.

No cleanup, no commit, no LOGOUT: the process is simply gone, wherever it was (starting,
reading, writing a draft, idling). Afterwards one undisturbed run must leave every
expected draft in Drafts exactly once, and every incoming message with the flags it
arrived with.

Mail arrives in bursts, so most runs start with several drafts to write. A third of the
kills land anywhere from start-up on; a third within the first pass (within 1.2 times what
a first pass took in an undisturbed run, so a loaded machine gets a wider window); and a
third within 8 ms of a draft being written, amid the writing of the next ones, which is
where exactly-once is at stake.
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from collections import Counter

import pytest

import daemonkit as dk
from scenario import Scenario

pytestmark = pytest.mark.dovecot

RUNS = 50
REJECTIONS = 80
FLAG_SETS = ((), ("\\Seen",), ("\\Flagged",), ("\\Seen", "\\Answered"))


def test_sigkill_at_random_moments_never_loses_or_duplicates_a_draft(tmp_path, dovecot_user):
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    world = Scenario(tmp_path, dovecot_user, dk.ALWAYS_OPEN)
    mail = [(*dk.rejection(n), rng.choice(FLAG_SETS)) for n in range(REJECTIONS)]
    bursts = _bursts(rng, 3, len(mail))
    delivered: list[tuple[int, frozenset[bytes]]] = []

    def deliver_all() -> None:
        for start, end, pause in bursts:
            time.sleep(pause)
            for message, _address, flags in mail[start:end]:
                uid = dovecot_user.deliver(bytes(message), flags=flags)
                delivered.append((uid, _flagset(flags)))

    for message, _address, flags in mail[:3]:  # something to write in the calibration run
        delivered.append((dovecot_user.deliver(bytes(message), flags=flags), _flagset(flags)))
    window = _first_pass_seconds(world) * 1.2
    deliverer = threading.Thread(target=deliver_all, daemon=True)
    deliverer.start()
    wrote_then_killed = 0
    for run in range(RUNS):
        with dk.Daemon(world.config, log_level="info") as daemon:
            if run % 3 == 0:  # anywhere from start-up on
                time.sleep(rng.uniform(0.0, window + 0.4))
            elif run % 3 == 1:  # anywhere in the first pass
                daemon.wait_log(r"watching 1 account", interval=0.002)
                time.sleep(rng.uniform(0.0, window))
            else:  # amid the writing of drafts, when there are several to write
                daemon.wait_log(r"wrote draft|ready: ", interval=0.001)
                time.sleep(rng.uniform(0.0, 0.008))
            daemon.proc.send_signal(signal.SIGKILL)
            daemon.proc.wait()
            wrote_then_killed += "wrote draft" in daemon.log()
    deliverer.join(60)
    assert len(delivered) == REJECTIONS, f"seed {seed}: delivery did not finish"

    expected = {address for _message, address, _flags in mail}
    with dk.Daemon(world.config) as daemon:
        daemon.wait_log(r"ready: ")  # its first pass is done
        dk.wait_until(lambda: expected <= set(_recipients(world)), f"every draft (seed {seed})")
        daemon.signal(signal.SIGTERM)
        assert daemon.wait_exit() == 0

    assert wrote_then_killed > 0, f"seed {seed}: no kill came after a draft was written"
    assert _recipients(world) == Counter(expected), f"seed {seed}"
    flags = world.flags()
    assert {uid: flags[uid] for uid, _ in delivered} == dict(delivered), f"seed {seed}"


def _first_pass_seconds(world: Scenario) -> float:
    """How long an undisturbed daemon takes from watching to the end of its first pass."""
    with dk.Daemon(world.config, log_level="info") as daemon:
        daemon.wait_log(r"watching 1 account", interval=0.002)
        started = time.monotonic()
        daemon.wait_log(r"ready: ", interval=0.002)
        return max(0.25, time.monotonic() - started)


def _flagset(flags: tuple[str, ...]) -> frozenset[bytes]:
    return frozenset(f.encode() for f in flags)


def _bursts(rng: random.Random, start: int, total: int) -> list[tuple[int, int, float]]:
    """Slices of the mail to deliver together, each after a pause: (start, end, pause)."""
    bursts = []
    while start < total:
        end = min(total, start + rng.randint(1, 6))
        bursts.append((start, end, rng.uniform(0.1, 0.6)))
        start = end
    return bursts


def _recipients(world: Scenario) -> Counter[str]:
    drafts = world.folder("Drafts").values()
    return Counter(str(m["X-Afterview-Key"]).rsplit("/", 1)[-1] for m, _flags in drafts)
