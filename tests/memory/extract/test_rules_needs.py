"""Rules for needs by class (memory/extract/needs.py, need_shapes.py), each with phrasings that appear
in no data set, on the sample company's master data."""

import pytest

from tests.memory.extract.sample import Extract


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("惠民药房 收银台的台卡一直没有", "pos_material"),
        ("西山店 易拉宝也没得 店长说顾客进门看不到", "pos_material"),
        ("李氏诊所 说好的科室会到现在还没讲", "training"),
        ("红旗卫生室 上回答应的挂历冇送", "pos_material"),
        ("平安堂西山店 店长说价签都莫得", "pos_material"),
    ],
)
def test_an_item_lacking_or_owed_is_asked_for(extract: Extract, text: str, need: str) -> None:
    assert extract(text).needs == [need]


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("西山卫生院 院长想请我们来给乡亲们讲一堂课", "consumer_education"),
        ("红旗卫生室 杨医生说村里老人想听一下降糖药咋吃", "consumer_education"),
        ("平安堂西山店 店长想让我们给营业员讲半个小时", "training"),
        ("李氏诊所 李医生想让我们给护士讲讲课", "training"),
        ("西山卫生院 院长说想请我们来给病人讲哈", "consumer_education"),
    ],
)
def test_the_audience_decides_what_a_talk_is(extract: Extract, text: str, need: str) -> None:
    assert extract(text).needs == [need]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长问六味有没有软胶囊的",
        "西山卫生院 药房主任问克肟能不能做成二十粒装的",
        "平安堂总部 采购说要是有大盒的就好走了",
        "李氏诊所 李医生问丹参有冇片剂",
    ],
)
def test_a_variant_not_made_yet_is_a_new_product(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["new_product"]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说两个点太少了 至少得四个点",
        "平安堂总部 采购说蒲地蓝报价还得降一降",
        "西山店 店长说价格不降卖不动",
        "李氏诊所 李医生说贵 病人不爱要",
    ],
)
def test_a_price_complaint_in_any_shape_is_margin(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["margin"]


@pytest.mark.parametrize(
    "text",
    [
        "平安堂西山店 店长问能不能实销实结",
        "西山卫生院 院长想推两个礼拜再付",
        "红旗卫生室 杨医生想四个月一结",
    ],
)
def test_asking_for_a_deferring_term_or_a_later_payment_is_credit(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["credit"]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 收银台边上的好位置被别的厂霸着",
        "西山店 端架让别的厂家抢走了 六味放到最底下",
        "平安堂西山店 王姐说端架被对面的占起了",
    ],
)
def test_a_display_place_taken_is_a_display_need(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["display"]


@pytest.mark.parametrize(
    "text",
    [
        "平安堂总部 扣率谈妥了 让一个半点",
        "惠民药房 王店长说特价活动厂里没批",
        "西山店 店长说买二送一公司不批",
        "惠民药房 王店长说促销之后丹参片走得快多了",
        "西山店 店长说堆头很显眼",
        "西山卫生院 周院长答应下个月给我们做个堆头",
        "西山卫生院 周院长答应下礼拜三开科会让我去讲二十分钟",
    ],
)
def test_a_term_settled_an_ask_answered_or_an_event_over_is_no_need(extract: Extract, text: str) -> None:
    assert extract(text).needs == []


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("惠民药房 我讲下个月给他们做个活动", []),
        ("平安堂总部 返点公司批了给一个点 采购讲一个点太少", ["margin"]),
        ("李氏诊所 李医生讲想要几本台历", ["pos_material"]),
    ],
)
def test_jiang_is_speech_and_marks_who_speaks(extract: Extract, text: str, needs: list[str]) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize("text", ["惠民药房 王店长说对面在搞第二盒半价 我们的丹参片卖得慢"])
def test_someone_elses_event_stays_theirs_across_a_soft_break(extract: Extract, text: str) -> None:
    assert extract(text).needs == []


@pytest.mark.parametrize(
    "text", ["惠民药房 店长说不然就把端架让给仲景", "西山店 否则下回的活动就不搞了 店长说"]
)
def test_a_consequence_threatened_asks_nothing(extract: Extract, text: str) -> None:
    assert extract(text).needs == []


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 价格让了两毛 李医生说还行",
        "西山卫生院 那就先不换了 院长讲",
        "平安堂 上礼拜搞了买三送一 走得还行",
        "李氏诊所 钱是下个月初一起打",
        "西山卫生院 周院长退了 新院长姓马",
    ],
)
def test_given_decided_held_or_standing_is_no_ask(extract: Extract, text: str) -> None:
    assert extract(text).needs == []


@pytest.mark.parametrize(
    "text", ["西山卫生院 院长说有几支克肟瓶盖松了 想换一下", "惠民药房 六味那批有三瓶漏了 店长让给退了吧"]
)
def test_counted_goods_asked_to_be_swapped_are_a_return(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["return_exchange"]


@pytest.mark.parametrize(
    "text",
    [
        "平安堂 店长讲仲景六味的扣率比我们多两个点",
        "惠民药房 老板说我们给别家的价便宜",
        "西山卫生院 院长说仲景给三个点",
        "李氏诊所 返利不批 李医生不高兴",
    ],
)
def test_someone_else_getting_more_or_a_term_refused_asks_for_margin(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["margin"]


@pytest.mark.parametrize(
    "text", ["红旗卫生室 杨医生问有没得治痛风的药", "惠民药房 王店长问有冒得小孩吃的品种"]
)
def test_asking_whether_a_kind_of_drug_exists_is_a_new_product(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["new_product"]


@pytest.mark.parametrize(
    "text", ["西山卫生院 院长说仲景的丹参片便宜一大截", "李氏诊所 李医生讲隔壁拿的货便宜老多"]
)
def test_a_price_undercut_by_much_asks_for_margin(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["margin"]


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("西山卫生院 院长想让我们给全院护士讲一场", "training"),
        ("红旗卫生室 村医想让我们来给村民讲两回怎么吃降压药", "consumer_education"),
        ("西山卫生院 院长让我下礼拜二给二十几个大夫讲一堂合理用药", "training"),
    ],
)
def test_a_talk_is_read_by_its_shape(extract: Extract, text: str, need: str) -> None:
    assert extract(text).needs == [need]


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("惠民药房 店长说隔壁在搞满50减10 问我们能不能也跟着搞", ["promotion"]),
        ("红旗卫生室 村医说人家厂里一件送三盒 问我们能不能也这样搞", ["promotion"]),
        ("惠民药房 隔壁在搞满50减10", []),
    ],
)
def test_a_giveaway_asked_for_or_followed_is_a_promotion(
    extract: Extract, text: str, needs: list[str]
) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize("text", ["平安堂总部 采购说返点至少给到8", "惠民药房 王店长讲扣率最少30 不然不进"])
def test_a_margin_floor_after_a_margin_noun_asks_for_margin(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["margin"]


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("西山卫生院 药房说你们把那二十盒克肟搬回去吧", ["return_exchange"]),
        ("惠民药房 王店长问能不能把六味换成丹参片", ["return_exchange"]),
        ("红旗卫生室 村医说蒲地蓝再卖不动只能退", ["return_exchange"]),
        ("惠民药房 王店长说那批货她退回去了", []),
    ],
)
def test_goods_asked_back_or_swapped_are_a_return(extract: Extract, text: str, needs: list[str]) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize(
    ("text", "need"),
    [("平安堂总部 财务说货款能不能缓缓", "credit"), ("西山卫生院 院长说克肟能不能降降", "margin")],
)
def test_a_verb_said_twice_counts_without_its_yi(extract: Extract, text: str, need: str) -> None:
    assert extract(text).needs == [need]


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("惠民药房 王店长说老百姓都嫌贵 六味卖得慢", []),
        ("西山卫生院 院长说患者嫌贵 问有没有小包装的", ["new_product"]),
    ],
)
def test_shoppers_complaining_of_the_price_ask_nothing(extract: Extract, text: str, needs: list[str]) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("红旗卫生室 杨医生说我说好的台历到现在还没送来", "pos_material"),
        ("惠民药房 王店长讲我讲好的价签一张都没见着", "pos_material"),
    ],
)
def test_a_promise_of_the_rep_named_by_the_customer_is_no_rep_speaking(
    extract: Extract, text: str, need: str
) -> None:
    assert extract(text).needs == [need]


@pytest.mark.parametrize(
    "text", ["西山卫生院 院长说集采以后别家的克肟便宜得多", "惠民药房 王店长讲网上的六味便宜一大截"]
)
def test_a_price_undercut_by_much_is_a_margin_complaint(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["margin"]


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("惠民药房 王店长讲同仁堂六味太贵了 顾客宁愿买我们的", []),
        ("西山店 店长说扬子江蓝芩价钱高 不好卖", []),
        ("平安堂总部 采购说仲景的价格比我们的高 我们好走", []),
        # ours called dearer than theirs, or theirs giving more: still asked
        ("惠民药房 王店长说我们六味比同仁堂的贵了五块", ["margin"]),
        ("西山店 店长说仲景给的返点高 问我们能不能也给", ["margin"]),
    ],
)
def test_a_competitors_price_called_high_asks_nothing(extract: Extract, text: str, needs: list[str]) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("红旗卫生室 杨医生说丹参片没个活动 病人都去买别家的", "promotion"),
        ("平安堂西山店 店长讲六味冇得海报 顾客都不晓得", "pos_material"),
        ("惠民药房 王店长说克肟没啥政策 进多了压货", "promotion"),
    ],
)
def test_an_absence_right_before_an_object_asks_for_it(extract: Extract, text: str, need: str) -> None:
    assert extract(text).needs == [need]


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("惠民药房 王店长想要海报 我们先出了台历", ["pos_material"]),
        ("西山卫生院 院长说病人多 我们下礼拜带宣传单去讲座", []),
        ("红旗卫生室 我们把堆头理了一遍 杨医生挺满意", []),
        # the rep asked, cut at a soft break before the rep: still the customer's ask
        ("西山店 店长讲6月2号要我们出两块展板", ["pos_material"]),
    ],
)
def test_a_clause_the_rep_opens_asking_nothing_tells_what_the_rep_does(
    extract: Extract, text: str, needs: list[str]
) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("惠民药房 王店长说端架搭好了 六味摆了二十盒", []),
        ("西山卫生院 院长讲科室会开完了 大夫们都满意", []),
        ("平安堂西山店 店长说堆头码好了 先进三十盒", []),
        # asked before the completion, or a degree (老好了): still an ask
        ("西山店 店长想让我们把端架搭好了", ["display"]),
        ("惠民药房 王店长说效果老好了 还想要海报", ["pos_material"]),
    ],
)
def test_a_deal_reported_done_by_its_complement_asks_nothing(
    extract: Extract, text: str, needs: list[str]
) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("西山店 店长话过期嗰几盒想退 𠊎讲回去问下退货政策", ["return_exchange"]),
        ("平安堂 老板娘话想要啲价签 𠊎讲下礼拜带培训资料过来", ["pos_material"]),
        ("李氏诊所 李医生话想要啲海报 𠊎同佢讲新品种下个月先有", ["pos_material"]),
    ],
)
def test_hakka_first_person_is_the_rep_speaking(extract: Extract, text: str, needs: list[str]) -> None:
    """𠊎 is 我 in Hakka (as 佢 is 他): what follows 𠊎讲 is the rep's, not the customer's ask."""
    assert extract(text).needs == needs


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长问有冇软胶囊嘅",
        "西山卫生院 药房主任问克肟有冇颗粒嘅",
    ],
)
def test_cantonese_possessive_reads_as_de(extract: Extract, text: str) -> None:
    """嘅 is the Cantonese 的: 有冇软胶囊嘅 asks whether a form exists, as 有没有软胶囊的 does."""
    assert extract(text).needs == ["new_product"]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长问有没有新的止咳药",
        "西山卫生院 院长问有冇新出的降糖药",
        "平安堂 老板娘问有冇新嘅退烧药",
    ],
)
def test_asking_whether_a_new_drug_exists_is_a_new_product(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["new_product"]


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("惠民药房 买四送一搞了一礼拜 走得还行", []),
        ("西山店 买二送一那几天卖了十五盒", []),
        ("平安堂 老板娘 公司方案下来了 买五送一 先做两礼拜", []),
        ("惠民药房 王店长想要个买四送一的活动", ["promotion"]),
        ("红旗卫生室 村医问能不能搞个买三送一", ["promotion"]),
    ],
)
def test_a_giveaway_shape_is_asked_only_where_a_request_is(
    extract: Extract, text: str, needs: list[str]
) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 隔壁在搞满50减10 王店长问能不能跟",
        "西山店 对面药店在搞第二盒半价活动 店长问能否跟一下",
        "平安堂 老板娘的意思是咱也整个活动",
    ],
)
def test_following_someones_event_or_meaning_to_is_a_promotion(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["promotion"]


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 院长说我们丹参片比仲景贵 不好开",
        "平安堂西山店 店长讲六味进价比同仁堂还是高两块",
        "惠民药房 王店长说对面卖的蓝芩比她们便宜三块",
        "红旗卫生室 杨医生话同仁堂六味平过我们",
    ],
)
def test_a_price_undersold_by_another_asks_for_margin(extract: Extract, text: str) -> None:
    assert "margin" in extract(text).needs


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说现在的六味比以前贵 大家也认",
        "西山卫生院 院长说仲景比我们贵 还是用我们的",
    ],
)
def test_a_price_compared_with_a_time_or_dearer_than_ours_asks_nothing(extract: Extract, text: str) -> None:
    assert "margin" not in extract(text).needs


@pytest.mark.parametrize(
    "text",
    [
        "国药 对账 会计说要等各个诊所回款才能结我们的",
        "瑞康医药 财务讲得等乡里卫生室的钱回来 这笔先放着",
        "惠民药房 王店长说这批货款能再拖两个月",
    ],
)
def test_paying_put_off_by_the_customer_asks_for_credit(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["credit"]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说六味买二送一那一周卖掉五十瓶 还剩十瓶",
        "平安堂西山店 店长讲丹参片的特价活动 反响一般",
        "红旗卫生室 杨医生说蒲地蓝买三送一 三天走了二十盒",
    ],
)
def test_an_event_told_by_its_outcome_was_held_not_asked(extract: Extract, text: str) -> None:
    assert "promotion" not in extract(text).needs


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 院长想办个糖尿病科普讲座 问我们能不能派个人来讲一讲",
        "红旗卫生室 上月的义诊来了好多人 杨医生说开春再请我们来讲一回",
    ],
)
def test_a_talk_at_an_event_for_patients_is_consumer_education(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["consumer_education"]
