"""The relevance gate, leave one split out: its thresholds fitted on the other readable splits, scored
on the one left out (in scope answered, out of scope refused, clinical refused).

    python bench/gate_loso.py

Fitting only tightens: each threshold in turn rises to midway between the weakest in-scope question it
decides and the strongest out-of-scope question it answers below that, never below the shipped value
(lowering one answered clinical questions of unseen sets in session 29). Evidence comes from the shipped
retrieval; the shapes (clinical, another trade, paperwork, a favour) refuse before any threshold.
Readable splits only (bench/readable.py); a fresh set's -tune part.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KEYS = {
    "threshold": "relevance",
    "domain_threshold": "domain",
    "strong_term": "strongest",
    "known_term": "strongest",
    "close_scene": "scenes",
}


def evidence(playbook: Any, row: dict[str, Any]) -> dict[str, Any]:
    answer = playbook.ask(row["question"])
    found = playbook.last
    item = {"split": row["split"], "scope": row["scope"], "clinical": bool(row.get("clinical"))}
    # refused by a shape (clinical, another trade, paperwork, a favour): no threshold answers it
    shaped = not found.passages or (not answer.covered and playbook.gate.covers(found))
    shaped = shaped or bool(found.other_trade or getattr(found, "paperwork", ""))
    return item | {"retrieval": found, "shaped": shaped, "relevance": playbook.gate.relevance(found)}


def covered(gate: Any, item: dict[str, Any]) -> bool:
    return not item["shaped"] and bool(gate.covers(item["retrieval"]))


def value(item: dict[str, Any], field: str) -> float:
    return float(item[field] if field == "relevance" else getattr(item["retrieval"], field))


def fit(gate: Any, items: list[dict[str, Any]]) -> Any:
    for key, field in KEYS.items():
        answered = [i for i in items if i["scope"] == "in" and covered(gate, i)]
        decided = [
            value(i, field)
            for i in answered
            if not covered(replace(gate, **{key: value(i, field) + 1e-9}), i)
        ]
        weakest = min(decided, default=float("inf"))
        below = [value(i, field) for i in items if i["scope"] == "out" and covered(gate, i)]
        below = [v for v in below if v < weakest]
        if below and weakest < float("inf"):
            gate = replace(gate, **{key: max(getattr(gate, key), (weakest + max(below)) / 2)})
    return gate


def figures(row: list[int]) -> str:
    return f"answered {row[1]}/{row[0]} refused {row[3]}/{row[2]} (clinical {row[5]}/{row[4]})"


def main() -> None:
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-loso-")
    sys.path.insert(0, str(ROOT))
    from bench.readable import READABLE
    from bench.retrieval_pool import questions
    from knowledge.playbook_service import Playbook

    playbook = Playbook(Path(os.environ["KEQING_HOME"]))
    names = [f"{s}:tune" if s.startswith("fresh") else s for s in READABLE]
    items = [evidence(playbook, row) for name in names for row in questions(name)]
    shipped = playbook.gate
    totals = [0] * 6
    for split in dict.fromkeys(i["split"] for i in items):
        gate = fit(shipped, [i for i in items if i["split"] != split])
        left = [i for i in items if i["split"] == split]
        ins = [i for i in left if i["scope"] == "in"]
        outs = [i for i in left if i["scope"] == "out"]
        row = [
            len(ins),
            sum(covered(gate, i) for i in ins),
            len(outs),
            sum(not covered(gate, i) for i in outs),
            sum(i["clinical"] for i in outs),
            sum(i["clinical"] and not covered(gate, i) for i in outs),
        ]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        moved = {k: round(v, 2) for k, v in asdict(gate).items() if v != getattr(shipped, k)}
        print(f"{split:10} {figures(row)} {moved}")
    print(f"{'pooled':10} {figures(totals)}")


if __name__ == "__main__":
    main()
