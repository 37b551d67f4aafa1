"""The lexical views and the gate's domain evidence, each as a rule with phrasings of no data set."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.lexical import bigrams
from knowledge.playbook_service import Playbook


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    return Playbook(Path(tmp_path_factory.mktemp("kb")))


@pytest.mark.parametrize(("one", "other"), [("维护客情", "客情维护"), ("每月两次", "一个月两次")])
def test_bigrams_match_phrasings_segmented_differently(one: str, other: str) -> None:
    assert set(bigrams(one)) & set(bigrams(other))


def test_bigrams_keep_latin_words_whole() -> None:
    assert bigrams("POP海报") == ["pop", "海报"]


@pytest.mark.parametrize(
    ("trade", "general"),
    [
        ("店员老把别家的货往前摆", "周末带孩子去哪玩比较好"),
        ("连锁药店回款拖了三个月", "公司发的电脑老是死机"),
    ],
)
def test_a_question_in_the_trades_words_carries_more_domain_evidence(
    playbook: Playbook, trade: str, general: str
) -> None:
    assert playbook.retrieve(trade).domain > 2 * max(playbook.retrieve(general).domain, 1.0)


@pytest.mark.parametrize(
    "question", ["下个月团建去哪个城市", "工资条上的个税怎么算的", "车子年检要带哪些材料"]
)
def test_questions_off_the_trade_are_refused(playbook: Playbook, question: str) -> None:
    answer = playbook.ask(question)
    assert not answer.covered and answer.sources == []


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("新开的诊所老板总说忙 见不上面", "visit-timing"),
        ("村医那边货款拖着不结 怎么办", None),
        ("店员都推别家的感冒药 我们的没人推", None),
    ],
)
def test_everyday_rep_questions_are_answered(playbook: Playbook, question: str, section: str | None) -> None:
    answer = playbook.ask(question)
    assert answer.covered and answer.sources
    if section is not None:
        assert section in {p.section for p in answer.sources}
