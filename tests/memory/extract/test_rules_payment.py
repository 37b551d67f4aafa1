"""Payment terms (memory/extract/payment.py), with phrasings that appear in no data set."""

import pytest

from tests.memory.extract.sample import Extract


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("惠民药房 王店长说钱是月底统一结", "monthly"),
        ("红旗卫生室 刘医生说货送到就付钱", "cod"),
        ("李氏诊所 李大夫说丹参片卖掉了再给钱", "consignment"),
        ("西山卫生院 每个月结一次账", "monthly"),
    ],
)
def test_a_settling_clause_says_the_term_by_when_it_pays(extract: Extract, text: str, code: str) -> None:
    assert extract(text).payment_terms == code


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说她闺女下个月结婚 六味卖了十盒",
        "红旗卫生室 刘医生说这个月结石的病人多",
    ],
)
def test_a_payment_word_inside_another_word_is_none(extract: Extract, text: str) -> None:
    assert extract(text).payment_terms is None


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 上回的货这个月先打一半 剩下的月底结",
        "西山卫生院 会计说还差的那笔推到月底结",
    ],
)
def test_a_one_off_settlement_is_no_term(extract: Extract, text: str) -> None:
    assert extract(text).payment_terms is None


@pytest.mark.parametrize(
    "text",
    ["红旗卫生室 丹参片要了十盒 钱刘医生当面就结了", "惠民药房 六味进了二十盒 货款王店长当场结清"],
)
def test_settling_on_the_spot_is_cash(extract: Extract, text: str) -> None:
    assert extract(text).payment_terms == "cash"
