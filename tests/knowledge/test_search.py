"""Retrieval quality on the dev questions (the contract's metric) and the answers built from it."""

import json
import re
from pathlib import Path

import pytest

from knowledge.playbook_service import Playbook
from knowledge.search import Retriever
from knowledge.store import PLAYBOOK_SOURCE, KnowledgeStore
from memory.base.errors import KeqingError
from tests.conftest import DATA, DEV

QUESTIONS = [json.loads(line) for line in (DEV / "qa.jsonl").read_text(encoding="utf-8").splitlines() if line]
# The section whose text held each dev question's facts before the playbook was reworded (ids kept).
SECTIONS: dict[str, str] = json.loads((DEV / "qa_sections.json").read_text(encoding="utf-8"))
LABELLED = [
    json.loads(line)
    for line in (DATA / "questions" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    if line and json.loads(line)["split"] == "tune"  # the held-out split is for the final check only
]


def test_the_shipped_playbook_answers_the_dev_questions(store: KnowledgeStore) -> None:
    store.ensure_playbook()
    retriever = Retriever(store)
    for question in QUESTIONS:
        found = [p.section for p in retriever.search(question["question"], 3)]
        assert SECTIONS[question["id"]] in found, question["question"]


def share_answered(retriever: Retriever) -> float:
    """The contract's measure: questions whose every fact regex matches the first 500 characters of
    one of the top 3 passages."""
    answered = 0
    for question in QUESTIONS:
        passages = retriever.search(question["question"], 3)
        text = "\n".join(p.text[:500] for p in passages)
        answered += all(re.search(fact, text) for fact in question["facts"])
    return answered / len(QUESTIONS)


# Two dev facts are verbatim seed phrases of 14 and 16 characters with no wildcard (qd09, qd16): a
# playbook in its own words (tests/knowledge/test_playbook_originality.py) cannot match them, so 18 of 20
# is the ceiling for the shipped playbook; with the dev phrasings gone from the synonym list it scores
# 17 of 20 (measured), and this guards that floor.
DEV_FACT_FLOOR = 0.85


def test_the_shipped_playbook_holds_the_facts_of_the_dev_questions(store: KnowledgeStore) -> None:
    store.ensure_playbook()
    assert share_answered(Retriever(store)) >= DEV_FACT_FLOOR


def test_the_tune_questions_are_answered_and_the_out_of_scope_ones_refused(keqing_home: Path) -> None:
    playbook = Playbook(keqing_home)
    inside = [q for q in LABELLED if q["scope"] == "in"]
    outside = [q for q in LABELLED if q["scope"] == "out"]
    answers, retrieved = {}, {}
    for question in LABELLED:
        answers[question["id"]] = playbook.ask(question["question"])
        retrieved[question["id"]] = {p.section for p in playbook.last.passages[:3]}
    top3 = sum(bool(retrieved[q["id"]] & set(q["sections"])) for q in inside)
    assert all(answers[q["id"]].covered for q in inside)
    assert top3 / len(inside) >= 0.85
    assert sum(not answers[q["id"]].covered for q in outside) / len(outside) >= 0.9
    assert all(not answers[q["id"]].covered for q in outside if q.get("clinical"))


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    """One playbook, loaded once, for the module's questions: they only read it (loading and
    indexing it into a fresh Chroma store took seconds a test)."""
    return Playbook(tmp_path_factory.mktemp("playbook"))


def test_ask_returns_cited_sources_best_first(playbook: Playbook) -> None:
    answer = playbook.ask("第一次去诊所该聊什么?", k=4)
    data = answer.to_json()
    assert 1 <= len(data["sources"]) <= 4
    assert {"id", "title", "source", "text", "score"} <= set(data["sources"][0])
    scores = [s["score"] for s in data["sources"]]
    assert scores == sorted(scores, reverse=True) and scores[0] == 1.0
    assert data["sources"][0]["source"] == PLAYBOOK_SOURCE
    assert data["covered"] is True
    assert data["sources"][0]["id"].split("#")[-1].startswith("first-visit")


def test_questions_that_share_few_words_with_the_playbook(playbook: Playbook) -> None:
    assert playbook.ask("大户多久联系一次?").sources[0].section in {"phone-contact", "visit-cadence"}
    assert playbook.ask("什么时候去药店最好").sources[0].section == "visit-timing"
    assert playbook.ask("老客户被竞品挖走怎么办").sources
    assert playbook.ask("连锁药店怎么谈进场").sources[0].section in {"chain-negotiation", "chain-development"}


def test_bad_questions(playbook: Playbook) -> None:
    with pytest.raises(KeqingError) as caught:
        playbook.ask("   ")
    assert caught.value.code == "ask_empty"
    assert playbook.ask("药店拜访" * 2500).sources  # cut to its first 500 characters, still answered
    english = playbook.ask("How often should I visit a pharmacy?")
    assert isinstance(english.answer, str)


def test_every_listed_source_is_cited_and_every_citation_listed(playbook: Playbook) -> None:
    for question in ("药店老板总说没时间理我", "新品想进连锁 采购那关怎么过", "小礼品送什么比较实在"):
        answer = playbook.ask(question)
        cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
        assert answer.covered and cited == set(range(1, len(answer.sources) + 1)), question


def test_an_answer_quotes_whole_sentences_not_headings_or_list_items(playbook: Playbook) -> None:
    for question in ("铺进连锁以后门店多久要有货", "积分兑奖隔多长时间合适"):
        first = playbook.ask(question).answer.splitlines()[0]
        assert first.endswith("[1]。") and len(first) > 20
        assert "{#" not in first and not first.startswith(("#", "·"))


def test_clinical_questions_are_refused_with_a_pointer_to_the_insert_or_a_pharmacist(
    playbook: Playbook,
) -> None:
    questions = ("头孢跟酒隔多久能喝", "七岁孩子发烧吃布洛芬一次多少毫升", "二甲双胍和阿卡波糖能一起吃吗")
    for question in questions:
        answer = playbook.ask(question)
        assert not answer.covered and answer.sources == [], question
        assert "说明书" in answer.answer and "药师" in answer.answer


def test_questions_the_playbook_does_not_cover_are_refused_with_what_it_covers(playbook: Playbook) -> None:
    for question in ("明天出门要不要带伞", "羽毛球拍哪个牌子好用"):
        answer = playbook.ask(question)
        assert not answer.covered and answer.sources == [], question
        assert "拜访计划与节奏" in answer.answer


def test_a_word_the_vocabulary_added_counts_half_toward_talking_the_trade(playbook: Playbook) -> None:
    # 领导 becomes 管理者 (a playbook word), but a question about one's pay does not talk the trade.
    for question in ("怎么跟领导提涨工资", "领导开会总点我名咋办"):
        assert not playbook.ask(question).covered, question
    assert playbook.ask("领导要陪我跑店 我咋配合").covered


def test_a_typo_that_sounds_like_a_known_word_is_repaired(playbook: Playbook) -> None:
    assert "陈列" in playbook.retriever.expanded("药品沉列有啥讲究")
    assert "拜访" in playbook.retriever.expanded("败访前要准备啥")
    assert "把握" not in playbook.retriever.expanded("老板把我晾在一边")  # 把我 is no typo


def test_rep_jargon_reaches_the_playbooks_words(playbook: Playbook) -> None:
    assert playbook.ask("连锁的账期一般多长").sources[0].section == "chain-payment"
    assert playbook.ask("门店乱价了代表该管吗").sources[0].section == "pricing"
