from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from memory.reports.briefing import next_birthday
from memory.reports.cadence import cadence_of, load_policy

D = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("area", "tier", "days"),
    [
        ("urban", "B", 15),
        ("rural", "B", 30),
        ("rural", "A", 30),
        ("urban", "A", 15),
        (None, None, 90),
        (None, "A", 30),
    ],
)
def test_the_shortest_interval_that_applies(area: str | None, tier: str | None, days: int) -> None:
    assert load_policy().expected_days(area=area, tier=tier) == days


def test_next_due_and_overdue() -> None:
    policy = load_policy()
    on_time = cadence_of(policy, area="rural", tier="C", last_contact=D, today=D + dt.timedelta(days=30))
    assert (on_time.next_due, on_time.overdue) == (dt.date(2026, 4, 9), False)
    late = cadence_of(policy, area="rural", tier="C", last_contact=D, today=D + dt.timedelta(days=33))
    assert late.overdue and late.days_overdue(D + dt.timedelta(days=33)) == 3
    never = cadence_of(policy, area="rural", tier="C", last_contact=None, today=D)
    assert (never.next_due, never.overdue) == (None, True)


def test_a_company_sets_its_own_policy(keqing_home: Path) -> None:
    keqing_home.mkdir(parents=True, exist_ok=True)
    (keqing_home / "cadence.yaml").write_text("area_days: {urban: 7}\nmax_days: 60\n", encoding="utf-8")
    policy = load_policy(keqing_home)
    assert policy.expected_days(area="urban", tier="A") == 7
    assert policy.expected_days(area="rural", tier="A") == 60


@pytest.mark.parametrize(
    ("birthday", "today", "expected"),
    [
        ("03-15", D, dt.date(2026, 3, 15)),
        ("03-10", D, D),
        ("01-20", D, dt.date(2027, 1, 20)),
        ("02-29", dt.date(2027, 2, 1), dt.date(2027, 2, 28)),
        ("13-40", D, None),
    ],
)
def test_next_birthday(birthday: str, today: dt.date, expected: dt.date | None) -> None:
    assert next_birthday(birthday, today) == expected
