"""The LLM engine against real OpenAI-compatible servers: llama.cpp (xllamacpp) with gemma3-270m, a dead
port, a server that never answers, and a server killed mid-request. The tiny model mostly writes junk:
these tests prove the plumbing and that every failure ends in a valid record or answer. The merge
against models of known quality: test_merge.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.flows.briefing import BriefingFlow
from bot.flows.team import TeamFlow
from bot.views.team import render_team
from knowledge.llm_answer import clean_citations, usable
from knowledge.playbook_service import open_playbook
from memory.base.db import Database
from memory.base.settings import get_settings
from memory.extract.lexicon import load_lexicon
from memory.llm.extract import LLMExtractor
from memory.llm.factory import chat_model
from memory.llm.grounding import Grounds
from memory.llm.model import LLMUnavailable
from memory.llm.phrase import faithful, lines_by_number
from memory.notes.engines import extractor, offline_extractor
from memory.reports.cadence import load_policy
from memory.reports.team import team_summary
from memory.schema.models import LLMUsage
from tests.conftest import app_context, dev_notes
from tests.memory.llm.conftest import free_port, start

pytestmark = pytest.mark.slow
NOTES = dev_notes()
KNOWLEDGE = Path(__file__).resolve().parents[2] / "data" / "knowledge"


def _usage(db: Database) -> list[LLMUsage]:
    with db.session() as session:
        return list(session.scalars(select(LLMUsage).order_by(LLMUsage.id)))


def test_extraction_through_a_real_server_is_valid_and_grounded(
    dev_db: Database, llama_url: str, use_model: Callable[..., None]
) -> None:
    use_model(llama_url)
    for note in NOTES[:3]:
        day = dt.date.fromisoformat(str(note["date"]))
        text = str(note["text"])
        with dev_db.session() as session:
            engine = extractor(
                session=session, lexicon=load_lexicon(), model=chat_model(get_settings(), dev_db)
            )
            offline = (
                offline_extractor(session=session, lexicon=load_lexicon()).extract(text, date=day).record
            )
        assert isinstance(engine, LLMExtractor)
        merged = engine.extract(text, date=day).record
        grounds = Grounds(text, day)
        # whatever the tiny model wrote, what stands is the rules' or the note's
        known = engine.names.resolve(merged.customer.name, "customer") is not None
        assert merged.customer == offline.customer or known or grounds.says(merged.customer.name)
        assert all(
            p in offline.products or grounds.number(p.quantity) or p.quantity is None for p in merged.products
        )
        assert merged.next_visit in (offline.next_visit, None) or grounds.day(merged.next_visit)
    rows = _usage(dev_db)
    assert len(rows) == 3 and all(r.purpose == "extract" for r in rows)
    assert all(r.prompt_tokens > 0 for r in rows if r.ok)


def test_answers_cite_real_passages_or_fall_back(
    dev_db: Database, llama_url: str, use_model: Callable[..., None]
) -> None:
    use_model(llama_url)
    playbook = open_playbook(dev_db)
    assert playbook.model is not None
    answer = playbook.ask("第一次拜访诊所要注意什么?")
    # cited, or the offline answer, or the model's own refusal (covered: false, no sources)
    assert answer.answer and (answer.sources or not answer.covered)
    assert all(
        1 <= int(n) <= len(answer.sources) for n in __import__("re").findall(r"\[(\d+)\]", answer.answer)
    )
    tokens = list(
        playbook.model.stream("answer", purpose="answer", question="你好", passages="[1] 拜访:先聊人")
    )
    assert tokens and all(isinstance(t, str) for t in tokens)
    assert [r.purpose for r in _usage(dev_db)] == ["answer", "answer"]


def test_citation_checks() -> None:
    assert clean_citations("先聊人[1],再谈事[7]。", 3) == "先聊人[1],再谈事。"
    assert usable("先聊人[2]", 3) and not usable("hello [1]", 3) and not usable("先聊人", 3)
    assert faithful("本月拜访 12 次", "拜访 12 次") and not faithful("本月拜访 13 次", "拜访 12 次")


def test_a_dead_endpoint_opens_the_breaker(dev_db: Database, use_model: Callable[..., None]) -> None:
    use_model(f"http://127.0.0.1:{free_port()}/v1", timeout=2)
    note = str(NOTES[0]["text"])
    with dev_db.session() as session:
        engine = extractor(session=session, lexicon=load_lexicon(), model=chat_model(get_settings(), dev_db))
        expected = (
            offline_extractor(session=session, lexicon=load_lexicon())
            .extract(note, date=dt.date(2026, 1, 5))
            .record
        )
    for _ in range(5):
        assert engine.extract(note, date=dt.date(2026, 1, 5)).record == expected
    rows = _usage(dev_db)
    assert len(rows) == 3 and not any(r.ok for r in rows)  # after 3 failures the breaker stops calling


def test_a_slow_endpoint_times_out_to_the_offline_answer(
    dev_db: Database, use_model: Callable[..., None]
) -> None:
    process, url = start("slow")
    try:
        use_model(url, timeout=1)
        playbook = open_playbook(dev_db)
        answer = playbook.ask("第一次拜访诊所要注意什么?")
        assert answer.answer == playbook.offline_answer("第一次拜访诊所要注意什么?", answer.sources).answer
        (row,) = _usage(dev_db)
        assert not row.ok and "timed out" in (row.error or "").lower()
    finally:
        process.kill()


def test_a_server_killed_mid_request(dev_db: Database, use_model: Callable[..., None]) -> None:
    process, url = start("llama")
    use_model(url, timeout=60)
    note = str(NOTES[1]["text"])
    with dev_db.session() as session:
        engine = extractor(session=session, lexicon=load_lexicon(), model=chat_model(get_settings(), dev_db))
        expected = (
            offline_extractor(session=session, lexicon=load_lexicon())
            .extract(note, date=dt.date(2026, 1, 7))
            .record
        )
    timer = threading.Timer(0.5, process.kill)
    timer.start()
    try:
        assert engine.extract(note, date=dt.date(2026, 1, 7)).record == expected
    finally:
        timer.cancel()
        process.kill()
    (row,) = _usage(dev_db)
    assert not row.ok
    with pytest.raises(LLMUnavailable):
        list(chat_model(get_settings(), dev_db).stream("answer", purpose="answer", question="?", passages=""))  # type: ignore[union-attr]


def test_briefing_points_reworded_only_when_faithful(
    saved_dev: Database, llama_url: str, use_model: Callable[..., None]
) -> None:
    use_model(llama_url)
    day = dt.date(2026, 3, 19)
    with_model = app_context(saved_dev)
    without = dataclasses.replace(with_model, model=None)
    plain = BriefingFlow(without).brief(user=None, query="城关百姓大药房", today=day).data
    worded = BriefingFlow(with_model).brief(user=None, query="城关百姓大药房", today=day).data
    assert plain is not None and worded is not None
    assert len(worded.talking_points) == len(plain.talking_points)
    for before, after in zip(plain.talking_points, worded.talking_points, strict=True):
        assert (after.why, after.playbook) == (before.why, before.playbook)
        assert after.text == before.text or faithful(after.text, before.text)
    assert [r.purpose for r in _usage(saved_dev)] == ["brief"]
    assert lines_by_number("1. 先送台历\n2、问问库存\n随便一句") == [(1, "先送台历"), (2, "问问库存")]


def test_embeddings_from_the_endpoint_get_their_own_index(
    dev_db: Database, use_model: Callable[..., None], monkeypatch: pytest.MonkeyPatch, model_budget: float
) -> None:
    # A knowledge base of one small article (the shipped playbook removed, as `keqing kb remove`
    # does): the tiny model embeds it in seconds, where the 55 KB playbook took minutes under load.
    offline = open_playbook(dev_db)
    offline.store.remove("playbook")
    offline.store.add(KNOWLEDGE / "clinic_notes.txt")
    process, url = start("embed")
    try:
        use_model(url, timeout=model_budget)  # embedding the article: the model's speed now, not a figure
        monkeypatch.setenv("KEQING_EMBED_MODEL", "gemma3-270m")
        get_settings.cache_clear()
        playbook = open_playbook(dev_db)
        assert playbook.store.collection == "keqing_kb_gemma3_270m"
        # a new embedder starts its own collection: the stored article embedded again by the endpoint
        assert playbook.store.vectors.count() == offline.store.vectors.count() > 0
        assert playbook.retriever.search("第一次拜访诊所要注意什么?", 3)
        assert playbook.retriever.vector_ranking("诊所医生最看重什么", 5)  # vectors from the endpoint answer
        process.kill()
        process.wait()
        # the endpoint is gone: retrieval still answers, from BM25 alone
        assert playbook.retriever.search("第一次拜访诊所要注意什么?", 3)
    finally:
        process.kill()


def test_team_summary_phrased_from_facts_or_kept(
    saved_dev: Database, llama_url: str, use_model: Callable[..., None]
) -> None:
    day = dt.date(2026, 3, 31)
    with saved_dev.session() as session:
        team = team_summary(
            session=session, rep_ids=None, since=dt.date(2026, 3, 1), until=day, policy=load_policy()
        )
    facts = render_team(team)  # what the model is given, with the template's summary
    use_model(llama_url)
    reply = TeamFlow(app_context(saved_dev)).for_words(user="王建国", words="本月", today=day).replies[0]
    summary = reply.text.split("\n\n")[0].split("\n", 1)[1]
    assert summary == team.summary or faithful(summary, facts)
    assert [r.purpose for r in _usage(saved_dev)] == ["team"]
