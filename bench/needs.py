"""Needs (the set of codes per note, micro P/R/F1) of company folders, through the real CLI.

python bench/needs.py tests/data/companies/qinghe [more folders…] [--errors]

A folder's master data is imported into a temp KEQING_HOME (`keqing import`) and its notes.jsonl goes
through `keqing extract --jsonl`, as bench/score.py does. --errors prints each wrong note (tune data
only: never on a held-out set). The fresh examples of tests/data/fields/needs.jsonl: bench/fields.py.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench.score import _home, _keqing, _write


def _predict(folder: Path, rows: list[dict], work: Path) -> dict[str, list[str]]:
    home = _home(folder, work, "home")
    notes = _write(
        work / "in.jsonl", [{"rep": "", **{k: r[k] for k in ("id", "date", "text")}} for r in rows]
    )
    out = work / "pred.jsonl"
    _keqing(home, "extract", "--jsonl", str(notes), "--out", str(out))
    preds = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line.strip()]
    return {p["id"]: (p.get("record") or p).get("needs") or [] for p in preds}


def _f1(rows: list[dict], predicted: dict[str, list[str]], errors: bool) -> str:
    tp = fp = fn = 0
    for row in rows:
        gold, got = set(row["gold"]["needs"]), set(predicted.get(row["id"], []))
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
        if errors and gold != got:
            print(f"  {row['id']} gold={sorted(gold)} got={sorted(got)} {row['text'][:160]}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"F1 {f:.3f} (P {p:.3f} R {r:.3f}, tp {tp} fp {fp} fn {fn})"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", type=Path, nargs="+", help="company folders")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    for path in args.paths:
        folder = path.resolve()
        notes = (folder / "notes.jsonl").read_text("utf-8").splitlines()
        rows = [json.loads(line) for line in notes if line.strip()]
        with tempfile.TemporaryDirectory(prefix="keqing-needs-") as tmp:
            predicted = _predict(folder, rows, Path(tmp))
        print(f"{folder.name:20} {len(rows):4} notes  {_f1(rows, predicted, args.errors)}")


if __name__ == "__main__":
    main()
