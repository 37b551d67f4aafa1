"""Concept classes, setting words and typo repair's limits (knowledge/concepts.py, typos.py): each a
rule with phrasings that appear in no question set."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.concepts import CONCEPTS, concept_keys, setting_words, term_weights
from knowledge.playbook_service import Playbook
from knowledge.search import VIEWS, Retriever
from memory.base.yamlfile import read_yaml

PLAYBOOK = Path(__file__).resolve().parents[2] / "knowledge" / "playbook"


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    return Playbook(Path(tmp_path_factory.mktemp("kb")))


@pytest.fixture(scope="module")
def without_concepts(playbook: Playbook) -> Retriever:
    """Neither the classes nor the situations view, which reaches many of the same scenes another way."""
    return Retriever(playbook.store, resources=("domain", "typos"), views=VIEWS | {"situations": 0.0})


def top(retriever: Retriever, question: str) -> list[str]:
    return [p.section for p in retriever.search(question, 3)]


@pytest.mark.parametrize(
    ("question", "wrong"),
    [("厂里那批货怕是供不上了", {"补上", "附上"}), ("卫生院院长这礼拜总说没时间", {"耗时间"})],
)
def test_the_commonest_characters_are_never_taken_for_typos(
    playbook: Playbook, question: str, wrong: set[str]
) -> None:
    assert not wrong & set(playbook.retriever.expanded(question).split())


def test_a_real_typo_is_still_repaired(playbook: Playbook) -> None:
    assert "陈列" in playbook.retriever.expanded("那家店的陈例一塌糊涂")


def test_setting_words_weigh_less_than_what_the_question_is_about() -> None:
    setting = frozenset({"卫生院"})
    weights = term_weights(["卫生院", "太勤", "频繁"], ["卫生院", "太勤"], setting, 0.5, 0.3)
    assert weights == {"卫生院": 0.3, "频繁": 0.5}
    assert term_weights(["卫生院"], [], setting, 0.5, 0.3) == {"卫生院": pytest.approx(0.15)}


@pytest.mark.parametrize(
    ("question", "section", "within"),
    [("卫生院的院长嫌我去得太勤", "visit-frequency", 1), ("村医说我们的药没啥利润", "personal-bond", 3)],
)
def test_naming_a_kind_of_customer_does_not_pull_in_the_sections_that_list_them(
    playbook: Playbook, question: str, section: str, within: int
) -> None:
    """The section that lists kinds of customer (visit-order) wins both at full weight."""
    assert section in top(playbook.retriever, question)[:within]
    assert "setting" in read_yaml(CONCEPTS) and "卫生院" in setting_words()


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("药被店里塞到最底下那层", "display"),
        ("新店员问啥都说不上来", "staff-training"),
        ("厂里那批货怕是供不上了", "key-account-supply"),
    ],
)
def test_a_situation_reaches_the_advice_through_its_concept_class(
    playbook: Playbook, without_concepts: Retriever, question: str, section: str
) -> None:
    assert section in top(playbook.retriever, question)
    assert section not in top(without_concepts, question)


@pytest.mark.parametrize("question", ["女朋友最近对我爱答不理的", "手机照片太多记不住放哪了"])
def test_concept_classes_steer_the_ranking_not_the_gate(
    playbook: Playbook, without_concepts: Retriever, question: str
) -> None:
    assert not playbook.ask(question).covered
    retrieval = playbook.retrieve(question)
    assert retrieval.domain == pytest.approx(without_concepts.retrieve(question).domain)
    assert retrieval.bm25 == pytest.approx(without_concepts.retrieve(question).bm25)


def test_every_concept_phrase_says_a_situation_and_lands_on_the_playbooks_words() -> None:
    text = "".join(path.read_text(encoding="utf-8") for path in PLAYBOOK.glob("*.md"))
    keys = concept_keys()
    assert len(keys) > 100
    for phrase, terms in keys.items():
        assert len(phrase) >= 2, phrase
        assert all(term in text for term in terms), (phrase, terms)
