"""Retrieval latency: the shipped playbook, and a knowledge base grown to N synthetic chunks.

    python bench/retrieval.py [--chunks 100000] [--queries 200]

Synthetic chunks are random mixes of the seed documents' sentences (~150 characters each), so the
vocabulary and lengths are realistic; they go through the same Chroma collection and BM25 index.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed_queries(retriever: object, questions: list[str], count: int) -> tuple[float, float]:
    latencies = []
    for index in range(count):
        started = time.perf_counter()
        retriever.search(questions[index % len(questions)], 3)  # type: ignore[attr-defined]
        latencies.append(1000 * (time.perf_counter() - started))
    return statistics.median(latencies), percentile(latencies, 0.95)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-bench-")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    import json

    from knowledge.clean import strip_clutter
    from knowledge.search import Retriever
    from knowledge.store import KnowledgeStore

    dev = Path(__file__).resolve().parents[1] / "tests/data/dev/qa.jsonl"
    questions = [json.loads(line)["question"] for line in dev.open(encoding="utf-8")]
    rows = []

    home = Path(os.environ["KEQING_HOME"])
    store = KnowledgeStore(home / "playbook")
    started = time.perf_counter()
    store.ensure_playbook()
    retriever = Retriever(store)
    retriever.search("预热", 3)
    build = time.perf_counter() - started
    median, p95 = timed_queries(retriever, questions, args.queries)
    rows.append(("shipped playbook", len(store.all_chunks()), build, median, p95))

    sentences = []
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        sentences += [s for s in re.findall(r"[^。!?;\n]{8,}[。!?;]", strip_clutter(seed.read_text("utf-8")))]
    rng = random.Random(3)
    big = KnowledgeStore(home / "big")
    started = time.perf_counter()
    batch = 5000
    for start in range(0, args.chunks, batch):
        texts = ["".join(rng.sample(sentences, 3))[:300] for _ in range(min(batch, args.chunks - start))]
        ids = [f"synthetic#{start + i}" for i in range(len(texts))]
        metadatas = [
            {
                "source": "synthetic",
                "section": str(start + i),
                "title": "合成",
                "digest": ids[i],
                "body": text,
            }
            for i, text in enumerate(texts)
        ]
        big.vectors.add_texts(texts=texts, metadatas=metadatas, ids=ids)
    big_retriever = Retriever(big)
    big_retriever.search("预热", 3)
    build = time.perf_counter() - started
    median, p95 = timed_queries(big_retriever, questions, args.queries)
    rows.append((f"synthetic ({args.chunks:,} chunks)", args.chunks, build, median, p95))

    print(f"{args.queries} queries each (the dev questions in turn), k=3, one process\n")
    print("| knowledge base | chunks | index build s | median ms | p95 ms |")
    print("|---|---:|---:|---:|---:|")
    for name, chunks, seconds, med, high in rows:
        print(f"| {name} | {chunks:,} | {seconds:.1f} | {med:.1f} | {high:.1f} |")


if __name__ == "__main__":
    main()
