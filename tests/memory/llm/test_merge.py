"""The merge against OpenAI-compatible endpoints of known quality, over real HTTP: a perfect model (the
gold record of the note asked about), a fluent wrong one (the gold record of another note), junk, and
a dead port. Notes and gold: tests/data/llm (company: tests/data/sample)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from memory.base.db import Database
from memory.base.settings import get_settings
from memory.extract.lexicon import load_lexicon
from memory.llm.extract import LLMExtractor
from memory.llm.factory import _models, chat_model
from memory.notes.engines import extractor, offline_extractor
from tests.conftest import DATA
from tests.memory.llm.conftest import free_port, start

NOTES_PATH = DATA / "llm" / "notes.jsonl"
NOTES: list[dict[str, Any]] = [
    json.loads(line) for line in NOTES_PATH.read_text(encoding="utf-8").splitlines()
]


@pytest.fixture
def endpoint(use_model: Callable[..., None]) -> Iterator[Callable[[str], None]]:
    """endpoint(kind) points the settings at a scripted server of that kind (or a dead port)."""
    processes = []

    def point(kind: str) -> None:
        _models.clear()  # a fresh circuit breaker per endpoint
        if kind == "dead":
            use_model(f"http://127.0.0.1:{free_port()}/v1", timeout=2)
            return
        process, url = start(kind, str(NOTES_PATH))
        processes.append(process)
        use_model(url, timeout=10)

    yield point
    for process in processes:
        process.kill()
        process.wait()
    _models.clear()


def _records(db: Database) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(offline, LLM engine) records of every note, without the summary."""
    offline: list[dict[str, Any]] = []
    merged: list[dict[str, Any]] = []
    with db.session() as session:
        engine = extractor(session=session, lexicon=load_lexicon(), model=chat_model(get_settings(), db))
        rules = offline_extractor(session=session, lexicon=load_lexicon())
    assert isinstance(engine, LLMExtractor)
    for note in NOTES:
        day = dt.date.fromisoformat(note["date"])
        for out, source in ((offline, rules), (merged, engine)):
            record = source.extract(note["text"], date=day, rep=note["rep"]).record.to_json()
            record.pop("summary")
            record.pop("compliance")  # never scored with the fields (contract), so not in the gold
            out.append(record)
    return offline, merged


def test_a_perfect_model_makes_every_record_the_gold_one(
    sample_db: Database, endpoint: Callable[[str], None]
) -> None:
    endpoint("perfect")
    offline, merged = _records(sample_db)
    assert merged == [note["gold"] for note in NOTES]
    assert sum(o != note["gold"] for o, note in zip(offline, NOTES, strict=True)) == len(NOTES)


@pytest.mark.parametrize("kind", ["wrong", "junk", "dead"])
def test_a_wrong_junk_or_dead_model_leaves_the_offline_record(
    sample_db: Database, endpoint: Callable[[str], None], kind: str
) -> None:
    endpoint(kind)
    offline, merged = _records(sample_db)
    assert merged == offline


def test_the_card_follows_the_merged_record(sample_db: Database, endpoint: Callable[[str], None]) -> None:
    endpoint("perfect")
    note = NOTES[1]  # a misspelt account the rules leave unmatched
    with sample_db.session() as session:
        engine = extractor(
            session=session, lexicon=load_lexicon(), model=chat_model(get_settings(), sample_db)
        )
    got = engine.extract(note["text"], date=dt.date.fromisoformat(note["date"]), rep=note["rep"])
    assert got.customer is not None and got.customer.name == note["gold"]["customer"]["name"]
    assert note["gold"]["customer"]["name"] in got.record.summary
