"""Several workers on one database: a redelivered update is handled once, whichever worker gets the
copy; a daily job runs in one worker."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from sqlalchemy import func, select
from telegram import Update

from bot.context import AppContext
from bot.telegram.app import build_application
from bot.telegram.dedupe import claim_job, first_delivery
from memory.accounts.people import link_telegram
from memory.base.db import Database
from memory.base.settings import Settings
from memory.schema.models import RawNote
from tests.bot.telegram.conftest import TOKEN
from tests.bot.telegram.test_handlers import text_update


def test_an_update_id_is_taken_once(db: Database) -> None:
    assert first_delivery(db, 7_000_001)
    assert not first_delivery(db, 7_000_001)
    assert first_delivery(db, 7_000_002)
    other_worker = Database(str(db.engine.url))  # its own engine, as another process would have
    assert not first_delivery(other_worker, 7_000_002)
    other_worker.dispose()


def test_a_daily_job_is_claimed_by_one_worker_per_day(db: Database) -> None:
    day = dt.date(2026, 3, 2)
    assert claim_job(db, "morning-reminders", day)
    assert not claim_job(db, "morning-reminders", day)
    assert claim_job(db, "morning-reminders", day + dt.timedelta(days=1))
    assert claim_job(db, "another-job", day)


def test_two_workers_given_the_same_update_store_one_note(sample_db: Database, emulator: str) -> None:
    with sample_db.session() as session:
        link_telegram(session=session, name="赵磊", telegram_id=5001)
    settings = Settings(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=emulator)  # type: ignore[call-arg]
    workers = [build_application(AppContext.build(settings=settings, db=sample_db)) for _ in range(2)]
    notes: list[dict[str, Any]] = [
        text_update(910001, "惠民药房 王店长说六味卖了30瓶"),
        text_update(910002, "西山卫生院 院长说丹参片还剩5瓶"),
    ]

    async def run() -> None:
        for worker in workers:
            await worker.initialize()
        try:
            for note in notes:  # each update reaches both workers, as a redelivery to another one would
                await asyncio.gather(*(w.process_update(Update.de_json(note, w.bot)) for w in workers))
        finally:
            for worker in workers:
                await worker.shutdown()

    asyncio.run(run())
    with sample_db.session() as session:
        assert session.scalar(select(func.count(RawNote.id))) == len(notes)
