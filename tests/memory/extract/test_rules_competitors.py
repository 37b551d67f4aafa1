"""Competitors named by a firm suffix or a dosage form that are not in the catalog
(memory/extract/competitors.py), with phrasings in no data set, on the sample company."""

from __future__ import annotations

import pytest


def _rivals(extract, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.name for c in extract(text).competitors}


@pytest.mark.parametrize(
    "text",
    ["惠民药房 王店长说顾客嫌一板六片不够吃 丹参片要十盒", "红旗卫生室 村医让我下回多带三十瓶糖浆的样品"],
)
def test_a_count_before_a_form_word_is_no_drug_name(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _rivals(extract, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长让我给货架拍几张照片发群里",
        "李氏诊所 李大夫桌上一摞名片 丹参片还剩四盒",
        "红旗卫生室 村医说冬天贴膏药的老人多",
    ],
)
def test_a_form_word_inside_a_common_word_is_no_drug_name(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _rivals(extract, text) == set()


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        ("惠民药房 王店长说不如进金嗓子含片 便宜", "金嗓子含片"),
        ("李氏诊所 李大夫说隔壁卫生室在推银黄颗粒", "银黄颗粒"),
    ],
)
def test_a_drug_named_by_its_form_is_still_found(extract, text: str, rival: str) -> None:  # type: ignore[no-untyped-def]
    assert rival in _rivals(extract, text)


@pytest.mark.parametrize("text", ["惠民药房 王店长以前在药厂上过班", "李氏诊所 李大夫的儿子去年去了制药厂"])
def test_a_stop_word_before_a_firm_suffix_leaves_no_firm_name(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _rivals(extract, text) == set()
