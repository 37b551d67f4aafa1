"""The compliance check scored on the tune data of tests/data/compliance (the tune split, held-out
sets 2 to 4, each scored blind and tune data since, and the tune part of fresh23): a finding counts
when its kind matches and its span overlaps the labelled one (held-out set 5 is scored in bench/)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest

from memory.base.db import Database
from memory.extract.lexicon import load_lexicon
from memory.notes.engines import offline_extractor
from tests.conftest import DATA, DEV, import_into

COMPLIANCE = DATA / "compliance"
THRESHOLDS = {"adverse_event": 0.9, "inducement": 0.9, "off_label": 0.8, "personal_data": 0.8}


def _overlap(note: str, a: str, b: str) -> bool:
    i, j = note.find(a), note.find(b)
    return i < j + len(b) and j < i + len(a)


@pytest.mark.parametrize(
    ("source", "split", "part"),
    [
        ("notes.jsonl", "tune", ""),
        ("heldout2.jsonl", "heldout2", ""),
        ("heldout3.jsonl", "heldout3", ""),
        ("heldout4.jsonl", "heldout4", ""),
        ("fresh23.jsonl", "fresh23", "tune"),
    ],
)
def test_tune_data_precision_and_recall_per_kind(db: Database, source: str, split: str, part: str) -> None:
    """`part`: only the notes whose id holds it (fresh23's held third is scored in bench/, not here)."""
    import_into(db, COMPLIANCE / "catalog.yaml", DEV / "customers.csv", DEV / "reps.csv")
    with db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())
    hits, found, wanted = Counter[str](), Counter[str](), Counter[str]()
    for line in (COMPLIANCE / source).read_text(encoding="utf-8").splitlines():
        note = json.loads(line)
        if note["split"] != split or part not in note["id"]:
            continue
        got = engine.extract(note["text"], date=dt.date.fromisoformat(note["date"]), rep=note["rep"])
        findings = list(got.record.compliance)
        found.update(f.kind for f in findings)
        for label in note["findings"]:
            wanted[label["kind"]] += 1
            same = [f for f in findings if f.kind == label["kind"]]
            match = next((f for f in same if _overlap(note["text"], f.text, label["text"])), None)
            if match is not None:
                findings.remove(match)
                hits[label["kind"]] += 1
    for kind, threshold in THRESHOLDS.items():
        assert hits[kind] / found[kind] >= threshold, (kind, "precision", hits[kind], found[kind])
        assert hits[kind] / wanted[kind] >= threshold, (kind, "recall", hits[kind], wanted[kind])
