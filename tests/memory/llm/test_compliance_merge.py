"""Findings a model adds to the rules' (issue 18): kept only with a quote the note holds, over real
HTTP against a scripted endpoint and, slow, against the real local model."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from memory.base.db import Database
from memory.base.settings import get_settings
from memory.extract.lexicon import load_lexicon
from memory.extract.text import normalize
from memory.llm.extract import LLMExtractor
from memory.llm.factory import _models, chat_model
from memory.notes.engines import extractor
from memory.schema.record import VisitRecord
from tests.memory.compliance.conftest import kinds
from tests.memory.llm.conftest import start
from tests.memory.llm.test_merge import NOTES

DAY = dt.date(2026, 9, 7)
# h001 of tests/data/llm with one more sentence: a reaction the rules have no word for (打嗝)
NOTE = str(NOTES[0]["text"]) + "。周店长说有个老顾客吃了六味以后老打嗝 停不下来"


def _extract(db: Database, text: str) -> VisitRecord:
    with db.session() as session:
        engine = extractor(session=session, lexicon=load_lexicon(), model=chat_model(get_settings(), db))
    assert isinstance(engine, LLMExtractor)
    return engine.extract(text, date=DAY, rep="赵磊").record


@pytest.fixture
def scripted(tmp_path: Path, use_model: Callable[..., None]) -> Iterator[Callable[..., None]]:
    """scripted(findings, text): a server answering the gold record of h001 with these findings."""
    processes = []

    def serve(findings: list[Any], text: str = NOTE) -> None:
        _models.clear()
        gold = tmp_path / "gold.jsonl"
        note = {"text": text, "gold": {**NOTES[0]["gold"], "compliance": findings}}
        gold.write_text(json.dumps(note, ensure_ascii=False) + "\n", encoding="utf-8")
        process, url = start("perfect", str(gold))
        processes.append(process)
        use_model(url, timeout=10)

    yield serve
    for process in processes:
        process.kill()
        process.wait()
    _models.clear()


def test_a_models_finding_stands_only_with_a_quote_of_the_note(
    sample_db: Database, scripted: Callable[..., None]
) -> None:
    scripted(
        [
            {"kind": "adverse_event", "text": "有个老顾客吃了六味以后老打嗝", "product": "六味"},
            {"kind": "inducement", "text": "周店长要了两千块的购物卡", "product": None},  # not in the note
            {"kind": "kickback", "text": "周店长人很热情", "product": None},  # no such kind
        ]
    )
    record = _extract(sample_db, NOTE)
    assert kinds(record.compliance) == ["adverse_event"]
    finding = record.compliance[0]
    assert finding.text in NOTE and "打嗝" in finding.text
    assert finding.product == "六味地黄丸" and finding.advice  # the alias resolved; the advice is ours


def test_the_rules_findings_stay_and_a_models_repeat_of_one_is_dropped(
    sample_db: Database, scripted: Callable[..., None]
) -> None:
    text = NOTE.replace("老打嗝 停不下来", "浑身起红疹子")  # the rules find this one themselves
    scripted([], text)
    assert kinds(_extract(sample_db, text).compliance) == ["adverse_event"]
    scripted([{"kind": "adverse_event", "text": "吃了六味以后浑身起红疹子", "product": None}], text)
    record = _extract(sample_db, text)
    assert kinds(record.compliance) == ["adverse_event"] and record.compliance[0].product == "六味地黄丸"


@pytest.mark.slow
def test_whatever_the_real_model_writes_every_finding_quotes_the_note(
    sample_db: Database, llama_url: str, use_model: Callable[..., None]
) -> None:
    use_model(llama_url)
    record = _extract(sample_db, NOTE)
    assert all(f.text in normalize(NOTE) and f.advice for f in record.compliance)
