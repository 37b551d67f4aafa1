"""Other writers' labelled chat messages as training phrases for the router's classifier.

python bench/routing_training.py          # rewrite bot/routing/training_sets.yaml
python bench/routing_training.py --loso   # leave one set out: is each set routed better for the others?

training.yaml was written by one hand; the labelled sets of tests/data/routing were written by other
helpers, each in a region's voice, and once a blind set has been scored it becomes tune data
(bench/readable.py). Their messages, marked as the router marks them with the dev master data (names
of accounts, people, products → slots), are a second training file. messages.jsonl is left out, and so
is any phrase that reads as one of its messages: its tune split is the routing test's target and its
heldout split is never read. The file records the
digest of the sets it was made from; a test checks it is current.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
TARGET = ROOT / "bot" / "routing" / "training_sets.yaml"
# (file, the part of it that may be read: a fresh set's held part stays unread)
SOURCES = (
    ("heldout2", None),
    ("heldout3", None),
    ("heldout4", None),
    ("heldout5", None),
    ("heldout6", None),
    ("heldout7", None),
    ("heldout9", None),
    ("heldout10", None),
    ("fresh23", "tune"),
    ("fresh24", "tune"),
    ("fresh25", "tune"),
    ("fresh28", "tune"),
)
HEADER = """\
# Labelled chat messages of other writers (tests/data/routing, the sets in SOURCES of
# bench/routing_training.py), as the router marks them with the dev master data: slots
# ({{A}} an account, {{M}} a person, {{P}} a product …) for what master data names.
# Written by `python bench/routing_training.py`; do not edit. digest: {digest}
"""


def source_digest() -> str:
    """What the file was made from: the source sets' bytes, in order."""
    digest = hashlib.sha256()
    for name, _part in SOURCES:
        digest.update((DATA / "routing" / f"{name}.jsonl").read_bytes())
    return digest.hexdigest()


def source_messages() -> dict[str, list[dict[str, str]]]:
    """Each source set's readable messages."""
    sets = {}
    for name, part in SOURCES:
        lines = (DATA / "routing" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        sets[name] = [r for r in rows if part is None or r["id"].endswith(f"-{part}")]
    return sets


def as_phrases(rows: list[dict[str, str]]) -> list[tuple[str, str]]:
    """(phrase with slots, intent) of each message, marked with the dev master data."""
    os.environ.setdefault("KEQING_HOME", tempfile.mkdtemp())
    from bot.routing.normalize import SLOTS, marked, plain
    from bot.routing.router import names_in
    from memory.accounts.masterdata import import_files
    from memory.base.db import open_database
    from memory.extract.lexicon import load_lexicon

    db = open_database()
    dev = DATA / "dev"
    lexicon = load_lexicon()
    pairs = []
    with db.session() as session:
        import_files(session=session, paths=[dev / "catalog.yaml", dev / "customers.csv", dev / "reps.csv"])
        for row in rows:
            text = plain(row["text"])
            phrase = marked(text, names_in(session, text, lexicon))
            for slot, mark in SLOTS.items():
                phrase = phrase.replace(mark, slot)
            pairs.append((phrase, row["intent"]))
    return pairs


def write() -> None:
    """The file, without any phrase that reads as a message of messages.jsonl (short ones such as
    /today or a bare figure recur across writers): the routing test's messages stay unseen."""
    from bot.routing.normalize import from_slots

    lines = (DATA / "routing" / "messages.jsonl").read_text(encoding="utf-8").splitlines()
    tested = {from_slots(json.loads(line)["text"]) for line in lines if line.strip()}
    by_intent: dict[str, list[str]] = defaultdict(list)
    for phrase, intent in as_phrases([r for rows in source_messages().values() for r in rows]):
        if phrase not in by_intent[intent] and from_slots(phrase) not in tested:
            by_intent[intent].append(phrase)
    body = yaml.safe_dump(dict(sorted(by_intent.items())), allow_unicode=True, width=200, sort_keys=False)
    TARGET.write_text(HEADER.format(digest=source_digest()) + body, encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {sum(map(len, by_intent.values()))} phrases")


def leave_one_set_out() -> None:
    """Each source set routed by a classifier trained on training.yaml alone, and on training.yaml plus
    the other sets."""
    from bot.routing.classifier import Classifier, training_set
    from bot.routing.normalize import from_slots
    from bot.routing.router import Router

    base_texts, base_intents = training_set(extra=None)
    phrases = {name: as_phrases(rows) for name, rows in source_messages().items()}
    base = Router(classifier=Classifier(base_texts, base_intents))
    for name, pairs in phrases.items():
        others = [p for other, ps in phrases.items() if other != name for p in ps]
        texts = base_texts + [from_slots(p) for p, _ in others]
        router = Router(classifier=Classifier(texts, base_intents + [i for _, i in others]))
        before = sum(base.route(from_slots(p)).intent == i for p, i in pairs)
        after = sum(router.route(from_slots(p)).intent == i for p, i in pairs)
        n = len(pairs)
        print(f"{name:9s} {n:4d}  training.yaml {before / n:.3f}  + other sets {after / n:.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--loso", action="store_true", help="leave one set out instead of writing")
    leave_one_set_out() if parser.parse_args().loso else write()
