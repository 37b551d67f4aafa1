"""Products, session 27: amounts that only frame another amount, and goods asked for again or first
(memory/extract/products.py, goods_context.py, kind_words.py); phrasings that appear in no data set,
on the sample company."""

import pytest

from memory.schema.record import VisitRecord

Line = tuple[str, str, float | None]


def lines(record: VisitRecord) -> set[Line]:
    return {(p.name, p.kind, p.quantity) for p in record.products}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 王店长说丹参片四十瓶只剩六瓶了", {("复方丹参片", "stock", 6)}),
        ("西山卫生院 周院长讲克肟八十盒用掉了三十盒", {("头孢克肟分散片", "sold", 30)}),
        ("惠民药房 王店长说六味十二盒卖了一半", {("六味地黄丸", "sold", 6)}),
    ],
)
def test_an_amount_with_no_verb_of_its_own_before_its_part_is_only_the_whole(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 王店长说六味先铺十五家店 每店八盒 合计一百二十盒", {("六味地黄丸", "order", 120)}),
        ("惠民药房 丹参片六个店先订,每家五瓶,总共三十瓶", {("复方丹参片", "order", 30)}),
    ],
)
def test_a_share_per_outlet_yields_to_the_total_said_after_it(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "惠民药房 王店长说六味卖空了 让公司再调二十盒",
            {("六味地黄丸", "order", 20)},
        ),
        (
            "西山卫生院 丹参片用得快 周院长让配送再拉三十瓶",
            {("复方丹参片", "order", 30)},
        ),
        (
            "惠民药房 克肟还有五盒 王店长说先匀十盒过来",
            {("头孢克肟分散片", "stock", 5), ("头孢克肟分散片", "order", 10)},
        ),
    ],
)
def test_an_amount_right_after_again_or_first_and_any_verb_is_ordered(
    extract, text: str, expected: set[Line]
) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected
