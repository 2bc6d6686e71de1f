"""How right the word model is where it disagrees with the rules: weighing's bars, measured.

    .venv/bin/python tools/kind_model.py folds /tmp/folds.json     # held-out readings (minutes)
    .venv/bin/python tools/override_table.py /tmp/folds.json [DIR:ME ...]

For every dev mail the rules' reading is replayed (``decide``, as ``classify`` calls it) and
set beside the probabilities of a model that never saw its set (``folds``); DIR:ME adds a
folder no model was trained on (``labels.json`` or ``expected.tsv``), read by the shipped
model with ME as the reader. Where the two disagree, each row counts, by how the rules came
to their kind (:func:`afterview.understand.kinds.weighing.reading_of`), the model's kind and its
probability, how often the model was right (M), the rules were (R) or neither (-), and
whether today's weighing lets the model decide ("*" marks a band it overrules in, "~" one
it partly overrules in). Not tests: the shipped model was trained on the dev mail, so only
these readings say where a bar belongs.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "daemon"))

from afterview.mail.message import parse_message  # noqa: E402
from afterview.understand.classify import reading_notes  # noqa: E402
from afterview.understand.kinds import kindmodel, weighing  # noqa: E402
from afterview.understand.kinds.decide import decide  # noqa: E402
from afterview.understand.reading import read  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
BANDS = (0.7, 0.9, 0.97)
_BAND_NAMES = ("<.70", ".70-.90", ".90-.97", ".97+")


class _Held:
    """A model that answers with one mail's held-out reading."""

    def __init__(self, row: dict) -> None:
        self.row = row

    def probabilities(self, x: kindmodel.Features) -> dict[str, float]:
        return dict(self.row["p"])

    def known_words(self, x: kindmodel.Features) -> int:
        return self.row["known"]

    def evidence(self, x: kindmodel.Features, kind: str, count: int = 3) -> list[str]:
        return self.row["evidence"].get(kind, [])[:count]


def _shipped_row(x: kindmodel.Features) -> dict:
    model = kindmodel.load()
    assert model is not None
    p = model.probabilities(x)
    best = max(p, key=p.__getitem__)
    return {"p": p, "known": model.known_words(x), "evidence": {best: model.evidence(x, best, 5)}}


def replay(path: Path, label: str, row: dict | None, me: tuple[str, ...] = ()) -> dict:
    """The rules' kind and reading of one mail, the model's, and today's weighing of them."""
    r = read(parse_message(path.read_bytes()), me, None)
    reasons = reading_notes(r)
    kind, extra = decide(r, reasons)
    row = row or _shipped_row(kindmodel.features(r))
    weighed = list(reasons)
    final, _ = weighing.weigh(r, kind, dict(extra), weighed, _Held(row))
    best = max(row["p"], key=row["p"].__getitem__)
    return {
        "file": str(path.relative_to(path.parents[1])),
        "label": label,
        "rules": kind,
        "reading": _split(weighing.reading_of(reasons), reasons),
        "model": best,
        "p": row["p"][best],
        "final": final,
        "asked": any(w.startswith("model:") for w in weighed[len(reasons) :]),
        "words": row["evidence"].get(best, [])[:3],
    }


def _labels(folder: Path) -> dict[str, str]:
    if (folder / "labels.json").is_file():
        return {f: v["kind"] for f, v in json.loads((folder / "labels.json").read_text()).items()}
    lines = (folder / "expected.tsv").read_text().split("\n")
    return {f"{n}.eml": k for n, k in (line.split() for line in lines if line.strip())}


def _band(p: float) -> int:
    return sum(p >= bar for bar in BANDS)


def _split(reading: str, reasons: list[str]) -> str:
    """The rules' readings that fired, told apart where the table shows them differ."""
    if reading != weighing.FIRED:
        return reading
    if {"personal sender", "casual note without an employer's voice"}.intersection(reasons):
        return "fired: a person's address"
    if any(reason.startswith(("header:List", "header:Precedence")) for reason in reasons):
        return "fired: bulk headers"
    return reading


def table(rows: list[dict]) -> str:
    cells: dict[tuple, Counter] = defaultdict(Counter)
    for d in rows:
        if d["rules"] == d["model"] or not d["asked"]:
            continue
        if d["model"] in weighing.DRAFTING:
            into = "interview_scheduled" if d["model"] == "interview_scheduled" else "an outcome"
        else:
            into = "out of a drafting kind" if d["rules"] in weighing.DRAFTING else "other"
        who = "M" if d["model"] == d["label"] else "R" if d["rules"] == d["label"] else "-"
        cell = cells[(d["reading"], into)]
        cell[(_band(d["p"]), who)] += 1
        cell[(_band(d["p"]), "followed")] += d["final"] == d["model"]
    lines = []
    for (reading, into), cell in sorted(cells.items()):
        shown = []
        for b, name in enumerate(_BAND_NAMES):
            n = sum(cell[(b, w)] for w in "MR-")
            mark = "*" if cell[(b, "followed")] == n else "~" if cell[(b, "followed")] else " "
            said = f"{cell[(b, 'M')]}/{cell[(b, 'R')]}/{cell[(b, '-')]}{mark}" if n else "."
            shown.append(f"{name} {said:7}")
        lines.append(f"{reading:26} {into:24} " + " ".join(shown))
    return "\n".join(lines)


def main() -> None:
    folds = json.loads(Path(sys.argv[1]).read_text())
    rows = [replay(FIXTURES / r["set"] / r["file"], r["kind"], r) for r in folds["rows"]]
    for arg in sys.argv[2:]:
        folder, me = arg.rsplit(":", 1)
        for name, kind in sorted(_labels(Path(folder)).items()):
            rows.append(replay(Path(folder) / name, kind, None, (me,)))
    print("rules' reading             model's kind (by band: right M/R/-; * followed, ~ partly)")
    print(table(rows))
    print("\nwrong where the model decided:")
    for d in rows:
        if d["final"] == d["model"] != d["rules"] and d["model"] != d["label"]:
            print(f"  {d['file']:50} {d['reading']:20} {d['rules']} -> {d['model']} {d['p']:.2f}")


if __name__ == "__main__":
    main()
