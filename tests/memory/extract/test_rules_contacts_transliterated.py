"""Names of no Han surname written by their sound (memory/extract/transliterated.py): a run of the
characters of the transliteration tables beside a title or a family word is a person, whatever the name.
Phrasings in no data set, on the sample company."""

from __future__ import annotations

import pytest

from memory.schema.record import VisitRecord


def people(record: VisitRecord) -> list[tuple[str | None, str]]:
    return [(c.surname, c.role) for c in record.contacts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山卫生院 图尔逊院长说丹参片还有二十盒", [(None, "director")]),
        ("红旗卫生室的阿迪力大夫打电话来 要十盒六味", [(None, "doctor")]),
        ("西山卫生院 努尔古丽主任讲下个月再要三十盒", [(None, "director")]),
    ],
)
def test_a_name_of_sounds_before_a_title_is_a_person(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山卫生院 院长库尔班不在 护士帕丽达说丹参片还剩十盒", [(None, "director"), (None, "nurse")]),
        ("红旗卫生室 村医吐逊江出诊了 他老婆娜依拉说六味还有五盒", [(None, "doctor"), (None, "other")]),
    ],
)
def test_a_name_of_sounds_after_a_title_ends_where_what_is_said_starts(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


def test_a_name_of_sounds_written_again_is_the_same_person(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("西山卫生院 院长库尔班说丹参片要五十盒 库尔班下礼拜三过生日")
    assert people(record) == [(None, "director")]
    assert record.contacts[0].birthday is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 老板娘多买了几盒丹参片", [(None, "owner")]),  # 多买: two sounds, no word of speaking
        ("红旗卫生室 林阿伯说六味还有五盒", [("林", "doctor")]),  # a surname and a kin word
    ],
)
def test_sounds_that_are_words_of_the_sentence_name_nobody(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


def test_a_name_of_sounds_with_a_kin_word_is_called_like_a_han_one(extract) -> None:  # type: ignore[no-untyped-def]
    # a shop's 王姐 owns it: so does its 阿依努尔姐, not the 阿X of its staff
    assert people(extract("惠民药房 阿依努尔姐说丹参片卖了十盒")) == [(None, "owner")]
