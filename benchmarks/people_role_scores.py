"""Score interviewers and role over the labelled dev sets, in process (no CLI round trip).

Why: the corpus floors count kinds; the interviewers and the role a draft names need their own
figures (found / missing / wrong) so a fix can show it lifts them and no set loses.
The untouched sets (tools/kind_model.py's UNTOUCHED) and sets not yet committed are never read.

Usage: python benchmarks/people_role_scores.py [--misses] [SET ...]   (SET like 'bx')
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from afterview.mail.message import parse_message
from afterview.understand.classify import classify

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT / "tools"))
from kind_model import UNTOUCHED as HELD_BACK  # noqa: E402  (one list of untouched sets)

_NOISE = re.compile(
    r"\((?:[mwfdx]\s*/\s*){1,3}[mwfdx]\)|\b(?:m|w|f|h|d|x)\s*/\s*(?:m|w|f|h|d|x)(?:\s*/\s*[mwfdx])?\b"
    r"|\((?:all genders|f/h|h/f|gn\*?)\)",
    re.IGNORECASE,
)


def loose(text: str | None) -> str:
    """A role as a person compares it: case, accents, punctuation, gender tags and bracketed
    asides aside."""
    if not text:
        return ""
    # a bracketed aside (hours, contract, place, band) is kept by some labels and dropped by
    # others: neither way is a wrong title for a draft
    text = re.sub(r"\([^()]*\)", " ", _NOISE.sub(" ", text))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9+#]+", text.lower()))


def dev_sets(names: list[str]) -> list[Path]:
    if names:
        chosen = [FIXTURES / (n if n.startswith("holdout_") else f"holdout_{n}") for n in names]
    else:
        chosen = sorted(FIXTURES.glob("holdout_*"))
    return [d for d in chosen if d.name not in HELD_BACK and _committed(d / "labels.json")]


def _committed(labels: Path) -> bool:
    """Only sets in the repository's history are dev sets: a folder being copied in may be a
    new held-out set, scored by no one before its time."""
    done = subprocess.run(
        ["git", "ls-files", "--error-unmatch", str(labels)],
        cwd=FIXTURES,
        capture_output=True,
        check=False,
    )
    return labels.exists() and done.returncode == 0


def score_set(folder: Path, misses: list[str]) -> dict[str, int]:
    labels = json.loads((folder / "labels.json").read_text())
    t = dict.fromkeys(("iv_want", "iv_found", "iv_wrong", "role_n", "role_ok", "role_bad"), 0)
    for name, lab in sorted(labels.items()):
        path = folder / name
        if not path.exists():
            continue
        msg = parse_message(path.read_bytes())
        got = classify(msg)
        where = f"{folder.name[8:]}/{name}"
        if lab.get("interview") and got.interview is not None:
            want = {a.lower() for a in lab["interview"]["interviewers"]}
            have = {p.email.lower() for p in got.interview.interviewers}
            t["iv_want"] += len(want)
            t["iv_found"] += len(want & have)
            t["iv_wrong"] += len(have - want)
            for a in sorted(want - have):
                misses.append(f"{where} interviewer missing {a}")
            for a in sorted(have - want):
                misses.append(f"{where} interviewer WRONG {a}")
        elif lab.get("interview"):
            t["iv_want"] += len(lab["interview"]["interviewers"])
            if lab["interview"]["interviewers"]:
                misses.append(f"{where} interviewers missing: no interview read")
        want_role, have_role = loose(lab.get("role")), loose(got.role)
        if want_role or have_role:
            t["role_n"] += 1
            if want_role == have_role:
                t["role_ok"] += 1
            else:
                if have_role:
                    t["role_bad"] += 1
                misses.append(f"{where} role {lab.get('role')!r} got {got.role!r}")
    return t


def _scored(folder: Path) -> tuple[Path, dict[str, int], list[str]]:
    misses: list[str] = []
    return folder, score_set(folder, misses), misses


def main(argv: list[str]) -> None:
    show = "--misses" in argv
    names = [a for a in argv if not a.startswith("--")]
    total: dict[str, int] = {}
    with ProcessPoolExecutor() as pool:
        scored = list(pool.map(_scored, dev_sets(names)))
    for folder, t, misses in scored:
        for k, v in t.items():
            total[k] = total.get(k, 0) + v
        print(
            f"{folder.name:12} interviewers {t['iv_found']}/{t['iv_want']} wrong {t['iv_wrong']}"
            f"  role {t['role_ok']}/{t['role_n']} wrong {t['role_bad']}"
        )
        if show:
            for m in misses:
                print("   ", m)
    print(
        f"TOTAL interviewers {total['iv_found']}/{total['iv_want']} wrong {total['iv_wrong']}"
        f"  role {total['role_ok']}/{total['role_n']} wrong {total['role_bad']}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
