"""Sentiment: whose feeling a clause says, and outcomes of session 29 (memory/extract/sentiment.py, the
sentiment_events of lexicon.yaml). Each phrasing appears in no data set."""

import pytest

from memory.extract.lexicon import load_lexicon
from memory.extract.sentiment import SentimentScorer


@pytest.fixture(scope="module")
def scorer() -> SentimentScorer:
    return SentimentScorer(load_lexicon())


def _classes(scorer: SentimentScorer, text: str) -> dict[str, int]:
    return {name: value for name, value in scorer.found(text) if value}


@pytest.mark.parametrize("text", ["我说我们的货口碑一直很好", "我跟他说咱家服务肯定到位"])
def test_the_reps_own_words_are_not_the_customers_feeling(scorer: SentimentScorer, text: str) -> None:
    assert _classes(scorer, text) == {}


@pytest.mark.parametrize("text", ["他说我们的货口碑一直很好", "店长讲咱家服务肯定到位"])
def test_the_same_words_said_by_the_customer_count(scorer: SentimentScorer, text: str) -> None:
    assert sum(_classes(scorer, text).values()) > 0


@pytest.mark.parametrize("text", ["周六的义诊办完了 村里来了五十多人", "店员培训结束 十二个人都到了"])
def test_an_event_held_for_the_customers_people_is_positive_evidence(
    scorer: SentimentScorer, text: str
) -> None:
    assert _classes(scorer, text).get("event_held", 0) > 0


@pytest.mark.parametrize("text", ["回款拖成这样 这事真头疼", "店长说最近挺郁闷 顾客少了一半"])
def test_vexation_said_with_a_degree_word_is_negative_evidence(scorer: SentimentScorer, text: str) -> None:
    assert _classes(scorer, text).get("vexed", 0) < 0


@pytest.mark.parametrize("text", ["孩子发烧头疼 来买退热贴", "老人头痛 开了两盒"])
def test_a_headache_without_a_degree_word_is_a_symptom(scorer: SentimentScorer, text: str) -> None:
    assert "vexed" not in _classes(scorer, text)


@pytest.mark.parametrize(
    ("text", "sign"), [("护士们都说讲得挺好", 1), ("主任说昨天讲得很顺", 1), ("店长嫌上回讲得不好", -1)]
)
def test_a_talk_that_went_well_or_not_is_evidence(scorer: SentimentScorer, text: str, sign: int) -> None:
    assert _classes(scorer, text).get("talk_went_well", 0) * sign > 0
