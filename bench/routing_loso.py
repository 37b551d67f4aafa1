"""Each readable routing set routed by the full router (names, cues, gate) whose classifier never saw it.

python bench/routing_loso.py [--errors] [--sets heldout6,heldout7]

The shipped classifier learns from training.yaml and from the readable sets (training_sets.yaml), so a
set's own score with it says little about a writer not yet read. Here each set is left out of the
training phrases in turn (the other sets and training.yaml kept), then routed with the dev master data,
as bench/routing.py routes it. A set that is no source of training_sets.yaml is routed by the shipped
classifier as it is. Prints per set right/total and, with --errors, its misrouted items (readable sets
only: the -tune part of a fresh set).
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path

from bench.readable import readable
from bench.routing import dev_database, print_confusion, routing_items

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
# (set, part read): every readable labelled routing set
SETS = (
    ("heldout2", ""),
    ("heldout3", ""),
    ("heldout4", ""),
    ("heldout5", ""),
    ("heldout6", ""),
    ("heldout7", ""),
    ("heldout9", ""),
    ("heldout10", ""),
    ("fresh23", "tune"),
    ("fresh24", "tune"),
    ("fresh25", "tune"),
    ("fresh28", "tune"),
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    args = parser.parse_args()
    db = dev_database()
    from bench.routing_training import as_phrases, source_messages
    from bot.routing.classifier import Classifier, training_set
    from bot.routing.normalize import from_slots
    from bot.routing.router import Router
    from knowledge.playbook_service import Playbook
    from memory.extract.lexicon import load_lexicon

    base_texts, base_intents = training_set(extra=None)
    sources = {name: as_phrases(rows) for name, rows in source_messages().items()}
    gate = Playbook(Path(os.environ["KEQING_HOME"])).about_the_trade
    wanted = [s for s in SETS if not args.sets or s[0] in args.sets.split(",")]
    pooled: Counter[tuple[str, str]] = Counter()
    total_right = total = 0
    lexicon = load_lexicon()
    for name, part in wanted:
        others = [p for other, ps in sources.items() if other != name for p in ps]
        texts = base_texts + [from_slots(p) for p, _ in others]
        router = Router(
            classifier=Classifier(texts, base_intents + [i for _, i in others]), about_the_trade=gate
        )
        items = routing_items(name, part)
        right = 0
        with db.session() as session:
            for item in items:
                route = router.route_in(session, item["text"], lexicon)
                pooled[(item["intent"], route.intent)] += 1
                right += route.intent == item["intent"]
                if args.errors and route.intent != item["intent"] and readable(name, part):
                    wrong = f"{item['intent']:>10} → {route.intent:<10} {route.rule}"
                    print(f"  {item['id']} {wrong} {item['text']}")
        total_right, total = total_right + right, total + len(items)
        print(f"{name}{'-' + part if part else ''}: {right}/{len(items)} = {right / len(items):.3f}")
    print(f"pooled: {total_right}/{total} = {total_right / total:.3f}")
    print_confusion(pooled)


if __name__ == "__main__":
    main()
