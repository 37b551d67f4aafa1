"""One field's score on the fresh labelled examples of tests/data/fields/<field>.jsonl, per split.

python bench/fields.py FIELD [--split NAME] [--master tests/data/dev] [--errors]

Each line is {"id", "date", "text", "gold": {only the field(s) written for}, "split": "tune"|"held"…}.
The master data folder is imported into a temp KEQING_HOME, the examples go through `keqing extract
--jsonl`, and the metric fields that read the gold's keys (contacts → contacts and birthdays,
products → products and product_names…) are scored as the extraction metric scores them
(memory/extract/agreement.py). Without --split it scores the tune splits (tune, tune25…); a held
split (held, held24, held25…) is scored only when named, once before and once after a change.
--errors lists the misses of the tune splits only: the held splits' items stay unread.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from bench.score import _home, extracted, records
from memory.extract.agreement import LISTS, SCALARS, field_errors, score

ROOT = Path(__file__).resolve().parents[1]
# metric fields read from a record key other than their own name
_READS = {"birthdays": "contacts", "product_names": "products"}


def _metric_fields(gold: dict[str, Any]) -> list[str]:
    return [n for n in [*SCALARS, *LISTS] if _READS.get(n, n.split(".")[0]) in gold]


def _predicted(rows: list[dict[str, Any]], master: Path) -> dict[str, dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="keqing-fields-") as tmp:
        work = Path(tmp)
        return records(extracted(_home(master, work, "home"), rows, work, "fields"))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("field")
    parser.add_argument("--master", type=Path, default=ROOT / "tests/data/dev")
    parser.add_argument("--errors", action="store_true", help="list the tune split's misses")
    # a held split is scored only when named, so that tuning runs do not show its figure each time
    parser.add_argument("--split", help="score this split only (default: the tune splits)")
    args = parser.parse_args()
    path = ROOT / "tests/data/fields" / f"{args.field}.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["split"] == args.split or (not args.split and r["split"].startswith("tune"))]
    if not rows:
        parser.error(f"no examples in split {args.split!r}")
    predicted = _predicted(rows, args.master.resolve())
    for split in dict.fromkeys(r["split"] for r in rows):  # tune, tune25, … or the one named
        chosen = [r for r in rows if r["split"] == split]
        fields = _metric_fields(chosen[0]["gold"])
        pairs = [(r["gold"], predicted[r["id"]]) for r in chosen]
        scores = score(pairs)
        figures = "  ".join(f"{name} {scores[name]:.3f}" for name in fields)
        print(f"{args.field} {split} ({len(chosen)} notes): {figures}")
        for row, (gold, pred) in zip(chosen, pairs, strict=True):
            wrong = [n for n, e in field_errors(gold, pred).items() if e and n in fields]
            if args.errors and split.startswith("tune") and wrong:
                print(f"  {row['id']} {row['text']}\n    gold {gold}\n    got  {_only(pred, gold)}")


def _only(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    return {key: record.get(key) for key in gold}


if __name__ == "__main__":
    main()
