"""Products, session 28: units that are also verbs, goods going back, and the small account fields
(memory/extract/amounts.py, kind_words.py); phrasings that appear in no data set, on the sample company."""

import pytest

from memory.schema.record import VisitRecord

Line = tuple[str, str, float | None]


def lines(record: VisitRecord) -> set[Line]:
    return {(p.name, p.kind, p.quantity) for p in record.products}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 王店长说六味这回要五打 现结", {("六味地黄丸", "order", 5)}),
        ("西山卫生院 周院长讲丹参片再订一打,说秋天用得多", {("复方丹参片", "order", 1)}),
    ],
)
def test_a_dozen_is_a_unit(extract, text: str, expected: set[Line]) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说那2万4打了一半 六味还有十盒",
        "惠民药房 王店长说六味还有十盒 礼拜五打电话给配送",
    ],
)
def test_a_unit_said_as_a_verb_counts_nothing(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert lines(extract(text)) == {("六味地黄丸", "stock", 10)}
