"""Counts only, for a blind set: how a date field's predictions disagree with gold, never which notes.

python bench/field_counts.py tests/data/companies/NAME [--field next_visit]

Prints right / gold date but none predicted / both dated but different / gold null but a date
predicted: enough to tell whether recall or precision is short without reading a single item.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench.score import _home, _keqing, _write


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--field", default="next_visit")
    args = parser.parse_args()
    folder = args.folder.resolve()
    rows = [
        json.loads(line) for line in (folder / "notes.jsonl").read_text("utf-8").splitlines() if line.strip()
    ]
    with tempfile.TemporaryDirectory(prefix="keqing-counts-") as tmp:
        work = Path(tmp)
        home = _home(folder, work, "home")
        notes = _write(work / "in.jsonl", [{k: r[k] for k in ("id", "date", "rep", "text")} for r in rows])
        out = work / "out.jsonl"
        _keqing(home, "extract", "--jsonl", str(notes), "--out", str(out))
        predicted = {
            p["id"]: p.get("record", p) for p in map(json.loads, out.read_text("utf-8").splitlines())
        }
    counts = {"right": 0, "missed": 0, "different": 0, "extra": 0}
    for row in rows:
        gold, got = row["gold"].get(args.field), predicted[row["id"]].get(args.field)
        key = (
            "right" if gold == got else "missed" if got is None else "extra" if gold is None else "different"
        )
        counts[key] += 1
    print(f"{folder.name} {args.field}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
