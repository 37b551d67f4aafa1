"""「Visit over → record saved」: the bot's time for a note, its card, one edit and the save, through the
Assistant (what Telegram and the terminal call), on the dev master data and its notes, SQLite, one process.

python bench/visit_to_save.py [--rounds 10]

Each round sends every dev note as its rep: the note (→ card), ✏️ (→ sections), 客情 (→ its prompt), a
short reply 「积极」 (→ the card again), ✅ (→ saved). Only the bot's time is measured, not typing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEV = ROOT / "tests/data/dev"
STEPS = ("note → card", "✏️ → sections", "section → prompt", "reply → card", "✅ → saved", "total")


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000


def _action(reply: object, part: str) -> str:
    return next(c.action for c in reply.choices if part in c.action)  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-bench-")

    from bot.assistant import Assistant
    from bot.context import AppContext
    from memory.accounts.masterdata import import_files

    ctx = AppContext.build()
    with ctx.db.session() as session:
        import_files(session=session, paths=[DEV / "catalog.yaml", DEV / "customers.csv", DEV / "reps.csv"])
    notes = [
        json.loads(line) for line in (DEV / "notes.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    assistant = Assistant(ctx)
    assistant.handle_text(user=notes[0]["rep"], text="你好")  # the router's classifier, trained once
    timings: dict[str, list[float]] = {step: [] for step in STEPS}
    saved = 0
    for _ in range(args.rounds):
        for note in notes:
            user, day = note["rep"], dt.date.fromisoformat(note["date"])
            marks = [time.perf_counter()]
            card = assistant.handle_text(user=user, text=note["text"], today=day)[-1]
            marks.append(time.perf_counter())
            if not any(c.action.startswith("edit:") for c in card.choices):
                continue  # a note the chat asked about (note or question?) rather than carded
            sections = assistant.choose(user=user, action=_action(card, "edit:"), today=day)[0]
            marks.append(time.perf_counter())
            assistant.choose(user=user, action=_action(sections, ":sentiment"), today=day)
            marks.append(time.perf_counter())
            card = assistant.handle_text(user=user, text="积极", today=day)[-1]
            marks.append(time.perf_counter())
            done = assistant.choose(user=user, action=_action(card, "save:"), today=day)[0]
            marks.append(time.perf_counter())
            saved += done.text.startswith("已保存")
            for step, start, end in zip(STEPS, marks, marks[1:], strict=False):
                timings[step].append(end - start)
            timings["total"].append(marks[-1] - marks[0])
    print(f"{saved} notes saved ({len(notes)} dev notes × {args.rounds} rounds)")
    print("| step | median ms | p95 ms |\n|---|---:|---:|")
    for step in STEPS:
        median, p95 = _ms(timings[step])
        print(f"| {step} | {median:.1f} | {p95:.1f} |")


if __name__ == "__main__":
    main()
