"""Retrieval on many question sets in one process: a summary line per set (no items), for comparing
fusion settings quickly. Blind sets (heldout10, heldout11, tune29*) are refused by name.

    python bench/retrieval_pool.py [--views situations=1,...] [--resources domain,typos,concepts]
                                   [--sets tune,heldout,heldout6,fresh25r:held,tune26a,...] [--calibrate]

`--calibrate` suggests the gate's domain_threshold and close_scene from every set given (readable sets
only): each midway between the strongest off-topic question that passes the relevance threshold and the
weakest in-scope one above it that nothing else in the gate lets through.

A set is `NAME` or `NAME:PART` (fresh sets: tune, held). Printed per set: in-scope with an answering
section in the top 3, answered, out-of-scope refused (clinical refused).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.readable import readable

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "tests/data/questions"
BLIND = ("heldout10", "heldout11", "tune29")
DEFAULT = (
    "tune,heldout,heldout2,heldout3,heldout4,heldout5,heldout6,heldout7,fresh23,fresh24,"
    "fresh25:tune,fresh25r:tune,fresh25r:held,tune26a,tune26b,tune26c,tune26d,heldout8,heldout9,"
    "tune28a,tune28b"
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


def evidence(playbook: Any, row: dict[str, Any]) -> dict[str, Any] | None:
    """The gate's evidence on one question, or None when it is refused before the gate."""
    retrieval = playbook.last
    if not retrieval.passages or retrieval.other_trade:
        return None
    gate = playbook.gate
    return {
        "scope": row["scope"],
        "relevant": gate.relevance(retrieval) >= gate.threshold,
        "domain": retrieval.domain,
        "scenes": retrieval.scenes,
        "other_ways": retrieval.strongest >= gate.strong_term or gate.in_its_words(retrieval),
    }


def midway(found: list[dict[str, Any]], key: str, other: str, other_threshold: float) -> float:
    """Midway between the strongest off-topic question this evidence decides (relevant, below the
    `other` evidence's threshold, let through no other way) below the in-scope ones' median (an
    off-topic question as strong as most in-scope ones is no threshold's to refuse), and the next
    in-scope question above it."""
    decided = [
        (f[key], f["scope"])
        for f in found
        if f["relevant"] and not f["other_ways"] and f[other] < other_threshold
    ]
    median = statistics.median([value for value, scope in decided if scope == "in"] or [0.0])
    strongest_off = max((v for v, scope in decided if scope == "out" and v < median), default=0.0)
    above = [value for value, scope in decided if scope == "in" and value > strongest_off]
    refused = sum(1 for value, scope in decided if scope == "in" and value <= strongest_off)
    best = (strongest_off + min(above, default=strongest_off)) / 2
    print(f"{key}: strongest off-topic {strongest_off:.2f}; in-scope left below it {refused}")
    return best


def score(playbook: Any, items: list[dict], found: list[dict[str, Any]]) -> str:  # type: ignore[type-arg]
    hits = answered = total_in = refused = total_out = clinical = clinical_ok = 0
    for row in items:
        answer = playbook.ask(row["question"])
        seen = evidence(playbook, row)
        if seen is not None:
            found.append(seen)
        if row["scope"] == "in":
            total_in += 1
            top = {p.section for p in playbook.last.passages[:3]}
            hits += bool(top & set(row["sections"]))
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
    parser.add_argument("--calibrate", action="store_true", help="suggest domain_threshold, close_scene")
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
    found: list[dict[str, Any]] = []
    for name in args.sets.split(","):
        items = questions(name)
        if items:
            split, _, part = name.partition(":")
            # a summary-only set (heldout, fresh held) is scored, never calibrated on
            kept = found if readable(split, part or "tune") else []
            print(f"{name:16} {score(playbook, items, kept)}")
    if args.calibrate:
        gate = playbook.gate
        domain = midway(found, "domain", "scenes", gate.close_scene)
        scenes = midway(found, "scenes", "domain", gate.domain_threshold)
        print(f"suggested domain_threshold {domain:.2f}, close_scene {scenes:.2f}")


if __name__ == "__main__":
    main()
