"""Trends compare like with like: three reports of one product, kind and unit, each step clear."""

import pytest

from memory.reports.trends import trend_of


@pytest.mark.parametrize("newest_first", [[35, 30], [50], []])
def test_fewer_than_three_reports_say_nothing(newest_first: list[float]) -> None:
    assert trend_of(newest_first) is None


@pytest.mark.parametrize(("newest_first", "trend"), [([20, 30, 45], "down"), ([60, 40, 25], "up")])
def test_a_steady_move_over_three_reports_is_a_trend(newest_first: list[float], trend: str) -> None:
    assert trend_of(newest_first) == trend


@pytest.mark.parametrize("newest_first", [[29, 30, 45], [40, 30, 45], [30, 30, 30]])
def test_a_small_or_mixed_move_is_no_trend(newest_first: list[float]) -> None:
    assert trend_of(newest_first) is None
