"""What each kind of learning from confirmed records is worth on a company's unseen half.

python bench/learned_kinds.py [FOLDER…] [--scorer PATH]

For each company folder (default: the companies of bench/learning_curve.py and the dev set), both
ways (A→B: the first half confirmed, the second scored; B→A the other way round), the confirmed half
goes through the real CLI (`keqing note --jsonl --yes`, lines carrying "record") in a fresh home.
The scored half is then read in-process by engines built from that home: with nothing learned
(the master data of a home where nothing was confirmed), with the accounts the confirmed notes
created alone (`new_accounts`), with those accounts and one learned section alone (account_contacts,
alias, need_phrases, tone_prior, …), with everything but one section (`all but …`), and with
everything (`all`, which is what the CLI reads). Printed: per kind, the overall gain each way per
company and, per field, the lowest gain of any company either way (a kind that lowers a field
anywhere shows there).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from bench.learning_curve import COMPANIES, DEFAULT, _figures, _scorer
from bench.score import DEFAULT_SCORER, ROOT, _home, _keqing, _write
from memory.accounts.masterdata import read_master_data
from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData
from memory.extract.lexicon import load_lexicon
from memory.extract.teach import Phrase, taught_engine
from memory.notes.learning import learned_phrases


def _read(home: Path) -> tuple[MasterData, list[Phrase]]:
    with Session(create_engine(f"sqlite:///{home / 'keqing.db'}")) as session:
        return read_master_data(session=session), learned_phrases(session=session)


def _read_half(engine: OfflineExtractor, rows: list[dict]) -> dict[str, dict]:
    return {
        r["id"]: engine.extract(
            r["text"], date=dt.date.fromisoformat(r["date"]), rep=r.get("rep")
        ).record.to_json()
        for r in rows
    }


def way(
    folder: Path, work: Path, name: str, halves: tuple[list[dict], list[dict]], scorer: Path
) -> dict[str, dict]:
    """Figures of the scored half per kind: `none`, `new_accounts`, each learned section, `all`."""
    confirmed, scored = halves
    score = _scorer(scorer)
    lexicon = load_lexicon()
    plain, _ = _read(_home(folder, work, f"{name}-plain"))
    home = _home(folder, work, name)
    lines = [{k: r[k] for k in ("id", "date", "rep", "text")} | {"record": r["gold"]} for r in confirmed]
    _keqing(home, "note", "--jsonl", str(_write(work / f"{name}.confirm.jsonl", lines)), "--yes")
    data, phrases = _read(home)
    kinds: dict[str, tuple[MasterData, list[Phrase]]] = {"none": (plain, []), "new_accounts": (data, [])}
    for section in dict.fromkeys(p.section for p in phrases):
        kinds[section] = (data, [p for p in phrases if p.section == section])
        kinds[f"all but {section}"] = (data, [p for p in phrases if p.section != section])
    kinds["all"] = (data, phrases)
    figures = {
        kind: _figures(score, scored, _read_half(taught_engine(d, lexicon, p), scored))
        for kind, (d, p) in kinds.items()
    }
    figures["learned"] = {
        "count": float(len(phrases)),
        "sections": list(dict.fromkeys(p.section for p in phrases)),
    }
    return figures


def company(folder: Path, scorer: Path) -> dict[str, Any]:
    rows = [json.loads(line) for line in (folder / "notes.jsonl").read_text("utf-8").splitlines() if line]
    half = len(rows) // 2
    with tempfile.TemporaryDirectory(prefix="keqing-kinds-") as tmp:
        work = Path(tmp)
        return {
            "name": folder.name,
            "ab": way(folder, work, "ab", (rows[:half], rows[half:]), scorer),
            "ba": way(folder, work, "ba", (rows[half:], rows[:half]), scorer),
        }


def _gain(figures: dict[str, dict], kind: str, field: str) -> float | None:
    """A section's gain over the accounts alone; every other kind's over nothing learned."""
    if kind not in figures:
        return None
    base = figures["new_accounts"] if kind in figures["learned"]["sections"] else figures["none"]
    return figures[kind][field] - base[field]


def report(results: list[dict[str, Any]]) -> None:
    kinds = list(
        dict.fromkeys(k for r in results for w in ("ab", "ba") for k in r[w] if k not in ("none", "learned"))
    )
    fields = [f for f in results[0]["ab"]["none"] if f != "overall"]
    print(f"{'kind':18}" + "".join(f"{r['name'][-9:]:>16}" for r in results) + f"{'mean':>8}  lowest field")
    for kind in kinds:
        cells, gains = [], []
        for r in results:
            pair = [_gain(r[w], kind, "overall") for w in ("ab", "ba")]
            gains += [g for g in pair if g is not None]
            cells.append("/".join("  -   " if g is None else f"{g:+.3f}" for g in pair))
        worst = min(
            (
                (g, f)
                for r in results
                for w in ("ab", "ba")
                for f in fields
                if (g := _gain(r[w], kind, f)) is not None
            ),
            default=(0.0, ""),
        )
        mean = sum(gains) / len(gains) if gains else 0.0
        low = f"{worst[1]} {worst[0]:+.3f}" if worst[0] < -1e-9 else "none lower"
        print(f"{kind:18}" + "".join(f"{c:>16}" for c in cells) + f"{mean:+8.4f}  {low}")
    print(f"\n{'field (all)':18}" + "".join(f"{r['name'][-9:]:>16}" for r in results))
    for field in fields:
        cells = ["/".join(f"{_gain(r[w], 'all', field):+.3f}" for w in ("ab", "ba")) for r in results]
        if any(c != "+0.000/+0.000" for c in cells):
            print(f"{field:18}" + "".join(f"{c:>16}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", type=Path, nargs="*")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    folders = [f.resolve() for f in args.folders] or [
        ROOT / "tests/data/dev",
        *(COMPANIES / name for name in (*DEFAULT, "heldout5_qinchuan")),
    ]
    results = [company(folder, args.scorer) for folder in folders]
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), "utf-8")
    report(results)


if __name__ == "__main__":
    main()
