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
        ("惠民药房 六味卖得慢 库里还剩四十瓶", {("六味地黄丸", "sold", None), ("六味地黄丸", "stock", 40)}),
        ("惠民药房 丹参片好卖 王店长又订了十瓶", {("复方丹参片", "sold", None), ("复方丹参片", "order", 10)}),
    ],
)
def test_how_a_product_sells_is_kept_beside_its_amount(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
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
