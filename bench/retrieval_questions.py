"""Retrieval and refusal on the labelled rep questions (tests/data/questions) and the dev questions.

    python bench/retrieval_questions.py [--split tune|heldout] [--resources domain,typos,thesaurus]
                                        [--misses] [--features]
                                        [--views words=1,vectors=0.6,passage_bigrams=0.5,...]

In scope: a question counts when one of its answering sections is among the top 3 passages (and
it is answered: covered). Out of scope: it counts when refused (covered: false). Dev: the section
that held each question's facts before the playbook was reworded (tests/data/dev/qa_sections.json)
among the top 3; and, for the record, every fact regex in the first 500 characters of one of the
top 3 passages (the regexes quote the old wording). `--misses` lists the misses of a
readable set (tune, heldout2); a held-out split prints its summary figures only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from bench.readable import readable

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "tests/data/questions/questions.jsonl"
DEV = ROOT / "tests/data/dev/qa.jsonl"


def rows(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def calibrate(evidence: list[tuple[str, float]], name: str, rule: str) -> None:
    """Relevance: 15% below the weakest in-scope question, since an in-scope question refused costs
    more than an off-topic one answered (clinical questions are refused before the gate). Domain
    words: midway between the weakest in-scope question and the strongest off-topic one below it."""
    lowest = min(score for scope, score in evidence if scope == "in")
    below = [score for scope, score in evidence if scope == "out" and score < lowest]
    above = sum(1 for scope, score in evidence if scope == "out" and score >= lowest)
    highest = max(below, default=0.0)
    print(
        f"{name}: weakest in-scope {lowest:.2f};",
        f"strongest out-of-scope below it {highest:.2f}; {above} above it",
    )
    suggested = 0.85 * lowest if rule == "margin" else (lowest + highest) / 2
    print(f"suggested {name} threshold: {suggested:.2f}")


def refusal_reason(playbook: Any, retrieval: Any) -> str:
    """Which part of the gate refused an in-scope question (a count in the summary, never the item)."""
    gate = playbook.gate
    if not retrieval.passages:
        return "clinical"
    if retrieval.other_trade:
        return "other_trade"
    if gate.relevance(retrieval) < gate.threshold:
        return "relevance"
    return "domain"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="tune", help="tune, heldout, or a set file's name (heldout2…)")
    parser.add_argument(
        "--resources", default="domain,typos,concepts", help="domain,typos,concepts,thesaurus"
    )
    parser.add_argument("--views", default="", help="fusion weights, e.g. words=1,vectors=0.3 (others 0)")
    parser.add_argument("--expansion-weight", type=float, default=None, help="weight of expansion words")
    parser.add_argument("--setting-weight", type=float, default=None, help="weight of setting words")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--features", action="store_true")
    parser.add_argument("--calibrate", action="store_true", help="the gate's threshold from the tune split")
    parser.add_argument("--part", default="", help="only questions whose id ends so (fresh23: tune, held)")
    args = parser.parse_args()
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-bench-")
    sys.path.insert(0, str(ROOT))
    from knowledge.playbook_service import Playbook
    from knowledge.search import Retriever

    playbook = Playbook(Path(os.environ["KEQING_HOME"]))
    resources = [r for r in args.resources.split(",") if r]
    views = {k: float(v) for k, v in (item.split("=") for item in args.views.split(",") if item)} or None
    playbook.retriever = Retriever(playbook.store, resources=resources, views=views)
    if args.expansion_weight is not None:
        playbook.retriever.expansion_weight = args.expansion_weight
    if args.setting_weight is not None:
        playbook.retriever.setting_weight = args.setting_weight
    show = readable(args.split, args.part)
    evidence: list[tuple[str, float]] = []
    domain: list[tuple[str, float]] = []
    strongest: list[tuple[str, float]] = []
    why = Counter[str]()
    hits = answered = total_in = refused = total_out = clinical_ok = clinical = 0
    own_file = QUESTIONS.with_name(f"{args.split}.jsonl")
    source = own_file if own_file.exists() else QUESTIONS
    for row in (
        r
        for r in rows(source)
        if r["split"] == args.split and (not args.part or r["id"].endswith(f"-{args.part}"))
    ):
        answer = playbook.ask(row["question"])
        retrieval = playbook.last
        if args.calibrate and retrieval.passages:
            evidence.append((row["scope"], playbook.gate.relevance(retrieval)))
            domain.append((row["scope"], retrieval.domain))
            strongest.append((row["scope"], retrieval.strongest))
        if show and args.features:
            print(
                f"{row['scope']}\t{retrieval.bm25:.2f}\t{retrieval.cosine:.3f}\t{retrieval.coverage:.2f}\t{row['question']}"
            )
        if row["scope"] == "in":
            total_in += 1
            found = [p.section for p in retrieval.passages[:3]]
            hit = bool(set(found) & set(row["sections"]))
            hits += hit
            answered += answer.covered
            if not answer.covered:
                why[refusal_reason(playbook, retrieval)] += 1
            if show and args.misses and not (hit and answer.covered):
                refused_mark = "" if answer.covered else "REFUSED "
                print(f"MISS {row['id']} {refused_mark}{row['sections']} got {found}: {row['question']}")
        else:
            total_out += 1
            refused += not answer.covered
            if row.get("clinical"):
                clinical += 1
                clinical_ok += not answer.covered
            if show and args.misses and answer.covered:
                print(f"ANSWERED {row['id']} {row['question']}")
    if args.calibrate:
        calibrate(evidence, "relevance", "margin")
        calibrate(domain, "domain", "midway")
        off_topic = max((score for scope, score in strongest if scope == "out"), default=0.0)
        print(f"strong term: the strongest own word of an off-topic question {off_topic:.2f}")
    dev = rows(DEV)
    sections = json.loads((DEV.parent / "qa_sections.json").read_text(encoding="utf-8"))
    dev_ok = dev_sections = 0
    for row in dev:
        found = playbook.retriever.search(row["question"], 3)
        text = "\n".join(p.text[:500] for p in found)
        dev_ok += all(re.search(fact, text) for fact in row["facts"])
        dev_sections += sections[row["id"]] in {p.section for p in found}
        if show and args.misses and sections[row["id"]] not in {p.section for p in found}:
            print(f"DEV MISS {row['id']} {[p.section for p in found]}: {row['question']}")
    print(
        f"resources: {','.join(resources) or 'none'}; views: {playbook.retriever.views}; split: {args.split}"
    )
    print(f"in-scope top-3: {hits}/{total_in} = {hits / total_in:.3f}; answered: {answered}/{total_in}")
    print(f"in-scope refused, by what refused them (counts only): {dict(why)}")
    print(f"out-of-scope refused: {refused}/{total_out} = {refused / max(total_out, 1):.3f}", end=" ")
    print(f"(clinical {clinical_ok}/{clinical})")
    print(f"dev qa: answering section in top 3 {dev_sections}/{len(dev)}; facts in top 3 {dev_ok}/{len(dev)}")


if __name__ == "__main__":
    main()
