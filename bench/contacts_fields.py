"""Contacts and birthdays on the fresh labelled examples of tests/data/fields/contacts.jsonl, per split.

python bench/contacts_fields.py [--errors]

The dev set's master data is imported into a temp KEQING_HOME, the examples go through
`keqing extract --jsonl`, and each split is scored as the scorer scores these fields: the multiset of
(surname, role) per note for contacts, of (surname, MM-DD) for birthdays, as precision, recall and F1.
--errors lists the misses of the tune split only: the held split's items stay unread.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench.score import _home, _keqing, _write

ROOT = Path(__file__).resolve().parents[1]
Key = Callable[[dict], Counter]
FIELDS: dict[str, Key] = {
    "contacts": lambda r: Counter((c.get("surname"), c.get("role")) for c in r.get("contacts") or []),
    "birthdays": lambda r: Counter(
        (c.get("surname"), c.get("birthday")) for c in r.get("contacts") or [] if c.get("birthday")
    ),
}


def _f1(pairs: list[tuple[Counter, Counter]]) -> str:
    hit = sum(sum((g & p).values()) for g, p in pairs)
    gold, pred = sum(sum(g.values()) for g, _ in pairs), sum(sum(p.values()) for _, p in pairs)
    precision, recall = hit / pred if pred else 1.0, hit / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{f1:.3f}  P={precision:.2f} R={recall:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--errors", action="store_true", help="list the tune split's misses")
    args = parser.parse_args()
    path = ROOT / "tests/data/fields/contacts.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="keqing-contacts-") as tmp:
        work = Path(tmp)
        home = _home(ROOT / "tests/data/dev", work, "home")
        notes = _write(work / "in.jsonl", [{k: r[k] for k in ("id", "date", "text")} for r in rows])
        _keqing(home, "extract", "--jsonl", str(notes), "--out", str(work / "out.jsonl"))
        lines = (work / "out.jsonl").read_text("utf-8").splitlines()
        predicted = {p["id"]: p.get("record", p) for p in map(json.loads, lines)}
    for split in ("tune", "held"):
        chosen = [r for r in rows if r["split"] == split]
        for field, key in FIELDS.items():
            pairs = [(key(r["gold"]), key(predicted[r["id"]])) for r in chosen]
            print(f"{split} {field:10} {_f1(pairs)}  ({len(chosen)} notes)")
        if args.errors and split == "tune":
            for row in chosen:
                gold, pred = row["gold"]["contacts"], predicted[row["id"]].get("contacts") or []
                if any(key(row["gold"]) != key(predicted[row["id"]]) for key in FIELDS.values()):
                    print(f"  {row['id']} {row['text']}")
                    print(f"     gold {[(c['name'], c['role'], c['birthday']) for c in gold]}")
                    print(f"     pred {[(c['name'], c['role'], c.get('birthday')) for c in pred]}")


if __name__ == "__main__":
    main()
