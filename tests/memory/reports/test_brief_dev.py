"""Briefs of every revisited dev account against values computed from the gold labels.

Expected values come from the gold records and customers.csv, with the contract's cadence rules
restated here independently of memory/reports/cadence.py. Which commitments a later note reports kept is
read by hand from the notes (the gold has no such label):
d002 端架 → d014 批下来了; d005 扣率 → d021 批了; d006 讲座 → d024 定了; d007 换货 → d025 办完了;
d009 培训 → d022 培训定在; d015 欠款 → d020 钱结了.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from typing import Any

import pytest

from bot.flows.briefing import BriefingFlow
from memory.base.db import Database
from memory.schema.models import Customer
from tests.conftest import DEV, app_context, dev_notes

# the first commitment of the key note is reported kept by the value note
KEPT = {"d002": "d014", "d005": "d021", "d006": "d024", "d007": "d025", "d009": "d022", "d015": "d020"}


def _expected_days(row: dict[str, str]) -> int:
    days = [90, 15 if row["area"] == "urban" else 30]
    if row["tier"] == "A":
        days.append(30)
    return min(days)


def _revisits() -> dict[str, list[dict[str, Any]]]:
    by_account: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for note in dev_notes():
        gold: dict[str, Any] = note["gold"]  # type: ignore[assignment]
        if gold["customer"]["matched"]:
            by_account[gold["customer"]["name"]].append(note)
    return {name: notes for name, notes in by_account.items() if len(notes) > 1}


def _check_dates(notes: list[dict[str, Any]]) -> list[dt.date]:
    """The revisit days, the day after the last note, and a month on: commitments fall due in between."""
    last = dt.date.fromisoformat(notes[-1]["date"])
    return [dt.date.fromisoformat(n["date"]) for n in notes[1:]] + [
        last + dt.timedelta(days=d) for d in (1, 30)
    ]


REVISITED = _revisits()
ACCOUNTS = {row["name"]: row for row in csv.DictReader((DEV / "customers.csv").open(encoding="utf-8"))}


def test_the_dev_set_has_the_revisits_its_readme_lists() -> None:
    assert len(REVISITED) == 8


@pytest.mark.parametrize("name", sorted(REVISITED))
def test_brief_matches_the_gold(saved_dev: Database, name: str) -> None:
    notes = REVISITED[name]
    row = ACCOUNTS[name]
    flow = BriefingFlow(app_context(saved_dev))
    with saved_dev.session() as session:
        customer_id = session.query(Customer).filter_by(name=name).one().id
    for today in _check_dates(notes):
        brief = flow.by_id(user=None, customer_id=customer_id, today=today).data
        assert brief is not None
        contacts = [dt.date.fromisoformat(n["gold"]["visit_date"]) for n in notes]
        last = max(d for d in contacts if d <= today)
        expected = _expected_days(row)
        assert brief.last_visit == last, today
        assert brief.days_since_last_visit == (today - last).days
        assert brief.cadence.expected_days == expected
        assert brief.cadence.next_due == last + dt.timedelta(days=expected)
        assert brief.cadence.overdue == (today > last + dt.timedelta(days=expected))
        visits = [
            n
            for n in notes
            if n["gold"]["channel"] == "visit"
            and today - dt.timedelta(days=90) < dt.date.fromisoformat(n["gold"]["visit_date"]) <= today
        ]
        assert brief.visits_last_90_days == len(visits)
        open_commitments = []
        for note in notes:
            promised_on = dt.date.fromisoformat(note["gold"]["visit_date"])
            for index, commitment in enumerate(note["gold"]["commitments"]):
                kept_on = _kept_on(note["id"], index, notes)
                if promised_on <= today and (kept_on is None or kept_on > today):
                    due = dt.date.fromisoformat(commitment["due"]) if commitment["due"] else None
                    open_commitments.append((promised_on, due, due is not None and due < today))
        got = [(p.promised_on, p.due, p.overdue) for p in brief.open_commitments]
        assert sorted(got, key=str) == sorted(open_commitments, key=str), today
        assert 3 <= len(brief.talking_points) <= 6


def _kept_on(note_id: str, index: int, notes: list[dict[str, Any]]) -> dt.date | None:
    if index != 0 or note_id not in KEPT:
        return None
    return next(dt.date.fromisoformat(n["gold"]["visit_date"]) for n in notes if n["id"] == KEPT[note_id])
