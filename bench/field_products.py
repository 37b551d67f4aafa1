"""Products on the fresh labelled examples of tests/data/fields/products.jsonl, per split.

python bench/field_products.py [--errors]

The dev set's master data is imported into a temp KEQING_HOME, the examples go through
`keqing extract --jsonl`, and each split is scored as the company scorer scores products: micro
precision/recall/F1 over the multiset of (name, kind, quantity) per note. --errors lists the misses,
and only for the tune split: the held split's items stay unread until the work is done.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from bench.score import _home, _keqing, _write

ROOT = Path(__file__).resolve().parents[1]
Line = tuple[str, str, float | None]


def _lines(record: dict) -> Counter[Line]:
    return Counter(
        (p["name"], p["kind"], None if p.get("quantity") is None else float(p["quantity"]))
        for p in record.get("products") or []
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--errors", action="store_true", help="list the tune split's misses")
    args = parser.parse_args()
    path = ROOT / "tests/data/fields/products.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="keqing-fields-") as tmp:
        work = Path(tmp)
        home = _home(ROOT / "tests/data/dev", work, "home")
        notes = _write(work / "in.jsonl", [{k: r[k] for k in ("id", "date", "text")} for r in rows])
        out = work / "out.jsonl"
        _keqing(home, "extract", "--jsonl", str(notes), "--out", str(out))
        predicted = {
            p["id"]: p.get("record", p) for p in map(json.loads, out.read_text("utf-8").splitlines())
        }
    for split in ("tune", "held"):
        tp = fp = fn = 0
        for row in (r for r in rows if r["split"] == split):
            gold, got = _lines(row["gold"]), _lines(predicted[row["id"]])
            tp += sum((gold & got).values())
            fp += sum((got - gold).values())
            fn += sum((gold - got).values())
            if gold != got and args.errors and split == "tune":
                print(
                    f"  {row['id']} {row['text']}\n     missing {dict(gold - got)} extra {dict(got - gold)}"
                )
        precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"products {split}: F1 {f1:.3f}  P={precision:.2f} R={recall:.2f}")


if __name__ == "__main__":
    main()
