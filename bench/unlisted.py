"""Accounts nobody listed: every note whose gold account is not in its company's master data, and how
the offline engine reads its four customer fields (name, matched, type, area).

python bench/unlisted.py [FOLDER…] [--errors]

Default folders: every readable company (bench/labelled.py) and the dev set. Per company: the notes
with an unlisted gold account and how many have all four fields right; --errors prints the wrong ones
(readable companies only). Each folder is read in a process of its own (one KEQING_HOME each).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from bench.labelled import COMPANIES, READABLE_COMPANIES, engine_for, rows_in_own_process

ROOT = Path(__file__).resolve().parents[1]


def _read(folder: Path, errors: bool) -> None:
    """Print one line per unlisted note: right or wrong, and with --errors what was read."""
    engine = engine_for(folder, "keqing-unlisted-")
    for line in (folder / "notes.jsonl").read_text("utf-8").splitlines():
        note = json.loads(line)
        gold = note["gold"]["customer"]
        if gold.get("matched"):
            continue
        day = dt.date.fromisoformat(note["date"])
        read = engine.extract(note["text"], date=day, rep=note["rep"]).record.customer
        got = [read.name, read.matched, read.type, read.area] if read else [None, False, None, None]
        want = [gold.get("name"), False, gold.get("type"), gold.get("area")]
        row = {"id": note["id"], "right": got == want}
        if errors and got != want:
            row |= {"want": want, "got": got}
        print(json.dumps(row, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="print the wrong readings (readable only)")
    parser.add_argument("--read", type=Path, help=argparse.SUPPRESS)  # one folder, in its own process
    args = parser.parse_args()
    if args.read:
        _read(args.read, args.errors)
        return
    folders = args.folders or [ROOT / folder for folder in COMPANIES]
    total = right = 0
    for folder in folders:
        readable = folder.name == "dev" or folder.name in READABLE_COMPANIES
        if args.errors and not readable:
            parser.error(f"--errors reads items: {folder.name} is not readable")
        rows = rows_in_own_process(__file__, "--read", str(folder), *(["--errors"] if args.errors else []))
        hits = sum(r["right"] for r in rows)
        total, right = total + len(rows), right + hits
        print(f"{folder.name:22} unlisted {len(rows):3}  all four right {hits:3}")
        for r in rows if args.errors else []:
            if not r["right"]:
                print(f"   {r['id']} want {r['want']} got {r['got']}")
    print(f"all: unlisted {total}, all four right {right}")


if __name__ == "__main__":
    main()
