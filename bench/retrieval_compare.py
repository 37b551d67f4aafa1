"""Retrieval options compared on the dev questions: lexical (BM25 over jieba words), vector (Chroma
over character n-grams), their weighted reciprocal-rank fusion, each with and without the synonym
expansion; on the raw seed documents (`kb add`) and on the shipped playbook.

    python bench/retrieval_compare.py

Metric (contract): a question counts when every fact regex matches the first 500 characters of
one of the top 3 passages.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
WEIGHTS = [(1, 0), (0, 1), (1, 1), (1, 0.5), (1, 0.3), (1, 0.2)]


def main() -> None:
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-bench-")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import knowledge.search as search
    from knowledge.store import KnowledgeStore

    questions = [json.loads(line) for line in (SHARED / "datasets/dev/qa.jsonl").open(encoding="utf-8")]
    home = Path(os.environ["KEQING_HOME"])
    seeds = KnowledgeStore(home / "seeds")
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        seeds.add(seed)
    playbook = KnowledgeStore(home / "playbook")
    playbook.ensure_playbook()
    expand = search.expand

    print("| knowledge base | synonym expansion | BM25 weight | vector weight | share answered | missed |")
    print("|---|---|---:|---:|---:|---|")
    for name, store in (("raw seeds", seeds), ("shipped playbook", playbook)):
        for expanded in (False, True):
            search.expand = expand if expanded else (lambda question, synonyms: question)
            for bm25_weight, vector_weight in WEIGHTS:
                retriever = search.Retriever(store, bm25_weight=bm25_weight, vector_weight=vector_weight)
                missed = []
                for question in questions:
                    text = "\n".join(p.text[:500] for p in retriever.search(question["question"], 3))
                    if not all(re.search(fact, text) for fact in question["facts"]):
                        missed.append(question["id"])
                share = 1 - len(missed) / len(questions)
                print(
                    f"| {name} | {'yes' if expanded else 'no'} | {bm25_weight} | {vector_weight} | "
                    f"{share:.2f} | {' '.join(missed)} |"
                )


if __name__ == "__main__":
    main()
