"""Retrieval on many question sets in one process: a summary line per set (no items), for comparing
fusion settings quickly. Blind sets (heldout10, heldout11, tune29*) are refused by name.

    python bench/retrieval_pool.py [--views situations=1,...] [--resources domain,typos,concepts]
                                   [--sets tune,heldout,heldout6,fresh25r:held,tune26a,...]

A set is `NAME` or `NAME:PART` (fresh sets: tune, held). Printed per set: in-scope with an answering
section in the top 3, answered, out-of-scope refused (clinical refused).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "tests/data/questions"
BLIND = ("heldout11", "heldout12", "tune30")
DEFAULT = (
    "tune,heldout,heldout2,heldout3,heldout4,heldout5,heldout6,heldout7,fresh23,fresh24,"
    "fresh25r:tune,fresh25r:held,tune26a,tune26b,tune26c,tune26d,heldout8"
)


def questions(name: str) -> list[dict]:  # type: ignore[type-arg]
    from bench.retrieval_questions import rows

    split, _, part = name.partition(":")
    if any(split.startswith(b) for b in BLIND):
        raise SystemExit(f"{split} is blind: the lead scores it")
    own = QUESTIONS / f"{split}.jsonl"
    source = own if own.exists() else QUESTIONS / "questions.jsonl"
    if not source.exists():
        return []
    return [r for r in rows(source) if r["split"] == split and (not part or r["id"].endswith(f"-{part}"))]


def score(playbook: object, items: list[dict]) -> str:  # type: ignore[type-arg]
    hits = answered = total_in = refused = total_out = clinical = clinical_ok = 0
    for row in items:
        answer = playbook.ask(row["question"])  # type: ignore[attr-defined]
        if row["scope"] == "in":
            total_in += 1
            found = {p.section for p in playbook.last.passages[:3]}  # type: ignore[attr-defined]
            hits += bool(found & set(row["sections"]))
            answered += answer.covered
        else:
            total_out += 1
            refused += not answer.covered
            clinical += bool(row.get("clinical"))
            clinical_ok += bool(row.get("clinical")) and not answer.covered
    return (
        f"top3 {hits}/{total_in} answered {answered}/{total_in} "
        f"refused {refused}/{total_out} (clinical {clinical_ok}/{clinical})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--views", default="", help="fusion weights changed, e.g. situations=1")
    parser.add_argument("--resources", default="domain,typos,concepts")
    parser.add_argument("--sets", default=DEFAULT)
    args = parser.parse_args()
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-pool-")
    sys.path.insert(0, str(ROOT))
    from knowledge.playbook_service import Playbook
    from knowledge.search import VIEWS, Retriever

    playbook = Playbook(Path(os.environ["KEQING_HOME"]))
    views = dict(VIEWS) | {k: float(v) for k, v in (i.split("=") for i in args.views.split(",") if i)}
    resources = [r for r in args.resources.split(",") if r]
    playbook.retriever = Retriever(playbook.store, resources=resources, views=views)
    print(f"views {views} resources {resources}")
    for name in args.sets.split(","):
        items = questions(name)
        if items:
            print(f"{name:16} {score(playbook, items)}")


if __name__ == "__main__":
    main()
