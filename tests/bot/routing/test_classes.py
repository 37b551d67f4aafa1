"""Word classes as the classifier's features (bot/routing/classes.py), each rule with phrasings from no
data set, naming the second company (华康医药: reps 赵磊, 孙婷; manager 钱经理)."""

import pytest

from bot.routing.classes import class_marks
from bot.routing.normalize import REP
from bot.routing.router import Router
from memory.base.db import Database
from memory.extract.lexicon import load_lexicon


@pytest.fixture
def route(sample_db: Database):  # type: ignore[no-untyped-def]
    router = Router()

    def routed(text: str) -> str:
        with sample_db.session() as session:
            return router.route_in(session, text, load_lexicon()).intent

    return routed


def test_a_class_mark_stands_for_every_word_of_its_class() -> None:
    assert class_marks("全组上礼拜") == class_marks("大伙本月")  # group + period, whichever words
    assert class_marks(f"{REP}这季度") == class_marks("下属这季度")  # a rep named is the team's
    assert class_marks("去了") == ""
    assert class_marks("明天去") == class_marks("待会儿去")  # a visit still to come, whichever words
    assert class_marks("👏👏") != ""


def test_a_managers_group_and_period_words_ask_for_the_team(route) -> None:  # type: ignore[no-untyped-def]
    assert route("孙婷和赵磊这个季度的拜访量比一下") == "team"
    assert route("全组上礼拜有几家客户拖着没跑") == "team"
    assert route("下属们本月承诺完成率咋样") == "team"


def test_greetings_feelings_and_laughter_are_small_talk(route) -> None:  # type: ignore[no-untyped-def]
    assert route("中秋快乐呀") == "smalltalk"
    assert route("困死了 先睡了") == "smalltalk"
    assert route("嘻嘻 你也太靠谱了") == "smalltalk"


def test_ads_notices_and_errands_are_other(route) -> None:  # type: ignore[no-untyped-def]
    assert route("兼职打字员 日入两百 私信我") == "other"
    assert route("【快递通知】您的包裹已到驿站") == "other"
    assert route("帮我订个周六的火锅店") == "other"
    assert route("帮我写篇年终述职") == "other"


def test_a_homophone_typo_routes_like_the_word_it_meant(route) -> None:  # type: ignore[no-untyped-def]
    assert route("李氏诊所多久霉去了") == route("李氏诊所多久没去了") == "lookup"
    assert route("哪个业务员客户复盖不够") == "team"


def test_nobody_of_the_team_speaks_of_the_team(route) -> None:  # type: ignore[no-untyped-def]
    assert route("本月哪几家谁也没跑过") == "team"
    assert route("这礼拜有没有客户没人去") == "team"
