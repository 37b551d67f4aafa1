"""Chinese numerals read without cn2an are read exactly as cn2an reads them; the rest is left to it."""

import itertools

import cn2an
import pytest

from memory.extract.numbers import parse_number
from memory.extract.numerals import chinese_value

ALPHABET = "零〇一二两三四五六七八九十百千万"


def cn2an_value(text: str) -> float | None:
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


def test_every_short_numeral_read_here_is_read_as_cn2an_reads_it() -> None:
    read = 0
    for size in range(1, 5):
        for chars in itertools.product(ALPHABET, repeat=size):
            text = "".join(chars)
            value = chinese_value(text)
            if value is not None:
                read += 1
                assert value == cn2an_value(text), text
    assert read > 20000  # most well-formed numerals are read here, not left to cn2an


def test_every_standard_spelling_is_read_here() -> None:
    for number in [*range(0, 30001), *range(30001, 10**8, 9973)]:
        spelt = cn2an.an2cn(str(number))
        for text in {spelt, spelt.replace("二", "两")}:
            assert chinese_value(text) == float(number), text


@pytest.mark.parametrize(("text", "value"), [("一百二", 120.0), ("两千五", 2500.0), ("一万二", 12000.0)])
def test_a_last_digit_after_a_unit_is_the_next_unit_down(text: str, value: float) -> None:
    assert chinese_value(text) == value == parse_number(text)


@pytest.mark.parametrize(("text", "value"), [("三点五", 3.5), ("1.5万", 15000.0), ("一亿", 100000000.0)])
def test_forms_read_by_cn2an_alone_still_parse(text: str, value: float) -> None:
    assert chinese_value(text) is None
    assert parse_number(text) == value
