"""Contacts: who was met and in what role (memory/extract/contacts.py, roles.py), with phrasings that
appear in no data set (sample company 华康医药, whose manager is 钱经理)."""

import pytest

from memory.schema.record import VisitRecord


def people(record: VisitRecord) -> list[tuple[str | None, str]]:
    return [(c.surname, c.role) for c in record.contacts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 店长钱姐说六味地黄丸卖了十盒", [("钱", "manager")]),
        ("平安堂西山店 车店长说丹参片还剩五盒", [("车", "manager")]),
        ("惠民药房 王店长说六味总共卖了十盒 货钱总共结了", [("王", "manager")]),
    ],
)
def test_a_surname_that_is_also_a_word_counts_before_a_title(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 周哥是老板 说六味卖得快", [("周", "owner")]),
        ("平安堂西山店 小吴 店长 说丹参片卖了八盒", [("吴", "manager")]),
    ],
)
def test_a_title_right_after_a_name_is_that_persons_role(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 老板出差了 店员小周说六味还剩三盒", [("周", "clerk")]),
        ("西山卫生院 李主任说院长让再等等", [("李", "director")]),
        ("惠民药房 孙老板以前在别家当过店长", [("孙", "owner")]),
        ("西山卫生院 村医培训的事 周院长说下个月搞", [("周", "director")]),
    ],
)
def test_a_bare_title_of_someone_not_met_is_no_contact(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["惠民药房 店员小吴和小郑 说六味卖了六盒", "平安堂西山店 收银员小冯跟小宋都说丹参片好卖"],
)
def test_a_title_before_a_list_of_names_holds_for_each(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    roles = people(extract(text))
    assert len(roles) == 2 and all(role == "clerk" for _, role in roles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("红旗卫生室 老马说丹参片还有三盒", [("马", "doctor")]),
        ("惠民药房 小敏说六味卖了六盒", [(None, "clerk")]),
        ("红旗卫生室 老马 他媳妇小琴说丹参片还有三盒", [("马", "doctor"), (None, "other")]),
    ],
)
def test_the_kind_of_account_gives_the_untitled_their_role(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 店员小周说王店长生日是9月12号", [("周", None), ("王", "09-12")]),
        ("惠民药房 小敏过生日 十月五号 王店长让我记着", [(None, "10-05"), ("王", None)]),
        ("惠民药房 王店长说她生日快到了 下礼拜二", [("王", "05-19")]),
    ],
)
def test_a_birthday_belongs_to_the_one_it_is_about(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert [(c.surname, c.birthday) for c in extract(text).contacts] == expected


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 给医生们讲了课 钱经理也来了 周院长说讲得好",
        "西山卫生院 钱经理跟我一起去的 周院长说听课的村医们都说好",
    ],
)
def test_the_reps_own_manager_and_an_audience_are_not_contacts(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == [("周", "director")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 王店长生日8.12 我记下了", "08-12"),
        ("惠民药房 王店长说她生日是11/3", "11-03"),
        ("惠民药房 王店长下个月6号过生日", "06-06"),
    ],
)
def test_a_birthday_typed_as_digits_or_said_as_a_day_of_next_month_is_read(
    extract, text: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    assert [c.birthday for c in extract(text).contacts] == [expected]
