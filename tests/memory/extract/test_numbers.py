import pytest

from memory.extract.numbers import parse_int, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("30", 30),
        ("三十", 30),
        ("两", 2),
        ("十五", 15),
        ("一百二", 120),
        ("二百一十", 210),
        ("86", 86),
        ("2.5", 2.5),
    ],
)
def test_numbers(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "好多", "几"])
def test_not_one_exact_number(text: str) -> None:
    assert parse_int(text) is None


@pytest.mark.parametrize("text", ["99999999999999999十万", "12345678901234567890百"])
def test_digits_beyond_any_amount_before_a_magnitude_are_no_number(text: str) -> None:
    assert parse_number(text) is None
