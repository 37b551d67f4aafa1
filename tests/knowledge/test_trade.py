"""What the knowledge base counts as its trade: keyness of words, unknown things, a question about it."""

from dataclasses import replace
from pathlib import Path

import pytest

from knowledge.gate import load_gate
from knowledge.lexical import keyness
from knowledge.playbook_service import Playbook


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    return Playbook(Path(tmp_path_factory.mktemp("kb")))


def test_figures_and_lone_letters_carry_no_keyness() -> None:
    # 10-12点, A类: figures and single letters are frequent in a playbook but name no topic.
    corpus = [["店员", "12", "点", "A", "类", "OTC"], ["店员", "3", "OTC", "A"]]
    scores = keyness(corpus, {"点": 1000, "类": 1000}, 100_000)
    assert "店员" in scores and "OTC" in scores
    assert not {"12", "3", "A"} & set(scores)


def test_unknown_verbs_do_not_make_a_question_off_topic(playbook: Playbook) -> None:
    # Every thing named is one the playbook speaks of; an unknown verb or quality is how the rep puts it.
    gate = replace(load_gate(), threshold=float("inf"), domain_threshold=float("inf"))
    for question in ("老板老敷衍我", "店员对我挺冷淡"):
        assert gate.in_its_words(playbook.retrieve(question)), question
    for question in ("老板让我去考驾照", "店员问公积金咋交"):  # an unknown thing: about something else
        assert not gate.in_its_words(playbook.retrieve(question)), question


def test_about_the_trade(playbook: Playbook) -> None:
    assert not playbook.about_the_trade("今晚谁跟谁踢球")
    assert not playbook.about_the_trade("网购的衣服咋退")
    assert playbook.about_the_trade("陈列被挤到角落了")
    assert playbook.about_the_trade("孕妇吃板蓝根要紧不")  # clinical: for the gate to refuse
