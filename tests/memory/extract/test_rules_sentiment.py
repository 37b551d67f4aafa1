"""Sentiment of session 24 (memory/extract/sentiment.py, sentiment_model.py): outcome events that end in a
quantity or name a won tender, money or goods held up, a product that made trouble, a competitor's better
offer, and the learned weighing of all events. Each phrasing appears in no data set."""

import json

import pytest

from memory.extract.lexicon import load_lexicon
from memory.extract.sentiment import SentimentScorer
from memory.extract.sentiment_model import (
    WEIGHTS,
    SentimentModel,
    labelled_notes,
    shipped_model,
    source_digest,
)
from tests.memory.extract.sample import Extract


@pytest.fixture(scope="module")
def scorer() -> SentimentScorer:
    return SentimentScorer(load_lexicon())


def _classes(scorer: SentimentScorer, text: str) -> dict[str, int]:
    return {name: value for name, value in scorer.found(text) if value}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("王姐那边先来个一百五六支", "order_placed"),
        ("老板给补了3十瓶 月结", "order_placed"),
        ("这礼拜卖掉了二十几盒", "sales_reported"),
        ("药房开出去4十多盒", "sales_reported"),
    ],
)
def test_an_event_may_end_in_a_quantity(scorer: SentimentScorer, text: str, event: str) -> None:
    assert _classes(scorer, text).get(event, 0) > 0


@pytest.mark.parametrize(
    "text", ["药剂科说这回集采我们中选了 下季度按月报量", "县中医院那个标 我们中了 明年的量有了"]
)
def test_a_won_tender_is_positive(extract: Extract, text: str) -> None:
    assert extract(text).sentiment == "positive"


@pytest.mark.parametrize(
    "text",
    ["张老板说上回的货到现在还没到 他挺恼火", "钱的事僵住了 老板说先把旧账清了再谈别的"],
)
def test_late_goods_and_a_standoff_over_money_are_negative(extract: Extract, text: str) -> None:
    assert extract(text).sentiment == "negative"


@pytest.mark.parametrize("text", ["老板说咱家的颗粒孩子喝了吐", "上一批包装破了好几盒"])
def test_a_product_that_made_trouble_counts_against_us(scorer: SentimentScorer, text: str) -> None:
    assert _classes(scorer, text).get("product_trouble", 0) < 0


@pytest.mark.parametrize(
    "text",
    [
        "隔壁厂家的人天天来 给的扣率比我们高 老板在考虑换",
        "有家外地厂子的业务员来过 价钱比咱便宜 老板有点动心",
    ],
)
def test_a_competitors_better_offer_is_negative(extract: Extract, text: str) -> None:
    assert extract(text).sentiment == "negative"


@pytest.mark.parametrize(
    "text", ["惠民药房 王店长说挺满意 就是再不降价就换别家", "主任对我们还算满意 不过说再这样断货就不进了"]
)
def test_a_threat_outweighs_praise(extract: Extract, text: str) -> None:
    assert extract(text).sentiment == "negative"


def test_the_saved_sentiment_weights_are_those_fitted_on_the_shipped_notes(scorer: SentimentScorer) -> None:
    saved = shipped_model()
    assert saved is not None
    stored = json.loads(WEIGHTS.read_text("utf-8"))["source"]
    assert stored == source_digest(load_lexicon().data), "run python bench/sentiment_loco.py --write"
    fitted = SentimentModel.fitted([(scorer.features(n["text"]), n["sentiment"]) for n in labelled_notes()])
    for note in ("药房老板这次爽快 当场订了两箱", "主任脸一沉 说以后别来了", "店员说库存还有一些"):
        assert saved.label(scorer.features(note)) == fitted.label(scorer.features(note))


def test_the_learned_weighing_holds_on_companies_it_never_saw(scorer: SentimentScorer) -> None:
    """Leave one company out: fitted on the others, each company is read at least this well (the newer
    writers of session 26, who call few contacts neutral, bring the worst company to about 0.58; the six
    companies added in session 30, as hard, bring the mean of 22 companies to about 0.70)."""
    notes = [(n["company"], scorer.features(n["text"]), n["sentiment"]) for n in labelled_notes()]
    scores = []
    for held in dict.fromkeys(company for company, _, _ in notes):
        model = SentimentModel.fitted([(f, label) for c, f, label in notes if c != held])
        mine = [(f, label) for c, f, label in notes if c == held]
        scores.append(sum(model.label(f) == label for f, label in mine) / len(mine))
    assert len(scores) >= 10
    assert sum(scores) / len(scores) >= 0.69
    assert min(scores) >= 0.55


@pytest.mark.parametrize("text", ["张姐说我们感冒灵比◆◆◆◆◆的划算 回头客多", "主任讲加替比◆◆见效快 病人都认"])
def test_ours_named_better_than_a_competitors_is_good_news(scorer: SentimentScorer, text: str) -> None:
    """A competitor as the standard ours beats (session 25), not the competitor's better offer."""
    found = _classes(scorer, text)
    assert found.get("beats_competitor", 0) > 0
    assert "competitor_offer" not in found


@pytest.mark.parametrize(
    "text", ["刘店长说六味比同仁堂六味实惠 顾客都爱买咱家的", "药房讲蒲地蓝比蓝芩好用 这月又加了二十盒"]
)
def test_a_note_praising_ours_over_a_competitors_is_positive(extract: Extract, text: str) -> None:
    assert extract(text).sentiment == "positive"


@pytest.mark.parametrize("text", ["好几个老人贴了◆◆◆都说没啥效果 又换回来了", "听说◆◆那批好几个人吃了过敏了"])
def test_a_competitors_product_failing_is_good_news(scorer: SentimentScorer, text: str) -> None:
    """An event that says how a product did (of_product) turns round when the product is a competitor's."""
    assert sum(value for _, value in scorer.found(text)) > 0


@pytest.mark.parametrize("text", ["说咱家药贴了起疹子", "咱的片子销量降了不少"])
def test_our_product_failing_stays_bad_news(scorer: SentimentScorer, text: str) -> None:
    assert sum(value for _, value in scorer.found(text)) < 0


@pytest.mark.parametrize("text", ["主任说这批快到期了 想换个批次新一点的", "店长打算换成近效期长的新货"])
def test_swapping_a_batch_is_not_switching_to_a_competitor(scorer: SentimentScorer, text: str) -> None:
    assert "tempted" not in _classes(scorer, text)


# Session 26: outcome classes written from the trade, and the contrast reading.


@pytest.mark.parametrize(
    ("text", "event", "sign"),
    [
        ("下午财务来电 上个月的货款已到账", "money_paid", 1),
        ("王会计讲欠的八千块昨天打过来了", "money_paid", 1),
        ("结账的事老板还是推来推去", "money_evaded", -1),
        ("回款又拖到下个季度 一拖再拖", "money_evaded", -1),
        ("去年进的消炎片还积压在库房", "stock_stuck", -1),
        ("那批颗粒放了半年也卖不掉", "stock_stuck", -1),
        ("店长说我们的贴膏卖不过隔壁那家", "losing_to_competitor", -1),
        ("价格上拼不过人家 老板也没法子", "losing_to_competitor", -1),
        ("等了三天还没发货 店长有点火", "annoyed", -1),
        ("问到返点 采购有些不高兴", "annoyed", -1),
        ("年底的量能不能保住 我心里没底", "doubtful", -1),
        ("药剂科说价格还是高了 这事难办", "doubtful", -1),
        ("明年的供货协议谈好了", "settled", 1),
        ("陈列位置跟店长敲定了", "settled", 1),
        ("院长要我们下个月去给村医讲讲用药", "asks_us_in", 1),
        ("店长请我们周末来给店员培训一次", "asks_us_in", 1),
        ("老板今天心情蛮好", "degree_good", 1),
        ("店长说她闺女今年考上大学了", "family_news", 1),
        ("刘姐下礼拜给孙女办满月酒", "family_news", 1),
        ("老板娘讲这批货老好了", "degree_good", 1),
    ],
)
def test_an_outcome_of_the_trade_is_an_event(
    scorer: SentimentScorer, text: str, event: str, sign: int
) -> None:
    """Money paid or evaded, stock stuck, losing to a competitor, annoyance, doubt, a deal settled, being
    asked in to teach, family news shared, plain praise with a degree word: each a class the learned
    model weighs."""
    assert _classes(scorer, text).get(event, 0) * sign > 0


@pytest.mark.parametrize("text", ["前台小妹挺好说话的", "这个主任很好沟通"])
def test_praise_of_how_easy_a_person_is_stays_the_tone_words(scorer: SentimentScorer, text: str) -> None:
    assert "degree_good" not in _classes(scorer, text)


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("店长说片子卖得不错 但是嫌我们的扣率低", "selling_well_said", "price_complaint"),
        ("主任挺热情 不过说效果不好", "tone", "no_effect"),
    ],
)
def test_what_follows_a_contrast_weighs_more(
    scorer: SentimentScorer, text: str, before: str, after: str
) -> None:
    shares = {name: share for name, value, share in scorer.weighed(text) if value}
    assert shares[after] > 1 > shares[before]


@pytest.mark.parametrize("text", ["店员说我们的膏药卖不过别人家", "采购讲今年价格上比不过他们"])
def test_a_contrast_word_inside_a_phrase_cuts_nothing(scorer: SentimentScorer, text: str) -> None:
    weighed = scorer.weighed(text)
    assert ("losing_to_competitor", -2, 1.0) in weighed


# Session 27: negation across a copula or degree word, the clause a visit ended on, acceptance, worry.


@pytest.mark.parametrize("text", ["采购科长不系好开心", "老板娘今天没咁热情", "药剂科主任不是特别满意"])
def test_a_copula_or_degree_between_a_negation_and_its_word_still_turns_it(
    scorer: SentimentScorer, text: str
) -> None:
    assert sum(value for _, value in scorer.found(text)) < 0


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("店长先抱怨到货慢 聊到最后当场又要了二十盒", "order_on_the_spot"),
        ("主任一开始挺热情 临走时说以后不进了", "refusal"),
    ],
)
def test_the_clause_a_visit_ended_on_weighs_more(scorer: SentimentScorer, text: str, closing: str) -> None:
    shares = {name: share for name, value, share in scorer.weighed(text) if value}
    assert shares[closing] > 1.0
    assert all(share == 1.0 for name, share in shares.items() if name != closing)


@pytest.mark.parametrize("text", ["药房老板讲这个新报价能接受", "连锁采购看中了我们的儿童咳嗽糖浆"])
def test_accepting_what_we_offered_is_positive_evidence(scorer: SentimentScorer, text: str) -> None:
    assert _classes(scorer, text).get("accepted", 0) > 0


@pytest.mark.parametrize("text", ["回款的事老板也很无奈", "店长为那批货的效期发愁"])
def test_a_customer_at_a_loss_over_our_business_is_negative_evidence(
    scorer: SentimentScorer, text: str
) -> None:
    assert _classes(scorer, text).get("worried", 0) < 0


@pytest.mark.parametrize("text", ["病人吃了头痛好多了", "店里头疼脑热的药卖得多"])
def test_a_headache_is_a_symptom_not_a_worry(scorer: SentimentScorer, text: str) -> None:
    assert "worried" not in _classes(scorer, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [("店员有够喜欢这批赠品", "degree_good"), ("老伯叫我下礼拜去他家食饭", "invitation")],
)
def test_southern_words_for_very_and_eat_are_read(scorer: SentimentScorer, text: str, event: str) -> None:
    assert _classes(scorer, text).get(event, 0) > 0


@pytest.mark.parametrize(
    "text",
    ["胃康片要了二十盒 止咳露补了十瓶 退热贴也拿了五盒", "上月钙片卖了四十盒 这回又订了三十盒 款也结清了"],
)
def test_routine_business_counts_once_in_a_note(scorer: SentimentScorer, text: str) -> None:
    # the lines of one order are one routine order: most writers call a plain reorder neutral
    routine = [value for name, value in scorer.found(text) if value > 0]
    assert len(routine) == 1
    assert len([name for name, _ in scorer.found(text)]) > 1


@pytest.mark.parametrize(
    "text", ["顺心药店 胃康片要了二十盒 止咳露补了十瓶 月结", "城东卫生室 钙片卖了四十盒 又订了三十盒 现款"]
)
def test_a_plain_reorder_of_several_lines_is_neutral(extract: Extract, text: str) -> None:
    assert extract(text).sentiment == "neutral"


@pytest.mark.parametrize(
    "text", ["科主任听了方案 说没问题 下个月的科室会就定在周四", "店长看了陈列图讲要得 周末前摆出来"]
)
def test_a_yes_over_a_request_or_plan_is_good_evidence(scorer: SentimentScorer, text: str) -> None:
    """A yes exchanged (没问题, 要得: session 30): most writers call the contact of an agreed plan good."""
    assert _classes(scorer, text).get("assent", 0) > 0


@pytest.mark.parametrize("text", ["这几家药店都要得少 一回补个五六盒", "诊所冬天要得多 一回拿两件"])
def test_a_quantity_wanted_is_no_yes(scorer: SentimentScorer, text: str) -> None:
    """要得少, 要得多 say how much is wanted, not yes."""
    assert "assent" not in _classes(scorer, text)


@pytest.mark.parametrize("text", ["老板听了方案说没问题 先补二十盒", "主任看了资料讲要得 这回进三十盒试试"])
def test_an_order_with_a_yes_to_our_plan_is_positive(extract: Extract, text: str) -> None:
    assert extract(text).sentiment == "positive"


@pytest.mark.parametrize("text", ["老板说下个月想上我们的新款贴剂", "卫生室说想试两盒咱家的退热贴"])
def test_a_customer_meaning_to_stock_ours_is_good_evidence(scorer: SentimentScorer, text: str) -> None:
    """A listing in view (想进, 想上: the intent event of session 30)."""
    assert _classes(scorer, text).get("intent", 0) > 0


@pytest.mark.parametrize("text", ["老板娘讲这款不怎么想进这个了", "老板娘讲不太想用了 放着占地方"])
def test_a_negated_intent_is_a_customer_drifting_away(scorer: SentimentScorer, text: str) -> None:
    assert _classes(scorer, text).get("intent", 0) < 0


@pytest.mark.parametrize("text", ["张医生说想进◆◆的那款", "诊所想用◆◆◆ 说便宜"])
def test_an_intent_to_stock_a_competitors_product_is_not_ours(scorer: SentimentScorer, text: str) -> None:
    assert "intent" not in _classes(scorer, text)


@pytest.mark.parametrize("text", ["药房这回补了四十盒 月结", "上礼拜卖掉十几瓶 又补了二十瓶"])
def test_routine_business_alone_is_a_feature_of_its_own(scorer: SentimentScorer, text: str) -> None:
    """Writers differ most on an order with nothing else said (session 30): the model weighs it apart."""
    assert scorer.features(text).get("routine only") == 1.0


@pytest.mark.parametrize("text", ["药房这回补了四十盒 老板挺热情", "上礼拜卖掉十几瓶 就是嫌贵"])
def test_routine_business_beside_other_evidence_is_not_alone(scorer: SentimentScorer, text: str) -> None:
    assert "routine only" not in scorer.features(text)
