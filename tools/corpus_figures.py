"""Issue 3's figures, summed over groups of labelled sets, for comparing commits.

``tests/test_classify_corpus.py`` reports every set on its own and asserts the aims on the
finished ones; this prints the figures the closing notes quote, summed per group:

- ``untouched``: the sets never tuned on (UNTOUCHED of ``kind_model.py`` without the
  look-alikes);
- ``lookalikes``: holdout_dd and holdout_do, hard negatives and controls;
- ``dev``: every other set and the contract's samples.

Company is scored twice over the mails whose label names one: strictly (case aside, as the
corpus test does) and loosely (legal forms, accents, "The", spacing, one name holding the
other), which separates another form of the right name from a wrong one.

``--misses`` lists the dev group's misses (never an untouched set's); ``--dump FILE`` writes
every answer as JSON lines, so two commits' outputs can be compared with ``cmp``.

    .venv/bin/python tools/corpus_figures.py [--misses] [--dump out.jsonl] [--workers 2]
    .venv/bin/python tools/corpus_figures.py holdout_dk holdout_dl   # those sets only
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, datetime
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "daemon"))
sys.path.insert(0, str(ROOT / "tools"))

from kind_model import UNTOUCHED, labelled_sets  # noqa: E402

from afterview.mail.message import parse_message  # noqa: E402
from afterview.understand.classify import classify, to_json  # noqa: E402


def _main_checkout(root: Path) -> Path:
    """The main checkout: ``root`` itself, or for a git worktree the one its .git file names
    ("gitdir: /work/main/.git/worktrees/NAME"), beside which ../shared lies."""
    dot_git = root / ".git"
    if dot_git.is_file():
        gitdir = Path(dot_git.read_text().partition("gitdir:")[2].strip())
        return gitdir.parents[2]
    return root


SAMPLES = _main_checkout(ROOT).parent / "shared" / "samples"
LOOKALIKES = frozenset({"holdout_dd", "holdout_do"})
PRECISE = ("interview_scheduled", "rejection", "offer")
_LEGAL = re.compile(
    r"\b(the|inc|ltd|llc|llp|plc|gmbh|ag|sa|sas|sarl|srl|sl|bv|nv|ab|as|oy|aps|pty|pvt|"
    r"limited|corp|corporation|co|company|group)\b"
)


def group_of(folder: Path) -> str:
    if folder.name in LOOKALIKES:
        return "lookalikes"
    return "untouched" if folder.name in UNTOUCHED else "dev"


def _loose(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", _LEGAL.sub(" ", plain))


def company_match(want: str, got: str | None) -> tuple[bool, bool]:
    """(strict, loose) agreement of an answer with a label that names a company."""
    if not got:
        return False, False
    if want.lower() == got.lower():
        return True, True
    a, b = _loose(want), _loose(got)
    return False, bool(a and b and (a in b or b in a))


def _answers(folder: Path) -> list[tuple[str, dict, dict]]:
    labels = json.loads((folder / "labels.json").read_text())
    out = []
    for name, label in sorted(labels.items()):
        msg = parse_message((folder / name).read_bytes())
        out.append((name, label, to_json(classify(msg), file=name, message_id=msg.message_id)))
    return out


def _misses(label: dict, got: dict) -> list[str]:
    problems = []
    if label["kind"] != got["kind"]:
        problems.append(f"kind {got['kind']} (want {label['kind']})")
    if label["company"] and not company_match(label["company"], got["company"])[0]:
        problems.append(f"company {got['company']!r} (want {label['company']!r})")
    want_iv, got_iv = label.get("interview"), got.get("interview")
    if want_iv:
        if not (got_iv and _same_instant(got_iv["start"], want_iv["start"])):
            problems.append(f"start {got_iv and got_iv['start']} (want {want_iv['start']})")
        missing = {e.lower() for e in want_iv["interviewers"]} - _found(got_iv)
        if missing:
            problems.append(f"interviewers missing {sorted(missing)}")
    if (label["decision_by"] or got["decision_by"]) and not _decision_ok(label, got):
        problems.append(f"decision_by {got['decision_by']} (want {label['decision_by']})")
    return problems


def _same_instant(a: str | None, b: str | None) -> bool:
    return bool(a and b) and datetime.fromisoformat(a) == datetime.fromisoformat(b)


def _found(got_iv: dict | None) -> set[str]:
    return {p["email"] for p in (got_iv or {}).get("interviewers", [])}


def _decision_ok(label: dict, got: dict) -> bool:
    want, answer = label["decision_by"], got["decision_by"]
    if not (want and answer):
        return False
    return abs((date.fromisoformat(want) - date.fromisoformat(answer)).days) <= 2


def tally(answers: list[tuple[str, dict, dict]]) -> Counter:
    c: Counter = Counter()
    for _name, label, got in answers:
        c["mails"] += 1
        c["kind_ok"] += label["kind"] == got["kind"]
        for kind in PRECISE:
            if got["kind"] == kind:
                c[f"{kind}_said"] += 1
                c[f"{kind}_right"] += label["kind"] == kind
        if label["company"]:
            strict, loose = company_match(label["company"], got["company"])
            c["company"] += 1
            c["company_ok"] += strict
            c["company_loose"] += loose
        want_iv, got_iv = label.get("interview"), got.get("interview")
        if want_iv:
            c["starts"] += 1
            c["starts_ok"] += bool(got_iv) and _same_instant(got_iv["start"], want_iv["start"])
            wanted = {e.lower() for e in want_iv["interviewers"]}
            c["interviewers"] += len(wanted)
            c["interviewers_found"] += len(wanted & _found(got_iv))
        if label["decision_by"] or got["decision_by"]:
            c["decisions"] += 1
            c["decisions_ok"] += _decision_ok(label, got)
        if label["kind"] == "unrelated":
            c["negatives"] += 1
            c["negatives_drafting"] += got["kind"] in PRECISE
    return c


def _line(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.1%}" if whole else "-"


def report(group: str, c: Counter) -> None:
    print(f"== {group}: {c['mails']} mails ==")
    print(f"  kinds                         {_line(c['kind_ok'], c['mails'])}")
    for kind in PRECISE:
        print(f"  {kind + ' precision':<30}{_line(c[f'{kind}_right'], c[f'{kind}_said'])}")
    print(f"  interview start               {_line(c['starts_ok'], c['starts'])}")
    print(f"  interviewer recall            {_line(c['interviewers_found'], c['interviewers'])}")
    print(f"  company (strict)              {_line(c['company_ok'], c['company'])}")
    print(f"  company (loose)               {_line(c['company_loose'], c['company'])}")
    print(f"  decision_by ±2 days           {_line(c['decisions_ok'], c['decisions'])}")
    if c["negatives"]:
        print(f"  negatives drafting            {c['negatives_drafting']}/{c['negatives']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the dev group's misses")
    parser.add_argument("--dump", type=Path, help="write every answer as JSON lines")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("sets", nargs="*", help="only these sets, summed as one group")
    args = parser.parse_args()
    # (the contract's samples are absent from a clone made away from ../shared)
    folders = [f for f in (*labelled_sets(), SAMPLES) if (f / "labels.json").exists()]
    if args.sets:
        folders = [f for f in folders if f.name in args.sets]
        with Pool(args.workers) as pool:
            answers = [a for part in pool.map(_answers, folders) for a in part]
        report(" + ".join(f.name for f in folders), tally(answers))
        return
    with Pool(args.workers) as pool:
        results = pool.map(_answers, folders)
    groups: dict[str, Counter] = {}
    for folder, answers in zip(folders, results, strict=True):
        group = group_of(folder)
        groups[group] = groups.get(group, Counter()) + tally(answers)
    for group in ("untouched", "lookalikes", "dev"):
        report(group, groups.get(group, Counter()))
    if args.misses:
        for folder, answers in zip(folders, results, strict=True):
            if group_of(folder) != "dev":
                continue
            for name, label, got in answers:
                if problems := _misses(label, got):
                    print(f"{folder.name}/{name}: " + "; ".join(problems))
    if args.dump:
        with args.dump.open("w") as out:
            for folder, answers in zip(folders, results, strict=True):
                for _name, _label, got in answers:
                    out.write(json.dumps({"set": folder.name, **got}, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
