"""Rules of quantity↔product binding, product kinds and birthdays (branch learn15), each with
phrasings that appear in no data set (sample company)."""

import pytest

from memory.schema.record import VisitRecord


def lines(record: VisitRecord) -> set[tuple[str, float | None, str]]:
    return {(p.name, p.quantity, p.kind) for p in record.products}


@pytest.mark.parametrize(
    ("text", "product", "amount"),
    [
        ("惠民药房 六味柜台上还摆着12瓶", "六味地黄丸", 12),
        ("惠民药房 丹参片仓库里还放着二十盒", "复方丹参片", 20),
    ],
)
def test_a_durative_verb_before_an_amount_is_stock(extract, text: str, product: str, amount: int) -> None:  # type: ignore[no-untyped-def]
    assert (product, amount, "stock") in lines(extract(text))


@pytest.mark.parametrize(
    ("text", "product", "amount"),
    [
        ("惠民药房 王店长说六味让再捎12瓶", "六味地黄丸", 12),
        ("惠民药房 丹参片卖得动 叫再带二十盒", "复方丹参片", 20),
    ],
)
def test_the_customer_asking_for_goods_is_an_order(extract, text: str, product: str, amount: int) -> None:  # type: ignore[no-untyped-def]
    assert (product, amount, "order") in lines(extract(text))


@pytest.mark.parametrize(
    ("text", "glued", "asked"),
    [
        ("惠民药房 王店长问有没有小规格的丹参片 又订了三十瓶六味", ("六味地黄丸", 30, "order"), "复方丹参片"),
        (
            "惠民药房 蒲地蓝最近问的人多 这回进了二十盒头孢克肟",
            ("头孢克肟分散片", 20, "order"),
            "蒲地蓝消炎口服液",
        ),
    ],
)
def test_a_product_glued_after_an_amount_takes_it_over_one_in_an_earlier_clause(  # type: ignore[no-untyped-def]
    extract, text: str, glued: tuple[str, int, str], asked: str
) -> None:
    found = lines(extract(text))
    assert glued in found
    assert all(quantity is None for name, quantity, _ in found if name == asked)


@pytest.mark.parametrize(
    ("text", "stock", "other"),
    [
        (
            "惠民药房 六味卖了20瓶 货架上还剩八瓶 丹参片卖了15盒",
            ("六味地黄丸", 8, "stock"),
            ("复方丹参片", 15, "sold"),
        ),
        (
            "西山卫生院 头孢克肟用掉三十盒 仓里还有六盒 蒲地蓝用掉十盒",
            ("头孢克肟分散片", 6, "stock"),
            ("蒲地蓝消炎口服液", 10, "sold"),
        ),
    ],
)
def test_a_product_with_its_own_amount_does_not_take_the_amount_before_it(  # type: ignore[no-untyped-def]
    extract, text: str, stock: tuple[str, int, str], other: tuple[str, int, str]
) -> None:
    found = lines(extract(text))
    assert stock in found and other in found
    assert (other[0], stock[1], "stock") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "惠民药房 六味要十五 丹参片要八 六味按瓶 丹参片按盒",
            {("六味地黄丸", 15, "order", "瓶"), ("复方丹参片", 8, "order", "盒")},
        ),
        ("惠民药房 蒲地蓝这月卖了四十 都是盒装的", {("蒲地蓝消炎口服液", 40, "sold", "盒")}),
    ],
)
def test_a_number_after_a_kind_verb_takes_its_unit_from_the_note(
    extract, text: str, expected: set[tuple[str, int, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    record = extract(text)
    assert expected <= {(p.name, p.quantity, p.kind, p.unit) for p in record.products}


@pytest.mark.parametrize(
    "text", ["惠民药房 王店长问六味多少钱一瓶", "惠民药房 王店长打听丹参片现在啥价钱一盒"]
)
def test_a_price_per_unit_is_no_amount(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(p.quantity is None for p in extract(text).products)


@pytest.mark.parametrize(
    ("text", "amount"), [("惠民药房 六味和丹参片都进了十盒", 10), ("惠民药房 蒲地蓝跟头孢克肟各要了六盒", 6)]
)
def test_products_joined_by_and_share_the_amount_after_them(extract, text: str, amount: int) -> None:  # type: ignore[no-untyped-def]
    found = lines(extract(text))
    assert len([line for line in found if line[1] == amount and line[2] == "order"]) == 2


@pytest.mark.parametrize(
    ("text", "person", "birthday"),
    [
        ("惠民药房 店员小刘说王店长生日8月3号", "王店长", "08-03"),
        ("西山卫生院 护士小陈讲周院长生日是十月十二号", "周院长", "10-12"),
    ],
)
def test_a_birthday_relayed_by_someone_belongs_to_the_person_named_before_it(  # type: ignore[no-untyped-def]
    extract, text: str, person: str, birthday: str
) -> None:
    assert {(c.name, c.birthday) for c in extract(text).contacts if c.birthday} == {(person, birthday)}


@pytest.mark.parametrize(
    ("text", "birthday"),
    [("惠民药房 王店长生日九月二十六", "09-26"), ("惠民药房 王店长生日11月5 记一下", "11-05")],
)
def test_a_birthday_month_and_day_need_no_day_word(extract, text: str, birthday: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.birthday for c in extract(text).contacts] == [birthday]


@pytest.mark.parametrize(
    ("text", "line", "restated"),
    [
        ("惠民药房 六味上次那十二瓶卖了五瓶", ("六味地黄丸", 5, "sold"), 12),
        ("西山卫生院 头孢克肟之前的三十盒用了十八盒", ("头孢克肟分散片", 18, "sold"), 30),
    ],
)
def test_an_amount_restated_as_earlier_goods_gives_way_to_the_news_after_it(  # type: ignore[no-untyped-def]
    extract, text: str, line: tuple[str, int, str], restated: int
) -> None:
    found = lines(extract(text))
    assert line in found and all(quantity != restated for _, quantity, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 六味进了四十瓶卖掉一半", {("六味地黄丸", 40, "order"), ("六味地黄丸", 20, "sold")}),
        ("西山卫生院 丹参片订了十六盒 用了一半", {("复方丹参片", 16, "order"), ("复方丹参片", 8, "sold")}),
    ],
)
def test_half_of_an_amount_goes_the_way_of_the_verb_after_it(
    extract, text: str, expected: set[tuple[str, int, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert expected <= lines(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 六味卖了九瓶 丹参片卖了七盒 两样都还剩十来盒",
        "惠民药房 蒲地蓝和头孢克肟这月没怎么动 两个都还有8盒",
    ],
)
def test_an_amount_said_of_both_holds_for_the_two_products_named_last(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    stock = {name for name, quantity, kind in lines(extract(text)) if kind == "stock" and quantity in (8, 10)}
    assert len(stock) == 2


@pytest.mark.parametrize(
    "text", ["惠民药房 六味搞买二送一 先订了三十瓶", "惠民药房 丹参片满五赠一 这回要了十二盒"]
)
def test_an_offer_is_no_amount(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {quantity for _, quantity, _ in lines(extract(text))} <= {30, 12}


@pytest.mark.parametrize(
    ("text", "birthday"),
    [("惠民药房 王店长下礼拜五过生日 记着送个蛋糕", "05-22"), ("西山卫生院 后天是周院长生日", "05-15")],
)
def test_a_birthday_said_relative_to_the_note_is_resolved_from_its_date(
    extract, text: str, birthday: str
) -> None:  # type: ignore[no-untyped-def]
    assert [c.birthday for c in extract(text).contacts if c.birthday] == [birthday]
