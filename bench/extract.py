"""Extraction speed: notes per second for `extract` (one process, one core) and for `note` with writes.

python bench/extract.py [--notes 10000] [--dataset tests/data/dev]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from notes_gen import generate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    dev = Path(__file__).resolve().parents[1] / "tests/data/dev"
    parser.add_argument("--dataset", type=Path, default=dev)
    args = parser.parse_args()
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-bench-")

    from memory.accounts.masterdata import import_files
    from memory.base.db import open_database
    from memory.notes.engines import offline_extractor
    from memory.notes.intake import NoteIntake

    notes = generate(args.dataset, args.notes)
    db = open_database()
    with db.session() as session:
        import_files(session=session, paths=[args.dataset / "catalog.yaml", args.dataset / "customers.csv"])
    started = time.perf_counter()
    with db.session() as session:
        engine = offline_extractor(session=session)
    build = time.perf_counter() - started
    engine.extract("预热 warm-up", date=dt.date(2026, 1, 1))

    started = time.perf_counter()
    for note in notes:
        engine.extract(note["text"], date=dt.date.fromisoformat(note["date"]), rep=note["rep"])
    extract_seconds = time.perf_counter() - started

    intake = NoteIntake(db)
    started = time.perf_counter()
    for note in notes:
        taken = intake.take(
            text=note["text"], note_date=dt.date.fromisoformat(note["date"]), rep=note["rep"], channel="cli"
        )
        intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)
    note_seconds = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"notes: {len(notes)} generated from {args.dataset.name} master data; SQLite in a temp dir\n")
    print("| step | notes/s | ms/note |")
    print("|---|---:|---:|")
    print(
        f"| extract (offline engine, 1 process) | {len(notes) / extract_seconds:,.0f} | "
        f"{1000 * extract_seconds / len(notes):.2f} |"
    )
    print(
        f"| note (raw note + extract + save visit) | {len(notes) / note_seconds:,.0f} | "
        f"{1000 * note_seconds / len(notes):.2f} |"
    )
    print(f"\nengine build from master data: {1000 * build:.0f} ms; peak RSS {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
