"""Needs: can a small learned clause classifier veto or admit the rules' candidates? Leave-one-company-out.

python bench/needs_loco.py [--veto 0.3] [--admit 0.9] [--strength 0.3] [--balanced] [--no-rule-feature]
                           [--context] [--also FOLDER ...] [--codes CODE ...]

Each company's notes go through the offline engine's needs finder with its own catalog (competitors and
products marked as the engine marks them). Every clause gives candidates: the codes the rules found there
(memory/extract/needs.py, `NeedFinder.readings`) and, for admitting, the codes it names without the rules
asking (`NeedFinder.named`). A candidate is labelled right when its code is among the note's gold needs.
Features: the code, whether the rules found it, the rules' cues (asked, a speaker, in a request's
reach, granted, praised, someone else's), and the clause's character uni- and bigrams (numbers as N);
with --context also a competitor or our product named in the clause or a competitor in the one before,
the clause cut at the rep's words, each cue with the code, and the previous clause's uni- and bigrams.
A logistic regression is fitted on every company but one and decides that one's candidates: a rules'
candidate is kept when its probability is at least --veto, another admitted at --admit; with --codes
only those codes' candidates are judged (the rest keep the rules' reading). Printed: needs F1 per company
by the rules alone and with the model (check companies included: their items are never printed, only
these figures), their mean over the newer companies (bench/labelled.py NEWER), and F1 and per code
precision/recall pooled over every company. Not shipped (bench/README.md, "Session 26: needs",
"Session 27: needs", "Session 28: needs"): it did not carry.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.labelled import COMPANIES, NEWER  # noqa: E402
from memory.extract.dates import find_dates  # noqa: E402
from memory.extract.engine import OfflineExtractor  # noqa: E402
from memory.extract.gazetteer import MasterData  # noqa: E402
from memory.extract.needs import PRODUCT_MARK, Reading  # noqa: E402
from memory.extract.sentiment import COMPETITOR_MARK  # noqa: E402
from memory.extract.text import Segments, normalize  # noqa: E402

NUMBER = re.compile(r"[\d一二两三四五六七八九十百千几]+")
Candidate = tuple[dict[str, float], str, bool]  # features, code, found by the rules
Note = tuple[set[str], list[Candidate]]
KINDS = ("tp", "fp", "fn")


def _catalog(folder: Path) -> list[dict[str, Any]]:
    path = folder / "catalog.yaml"
    data = yaml.safe_load(path.read_text("utf-8")) if path.exists() else {}
    kinds = {"products": "product", "competitors": "competitor", "distributors": "distributor"}
    items = [(kinds[key], item) for key in kinds for item in data.get(key) or []]
    return [
        {"id": i, "kind": kind, "name": item["name"], "aliases": item.get("aliases") or [], "unit": None}
        for i, (kind, item) in enumerate(items, 1)
    ]


def _grams(prefix: str, text: str) -> dict[str, float]:
    text = NUMBER.sub("N", text)
    return {prefix + text[i : i + size]: 1.0 for size in (1, 2) for i in range(len(text) - size + 1)}


def features(
    reading: Reading, code: str, by_rule: bool, *, rule_feature: bool, before: Reading | None = None
) -> dict[str, float]:
    """The candidate's features; with `before` (the clause before, --context) the context ones too."""
    found = {f"code={code}": 1.0}
    if rule_feature:
        found |= {"rule": float(by_rule), f"rule&{code}": float(by_rule)}
    cues = {cue for cue, on in reading.cues.items() if on}
    if before is not None:
        context = {
            "competitor": COMPETITOR_MARK in reading.read,
            "ours": PRODUCT_MARK in reading.read,
            "competitor_before": COMPETITOR_MARK in before.read,
            "cut": reading.text != reading.read,
        }
        cues |= {name for name, on in context.items() if on}
        found |= {f"cue:{cue}&{code}": 1.0 for cue in cues} | _grams("p:", before.read)
    for cue in cues:
        found[f"cue:{cue}"] = 1.0
        found[f"cue:{cue}&rule{int(by_rule)}"] = 1.0
    return found | _grams("g:", reading.read)


def company_notes(folder: Path, *, rule_feature: bool, context: bool = False) -> list[Note]:
    engine = OfflineExtractor(MasterData(catalog=_catalog(folder)))
    finder = engine.terms.need_finder
    notes: list[Note] = []
    for line in (folder / "notes.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        clean = engine._spoken.standard(normalize(row["text"]).translate(engine._variants))
        dates = find_dates(clean, dt.date.fromisoformat(row["date"]))
        segments = Segments(clean, engine.breaks.find(clean, [(d.start, d.end) for d in dates]))
        marked = engine._marked(clean, engine.gazetteer.find(clean), products=True)
        candidates: list[Candidate] = []
        readings = finder.readings(segments, marked)
        for index, reading in enumerate(readings):
            before = (readings[index - 1] if index else Reading(-1, "", "", [])) if context else None
            for code in dict.fromkeys(reading.codes + finder.named(reading.text)):
                by_rule = code in reading.codes
                found = features(reading, code, by_rule, rule_feature=rule_feature, before=before)
                candidates.append((found, code, by_rule))
        notes.append((set(row["gold"].get("needs") or []), candidates))
    return notes


def counts(notes: list[Note], kept: list[list[bool]]) -> Counter[tuple[str, str]]:
    """(code, tp/fp/fn) counts of the codes kept, per note."""
    found: Counter[tuple[str, str]] = Counter()
    for (gold, candidates), keep in zip(notes, kept, strict=True):
        got = {code for (_, code, _), ok in zip(candidates, keep, strict=True) if ok}
        found.update([(code, "tp") for code in got & gold] + [(code, "fp") for code in got - gold])
        found.update((code, "fn") for code in gold - got)
    return found


def f1(found: Counter[tuple[str, str]], code: str | None = None) -> float:
    tp, fp, fn = (sum(n for (c, kind), n in found.items() if kind == k and code in (None, c)) for k in KINDS)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def precision_recall(found: Counter[tuple[str, str]], code: str) -> str:
    tp, fp, fn = (found[(code, kind)] for kind in KINDS)
    return f"P {tp / (tp + fp) if tp + fp else 1:.2f} R {tp / (tp + fn) if tp + fn else 1:.2f}"


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--veto", type=float, default=0.3)
    parser.add_argument("--admit", type=float, default=0.9)
    parser.add_argument("--strength", type=float, default=0.3)
    parser.add_argument("--balanced", action="store_true")
    parser.add_argument("--no-rule-feature", action="store_true")
    parser.add_argument("--context", action="store_true", help="the clause's context as features too")
    parser.add_argument("--also", type=Path, nargs="*", default=[], help="more company folders")
    parser.add_argument(
        "--codes", nargs="*", default=None, help="the codes the model may judge (default: all)"
    )
    args = parser.parse_args()
    folders = [ROOT / f for f in COMPANIES] + args.also
    data = {
        f.name: company_notes(f, rule_feature=not args.no_rule_feature, context=args.context) for f in folders
    }
    newer: list[tuple[float, float]] = []
    pooled: dict[str, Counter[tuple[str, str]]] = {"rules": Counter(), "model": Counter()}
    print(f"{'company':22} {'rules':>6} {'model':>6}")
    for held, notes in data.items():
        train = [(c, c[1] in gold) for name in data if name != held for gold, cs in data[name] for c in cs]
        vectorizer = DictVectorizer()
        model = LogisticRegression(
            C=args.strength, max_iter=3000, class_weight="balanced" if args.balanced else None
        )
        model.fit(vectorizer.fit_transform([c[0] for c, _ in train]), [label for _, label in train])
        kept: list[list[bool]] = []
        for _, candidates in notes:
            if not candidates:
                kept.append([])
                continue
            scores = model.predict_proba(vectorizer.transform([c[0] for c in candidates]))[:, 1]
            kept.append(
                [
                    (p >= (args.veto if c[2] else args.admit))
                    if args.codes is None or c[1] in args.codes
                    else c[2]
                    for c, p in zip(candidates, scores, strict=True)
                ]
            )
        rules = counts(notes, [[c[2] for c in candidates] for _, candidates in notes])
        judged = counts(notes, kept)
        pooled["rules"].update(rules)
        pooled["model"].update(judged)
        print(f"{held:22} {f1(rules):6.3f} {f1(judged):6.3f}")
        newer += [(f1(rules), f1(judged))] if held in NEWER else []
    mean_rules, mean_model = (sum(pair[i] for pair in newer) / len(newer) for i in (0, 1))
    print(f"{'newer, mean':22} {mean_rules:6.3f} {mean_model:6.3f}")
    print(f"{'pooled':22} {f1(pooled['rules']):6.3f} {f1(pooled['model']):6.3f}")
    for code in sorted({code for code, _ in pooled["rules"]}):
        by_rules, by_model = (precision_recall(pooled[which], code) for which in ("rules", "model"))
        print(f"  {code:20} {by_rules} -> {by_model}")


if __name__ == "__main__":
    main()
