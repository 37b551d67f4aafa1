"""The relevance gate's rules, on real retrievals from the shipped playbook."""

from dataclasses import replace
from pathlib import Path

import pytest

from knowledge.gate import load_gate
from knowledge.playbook_service import Playbook


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    return Playbook(Path(tmp_path_factory.mktemp("kb")))


def test_one_strong_trade_word_talks_the_trade(playbook: Playbook) -> None:
    # With the sum of the words' keyness out of reach, one strongly trade word of the question's own
    # still says it talks the trade; an everyday trade word (客户, 药店) does not.
    gate = replace(load_gate(), domain_threshold=float("inf"))
    for question in ("堆头要不回来", "首推率上不去"):
        assert gate.talks_the_trade(playbook.retrieve(question)), question
    for question in ("客户家里装修找哪家好", "药店门口停车收费吗"):
        assert not gate.talks_the_trade(playbook.retrieve(question)), question
