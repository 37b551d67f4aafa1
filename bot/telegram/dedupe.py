"""What must happen once however many bot workers share the database (several behind one webhook):
an update, which Telegram redelivers when an answer is slow (maybe to another worker), and a daily
job, which every worker's JobQueue fires at the same minute. The first worker to insert the row
wins; the database's unique key decides, so no worker keeps state the others cannot see."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.telegram.access import KeqingContext
from memory.base.db import Database
from memory.schema.models import JobRun, TelegramUpdate

# Telegram stops redelivering an update within a day; what is older is only kept this long.
KEEP = dt.timedelta(days=2)
PRUNE_EVERY = 1000  # updates: the table stays small without a job of its own


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def first_delivery(db: Database, update_id: int) -> bool:
    """True for the first time any worker sees this update, False for a redelivered copy."""
    now = _now()
    try:
        with db.session() as session:
            session.add(TelegramUpdate(update_id=update_id, received_at=now))
    except IntegrityError:
        return False
    if update_id % PRUNE_EVERY == 0:
        with db.session() as session:
            session.execute(delete(TelegramUpdate).where(TelegramUpdate.received_at < now - KEEP))
    return True


def claim_job(db: Database, job: str, day: dt.date) -> bool:
    """True for the one worker that gets to run `job` on `day`."""
    try:
        with db.session() as session:
            session.add(JobRun(job=job, day=day, started_at=_now()))
    except IntegrityError:
        return False
    return True


async def drop_redelivered(update: object, context: KeqingContext) -> None:
    """Group -2, before the access check: a copy of an update some worker already took goes no further."""
    if not isinstance(update, Update):
        return
    if not await asyncio.to_thread(first_delivery, context.db, update.update_id):
        raise ApplicationHandlerStop
