"""`keqing usage` after model calls, on SQLite (no DATE type there) and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

from memory.base.db import Database
from memory.llm.usage import record_usage, usage_by_day
from tests.bot.cli.test_cli import keqing


def _record(db: Database, *, ok: bool, tokens: int) -> None:
    with db.session() as session:
        record_usage(
            session=session,
            purpose="extract",
            model="m",
            prompt_tokens=tokens,
            completion_tokens=tokens // 2,
            latency_ms=100,
            ok=ok,
            error=None if ok else "timeout",
        )


def test_usage_sums_a_day_on_either_database(any_db: Database) -> None:
    _record(any_db, ok=True, tokens=100)
    _record(any_db, ok=False, tokens=40)
    with any_db.session() as session:
        (day,) = usage_by_day(session=session, since=dt.date.today() - dt.timedelta(days=1))
    assert day.day == dt.date.today()
    assert (day.requests, day.failed, day.prompt_tokens, day.completion_tokens) == (2, 1, 140, 70)


def test_keqing_usage_runs_on_sqlite_after_a_model_call(db: Database) -> None:
    _record(db, ok=True, tokens=12)
    code, out, err = keqing("usage")
    assert code == 0, err
    assert str(dt.date.today()) in out and "12" in out
    code, out, _ = keqing("usage", "--json")
    assert code == 0 and json.loads(out)[0]["requests"] == 1
