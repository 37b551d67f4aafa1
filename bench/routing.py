"""Routing accuracy and confusion matrix on tests/data/routing/messages.jsonl, with the dev master data.

python bench/routing.py --split tune [--errors]
python bench/routing.py --split heldout2 --errors   # held-out set 2 is tune data now
python bench/routing.py --split heldout      # figures only: held-out items are never printed
python bench/routing.py --split fresh23 --part held   # routing23's own set, its held third
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from bench.readable import readable
from memory.extract.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

if TYPE_CHECKING:
    from memory.base.db import Database


def dev_database() -> Database:
    """A database in a fresh KEQING_HOME with the dev master data: the names messages are routed with."""
    os.environ["KEQING_HOME"] = tempfile.mkdtemp()
    from memory.accounts.masterdata import import_files
    from memory.base.db import open_database

    db = open_database()
    dev = DATA / "dev"
    with db.session() as session:
        import_files(session=session, paths=[dev / "catalog.yaml", dev / "customers.csv", dev / "reps.csv"])
    return db


def routing_items(split: str, part: str = "") -> list[dict[str, str]]:
    """A split's labelled messages (its own file, else messages.jsonl), of one part where given."""
    name = f"{split}.jsonl" if (DATA / "routing" / f"{split}.jsonl").exists() else "messages.jsonl"
    lines = (DATA / "routing" / name).read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    return [i for i in items if i["split"] == split and (not part or i["id"].endswith(f"-{part}"))]


def print_confusion(counts: Counter[tuple[str, str]]) -> None:
    """Labels (rows) by routed intents (columns) as a markdown table."""
    from bot.routing.router import INTENTS

    print("| label \\ routed | " + " | ".join(i[:5] for i in INTENTS) + " |")
    print("|---|" + "---:|" * len(INTENTS))
    for label in INTENTS:
        print(f"| {label} | " + " | ".join(str(counts[(label, r)] or "") for r in INTENTS) + " |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="tune", help="tune, heldout, or a set file's name (heldout2…)")
    parser.add_argument("--errors", action="store_true", help="print misrouted items (readable sets only)")
    parser.add_argument("--classifier-only", action="store_true", help="without the strong cues")
    parser.add_argument(
        "--as-chat", action="store_true", help="as the chat answers (an empty note: small talk or other)"
    )
    parser.add_argument("--part", default="", help="only items whose id ends so (fresh23: tune, held)")
    args = parser.parse_args()
    db = dev_database()
    from bot.routing.router import Router

    items = routing_items(args.split, args.part)
    from knowledge.playbook_service import Playbook

    router = Router(about_the_trade=Playbook(Path(os.environ["KEQING_HOME"])).about_the_trade)
    chat = None
    if args.as_chat:
        from bot.assistant import Assistant
        from bot.context import AppContext

        chat = Assistant(AppContext.build(db=db)).turns
        chat.router = router
    if args.classifier_only:
        router.cues.find = lambda text, marked: None  # type: ignore[method-assign]
    started = time.perf_counter()
    import sklearn.linear_model  # noqa: F401  (imported apart: the training alone is timed)

    imported = time.perf_counter() - started
    started = time.perf_counter()
    router.classifier  # noqa: B018  (trained here, timed apart)
    trained = time.perf_counter() - started
    pairs, unsure, by_rule, wrong_by = [], 0, Counter[str](), Counter[str]()
    with db.session() as session:
        for item in items:
            route = router.route_in(session, item["text"], load_lexicon())
            intent = route.intent
            if chat is not None and not route.unsure:
                intent = chat.unless_empty(route, "", item["text"], dt.date(2026, 3, 20))
            pairs.append((item["intent"], intent))
            unsure += route.unsure
            by_rule[route.rule or "classifier"] += 1
            if intent != item["intent"]:
                wrong_by[f"{item['intent']}→{intent} by {route.rule or 'classifier'}"] += 1
            if args.errors and readable(args.split, args.part) and intent != item["intent"]:
                print(f"{item['id']} {item['intent']:>10} → {intent:<10} {route.rule} {item['text']}")
    right = sum(a == b for a, b in pairs)
    print(f"{args.split}: {right}/{len(pairs)} = {right / len(pairs):.3f}; asked note-or-question: {unsure}")
    print(f"scikit-learn imported in {imported * 1000:.0f} ms, classifier trained in {trained * 1000:.0f} ms")
    print(f"decided by: {dict(by_rule)}")
    print(f"misrouted, by the rule that decided (counts only): {dict(wrong_by)}")
    print_confusion(Counter(pairs))


if __name__ == "__main__":
    main()
