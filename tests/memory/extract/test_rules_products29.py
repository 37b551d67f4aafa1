"""Products, session 29: which goods an amount binds to inside a list or a run of statements
(memory/extract/products.py), with phrasings that appear in no data set, on the sample company."""

import pytest

from memory.schema.record import VisitRecord

Line = tuple[str, str, float | None]


def lines(record: VisitRecord) -> set[Line]:
    return {(p.name, p.kind, p.quantity) for p in record.products}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "东关诊所 马大夫又拿了三十瓶丹参片二十盒克肟",
            {("复方丹参片", "order", 30), ("头孢克肟分散片", "order", 20)},
        ),
        (
            "利民药房 刚进了四十盒蒲地蓝15瓶六味 现款",
            {("蒲地蓝消炎口服液", "order", 40), ("六味地黄丸", "order", 15)},
        ),
    ],
)
def test_an_amount_glued_before_goods_names_them(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "东关诊所 六味卖了十二瓶 克肟卖了五盒 都是国药送的 马大夫说快过期的还有三瓶",
            {("六味地黄丸", "sold", 12), ("头孢克肟分散片", "sold", 5), ("六味地黄丸", "stock", 3)},
        ),
        (
            "利民药房 蒲地蓝走了二十盒 丹参片走了八瓶 老板娘说近效期的还有四盒",
            {("蒲地蓝消炎口服液", "sold", 20), ("复方丹参片", "sold", 8), ("蒲地蓝消炎口服液", "stock", 4)},
        ),
    ],
)
def test_an_amount_goes_to_the_goods_sold_in_its_unit(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


def test_an_amount_shared_out_is_not_moved_by_its_unit(extract) -> None:  # type: ignore[no-untyped-def]
    found = lines(extract("东关诊所 克肟跟丹参片各拿了十盒"))
    assert found == {("头孢克肟分散片", "order", 10), ("复方丹参片", "order", 10)}
