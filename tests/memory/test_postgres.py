"""The same data through PostgreSQL (a real cluster started for the test): migrations, notes, briefs, team."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.flows.briefing import BriefingFlow
from memory.base.db import Database
from memory.reports.cadence import load_policy
from memory.reports.team import team_summary
from memory.schema.models import Visit
from tests.conftest import DEV, app_context, import_into, save_dev_notes

pytestmark = pytest.mark.slow


@pytest.fixture
def postgres_url(postgres_cluster: str) -> str:
    """The session's throwaway cluster (tests/conftest.py), its default database."""
    return postgres_cluster


def test_postgres_gives_the_same_briefs_and_team_as_sqlite(postgres_url: str, saved_dev: Database) -> None:
    pg = Database(postgres_url)
    try:
        import_into(pg, DEV / "catalog.yaml", DEV / "customers.csv", DEV / "reps.csv")
        save_dev_notes(pg)
        day = dt.date(2026, 3, 31)
        for db in (pg, saved_dev):
            with db.session() as session:
                assert session.scalar(select(func.count()).select_from(Visit)) == 30
        results = []
        for db in (pg, saved_dev):
            with db.session() as session:
                team = team_summary(
                    session=session, rep_ids=None, since=dt.date(2026, 1, 1), until=day, policy=load_policy()
                ).to_json()
            briefed = BriefingFlow(app_context(db)).brief(user=None, query="城关百姓大药房", today=day).data
            assert briefed is not None
            results.append((briefed.to_json(), team))
        assert results[0][0] == results[1][0]
        for key in results[0][1]:
            assert results[0][1][key] == results[1][1][key], key
    finally:
        pg.dispose()


def test_migrations_are_idempotent_on_postgres(postgres_url: str, tmp_path: Path) -> None:
    Database(postgres_url).dispose()
    Database(postgres_url).dispose()  # a second start finds everything applied
