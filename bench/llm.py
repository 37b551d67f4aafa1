"""The LLM engine against a local llama.cpp server (xllamacpp, gemma3-270m, 2 CPU threads).

python bench/llm.py [--notes 30] [--questions 10]

Per request: latency and tokens for extraction and answers; the engine's own overhead (total time minus
the model's request time); and the dev-set extraction score in LLM mode next to the offline score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.memory.llm.conftest import start  # noqa: E402  (after the path is set)

DEV = ROOT.parent / "shared" / "datasets" / "dev"
SCORE = ROOT.parent / "shared" / "tools" / "score_extract.py"


def _score(predictions: list[str]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        out.write("\n".join(predictions) + "\n")
    done = subprocess.run(
        [sys.executable, str(SCORE), str(DEV / "notes.jsonl"), out.name], capture_output=True, text=True
    )
    lines = done.stdout.strip().splitlines()
    scored = [line.split() for line in lines[1:-1] if re.fullmatch(r"\S+\s+[\d.]+.*", line)]
    below = [words[0] for words in scored if float(words[1]) < 1.0]
    return f"{lines[-1]} (below 1.000: {', '.join(below) or 'none'})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=30)
    parser.add_argument("--questions", type=int, default=10)
    args = parser.parse_args()
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-bench-")
    server, url = start("llama")
    os.environ.update(
        KEQING_LLM="openai", OPENAI_BASE_URL=url, KEQING_CHAT_MODEL="gemma3-270m", KEQING_LLM_TIMEOUT="60"
    )
    try:
        from sqlalchemy import select

        from knowledge.playbook_service import open_playbook
        from memory.accounts.masterdata import import_files
        from memory.base.db import open_database
        from memory.llm.factory import _models
        from memory.notes.engines import extractor, offline_extractor
        from memory.schema.models import LLMUsage

        db = open_database()
        with db.session() as session:
            import_files(
                session=session, paths=[DEV / "catalog.yaml", DEV / "customers.csv", DEV / "reps.csv"]
            )
            engine = extractor(session=session, db=db)
            offline = offline_extractor(session=session)
        notes = [json.loads(line) for line in (DEV / "notes.jsonl").read_text(encoding="utf-8").splitlines()][
            : args.notes
        ]
        llm_rows, offline_rows, totals = [], [], {"extract": [], "answer": []}
        for note in notes:
            day = dt.date.fromisoformat(note["date"])
            t0 = time.perf_counter()
            record = engine.extract(note["text"], date=day, rep=note["rep"]).record
            totals["extract"].append(time.perf_counter() - t0)
            llm_rows.append(json.dumps({"id": note["id"], "record": record.to_json()}, ensure_ascii=False))
            base = offline.extract(note["text"], date=day, rep=note["rep"]).record
            offline_rows.append(json.dumps({"id": note["id"], "record": base.to_json()}, ensure_ascii=False))
        _models.clear()  # a fresh circuit breaker: answers are measured on their own
        playbook = open_playbook(db)
        questions = [
            json.loads(line)["question"]
            for line in (DEV / "qa.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        used = 0
        for question in questions[: args.questions]:
            t0 = time.perf_counter()
            answer = playbook.ask(question)
            totals["answer"].append(time.perf_counter() - t0)
            used += answer.answer != playbook.offline_answer(question, answer.sources).answer
        with db.session() as session:
            usage = list(session.scalars(select(LLMUsage)))
    finally:
        server.kill()

    print(f"llama.cpp (xllamacpp), gemma3-270m Q4_K_M, 2 threads; {len(notes)} notes, ", end="")
    print(f"{args.questions} questions")
    print()
    print("| request | n | ok | median s | p95 s | prompt tokens | completion tokens | engine overhead ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for purpose, samples in totals.items():
        rows = [u for u in usage if u.purpose == purpose]
        model_s = [u.latency_ms / 1000 for u in rows]
        overhead = (
            statistics.median(s - m for s, m in zip(samples, model_s, strict=False)) * 1000 if rows else 0
        )
        ordered = sorted(samples)
        p95 = ordered[max(int(len(ordered) * 0.95) - 1, 0)]
        prompt = statistics.mean(u.prompt_tokens for u in rows) if rows else 0
        completion = statistics.mean(u.completion_tokens for u in rows) if rows else 0
        print(
            f"| {purpose} | {len(samples)} | {sum(u.ok for u in rows)} | {statistics.median(ordered):.2f} | "
            f"{p95:.2f} | {prompt:.0f} | {completion:.0f} | {overhead:.0f} |"
        )
    for name, rows in (("offline", offline_rows), ("llm", llm_rows)):
        (Path(tempfile.gettempdir()) / f"keqing-bench-{name}.jsonl").write_text(
            "\n".join(rows) + "\n", encoding="utf-8"
        )
    print(f"\nanswers written by the model and kept (cited, Chinese): {used} of {len(totals['answer'])}")
    print(f"extraction, offline: {_score(offline_rows)}")
    print(f"extraction, LLM mode: {_score(llm_rows)}")


if __name__ == "__main__":
    main()
