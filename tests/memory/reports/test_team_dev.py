"""The team summary of the saved dev notes against numbers computed from the gold labels.

Accounts a note creates (gold `matched: false`) belong to the rep who wrote the note, as they do when
saved. Cadence is restated from the contract; kept commitments are the ones listed in test_brief_dev.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from typing import Any

import pytest

from memory.base.db import Database
from memory.reports.cadence import load_policy
from memory.reports.team import team_summary
from tests.conftest import DEV, dev_notes
from tests.memory.reports.test_brief_dev import KEPT, _expected_days

NOTES: list[dict[str, Any]] = dev_notes()
PERIODS = [
    (dt.date(2026, 1, 1), dt.date(2026, 1, 31)),
    (dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    (dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
    (dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    (dt.date(2026, 3, 9), dt.date(2026, 3, 15)),
]


def _accounts() -> dict[str, dict[str, str]]:
    rows = {r["name"]: r for r in csv.DictReader((DEV / "customers.csv").open(encoding="utf-8"))}
    for note in NOTES:
        customer = note["gold"]["customer"]
        if not customer["matched"]:
            rows[customer["name"]] = {
                "name": customer["name"],
                "rep": note["rep"],
                "area": customer["area"],
                "tier": "",
            }
    return rows


def _in(note: dict[str, Any], since: dt.date, until: dt.date) -> bool:
    return since <= dt.date.fromisoformat(note["gold"]["visit_date"]) <= until


@pytest.mark.parametrize(("since", "until"), PERIODS)
def test_team_numbers_match_the_gold(saved_dev: Database, since: dt.date, until: dt.date) -> None:
    with saved_dev.session() as session:
        team = team_summary(session=session, rep_ids=None, since=since, until=until, policy=load_policy())
    accounts = _accounts()
    period = [n for n in NOTES if _in(n, since, until)]
    got = {r.rep: r for r in team.reps}
    assert set(got) == {"张伟", "李娜"}
    for rep in ("张伟", "李娜"):
        mine = [n for n in period if n["rep"] == rep]
        owned = [a for a in accounts.values() if a["rep"] == rep]
        contacted = {n["gold"]["customer"]["name"] for n in mine}
        overdue = 0
        for account in owned:
            days = [
                dt.date.fromisoformat(n["gold"]["visit_date"])
                for n in NOTES
                if n["gold"]["customer"]["name"] == account["name"] and _in(n, dt.date.min, until)
            ]
            overdue += not days or until > max(days) + dt.timedelta(days=_expected_days(account))
        row = got[rep]
        assert row.visits == sum(n["gold"]["channel"] == "visit" for n in mine)
        assert row.calls == sum(n["gold"]["channel"] in ("phone", "message") for n in mine)
        assert row.customers_contacted == len(contacted)
        assert row.customers_owned == len(owned)
        assert row.coverage == round(len(contacted) / len(owned), 2)
        assert row.overdue_customers == overdue

    competitors = Counter(c["name"] for n in period for c in n["gold"]["competitors"])
    assert {c.name: c.mentions for c in team.competitors} == dict(competitors)
    needs = Counter(need for n in period for need in n["gold"]["needs"])
    assert {n.need: n.count for n in team.needs} == dict(needs)

    negative_last = set()
    for name in accounts:
        history = [n for n in NOTES if n["gold"]["customer"]["name"] == name and _in(n, dt.date.min, until)]
        if history and max(history, key=lambda n: n["gold"]["visit_date"])["gold"]["sentiment"] == "negative":
            negative_last.add(name)
    assert {r.customer for r in team.at_risk if "negative" in r.reasons} == negative_last
    with_competitors = {n["gold"]["customer"]["name"] for n in period if n["gold"]["competitors"]}
    assert {r.customer for r in team.at_risk if "competitor" in r.reasons} == with_competitors

    still_open = []
    for note in NOTES:
        promised_on = dt.date.fromisoformat(note["gold"]["visit_date"])
        for index, commitment in enumerate(note["gold"]["commitments"]):
            keeper = KEPT.get(note["id"]) if index == 0 else None
            kept_on = next(
                (dt.date.fromisoformat(n["gold"]["visit_date"]) for n in NOTES if n["id"] == keeper), None
            )
            if promised_on <= until and (kept_on is None or kept_on > until):
                still_open.append(commitment["due"])
    assert team.open_commitments == len(still_open)
    assert team.overdue_commitments == sum(
        1 for due in still_open if due and dt.date.fromisoformat(due) < until
    )
    assert team.summary.startswith(f"{since} 至 {until}")
