"""The ceiling of learning from confirmed records: how many of the scored half's errors a confirmed
note of the same company shows the right reading for.

python bench/learning_ceiling.py [FOLDER…]

For each company folder (default: the newer companies, bench/labelled.py NEWER), both ways as
bench/learning_curve.py splits them (file order; A→B, B→A), the scored half is read with nothing
learned and each field's errors (memory/extract/agreement.py units) are counted, with how many of
them a confirmed note could teach:
- an account-level fact (customer name / type / area, supplier, payment terms, restock cycle): a
  confirmed note of the same account whose record gives the same value;
- a contact (surname, role) missed: a confirmed note of the same account naming that person in it;
- a product or competitor missed: a confirmed note whose record names it where the engine missed it
  too (a correction the learner sees);
- a need missed: a confirmed note where the engine missed the same need.
Fields with no such evidence (sentiment, dates, commitments) count errors only. Then the same
after learning from the confirmed half. In-process (bench/learning_splits.py's way).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from bench.labelled import NEWER
from bench.learned_kinds import _read, _read_half
from bench.learning_curve import COMPANIES
from bench.learning_splits import _example, _with_new_accounts
from bench.score import _home
from memory.extract.agreement import LISTS, SCALARS, field_errors
from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData
from memory.extract.lexicon import Lexicon, load_lexicon
from memory.extract.teach import Teacher, taught_engine

ACCOUNT_FACTS = ("customer.name", "customer.type", "customer.area", "supplier", "payment_terms")
ACCOUNT_FACTS += ("restock_cycle_days",)
Row = dict[str, Any]


def _account(row: Row) -> Any:
    return (row["gold"].get("customer") or {}).get("name")


def _missed(field: str, gold: Row, pred: Row) -> Counter[Any]:
    return LISTS[field](gold) - LISTS[field](pred)


def _shown(field: str, row: Row, pred: Row, confirmed: list[tuple[Row, Row]]) -> int:
    """How many of the row's errors in `field` a confirmed note (row, its plain reading) shows."""
    gold = row["gold"]
    if field in ACCOUNT_FACTS:
        value = SCALARS[field](gold)
        same = [c for c, _ in confirmed if _account(c) == _account(row) and _account(row)]
        return int(value not in (None, "None") and any(SCALARS[field](c["gold"]) == value for c in same))
    if field == "contacts":
        known = {
            (p.get("surname"), p.get("role"))
            for c, _ in confirmed
            if _account(c) == _account(row)
            for p in c["gold"].get("contacts") or []
        }
        return sum(n for item, n in _missed(field, gold, pred).items() if item in known)
    if field in ("product_names", "competitors", "needs"):
        corrected: set[Any] = set()
        for c, plain in confirmed:
            corrected |= set(_missed(field, c["gold"], plain))
        return sum(n for item, n in _missed(field, gold, pred).items() if item in corrected)
    if field == "products":
        corrected_names = {item[0] for c, plain in confirmed for item in _missed(field, c["gold"], plain)}
        return sum(n for item, n in _missed(field, gold, pred).items() if item[0] in corrected_names)
    return 0


def way(
    data: MasterData, lexicon: Lexicon, halves: tuple[list[Row], list[Row]], plain: dict[str, Row]
) -> dict[str, list[int]]:
    """Per field: [errors, of them shown by a confirmed note] with nothing learned, then the same
    with what the teacher learned from the confirmed half (as bench/learning_splits.py builds it)."""
    confirmed, scored = halves
    pairs = [(c, plain[c["id"]]) for c in confirmed]
    data = _with_new_accounts(data, confirmed)
    phrases = Teacher(data, lexicon, [_example(r) for r in confirmed]).learn()
    taught = _read_half(taught_engine(data, lexicon, phrases), scored)
    found: dict[str, list[int]] = {}
    for row in scored:
        for at, pred in ((0, plain[row["id"]]), (2, taught[row["id"]])):
            for field, count in field_errors(row["gold"], pred).items():
                cell = found.setdefault(field, [0, 0, 0, 0])
                cell[at] += count
                cell[at + 1] += _shown(field, row, pred, pairs) if count else 0
    return found


def company(folder: Path) -> dict[str, Any]:
    rows = [json.loads(line) for line in (folder / "notes.jsonl").read_text("utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory(prefix="keqing-ceiling-") as tmp:
        data, _ = _read(_home(folder, Path(tmp), "plain"))
    lexicon = load_lexicon()
    plain = _read_half(OfflineExtractor(data, lexicon), rows)
    half = len(rows) // 2
    return {
        "name": folder.name,
        "ab": way(data, lexicon, (rows[:half], rows[half:]), plain),
        "ba": way(data, lexicon, (rows[half:], rows[:half]), plain),
    }


def report(results: list[dict[str, Any]]) -> None:
    fields = list(results[0]["ab"])
    print(f"{'field':20}" + "".join(f"{r['name'][-9:]:>22}" for r in results) + f"{'all':>22}")
    for field in fields:
        cells, total = [], [0, 0, 0, 0]
        for r in results:
            ab, ba = r["ab"][field], r["ba"][field]
            total = [t + a + b for t, a, b in zip(total, ab, ba, strict=True)]
            cells.append(f"{ab[1]}/{ab[0]}→{ab[2]} {ba[1]}/{ba[0]}→{ba[2]}")
        if total[0] or total[2]:
            cells.append(f"{total[1]}/{total[0]}→{total[2]} ({total[3]})")
            print(f"{field:20}" + "".join(f"{c:>22}" for c in cells))
    print(
        "\ncells: shown/errors → errors after learning, A→B then B→A (units of"
        " memory/extract/agreement.py); all: (errors after learning still shown)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", type=Path, nargs="*")
    args = parser.parse_args()
    folders = [f.resolve() for f in args.folders] or [COMPANIES / name for name in NEWER]
    report([company(folder) for folder in folders])


if __name__ == "__main__":
    main()
