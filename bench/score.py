"""Extraction quality of a data folder through the real CLI, and the learning curve.

python bench/score.py tests/data/companies/qinghe [--scorer ../shared/tools/score_extract.py] [--learn]

The folder's master data is imported into a temp KEQING_HOME with `keqing import`, its notes go
through `keqing extract --jsonl`, and the scorer (outside the repo; only its summary lines are
printed: one per field and the overall) scores the predictions against the gold records.

With --learn the notes are split in two halves by their order in the file: the first half is
confirmed with its gold records (`keqing note --jsonl --yes`, lines carrying "record"), then the
second half is scored, against the second half scored in a home where nothing was confirmed.

--errors FIELD lists the notes a field gets wrong (tune data only); --counts FIELD says how a
scalar field is wrong as counts alone (right / missed / different / extra), fit for a blind set.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.labelled import READABLE_COMPANIES
from memory.extract.agreement import LISTS, SCALARS, field_errors

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCORER = ROOT.parent / "shared/tools/score_extract.py"


def _keqing(home: Path, *args: str) -> str:
    env = {**os.environ, "KEQING_HOME": str(home), "KEQING_LLM": "offline", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"keqing {args[0]} failed: {done.stderr.strip()[-500:]}")
    return done.stdout


def _home(folder: Path, work: Path, name: str) -> Path:
    home = work / name
    home.mkdir()
    files = [folder / f for f in ("catalog.yaml", "customers.csv", "reps.csv") if (folder / f).exists()]
    _keqing(home, "import", *map(str, files))
    return home


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def extracted(home: Path, rows: list[dict], work: Path, label: str) -> Path:
    """`rows` through `keqing extract --jsonl` in `home`; the file of predicted lines."""
    notes = _write(
        work / f"{label}.in.jsonl",
        [{k: r[k] for k in ("id", "date", "rep", "text") if k in r} for r in rows],
    )
    pred = work / f"{label}.pred.jsonl"
    _keqing(home, "extract", "--jsonl", str(notes), "--out", str(pred))
    return pred


def records(pred: Path) -> dict[str, dict]:
    return {line["id"]: line["record"] for line in map(json.loads, pred.read_text("utf-8").splitlines())}


def _score(scorer: Path, home: Path, rows: list[dict], work: Path, label: str) -> list[str]:
    """Extract `rows` in `home` and return the scorer's summary lines (per field and overall)."""
    gold = _write(work / f"{label}.gold.jsonl", rows)
    pred = extracted(home, rows, work, label)
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(pred)], capture_output=True, text=True, check=True
    )
    return [line for line in done.stdout.splitlines() if not line.startswith("  ")]


def _print_errors(rows: list[dict], pred: Path, field: str) -> None:
    got = records(pred)
    get = {**SCALARS, **LISTS}[field]
    for row in rows:
        if field_errors(row["gold"], got[row["id"]])[field]:
            print(f"  {row['id']} gold {get(row['gold'])} got {get(got[row['id']])}\n    {row['text']}")


def _print_counts(rows: list[dict], pred: Path, field: str) -> None:
    """Counts only, fit for a blind set: right, missed (gold set, none predicted), different, extra."""
    got = records(pred)
    counts = {"right": 0, "missed": 0, "different": 0, "extra": 0}
    for row in rows:
        want, found = row["gold"].get(field), got[row["id"]].get(field)
        key = (
            "right"
            if want == found
            else "missed"
            if found is None
            else "extra"
            if want is None
            else "different"
        )
        counts[key] += 1
    print(f"{field}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def _overall(lines: list[str]) -> float:
    return float(lines[-1].split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, nargs="?", default=ROOT / "tests/data/dev")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--learn", action="store_true", help="also measure the learning curve")
    parser.add_argument(
        "--errors", metavar="FIELD", help="print the notes a field gets wrong (tune data only)"
    )
    parser.add_argument("--counts", metavar="FIELD", help="how a scalar field is wrong, as counts only")
    args = parser.parse_args()
    folder = args.folder.resolve()
    # a blind company's items stay unread: its errors only as counts
    if args.errors and folder.parent.name == "companies" and folder.name not in READABLE_COMPANIES:
        parser.error(f"--errors reads items: {folder.name} is not in bench/labelled.py's readable companies")
    rows = [
        json.loads(line) for line in (folder / "notes.jsonl").read_text("utf-8").splitlines() if line.strip()
    ]
    with tempfile.TemporaryDirectory(prefix="keqing-score-") as tmp:
        work = Path(tmp)
        plain = _home(folder, work, "plain")
        print(f"{folder.name}: {len(rows)} notes")
        print("\n".join(_score(args.scorer, plain, rows, work, "all")))
        if args.errors:
            _print_errors(rows, work / "all.pred.jsonl", args.errors)
        if args.counts:
            _print_counts(rows, work / "all.pred.jsonl", args.counts)
        if not args.learn:
            return
        half = len(rows) // 2
        first, second = rows[:half], rows[half:]
        before = _score(args.scorer, plain, second, work, "second-plain")
        taught = _home(folder, work, "taught")
        confirmed = [{k: r[k] for k in ("id", "date", "rep", "text")} | {"record": r["gold"]} for r in first]
        _keqing(taught, "note", "--jsonl", str(_write(work / "confirm.jsonl", confirmed)), "--yes")
        after = _score(args.scorer, taught, second, work, "second-taught")
        print(f"\nlearning curve: {len(first)} confirmed, {len(second)} scored")
        print(f"{'field':20} {'before':>6} {'after':>6}")
        for b, a in zip(before[1:-1], after[1:-1], strict=True):
            print(f"{b.split()[0]:20} {float(b.split()[1]):6.3f} {float(a.split()[1]):6.3f}")
        print(f"overall second half: {_overall(before):.3f} -> {_overall(after):.3f}")


if __name__ == "__main__":
    main()
