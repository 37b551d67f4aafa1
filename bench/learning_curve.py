"""The learning curve of every company, both ways, per field, through the real CLI.

python bench/learning_curve.py [FOLDER…] [--jobs 2] [--keep DIR]

For each company folder (default: every tune company of tests/data/companies) the notes are split
in two halves by their order in the file. A→B: the first half is confirmed with its gold records
(`keqing note --jsonl --yes`, lines carrying "record") in a fresh home, then the second half is
extracted there; B→A: the other way round. Each is scored (`../shared/tools/score_extract.py`)
against the same half extracted in a home where nothing was confirmed. Printed: per company the
overall before → after both ways, then a table of the per-field gains (fields that moved only).
--keep DIR keeps the predictions (plain.pred.jsonl, ab.pred.jsonl, ba.pred.jsonl per company).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bench.score import DEFAULT_SCORER, _home, _keqing, _write, extracted, records

ROOT = Path(__file__).resolve().parents[1]
COMPANIES = ROOT / "tests/data/companies"
# held-out set 5 is written blind by others: never scored here
DEFAULT = (
    "qinghe",
    "tune_minghe",
    "tune_songbei",
    "heldout2_yikang",
    "heldout_beiyuan",
    "heldout3_guikang",
    "heldout4_shuchuan",
)


def _scorer(path: Path) -> Callable[..., dict[str, Any]]:
    spec = importlib.util.spec_from_file_location("score_extract", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score  # type: ignore[no-any-return]


def _figures(
    score: Callable[..., dict[str, Any]], rows: list[dict], pred: dict[str, dict]
) -> dict[str, float]:
    result = score({r["id"]: r for r in rows}, {i: {"record": pred[i]} for i in pred})
    return {name: f["score"] for name, f in result["fields"].items()} | {"overall": result["overall"]}


def _taught(
    folder: Path, work: Path, name: str, confirmed: list[dict], scored: list[dict]
) -> dict[str, dict]:
    home = _home(folder, work, name)
    lines = [{k: r[k] for k in ("id", "date", "rep", "text")} | {"record": r["gold"]} for r in confirmed]
    _keqing(home, "note", "--jsonl", str(_write(work / f"{name}.confirm.jsonl", lines)), "--yes")
    return records(extracted(home, scored, work, name))


def company(folder: Path, scorer: Path, keep: Path | None) -> dict[str, Any]:
    rows = [
        json.loads(line) for line in (folder / "notes.jsonl").read_text("utf-8").splitlines() if line.strip()
    ]
    half = len(rows) // 2
    first, second = rows[:half], rows[half:]
    score = _scorer(scorer)
    with tempfile.TemporaryDirectory(prefix="keqing-curve-") as tmp:
        work = Path(tmp)
        plain = records(extracted(_home(folder, work, "plain"), rows, work, "plain"))
        ab = _taught(folder, work, "ab", first, second)
        ba = _taught(folder, work, "ba", second, first)
        if keep is not None:
            target = keep / folder.name
            target.mkdir(parents=True, exist_ok=True)
            for name in ("plain", "ab", "ba"):
                shutil.copy(work / f"{name}.pred.jsonl", target / f"{name}.pred.jsonl")
    return {
        "name": folder.name,
        "ab": (_figures(score, second, plain), _figures(score, second, ab)),
        "ba": (_figures(score, first, plain), _figures(score, first, ba)),
    }


def _report(results: list[dict[str, Any]]) -> None:
    for r in results:
        ways = [
            f"{way} {before['overall']:.3f} → {after['overall']:.3f} "
            f"({after['overall'] - before['overall']:+.3f})"
            for way, (before, after) in (("A→B", r["ab"]), ("B→A", r["ba"]))
        ]
        print(f"{r['name']:18} " + "   ".join(ways))
    fields = [f for f in results[0]["ab"][0] if f != "overall"]
    print(f"\n{'field':20}" + "".join(f"{r['name'][-8:]:>16}" for r in results))
    for field in fields:
        cells = []
        for r in results:
            gains = [after[field] - before[field] for before, after in (r["ab"], r["ba"])]
            cells.append("" if not any(abs(g) > 1e-9 for g in gains) else f"{gains[0]:+.3f}/{gains[1]:+.3f}")
        if any(cells):
            print(f"{field:20}" + "".join(f"{c:>16}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", type=Path, nargs="*")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="keep the predictions under this folder")
    args = parser.parse_args()
    folders = [f.resolve() for f in args.folders] or [COMPANIES / name for name in DEFAULT]
    keep = args.keep.resolve() if args.keep else None
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(company, folders, [args.scorer] * len(folders), [keep] * len(folders)))
    _report(results)


if __name__ == "__main__":
    main()
