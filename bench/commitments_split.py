"""Commitments on the fresh labelled notes of tests/data/fields/commitments.jsonl, per split.

python bench/commitments_split.py [--split tune|held] [--errors]

The notes are read by the offline engine over the sample company's master data (tests/data/sample);
a note's commitments are compared as the scorer does, by the multiset of their due dates. --errors
lists the notes that differ (only for the tune split: the held split's items stay unread).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTES = ROOT / "tests/data/fields/commitments.jsonl"
SAMPLE = ROOT / "tests/data/sample"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=["tune", "held"], default="tune")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    if args.errors and args.split == "held":
        raise SystemExit("the held split's items are not read one by one")
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-fields-")

    from memory.accounts.masterdata import import_files
    from memory.base.db import open_database
    from memory.extract.lexicon import load_lexicon
    from memory.notes.engines import offline_extractor

    db = open_database()
    with db.session() as session:
        files = [SAMPLE / f for f in ("catalog.yaml", "customers.csv", "reps.csv")]
        import_files(session=session, paths=files)
    with db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())
    rows = [json.loads(line) for line in NOTES.read_text("utf-8").splitlines() if line.strip()]
    hit = found = gold_n = 0
    for row in (r for r in rows if r["split"] == args.split):
        record = engine.extract(row["text"], date=dt.date.fromisoformat(row["date"])).record
        pred = Counter(c.due.isoformat() if c.due else None for c in record.commitments)
        gold = Counter(c["due"] for c in row["gold"]["commitments"])
        hit += sum((pred & gold).values())
        found += sum(pred.values())
        gold_n += sum(gold.values())
        if args.errors and pred != gold:
            found_here = [(c.text, c.due) for c in record.commitments]
            print(row["id"], row["text"], "| gold", dict(gold), "| found", found_here)
    p = hit / found if found else 1.0
    r = hit / gold_n if gold_n else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"commitments {args.split}: F1 {f1:.3f} P {p:.2f} R {r:.2f} (gold {gold_n}, found {found})")


if __name__ == "__main__":
    main()
