from __future__ import annotations

import datetime as dt

import pytest

from memory.reports.periods import period_of

T = dt.date(2026, 3, 19)  # a Thursday


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("", (dt.date(2026, 3, 1), T)),
        ("本月", (dt.date(2026, 3, 1), T)),
        ("上月", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
        ("本周", (dt.date(2026, 3, 16), T)),
        ("上周的情况", (dt.date(2026, 3, 9), dt.date(2026, 3, 15))),
        ("最近7天", (dt.date(2026, 3, 13), T)),
        ("今年", (dt.date(2026, 1, 1), T)),
        ("明年", None),
    ],
)
def test_spoken_periods(words: str, expected: tuple[dt.date, dt.date] | None) -> None:
    assert period_of(words, T) == expected


def test_last_month_in_january_is_december() -> None:
    assert period_of("上个月", dt.date(2026, 1, 5)) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
