"""Classes of objects a need is asked by (memory/extract/need_shapes.py object forms), each with
phrasings that appear in no data set, on the sample company's master data."""

import pytest

from tests.memory.extract.sample import Extract


@pytest.mark.parametrize(
    "text",
    [
        "平安堂西山店 店长想让我们在店里搞个顾客用药教育",
        "西山卫生院 院长希望我们搞一场慢病患者教育",
        "红旗卫生室 杨医生想请我们来给村里做个老人慢病教育",
    ],
)
def test_teaching_addressed_to_patients_is_consumer_education(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["consumer_education"]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长想要点宣传画册放柜台上",
        "红旗卫生室 杨医生想要几本降压用药手册",
        "西山卫生院 院长让我们多印些宣传页",
    ],
)
def test_printed_matter_asked_for_is_pos_material(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["pos_material"]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长想让我们给个实在点的价 量可以做大",
        "西山卫生院 院长问丹参片能不能报个医院专用价",
        "红旗卫生室 杨医生说要先看看六味的价钱再定",
    ],
)
def test_a_price_quoted_where_a_request_is_asks_for_margin(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["margin"]
