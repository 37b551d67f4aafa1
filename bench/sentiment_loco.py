"""Sentiment learned from labelled notes, measured leave-one-company-out (LOCO).

python bench/sentiment_loco.py            # rules vs the model, per company, LOCO
python bench/sentiment_loco.py --confusion [COMPANY]  # also gold/predicted counts, and gold x predicted
python bench/sentiment_loco.py --write    # rebuild memory/extract/sentiment_notes.jsonl and the weights
python bench/sentiment_loco.py --conventions  # gold labels per company of notes of a kind (routine business…)

--write runs each company's notes through the offline engine with its own master data (a temp
KEQING_HOME per company) to mark competitors' names as the engine does, and keeps text and gold
sentiment. The LOCO figure fits the model on every company but one and scores that one; the rules'
figure is the engine's reading without the model (SentimentScorer.by_rules), which was tuned on some
of these companies (so it is not a held-out figure for them).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from bench.labelled import COMPANIES, NEWER, engine_for, rows_in_own_process

if TYPE_CHECKING:
    from memory.extract.sentiment import SentimentScorer

ROOT = Path(__file__).resolve().parents[1]


def _mark(folder: Path) -> None:
    """Print the folder's notes as shipped lines (run in a process of its own: one KEQING_HOME)."""
    from memory.extract.sentiment import COMPETITOR_MARK
    from memory.extract.text import normalize

    engine = engine_for(folder, "keqing-sentiment-")
    for line in (folder / "notes.jsonl").read_text("utf-8").splitlines():
        note = json.loads(line)
        # the text the engine scores: variant characters and spoken words read as standard ones
        marked = list(engine._spoken.standard(normalize(note["text"]).translate(engine._variants)))
        for mention in engine.gazetteer.find("".join(marked)):
            if mention.kind == "competitor":
                marked[mention.start : mention.end] = COMPETITOR_MARK * (mention.end - mention.start)
        row = {"company": folder.name, "text": "".join(marked), "sentiment": note["gold"]["sentiment"]}
        print(json.dumps(row, ensure_ascii=False))


def _marked(folder: str) -> list[dict[str, str]]:
    """A folder's notes as shipped lines (competitors marked), marked in a process of its own."""
    return rows_in_own_process(__file__, "--mark", str(ROOT / folder))


def _write() -> None:
    from memory.extract.lexicon import load_lexicon
    from memory.extract.sentiment import SentimentScorer
    from memory.extract.sentiment_model import NOTES, WEIGHTS, SentimentModel, labelled_notes, source_digest

    folders = [folder for folder in COMPANIES if (ROOT / folder / "notes.jsonl").exists()]
    lines = [json.dumps(row, ensure_ascii=False) + "\n" for folder in folders for row in _marked(folder)]
    NOTES.write_text("".join(lines), encoding="utf-8")
    lexicon = load_lexicon()
    scorer = SentimentScorer(lexicon)
    model = SentimentModel.fitted([(scorer.features(n["text"]), n["sentiment"]) for n in labelled_notes()])
    data = {"source": source_digest(lexicon.data), **model.to_json()}
    WEIGHTS.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


LABELS = ("positive", "neutral", "negative")


def _report(confusion: str | None) -> None:
    """Per company: the rules' accuracy, the model's LOCO and the shipped reading's LOCO (the model, the
    rules where it reads routine: SentimentScorer.of for a company with no offsets); with `confusion`,
    how gold and shipped labels are spread (pos/neu/neg), and gold x shipped for that company ("all":
    pooled)."""
    from memory.extract.lexicon import load_lexicon
    from memory.extract.sentiment import SentimentScorer
    from memory.extract.sentiment_model import SentimentModel, labelled_notes
    from memory.extract.tone import tone_model

    scorer = SentimentScorer(load_lexicon())
    notes = [(n["company"], scorer.features(n["text"]), n["sentiment"], n["text"]) for n in labelled_notes()]
    companies = list(dict.fromkeys(company for company, *_ in notes))
    tone = tone_model()
    print(f"{'company':20s} {'notes':>5s} {'rules':>6s} {'model LOCO':>10s} {'shipped LOCO':>12s}")
    loco: dict[str, float] = {}
    shipped: dict[str, float] = {}
    pairs = Counter[tuple[str, str, str]]()
    for held in companies:
        model = SentimentModel.fitted([(f, gold) for c, f, gold, _ in notes if c != held])
        mine = [(f, gold, text) for c, f, gold, text in notes if c == held]
        read = [scorer.by_rules(text, tone) for _, _, text in mine]
        rules = sum(label == gold for label, (_, gold, _) in zip(read, mine, strict=True)) / len(mine)
        labels = [model.label(f) for f, _, _ in mine]
        loco[held] = sum(label == gold for label, (_, gold, _) in zip(labels, mine, strict=True)) / len(mine)
        got = [
            (gold, label if label != "neutral" else by_rules)
            for label, by_rules, (_, gold, _) in zip(labels, read, mine, strict=True)
        ]
        pairs.update((held, gold, label) for gold, label in got)
        shipped[held] = sum(gold == label for gold, label in got) / len(mine)
        spread = ""
        if confusion:
            gold = "/".join(str(sum(g == k for g, _ in got)) for k in LABELS)
            spread = f"  gold {gold} predicted " + "/".join(str(sum(p == k for _, p in got)) for k in LABELS)
        print(f"{held:20s} {len(mine):5d} {rules:6.3f} {loco[held]:10.3f} {shipped[held]:12.3f}{spread}")
    for name, figures in (("model", loco), ("shipped", shipped)):
        newer = [figures[c] for c in NEWER if c in figures]
        older = [value for c, value in figures.items() if c not in NEWER]
        mean = sum(figures.values()) / len(figures)
        print(f"{name} LOCO mean {mean:.3f} worst {min(figures.values()):.3f}")
        if newer and older:
            print(f"  newer writers' mean {sum(newer) / len(newer):.3f}, older {sum(older) / len(older):.3f}")
    if confusion:
        print(f"\n{confusion}: gold (rows) x shipped LOCO (columns) " + " ".join(k[:3] for k in LABELS))
        chosen = Counter[tuple[str, str]]()
        for (company, gold, label), count in pairs.items():
            if confusion in ("all", company):
                chosen[gold, label] += count
        for gold in LABELS:
            print(f"  {gold:9s}" + "".join(f"{chosen[gold, label]:4d}" for label in LABELS))


# how a note's kind is told, for --conventions: routine business is evidence of routine events alone
# (memory/extract/sentiment.py); the other kinds are read from the words (a bench measure, not the engine's)
_KEPT = re.compile(r"上次(说|答应|讲|承诺|要)的|兑现|(带|送|拿|寄)(过去|过来|到|去)了|说到做到|按(上次)?约定")
_PLANNED = re.compile(r"按计划|如期|照常|照例|例行|常规|按约|老样子|和往常一样|跟往常一样|一切正常|正常拜访")


def _kinds(scorer: SentimentScorer, text: str) -> list[str]:
    """The kinds of contact a note is, for --conventions."""
    from memory.extract.sentiment import COMPETITOR_MARK

    found = scorer.found(text)
    items = [(name, value) for name, value in found if value]
    kinds = []
    if not items:
        kinds.append("no evidence")
    elif {name for name, _ in items} <= scorer.routine:
        kinds.append("routine business only")
    if _KEPT.search(text):
        kinds.append("a promise kept")
    if _PLANNED.search(text):
        kinds.append("a visit as planned")
    if any(value < 0 for _, value in items) and items[-1][1] > 0:
        kinds.append("a complaint answered (ends on good evidence)")
    if any(value < 0 for _, value in items) and found[-1][0] in scorer.routine:
        kinds.append("a complaint that ends in an order (or a sale, a payment)")
    if COMPETITOR_MARK in text and not {name for name, _ in found} & scorer.routine:
        kinds.append("the rival discussed, no business of ours")
    return kinds


def _conventions() -> None:
    """Per kind of contact: each company's gold labels (pos/neu/neg), newer writers starred."""
    from memory.extract.lexicon import load_lexicon
    from memory.extract.sentiment import SentimentScorer
    from memory.extract.sentiment_model import labelled_notes

    scorer = SentimentScorer(load_lexicon())
    counts = Counter[tuple[str, str, str]]()
    for note in labelled_notes():
        for kind in _kinds(scorer, note["text"]):
            counts[kind, note["company"], note["sentiment"]] += 1
    companies = list(dict.fromkeys(note["company"] for note in labelled_notes()))
    for kind in dict.fromkeys(kind for kind, _, _ in counts):
        print(f"\n{kind}: pos/neu/neg")
        for group in (None, *companies):
            chosen = [c for c in companies if group in (None, c)]
            row = [sum(counts[kind, c, label] for c in chosen) for label in LABELS]
            if sum(row):
                name = group or "all"
                print(f"  {name:20s}{'*' if group in NEWER else ' '} " + " ".join(f"{n:3d}" for n in row))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write", action="store_true", help="rebuild the shipped notes and weights")
    parser.add_argument(
        "--confusion", nargs="?", const="all", metavar="COMPANY", help="gold x predicted (default: pooled)"
    )
    parser.add_argument("--conventions", action="store_true", help="gold labels per kind of contact")
    parser.add_argument("--mark", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mark:
        _mark(args.mark)
    elif args.write:
        _write()
    elif args.conventions:
        _conventions()
    else:
        _report(args.confusion)


if __name__ == "__main__":
    main()
