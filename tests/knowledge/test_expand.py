"""The domain vocabulary's keys, found as Chinese splits them (knowledge/expand.py)."""

from knowledge.expand import domain_terms

VOCABULARY = {"打电话": ["电话拜访"], "送礼": ["小礼品"], "吃饭": ["吃饭喝酒"]}


def test_a_verb_object_key_is_found_split_by_a_particle_or_a_count() -> None:
    assert domain_terms("周末给王院长打一通电话聊聊", VOCABULARY) == ["电话拜访"]
    assert domain_terms("去年给店长送过礼 今年还送吗", VOCABULARY) == ["小礼品"]
    assert domain_terms("跟老板吃了两顿饭还是不熟", VOCABULARY) == ["吃饭喝酒"]


def test_a_key_split_by_anything_else_is_not_found() -> None:
    assert domain_terms("打算电话里说", VOCABULARY) == []
    assert domain_terms("吃药的饭点", VOCABULARY) == []
