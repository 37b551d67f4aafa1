"""The learned commitment judge (memory/extract/commitment_model.py), measured leave-one-company-out.

python bench/commitment_loco.py                       # per company: rules alone vs rules + model (LOCO)
python bench/commitment_loco.py --write               # fit on every company, write the shipped weights
python bench/commitment_loco.py --write --without X   # the same without company X (a LOCO engine)
python bench/commitment_loco.py --veto 0.1            # also veto the rules' own proposals below p 0.1
python bench/commitment_loco.py --undated 0.7         # also admit undated clauses the rules passed over
python bench/commitment_loco.py --rows FILE           # keep the rows in FILE, reuse them when it exists

Each company's notes go through the offline engine with its own master data (a temp KEQING_HOME per
company, in a process of its own); per note, the rules' commitments and the dated clauses they
passed over (the candidates). A candidate is right when its due date is one the writer gave that
neither the rules' commitments nor an earlier candidate took (the metric's due-date multiset). LOCO
fits on every company but one and scores that one with the metric's micro F1 of commitments over its
notes. --veto fits a second model on the rules' own proposals (right when their due is the writer's),
--undated a third on undated clauses with a cue of the rep's words or a committing verb (right while
the writer gave undated commitments the rules did not find); both were measured and not shipped
(bench/README.md, "Session 27: commitments"). Only summary figures are printed: a check set's notes
are never shown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from bench.labelled import COMPANIES, NEWER, engine_for, rows_in_own_process

ROOT = Path(__file__).resolve().parents[1]
# L2 strength; the features kept are those seen in at least MIN_COMPANIES companies (no one
# company's names or habits); right candidates are few, so each class is weighed by its rarity
STRENGTH = 0.5
MIN_COMPANIES = 2

Row = dict[str, Any]


def _dump(folder: Path) -> None:
    """Print the folder's notes as candidate rows (run in a process of its own: one KEQING_HOME)."""
    from memory.extract.commitment_model import features
    from memory.extract.dates import find_dates
    from memory.extract.judged_commitments import JudgedCommitmentFinder
    from memory.extract.text import Segments, normalize

    engine = engine_for(folder, "keqing-commit-")
    for line in (folder / "notes.jsonl").read_text("utf-8").splitlines():
        note = json.loads(line)
        ref = dt.date.fromisoformat(note["date"])
        # as OfflineExtractor.extract reads a note up to its commitments
        clean = engine._spoken.standard(normalize(note["text"]).translate(engine._variants))
        dates = find_dates(clean, ref)
        segments = Segments(clean, engine.breaks.find(clean, [(d.start, d.end) for d in dates]))
        mentions = engine.gazetteer.find(clean)
        customer = engine.customers.resolve(clean, segments, mentions, note.get("rep"))
        people = engine._people(clean, segments, mentions, customer, dates)
        finder = JudgedCommitmentFinder(engine.lexicon, [p.name for p in people])
        rules = super(JudgedCommitmentFinder, finder).commitments(
            segments, dates, ref, finder.next_visit(segments, dates, ref)
        )
        gold = Counter(c.get("due") for c in note["gold"].get("commitments") or [])
        got = [None if f.due is None else f.due.isoformat() for f in rules]
        left = gold - Counter(got)
        ruled = []
        spent = Counter(gold)
        for f in rules:
            due = None if f.due is None else f.due.isoformat()
            cues = finder._cues(segments, f.clause, dates) if 0 <= f.clause < len(segments.clauses) else []
            feats = features(segments, f.clause, dates, cues) if 0 <= f.clause < len(segments.clauses) else {}
            ruled.append({"due": due, "right": spent[due] > 0, "features": list(feats)})
            spent[due] -= 1
        picks = []
        for pick in finder.candidates(rules, segments, dates, ref):
            due = pick.due.isoformat()
            picks.append(
                {"due": due, "clause": pick.clause, "right": left[due] > 0, "features": list(pick.features)}
            )
            left[due] -= 1
        undated = []
        taken = {f.clause for f in rules} | {p["clause"] for p in picks}
        for index, clause in enumerate(segments.clauses):
            if index in taken or any(clause.start <= d.start < clause.end for d in dates):
                continue
            cues = finder._cues(segments, index, dates)
            if not {"rep_says", "verb", "act", "asked", "before_rep_says"} & set(cues):
                continue
            feats = features(segments, index, dates, cues)
            undated.append({"due": None, "clause": index, "features": list(feats)})
        for row in undated:  # right while the writer gave undated ones the rules did not take
            row["right"] = left[None] > 0
            left[None] -= 1
        print(
            json.dumps(
                {
                    "gold": list(gold.elements()),
                    "rules": got,
                    "ruled": ruled,
                    "picks": picks,
                    "undated": undated,
                }
            )
        )


def _rows(folder: str) -> list[Row]:
    path = ROOT / folder
    if not path.exists():
        return []
    return rows_in_own_process(__file__, "--dump", str(path))


def companies(saved: Path | None = None) -> dict[str, list[Row]]:
    """Every company's rows; `saved`: read from that file when it exists, else written to it (to try
    several options on one engine's rows)."""
    if saved is not None and saved.exists():
        loaded: dict[str, list[Row]] = json.loads(saved.read_text("utf-8"))
        return loaded
    with ThreadPoolExecutor(2) as pool:
        rows = dict(zip(COMPANIES, pool.map(_rows, COMPANIES), strict=True))
    found = {Path(folder).name: notes for folder, notes in rows.items() if notes}
    if saved is not None:
        saved.write_text(json.dumps(found, ensure_ascii=False), "utf-8")
    return found


def fitted(sets: dict[str, list[Row]], kind: str = "picks") -> Any:
    """A logistic regression over one kind of row: the dated clauses the rules passed over (picks),
    the rules' own commitments (ruled), or undated clauses (undated)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from memory.extract.commitment_model import CommitmentModel

    seen: Counter[str] = Counter()
    for notes in sets.values():
        seen.update({f for note in notes for pick in note[kind] for f in pick["features"]})
    keep = {f for f, n in seen.items() if n >= MIN_COMPANIES}
    picks = [pick for notes in sets.values() for note in notes for pick in note[kind]]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([{f: 1.0 for f in p["features"] if f in keep} for p in picks])
    model = LogisticRegression(C=STRENGTH, max_iter=3000, class_weight="balanced")
    model.fit(matrix, [p["right"] for p in picks])
    weights = {str(n): round(float(model.coef_[0, c]), 4) for n, c in vectorizer.vocabulary_.items()}
    return CommitmentModel(float(model.intercept_[0]), {n: w for n, w in weights.items() if w})


def _p(model: Any, row: Row) -> float:
    return float(model.probability(dict.fromkeys(row["features"], 1.0)))


def f1(notes: list[Row], models: dict[str, Any], options: dict[str, Any]) -> tuple[float, float, float]:
    """The metric's micro F1, P and R of the commitments' due dates: the rules' (less those the veto
    model finds unlikely), the dated picks admitted, the undated clauses admitted."""
    tp = fp = fn = 0
    for note in notes:
        got: Counter[str | None]
        if "ruled" in models:
            got = Counter(r["due"] for r in note["ruled"] if _p(models["ruled"], r) >= options["veto"])
        else:
            got = Counter(note["rules"])
        if "picks" in models:
            got.update(p["due"] for p in note["picks"] if _p(models["picks"], p) >= options["admit"])
        if "undated" in models:
            got.update(None for u in note["undated"] if _p(models["undated"], u) >= options["undated"])
        wanted: Counter[str | None] = Counter(note["gold"])
        both = sum((wanted & got).values())
        tp, fp, fn = tp + both, fp + sum(got.values()) - both, fn + sum(wanted.values()) - both
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def _report(args: argparse.Namespace) -> None:
    sets = companies(args.rows)
    kinds = ["picks"] + (["ruled"] if args.veto else []) + (["undated"] if args.undated else [])
    models = {
        held: {kind: fitted({c: n for c, n in sets.items() if c != held}, kind) for kind in kinds}
        for held in sets
    }
    for admit in args.admit:
        options = {"admit": admit, "veto": args.veto or 0.0, "undated": args.undated or 1.0}
        _table(sets, models, options)


def _table(sets: dict[str, list[Row]], models: dict[str, Any], options: dict[str, Any]) -> None:
    print(f"options {options}")
    print(f"{'company':20s} {'notes':>5s} {'rules':>17s} {'rules + model LOCO':>19s}")
    gains, newer = [], []
    for held, notes in sets.items():
        before, after = f1(notes, {}, options), f1(notes, models[held], options)
        gains.append(after[0] - before[0])
        if held in NEWER:
            newer.append(after[0])
        figures = "  ".join(f"{x[0]:.3f} P{x[1]:.2f} R{x[2]:.2f}" for x in (before, after))
        print(f"{held:20s} {len(notes):5d} {figures}  {gains[-1]:+.3f}")
    mean = sum(gains) / len(gains)
    print(f"LOCO gain mean {mean:+.4f} worst {min(gains):+.4f}; NEWER mean F1 {sum(newer) / len(newer):.4f}")


def _write(without: str | None, saved: Path | None) -> None:
    from memory.extract.commitment_model import WEIGHTS

    model = fitted({c: n for c, n in companies(saved).items() if c != without})
    text = json.dumps(model.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    WEIGHTS.write_text(text + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write", action="store_true", help="fit and write the shipped weights")
    parser.add_argument("--without", help="leave this company out of --write")
    parser.add_argument("--admit", type=float, nargs="*", help="thresholds to report (default: ADMIT)")
    parser.add_argument("--veto", type=float, help="also veto the rules' commitments below this")
    parser.add_argument("--undated", type=float, help="also admit undated clauses at this")
    parser.add_argument("--rows", type=Path, help="keep the companies' rows in this file (reused if there)")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        _dump(args.dump)
    elif args.write:
        _write(args.without, args.rows)
    else:
        from memory.extract.commitment_model import ADMIT

        args.admit = args.admit or [ADMIT]
        _report(args)


if __name__ == "__main__":
    main()
