"""Regional speech (knowledge/regional.yaml) is searched in the playbook's Mandarin."""

from pathlib import Path

import pytest

from knowledge.playbook_service import Playbook
from knowledge.regional import in_mandarin


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    return Playbook(Path(tmp_path_factory.mktemp("kb")))


def test_regional_words_are_rewritten_in_mandarin() -> None:
    assert in_mandarin("老细唔理我点算") == "老板不理我怎么办"
    assert in_mandarin("佢哋几时入货") == "他们什么时候进货"
    assert in_mandarin("关系平时要维护") == "关系平时要维护"  # no word of another sense touched


def test_south_western_wu_and_northern_words_are_rewritten_in_mandarin() -> None:
    assert in_mandarin("啷个跟老板摆龙门阵") == "怎么跟老板聊天"
    assert in_mandarin("侬晓得伐 阿拉店里缺货") == "你知道吗 我们店里缺货"
    assert in_mandarin("俺们这嘎达咋个弄") == "我们这里怎么弄"
    assert in_mandarin("他是什么样的人 怎么样") == "他是什么样的人 怎么样"  # 么样 inside Mandarin words
    assert in_mandarin("这批货要得急 说阿拉伯语") == "这批货要得急 说阿拉伯语"  # no word of another sense


def test_hubei_question_words_are_rewritten_in_mandarin() -> None:
    assert in_mandarin("货么时候能到 还差么事") == "货什么时候能到 还差什么事"
    assert in_mandarin("没什么事 什么时候都行") == "没什么事 什么时候都行"  # inside the Mandarin words


def test_a_question_in_cantonese_finds_the_section_that_answers_it(playbook: Playbook) -> None:
    answer = playbook.ask("伙计成日唔推我哋嘅药 点算")
    # staff who do not push our goods: a sales contest (incentives) answers it, as do the tactics against
    # a competitor's goods, training the staff and reading the relationship; one in the top 3, the
    # project's measure
    sections = [s.section for s in answer.sources]
    assert answer.covered and {"competitor-tactics", "incentives"} & set(sections)
    answer = playbook.ask("追数追咗三个月都收唔返")
    assert answer.covered and "chain-payment" in [s.section for s in answer.sources]


def test_north_western_words_are_rewritten_in_mandarin() -> None:
    assert in_mandarin("帮额看看 额们店里缺啥") == "帮我看看 我们店里缺啥"
    assert in_mandarin("这回办得嘹咋了") == "这回办得太好了"
    assert in_mandarin("额 金额不对 额度满了") == "额 金额不对 额度满了"  # 额 alone, or in a word, stays
