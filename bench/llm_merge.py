"""The LLM merge against models of known quality: what a perfect, a fluent-wrong, a junk, a tiny real and a
dead model do to the extraction score, next to the offline engine.

python bench/llm_merge.py [--sets dev qinghe heldout_beiyuan] [--gemma-notes 10] [--modes ...]

perfect: answers each request with the gold record of the note it is asked about; wrong: with the
gold record of the next note of the set (fluent, and about another visit); same: with the gold record
of another visit to the same account where the set has one (the hardest fluent-wrong answer); junk:
prose, wrong types or an invented record; gemma: llama.cpp (xllamacpp) serving gemma3-270m on 2
threads, on the first --gemma-notes notes (offline scored on the same notes); dead: a port nobody
listens on.
Scores are score_extract.py's overall (../shared/tools). Engine overhead = wall time of the engine
call minus the model request time in the usage log, median over the perfect run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.memory.llm.conftest import free_port, start  # noqa: E402  (after the path is set)

DATA = ROOT / "tests" / "data"
SETS = {"dev": DATA / "dev", "qinghe": DATA / "companies" / "qinghe"}
SETS["heldout_beiyuan"] = DATA / "companies" / "heldout_beiyuan"
SCORE = ROOT.parent / "shared" / "tools" / "score_extract.py"
MODES = ("offline", "perfect", "wrong", "same", "junk", "gemma", "dead")


def score(gold_rows: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> float:
    with tempfile.TemporaryDirectory() as folder:
        gold, pred = Path(folder) / "gold.jsonl", Path(folder) / "pred.jsonl"
        gold.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold_rows), encoding="utf-8"
        )
        pred.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in predictions), encoding="utf-8"
        )
        done = subprocess.run(
            [sys.executable, str(SCORE), str(gold), str(pred), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    return float(json.loads(done.stdout)["overall"])


def run(engine: Any, notes: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[float]]:
    rows, seconds = [], []
    for note in notes:
        started = time.perf_counter()
        record = engine.extract(note["text"], date=dt.date.fromisoformat(note["date"]), rep=note.get("rep"))
        seconds.append(time.perf_counter() - started)
        rows.append({"id": note["id"], "record": record.record.to_json()})
    return rows, seconds


def endpoint(mode: str, notes_path: Path) -> tuple[subprocess.Popen[str] | None, str]:
    if mode == "dead":
        return None, f"http://127.0.0.1:{free_port()}/v1"
    if mode == "gemma":
        return start("llama")
    return start(mode, str(notes_path))


def bench_set(name: str, folder: Path, modes: list[str], gemma_notes: int) -> dict[str, Any]:
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix=f"keqing-merge-{name}-")
    from memory.accounts.masterdata import import_files
    from memory.base.db import open_database
    from memory.base.settings import get_settings
    from memory.extract.lexicon import load_lexicon
    from memory.llm.extract import LLMExtractor
    from memory.llm.factory import _models, chat_model
    from memory.notes.engines import offline_extractor
    from memory.schema.models import LLMUsage

    get_settings.cache_clear()
    db = open_database()
    with db.session() as session:
        import_files(
            session=session, paths=[folder / "catalog.yaml", folder / "customers.csv", folder / "reps.csv"]
        )
        offline = offline_extractor(session=session, lexicon=load_lexicon())
    notes = [
        json.loads(line) for line in (folder / "notes.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    result: dict[str, Any] = {"notes": len(notes)}
    offline_rows, _ = run(offline, notes)
    result["offline"] = score(notes, offline_rows)
    result["offline_subset"] = score(notes[:gemma_notes], offline_rows[:gemma_notes])
    for mode in [m for m in modes if m != "offline"]:
        process, url = endpoint(mode, folder / "notes.jsonl")
        os.environ.update(KEQING_LLM="openai", OPENAI_BASE_URL=url, KEQING_CHAT_MODEL="bench")
        os.environ["KEQING_LLM_TIMEOUT"] = "2" if mode == "dead" else "900"
        get_settings.cache_clear()
        _models.clear()
        with db.session() as session:
            session.query(LLMUsage).delete()
        subset = notes[:gemma_notes] if mode == "gemma" else notes
        try:
            engine = LLMExtractor(offline, chat_model(get_settings(), db))
            rows, seconds = run(engine, subset)
        finally:
            if process is not None:
                process.kill()
        result[mode] = score(subset, rows)
        with db.session() as session:
            usage = [u.latency_ms / 1000 for u in session.query(LLMUsage).order_by(LLMUsage.id)]
        if mode == "perfect" and len(usage) == len(seconds):
            result["overhead_ms"] = (
                statistics.median(s - u for s, u in zip(seconds, usage, strict=True)) * 1000
            )
        result[f"{mode}_seconds"] = statistics.median(seconds)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--modes", nargs="+", default=list(MODES))
    parser.add_argument("--gemma-notes", type=int, default=10)
    args = parser.parse_args()
    print("| set | notes | offline | perfect | fluent-wrong | same account | junk | dead |", end="")
    print(" gemma-270m (offline, same notes) | overhead ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in args.sets:
        r = bench_set(name, SETS[name], args.modes, args.gemma_notes)
        cell = {m: f"{r[m]:.3f}" if m in r else "–" for m in MODES}
        gemma = (
            f"{cell['gemma']} ({r['offline_subset']:.3f}), {args.gemma_notes} notes" if "gemma" in r else "–"
        )
        overhead = f"{r['overhead_ms']:.1f}" if "overhead_ms" in r else "–"
        print(
            f"| {name} | {r['notes']} | {cell['offline']} | {cell['perfect']} | {cell['wrong']} | "
            f"{cell['same']} | {cell['junk']} | {cell['dead']} | {gemma} | {overhead} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
