"""Names written apart (memory/extract/contacts.py `_written_apart_people`): a name of 新疆 or 西藏 or a
foreign one with its parts joined by a dot holds no surname; an English given name before a surname
holds that surname. Phrasings in no data set, on the sample company."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("红旗卫生室 帕尔哈提·米吉提大夫说六味还有五盒", "doctor"),
        ("惠民药房 店长热依汗·阿不力孜说丹参片要十盒", "manager"),
        ("惠民药房 见了老板娘库尔班·托合提 丹参片先不要", "owner"),
    ],
)
def test_a_name_joined_by_a_dot_holds_no_surname(extract, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    (person,) = extract(text).contacts
    assert (person.surname, person.role) == (None, role)


@pytest.mark.parametrize(
    ("text", "surname"),
    [("惠民药房 Kelly吴说丹参片这周卖了二十盒", "吴"), ("Jason邓店长发微信 惠民药房要十盒丹参片", "邓")],
)
def test_an_english_given_name_before_a_surname_holds_the_surname(extract, text: str, surname: str) -> None:  # type: ignore[no-untyped-def]
    assert [p.surname for p in extract(text).contacts] == [surname]


def test_a_name_joined_by_a_dot_ends_at_its_title_after_a_department(extract) -> None:  # type: ignore[no-untyped-def]
    (person,) = extract("西山卫生院 药剂科库尔班·托合提主任说丹参片还有八盒").contacts
    assert (person.name, person.role) == ("库尔班·托合提主任", "director")
