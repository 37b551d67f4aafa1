"""Tokens per request, logged; `keqing usage` sums them per day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, case, cast, func, select
from sqlalchemy.orm import Session

from memory.base.redact import redact
from memory.schema.models import LLMUsage


@dataclass(frozen=True)
class DayUsage:
    day: dt.date
    requests: int
    failed: int
    prompt_tokens: int
    completion_tokens: int
    mean_latency_ms: int


def record_usage(
    *,
    session: Session,
    purpose: str,
    model: str,
    prompt_tokens: int,
    completion_tokens: int,
    latency_ms: int,
    ok: bool,
    error: str | None = None,
) -> None:
    session.add(
        LLMUsage(
            at=dt.datetime.now(),
            purpose=purpose,
            model=model,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            latency_ms=latency_ms,
            ok=ok,
            error=None if error is None else redact(error),
        )
    )


def usage_by_day(*, session: Session, since: dt.date) -> list[DayUsage]:
    # SQLite has no DATE type: CAST(at AS DATE) there is numeric affinity (2026-05-13 → 2026).
    sqlite = session.get_bind().dialect.name == "sqlite"
    day = func.date(LLMUsage.at) if sqlite else cast(LLMUsage.at, Date)
    rows = session.execute(
        select(
            day,
            func.count(),
            func.sum(case((LLMUsage.ok.is_(False), 1), else_=0)),
            func.sum(LLMUsage.prompt_tokens),
            func.sum(LLMUsage.completion_tokens),
            func.avg(LLMUsage.latency_ms),
        )
        .where(LLMUsage.at >= dt.datetime.combine(since, dt.time()))
        .group_by(day)
        .order_by(day)
    )
    return [
        DayUsage(
            d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)),
            n,
            f or 0,
            p or 0,
            c or 0,
            int(a or 0),
        )
        for d, n, f, p, c, a in rows
    ]
