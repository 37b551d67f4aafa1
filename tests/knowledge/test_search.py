"""Retrieval quality on the dev questions (the contract's metric) and the answers built from it."""

import json
import re
from pathlib import Path

import pytest

from knowledge.playbook_service import Playbook
from knowledge.search import Retriever
from knowledge.store import PLAYBOOK_SOURCE, KnowledgeStore
from memory.base.errors import KeqingError
from tests.conftest import DEV
from tests.knowledge.conftest import SEEDS

QUESTIONS = [json.loads(line) for line in (DEV / "qa.jsonl").read_text(encoding="utf-8").splitlines() if line]


def share_answered(retriever: Retriever) -> float:
    """Questions whose every fact regex matches the first 500 characters of one of the top 3 passages."""
    answered = 0
    for question in QUESTIONS:
        passages = retriever.search(question["question"], 3)
        text = "\n".join(p.text[:500] for p in passages)
        answered += all(re.search(fact, text) for fact in question["facts"])
    return answered / len(QUESTIONS)


# Two dev facts are verbatim seed phrases of 14 and 16 characters with no wildcard (qd09, qd16): a
# playbook in its own words (tests/knowledge/test_playbook_originality.py) cannot match them, so 18 of 20
# is the ceiling for the shipped playbook; the raw seeds, added with `kb add`, still answer all 20.
PLAYBOOK_CEILING = 0.9


def test_the_shipped_playbook_answers_the_dev_questions(store: KnowledgeStore) -> None:
    store.ensure_playbook()
    assert share_answered(Retriever(store)) >= PLAYBOOK_CEILING


def test_raw_seed_documents_answer_the_dev_questions(store: KnowledgeStore) -> None:
    for seed in SEEDS:
        store.add(seed)
    assert share_answered(Retriever(store)) >= 0.9


@pytest.fixture
def playbook(keqing_home: Path) -> Playbook:
    return Playbook(keqing_home)


def test_ask_returns_cited_sources_best_first(playbook: Playbook) -> None:
    answer = playbook.ask("第一次去诊所该聊什么?", k=4)
    data = answer.to_json()
    assert len(data["sources"]) == 4
    assert {"id", "title", "source", "text", "score"} <= set(data["sources"][0])
    scores = [s["score"] for s in data["sources"]]
    assert scores == sorted(scores, reverse=True) and scores[0] == 1.0
    assert data["sources"][0]["source"] == PLAYBOOK_SOURCE
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", data["answer"])}
    assert cited and cited <= set(range(1, 5))
    assert "十分钟" in data["answer"]


def test_questions_that_share_few_words_with_the_playbook(playbook: Playbook) -> None:
    assert playbook.ask("大户多久联系一次?").sources[0].section in {"phone-contact", "visit-cadence"}
    assert playbook.ask("什么时候去药店最好").sources[0].section == "visit-timing"
    assert playbook.ask("老客户被竞品挖走怎么办").sources
    assert playbook.ask("连锁药店怎么谈进场").sources[0].section in {"chain-negotiation", "chain-development"}


def test_bad_questions(playbook: Playbook) -> None:
    with pytest.raises(KeqingError) as caught:
        playbook.ask("   ")
    assert caught.value.code == "ask_empty"
    assert playbook.ask("拜访" * 5000).sources
    english = playbook.ask("How often should I visit a pharmacy?")
    assert isinstance(english.answer, str)
