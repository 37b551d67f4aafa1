"""The learned commitment judge (memory/extract/commitment_model.py), measured leave-one-company-out.

python bench/commitment_loco.py            # per company: the rules alone vs rules + model (LOCO)
python bench/commitment_loco.py --write    # fit on every company and write the shipped weights

Each company's notes go through the offline engine with its own master data (a temp KEQING_HOME per
company, in a process of its own); per note the rules' commitments and the clauses they passed over
with a future date are the candidates. A candidate is labelled right when its due date is one the
writer gave and no earlier candidate took (the metric's due-date multiset). LOCO fits on every
company but one and scores that one with the metric's micro F1 over its notes. Only summary figures
are printed: a company read as a check set shows nothing of its notes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MAIN_DATA = Path("/work/main/tests/data/companies")
# the labelled company sets the model is fitted on (never a blind set); the session-26 check sets are
# read from the repository when they are there
COMPANIES = [
    "tests/data/dev",
    *(
        f"tests/data/companies/{name}"
        for name in (
            "qinghe",
            "tune_songbei",
            "tune_minghe",
            "heldout2_yikang",
            "heldout_beiyuan",
            "heldout3_guikang",
            "heldout4_shuchuan",
            "heldout5_qinchuan",
            "heldout6_xiangjiang",
            "tune26a_dianqian",
            "tune26b_jinmeng",
        )
    ),
]
# L2 strength of both regressions, and the features kept: those seen in this many companies
STRENGTH = 0.5
MIN_COMPANIES = 2
THRESHOLDS = {"veto": 0.15, "admit": 0.6}
# each class weighed by its rarity: wrong proposals and right passed-over clauses are few
BALANCED: str | None = "balanced"

Row = dict[str, Any]


def _dump(folder: Path) -> None:
    """Print the folder's notes as candidate rows (run in a process of its own: one KEQING_HOME)."""
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-commit-")
    from memory.accounts.masterdata import import_files
    from memory.base.db import open_database
    from memory.extract.commitment_finder import CommitmentFinder
    from memory.extract.dates import find_dates
    from memory.extract.lexicon import load_lexicon
    from memory.extract.text import Segments, normalize
    from memory.notes.engines import offline_extractor

    db = open_database()
    files = [folder / f for f in ("catalog.yaml", "customers.csv", "reps.csv") if (folder / f).exists()]
    with db.session() as session:
        import_files(session=session, paths=files)
    with db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())
    for line in (folder / "notes.jsonl").read_text("utf-8").splitlines():
        note = json.loads(line)
        ref = dt.date.fromisoformat(note["date"])
        clean = engine._spoken.standard(normalize(note["text"]).translate(engine._variants))
        dates = find_dates(clean, ref)
        segments = Segments(clean, engine.breaks.find(clean, [(d.start, d.end) for d in dates]))
        mentions = engine.gazetteer.find(clean)
        customer = engine.customers.resolve(clean, segments, mentions, note.get("rep"))
        people = engine._people(clean, segments, mentions, customer, dates)
        finder = CommitmentFinder(engine.lexicon, [p.name for p in people])
        found = finder.by_rules(segments, dates, ref, finder.next_visit(segments, dates, ref))
        gold = Counter(c.get("due") for c in note["gold"].get("commitments") or [])
        rows = []
        for pick in finder.candidates(found, segments, dates, ref):
            due = None if pick.due is None else pick.due.isoformat()
            right = gold[due] > 0
            gold[due] -= right
            rows.append({"proposed": pick.proposed, "due": due, "right": right, "features": list(pick.features)})
        rules = [None if f.due is None else f.due.isoformat() for f in found if f.clause < 0]
        print(json.dumps({"gold": note["gold"].get("commitments") or [], "unjudged": rules, "picks": rows}))


def _rows(folder: str) -> list[Row]:
    path = ROOT / folder
    if not path.exists() and (MAIN_DATA / path.name).exists():
        path = MAIN_DATA / path.name
    if not path.exists():
        return []
    done = subprocess.run(
        [sys.executable, __file__, "--dump", str(path)],
        env={**os.environ, "PYTHONPATH": str(ROOT), "KEQING_LLM": "offline"},
        capture_output=True,
        text=True,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def _fit(examples: list[tuple[list[str], bool]], keep: set[str]) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys([f for f in names if f in keep], 1.0) for names, _ in examples])
    labels = [right for _, right in examples]
    if len(set(labels)) < 2:
        return {"bias": 0.0 if labels and labels[0] else -5.0, "weights": {}}
    model = LogisticRegression(C=STRENGTH, max_iter=3000, class_weight=BALANCED)
    model.fit(matrix, labels)
    weights = {str(n): round(float(model.coef_[0, c]), 4) for n, c in vectorizer.vocabulary_.items()}
    return {"bias": float(model.intercept_[0]), "weights": {n: w for n, w in weights.items() if w}}


def fitted(companies: dict[str, list[Row]], thresholds: dict[str, float]) -> Any:
    from memory.extract.commitment_model import CommitmentModel

    seen: Counter[str] = Counter()
    for notes in companies.values():
        seen.update({f for note in notes for pick in note["picks"] for f in pick["features"]})
    keep = {f for f, n in seen.items() if n >= MIN_COMPANIES}
    picks = [p for notes in companies.values() for note in notes for p in note["picks"]]
    models = {
        kind: _fit([(p["features"], p["right"]) for p in picks if p["proposed"] == (kind == "veto")], keep)
        for kind in ("veto", "admit")
    }
    return CommitmentModel(models, thresholds)


def f1(notes: list[Row], model: Any) -> tuple[float, float, float]:
    """The metric's micro F1 (P, R) of the commitments' due dates over notes; `model` None: rules alone."""
    from memory.extract.commitment_model import Candidate

    tp = fp = fn = 0
    for note in notes:
        got = Counter(note["unjudged"])
        for pick in note["picks"]:
            candidate = Candidate(0, None, pick["proposed"], dict.fromkeys(pick["features"], 1.0))
            if (pick["proposed"] and model is None) or (model is not None and model.keeps(candidate)):
                got[pick["due"]] += 1
        wanted = Counter(c.get("due") for c in note["gold"])
        both = sum((wanted & got).values())
        tp, fp, fn = tp + both, fp + sum(got.values()) - both, fn + sum(wanted.values()) - both
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def _all() -> dict[str, list[Row]]:
    with ThreadPoolExecutor(2) as pool:
        rows = dict(zip(COMPANIES, pool.map(_rows, COMPANIES), strict=True))
    return {Path(folder).name: notes for folder, notes in rows.items() if notes}


def _report(thresholds: dict[str, float]) -> None:
    companies = _all()
    print(f"{'company':20s} {'notes':>5s} {'rules':>18s} {'rules+model LOCO':>18s}")
    gains = []
    for held, notes in companies.items():
        model = fitted({c: n for c, n in companies.items() if c != held}, thresholds)
        before, after = f1(notes, None), f1(notes, model)
        gains.append(after[0] - before[0])
        print(f"{held:20s} {len(notes):5d} " + "  ".join(f"{x[0]:.3f} P{x[1]:.2f} R{x[2]:.2f}" for x in (before, after)))
    print(f"LOCO gain mean {sum(gains) / len(gains):+.3f} worst {min(gains):+.3f}")


def _write(thresholds: dict[str, float]) -> None:
    from memory.extract.commitment_model import WEIGHTS

    model = fitted(_all(), thresholds)
    WEIGHTS.write_text(json.dumps(model.to_json(), ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="fit on every company and write the weights")
    parser.add_argument("--veto", type=float, default=THRESHOLDS["veto"])
    parser.add_argument("--admit", type=float, default=THRESHOLDS["admit"])
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    thresholds = {"veto": args.veto, "admit": args.admit}
    if args.dump:
        _dump(args.dump)
    elif args.write:
        _write(thresholds)
    else:
        _report(thresholds)


if __name__ == "__main__":
    main()
