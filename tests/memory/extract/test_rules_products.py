"""Products: which goods an amount is about and what kind it is (memory/extract/products.py), with
phrasings that appear in no data set, on the sample company."""

import pytest

from memory.schema.record import VisitRecord

Line = tuple[str, str, float | None]


def lines(record: VisitRecord) -> set[Line]:
    return {(p.name, p.kind, p.quantity) for p in record.products}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李氏诊所 李大夫说丹参片一个月十来瓶", {("复方丹参片", "sold", 10)}),
        ("西山卫生院 克肟每周就用个七八盒", {("头孢克肟分散片", "sold", 7)}),
    ],
)
def test_an_amount_per_period_is_what_sells(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 王店长说六味这回不要", {("六味地黄丸", "mention", None)}),
        ("西山卫生院 周院长说丹参片今年进不了了", {("复方丹参片", "mention", None)}),
        ("惠民药房 六味搞买一送一 王店长同意了", {("六味地黄丸", "mention", None)}),
        ("惠民药房 王店长说丹参片店里要搞会员日", {("复方丹参片", "mention", None)}),
    ],
)
def test_a_denied_verb_an_offer_or_an_event_orders_nothing(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("红旗卫生室 老刘说克肟没了 让我礼拜五带十盒过去", {("头孢克肟分散片", "order", 10)}),
        ("红旗卫生室 老刘说丹参片见底了 叫俺下次捎二十瓶", {("复方丹参片", "order", 20)}),
    ],
)
def test_the_rep_asked_to_bring_goods_is_an_order(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山卫生院 发来的三十盒克肟用了十二盒了", {("头孢克肟分散片", "sold", 12)}),
        ("惠民药房 送来的二十瓶六味卖了八瓶", {("六味地黄丸", "sold", 8)}),
    ],
)
def test_goods_named_by_an_earlier_amount_count_only_the_news(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味摆到第一排了 跟同仁堂六味挨着 这个月卖了十五瓶", {("六味地黄丸", "sold", 15)}),
        ("惠民药房 丹参片比蓝芩 这周多卖了六瓶", {("复方丹参片", "sold", 6)}),
    ],
)
def test_a_competitor_named_in_a_comparison_does_not_take_the_amount(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味卖得慢 库里还剩四十瓶", {("六味地黄丸", "stock", 40)}),
        ("惠民药房 丹参片好卖 王店长又订了十瓶", {("复方丹参片", "order", 10)}),
        ("惠民药房 丹参片卖光了 王店长又订了十瓶", {("复方丹参片", "order", 10)}),
        (
            "惠民药房 丹参片没几瓶了 王店长又订了十瓶",
            {("复方丹参片", "stock", None), ("复方丹参片", "order", 10)},
        ),
    ],
)
def test_how_a_product_sells_is_no_line_beside_its_amount_but_little_left_is(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 上回那批六味有三瓶快过期了 王店长想换", {("六味地黄丸", "stock", 3)}),
        ("李氏诊所 近效期那八盒克肟李大夫说能不能换", {("头孢克肟分散片", "stock", 8)}),
        ("惠民药房 丹参片有几瓶快到期了", {("复方丹参片", "stock", None)}),
    ],
)
def test_goods_near_their_expiry_date_are_stock(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 库里丹参片还有三件多", {("复方丹参片", "stock", 3)}),
        ("西山卫生院 克肟还剩两盒多 周院长说够用", {("头孢克肟分散片", "stock", 2)}),
    ],
)
def test_a_little_over_an_amount_is_that_amount(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


# -- session 23: binding kinds and amounts to goods in notes of several facts -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "惠民药房 六味八瓶 丹参片六瓶 王店长都要了",
            {("六味地黄丸", "order", 8), ("复方丹参片", "order", 6)},
        ),
        (
            "红旗卫生室 克肟十二盒 蒲地蓝九盒 老刘全卖完了",
            {("头孢克肟分散片", "sold", 12), ("蒲地蓝消炎口服液", "sold", 9)},
        ),
    ],
)
def test_a_list_takes_the_verb_said_after_it(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "惠民药房 六味还有十瓶 丹参片五瓶 王店长说以后的货都要从国药走",
            {("六味地黄丸", "stock", 10), ("复方丹参片", "stock", 5)},
        ),
        (
            "红旗卫生室 克肟还剩七盒 蒲地蓝三盒 老刘说下半年都要搞义诊",
            {("头孢克肟分散片", "stock", 7), ("蒲地蓝消炎口服液", "stock", 3)},
        ),
    ],
)
def test_a_plan_said_after_a_list_is_not_its_verb(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "西山卫生院 克肟上月开了九十盒再订一百二十盒六味不要了",
            {
                ("头孢克肟分散片", "sold", 90),
                ("头孢克肟分散片", "order", 120),
                ("六味地黄丸", "mention", None),
            },
        ),
        (
            "惠民药房 丹参片卖了十四瓶又补了三十瓶蒲地蓝先不进",
            {("复方丹参片", "sold", 14), ("复方丹参片", "order", 30), ("蒲地蓝消炎口服液", "mention", None)},
        ),
    ],
)
def test_goods_with_their_own_verb_open_a_new_statement(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味仲有七瓶 丹参片卖咗十一瓶", {("六味地黄丸", "stock", 7), ("复方丹参片", "sold", 11)}),
        (
            "西山卫生院 克肟本月消耗六十盒 结余二十盒",
            {("头孢克肟分散片", "sold", 60), ("头孢克肟分散片", "stock", 20)},
        ),
        (
            "惠民药房 六味 进40 销25 存15",
            {("六味地黄丸", "order", 40), ("六味地黄丸", "sold", 25), ("六味地黄丸", "stock", 15)},
        ),
        ("李氏诊所 孙大夫丹参片定了二十瓶", {("复方丹参片", "order", 20)}),
    ],
)
def test_regional_and_report_verbs_say_a_kind(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 蒲地蓝压了二十几盒卖不动", {("蒲地蓝消炎口服液", "stock", 20)}),
        ("红旗卫生室 克肟用不完 还放有九盒", {("头孢克肟分散片", "stock", 9)}),
    ],
)
def test_an_act_with_a_negative_complement_says_no_kind(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味有十二瓶", {("六味地黄丸", "stock", 12)}),
        ("西山卫生院 周院长对克肟有兴趣", {("头孢克肟分散片", "mention", None)}),
        ("李氏诊所 丹参片这月卖了不少 有三十来瓶", {("复方丹参片", "sold", 30)}),
    ],
)
def test_have_says_stock_only_of_an_amount_and_only_alone(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味和丹参片分别还剩九瓶 四瓶", {("六味地黄丸", "stock", 9), ("复方丹参片", "stock", 4)}),
        (
            "红旗卫生室 克肟 蒲地蓝分别要了十盒 六盒",
            {("头孢克肟分散片", "order", 10), ("蒲地蓝消炎口服液", "order", 6)},
        ),
    ],
)
def test_respective_amounts_go_to_the_listed_goods_in_order(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "惠民药房 王店长六味 丹参片 蒲地蓝各订了五件",
            {("六味地黄丸", "order", 5), ("复方丹参片", "order", 5), ("蒲地蓝消炎口服液", "order", 5)},
        ),
        (
            "红旗卫生室 老刘克肟蒲地蓝各拿两盒",
            {("头孢克肟分散片", "order", 2), ("蒲地蓝消炎口服液", "order", 2)},
        ),
    ],
)
def test_names_side_by_side_share_the_amount_after_each(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味做活动买五瓶送一瓶 王店长订了三十瓶", {("六味地黄丸", "order", 30)}),
        ("惠民药房 蒲地蓝满十盒赠两盒 这周卖了二十六盒", {("蒲地蓝消炎口服液", "sold", 26)}),
    ],
)
def test_an_offer_with_units_moves_no_goods(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味卖了百来瓶", {("六味地黄丸", "sold", 100)}),
        ("红旗卫生室 老刘要了两大箱克肟", {("头孢克肟分散片", "order", 2)}),
        ("惠民药房 丹参片还剩廿瓶", {("复方丹参片", "stock", 20)}),
        ("西山卫生院 克肟进了三件半", {("头孢克肟分散片", "order", 3.5)}),
        ("惠民药房 丹参片卖了四十出头", {("复方丹参片", "sold", 40)}),
    ],
)
def test_spoken_amounts_are_read(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "惠民药房 丹参片剩的不多了 王店长要了二十瓶",
            {("复方丹参片", "stock", None), ("复方丹参片", "order", 20)},
        ),
        (
            "红旗卫生室 蒲地蓝没几盒了 老刘要十盒",
            {("蒲地蓝消炎口服液", "stock", None), ("蒲地蓝消炎口服液", "order", 10)},
        ),
    ],
)
def test_a_few_left_said_with_no_number_is_stock(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味卖的十五瓶 剩的八瓶", {("六味地黄丸", "sold", 15), ("六味地黄丸", "stock", 8)}),
        (
            "西山卫生院 克肟用掉的四十盒 存的二十盒",
            {("头孢克肟分散片", "sold", 40), ("头孢克肟分散片", "stock", 20)},
        ),
    ],
)
def test_an_amount_named_by_what_was_done_to_it(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "红旗卫生室 老刘拿了十盒克肟卖掉一半",
            {("头孢克肟分散片", "order", 10), ("头孢克肟分散片", "sold", 5)},
        ),
        ("惠民药房 进了三十瓶丹参片卖了一半", {("复方丹参片", "order", 30), ("复方丹参片", "sold", 15)}),
    ],
)
def test_half_said_after_the_goods_named(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味卖了三十 丹参片二十", {("六味地黄丸", "sold", 30), ("复方丹参片", "sold", 20)}),
        (
            "红旗卫生室 克肟要十五 蒲地蓝八",
            {("头孢克肟分散片", "order", 15), ("蒲地蓝消炎口服液", "order", 8)},
        ),
    ],
)
def test_a_bare_number_after_goods_is_their_amount(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山卫生院 克肟一个月要用七十盒", {("头孢克肟分散片", "sold", 70)}),
        ("李氏诊所 丹参片每周大概卖二十瓶", {("复方丹参片", "sold", 20)}),
    ],
)
def test_an_amount_per_period_with_adverbs_is_what_sells(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "惠民药房 丹参片 卖了20盒 进了30盒 六味 剩8瓶",
            {("复方丹参片", "sold", 20), ("复方丹参片", "order", 30), ("六味地黄丸", "stock", 8)},
        ),
        (
            "西山店 六味卖了十二瓶 还剩5瓶 仲景在搞活动",
            {("六味地黄丸", "sold", 12), ("六味地黄丸", "stock", 5)},
        ),
    ],
)
def test_goods_after_a_space_take_the_amount_before_only_if_they_open_no_statement(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李氏诊所 克肟这月用了一百2十盒", {("头孢克肟分散片", "sold", 120)}),
        ("惠民药房 丹参片库存三百5十瓶", {("复方丹参片", "stock", 350)}),
    ],
)
def test_a_digit_inside_a_spoken_number_is_a_spoken_digit(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 蒲地蓝上礼拜订的50盒还没到 仓库那边积压了", {("蒲地蓝消炎口服液", "order", 50)}),
        ("西山店 六味之前要的二十瓶一直没来 店长说我们那头存了货", {("六味地黄丸", "order", 20)}),
    ],
)
def test_an_amount_named_by_its_verb_keeps_that_kind(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("西山卫生院 周院长说想让丹参片进药事会的目录", "复方丹参片"),
        ("李氏诊所 蒲地蓝下个月能进县医院", "蒲地蓝消炎口服液"),
        ("惠民药房 店长想搞买六味送环保袋的活动", "六味地黄丸"),
        ("平安堂 买蒲地蓝送小礼品", "蒲地蓝消炎口服液"),
    ],
)
def test_a_listing_or_an_offer_moves_no_goods(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == {(name, "mention", None)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("西山卫生院 院长说六味仲景的卖得好", "六味地黄丸"),
        ("李氏诊所 丹参片仲景的用得多", "复方丹参片"),
    ],
)
def test_our_product_named_before_a_competitors_firm_is_theirs(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == {(name, "mention", None)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("惠民药房 六味卖35块 对面卖30", "六味地黄丸"),
        ("平安堂 丹参片我们卖十二块 别家卖十块", "复方丹参片"),
    ],
)
def test_a_verb_before_a_price_says_a_price(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == {(name, "mention", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山卫生院 六味的事 院长说暂时不换同仁堂六味 这个月先要八十瓶", {("六味地黄丸", "order", 80)}),
        ("李氏诊所 克肟 李医生讲不考虑扬子江蓝芩 先拿四十盒", {("头孢克肟分散片", "order", 40)}),
    ],
)
def test_a_competitor_closing_its_clause_does_not_take_the_next_amount(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [("惠民药房 蒲地蓝快卖完了", "蒲地蓝消炎口服液"), ("红旗卫生室 丹参片又快用光了", "复方丹参片")],
)
def test_about_to_run_out_is_not_yet_sold(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == {(name, "mention", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山店 六味卖了十盒 对面还送了两箱鸡蛋", {("六味地黄丸", "sold", 10)}),
        ("李氏诊所 克肟进了三十盒 厂家送了一箱口罩", {("头孢克肟分散片", "order", 30)}),
    ],
)
def test_an_amount_of_a_thing_that_is_no_drug_is_not_ours(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 丹深片卖了十瓶", {("复方丹参片", "sold", 10)}),
        ("惠民药房 六位的黄丸卖了十瓶", {("六味地黄丸", "sold", 10)}),
    ],
)
def test_a_name_typed_by_another_reading_of_its_characters_is_found(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("西山卫生院 院长说克肟用量要往下掉", "头孢克肟分散片"),
        ("李氏诊所 丹参片的用量要看下个月", "复方丹参片"),
    ],
)
def test_a_kind_noun_or_a_modal_says_no_kind_of_goods_alone(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == {(name, "mention", None)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("西山卫生院 碎了的那三盒克肟今天给换了", "头孢克肟分散片"),
        ("惠民药房 标签印歪的那五瓶六味拿回来了", "六味地黄丸"),
    ],
)
def test_an_amount_no_words_give_a_kind_is_not_reported(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == {(name, "mention", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 蒲地蓝有几盒外包装压扁了 把下个月的四十盒单子签了", {("蒲地蓝消炎口服液", "order", 40)}),
        ("西山卫生院 这批克肟有几盒批号印糊了 顺便把下月的六十盒单子定了", {("头孢克肟分散片", "order", 60)}),
        ("平安堂 丹参片有 二十瓶", {("复方丹参片", "stock", 20)}),
    ],
)
def test_a_weak_stock_word_counts_only_in_the_amounts_own_clause(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山卫生院 克肟上个月发出去六十盒", {("头孢克肟分散片", "sold", 60)}),
        ("惠民药房 丹参片堆了三十瓶没人买", {("复方丹参片", "stock", 30)}),
        ("红旗卫生室 蒲地蓝打完了二十支", {("蒲地蓝消炎口服液", "sold", 20)}),
    ],
)
def test_a_kind_word_is_a_stem_with_an_ending(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "平安堂总部 采购发来订单,六味30盒、丹参片20瓶",
            {("六味地黄丸", "order", 30), ("复方丹参片", "order", 20)},
        ),
        (
            "平安堂总部 下月计划单到了 蒲地蓝五十盒 克肟四十盒",
            {("蒲地蓝消炎口服液", "order", 50), ("头孢克肟分散片", "order", 40)},
        ),
    ],
)
def test_a_list_takes_the_kind_of_its_head(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "惠民药房 六味挪到第二层了。这周卖了12盒,还剩6盒。",
            {("六味地黄丸", "sold", 12), ("六味地黄丸", "stock", 6)},
        ),
        ("西山卫生院 克肟的事谈完了。上月用了四十盒。", {("头孢克肟分散片", "sold", 40)}),
    ],
)
def test_amounts_naming_no_goods_are_about_the_one_product_before(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("平安堂总部 六味每家店先铺10盒 一共8家店", {("六味地黄丸", "order", 80)}),
        ("平安堂总部 经理说丹参片每个店再加5瓶 总共12个店", {("复方丹参片", "order", 60)}),
    ],
)
def test_an_amount_per_outlet_is_times_the_outlets(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "红旗卫生室 六味 卖了 8盒 剩 2盒 要 10盒 丹参片 不要",
            {
                ("六味地黄丸", "sold", 8),
                ("六味地黄丸", "stock", 2),
                ("六味地黄丸", "order", 10),
                ("复方丹参片", "mention", None),
            },
        ),
        (
            "惠民药房 克肟 进了 20盒 蒲地蓝 没动",
            {("头孢克肟分散片", "order", 20), ("蒲地蓝消炎口服液", "mention", None)},
        ),
    ],
)
def test_goods_after_a_space_in_a_run_of_amounts_open_their_own_statement(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味卖了十盒 要海报两张", {("六味地黄丸", "sold", 10)}),
        ("西山卫生院 克肟用了二十盒\n- 再要折页30张", {("头孢克肟分散片", "sold", 20)}),
    ],
)
def test_an_amount_glued_to_a_thing_before_it_counts_that_thing(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected
