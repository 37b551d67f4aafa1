"""Metamorphic: compliance notes written the way phones and voice input write them (no punctuation,
numerals in the other script) get the same kinds of finding as the originals (the rewrites are
those of tests/memory/extract/test_metamorphic.py)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest

from memory.base.db import Database
from memory.extract.lexicon import load_lexicon
from memory.notes.engines import offline_extractor
from tests.conftest import DATA, DEV, import_into
from tests.memory.extract.test_metamorphic import numerals_swapped, without_punctuation

COMPLIANCE = DATA / "compliance"


@pytest.mark.parametrize("source", ["notes.jsonl", "heldout3.jsonl"])
def test_rewritten_notes_get_the_same_kinds_of_finding(db: Database, source: str) -> None:
    import_into(db, COMPLIANCE / "catalog.yaml", DEV / "customers.csv", DEV / "reps.csv")
    with db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())
    lines = (COMPLIANCE / source).read_text(encoding="utf-8").splitlines()
    notes = [n for n in map(json.loads, lines) if n["split"] != "heldout"]  # the unread split stays unread

    def kinds(rewrite: Callable[[str], str]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for note in notes:
            date = dt.date.fromisoformat(note["date"])
            record = engine.extract(rewrite(note["text"]), date=date, rep=note["rep"]).record
            found |= {(note["id"], f.kind) for f in record.compliance}
        return found

    original = kinds(lambda text: text)
    assert original
    for rewrite in (without_punctuation, numerals_swapped):
        rewritten = kinds(rewrite)
        assert len(original & rewritten) / len(original | rewritten) >= 0.95, rewrite
