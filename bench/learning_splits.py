"""Where learning from confirmed records makes a field worse: many random halvings per company.

python bench/learning_splits.py [FOLDER…] [--splits 8] [--seed 27] [--summary]

With --splits 0 the halves are bench/learning_curve.py's (file order, A→B then B→A).

For each company folder (default: every readable company) the notes are split N times at random in
two halves; one half is confirmed with its gold records, the other is scored with what the teacher
(memory/extract/teach.py) learned, against the same half read with nothing learned. Printed per
company: the mean overall gain and, per field, the mean gain and the number of splits where the
field went down; per learned kind, the (split, field) losses that vanish when that kind alone is
left out. --summary prints counts only (for check sets: no items, no phrases).

In-process, unlike bench/learning_curve.py (the real CLI): the master data is imported once
through the CLI, then the teacher and the engine run in this process on that master data plus the
accounts the confirmed notes create (as memory/notes/visits.py saves them). What differs from the
CLI: the teacher reads the gold records as confirmed, where the CLI reads the saved visit's record
(the same but for ids and what saving normalises), and the account's contacts table is not kept.
About 30× faster than the CLI path.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.labelled import READABLE_COMPANIES
from bench.learned_kinds import _read, _read_half
from bench.learning_curve import COMPANIES, _figures, _scorer
from bench.score import DEFAULT_SCORER, _home
from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData
from memory.extract.lexicon import Lexicon, load_lexicon
from memory.extract.teach import Example, Phrase, Teacher, taught_engine

EPSILON = 1e-9


def _example(row: dict) -> Example:
    return Example(row["text"], dt.date.fromisoformat(row["date"]), row.get("rep"), row["gold"])


def _with_new_accounts(data: MasterData, confirmed: list[dict]) -> MasterData:
    """The master data with the accounts the confirmed notes created, as saving them does
    (memory/notes/visits.py: an unknown account name becomes a customer of source "note")."""
    rows = list(data.customers)
    known = {row["name"] for row in rows}
    for row in confirmed:
        customer = row["gold"].get("customer") or {}
        name = customer.get("name")
        if name and name not in known:
            known.add(name)
            rows.append(
                {
                    "id": 100000 + len(rows),
                    "name": name,
                    "aliases": [],
                    "type": customer.get("type"),
                    "area": customer.get("area"),
                    "rep": row.get("rep"),
                    "address": None,
                    "source": "note",
                }
            )
    return replace(data, customers=rows)


def one_split(
    score: Callable[..., dict[str, Any]],
    data: MasterData,
    lexicon: Lexicon,
    halves: tuple[list[dict], list[dict]],
    plain: dict[str, dict],
) -> dict[str, Any]:
    """Gains per field of the scored half with everything learned, and with each kind left out."""
    confirmed, scored = halves
    data = _with_new_accounts(data, confirmed)
    phrases = Teacher(data, lexicon, [_example(r) for r in confirmed]).learn()
    before = _figures(score, scored, {r["id"]: plain[r["id"]] for r in scored})

    def gains(kept: list[Phrase]) -> dict[str, float]:
        after = _figures(score, scored, _read_half(taught_engine(data, lexicon, kept), scored))
        return {field: after[field] - before[field] for field in before}

    result = {"all": gains(phrases), "phrases": [(p.section, p.code, p.phrase) for p in phrases]}
    for section in dict.fromkeys(p.section for p in phrases):
        result[f"without {section}"] = gains([p for p in phrases if p.section != section])
    return result


def halvings(count: int, splits: int, seed: int) -> list[tuple[list[int], list[int]]]:
    """(confirmed, scored) indices: the file-order halves both ways when `splits` is 0, else random."""
    half = count // 2
    if splits == 0:
        return [(list(range(half)), list(range(half, count))), (list(range(half, count)), list(range(half)))]
    found = []
    for index in range(splits):
        order = list(range(count))
        random.Random(f"{seed}-{index}").shuffle(order)
        found.append((order[:half], order[half:]))
    return found


def company(folder: Path, splits: int, seed: int, scorer: Path) -> dict[str, Any]:
    rows = [json.loads(line) for line in (folder / "notes.jsonl").read_text("utf-8").splitlines() if line]
    score = _scorer(scorer)
    lexicon = load_lexicon()
    with tempfile.TemporaryDirectory(prefix="keqing-splits-") as tmp:
        data, _ = _read(_home(folder, Path(tmp), "plain"))
    plain = _read_half(OfflineExtractor(data, lexicon), rows)
    results = [
        one_split(score, data, lexicon, ([rows[i] for i in first], [rows[i] for i in second]), plain)
        for first, second in halvings(len(rows), splits, seed)
    ]
    return {"name": folder.name, "splits": results}


def _losses(split: dict[str, Any]) -> list[str]:
    return [f for f, g in split["all"].items() if f != "overall" and g < -EPSILON]


def _blame(split: dict[str, Any]) -> dict[str, int]:
    """Per learned kind, how many of the split's field losses go when that kind is left out."""
    found: dict[str, int] = {}
    for field in _losses(split):
        for key, gains in split.items():
            if key.startswith("without ") and gains[field] > split["all"][field] + EPSILON:
                found[key[8:]] = found.get(key[8:], 0) + 1
    return found


def report(results: list[dict[str, Any]], summary: bool) -> None:
    total_losses, means = 0, []
    for r in results:
        splits = r["splits"]
        mean = sum(s["all"]["overall"] for s in splits) / len(splits)
        means.append(mean)
        losses = sum(len(_losses(s)) for s in splits)
        total_losses += losses
        down = sum(s["all"]["overall"] < -EPSILON for s in splits)
        print(
            f"{r['name']:20} mean gain {mean:+.4f}  overall down {down}/{len(splits)}  field losses {losses}"
        )
        fields = [f for f in splits[0]["all"] if f != "overall"]
        for field in fields:
            gains = [s["all"][field] for s in splits]
            if any(abs(g) > EPSILON for g in gains):
                lower = sum(g < -EPSILON for g in gains)
                print(f"    {field:18} mean {sum(gains) / len(gains):+.4f}  down in {lower}/{len(splits)}")
        blame: dict[str, int] = {}
        for s in splits:
            for kind, n in _blame(s).items():
                blame[kind] = blame.get(kind, 0) + n
        if blame:
            print("    losses removed by leaving out: " + ", ".join(f"{k} {n}" for k, n in blame.items()))
        if not summary:
            for i, s in enumerate(splits):
                blamed = _blame(s)
                for field in _losses(s):
                    learned = [p for p in s["phrases"] if p[0] in blamed]
                    print(f"    split {i}: {field} {s['all'][field]:+.3f}; blamed {learned}")
    print(f"\nall: mean gain {sum(means) / len(means):+.4f}, field losses {total_losses}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", type=Path, nargs="*")
    parser.add_argument("--splits", type=int, default=8, help="0: the file-order halves, A→B and B→A")
    parser.add_argument("--seed", type=int, default=27)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--summary", action="store_true", help="counts only (check sets)")
    args = parser.parse_args()
    folders = [f.resolve() for f in args.folders] or [COMPANIES / name for name in READABLE_COMPANIES]
    report([company(f, args.splits, args.seed, args.scorer) for f in folders], args.summary)


if __name__ == "__main__":
    main()
