"""The compliance check on tests/data/compliance: precision and recall per kind on one split, and the
check's time per note. Prints summary figures only (the held-out split's items stay unread).

python bench/compliance.py [--split tune|heldout|heldout2…heldout8|fresh23|fresh25|fresh26|fresh27]
                           [--part tune|held] [--errors]

--errors prints each missed and each unlabelled finding, for tune data only (TUNE_SPLITS): a held-out
split's items stay unread. --part keeps the notes whose id holds that marker (fresh23: f23tune…,
f23held…); its held part is scored like a held-out split.

A finding counts when its kind matches a labelled finding of the note and their spans overlap (the
set's README); each labelled finding is matched at most once. Product: of the matched findings, how
many name the labelled product (or none where the label has none).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.readable import readable

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests/data/compliance"
KINDS = ("adverse_event", "inducement", "off_label", "personal_data")


def _overlap(note: str, a: str, b: str) -> bool:
    i, j = note.find(a), note.find(b)
    return i < j + len(b) and j < i + len(a)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="tune", help="tune, heldout, or a set file's name (heldout2…)")
    parser.add_argument("--part", choices=("tune", "held"), help="only the notes whose id holds this marker")
    parser.add_argument("--errors", action="store_true", help="print misses and false findings (tune only)")
    args = parser.parse_args()
    if args.errors and not readable(args.split, args.part or ""):
        parser.error(
            "--errors reads items: only for the readable sets of bench/readable.py (fresh sets: --part tune)"
        )
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-bench-")

    from memory.accounts.masterdata import import_files
    from memory.base.db import open_database
    from memory.extract.lexicon import load_lexicon
    from memory.extract.text import normalize
    from memory.notes.engines import offline_extractor

    db = open_database()
    with db.session() as session:
        dev = ROOT / "tests/data/dev"
        import_files(session=session, paths=[DATA / "catalog.yaml", dev / "customers.csv", dev / "reps.csv"])
    with db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())
    source = DATA / f"{args.split}.jsonl"
    source = source if source.exists() else DATA / "notes.jsonl"
    notes = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    notes = [n for n in notes if n["split"] == args.split and (args.part or "") in n["id"]]

    hits, found, wanted, named = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    for note in notes:
        day = dt.date.fromisoformat(note["date"])
        record = engine.extract(note["text"], date=day, rep=note["rep"]).record
        findings = list(record.compliance)
        found.update(f.kind for f in findings)
        for label in note["findings"]:
            wanted[label["kind"]] += 1
            same = [f for f in findings if f.kind == label["kind"]]
            match = next((f for f in same if _overlap(note["text"], f.text, label["text"])), None)
            if match is not None:
                findings.remove(match)
                hits[label["kind"]] += 1
                named[label["kind"]] += match.product == label["product"]
                if args.errors and match.product != label["product"]:
                    print(f"PRODUCT {note['id']} {label['kind']}: {match.product} for {label['product']}")
            elif args.errors:
                print(f"MISS {note['id']} {label['kind']}: {label['text']}\n     {note['text']}")
        for finding in findings if args.errors else []:
            print(f"FALSE {note['id']} {finding.kind}: {finding.text}")

    prepared = [(c, engine.gazetteer.find(c)) for c in (normalize(n["text"]) for n in notes)]
    started = time.process_time()  # CPU time: a machine shared with other work does not inflate it
    for _ in range(20):
        for clean, mentions in prepared:
            engine.compliance.check(clean, mentions)
    per_note = (time.process_time() - started) * 1000 / (20 * len(prepared))

    print(f"split {args.split}{' part ' + args.part if args.part else ''}: {len(notes)} notes\n")
    print("| kind | labelled | found | precision | recall | product right |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind in KINDS:
        precision = hits[kind] / found[kind] if found[kind] else 0.0
        recall = hits[kind] / wanted[kind] if wanted[kind] else 0.0
        print(
            f"| {kind} | {wanted[kind]} | {found[kind]} | {precision:.2f} | {recall:.2f} | "
            f"{named[kind]}/{hits[kind]} |"
        )
    print(f"\ncompliance check: {per_note:.3f} ms of CPU per note (names already found, 20 rounds)")


if __name__ == "__main__":
    main()
